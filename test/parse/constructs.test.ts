import type { Heading, List, Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import type { VFile } from 'vfile'
import { extractIndicators } from '../../pipeline/extract/index.js'
import { isTableRow, matchBullet } from '../../pipeline/parse/patterns.js'
import { coverageProblems, nodesOf, parseText, textNodes } from '../helpers/parse.js'

const nb = '\u00a0'

/** Number, period and kind of each record extracted from a parsed text. */
function periodsOf(tree: Root, file: VFile) {
  return extractIndicators(tree, file).indicators.map((r) => [r.number.text, r.period, r.kind])
}

function headings(text: string) {
  return nodesOf(parseText(text).tree, 'heading').map((h: Heading) => ({
    depth: h.depth,
    role: h.data?.role,
    numbering: h.data?.numbering,
    text: textNodes({ type: 'root', children: [h] })[0]!.value,
  }))
}

describe('page furniture and metadata', () => {
  const text = [
    'New Initiatives',
    '',
    'Home >> New Initiatives',
    '',
    'Highlights of Hainan Provincial Government Work Report 2021',
    '',
    `Source:${nb} | 2021-01-27 09:10   Click:`,
    '',
    'Review of Work During 2020',
    '',
    `●${nb}${nb} GDP hit 553.2 billion yuan, up 3.5%.`,
    '',
    'Print | Close',
  ].join('\n')

  it('keeps furniture out of the content, with positions', () => {
    const { tree, file } = parseText(text)
    expect(file.data.furniture!.map((f) => [f.kind, f.position.start.line])).toEqual([
      ['site', 1],
      ['breadcrumb', 3],
      ['byline', 7],
      ['footer', 13],
    ])
    expect(textNodes(tree).map((t) => t.value)).not.toContain('Print | Close')
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it("reads the links to the site's other stories and its address at the bottom as footer", () => {
    const page = [
      'Highlights of Demo Government Work Report 2025',
      '',
      'GDP hit 553.2 billion yuan, up 3.5%.',
      '',
      '[Previous] Demo to build 3 new cold-chain logistics hubs',
      'Next article: Demo named among top 10 tourist counties',
      '',
      "Sponsored by: Demo Municipal People's Government Office   Code: 3506000001",
      'Website Identification Code: 4306000001',
      'Address: 1 Fenghuang Avenue, Demo 334000   Tel: 0793-8226710',
    ].join('\n')
    const { tree, file } = parseText(page)
    expect(file.data.furniture!.map((f) => [f.kind, f.position.start.line])).toEqual([
      ['footer', 5],
      ['footer', 6],
      ['footer', 8],
      ['footer', 9],
      ['footer', 10],
    ])
    expect(extractIndicators(tree, file).indicators.map((r) => r.number.text)).toEqual(['553.2'])
  })

  it('reads title, date and years from the text, not from constants', () => {
    const { file } = parseText(text)
    expect(file.data.meta).toEqual({
      title: 'Highlights of Hainan Provincial Government Work Report 2021',
      published: '2021-01-27',
      reportYear: 2021,
      reviewedYear: 2020,
      planYear: 2021,
    })
  })

  it('warns when there is no title', () => {
    const { file } = parseText('')
    expect(file.messages.map((m) => m.ruleId)).toContain('missing-title')
  })
})

describe('web page furniture', () => {
  it('takes link bars, share lines and bracketed links for furniture, above and below', () => {
    const text = [
      'English | Chinese | Search',
      'Share to: WeChat | Weibo | Email',
      '',
      'Government Work Report 2023',
      '',
      'Review of Work in 2022',
      '',
      '● GDP grew by 3%.',
      '',
      '[Print this page] [Close window]',
      'ICP No. 0123 | Contact us | Sitemap',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(file.data.furniture!.map((f) => [f.kind, f.position.start.line])).toEqual([
      ['site', 1],
      ['byline', 2],
      ['footer', 10],
      ['footer', 11],
    ])
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('starts a paragraph at an indented line in a text whose paragraphs open indented', () => {
    const text = [
      'Government Work Report 2026',
      '',
      'I. Review of Our Work in 2025',
      '    The year 2025 marked the conclusion of the plan period. Our gross regional product',
      'reached 148.62 billion yuan, up 5.3%. Consumer prices rose by a mere 0.4%.',
      '    Over the five years of the 14th Five-Year Plan period, GRP grew at an average annual',
      'rate of 5.4%.',
      '    1. Farming was made firmer. Grain output reached 8.12 million tons, an all-time',
      'high. We built 86,700 hectares of high-standard farmland.',
      '',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(nodesOf(tree, 'paragraph').map((p) => p.position?.start.line)).toEqual([4, 6, 8])
    expect(periodsOf(tree, file)).toEqual([
      ['148.62', 2025, 'actual'],
      ['0.4', 2025, 'actual'],
      ['5.4', '2021-2025', 'actual'],
      ['8.12', 2025, 'actual'],
      ['86,700', 2025, 'actual'],
    ])
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('reads a title between bold marks and one opening on the plan ordinal as headings', () => {
    const text = [
      'Highlights of the government work report 2026',
      '',
      '** 2025 IN REVIEW **',
      '',
      '-- GDP reached 398.62 billion yuan, up 5.8 percent',
      '',
      '14TH FIVE-YEAR PLAN (2021-2025) AT A GLANCE',
      '-- GDP grew at an average annual rate of 6.1 percent',
      '',
      '** MAIN TARGETS FOR 2026 **',
      '',
      '-- Grain output above 9.2 million tons',
      '',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Highlights of the government work report 2026'],
      ['part', '** 2025 IN REVIEW **'],
      ['part', '14TH FIVE-YEAR PLAN (2021-2025) AT A GLANCE'],
      ['part', '** MAIN TARGETS FOR 2026 **'],
    ])
    expect(periodsOf(tree, file)).toEqual([
      ['398.62', 2025, 'actual'],
      ['6.1', '2021-2025', 'actual'],
      ['9.2', 2026, 'target'],
    ])
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('keeps a bar of short figures parted by "|" as text, not a bar of links', () => {
    const text = [
      'Government Work Report 2025',
      '',
      'Review of Work in 2024',
      '',
      'Exports down 3.2% | Imports up 4.1% | CPI down 0.2%',
      '',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(file.data.furniture ?? []).toEqual([])
    expect(periodsOf(tree, file)).toEqual([
      ['3.2', 2024, 'actual'],
      ['4.1', 2024, 'actual'],
      ['0.2', 2024, 'actual'],
    ])
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('takes a site menu of short lines for furniture and finds the headline under it', () => {
    const menu = ['Xinhua | English', 'Home', 'China', 'World', 'Business', 'Tech & Science']
    const text = [
      ...menu,
      'Culture & Tourism',
      'Sports',
      'Photos',
      'Video',
      'Special Reports',
      '',
      'Search',
      '',
      'Home >> China >> Regional Economy',
      '',
      'Inner Mongolia targets around 6 pct growth in 2021 as new five-year plan begins',
      '',
      'HOW DID 2020 GO?',
      '',
      'GRP grew 0.2 percent.',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(file.data.meta).toMatchObject({ reportYear: 2021, reviewedYear: 2020, planYear: 2021 })
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Inner Mongolia targets around 6 pct growth in 2021 as new five-year plan begins'],
      ['part', 'HOW DID 2020 GO?'],
    ])
    expect(file.data.furniture!.filter((f) => f.kind === 'site')).toHaveLength(12)
    expect(coverageProblems(text, tree, file)).toEqual([])
    // A report that opens on a few short heading lines keeps them.
    const short = [
      'Fujian',
      'Government Work Report 2024',
      '',
      'Review of 2023',
      '',
      'GDP grew 4.5%.',
    ]
    expect(parseText(short.join('\n')).file.data.furniture).toEqual([])
  })

  it('takes running headers ending "2 / 6" for furniture and numbered notes above them for notes', () => {
    const page = (n: number) => `Demo GWR 2019 — Key figures                      ${n} / 3`
    const text = [
      'Demo Provincial Government Work Report 2019',
      '',
      'KEY FIGURES 2018',
      '',
      '• Value added of industrial enterprises above designated size1: up 11.6%',
      '• Per capita GRP2: 37,136 yuan',
      '',
      '1 Industrial enterprises with annual main business revenue of 20 million yuan or',
      'more.',
      '2 Calculated on the basis of the resident population.',
      '',
      page(1),
      '',
      '• New urban jobs: 474,000',
      '',
      page(2),
      '',
      '3 Stores opened this year.',
      '',
      page(3),
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(
      file.data.furniture!.filter((f) => f.kind === 'page').map((f) => f.position.start.line),
    ).toEqual([12, 16, 20])
    const notes = nodesOf(tree, 'paragraph').filter((p) => p.data?.footnote !== undefined)
    expect(notes.map((p) => [p.position!.start.line, p.data!.footnote])).toEqual([
      [8, '1'],
      [10, '2'],
    ])
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('takes a "Related news" heading and the links under it for furniture', () => {
    const text = [
      'Government Work Report 2023',
      '',
      'Review of Work in 2022',
      '',
      'GDP grew by 3 percent.',
      '',
      'Related news:',
      'Province sets growth target at 5% | City opens new metro line',
      '',
      'Print | Close',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(file.data.furniture!.map((f) => f.position.start.line)).toEqual([7, 8, 10])
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('keeps a table row at the end of a report as content', () => {
    const text = ['Government Work Report 2023', '', 'GDP | 5.2 | 5.0 | 5.5'].join('\n')
    expect(parseText(text).file.data.furniture).toEqual([])
  })
})

describe('the opening of a report', () => {
  const text = [
    'Report on the Work of the Government (2023)',
    "Delivered at the First Session of the 14th Provincial People's Congress",
    '',
    'Fellow Deputies,',
    '',
    "On behalf of the Provincial People's Government, I now present my report.",
  ].join('\n')

  it('takes neither the dateline nor the salutation for a heading or a cut-off line', () => {
    const { tree, file } = parseText(text)
    expect(nodesOf(tree, 'heading').map((h) => h.data?.role)).toEqual(['title'])
    expect(file.messages).toEqual([])
  })

  it('takes a brief’s headline under an institute’s name for its title, and the month under it for no part', () => {
    const { tree, file } = parseText(
      [
        'WULING MOUNTAINS DEVELOPMENT INSTITUTE',
        'County Economy Watch | Policy Brief No. 12 (2025)',
        '',
        'Laifeng County in 2024: How the Results Measured Up, and What 2025 Asks For',
        '',
        'March 2025',
        '',
        '1. Growth: slightly ahead of plan',
        'GRP growth came in at 6.1%, above the 6% target.',
      ].join('\n'),
    )
    expect(file.data.meta).toMatchObject({
      title: 'Laifeng County in 2024: How the Results Measured Up, and What 2025 Asks For',
      reviewedYear: 2024,
      planYear: 2025,
    })
    expect(nodesOf(tree, 'heading').filter((h) => h.data?.role === 'part')).toEqual([])
  })

  it('passes over a site’s menu, an item a line under bars of links, to the headline', () => {
    const { file } = parseText(
      [
        'Skip to main content',
        'Jiangxi Daily Online | ENGLISH',
        '中文 | Subscribe | Log in | Search',
        '',
        'Home',
        'News',
        'Business',
        'Cities & Counties',
        'Culture & Travel',
        'Photos',
        '',
        'Jinxian County eyes steady growth in first year of 15th Five-Year Plan',
        '',
        'Updated: 2026-01-14 18:27 | Source: Jiangxi Daily Online',
        '',
        'The county’s gross regional product reached 52.63 billion yuan in 2025, up 5.7 percent.',
      ].join('\n'),
    )
    expect(file.data.meta).toMatchObject({
      title: 'Jinxian County eyes steady growth in first year of 15th Five-Year Plan',
      reviewedYear: 2025,
    })
  })

  it('takes a deck’s footer that opens on its place’s name and a bar, and ends on the page, for furniture', () => {
    const page = (n: number) => [
      `Slide text ${n}: GRP grew 5.${n} percent.`,
      '',
      `Pingtan | 2026 Government Work Report${' '.repeat(n < 10 ? 51 : 50)}${n}`,
      '',
    ]
    const text = [
      '2026 Government Work Report — Highlights',
      '',
      ...[2, 3, 9, 10].flatMap(page),
    ].join('\n')
    expect(
      (parseText(text).file.data.furniture ?? []).filter((f) => f.kind === 'page'),
    ).toHaveLength(4)
  })

  it('takes a photo’s caption over a story for furniture, not for the title', () => {
    const { file } = parseText(
      [
        'File photo taken in 2019 shows a view of the Shishi Garment City in Shishi, southeast China’s Fujian Province. [Photo/Shishi Daily]',
        '',
        'Shishi charts course for 2025 as economy grows steadily',
        '',
        'Source: Shishi Daily | Updated: 2025-01-09 17:42',
        '',
        'The city’s GDP grew 5.9 per cent year-on-year to 112.58 billion yuan in 2024, the report said.',
      ].join('\n'),
    )
    expect(file.data.meta).toMatchObject({
      title: 'Shishi charts course for 2025 as economy grows steadily',
      reviewedYear: 2024,
    })
  })

  it('gives a report on a budget or plan carried out the year after it', () => {
    const meta = (title: string) =>
      parseText(`${title}\n\nI. Implementation\n\nRevenue grew 3.8%.`).file.data.meta
    expect(meta('Report on the Implementation of the 2024 Budget')).toMatchObject({
      reviewedYear: 2024,
      planYear: 2025,
    })
    expect(
      meta(
        'Report on the Implementation of the 2024 Plan for National Economic and Social Development',
      ),
    ).toMatchObject({ reviewedYear: 2024, planYear: 2025 })
  })

  it('takes a newsletter’s controls for furniture and an issue’s number for no date', () => {
    const { file } = parseText(
      [
        'View this email in your browser | Forward to a colleague',
        '',
        '# FANGXIAN AT A GLANCE',
        '',
        '**Investor Newsletter of the Fangxian County Investment Promotion Bureau**',
        'Issue No. 1, 2026 (Vol. 37) | February 10, 2026',
        '',
        '[Home](#) | [Invest in Fangxian](#) | [Policies](#) | [Contact](#)',
        '',
        'The Government Work Report was delivered on January 23, 2026.',
        '',
        '## 2025 in numbers',
        '',
        '- GRP: 19.46 billion yuan, up 6.1%',
      ].join('\n'),
    )
    expect(file.data.meta).toMatchObject({
      title: '# FANGXIAN AT A GLANCE',
      published: '2026-02-10',
      reviewedYear: 2025,
    })
  })
})

describe('headings', () => {
  it('reads the last of a list of numbered lines as one of them, though it holds no figure', () => {
    const text = [
      'Chen Hua:',
      'Thank you. The third session of the 18th County People’s Congress closed yesterday and approved the Government Work',
      'Report. 2024 marks the 75th anniversary of the founding of the People’s Republic of China and is a crucial year for',
      'fulfilling the goals of the 14th Five-Year Plan. Taking all factors into account, the main projected targets for',
      'economic and social development in 2024 are as follows:',
      '',
      '1. GRP growth of around 7%;',
      '2. Growth in fixed asset investment of more than 10%;',
      '3. An increase of about 8% in total retail sales of consumer goods;',
      '4. Local general public budget revenue up 5% on a comparable basis;',
      '5. Per capita disposable income of urban and rural residents to grow by 6.5% and 8% respectively;',
      '6. Over 2,000 new urban jobs, with the surveyed urban unemployment rate kept within 5.5%;',
      '7. CPI increase of around 3%;',
      '8. Grain output to be kept above 90,000 tons;',
      '9. The share of days with good air quality no less than 95%, and the average PM2.5 concentration',
      '   within 30 micrograms per cubic meter;',
      '10. Energy consumption per unit of GRP and total discharge of major pollutants to meet the targets set by Shiyan City.',
      '',
      'In setting these targets, we took into account both the county’s growth potential and the need to stay realistic.',
      'This year we will also start construction on 45 projects each with an investment of over 100 million yuan, and strive',
      'to attract 30 billion yuan of contracted investment through investment promotion. That concludes my introduction.',
    ].join('\n')
    expect(headings(text).filter((h) => h.role === 'section')).toEqual([])
  })

  it('reads a numbered part after an emoji as a part, over lines of records', () => {
    const text = [
      'Changle District 2026 Government Work Report',
      '',
      '━━━━━━━━━━',
      '',
      '🎯 PART 02 | 2026 main targets',
      '',
      'GRP growth: around **6%**',
      'Fixed asset investment: up **5%**',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).toContainEqual([
      'part',
      'PART 02 | 2026 main targets',
    ])
  })

  it('reads a fact sheet’s title in capitals, parted from its label by a bar, as a part', () => {
    const text = [
      'Dingnan County 2026 Government Work Report | Press Kit',
      '',
      'FACT SHEET A | THE ECONOMY IN 2025',
      '',
      'Gross regional product (GRP) ............... 13.27 billion yuan',
      '',
      'LOWER THIRD: ZHANG MIN | ECONOMIST',
      '',
      'FACT SHEET E | MAIN TARGETS FOR 2026',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Dingnan County 2026 Government Work Report | Press Kit'],
      ['part', 'FACT SHEET A | THE ECONOMY IN 2025'],
      ['part', 'FACT SHEET E | MAIN TARGETS FOR 2026'],
    ])
  })

  it('recognises parts, numbered sections and topics', () => {
    const text = [
      'Government Work Report 2024',
      '',
      'Review of Work During 2023',
      '',
      'I. We developed new drivers of growth.',
      '',
      'Industrial upgrading made progress.',
      '',
      '● Output grew by 5%.',
      '',
      'Work Hard to Promote High-quality Development in 2024',
      '',
      'The main projected targets are as follows:',
      '',
      '● GRP growth of around 5.5%;',
      '',
      'First, we will modernize the industrial system.',
      '',
      'Promote new industrialization',
      '',
      '● Accelerate key industrial chains',
    ].join('\n')
    expect(headings(text)).toEqual([
      { depth: 1, role: 'title', numbering: undefined, text: 'Government Work Report 2024' },
      { depth: 2, role: 'part', numbering: undefined, text: 'Review of Work During 2023' },
      { depth: 3, role: 'section', numbering: 'I', text: 'I. We developed new drivers of growth.' },
      {
        depth: 4,
        role: 'topic',
        numbering: undefined,
        text: 'Industrial upgrading made progress.',
      },
      {
        depth: 2,
        role: 'part',
        numbering: undefined,
        text: 'Work Hard to Promote High-quality Development in 2024',
      },
      {
        depth: 3,
        role: 'part',
        numbering: undefined,
        text: 'The main projected targets are as follows:',
      },
      {
        depth: 3,
        role: 'section',
        numbering: 'First',
        text: 'First, we will modernize the industrial system.',
      },
      { depth: 4, role: 'topic', numbering: undefined, text: 'Promote new industrialization' },
    ])
  })

  it('nests "(1)" under "1." and splits a numbered paragraph after its first sentence', () => {
    const text = [
      'Report on the Work of the Government 2022',
      '',
      '1. Economic growth was steady. The economy grew by 6.8 percent and',
      'jobs were stable.',
      '',
      '(1) Industry was upgraded.',
      '',
      '(2) Services grew.',
      '',
      '2. Reform deepened.',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(headings(text).map((h) => [h.depth, h.role, h.numbering])).toEqual([
      [1, 'title', undefined],
      [2, 'section', '1'],
      [3, 'section', '(1)'],
      [3, 'section', '(2)'],
      [2, 'section', '2'],
    ])
    const paragraph = nodesOf(tree, 'paragraph')[0]!
    expect(textNodes({ type: 'root', children: [paragraph] })[0]!.value).toBe(
      'The economy grew by 6.8 percent and jobs were stable.',
    )
    expect(paragraph.position!.start).toMatchObject({ line: 3, column: 32 })
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('numbers sections with capital letters and ignores footnote marks after words', () => {
    const text = [
      'Work Report 2020',
      '',
      'A. Steady Economic Growth',
      '- GDP grew by 6.7%.',
      '',
      'B. Foster the new development pattern of dual circulation4',
      '- Exports rose.',
    ].join('\n')
    expect(headings(text).map((h) => [h.depth, h.role, h.numbering])).toEqual([
      [1, 'title', undefined],
      [2, 'section', 'A'],
      [2, 'section', 'B'],
    ])
  })

  it('does not take a lead-in sentence or a "Label: value" record for a heading', () => {
    const text = [
      'Work Report 2018',
      '',
      'Main Targets for 2018',
      '',
      'Taking into account the need and the possibility, we propose the following targets.',
      '● GDP growth of around 7 percent',
      '',
      'Major Tasks for 2018',
      '',
      'In 2018, we will continue to deliver the livelihood projects, including:',
      '● add childcare places',
      '',
      'Per capita income growth: in step with economic growth',
      'New urban jobs: over 430,000',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Work Report 2018'],
      ['part', 'Main Targets for 2018'],
      ['part', 'Major Tasks for 2018'],
    ])
  })

  it('still opens the targets with a lead-in that announces them', () => {
    const text = [
      'Work Report 2024',
      '',
      'Review of Work in 2023',
      '',
      'In 2024, the main targets for economic and social development are as follows:',
      '● GDP growth of around 5%',
    ].join('\n')
    expect(headings(text).map((h) => [h.depth, h.role])).toEqual([
      [1, 'title'],
      [2, 'part'],
      [3, 'part'],
    ])
  })

  it('does not take a line with figures for a heading', () => {
    const text = [
      'Work Report 2019',
      '',
      'Gross domestic product: 2.56 trillion yuan, up 7.3%',
      '',
      'Urban unemployment rate: 3.2%',
    ].join('\n')
    const { tree } = parseText(text)
    expect(nodesOf(tree, 'heading')).toHaveLength(1)
    expect(nodesOf(tree, 'paragraph')).toHaveLength(2)
  })

  it('keeps numbered paragraphs of figures as paragraphs, the last of a run and a first sentence too', () => {
    const text = [
      'Guangdong maps out main targets for 2019',
      '',
      'Employment and incomes',
      '',
      '14. Per capita disposable income of residents reached 35,810 yuan in 2018, up 8.6 per cent.',
      '',
      "15. Residents' income growth in 2019 will be kept basically in step with economic growth.",
      '',
      'Innovation-driven development',
      '',
      '17. The number of high-tech enterprises reached 45,000 in cumulative terms.',
      '',
      "18. The province's regional innovation capability ranked 1st nationwide. PCT applications reached 25,300.",
      '',
      '19. Online retail sales of physical goods rose 22.1 per cent.',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Guangdong maps out main targets for 2019'],
      ['topic', 'Employment and incomes'],
      ['topic', 'Innovation-driven development'],
    ])
    const { tree, file } = parseText(text)
    expect(periodsOf(tree, file)).toEqual([
      ['35,810', 2018, 'actual'],
      ['45,000', 2018, 'actual'],
      ['1st', 2018, 'actual'],
      ['25,300', 2018, 'actual'],
      ['22.1', 2018, 'actual'],
    ])
  })

  it('sets "Last year" and "This year" beside a part of five years, not under it', () => {
    const text = [
      'Digest: Report on the Work of the Hainan Provincial Government (2018)',
      '',
      'The past five years (2013-2017)',
      '',
      "Over the past five years, Hainan's GDP grew at an average annual rate of 7.9 percent.",
      '',
      'Last year',
      '',
      'Growth of the main indicators:',
      'GDP, 7 percent;',
      'fixed asset investment, 10.1 percent.',
      '',
      'Infrastructure:',
      'airport passenger throughput, 22.59 million passengers;',
      'rural roads built, 2,180 kilometers.',
      '',
      'This year',
      '',
      'GDP growth of around 7 percent.',
    ].join('\n')
    expect(headings(text).map((h) => [h.depth, h.text])).toEqual([
      [1, 'Digest: Report on the Work of the Hainan Provincial Government (2018)'],
      [2, 'The past five years (2013-2017)'],
      [2, 'Last year'],
      [3, 'Growth of the main indicators:'],
      [2, 'This year'],
    ])
    const { tree, file } = parseText(text)
    expect(periodsOf(tree, file)).toEqual([
      ['7.9', '2013-2017', 'actual'],
      ['7', 2017, 'actual'],
      ['10.1', 2017, 'actual'],
      ['22.59', 2017, 'actual'],
      ['2,180', 2017, 'actual'],
      ['7', 2018, 'target'],
    ])
  })

  it('reads a numbered part that names no time, between the results and the targets, as results', () => {
    const parts = (last: string) =>
      [
        "Qingdao's 2023 Government Work Report at a glance",
        '',
        'PART 1 | 2022 IN NUMBERS',
        '',
        'GDP: 1.49 trillion yuan, +3.9%',
        '',
        "PART 2 | PEOPLE'S LIVES",
        '',
        'New urban jobs: 371,000',
        '',
        last,
        '',
        'GDP growth: around 5%',
      ].join('\n')
    const { tree, file } = parseText(parts('PART 3 | 2023 TARGETS'))
    expect(periodsOf(tree, file)).toEqual([
      ['1.49', 2022, 'actual'],
      ['371,000', 2022, 'actual'],
      ['5', 2023, 'target'],
    ])
    // Without a part of targets after it, and when it names the plan, it stays the plan.
    const untimed = parseText(parts('PART 3 | OUR VIEW'))
    expect(periodsOf(untimed.tree, untimed.file)[1]).toEqual(['371,000', 2023, 'target'])
    const named = parseText(
      parts('PART 3 | 2023 TARGETS').replace("PEOPLE'S LIVES", 'MAIN GOALS OF THE NEW PLAN'),
    )
    expect(periodsOf(named.tree, named.file)[1]).toEqual(['371,000', 2023, 'target'])
  })
})

describe('bullets', () => {
  it('nests sub-bullets by marker and indentation', () => {
    const text = [
      'Work Report 2024',
      '',
      `●${nb}${nb}${nb}Accelerate key chains`,
      `${nb}${nb}${nb}${nb} ► Encourage each county`,
      `${nb}${nb}${nb}${nb} ► Roll out 1,000 projects`,
      `●${nb}${nb}${nb}Foster enterprises.`,
      '■ A square item',
      '  • a round sub-item',
      '-- a dash item',
    ].join('\n')
    const { tree, file } = parseText(text)
    const lists = tree.children.filter((n): n is List => n.type === 'list')
    // A change of marker at the same level starts a new list; a lighter marker nests.
    expect(lists.map((l) => l.children.map((i) => i.data?.marker))).toEqual([
      ['●', '●'],
      ['■'],
      ['--'],
    ])
    const nested = lists[0]!.children[0]!.children[1] as List
    expect(nested.children.map((i) => i.data?.marker)).toEqual(['►', '►'])
    expect((lists[1]!.children[0]!.children[1] as List).children[0]!.data?.marker).toBe('•')
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('nests the items of another marker under an item that titles them, and reads a titled part', () => {
    const text = [
      'Jiangsu Government Work Report 2023: Key Points',
      '',
      '• Farming and rural areas',
      '',
      '-- Grain output reached 37.69 million tons.',
      '',
      '• Five years in review (2018-2022)',
      '',
      '-- GRP grew at an average annual rate of 5.6 percent.',
      '',
      '• Main targets for 2023',
      '',
      '-- GRP growth of above 5 percent;',
    ].join('\n')
    const { tree, file } = parseText(text)
    const lists = tree.children.filter((n): n is List => n.type === 'list')
    expect(lists.map((l) => l.children.map((i) => i.data?.marker))).toEqual([['•'], ['--'], ['--']])
    expect((lists[0]!.children[0]!.children[1] as List).children[0]!.data?.marker).toBe('--')
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Jiangsu Government Work Report 2023: Key Points'],
      ['part', 'Five years in review (2018-2022)'],
      ['part', 'Main targets for 2023'],
    ])
    expect(periodsOf(tree, file)).toEqual([
      ['37.69', 2022, 'actual'],
      ['5.6', '2018-2022', 'actual'],
      ['5', 2023, 'target'],
    ])
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('keeps "-5%" as text, not a bullet', () => {
    const { tree } = parseText('Work Report 2024\n\n-5% was the change in exports')
    expect(nodesOf(tree, 'list')).toHaveLength(0)
  })
})

describe('hard-wrapped lines', () => {
  it('joins an indented continuation, also after a blank line', () => {
    const text = [
      'Work Report 2024',
      '',
      `●${nb}${nb}${nb} Output accounted for 28.3% of the total, up 3.4`,
      '',
      `${nb} ${nb} ${nb}  ${nb} percentage points.`,
      '',
      `●${nb}${nb}${nb} Next item.`,
    ].join('\n')
    const { tree, file } = parseText(text)
    const items = nodesOf(tree, 'listItem')
    expect(items).toHaveLength(2)
    expect(textNodes(tree)[1]!.value).toBe(
      'Output accounted for 28.3% of the total, up 3.4 percentage points.',
    )
    expect(textNodes(tree)[1]!.position!.end.line).toBe(5)
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('joins a word broken after a hyphen without a space', () => {
    const text = [
      'Work Report 2024',
      '',
      '● Facilitate traffic with the Guangdong-Hong Kong-',
      '        Macao Greater Bay Area',
    ].join('\n')
    expect(textNodes(parseText(text).tree)[1]!.value).toBe(
      'Facilitate traffic with the Guangdong-Hong Kong-Macao Greater Bay Area',
    )
  })

  it('joins unindented wrapped prose but not one-figure-per-line lists', () => {
    const prose = [
      'Work Report 2022',
      '',
      'Over the past year the gross domestic product of the province reached 4.37',
      'trillion yuan, up 6.8 percent over the previous year, and the general public',
      'budget revenue grew by 9.1 percent.',
    ].join('\n')
    expect(nodesOf(parseText(prose).tree, 'paragraph')).toHaveLength(1)
    const perLine = [
      'Work Report 2019',
      '',
      'Main indicators',
      'GDP: 2.56 trillion yuan, up 7.3%',
      'CPI: up 2.1%',
    ].join('\n')
    expect(nodesOf(parseText(perLine).tree, 'paragraph')).toHaveLength(2)
  })

  it('parts the lines of a post that end their statements on a figure without a stop', () => {
    const text = [
      'Taojiang County 2024 Government Work Report',
      '',
      'GRP reached **36.82 billion yuan**, up **5.1%**',
      'Value added of industrial enterprises above designated size grew **7.8%**',
      'Fixed asset investment grew **6.2%**',
      'Total retail sales of consumer goods hit **14.26 billion yuan**, up **6.9%**',
      'Local general public budget revenue reached **1.68 billion yuan**,',
      'up **8.3%**, with tax revenue accounting for **70.2%**',
      '**18** new high-tech enterprises were added, bringing the total to **97**',
      'R&D spending rose by **16.4 per cent**',
      '**5,236** new urban jobs were created',
      'The surveyed urban unemployment rate was kept within **5.5%**',
      '**36** old residential communities were renovated',
      '**15** canteens for senior citizens were built',
      'Forest coverage rate: **57.4%**',
    ].join('\n')
    const paragraphs = nodesOf(parseText(text).tree, 'paragraph')
    expect(paragraphs.map((p) => p.position!.start.line)).toEqual([
      3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15,
    ])
  })

  it('opens a numbered paragraph after a blank line, and keeps a numbered line that goes on', () => {
    const text = [
      'Work Report 2025',
      '',
      '  (I) The economy grew steadily. GRP reached 19.86 billion yuan, up 5.7 percent. In',
      '2021-2024, GRP grew at an average annual rate of 6.1%.',
      '',
      '  (II) Effective investment expanded. Fixed asset investment grew by 6.3 percent.',
      '',
      '  (III) We sped up industrial upgrading. The added value of industrial enterprises above',
      '',
      '     designated size grew by 6.8%.',
    ].join('\n')
    const paragraphs = nodesOf(parseText(text).tree, 'paragraph')
    expect(paragraphs.map((p) => [p.position!.start.line, p.position!.end.line])).toEqual([
      [3, 4],
      [6, 6],
      [8, 10],
    ])
  })

  it('keeps a line at the margin in its paragraph when paragraphs open on an indented line', () => {
    const text = [
      'Work Report 2025',
      '',
      '    The year 2024 marked the 75th anniversary of the founding of the People’s Republic of',
      'China and was a crucial year for achieving the objectives of the 14th Five-Year Plan.',
      'Faced with sluggish external demand, we fulfilled the main targets set at the session.',
      '    The economy grew steadily. The city’s gross regional product reached 412.36',
      'billion yuan, up 5.6% over the previous year, ranking 4th among the province’s',
      '13 prefecture-level cities. Fixed asset investment grew by 4.1%.',
      '',
      '— 1 —',
      '',
      'hit a record high: total imports and exports reached 54.62 billion yuan, up 9.3 per cent.',
      'The consumer price index (CPI) rose by 0.3 per cent.',
      '    People’s lives improved. A total of 48,600 new urban jobs were created, and the',
      'surveyed urban unemployment rate averaged 5.1%.',
      '    (1) We took solid steps to modernize the industrial system. Strategic emerging',
      'industries accounted for 27.3% of the added value of industry.',
      '',
      '1 Calculated at comparable prices throughout this report; the same applies below.',
      '2 Industrial enterprises with annual revenue from their main business of 20 million.',
    ].join('\n')
    const paragraphs = nodesOf(parseText(text).tree, 'paragraph')
    expect(paragraphs.map((p) => p.position!.start.line)).toEqual([3, 6, 12, 14, 16, 19, 20])
  })

  it('keeps a full line that ends a sentence in its paragraph when paragraphs end at blank lines', () => {
    const paragraph = (n: number) => [
      `Paragraph ${n} opens here and runs on to the width the text is wrapped at, as`,
      'reports do. Its second line ends a sentence exactly at the wrap width, like so.',
      'Then its last, shorter line closes the paragraph.',
      '',
    ]
    const text = ['Work Report 2023', '', ...[1, 2, 3, 4, 5, 6].flatMap(paragraph)].join('\n')
    const paragraphs = nodesOf(parseText(text).tree, 'paragraph')
    expect(paragraphs.map((p) => [p.position!.start.line, p.position!.end.line])).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => [3 + 4 * i, 5 + 4 * i]),
    )
    // Without blank lines between paragraphs, such a line still ends its paragraph.
    const dense = ['Work Report 2023', '', ...[1, 2].flatMap((n) => paragraph(n).slice(0, 2))]
    expect(nodesOf(parseText(dense.join('\n')).tree, 'paragraph')).toHaveLength(2)
  })

  it('keeps the indented numbered lines of a contents list apart', () => {
    const text = [
      'CHINA CITY BRIEF — Issue 14/2024 — Demo City 2024 work report',
      '',
      'IN THIS ISSUE',
      '  1. THE BIG PICTURE',
      '  2. INVESTMENT AND PROJECTS',
      '  3. CONSUMPTION, TRADE AND OPENING-UP',
      '  4. INDUSTRY AND INNOVATION',
    ].join('\n')
    const { tree } = parseText(text)
    const lines = [
      ...nodesOf(tree, 'heading').filter((h) => h.data?.role !== 'title'),
      ...nodesOf(tree, 'paragraph'),
    ].map((n) => n.position!.start.line)
    expect(lines.sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7])
  })

  it('reads a printed report: page numbers between lines, parts over indented paragraphs, Chinese parts', () => {
    const text = [
      'REPORT ON THE WORK OF THE GOVERNMENT 2024',
      '',
      '一、2023年工作回顾',
      'I. A Review of Our Work in 2023',
      '    Gross domestic product exceeded 126 trillion yuan, a growth of 5.2 percent, a',
      'rate higher than the target.',
      '— 1 —',
      '    Grain output reached a record 695.41 million metric tons.',
      'II. Overall Requirements and Policy Orientation for 2024',
      '    This year marks the 75th anniversary of the founding of the country.',
      '— 2 —',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(file.data.furniture!.map((f) => [f.kind, f.position.start.line])).toEqual([
      ['page', 7],
      ['page', 11],
    ])
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'REPORT ON THE WORK OF THE GOVERNMENT 2024'],
      ['part', '一、2023年工作回顾'],
      ['part', 'I. A Review of Our Work in 2023'],
      ['part', 'II. Overall Requirements and Policy Orientation for 2024'],
    ])
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('handles CRLF line endings and tab indentation', () => {
    const text =
      'Work Report 2020\r\n\r\n- GDP grew by 6.1 percent and the\r\n\tservices sector grew by 7 percent.\r\n- CPI rose 2.9%.\r\n'
    const { tree, file } = parseText(text)
    expect(textNodes(tree).map((t) => t.value)).toEqual([
      'Work Report 2020',
      'GDP grew by 6.1 percent and the services sector grew by 7 percent.',
      'CPI rose 2.9%.',
    ])
    expect(textNodes(tree)[2]!.position!.start).toEqual({
      line: 5,
      column: 3,
      offset: text.indexOf('CPI'),
    })
    expect(coverageProblems(text, tree, file)).toEqual([])
  })
})

describe('cut-off lines', () => {
  const text = [
    'Work Report 2024',
    '',
    'Review of Work During 2023',
    '',
    '● 530,000 urban jobs were created.',
    '● Over 150,000 unemployed people were',
    '● We raised pensions to 150 yuan per month.',
    '● We increased allowances to 10,112 yuan and 25,380 yuan',
    '● A total of 58,000 personnel were trained.',
    '● Growth in income in step with growth; and',
  ].join('\n')

  it('marks the item and warns with position and rule id, without inventing words', () => {
    const { tree, file } = parseText(text)
    const warnings = file.messages.filter((m) => m.ruleId === 'truncated-line')
    expect(warnings.map((m) => [m.line, m.column])).toEqual([
      [6, 1],
      [8, 1],
    ])
    expect(nodesOf(tree, 'listItem').map((i) => i.data?.truncated ?? false)).toEqual([
      false,
      true,
      false,
      true,
      false,
      false,
    ])
    expect(textNodes(tree)[3]!.value).toBe('Over 150,000 unemployed people were')
  })

  it('marks and warns of a paragraph cut off after the lead sentence of a numbered point', () => {
    const { tree, file } = parseText(
      [
        'Work Report 2025',
        '',
        'I. Review of Our Work in 2024',
        '',
        '(7) We improved people’s wellbeing. A total of 28,600 new urban jobs were created,',
        'and over 1.3 million rural residents were',
        '',
        'II. Main Targets for 2025',
      ].join('\n'),
    )
    expect(file.messages.filter((m) => m.ruleId === 'truncated-line').map((m) => m.line)).toEqual([
      6,
    ])
    expect(
      nodesOf(tree, 'paragraph').map((p) => [p.position!.start.line, p.data?.truncated ?? false]),
    ).toEqual([[5, true]])
  })

  it('does not flag plan items that are phrases without punctuation', () => {
    const plan = [
      'Work Report 2024',
      '',
      'Tasks for 2024',
      '',
      '● Develop modern logistics',
      '● Improve services',
      '● Build platforms',
      '● Foster green economy',
    ].join('\n')
    expect(parseText(plan).file.messages).toEqual([])
  })
})

describe('markdown sources', () => {
  it('keep the code inside a line as text, losing no character', () => {
    const md = '# Notes 2026\n\n- [ ] Compare with the notes (`notes/2026-01-20-changle.md`).\n'
    const { tree, file } = parseText(md, 'notes.md')
    expect(textNodes(tree).map((t) => t.value)).toContain('notes/2026-01-20-changle.md')
    expect(coverageProblems(md, tree, file)).toEqual([])
  })

  it('go through remark-parse into the same shape', () => {
    const md =
      '# Government Work Report 2024\n\n## Review of Work During 2023\n\n- GDP grew by 5.2%.\n\n### 1. Industry\n\nText.\n'
    const { tree, file } = parseText(md, 'report.md')
    expect(nodesOf(tree, 'heading').map((h) => h.data?.role)).toEqual(['title', 'part', 'section'])
    expect(nodesOf(tree, 'listItem')).toHaveLength(1)
    expect(file.data.meta).toMatchObject({
      title: 'Government Work Report 2024',
      reportYear: 2024,
      reviewedYear: 2023,
    })
    expect(tree.children[0]!.position!.start).toEqual({ line: 1, column: 1, offset: 0 })
  })

  it("take the year after the one results are given for when nothing names the report's year", () => {
    const { file } = parseText(
      [
        'Guangxi sets 5.5-pct growth goal, pins hopes on ASEAN trade',
        '',
        'NANNING, Jan. 24 -- The region will aim for growth of around 5.5 percent this year.',
        '',
        'GRP reached 2.73 trillion yuan in 2023. Trade grew 10% in 2023, and the port handled 8.21',
        'million TEUs in 2023. Between 2019 and 2023 trade doubled; in 2022 it fell.',
      ].join('\n'),
    )
    expect(file.data.meta).toMatchObject({ reportYear: 2024, reviewedYear: 2023, planYear: 2024 })
  })

  it('take no year a plan speaks of for the year of the results, and no wrapped prose for a row', () => {
    const { file } = parseText(
      [
        'Government Work Report',
        '',
        'GRP grew 5.2% in 2023. Exports rose 3% in 2023. Retail sales rose 4% in 2023.',
        '',
        'We will keep growth at around 5 percent in 2024. Exports will rise 3 percent in 2024. We will add 1 million jobs in 2024.',
      ].join('\n'),
    )
    expect(file.data.meta).toMatchObject({ reportYear: 2024, planYear: 2024 })
    expect(
      isTableRow('while exports,imports,services trade and tourism all grew,by 3 percent'),
    ).toBe(false)
    expect(isTableRow('Indicator,Unit,Target,Actual,Target,Notes')).toBe(true)
  })

  it('take an arrow of a change at the start of a line for no list mark', () => {
    expect(matchBullet('▼ 0.3% consumer prices')).toBeUndefined()
    expect(matchBullet('📈 GRP hit 1.67 trillion yuan')).toMatchObject({ marker: 'emoji' })
  })

  it('take a heading between two rules for a heading, not front matter', () => {
    const md = '---\n# Government Work Report 2024\n---\n\n## Review of 2023\n\nGDP grew 5.2%.\n'
    const { file } = parseText(md, 'note.md')
    expect(file.data.meta?.title).toBe('Government Work Report 2024')
    expect(file.data.meta?.reportYear).toBe(2024)
  })

  it('keep YAML front matter as furniture and read the note after it as Markdown', () => {
    const md = [
      '---',
      'title: "A research note"',
      'tags: [growth, targets]',
      'pages: 6',
      '---',
      '',
      '# Government Work Report 2024: reading the numbers',
      '',
      '## Review of 2023',
      '',
      '- **GRP:** 5.2%.',
      '',
      '## Targets for 2024',
      '',
      '> "We will keep grain output above 55 million',
      "> tons and build the 'Ten Strong Industries'.\"",
      '',
    ].join('\n')
    const { tree, file } = parseText(md)
    expect(file.data.format).toBe('markdown')
    expect(nodesOf(tree, 'heading').map((h) => h.data?.role)).toEqual(['title', 'part', 'part'])
    expect(file.data.furniture!.map((f) => [f.kind, f.position.start.line, f.value])).toEqual([
      ['metadata', 1, '---'],
      ['metadata', 2, 'title: "A research note"'],
      ['metadata', 3, 'tags: [growth, targets]'],
      ['metadata', 4, 'pages: 6'],
      ['metadata', 5, '---'],
    ])
    expect(coverageProblems(md, tree, file)).toEqual([])
    // A quote that runs over the lines of a block quote maps back to its source.
    const records = extractIndicators(tree, file).indicators
    expect(records.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['5.2', 2023, 'actual'],
      ['55', 2024, 'target'],
    ])
    const grain = records[1]!
    expect(grain.quote).toBe(
      '"We will keep grain output above 55 million tons and build the \'Ten Strong Industries\'."',
    )
    expect(md.slice(grain.position.start.offset, grain.position.end.offset)).toBe(
      '"We will keep grain output above 55 million\n> tons and build the \'Ten Strong Industries\'."',
    )
  })
})

describe('layouts met in other reports', () => {
  it('reads a Markdown heading that names no part and no year as a topic, as in text', () => {
    const { tree, file } = parseText(
      '# Jiangxi: 2020 Government Work Report — key numbers\n\n## TL;DR\n\n- GRP grew 8.0% in 2019, the 5th fastest pace among the provinces.\n\n## Looking at 2019\n\nGDP grew by 8%.\n\n## Targets for 2020\n\n- GDP growth of around 8%\n',
    )
    expect(nodesOf(tree, 'heading').map((h: Heading) => [h.data?.role, h.data?.kind])).toEqual([
      ['title', undefined],
      ['topic', undefined],
      ['part', 'review'],
      ['part', 'targets'],
    ])
    expect(periodsOf(tree, file)).toEqual([
      ['8.0', 2019, 'actual'],
      ['5th', 2019, 'actual'],
      ['8', 2019, 'actual'],
      ['8', 2020, 'target'],
    ])
  })

  it('reads a text file written in Markdown with the Markdown parser', () => {
    const { tree, file } = parseText(
      '# Report on the Work of the Government (2021)\n\n## I. Review of 2020\n\nGDP grew by 1.2%.\n\n## II. Targets for 2021\n\n* GDP growth: above 6%\n',
    )
    expect(file.data.format).toBe('markdown')
    expect(
      nodesOf(tree, 'heading').map((h: Heading) => [h.data?.role, h.data?.kind, h.data?.numbering]),
    ).toEqual([
      ['title', undefined, undefined],
      ['part', 'review', 'I'],
      ['part', 'targets', 'II'],
    ])
  })

  it('takes page numbers and the running header next to them for furniture', () => {
    const title = 'Report on the Work of the Government of Guangxi Zhuang Autonomous Region'
    const text = [
      title,
      '',
      'I. Review of Work in 2019',
      '',
      'The economy grew by 6.0%. Tourism revenue reached 1.02 trillion yuan, up',
      '',
      '- 1 -',
      title,
      '',
      'II. Work for 2020',
      '',
      'We will build 800 kilometers of expressways.',
      '',
      '- 2 -',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(file.data.furniture!.map((f) => [f.kind, f.position.start.line])).toEqual([
      ['page', 7],
      ['page', 8],
      ['page', 14],
    ])
    expect(coverageProblems(text, tree, file)).toEqual([])
    // The page break ends the paragraph: the running header is not read into it.
    expect(textNodes(tree).map((t) => t.value)).toContain(
      'The economy grew by 6.0%. Tourism revenue reached 1.02 trillion yuan, up',
    )
  })

  it('runs a paragraph on across the foot and head of a page to the line that goes on with it', () => {
    const text = [
      'Report on the Work of the Government',
      '',
      'I. Review of Work in 2022',
      '',
      'We shut down 1,215 chemical enterprises. The',
      '',
      '                                        - 2 -',
      'Report on the Work of the Government (2020)                 Jiangsu Province',
      '',
      'average PM2.5 concentration was 43 micrograms per cubic meter. Forest coverage reached 24% in the',
      '',
      '- 3 -',
      'Report on the Work of the Government (2020)                 Jiangsu Province',
      '',
      'Grain output hit 37.3 million tons.',
      '',
      '- 4 -',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(coverageProblems(text, tree, file)).toEqual([])
    const paragraphs = nodesOf(tree, 'paragraph')
    // The sentence broken by the first page is one paragraph; it is cut off before the second page,
    // whose next line opens a new sentence.
    expect(paragraphs.map((p) => [p.position!.start.line, p.data?.truncated ?? false])).toEqual([
      [5, true],
      [15, false],
    ])
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['truncated-line', 10]])
    // Figures after the break keep their own lines and columns; those on the line cut off, not
    // the one before the page break, are flagged.
    const records = extractIndicators(tree, file).indicators
    expect(
      records.map((r) => [
        r.number.text,
        r.number.position.start.line,
        r.number.position.start.column,
        r.flags,
      ]),
    ).toEqual([
      ['1,215', 5, 14, []],
      ['43', 10, 33, ['truncated']],
      ['24', 10, 88, ['truncated']],
      ['37.3', 15, 18, []],
    ])
    expect(records[1]!.quote).toContain('average PM2.5 concentration was 43 micrograms')
  })

  it('keeps positions right in a paragraph of short lines, and across a page after a short line or a broken word', () => {
    const text = [
      'Report on the Work of the Government',
      '',
      'I. Review of Work in 2021',
      '',
      'In 2021 the added value of',
      'industry and',
      'services grew 6.1 percent.',
      '',
      'The added value of agriculture rose 4.1 percent, and the added value of',
      '',
      '— 3 —',
      '',
      'industry and',
      'services grew 6.3 percent. The disposable in-',
      '',
      '— 4 —',
      '',
      'come of urban residents grew 6.7 percent.',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(coverageProblems(text, tree, file)).toEqual([])
    const records = extractIndicators(tree, file).indicators
    expect(
      records.map((r) => [
        r.number.text,
        r.number.position.start.line,
        r.number.position.start.column,
      ]),
    ).toEqual([
      ['6.1', 7, 15],
      ['4.1', 9, 37],
      ['6.3', 14, 15],
      ['6.7', 18, 30],
    ])
    expect(records[3]!.subject).toBe('disposable income of urban residents')
  })

  it("takes a part heading in square brackets for a part, not an editor's note", () => {
    const text = [
      'Highlights of the Shanxi Provincial Government Work Report 2022',
      '',
      '[Review of Work in 2021]',
      '',
      '• GRP reached 2.26 trillion yuan, up 9.1%.',
      '',
      '[Major Tasks for 2022]',
      '',
      '• Issue 500 million yuan of consumption vouchers',
      '',
      '[More figures will follow]',
      '',
      '[Editor: Liu Yang]',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Highlights of the Shanxi Provincial Government Work Report 2022'],
      ['part', '[Review of Work in 2021]'],
      ['part', '[Major Tasks for 2022]'],
    ])
    const { tree, file } = parseText(text)
    expect(periodsOf(tree, file)).toEqual([
      ['2.26', 2021, 'actual'],
      ['500', 2022, 'target'],
    ])
  })

  it('does not take a short title over items or a labelled record among sentences for cut off', () => {
    const text = [
      'Highlights of the Hunan Provincial Government Work Report 2020',
      '',
      'Review of Work in 2019',
      '',
      '◆ The economy grew steadily',
      '',
      '• GRP reached 3.98 trillion yuan, up 7.6 percent.',
      '• High-tech industries accounted for 23.2 percent of GDP.',
      '• Energy consumption per unit of GDP: down 3.2 percent',
      '• Grain output reached 29.7 million tons.',
      '• Forest coverage reached 59.9 percent.',
      '• The CPI rose by 2.9 percent.',
      '• Retail sales grew by 10.2 percent.',
      '• Exports grew by 25.3 percent.',
      '• Imports grew by 27.8 percent.',
      '• Fiscal revenue grew by 5.1 percent.',
      '• Over 160,000 unemployed people found jobs and 53,000 people with difficulties received',
    ].join('\n')
    const { file } = parseText(text)
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['truncated-line', 17]])
  })

  it('still takes a part heading with a unit in brackets for a part', () => {
    expect(
      headings(
        'Report on the Work of the Government\n\nReview of Work in 2021\n\nGrain output reached 65.4 million tons.\n\nMain Targets for 2022 (%)\n\nGRP growth          around 7\nCPI increase        around 3\n',
      ).map((h) => [h.role, h.text]),
    ).toContainEqual(['part', 'Main Targets for 2022 (%)'])
  })

  it('takes notes at the foot of a page for notes when their marks follow closing quotes', () => {
    const text = [
      'Report on the Work of the Government',
      '',
      'I. Review of Work in 2018',
      '',
      'We disposed of 104 “zombie enterprises”1. Grain output reached 36.33 million tons on over 10 million mu2 of',
      'farmland, and the “Only One Visit”3 reform went ahead.',
      '',
      '1 Refers to enterprises that survive only on government subsidies and bank loans.',
      '2 1 mu is equal to about 0.067 hectares.',
      '3 Refers to the reform under which people need to visit a government office at most once.',
      '',
      '                                        - 2 -',
      '',
      'Retail sales rose 6.9 percent.',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(extractIndicators(tree, file).indicators.map((r) => r.number.text)).toEqual([
      '104',
      '36.33',
      '10',
      '6.9',
    ])
  })

  it('keeps to their cases the rules a second review of the session found too broad', () => {
    // A bracketed part without a year is still a part.
    expect(
      headings(
        'Report on the Work of the Government of Hainan Province\n\n[Review of Work in the Past Year]\n\nGDP grew by 9.2 percent.\n\n[Main Targets for This Year]\n\nGDP growth: around 9 percent\n',
      ).map((h) => h.role),
    ).toEqual(['title', 'topic', 'part'])
    // "1+N" in straight quotes marks no note: the numbered targets at a page's foot stay text.
    const notes = parseText(
      'Report on the Work of the Government\n\nI. Review of Work in 2022\n\nWe put in place the "1+N" policy framework.\n\nII. Main Targets for 2023\n\nThe main targets for this year are:\n\n1 GDP growth of around 6 percent\n2 CPI increase of around 3 percent\n\n- 3 -\n\nWe will deliver on these targets.\n',
    )
    expect(
      extractIndicators(notes.tree, notes.file).indicators.map((r) => r.number.text),
    ).toContain('6')
    // A "label: prose" item cut off among sentence items is still cut off; a record whose stop
    // comes before its note's mark is not.
    const items = [
      'Report on the Work of the Government',
      '',
      'I. Review of Work in 2022',
      '',
      '- Growth was stable. GDP grew by 3.5 percent.',
      '- Jobs were secure. The province added 700,000 urban jobs.',
      '- Prices were steady. CPI rose by 1.8 percent.[1]',
      '- Trade grew. Exports increased by 7 percent.',
      '- Income: per capita disposable income of rural residents grew by 6.5 percent and that of urban residents by 4',
      '- Investment rose. Fixed-asset investment grew by 9 percent.',
    ].join('\n')
    expect(parseText(items).file.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['truncated-line', 9],
    ])
    // "--East and West alike--to achieve" is an aside wrapped to the start of a line, no bullet;
    // "Investment growth target (%)" is the label of figures, no part.
    const aside = parseText(
      'Report on the Work of the Government\n\nI. Review of Work in 2022\n\nGDP grew by 5.2 percent, a result we worked hard\n--East and West alike--to achieve.\n\nInvestment growth target (%)\n2021: 8\n2022: 6\n\nFixed-asset investment grew by 9 percent.\n',
    )
    expect(nodesOf(aside.tree, 'list')).toEqual([])
    expect(extractIndicators(aside.tree, aside.file).indicators.at(-1)!.section).toEqual([
      'I. Review of Work in 2022',
    ])
  })

  it('reads a box of highlights after the targets as no part of them', () => {
    const text = [
      'Guangxi aims for 5.5% growth as ports drive recovery',
      '',
      'Trade corridor',
      '',
      'Foreign trade hit 683.3 billion yuan last year, up 14.2 percent.',
      '',
      'Targets for 2023',
      '',
      'The region will target growth of around 5.5 percent this year.',
      '',
      'Highlights',
      '',
      '■ 7.02 million TEUs: container throughput at Beibu Gulf Port',
      '',
      '■ 13.93 million metric tons: grain output',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(periodsOf(tree, file)).toEqual([
      ['5.5', 2023, 'target'],
      ['683.3', 2022, 'actual'],
      ['5.5', 2023, 'target'],
      ['7.02', 2022, 'actual'],
      ['13.93', 2022, 'actual'],
    ])
  })

  it('keeps indented "label: figure" records a line each, and takes "PART 2  TARGETS FOR 2020" for a part', () => {
    const nb = '\u00a0'
    const text = [
      'Highlights of Fujian Provincial Government Work Report 2018',
      '',
      'PART 1  LOOKING BACK AT 2017',
      '',
      `${nb}${nb}${nb}${nb}Gross regional product (GRP)[1]: 3.23 trillion yuan, +8.1%`,
      `${nb}${nb}${nb}${nb}General public budget revenue: 460.4 billion yuan, +8.6%`,
      `${nb}${nb}${nb}${nb}Exports: 709.4 billion yuan, +7.2%`,
      '',
      'PART 2  TARGETS FOR 2018',
      '',
      'GDP growth of around 8.5 percent.',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Highlights of Fujian Provincial Government Work Report 2018'],
      ['part', 'PART 1  LOOKING BACK AT 2017'],
      ['part', 'PART 2  TARGETS FOR 2018'],
    ])
    const { tree, file } = parseText(text)
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.indicator,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['3.23', 'grp', 2017, 'actual'],
      ['460.4', 'general_public_budget_revenue', 2017, 'actual'],
      ['709.4', 'exports', 2017, 'actual'],
      ['8.5', 'grp', 2018, 'target'],
    ])
  })

  it('reads the numbered questions of an explainer as headings that end the part before them', () => {
    const text = [
      'EXPLAINER | Hainan Provincial Government Work Report 2021',
      '',
      'Q3. How fast will the economy grow in 2021?',
      '',
      'The main projected targets for 2021 are:',
      '',
      '* GRP growth: above 10%',
      '',
      'Q5. What did Hainan achieve during the 13th Five-Year Plan period (2016-2020)?',
      '',
      'Over the five years, GRP grew at an average annual rate of 6.5%. All 646,900 registered poor people were lifted out of poverty.',
    ].join('\n')
    expect(headings(text).map((h) => h.text)).toEqual([
      'EXPLAINER | Hainan Provincial Government Work Report 2021',
      'Q3. How fast will the economy grow in 2021?',
      'The main projected targets for 2021 are:',
      'Q5. What did Hainan achieve during the 13th Five-Year Plan period (2016-2020)?',
    ])
    const { tree, file } = parseText(text)
    expect(periodsOf(tree, file)).toEqual([
      ['10', 2021, 'target'],
      ['6.5', '2016-2020', 'actual'],
      ['646,900', '2016-2020', 'actual'],
    ])
  })

  it('reads a header aligned with spaces over its rows as a table, with its unit column', () => {
    const text = [
      'Report on the Work of the Government 2022',
      '',
      'II. Main Targets and Tasks for 2022',
      '',
      'Indicator                                   Target          Unit',
      'GRP growth                                  around 6        %',
      'New urban jobs                              over 180,000    people',
      'Forest coverage                             23.2            %',
    ].join('\n')
    expect(headings(text).map((h) => h.text)).toEqual([
      'Report on the Work of the Government 2022',
      'II. Main Targets and Tasks for 2022',
    ])
    const { tree, file } = parseText(text)
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.value,
        r.unit,
        r.change,
        r.changeUnit,
        r.kind,
      ]),
    ).toEqual([
      ['6', null, null, 6, '%', 'target'],
      ['180,000', 180000, 'people', null, null, 'target'],
      ['23.2', 23.2, '%', null, null, 'target'],
    ])
  })

  it('reads the panels of a poster: titles between rules, figures over labels with their changes', () => {
    const text = [
      'XIAMEN · 2022 GOVERNMENT WORK REPORT',
      '',
      '━━ PANEL ① THE PAST FIVE YEARS · 2017–2021 ━━',
      '',
      '191',
      'schools built or expanded',
      '',
      '━━ PANEL ② ECONOMY IN 2021 ━━   Slide 2 of 8',
      '',
      '703.34 billion yuan',
      'GDP  ▲8.1%',
      '(≈ US$109 billion)',
      '',
      '134,491 yuan',
      'per capita GDP',
      '',
      '887.6 billion yuan',
      'total imports and exports  ▲27.7%',
      '',
      '━━ PANEL ⑦ TARGETS FOR 2022 ━━   Slide 7 of 8',
      '',
      '➤ GDP growth ········· around 7%',
    ].join('\n')
    expect(headings(text).map((h) => h.role)).toEqual(['title', 'part', 'part', 'part'])
    const { tree, file } = parseText(text)
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.indicator,
        r.unit,
        r.change,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['191', null, 'schools', null, '2017-2021', 'actual'],
      ['703.34', 'grp', 'billion yuan', 8.1, 2021, 'actual'],
      ['134,491', null, 'yuan', null, 2021, 'actual'],
      ['887.6', 'imports_exports', 'billion yuan', 27.7, 2021, 'actual'],
      ['7', 'grp', null, 7, 2022, 'target'],
    ])
  })

  it("passes over a site's name and address, and dates the page by its byline, not a related story", () => {
    const text = [
      'Xinhua | English.news.cn',
      'Home | China | World | Business | Sports',
      '',
      'Tibet eyes around 9 pct growth in 2020 after eliminating absolute poverty',
      '',
      'Source: Xinhua | 2020-01-07 21:36:18 | Editor: huaxia',
      '',
      "The region's GDP reached 169.78 billion yuan in 2019, up 8.1 percent.",
      '',
      'Related:',
      "Tibet's tourism revenue up 31.5 pct in 2018 (2019-01-10)",
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(file.data.meta).toMatchObject({
      title: 'Tibet eyes around 9 pct growth in 2020 after eliminating absolute poverty',
      published: '2020-01-07',
      reviewedYear: 2019,
    })
    expect(extractIndicators(tree, file).indicators.map((r) => [r.number.text, r.period])).toEqual([
      ['9', 2020],
      ['169.78', 2019],
    ])
  })

  it("reads a post's title boxed between rules as a part, and its teaser as no part", () => {
    const text = [
      "📣 Qingdao's 2023 Government Work Report at a glance!",
      "Numbers, targets and what's next for our city 👇",
      '',
      '━━━━━━━━━━━━━━━',
      '📊 PART 1 | 2022 IN NUMBERS',
      '━━━━━━━━━━━━━━━',
      '',
      '💰 GDP: 1.49 trillion yuan, +3.9%',
      '',
      '━━━━━━━━━━━━━━━',
      '🎯 PART 3 | 2023 TARGETS',
      '━━━━━━━━━━━━━━━',
      '',
      '📈 GDP growth: around 5%',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', "📣 Qingdao's 2023 Government Work Report at a glance!"],
      ['topic', "Numbers, targets and what's next for our city 👇"],
      ['part', 'PART 1 | 2022 IN NUMBERS'],
      ['part', 'PART 3 | 2023 TARGETS'],
    ])
    const { tree, file } = parseText(text)
    expect(periodsOf(tree, file)).toEqual([
      ['1.49', 2022, 'actual'],
      ['5', 2023, 'target'],
    ])
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it("reads the line right under the title as the title's second line, not a part", () => {
    const text = [
      "ZHEJIANG'S 2018 GOVERNMENT WORK REPORT",
      'Five years in review (2013-2017) and the targets for 2018',
      '',
      'KEY POINTS',
      '',
      "- The province's GRP reached 5.18 trillion yuan in 2017.",
      '',
      '3. TARGETS FOR 2018',
      '',
      'GRP growth of around 7 percent.',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', "ZHEJIANG'S 2018 GOVERNMENT WORK REPORT"],
      ['topic', 'Five years in review (2013-2017) and the targets for 2018'],
      ['topic', 'KEY POINTS'],
      ['part', '3. TARGETS FOR 2018'],
    ])
    const { tree, file } = parseText(text)
    expect(periodsOf(tree, file)).toEqual([
      ['5.18', 2017, 'actual'],
      ['7', 2018, 'target'],
    ])
  })

  it('reads a title after the bar a web page sets before it ("▌MAIN TARGETS FOR 2018")', () => {
    const text = [
      'Highlights of the 2018 Government Work Report of Guangxi',
      '',
      '▌REVIEW OF WORK IN 2017',
      '',
      'Total imports and exports hit 386.6 billion yuan, surging 22.6%.',
      '',
      '▌MAIN TARGETS FOR 2018',
      '',
      'GRP growth of around 7%.',
    ].join('\n')
    expect(headings(text).map((h) => h.role)).toEqual(['title', 'part', 'part'])
    const { tree, file } = parseText(text)
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.change,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['386.6', 22.6, 2017, 'actual'],
      ['7', 7, 2018, 'target'],
    ])
  })

  it('reads a box drawn in ASCII: its borders are rules, its title holds for its lines', () => {
    const text = [
      '2024 Government Work Report: Highlights at a Glance',
      '',
      '+------------------------------------------+',
      '|  KEY FIGURES  |  2023                    |',
      '+------------------------------------------+',
      '   GDP: 1.75 trillion yuan (+4.6%)',
      '',
      '+------------------------------------------+',
      '|  TARGETS FOR 2024                        |',
      '+------------------------------------------+',
      '   GDP growth: around 5%',
      '   New urban jobs: over 250,000',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.subject,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['1.75', 'GDP', 2023, 'actual'],
      ['5', 'GDP', 2024, 'target'],
      ['250,000', 'New urban jobs', 2024, 'target'],
    ])
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('does not take the header of a column with its unit for a part', () => {
    const text = [
      'Report on the Work of the Government',
      '',
      'I. Review of Our Work in 2022',
      '',
      'Table 1  Main Economic Indicators, 2022',
      'Indicator',
      '2022',
      'Growth over 2021 (%)',
      'Grain output (million tons)',
      '21.51',
      '0.4',
      '',
      'We built 193,000 hectares of high-standard farmland.',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).not.toContainEqual([
      'part',
      'Growth over 2021 (%)',
    ])
    const { tree, file } = parseText(text)
    expect(extractIndicators(tree, file).indicators.at(-1)).toMatchObject({
      value: 193000,
      period: 2022,
      kind: 'actual',
    })
  })

  it('takes Chinese bylines and page buttons for furniture', () => {
    const { file } = parseText(
      '甘肃省2024年政府工作报告（摘要）\nDigest of the Government Work Report of Gansu Province (2024)\n来源：甘肃日报　发布时间：2024-01-29 08:40　浏览次数：2,316\n\nReview of Work in 2023\n\nGDP grew by 6.4%.\n\n责任编辑：王芳\n【打印】【关闭】\n',
    )
    expect(file.data.furniture!.map((f) => [f.kind, f.position.start.line])).toEqual([
      ['byline', 3],
      ['footer', 9],
      ['footer', 10],
    ])
  })

  it('does not take a news lead for the title, and joins an inline list wrapped at a marker', () => {
    const text = [
      'Liaoning pledges steady growth in 2020',
      '',
      'SHENYANG, Jan. 15 -- Governor Tang Yijun said in the annual',
      'government work report at the third session of the provincial congress that the economy grew.',
      '',
      'The main targets for 2020 are: (1) GDP growth of about 6 percent; (2) grain output of',
      'above 23.5 million tons; and',
      '(3) per capita income growth in step with economic growth.',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(file.data.meta!.title).toBe('Liaoning pledges steady growth in 2020')
    expect(nodesOf(tree, 'heading').length).toBe(1)
    expect(textNodes(tree).at(-1)!.value).toMatch(/^The main targets .* \(3\) per capita/)
  })

  it('reads a research note: a dotted table of contents, running headers ending "p. 2", three levels of numbers', () => {
    const header = (n: number) =>
      `XYZ Briefing Note No. 17         Demo GWR 2025: Highlights          p. ${n}`
    const text = [
      'DEMO MUNICIPAL GOVERNMENT WORK REPORT 2025',
      '',
      'CONTENTS',
      '',
      '  1    About this note ........................................ 2',
      '  2    Review of work in 2024 ................................. 2',
      '  2.1  Headline indicators .................................... 2',
      '       2.1.1  Industry ........................................ 3',
      '  3    Targets and tasks for 2025 ............................. 3',
      '',
      header(2),
      '',
      '1  ABOUT THIS NOTE',
      '',
      'This note condenses the report.',
      '',
      '2  REVIEW OF WORK IN 2024',
      '',
      '2.1  Headline indicators',
      '',
      '2.1.1  Industry',
      '',
      'Industrial value added grew by 5.1%.',
      '',
      header(3),
      '',
      '3  TARGETS AND TASKS FOR 2025',
      '',
      'GRP growth of around 5%.',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(
      file.data
        .furniture!.map((f) => [f.kind, f.position.start.line])
        .filter(([k]) => k !== 'rule'),
    ).toEqual([
      ['contents', 5],
      ['contents', 6],
      ['contents', 7],
      ['contents', 8],
      ['contents', 9],
      ['page', 11],
      ['page', 25],
    ])
    expect(
      headings(text).map((h) => [h.depth, h.role, h.numbering ?? null, h.text.slice(0, 18)]),
    ).toEqual([
      [1, 'title', null, 'DEMO MUNICIPAL GOV'],
      [2, 'topic', null, 'CONTENTS'],
      [2, 'section', '1', '1  ABOUT THIS NOTE'],
      [2, 'part', '2', '2  REVIEW OF WORK '],
      [3, 'section', '2.1', '2.1  Headline indi'],
      [4, 'section', '2.1.1', '2.1.1  Industry'],
      [2, 'part', '3', '3  TARGETS AND TAS'],
    ])
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('keeps the bullet before a numbered title ("● IV. The main targets are as follows:")', () => {
    const text = '● IV. The main targets are as follows:'
    const { tree, file } = parseText(text)
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('reads the entries of a contents slide that open on a year as contents, not parts', () => {
    const text = [
      'Demo 2026 Government Work Report — briefing deck',
      '',
      '───── Slide 2 ─────',
      'CONTENTS',
      '01   2025 in review',
      '02   Looking back on the 14th Five-Year Plan (2021–2025)',
      '03   Main targets for 2026',
      '',
      '───── Slide 3 ─────',
      '01 | 2025 IN REVIEW',
      '• GRP 1,003.6 billion yuan, up 5.8%',
    ].join('\n')
    const { file } = parseText(text)
    expect(
      file.data.furniture!.filter((f) => f.kind === 'contents').map((f) => f.position.start.line),
    ).toEqual([4, 5, 6, 7])
    expect(
      headings(text)
        .filter((h) => h.role !== 'topic')
        .map((h) => [h.role, h.text]),
    ).toEqual([
      ['title', 'Demo 2026 Government Work Report — briefing deck'],
      ['part', '01 | 2025 IN REVIEW'],
    ])
  })

  it('reads a thread of posts: post numbers and like counts as furniture, emoji before titles', () => {
    const text = [
      'Thread 🧵 Demo’s 2022 Government Work Report: the numbers',
      '',
      '1/3',
      '📈 HEADLINE',
      '',
      'GDP hit 5.39 trillion yuan in 2021, up 8.2%.',
      '♥ 2.4K   🔁 861   💬 73',
      '',
      '2/3',
      '📊 5-YEAR SCORECARD (2017–2021)',
      '',
      'GDP grew 7.1 percent a year on average.',
      '',
      '3/3',
      '🗓️ 2022 PLAN: PROJECTS',
      '',
      '✅ Build 500 km of new expressways',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(file.data.furniture!.map((f) => [f.kind, f.position.start.line])).toEqual([
      ['page', 3],
      ['byline', 7],
      ['page', 9],
      ['page', 14],
    ])
    expect(headings(text).map((h) => [h.depth, h.role, h.text])).toEqual([
      [1, 'title', 'Thread 🧵 Demo’s 2022 Government Work Report: the numbers'],
      [2, 'topic', '📈 HEADLINE'],
      [2, 'part', '📊 5-YEAR SCORECARD (2017–2021)'],
      [2, 'part', '🗓️ 2022 PLAN: PROJECTS'],
    ])
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('reads a wiki page: "== Heading ==" levels, a numbered contents list, references as notes', () => {
    const text = [
      '2025 Demo Provincial Government Work Report',
      '',
      'Contents',
      '1 Review of 2024',
      '2 Targets for 2025',
      '2.1 Main targets',
      '3 Reception',
      '4 References',
      '',
      '== Review of 2024 ==',
      '',
      'GRP reached 1.2 trillion yuan[4] (about US$0.17 trillion).[5]',
      '',
      '== Targets for 2025 ==',
      '',
      '=== Main targets ===',
      '',
      'GRP growth of around 5%.',
      '',
      '== Reception ==',
      '',
      'Economists called the target ambitious.',
      '',
      '== References ==',
      '',
      '1. ^ "Demo sets 2025 growth target at around 5%". Daily. p. 13.',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(
      file.data.furniture!.filter((f) => f.kind === 'contents').map((f) => f.position.start.line),
    ).toEqual([3, 4, 5, 6, 7, 8])
    expect(headings(text).map((h) => [h.depth, h.role, h.text])).toEqual([
      [1, 'title', '2025 Demo Provincial Government Work Report'],
      [2, 'part', '== Review of 2024 =='],
      [2, 'part', '== Targets for 2025 =='],
      [3, 'part', '=== Main targets ==='],
      [2, 'topic', '== Reception =='],
      [2, 'part', '== References =='],
    ])
    expect(coverageProblems(text, tree, file)).toEqual([])
  })

  it('reads a feature and a press page: the year the opening names, a site name over its menu, a table header over a rule, label lines over figure lines', () => {
    const feature = parseText(
      [
        'CHINA REGIONS  |  FEATURE',
        '',
        'THE HEARTLAND ACCELERATES',
        '',
        "Demo's economy is now worth 5 trillion yuan. The province's 2025 government work",
        'report shows how it got here',
        '',
        'GRP grew 5.8 per cent in 2024.',
      ].join('\n'),
    )
    expect(feature.file.data.meta).toMatchObject({
      title: 'THE HEARTLAND ACCELERATES',
      reportYear: 2025,
      reviewedYear: 2024,
    })
    expect(feature.file.data.furniture!.map((f) => [f.kind, f.position.start.line])).toEqual([
      ['site', 1],
    ])
    const page = [
      'Demo Provincial People’s Government',
      'Skip to main content  |  Accessibility  |  English',
      '',
      'Home',
      'News',
      'Policies',
      'Services',
      'Investment',
      '',
      'Transcript of the Press Conference on the 2023 Government Work Report',
      '',
      'Indicator                    2022 result     2023 target',
      '---------------------------------------------------------',
      'GDP growth                   3.1%            above 5%',
      '',
      'Table 1   Main Targets for 2023',
      'Growth of gross regional product',
      'Above 5%',
      'Surveyed urban unemployment rate',
      'Within 5.5%',
    ].join('\n')
    const { tree, file } = parseText(page)
    expect(file.data.meta!.title).toBe(
      'Transcript of the Press Conference on the 2023 Government Work Report',
    )
    expect(
      file.data
        .furniture!.map((f) => [f.kind, f.position.start.line])
        .filter(([k]) => k !== 'rule'),
    ).toEqual([
      ['site', 1],
      ['site', 2],
      ['site', 4],
      ['site', 5],
      ['site', 6],
      ['site', 7],
      ['site', 8],
    ])
    expect(headings(page).map((h) => h.role)).toEqual(['title'])
    expect(textNodes(tree).map((t) => t.value)).toContain(
      'Growth of gross regional product Above 5%',
    )
    expect(textNodes(tree).map((t) => t.value)).toContain(
      'Surveyed urban unemployment rate Within 5.5%',
    )
    expect(coverageProblems(page, tree, file)).toEqual([])
  })

  it('takes "Page: 1 of 4" lines for page numbers and methodology notes for notes', () => {
    const text = [
      'Demo Government Work Report 2024: Dashboard',
      'Page:               1 of 4',
      '',
      '1. KEY METRICS',
      '',
      'GDP grew 6.8%.',
      '',
      '7. METHODOLOGY NOTES',
      '',
      'Risk scores run from 1 (low risk) to 5 (high risk).',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(
      file.data.furniture!.filter((f) => f.kind === 'page').map((f) => f.position.start.line),
    ).toEqual([2])
    expect(nodesOf(tree, 'heading').map((h) => [h.data?.role, h.data?.kind ?? null])).toEqual([
      ['title', null],
      ['section', null],
      ['part', 'notes'],
    ])
  })

  it('keeps a year line under a heading a heading, not a figure joined to it', () => {
    const text = [
      'Demo Government Work Report 2024',
      '',
      'II. Overall Requirements and Main Targets',
      '2024 Plans',
      '',
      'GDP growth of around 5%.',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Demo Government Work Report 2024'],
      ['part', 'II. Overall Requirements and Main Targets'],
      ['part', '2024 Plans'],
    ])
  })

  it('reads "Last year:" and "This year:" under each topic as its review and its plan', () => {
    const text = [
      'Highlights of Demo Provincial Government Work Report 2024',
      '',
      'Economy at a glance',
      '',
      'Last year:',
      '',
      '●   GRP grew by 6%.',
      '',
      'This year:',
      '',
      '●   GRP growth of above 5%.',
      '',
      'Industry',
      '',
      'Last year:',
      '',
      '●   Industrial value added rose 7%.',
    ].join('\n')
    expect(headings(text).map((h) => [h.depth, h.role, h.text])).toEqual([
      [1, 'title', 'Highlights of Demo Provincial Government Work Report 2024'],
      [2, 'topic', 'Economy at a glance'],
      [3, 'part', 'Last year:'],
      [3, 'part', 'This year:'],
      [2, 'topic', 'Industry'],
      [3, 'part', 'Last year:'],
    ])
    const kinds = nodesOf(parseText(text).tree, 'heading')
      .filter((h: Heading) => h.data?.role === 'part')
      .map((h: Heading) => h.data?.kind)
    expect(kinds).toEqual(['review', 'plan', 'review'])
  })

  it('reads a wire story: routing lines, slug, takes and credits as furniture, the headline as title', () => {
    const text = [
      'AGY0417 3 ECO /AGY-ECONOMIC SERVICE',
      'BC-China-Demo-Economy/Report, 1st Ld-Writethru, 790 words',
      '(PIX) (FACTBOX)',
      '',
      'Demo targets around 4.5 pct growth in 2024, leans on clean power',
      '',
      'By Ma Lin',
      '',
      'XINING, Jan. 25 (Agency) -- Demo Province has set its growth target for 2024 at around 4.5 percent.',
      '',
      '(more)',
      '',
      'BC-China-Demo-Economy/Report, 1st Ld-Writethru, 2nd take',
      '',
      'Grain output reached 1.14 mln tonnes.',
      '',
      '(Reporting by Ma Lin; Editing by Zhou Yue)',
      'ENDS',
      'AGY0417 250311 GMT JAN 24',
    ].join('\n')
    const { file } = parseText(text)
    expect(file.data.meta).toMatchObject({ reportYear: 2024, reviewedYear: 2023, planYear: 2024 })
    expect(file.data.furniture!.map((f) => [f.kind, f.position.start.line])).toEqual([
      ['site', 1],
      ['site', 2],
      ['site', 3],
      ['byline', 7],
      ['page', 11],
      ['page', 13],
      ['byline', 17],
      ['footer', 18],
      ['footer', 19],
    ])
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Demo targets around 4.5 pct growth in 2024, leans on clean power'],
    ])
  })

  it('reads a slide deck with separator lines, panels of an infographic, and footers that end in a page number', () => {
    const text = [
      'DEMO PROVINCIAL GOVERNMENT WORK REPORT 2024',
      '',
      '======================== Slide 2 ========================',
      'Review of 2023',
      '- GRP +2.6% y/y',
      'Demo Advisory | Demo GWR 2024 | 2',
      '',
      '======================== Slide 3 ========================',
      '2024: what the government has promised',
      '- GRP growth ~5.5%',
      'Demo Advisory | Demo GWR 2024 | 3',
      '',
      'PANEL 4 | WHAT IS NEW THIS YEAR: 2024 TARGETS',
      '',
      'Around 5%',
      'GDP growth target',
      'Within 5.5%',
      'surveyed urban unemployment rate',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'DEMO PROVINCIAL GOVERNMENT WORK REPORT 2024'],
      ['part', 'Review of 2023'],
      ['part', '2024: what the government has promised'],
      ['part', 'PANEL 4 | WHAT IS NEW THIS YEAR: 2024 TARGETS'],
    ])
    expect(file.data.furniture!.map((f) => [f.kind, f.position.start.line])).toEqual([
      ['page', 3],
      ['page', 6],
      ['page', 8],
      ['page', 11],
    ])
    expect(
      nodesOf(tree, 'paragraph')
        .map((p) =>
          textNodes({ type: 'root', children: [p] })
            .map((t) => t.value)
            .join(''),
        )
        .filter((v) => !v.startsWith('GRP')),
    ).toEqual(['Around 5% GDP growth target', 'Within 5.5% surveyed urban unemployment rate'])
  })

  it('reads a press release head as furniture, a figure in title case as text, and heading years of dates as none', () => {
    const text = [
      'FOR IMMEDIATE RELEASE',
      '',
      "Information Office of the Demo Provincial People's Government",
      'Release No. DMIO-PR-2025-006',
      '',
      'Demo Provincial Government Work Report 2025 Sets Growth Target',
      '',
      'The economy tops',
      '5.7 Trillion Yuan',
      '',
      '== Full-year outturn (2025 report, delivered 13/01/2025) ==',
      '',
      'GRP grew 5.5%.',
    ].join('\n')
    const { file } = parseText(text)
    expect(file.data.furniture!.map((f) => [f.kind, f.position.start.line])).toEqual([
      ['site', 1],
      ['site', 3],
      ['site', 4],
    ])
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Demo Provincial Government Work Report 2025 Sets Growth Target'],
      ['topic', '== Full-year outturn (2025 report, delivered 13/01/2025) =='],
    ])
  })

  it('reads a numbered heading over indented points numbered "a)"', () => {
    const text = [
      'Summary of the Demo Provincial Government Work Report 2025',
      '',
      '(1) How 2024 went',
      '    a) Growth. GRP grew 5.1%.',
      '',
      '(2) Main targets for 2025',
      '    a) GRP growth of above 5.5%; fixed asset investment growth of over 5%.',
      '    b) More than 450,000 new urban jobs.',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Summary of the Demo Provincial Government Work Report 2025'],
      ['part', '(1) How 2024 went'],
      ['section', 'a) Growth.'],
      ['part', '(2) Main targets for 2025'],
    ])
  })

  it('keeps a full line of prose wrapped in mid-sentence whole, though both lines hold a colon', () => {
    const text = [
      'Demo Provincial Government Work Report 2023',
      '',
      'Reporter (Demo TV): Could you walk us through the main targets for 2023?',
      '',
      'Spokesperson: The main projected targets for economic and social development this',
      'year are as follows: GDP growth of above 5%; fixed asset investment growth of',
      'above 6%; the creation of 1 million new urban jobs.',
      '',
      'Tianjin: GDP +1.5%',
      'exports: -2.1%',
    ].join('\n')
    const { tree } = parseText(text)
    expect(nodesOf(tree, 'paragraph').map((p) => p.position!.start.line)).toEqual([3, 5, 9, 10])
  })

  it('reads terse records a line each as paragraphs of their own, not a narrow column of prose', () => {
    const text = [
      'Demo Provincial Government Work Report 2021',
      '',
      'REVIEW 2020',
      'FAI +3.6%',
      'private inv. +2.1%',
      'grain output 54.47 mn t, +0.6%',
      'grain sown area 8.28 mn ha',
      'marine GDP 1.32 tn yuan',
      '',
      "the city's local general public",
      'budget revenue rose 11.3 percent to 214.1 billion yuan',
      'last year, while fixed-asset investment increased 4.8',
      'percent and retail sales grew 5.2 percent',
    ].join('\n')
    const { tree } = parseText(text)
    expect(nodesOf(tree, 'paragraph').map((p) => p.position!.start.line)).toEqual([
      4, 5, 6, 7, 8, 10,
    ])
  })

  it("reads a slide deck: sub-bullets marked 'o', speaker notes under slide after slide as text", () => {
    const slide = (n: number, notes: string) => [
      `Slide ${n} — Review of 2021`,
      '  - Fiscal',
      '    o Local general public budget revenue: 728.4 billion yuan, +11.0%',
      '    o Tax revenue made up 74.8 percent of the total',
      `Notes: ${notes}`,
      '',
    ]
    const text = [
      'Demo Provincial Government Work Report 2022',
      '',
      ...slide(1, 'We added 51,000 5G base stations.'),
      ...slide(2, 'More than 96,000 people were placed in work.'),
      ...slide(3, 'Thank frontline staff.'),
    ].join('\n')
    const { tree } = parseText(text)
    const items = nodesOf(tree, 'listItem')
    expect(items.map((i) => i.data?.marker)).toEqual(Array(3).fill(['-', 'o', 'o']).flat())
    const notes = nodesOf(tree, 'paragraph').filter((p) =>
      textNodes({ type: 'root', children: [p] })[0]!.value.startsWith('Notes:'),
    )
    expect(notes).toHaveLength(3)
    expect(notes.map((p) => p.data?.footnote)).toEqual([undefined, undefined, undefined])
    const single = parseText(
      'Demo Report 2022\n\nGRP grew 8.3%.\n\nNotes: 1 Launched in January 2018. 2 Including fees.\n',
    )
    expect(nodesOf(single.tree, 'paragraph').map((p) => p.data?.footnote)).toEqual([
      undefined,
      'notes',
    ])
  })

  it('reads a numbered note right under a table as its note, not a numbered line elsewhere', () => {
    const table = (below: string) =>
      [
        'Report at a Glance: 2024 Suzhou Government Work Report',
        '',
        'Indicator\t2023 actual\t2024 target',
        'General public budget revenue1 (billion yuan)\t245.6\t—',
        'GRP growth (%)\t4.6\taround 5',
        '',
        below,
        'Figures for 2023 are preliminary.',
        '',
        '2023 HIGHLIGHTS',
        '',
        'Private investment grew by 2.7 per cent.',
      ].join('\n')
    const { tree, file } = parseText(table('1 Calculated on a comparable basis.'))
    const notes = nodesOf(tree, 'paragraph').filter((p) => p.data?.footnote !== undefined)
    expect(notes.map((p) => [p.position!.start.line, p.data!.footnote])).toEqual([[7, '1']])
    expect(periodsOf(tree, file).map(([number]) => number)).toEqual(['245.6', '4.6', '5', '2.7'])
    // (Not a line that opens on a figure after a paragraph.)
    const prose = parseText(
      table('1 million new jobs were created.').replace(/\t/g, ' ').replace('Indicator', 'Rows'),
    )
    expect(
      nodesOf(prose.tree, 'paragraph').filter((p) => p.data?.footnote !== undefined),
    ).toHaveLength(0)
  })

  it("keeps the title in capitals of a carousel's slide apart from the figure under it", () => {
    const text = [
      'Wenzhou Government Work Report 2024 in Figures',
      '',
      '3/5',
      'OPENNESS',
      '301.2 billion yuan',
      'total imports and exports, up 5.3%',
      '',
      '5/5',
      '2024 TARGETS',
      'around 6.5%',
      'GDP growth',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Wenzhou Government Work Report 2024 in Figures'],
      ['topic', 'OPENNESS'],
      ['part', '2024 TARGETS'],
    ])
    const { tree, file } = parseText(text)
    expect(periodsOf(tree, file)).toEqual([
      ['301.2', 2023, 'actual'],
      ['6.5', 2024, 'target'],
    ])
  })

  it('dates a broadcast by its air date, with the day written as an ordinal', () => {
    const { file } = parseText(
      [
        'HUBEI NEWS RADIO -- EVENING NEWS BULLETIN -- BROADCAST TRANSCRIPT',
        'Air date: Thursday, January 25th, 2018 | Slot: 18:00-18:30',
        'Item 1 of 6: "Government Work Report" | Running time: 08:40',
        '',
        "ANCHOR: Hubei's economy grew by seven point eight percent last year.",
      ].join('\n'),
    )
    expect(file.data.meta).toMatchObject({
      published: '2018-01-25',
      reportYear: 2018,
      reviewedYear: 2017,
      planYear: 2018,
    })
  })

  it('reads a wiki heading with the page it was found on after its marks', () => {
    const text = [
      'Demo Provincial Government Work Report 2025',
      '',
      '== REVIEW OF 2024 ==',
      '',
      'GRP grew 5.1%.',
      '',
      '== MAIN TARGETS FOR 2025 == (p. 21)',
      '',
      '- GRP growth of around 5%;',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Demo Provincial Government Work Report 2025'],
      ['part', '== REVIEW OF 2024 =='],
      ['part', '== MAIN TARGETS FOR 2025 == (p. 21)'],
    ])
  })

  it('reads "## " heading lines of a plain-text newsletter as headings, without their marks', () => {
    const text = [
      'Subject: Demo Brief #112 | Demo Government Work Report 2023: the numbers',
      '',
      'Dear members,',
      '',
      '## 1. At a glance: results in 2022',
      '',
      '* GRP grew 2.8 percent.',
      '',
      '## 2. Targets for 2023',
      '',
      '* GRP growth of around 6 percent.',
      '',
      '# not a heading: a comment line',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).toEqual([
      ['title', 'Subject: Demo Brief #112 | Demo Government Work Report 2023: the numbers'],
      ['part', '1. At a glance: results in 2022'],
      ['part', '2. Targets for 2023'],
    ])
    const got = extractIndicators(parseText(text).tree, parseText(text).file).indicators
    expect(got.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['2.8', 2022, 'actual'],
      ['6', 2023, 'target'],
    ])
  })

  it('reads a subtitle file: cue numbers and timings are furniture, sentences run on across cues', () => {
    const text = [
      '1',
      '00:00:01,200 --> 00:00:03,000',
      '[music]',
      '',
      '2',
      '00:00:03,437 --> 00:00:06,437',
      'Demo Regional Government Work Report 2021.',
      '',
      '3',
      '00:00:07,011 --> 00:00:11,611',
      "The region's GRP reached 2.22 trillion yuan,",
      '',
      '4',
      '00:00:11,922 --> 00:00:15,922',
      'up 3.7 percent, and total retail sales slipped',
      '1.9 percent to 820.2 billion yuan.',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(coverageProblems(text, tree, file)).toEqual([])
    expect(file.data.furniture!.map((f) => f.position.start.line)).toEqual([
      1, 2, 3, 5, 6, 9, 10, 13, 14,
    ])
    const got = extractIndicators(tree, file).indicators
    expect(got.map((r) => [r.number.text, r.number.position.start.line, r.indicator])).toEqual([
      ['2.22', 11, 'grp'],
      ['820.2', 16, 'retail_sales'],
    ])
  })

  it("keeps the headers of a forum's answers and replies as furniture", () => {
    const text = [
      'Demo Autonomous Region Government Work Report 2021: what are the key numbers?',
      '',
      '▲ 48 ▼   Answer 1 · econ_watcher88 · Feb 3, 2021 · edited Feb 4, 2021',
      '',
      'GRP grew 3.4% in 2020.',
      '',
      '↳ silkroad_data · ▲ 5 · Feb 4, 2021',
      '',
      'Agreed, and exports fell 8.5%.',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(file.data.furniture!.map((f) => [f.kind, f.position.start.line])).toEqual([
      ['byline', 3],
      ['byline', 7],
    ])
    const got = extractIndicators(tree, file).indicators
    expect(got.map((r) => r.number.text)).toEqual(['3.4', '8.5'])
  })

  it('keeps a note under each of three tables a note, and reads subtitles whose lines open on digits or whose hours have one digit', () => {
    const notes = [
      'Demo Provincial Government Work Report 2024',
      '',
      'GRP grew 5.1%.',
      '',
      'Note: 2022 base, 0.3% revised.',
      '',
      'Revenue rose 4%.',
      '',
      'Note: excluding one-off revenue of 12 billion yuan.',
      '',
      'Grain output rose 1%.',
      '',
      'Note: preliminary figure of 30.1 million tons.',
    ].join('\n')
    const parsed = parseText(notes)
    expect(
      extractIndicators(parsed.tree, parsed.file).indicators.map((r) => r.number.text),
    ).toEqual(['5.1', '4', '1'])
    for (const hour of ['00', '0']) {
      const text = [
        '1',
        `${hour}:00:01,000 --> ${hour}:00:03,000`,
        'Demo Government Work Report 2021.',
        '',
        '2',
        `${hour}:00:03,500 --> ${hour}:00:06,000`,
        'Retail sales rose by',
        '',
        '3',
        `${hour}:00:06,500 --> ${hour}:00:09,000`,
        '2.5 percent to 1.2 trillion yuan.',
      ].join('\n')
      const { tree, file } = parseText(text)
      expect(coverageProblems(text, tree, file)).toEqual([])
      const got = extractIndicators(tree, file).indicators
      expect(
        got.map((r) => [r.number.text, r.number.position.start.line, r.changeNumber?.text]),
      ).toEqual([['1.2', 11, '2.5']])
    }
    const start = performance.now()
    parseText(`Demo Report 2024\n\n==${'a'.repeat(200_000)})\n`)
    expect(performance.now() - start).toBeLessThan(2000)
  })

  it("joins a listicle's numbered figure to the words that name it, and a line ending on 'the' to the next", () => {
    const text = [
      'Demo Provincial Government Work Report 2021: the report in 10 numbers',
      '',
      '1. 5.5 trillion yuan',
      "Demo's gross regional product (GRP) in 2020, up 1.3 percent year on year despite the",
      'COVID-19 epidemic.',
      '',
      '2. 68.26 million tons',
      'Grain output in 2020, a record high.',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(nodesOf(tree, 'paragraph').map((p) => p.position!.start.line)).toEqual([3, 7])
    expect(file.messages.filter((m) => m.ruleId === 'truncated-line')).toEqual([])
    const got = extractIndicators(tree, file).indicators
    expect(got.map((r) => [r.number.text, r.indicator, r.change])).toEqual([
      ['5.5', 'grp', 1.3],
      ['68.26', 'grain_output', null],
    ])
  })

  it('takes the year of a page whose title names no report from its date, not from the year the title looks back on', () => {
    const text = [
      'Twelve months that tested Demo: 2020, month by month',
      '',
      'Published 2021-01-25 | By our staff reporters',
      '',
      'DECEMBER — Grain output for the year reached 18.96 million tons.',
    ].join('\n')
    const { file } = parseText(text)
    expect(file.data.meta).toMatchObject({ reportYear: 2021, reviewedYear: 2020 })
  })

  it('takes the year of a thread from the report it names with the place between', () => {
    const text = [
      'Demo Now (English) @DemoNowEN',
      "1/16 Thread: What's in the 2024 Demo government work report? The mayor delivered it today.",
      '',
      "2/16 Demo's GDP reached 1.36 trillion yuan, up 7.4% year on year.",
    ].join('\n')
    const { file } = parseText(text)
    expect(file.data.meta).toMatchObject({ reportYear: 2024, reviewedYear: 2023 })
  })

  it("dates a newspaper by its masthead's date in capitals, and minutes by their 'Date:' line", () => {
    const masthead = [
      'DEMO MORNING NEWS',
      'ENGLISH EDITION  ·  DEMO CITY',
      'WEDNESDAY, JANUARY 24, 2024   |   NO. 9127   |   16 PAGES',
      '',
      "Looking back, the city's GDP reached 1.55 trillion yuan, up 6 percent.",
    ].join('\n')
    expect(parseText(masthead).file.data.meta).toMatchObject({
      published: '2024-01-24',
      reportYear: 2024,
    })
    const minutes = [
      'Minutes of the Panel Discussion on the Government Work Report',
      '',
      'Demo Delegation, Fourth Session of the 16th Demo Municipal People’s Congress',
      'Date: January 9, 2024 (Tuesday), 2:30 p.m.',
    ].join('\n')
    expect(parseText(minutes).file.data.meta).toMatchObject({ reportYear: 2024 })
  })

  it("dates a script by its 'AIR DATE:' line, and names no part by the year of its slug", () => {
    const text = [
      'DEMO TV | NEWS LINK, 18:30 EDITION',
      'RUNDOWN ITEM 02 OF 16 | FORMAT: ANCHOR INTRO + PKG + SOT',
      'SLUG: LIANGHUI-GOVWORKREPORT-2025',
      'AIR DATE: 18 FEB 2025 (TUE) | REPORTER: SHEN JIAYI',
      '',
      'VO:',
      'Gross domestic product reached 2.19 trillion yuan in 2024, up 4.7 percent.',
    ].join('\n')
    const { file } = parseText(text)
    expect(file.data.meta).toMatchObject({ published: '2025-02-18', reportYear: 2025 })
    expect(headings(text).map((h) => h.role)).not.toContain('part')
  })

  it('reads a bulleted title in capitals as the part it names, over topics and their items', () => {
    const text = [
      'Highlights of the 2026 Demo Government Work Report',
      '',
      '■ KEY TARGETS FOR 2026 (compared with 2025)',
      '',
      'Growth',
      '',
      '• GDP growth target: around 5% (2025 target: around 5.5%; 2025 actual: 5.6%)',
      '',
      '■ LOOKING BACK: THE 14TH FIVE-YEAR PLAN PERIOD (2021-2025)',
      '',
      '- A cumulative 780,000 new urban jobs were created.',
    ].join('\n')
    expect(
      nodesOf(parseText(text).tree, 'heading')
        .filter((h: Heading) => h.data?.role === 'part')
        .map((h: Heading) => [h.data?.kind, textNodes({ type: 'root', children: [h] })[0]!.value]),
    ).toEqual([
      ['targets', 'KEY TARGETS FOR 2026 (compared with 2025)'],
      ['review', 'LOOKING BACK: THE 14TH FIVE-YEAR PLAN PERIOD (2021-2025)'],
    ])
  })

  it('opens a panel on a figure alone on its line after the words naming another figure', () => {
    const text = [
      'Demo Municipal Government Work Report 2025',
      '',
      '450',
      'provincial and municipal key projects, with 185.2 billion yuan invested over the year',
      '128',
      'projects each with an investment of over 1 billion yuan started construction',
      '291.6 billion yuan',
      '+4.1%',
      'Total retail sales of consumer goods',
    ].join('\n')
    const { tree } = parseText(text)
    expect(nodesOf(tree, 'paragraph').map((p) => p.position!.start.line)).toEqual([3, 5, 7])
  })

  it("reads a byline that ends on the month's date as no part of the year", () => {
    const text = [
      'Shaoshan Government Work Report 2025',
      '',
      'GOVERNMENT WORK REPORT',
      "Mayor's Office · January 2025",
      '',
      'I. Review of Work in 2024',
      '',
      'GRP grew 5.6%.',
      '',
    ].join('\n')
    expect(headings(text).map((h) => [h.role, h.text])).not.toContainEqual([
      'part',
      "Mayor's Office · January 2025",
    ])
  })

  it('opens a paragraph at a sentence after a blank line under a line cut off in a paragraph hanging from its first line', () => {
    const text = [
      'Press Conference on the Gaoan Government Work Report 2026',
      '',
      'A: (Yu Haitao) Grain output reached 772,000 tons. Altogether 3,260 rural',
      '   households had their drinking water',
      '',
      '   Our goal for 2026 is more than 9 million tourist visits.',
      '',
    ].join('\n')
    expect(nodesOf(parseText(text).tree, 'paragraph').map((p) => p.position!.start.line)).toEqual([
      3, 6,
    ])
  })

  it('keeps headings out of a listicle and the tags of a title element, and parses a long line of spaces in linear time', () => {
    const list = [
      'Demo Provincial Government Work Report 2024',
      '',
      '1. 5.5 percent',
      'II. Major Tasks for 2024',
    ].join('\n')
    expect(headings(list).map((h) => [h.role, h.text])).toContainEqual([
      'part',
      'II. Major Tasks for 2024',
    ])
    for (const [text, title] of [
      [
        '<h1>Demo Government Work Report 2024</h1>\n\nGRP grew 5%.',
        'Demo Government Work Report 2024',
      ],
      [
        '<p><strong>Demo Government Work Report 2024</strong></p>\n\nGRP grew 5%.',
        'Demo Government Work Report 2024',
      ],
    ])
      expect(parseText(text!).file.data.meta?.title).toBe(title)
    const start = performance.now()
    parseText(`Demo Report 2024\n\n1. 5${' '.repeat(200_000)}x\n`)
    expect(performance.now() - start).toBeLessThan(2000)
  })
})
