import { describe, expect, it } from 'vitest'
import { extractIndicators } from '../../pipeline/extract/index.js'
import { coverageProblems, nodesOf, parseText } from '../helpers/parse.js'

/** Records of a small report: a review of 2023 and a plan for 2024 around `body`. */
function records(body: string, part = 'Review of Work in 2023') {
  const { tree, file } = parseText(`Government Work Report 2024\n\n${part}\n\n${body}\n`)
  return extractIndicators(tree, file).indicators
}

/** Number, period and kind of each record of a small report around `body`. */
function periods(body: string, part?: string) {
  return records(body, part).map((r) => [r.number.text, r.period, r.kind])
}

/** Records of a whole text. */
function recordsOfText(text: string) {
  const { tree, file } = parseText(text)
  return extractIndicators(tree, file).indicators
}

/** Number, period and kind of each record of a whole text. */
function periodsOfText(text: string) {
  return recordsOfText(text).map((r) => [r.number.text, r.period, r.kind])
}

function pick(body: string, part?: string) {
  return records(body, part).map((r) => ({
    number: r.number.text,
    value: r.value,
    unit: r.unit,
    change: r.change,
    changeUnit: r.changeUnit,
    period: r.period,
    kind: r.kind,
  }))
}

describe('extraction rules on single sentences', () => {
  it('pairs levels with the changes given after them "respectively"', () => {
    expect(
      pick(
        'Per capita disposable income of urban and rural residents reached 53,944 yuan and 25,298 yuan, respectively, up 4.6% and 6.4%.',
      ),
    ).toMatchObject([
      { number: '53,944', value: 53944, change: 4.6, changeUnit: '%' },
      { number: '25,298', value: 25298, change: 6.4, changeUnit: '%' },
    ])
  })

  it('pairs changes with the levels they led to "respectively"', () => {
    const got = records(
      'Per capita disposable income of urban and rural residents grew by 6.7 percent and 9.1 percent respectively, to 39,777 yuan and 16,108 yuan.',
    )
    expect(got.map((r) => [r.number.text, r.value, r.change, r.indicator])).toEqual([
      ['39,777', 39777, 6.7, 'per_capita_disposable_income_urban'],
      ['16,108', 16108, 9.1, 'per_capita_disposable_income_rural'],
    ])
  })

  it('reads what was added and the total it brought as two records of one subject', () => {
    expect(pick('We added 1,027 high-tech enterprises, bringing the total to 3,141.')).toEqual([
      expect.objectContaining({
        number: '1,027',
        value: 1027,
        unit: 'enterprises',
        change: null,
      }),
      expect.objectContaining({
        number: '3,141',
        value: 3141,
        unit: 'enterprises',
        change: null,
      }),
    ])
  })

  it('reads "N more than in YEAR" as the change of the figure before', () => {
    expect(pick('Days with good air quality numbered 316, 13 more than in 2022.')).toEqual([
      expect.objectContaining({ number: '316', value: 316, unit: 'days', change: 13 }),
    ])
  })

  it('takes targets from a lead-in and from the future tense inside a review', () => {
    const got = pick(
      'GDP grew by 5.1%. The main targets for 2024 are: GDP growth of about 6 percent; over 450,000 new urban jobs.\n\nThe province will renovate 1,100 old residential communities.',
    )
    expect(got.map((r) => [r.number, r.period, r.kind])).toEqual([
      ['5.1', 2023, 'actual'],
      ['6', 2024, 'target'],
      ['450,000', 2024, 'target'],
      ['1,100', 2024, 'target'],
    ])
  })

  it('keeps a year stated with a figure and a Five-Year Plan named by a heading', () => {
    expect(
      pick(
        'The number of high-tech enterprises increased from about 33,000 in 2017 to over 69,000 in 2023.',
      ).map((r) => [r.number, r.period, r.unit]),
    ).toEqual([
      ['33,000', 2017, 'enterprises'],
      ['69,000', 2023, 'enterprises'],
    ])
    expect(
      pick(
        'A total of 4.2 million new urban jobs were created.',
        'The 14th Five-Year Plan Period',
      )[0],
    ).toMatchObject({ period: '2021-2025' })
  })

  it('leaves out denominators, conversions, list markers and dates', () => {
    expect(
      pick(
        'HANGZHOU, Jan. 23 -- Energy consumption per 10,000 yuan of GDP declined by 4%. Grain output reached 41.0 million tons（82 billion jin）. The targets are: 1) GDP growth of around 6 percent.',
      ).map((r) => r.number),
    ).toEqual(['4', '41.0', '6'])
  })

  it('reads ranks written in words and counts given before a verb', () => {
    const got = records(
      'Port container throughput reached 28.77 million TEUs, the fourth highest among the world’s ports. Five individuals were elected academicians, and two were awarded national titles.',
    )
    expect(got.map((r) => [r.number.text, r.value, r.unit])).toEqual([
      ['28.77', 28.77, 'million TEUs'],
      ['fourth', 4, 'rank'],
      ['Five', 5, 'individuals'],
      ['two', 2, 'individuals'],
    ])
  })

  it('decodes HTML entities left by a web page but quotes the text as written', () => {
    const [record] = records('R&amp;D spending reached RMB 167.6 billion, up 10.9%.')
    expect(record).toMatchObject({ indicator: 'rd_spending', value: 167.6, change: 10.9 })
    expect(record!.quote).toBe('R&amp;D spending reached RMB 167.6 billion, up 10.9%')
  })

  it('reads every figure of a run-on sentence at its position', () => {
    const unit = 'exports of goods rose by 3% and 4% respectively, bringing the total to 20, and '
    const text = `Government Work Report 2024\n\nReview of Work in 2023\n\n${unit.repeat(400)}end.\n`
    const { tree, file } = parseText(text)
    const { indicators } = extractIndicators(tree, file)
    expect(indicators.length).toBeGreaterThanOrEqual(800)
    for (const r of indicators.slice(0, 50))
      expect(text.slice(r.number.position.start.offset, r.number.position.end.offset)).toBe(
        r.number.text,
      )
  })
  it('takes the year and kind of a figure from its table column', () => {
    const got = pick(
      [
        '| Indicator | 2023 result | 2024 target |',
        '|---|---|---|',
        '| GRP growth | 4.5% | around 5.5% |',
      ].join('\n\n'),
      'Main Targets for 2024',
    )
    expect(got).toEqual([
      expect.objectContaining({ number: '4.5', change: 4.5, period: 2023, kind: 'actual' }),
      expect.objectContaining({ number: '5.5', change: 5.5, period: 2024, kind: 'target' }),
    ])
  })

  it('distributes figures only in the clause that says "respectively"', () => {
    const got = records(
      'The service sector accounted for 63.5 percent of GDP, up 2.3 percentage points, and the value added of the primary, secondary and tertiary industries grew by 0.2 percent, 3.2 percent and 5.9 percent respectively.',
    )
    expect(got.map((r) => [r.number.text, r.value, r.change, r.flags])).toEqual([
      ['63.5', 63.5, 2.3, []],
      ['0.2', null, 0.2, ['respectively']],
      ['3.2', null, 3.2, ['respectively']],
      ['5.9', null, 5.9, ['respectively']],
    ])
  })

  it('reads a figure the text names a target as a target', () => {
    expect(
      pick(
        'A total of 378,000 new urban jobs were created, beating the annual target of 350,000 new jobs. The 8.5 percent target for rural income growth was met.',
      ),
    ).toEqual([
      expect.objectContaining({ number: '378,000', kind: 'actual', period: 2023 }),
      expect.objectContaining({ number: '350,000', kind: 'target', period: 2023 }),
      expect.objectContaining({ number: '8.5', value: null, change: 8.5, kind: 'target' }),
    ])
  })

  it('leaves out the numbers of names listed together, ages and page-foot notes', () => {
    const got = records(
      [
        'It will speed up construction of Metro Lines 4, 7, 10 and 11. "The air is cleaner," said retiree Li Shufen, 67, who lives in Hexi district. We added 85 "little giant" enterprises2 and built the “51020”3 clusters.',
        '__________________\n2 Small and medium-sized enterprises with revenue of 20 million yuan or more.',
      ].join('\n\n'),
    )
    expect(got.map((r) => r.number.text)).toEqual(['85'])
  })

  it('takes the period from a year the sentence or clause opens on', () => {
    expect(
      pick(
        'By the end of 2022, the total length of expressways in service had reached 4,348 kilometers.',
        'Review of the Past Five Years',
      ),
    ).toEqual([expect.objectContaining({ number: '4,348', period: 2022 })])
  })
  it('reads signed changes in brackets and leaves out phones, hotlines, ages and exchange rates', () => {
    const got = records(
      [
        'GRP: 4.86 trillion yuan (+3.8%)',
        'Retail sales of consumer goods: 2.08 trillion yuan (-2.4%)',
        'Fixed asset investment: +9.9%',
        'Free health checks for people aged 65 and above; the 12345 government service hotline; call +86 28 6158 3021. At 1 US dollar = 6.97 yuan.',
      ].join('\n\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.change])).toEqual([
      ['4.86', 4.86, 3.8],
      ['2.08', 2.08, -2.4],
      ['9.9', null, 9.9],
    ])
  })

  it('reads a table with a column per year and a plan, and parts numbered in Arabic', () => {
    const { tree, file } = parseText(
      [
        "Sichuan's 2021 Government Work Report",
        '1. HOW 2020 WENT',
        'GRP reached 4.86 trillion yuan.',
        '2. MAIN TARGETS',
        '| Indicator | 2021 target | 2025 target (14th FYP) |',
        '|---|---|---|',
        '| GRP growth | above 7% | around 6% a year on average |',
        '| Forest coverage | 40.2% | 41% |',
      ].join('\n\n'),
    )
    const got = extractIndicators(tree, file).indicators
    expect(got.map((r) => [r.number.text, r.value, r.change, r.period, r.kind])).toEqual([
      ['4.86', 4.86, null, 2020, 'actual'],
      ['7', null, 7, 2021, 'target'],
      ['6', null, 6, '2021-2025', 'target'],
      ['40.2', 40.2, null, 2021, 'target'],
      ['41', 41, null, 2025, 'target'],
    ])
  })
  it('reads a research note: percentages named in a table title, abbreviated scales, inflation', () => {
    const got = records(
      [
        'TABLE 1: HEADLINE TARGETS VS OUTCOMES (% y/y unless stated)',
        'Indicator                        2023 target   2023 actual',
        'Real GRP growth                      6.5           5.5',
        'CPI                                  3.0           2.7',
        'Grain output (mn tonnes)             above 35      37.4',
        'CPI inflation came in at 0.3% last year.',
      ].join('\n\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit, r.kind]),
    ).toEqual([
      ['6.5', null, null, 6.5, '%', 'target'],
      ['5.5', null, null, 5.5, '%', 'actual'],
      ['3.0', null, null, 3, '%', 'target'],
      ['2.7', null, null, 2.7, '%', 'actual'],
      ['35', 35, 'million tonnes', null, null, 'target'],
      ['37.4', 37.4, 'million tonnes', null, null, 'actual'],
      ['0.3', null, null, 0.3, '%', 'actual'],
    ])
  })
  it('reads units from a row label after a comma, counts after "more", and leaves out the whole', () => {
    const got = records(
      [
        'Indicator                          | 2023 target  | 2023 actual',
        '-----------------------------------+--------------+------------',
        'GRP growth, %                      | around 6.5   | 6.9',
        'Grain output, million tons         | above 11.6   | 12.31',
        "We built 15,000 more 5G base stations. Expressways now reach 84 of the province's 86 counties.",
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit, r.kind]),
    ).toEqual([
      ['6.5', null, null, 6.5, '%', 'target'],
      ['6.9', null, null, 6.9, '%', 'actual'],
      ['11.6', 11.6, 'million tons', null, null, 'target'],
      ['12.31', 12.31, 'million tons', null, null, 'actual'],
      ['15,000', 15000, 'base stations', null, null, 'actual'],
      ['84', 84, 'counties', null, null, 'actual'],
    ])
  })

  it('ends the figures given "respectively" at the word, and stops a subject at the next figure', () => {
    const got = records(
      'The province received 820 million tourists and earned tourism revenue of 980.6 billion yuan, up 23.5% and 27.1% respectively, and we added two national 5A-level tourist attractions.',
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.value, r.change, r.flags])).toEqual([
      ['820', 'tourists', 820, 23.5, ['respectively']],
      ['980.6', 'tourism_revenue', 980.6, 27.1, ['respectively']],
      ['two', null, 2, null, []],
    ])
  })

  it('takes the year after "achieved in" and the last year of a plan for a level to be reached', () => {
    const review = records('Revenue is budgeted to rise 5%, slower than the 5.6% achieved in 2023.')
    expect(review.map((r) => [r.number.text, r.change, r.kind, r.period])).toEqual([
      ['5', 5, 'target', 2024],
      ['5.6', 5.6, 'actual', 2023],
    ])
    const plan = records(
      'Spending on R&D will rise to 2.5 percent of GRP.',
      'Main Targets for the 14th Five-Year Plan Period',
    )
    expect(plan.map((r) => [r.number.text, r.value, r.kind, r.period])).toEqual([
      ['2.5', 2.5, 'target', 2025],
    ])
  })

  it('reads a change in points said "higher than", a growth compared with a national rate, shares "taken up"', () => {
    const got = records(
      [
        "The tertiary sector's share of GDP rose to 73.4%, 0.3 percentage points higher than in 2022.",
        'GDP grew 4.6%, slightly below the national rate of 5.2%.',
        'Spending on wellbeing took up nearly 70% of budget expenditure.',
        'Output growth remained the weakest among the big four cities.',
      ].join('\n\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.change, r.changeUnit])).toEqual([
      ['73.4', 73.4, 0.3, 'percentage points'],
      ['4.6', null, 4.6, '%'],
      ['5.2', null, 5.2, '%'],
      ['70', 70, null, null],
    ])
  })

  it('reads a five-year paragraph: averages, "which stood at", the years after a level "from … in"', () => {
    const got = records(
      [
        'Over the past five years, economic growth averaged 6.6 percent a year, and the size of the economy expanded by 65.5 billion yuan.',
        'The per capita disposable income of rural residents, which stood at 10,330 yuan in 2017, grew at an average annual rate of 12.0 percent, while that of urban residents grew by an annual average of 9.7 percent.',
        'The number of market entities grew from 235,000 in 2017 to 431,000 in 2022, an average annual increase of 12.9 percent.',
        'The infant mortality rate dropped to 7.38 per thousand, and more than 100,000 people living in areas above 4,800 meters were relocated.',
      ].join(' '),
      'Review of Our Work in 2023 and Over the Past Five Years',
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.period]),
    ).toEqual([
      ['6.6', 'grp', null, null, 6.6, '2019-2023'],
      ['65.5', 'grp', null, null, 65.5, '2019-2023'],
      ['10,330', 'per_capita_disposable_income_rural', 10330, 'yuan', null, 2017],
      ['12.0', 'per_capita_disposable_income_rural', null, null, 12, '2019-2023'],
      ['9.7', 'per_capita_disposable_income_urban', null, null, 9.7, '2019-2023'],
      ['235,000', null, 235000, 'market entities', null, 2017],
      ['431,000', null, 431000, 'market entities', null, 2022],
      ['12.9', null, null, null, 12.9, '2018-2022'],
      ['7.38', null, 7.38, 'per thousand', null, 2023],
      ['100,000', null, 100000, 'people', null, '2019-2023'],
    ])
  })

  it('reads the figure of a news headline, not the number of a section heading', () => {
    const { tree, file } = parseText(
      [
        'Guangxi aims for around 6.5% growth in 2022',
        '',
        'By Huang Lan in Nanning | Updated: 2022-01-12 09:41',
        '',
        '1.1 Demand and revenue',
        '',
        'Retail sales rose 7.5% in 2021.',
      ].join('\n'),
    )
    const got = extractIndicators(tree, file).indicators
    expect(
      got.map((r) => [r.number.text, r.indicator, r.change, r.qualifier, r.kind, r.period]),
    ).toEqual([
      ['6.5', 'grp', 6.5, 'around', 'target', 2022],
      ['7.5', 'retail_sales', 7.5, null, 'actual', 2021],
    ])
  })

  it('reads a fact sheet: labels before figures, page numbers of contents, phone numbers', () => {
    const got = records(
      [
        'KEY FIGURES 2023 ........................ 2',
        'MAIN TARGETS 2024 ....................... 4',
        '',
        '• Passenger throughput of airports: nearly 65 million',
        '• Per capita disposable income: urban residents +8.5%, rural residents +9.5%',
        '• CPI: around 3%',
        '',
        'Enquiries: Regional Economy Desk, tel. 0871-6300 0000',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.changeUnit]),
    ).toEqual([
      ['65', null, 65, 'million', null, null],
      ['8.5', 'per_capita_disposable_income_urban', null, null, 8.5, '%'],
      ['9.5', 'per_capita_disposable_income_rural', null, null, 9.5, '%'],
      ['3', 'cpi', null, null, 3, '%'],
    ])
  })

  it('leaves out list names, levels, rooms, age bounds, the whole a rank is of, notes after brackets', () => {
    const got = records(
      [
        'A total of 120 Fortune Global 500 companies have invested in the province.',
        'Free screening covered 1.1 million rural women aged 35 to 64.',
        'We added 12,000 childcare places for children under 3.',
        'The province ranked 30th of 31 provincial-level regions.',
        "The province's gross regional product (GRP)1 reached 6.46 trillion yuan.",
        'We ensured stability on six fronts and security in six areas1.',
        'The province activated a Level 1 emergency response. Contact: Room 1806.',
      ].join(' '),
    )
    expect(got.map((r) => [r.number.text, r.unit])).toEqual([
      ['120', 'companies'],
      ['1.1', 'million women'],
      ['12,000', 'places'],
      ['30th', 'rank'],
      ['6.46', 'trillion yuan'],
    ])
  })

  it('tells totals from bounds on each, levels risen past from rises, milestones and ranks', () => {
    const got = records(
      [
        'Investment in projects each worth over 100 million yuan grew by 9.6%.',
        'We built 16 makeshift hospitals with more than 13,000 beds, and enterprises with annual revenue of over 20 million yuan grew 5%.',
        'Average life expectancy will rise above 84 years by 2025.',
        'Expressways reached 8,784 kilometres, the 4th longest network in the country.',
        'The province crossed the 1-trillion-yuan mark in GRP. It joined the "5-trillion-yuan club".',
      ].join(' '),
    )
    expect(
      got.map((r) => [r.number.text, r.value, r.unit, r.change, r.qualifier, r.indicator]),
    ).toEqual([
      ['9.6', null, null, 9.6, null, null],
      ['16', 16, 'hospitals', null, null, null],
      ['13,000', 13000, 'beds', null, 'more than', null],
      ['5', null, null, 5, null, null],
      ['84', 84, 'years', null, 'above', null],
      ['8,784', 8784, 'kilometres', null, null, null],
      ['4th', 4, 'rank', null, null, null],
      ['1', 1, 'trillion yuan', null, 'over', 'grp'],
    ])
  })

  it('reads a newsletter: a paragraph that opens on the plan year, goals after a colon, estimates', () => {
    const got = records(
      [
        "General public budget revenue grew 10.2% y/y to 169.8 billion yuan. Urban income rose 8.3% to 54,897 yuan, while rural residents' income grew faster, by 9.6 percent, to 29,126 yuan. We built or expanded 315 schools. The metro network reached 558 kilometers in cumulative terms.",
        '',
        'This year the city aims to lift fixed asset investment by around 9 percent. It has lined up 1,000 major projects with planned annual investment of 350 billion yuan.',
        '',
        'For 2024, the report targets retail sales growth of about 9 percent and growth in imports and exports of 7%.',
        '',
        'The 2024 goals: keep the share of days with good air quality at no less than 80 percent.',
        '',
        'We expect retail sales growth of 6%-7% in 2024 (our estimate).',
      ].join('\n'),
      'Review of Work in 2023 and the Past Five Years',
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.change, r.kind, r.period]),
    ).toEqual([
      ['169.8', 'general_public_budget_revenue', 169.8, 10.2, 'actual', 2023],
      ['54,897', 'per_capita_disposable_income_urban', 54897, 8.3, 'actual', 2023],
      ['29,126', 'per_capita_disposable_income_rural', 29126, 9.6, 'actual', 2023],
      ['315', null, 315, null, 'actual', 2023],
      ['558', null, 558, null, 'actual', 2023],
      ['9', 'fixed_asset_investment', null, 9, 'target', 2024],
      ['1,000', null, 1000, null, 'target', 2024],
      ['350', null, 350, null, 'target', 2024],
      ['9', 'retail_sales', null, 9, 'target', 2024],
      ['7', 'imports_exports', null, 7, 'target', 2024],
      ['80', 'air_quality_good_days', 80, null, 'target', 2024],
      ['6', 'retail_sales', null, 6, 'target', 2024],
      ['7', 'retail_sales', null, 7, 'target', 2024],
    ])
  })

  it('reads units shared along a range, changes named far from their level, plans named in quotes', () => {
    const got = records(
      [
        'We will strive for duty-free sales of between 50 billion and 60 billion yuan.',
        'Allowances were raised to 720 yuan and 630 yuan per month respectively.',
        'The plan calls for growth in imports and exports, 8%-10%.',
        'The reserve requirement ratio was lowered by a total of 0.5 percentage points.',
        'Total energy output reached 4.83 billion tons of standard coal equivalent.',
        'A total of 3.9 trillion yuan in special-purpose bonds was issued, 100 billion yuan more than last year.',
        'More than 520,000 professionals came under the "Plan to Attract One Million Talents (2018-2025)".',
        'Goods with value added of 30 percent or more entered duty-free.',
      ].join(' '),
    )
    expect(
      got.map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit, r.kind, r.period]),
    ).toEqual([
      ['50', 50, 'billion yuan', null, null, 'target', 2024],
      ['60', 60, 'billion yuan', null, null, 'target', 2024],
      ['720', 720, 'yuan per month', null, null, 'actual', 2023],
      ['630', 630, 'yuan per month', null, null, 'actual', 2023],
      ['8', null, null, 8, '%', 'actual', 2023],
      ['10', null, null, 10, '%', 'actual', 2023],
      ['0.5', null, null, -0.5, 'percentage points', 'actual', 2023],
      ['4.83', 4.83, 'billion tons of standard coal equivalent', null, null, 'actual', 2023],
      ['3.9', 3.9, 'trillion yuan', 100, 'billion yuan', 'actual', 2023],
      ['520,000', 520000, 'professionals', null, null, 'actual', 2023],
    ])
  })

  it('reads a slide deck: slide titles as parts, glued currencies and scales, signs and arrows', () => {
    const { tree, file } = parseText(
      [
        'DEMO PROVINCE | 2024 GOVERNMENT WORK REPORT',
        '',
        'Slide 3 | 2023 scorecard',
        '',
        '• GDP +5.2% y/y to RMB8.59trn (c.US$1.27trn)',
        '• FAI +7.5%; Imports & exports RMB4.0trn, +19.1%',
        '• Services share of GDP 50.3% in 2023, +0.3ppt; days with good air quality 68.0%, ↓2.2ppt',
        '• CPI 1.7% (2022: 2.3%)',
        '• New urban jobs 1.48mn; steel capacity cut by a further 0.8mn t',
        '',
        'Source: Demo Statistics Bureau, 2024',
        '',
        'Slide 9 | Our view',
        '',
        '• Retail sales RMB3.18trn',
      ].join('\n'),
    )
    const got = extractIndicators(tree, file).indicators
    expect(
      got.map((r) => [
        r.number.text,
        r.indicator,
        r.value,
        r.unit,
        r.change,
        r.changeUnit,
        r.period,
      ]),
    ).toEqual([
      ['8.59', 'grp', 8.59, 'trillion yuan', 5.2, '%', 2023],
      ['7.5', 'fixed_asset_investment', null, null, 7.5, '%', 2023],
      ['4.0', 'imports_exports', 4, 'trillion yuan', 19.1, '%', 2023],
      ['50.3', null, 50.3, '%', 0.3, 'percentage points', 2023],
      ['68.0', 'air_quality_good_days', 68, '%', -2.2, 'percentage points', 2023],
      ['1.7', 'cpi', null, null, 1.7, '%', 2023],
      ['2.3', 'cpi', null, null, 2.3, '%', 2022],
      ['1.48', 'urban_jobs', 1.48, 'million jobs', null, null, 2023],
      ['0.8', null, null, null, -0.8, 'million tons', 2023],
      ['3.18', 'retail_sales', 3.18, 'trillion yuan', null, null, 2023],
    ])
  })

  it('reads a phone article: keycap numbers, figures before what they measure, task lines', () => {
    const { tree, file } = parseText(
      [
        "Demo's 2025 Government Work Report: 30 numbers you need to know",
        '',
        'How did Demo do in 2024?',
        '',
        "What's on the list for 2025?",
        '',
        '1⃣ 5.3% — GDP growth in 2024',
        '',
        'Target for this year: around 3% 🎯',
        '',
        'Fixed asset investment slipped 1.5% in 2024.',
        '',
        'Line up 600 provincial key projects.',
      ].join('\n'),
    )
    const got = extractIndicators(tree, file).indicators
    expect(got.map((r) => [r.number.text, r.value, r.change, r.kind, r.period])).toEqual([
      ['5.3', null, 5.3, 'actual', 2024],
      ['3', 3, null, 'target', 2025],
      ['1.5', null, -1.5, 'actual', 2024],
      ['600', 600, null, 'target', 2025],
    ])
  })

  it('reads a box of key numbers: figures before a dash label, ranges of targets, ranks with "No."', () => {
    const got = records(
      [
        'For 2024, the region has set a growth target of 6.5 to 7 percent.',
        '',
        'Forest coverage reached 62.37 percent, ranking No. 3 in the country.',
        '',
        'KEY NUMBERS',
        '6.5%-7% -- growth target for 2024',
        '1.16 million -- people lifted out of poverty in 2023',
        'about 1 million -- people to be lifted out of poverty in 2024',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.kind, r.period]),
    ).toEqual([
      ['6.5', 'grp', null, null, 6.5, 'target', 2024],
      ['7', 'grp', null, null, 7, 'target', 2024],
      ['62.37', null, 62.37, '%', null, 'actual', 2023],
      ['3', null, 3, 'rank', null, 'actual', 2023],
      ['6.5', 'grp', null, null, 6.5, 'target', 2024],
      ['7', 'grp', null, null, 7, 'target', 2024],
      ['1.16', null, 1.16, 'million people', null, 'actual', 2023],
      ['1', null, 1, 'million people', null, 'target', 2024],
    ])
  })

  it('reads ranges of growth, the year a plan sentence names for all its clauses, shares "of" a total', () => {
    const got = records(
      [
        "Of general public budget expenditure, 76.8 percent went to improving people's wellbeing.",
        '',
        'The number of high-tech enterprises rose 24% to 1,674.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit])).toEqual([
      ['76.8', 76.8, '%', null, null],
      ['1,674', 1674, 'enterprises', 24, '%'],
    ])
    const plan = records(
      'The main targets are GDP growth of 7 to 7.5 percent. Under the 14th Five-Year Plan, by 2025 GDP will exceed 6 trillion yuan and the urbanization rate will reach 70 percent.',
      'Main Targets for 2024',
    )
    expect(plan.map((r) => [r.number.text, r.value, r.change, r.period])).toEqual([
      ['7', null, 7, 2024],
      ['7.5', null, 7.5, 2024],
      ['6', 6, null, 2025],
      ['70', 70, null, 2025],
    ])
  })

  it('reads a mail: headers as furniture, results vs targets, a table with a Unit column', () => {
    const { tree, file } = parseText(
      [
        'From: Chen Yu <chen.yu@example.com>',
        'Sent: Thursday, March 6, 2025 7:52 AM',
        'Subject: Demo GWR 2025 – quick read',
        '',
        '==============================',
        '1) 2024 OUTTURN vs 2024 TARGETS',
        '==============================',
        '',
        '- New urban jobs 286,000 vs target of at least 260,000.',
        '',
        'Indicator\tUnit\t2024 actual\t2025 target',
        'GDP\t100 million yuan\t36801.9\t—',
        'GDP growth\t%\t5.8\taround 5.5',
      ].join('\n'),
    )
    expect(file.data.furniture!.map((f) => f.kind)).toContain('byline')
    const got = extractIndicators(tree, file).indicators
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.kind, r.period]),
    ).toEqual([
      ['286,000', 'urban_jobs', 286000, 'jobs', null, 'actual', 2024],
      ['260,000', 'urban_jobs', 260000, 'jobs', null, 'target', 2024],
      ['36801.9', 'grp', 36801.9, '100 million yuan', null, 'actual', 2024],
      ['5.8', 'grp', null, null, 5.8, 'actual', 2024],
      ['5.5', 'grp', null, null, 5.5, 'target', 2025],
    ])
    expect(got[2]!.base).toEqual({ value: 3680190000000, unit: 'yuan' })
    // The number of the Unit column is no figure, and is reported, not lost.
    expect(
      file.messages
        .filter((m) => m.ruleId === 'unclassified-number' && m.line === 12)
        .map((m) => m.reason),
    ).toEqual(['Number `100` is not a figure (name)'])
  })

  it('reads two-year averages, restatements with "or", forecasts and the ends of a target range', () => {
    const got = records(
      [
        'Industrial value added rose by 14.8%, with a two-year average growth of 5.2%. Retail sales hit 2.16 trillion yuan, an increase of 19.9%, or 2.7% on a two-year average basis.',
        '',
        'The 2024 growth target is set at 6.5%-7%. We forecast exports to shrink by 1.0% in 2024, after a rise of roughly 5% last year.',
        '',
        'Best viewed at 1280×1024 resolution. Website ID: 4200000043',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.change, r.kind, r.period])).toEqual([
      ['14.8', null, 14.8, 'actual', 2023],
      ['5.2', null, 5.2, 'actual', '2022-2023'],
      ['2.16', 2.16, 19.9, 'actual', 2023],
      ['2.7', null, 2.7, 'actual', '2022-2023'],
      ['6.5', null, 6.5, 'target', 2024],
      ['7', null, 7, 'target', 2024],
      ['1.0', null, -1, 'target', 2024],
      ['5', null, 5, 'actual', 2023],
    ])
  })

  it('reads growth named around the figure: verbs around the subject, a rate of growth, "N% GDP growth"', () => {
    const got = records(
      [
        'Guangdong targets around 5% GDP growth.',
        'Xiamen sets "around 8 per cent" growth goal.',
        'We will keep average annual GRP growth at around 7%.',
        'GRP will grow at an average annual rate of around 6 percent.',
        'The 2024 GRP growth target is unchanged at around 5.5%.',
        'The share of GDP will rise to 3%.',
        'Fixed asset investment is again set to grow 8%.',
        'The fiscal revenue target of 6% looks tight.',
        'Consumer price increases will be held at around 3 percent.',
        'The 2024 work report keeps the growth goal at ~5%, the city says',
      ].join('\n\n'),
    )
    expect(
      got.map((r) => [
        r.number.text,
        r.indicator,
        r.value,
        r.change,
        r.changeUnit,
        r.kind,
        r.period,
      ]),
    ).toEqual([
      ['5', 'grp', null, 5, '%', 'target', 2024],
      ['8', 'grp', null, 8, '%', 'target', 2024],
      ['7', 'grp', null, 7, '%', 'target', 2024],
      ['6', 'grp', null, 6, '%', 'target', 2024],
      ['5.5', 'grp', null, 5.5, '%', 'target', 2024],
      ['3', null, 3, null, null, 'target', 2024],
      ['8', 'fixed_asset_investment', null, 8, '%', 'target', 2024],
      ['6', null, null, 6, '%', 'target', 2024],
      ['3', 'cpi', null, 3, '%', 'target', 2024],
      ['5', 'grp', null, 5, '%', 'target', 2024],
    ])
  })

  it('reads targets in percent as the growth they set, subjects through their verbs, years naming a subject', () => {
    const got = records(
      [
        'General public budget revenue rose 3.0% y/y vs the 5% target. Consumer prices rose 2.3 percent, well within our control target of around 3 percent. The surveyed urban unemployment rate target of 5.5% was met.',
        '',
        'The 2024 GDP growth target stays at around 5%. 457,000 new urban jobs were created, beating the annual target of 430,000 new urban jobs.',
        '',
        'Note that 2022 GRP growth of 4.5% fell short of the year’s target. The 2024 growth target is set at 6.5%-7%, down from 8% a year ago.',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.change, r.kind, r.period]),
    ).toEqual([
      ['3.0', 'general_public_budget_revenue', null, 3, 'actual', 2023],
      ['5', 'general_public_budget_revenue', null, 5, 'target', 2023],
      ['2.3', 'cpi', null, 2.3, 'actual', 2023],
      ['3', null, null, 3, 'target', 2023],
      ['5.5', 'urban_unemployment_rate', 5.5, null, 'target', 2023],
      ['5', 'grp', null, 5, 'target', 2024],
      ['457,000', 'urban_jobs', 457000, null, 'actual', 2023],
      ['430,000', 'urban_jobs', 430000, null, 'target', 2023],
      ['4.5', 'grp', null, 4.5, 'actual', 2022],
      ['6.5', 'grp', null, 6.5, 'target', 2024],
      ['7', 'grp', null, 7, 'target', 2024],
      ['8', 'grp', null, 8, 'actual', 2023],
    ])
  })

  it('reads a client note: "% y/y" rows, forecast columns, bounds as signs, basis points, "pct pts"', () => {
    const got = records(
      [
        'Table 1: Demo - key indicators',
        'Indicator\t2023 actual\t2024 target',
        'Real GRP growth (% y/y)\t-1.9\t~6.0',
        'Nominal GRP (RMB bn)\t1,307.0\tn.a.',
        'Surveyed urban unemployment rate (%)\t5.8\t<=5.5',
        'New urban jobs (persons)\t252,000\t>240,000',
        '',
        'Table 2: Our forecasts',
        'Indicator\t2023\t2024F',
        'Retail sales (% y/y)\t-9.7\t9.0',
        '',
        'The surveyed urban unemployment rate averaged 5.8%, up 70 bp y/y. Urbanization rate 57.8%, +1.1 pct pts. Manufacturing value added slipped 0.9 ppt to 24.6% of GRP. Q4 GRP grew 1.4% y/y.',
        '',
        'In 2023, GRP reached 1,802.4 billion yuan1 (about US$251 billion). The main targets for 2024 are as follows: an increase of 6 per cent in general public budget revenue; 7 per cent in fixed asset investment.',
      ].join('\n'),
    )
    expect(
      got.map((r) => [
        r.number.text,
        r.indicator,
        r.value,
        r.unit,
        r.change,
        r.changeUnit,
        r.qualifier,
        r.kind,
        r.period,
      ]),
    ).toEqual([
      ['1.9', 'grp', null, null, -1.9, '%', null, 'actual', 2023],
      ['6.0', 'grp', null, null, 6, '%', 'around', 'target', 2024],
      ['1,307.0', 'grp', 1307, 'billion yuan', null, null, null, 'actual', 2023],
      ['5.8', 'urban_unemployment_rate', 5.8, '%', null, null, null, 'actual', 2023],
      ['5.5', 'urban_unemployment_rate', 5.5, '%', null, null, 'within', 'target', 2024],
      ['252,000', 'urban_jobs', 252000, 'persons', null, null, null, 'actual', 2023],
      ['240,000', 'urban_jobs', 240000, 'persons', null, null, 'more than', 'target', 2024],
      ['9.7', 'retail_sales', null, null, -9.7, '%', null, 'actual', 2023],
      ['9.0', 'retail_sales', null, null, 9, '%', null, 'target', 2024],
      ['5.8', 'urban_unemployment_rate', 5.8, '%', 70, 'basis points', null, 'actual', 2023],
      ['57.8', null, 57.8, '%', 1.1, 'percentage points', null, 'actual', 2023],
      [
        '24.6',
        'manufacturing_value_added_share',
        24.6,
        '%',
        -0.9,
        'percentage points',
        null,
        'actual',
        2023,
      ],
      ['1.4', 'grp', null, null, 1.4, '%', null, 'actual', 2023],
      ['1,802.4', 'grp', 1802.4, 'billion yuan', null, null, null, 'actual', 2023],
      ['6', 'general_public_budget_revenue', null, null, 6, '%', null, 'target', 2024],
      ['7', 'fixed_asset_investment', null, null, 7, '%', null, 'target', 2024],
    ])
  })

  it('reads labels with a year in brackets, flattened label lines, plans a report "wants", and leaves out read times', () => {
    const got = records(
      [
        'GDP (2023)    1.2 trillion yuan',
        'Growth target (2024)    around 5%',
        '',
        'HEFEI, January 2024  |  14 min read',
        '',
        'GRP reached 1.2 trillion yuan[4] (about US$0.17 trillion) in 2023.',
        '',
        'Table 1   Main Targets for 2024',
        'Growth of gross regional product',
        'Above 5%',
        'Reduction in energy consumption per unit of GRP',
        'Around 2.5%',
        '',
        'The province wants at least 650,000 new urban jobs. Among the tasks, the report promises to build 300 kilometres of new expressway.',
      ].join('\n'),
    )
    expect(
      got.map((r) => [
        r.number.text,
        r.indicator,
        r.value,
        r.change,
        r.qualifier,
        r.kind,
        r.period,
      ]),
    ).toEqual([
      ['1.2', 'grp', 1.2, null, null, 'actual', 2023],
      ['5', 'grp', null, 5, 'around', 'target', 2024],
      ['1.2', 'grp', 1.2, null, null, 'actual', 2023],
      ['5', 'grp', null, 5, 'above', 'actual', 2023],
      ['2.5', null, null, -2.5, 'around', 'actual', 2023],
      ['650,000', 'urban_jobs', 650000, null, 'at least', 'target', 2024],
      ['300', null, 300, null, null, 'target', 2024],
    ])
  })

  it('reads a dashboard: arrows a space before the figure, a change column beside a Unit column, cells two spaces apart', () => {
    const got = records(
      [
        '  Metric                                  Change      Signal',
        '  GDP growth                              ▲ 6.8%      (green)',
        '  Urban unemployment                      ▼ 0.3 pp    (green)',
        '',
        '  Indicator                                           2023   Unit                  YoY change',
        '  --------------------------------------------  ----------   --------------------  ----------',
        '  Gross regional product (GRP)                     1,912.6   billion yuan               +6.8%',
        '  Surveyed urban unemployment rate                     4.6   %                        -0.3 pp',
        '',
        '  Indicator                                   Target 2024                 Outturn 2023',
        '  ------------------------------------------  --------------------------  ----------------',
        '  Local general public budget revenue growth  around 6%                   15.1%',
        '',
        'Yunnan GDP +4.3%',
      ].join('\n'),
    )
    expect(
      got.map((r) => [
        r.number.text,
        r.indicator,
        r.value,
        r.unit,
        r.change,
        r.changeUnit,
        r.kind,
        r.period,
      ]),
    ).toEqual([
      ['6.8', 'grp', null, null, 6.8, '%', 'actual', 2023],
      ['0.3', 'urban_unemployment_rate', null, null, -0.3, 'percentage points', 'actual', 2023],
      ['1,912.6', 'grp', 1912.6, 'billion yuan', 6.8, '%', 'actual', 2023],
      ['4.6', 'urban_unemployment_rate', 4.6, '%', -0.3, 'percentage points', 'actual', 2023],
      ['6', 'local_general_public_budget_revenue', null, null, 6, '%', 'target', 2024],
      ['15.1', 'local_general_public_budget_revenue', null, null, 15.1, '%', 'actual', 2023],
      ['4.3', 'grp', null, null, 4.3, '%', 'actual', 2023],
    ])
  })

  it('reads a plus after a figure as "more than", glued hectares, and keeps "1+N" a name', () => {
    const got = records(
      [
        'Tech-based SMEs: 21,000+ registered. China-Europe Railway Express: 5,500+ trains.',
        '',
        'Digital economy value added: RMB1.3tn+.',
        '',
        '270,000ha of high-standard farmland built.',
        '',
        'We implemented the "1+N" policy framework.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.unit, r.qualifier, r.subject])).toEqual([
      ['21,000', 21000, 'SMEs', 'more than', 'Tech-based SMEs'],
      ['5,500', 5500, 'trains', 'more than', 'trains'],
      ['1.3', 1.3, 'trillion yuan', 'more than', 'Digital economy value added'],
      ['270,000', 270000, 'hectares', null, 'high-standard farmland built'],
    ])
  })

  it('reads the lines of a box titled with targets as targets of the year it names', () => {
    const got = records(
      [
        'GRP grew 3.9% in 2023.',
        '',
        '+------------------------------------------------------+',
        '| KEY NUMBERS: 2024 TARGETS                            |',
        '|------------------------------------------------------|',
        '| GRP growth: above 6%                                 |',
        '| New urban jobs: more than 600,000                    |',
        '+------------------------------------------------------+',
        '',
        'Grain output reached 10.8 million tons.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.kind, r.period])).toEqual([
      ['3.9', 'grp', 'actual', 2023],
      ['6', 'grp', 'target', 2024],
      ['600,000', 'urban_jobs', 'target', 2024],
      ['10.8', 'grain_output', 'actual', 2023],
    ])
  })

  it('reads Chinese units written in figures, and leaves out keyword numbers and reading times', () => {
    const got = records(
      [
        'Published 2024-01-27 10:30 | Reading time: 6 min',
        '',
        'Keyword 1: Steady growth',
        '',
        'GRP reached 5,314.95 100 million yuan, an increase of 6.6%. The grain sown area was kept at 1,036 10,000 mu.',
        '',
        'The report also expects general public budget revenue to grow by 5%.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.unit, r.base, r.change, r.kind])).toEqual([
      [
        '5,314.95',
        5314.95,
        '100 million yuan',
        { value: 531495000000, unit: 'yuan' },
        6.6,
        'actual',
      ],
      ['1,036', 1036, '10,000 mu', { value: 10360000, unit: 'mu' }, null, 'actual'],
      ['5', null, null, null, 5, 'target'],
    ])
  })

  it('does not take a year for a scale, an item arrow for a sign, or a year or growth from another clause', () => {
    const got = records(
      [
        'In 2023 10,000 new jobs were created in towns.',
        '',
        'Our 2035 vision guided work, and retail sales grew 6 percent.',
        '',
        'We met the urban unemployment target of 5.5%, and GDP grew 5.2%.',
        '',
        '▲ 35 new hospitals were built.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.unit, r.change, r.period])).toEqual([
      ['10,000', 10000, 'jobs', null, 2023],
      ['6', null, null, 6, 2023],
      ['5.5', 5.5, '%', null, 2023],
      ['5.2', null, null, 5.2, 2023],
      ['35', 35, 'hospitals', null, 2023],
    ])
  })

  it('reads a fact sheet whose labels are joined to their figures by dot leaders', () => {
    const got = records(
      [
        'GDP ............................................. 4.03 trillion yuan',
        'GDP growth ...................................... 8.5%',
        'General public budget revenue ................... 593.2 billion yuan, up 8.1%',
        'New urban jobs .................................. 261,000',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change])).toEqual([
      ['4.03', 'grp', 4.03, 'trillion yuan', null],
      ['8.5', 'grp', null, null, 8.5],
      ['593.2', 'general_public_budget_revenue', 593.2, 'billion yuan', 8.1],
      ['261,000', 'urban_jobs', 261000, 'jobs', null],
    ])
  })

  it('reads "A → B" rows as the result of the reviewed year and the target of the plan year', () => {
    const got = records(
      [
        'HEADLINE INDICATORS',
        '• GRP growth: 4.3% → ~5.5%',
        '• New urban jobs: 452,000 → 400,000+',
        '• GDP RMB5.41trn (2012) → RMB8.59trn (2017)',
      ].join('\n'),
      'Main Targets for 2024',
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.change, r.kind, r.period]),
    ).toEqual([
      ['4.3', 'grp', null, 4.3, 'actual', 2023],
      ['5.5', 'grp', null, 5.5, 'target', 2024],
      ['452,000', 'urban_jobs', 452000, null, 'actual', 2023],
      ['400,000', 'urban_jobs', 400000, null, 'target', 2024],
      ['5.41', 'grp', 5.41, null, 'actual', 2012],
      ['8.59', 'grp', 8.59, null, 'actual', 2017],
    ])
  })

  it('pairs levels and changes "respectively" after other figures, and after "respectively, increasing by"', () => {
    const got = records(
      [
        'More than 80 percent of spending went to wellbeing, and urban and rural per capita disposable incomes reached 45,000 yuan and 20,700 yuan, up 5.1 percent and 7.2 percent.',
        '',
        'Per capita disposable income of urban and rural residents reached 27,239 yuan and 10,505 yuan respectively, increasing by 8.3% and 10.7%.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.change, r.indicator])).toEqual([
      ['80', 80, null, null],
      ['45,000', 45000, 5.1, 'per_capita_disposable_income_urban'],
      ['20,700', 20700, 7.2, 'per_capita_disposable_income_rural'],
      ['27,239', 27239, 8.3, 'per_capita_disposable_income_urban'],
      ['10,505', 10505, 10.7, 'per_capita_disposable_income_rural'],
    ])
  })

  it('dates the levels a five-year plan keeps or lets remain at its last year', () => {
    const got = records(
      'Forest coverage will be kept above 59.6%, and the added value of the digital economy will exceed 2 trillion yuan. GRP will grow at an average annual rate of around 6%.',
      'Main Targets for the 14th Five-Year Plan Period',
    )
    expect(got.map((r) => [r.number.text, r.period])).toEqual([
      ['59.6', 2025],
      ['2', 2025],
      ['6', '2021-2025'],
    ])
  })

  it('names the measure a subject speaks of after a year, a list mark or shorthand', () => {
    const got = records(
      [
        '> - GDP: growth of around 5%',
        '',
        "In 2023 Zhejiang's GDP reached 8.26 trillion yuan. GDP avg growth 4.5% a year. Total economic output hit 3.55 trillion yuan.",
        '',
        'Setting the growth target at around 7% is bold; the growth target trimmed to ~6% is not.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator])).toEqual([
      ['5', 'grp'],
      ['8.26', 'grp'],
      ['4.5', 'grp'],
      ['3.55', 'grp'],
      ['7', 'grp'],
      ['6', 'grp'],
    ])
  })

  it('reads wire shorthand, ranges with the currency before and the scale after, and slumps', () => {
    const got = records(
      [
        'GRP: 379.91 bln yuan, +5.3 pct. Grain output: 1.14 mln tonnes.',
        '',
        'The report sets a 2024 tourism revenue goal of RMB 250-270 bn. Per capita disposable income is projected to grow by 5 to 6 percent.',
        '',
        'Investment fell, with a 21 percent slump in property investment.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.unit, r.change, r.kind, r.period])).toEqual([
      ['379.91', 379.91, 'billion yuan', 5.3, 'actual', 2023],
      ['1.14', 1.14, 'million tonnes', null, 'actual', 2023],
      ['250', 250, 'billion yuan', null, 'target', 2024],
      ['270', 270, 'billion yuan', null, 'target', 2024],
      ['5', null, null, 5, 'target', 2024],
      ['6', null, null, 6, 'target', 2024],
      ['21', null, null, -21, 'actual', 2023],
    ])
  })

  it('reads a bracketed target as the target of the figure beside it, and the word right after a percentage as its subject', () => {
    const got = records(
      [
        '- 2023 was weak: GRP +2.6% y/y (target ~6%)',
        '- New urban jobs 1.48mn (plan: 1mn)',
        '- 2024 GRP growth target ~5.5%',
        '',
        '4.2% surveyed urban unemployment rate',
        '',
        'Around 2% CPI increase',
      ].join('\n'),
      'Key takeaways',
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.change, r.kind, r.period]),
    ).toEqual([
      ['2.6', 'grp', null, 2.6, 'actual', 2023],
      ['6', 'grp', null, 6, 'target', 2023],
      ['1.48', 'urban_jobs', 1.48, null, 'actual', 2023],
      ['1', 'urban_jobs', 1, null, 'target', 2023],
      ['5.5', 'grp', null, 5.5, 'target', 2024],
      ['4.2', 'urban_unemployment_rate', 4.2, null, 'actual', 2023],
      ['2', 'cpi', null, 2, 'actual', 2023],
    ])
  })

  it('leaves out Chinese units in a label, ± names, and paragraph, page and slide references', () => {
    const got = records(
      [
        '| Indicator | 2023 actual | 2024 target |',
        '|---|---|---|',
        '| New urban jobs (10,000 people) | 35.2 | ≥30 |',
        '',
        "Power flows over the ±800 kV line. Editor's note: this version adds comments in paragraph 7; our answer is on slide 10 (see page 4).",
        '',
        'Nearly 16,000 PCT international patent applications were filed.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.unit])).toEqual([
      ['35.2', 35.2, '10,000 people'],
      ['30', 30, '10,000 people'],
      ['16,000', 16000, 'applications'],
    ])
  })

  it('reads a change after "by" and a currency, a target named with its year, and more names of measures', () => {
    const got = records(
      [
        'Raise minimum basic pension by RMB20/month. It pledges to raise the pension for rural residents by RMB 10 to RMB 150 per month.',
        '',
        'GDP grew 5.0%, in line with the 2023 target of around 5%.',
        '',
        'Good air days: 245. Air quality was good on 95.1 percent of days. Our base case puts GRP growth at 5.3%.',
      ].join('\n'),
    )
    expect(
      got.map((r) => [
        r.number.text,
        r.indicator,
        r.value,
        r.change,
        r.changeUnit,
        r.kind,
        r.period,
      ]),
    ).toEqual([
      ['20', null, null, 20, 'yuan per month', 'target', 2024],
      ['150', null, 150, 10, 'yuan per month', 'target', 2024],
      ['5.0', 'grp', null, 5, '%', 'actual', 2023],
      ['5', 'grp', null, 5, '%', 'target', 2023],
      ['245', 'air_quality_good_days', 245, null, null, 'actual', 2023],
      ['95.1', 'air_quality_good_days', 95.1, null, null, 'actual', 2023],
      ['5.3', 'grp', null, 5.3, '%', 'actual', 2023],
    ])
  })

  it('reads numbered priorities of a plan as its parts, not figures', () => {
    const got = records(
      ['2024 PRIORITY 1: A MODERN INDUSTRIAL SYSTEM', '• Upgrade 34 key industrial chains'].join(
        '\n',
      ),
      'Slide 12 | 2023 in review',
    )
    expect(got.map((r) => [r.number.text, r.kind, r.period])).toEqual([['34', 'target', 2024]])
  })

  it('reads a table of quoted comma-separated values with a Unit column', () => {
    const got = records(
      [
        '"Indicator","2024 actual","2025 target","Unit"',
        '"Gross regional product","57,800","","100 million yuan"',
        '"GRP growth","5.5","around 5.5","%"',
        '"New urban jobs","52.6","at least 50","10,000 people"',
      ].join('\n'),
      'Data appendix',
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.kind, r.period]),
    ).toEqual([
      ['57,800', 'grp', 57800, '100 million yuan', null, 'actual', 2024],
      ['5.5', 'grp', null, null, 5.5, 'actual', 2024],
      ['5.5', 'grp', null, null, 5.5, 'target', 2025],
      ['52.6', 'urban_jobs', 52.6, '10,000 people', null, 'actual', 2024],
      ['50', 'urban_jobs', 50, '10,000 people', null, 'target', 2025],
    ])
  })

  it('reads "tops" as over and leaves out the length of a document', () => {
    const got = records(
      'The economy tops 5.7 trillion yuan. The full Chinese text (42 pages) is online.',
    )
    expect(got.map((r) => [r.number.text, r.qualifier, r.indicator])).toEqual([
      ['5.7', 'over', 'grp'],
    ])
  })

  it('reads a table whose title gives the unit, a column of changes in percent and labels wrapped over two lines', () => {
    const got = records(
      [
        'Table 1. Fiscal accounts, 2022–2023 (100 million yuan)',
        '',
        '  Item                                          2022          2023     Growth (%)',
        '  Local general public budget revenue        1,994.4       2,124.0        6.5',
        '',
        'Table 2. Main targets and growth rates in %, unless stated otherwise',
        '  Indicator                                     2023 actual      2024 target',
        '  Total retail sales of consumer goods,',
        '    growth (%)                                      5.2           around 6',
        '  Surveyed urban unemployment rate                  4.3           ≤ 5.5',
      ].join('\n'),
    )
    expect(
      got.map((r) => [
        r.number.text,
        r.indicator,
        r.value,
        r.unit,
        r.change,
        r.qualifier,
        r.kind,
        r.period,
      ]),
    ).toEqual([
      [
        '1,994.4',
        'local_general_public_budget_revenue',
        1994.4,
        '100 million yuan',
        null,
        null,
        'actual',
        2022,
      ],
      [
        '2,124.0',
        'local_general_public_budget_revenue',
        2124,
        '100 million yuan',
        6.5,
        null,
        'actual',
        2023,
      ],
      ['5.2', 'retail_sales', null, null, 5.2, null, 'actual', 2023],
      ['6', 'retail_sales', null, null, 6, 'around', 'target', 2024],
      ['4.3', 'urban_unemployment_rate', 4.3, '%', null, null, 'actual', 2023],
      ['5.5', 'urban_unemployment_rate', 5.5, '%', null, 'within', 'target', 2024],
    ])
  })

  it('reads a place that grows as its economy, and the aim of a growth as a growth', () => {
    const got = records(
      'Chongqing grew 5.7% in 2023 and aims for around 6% in 2024. Revenue grew 2.4% to 249.9 billion yuan, and the city budgets for around 4% in 2024.',
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.change, r.kind, r.period]),
    ).toEqual([
      ['5.7', 'grp', null, 5.7, 'actual', 2023],
      ['6', 'grp', null, 6, 'target', 2024],
      ['249.9', null, 249.9, 2.4, 'actual', 2023],
      ['4', null, null, 4, 'target', 2024],
    ])
  })

  it('leaves out postal codes, addresses, series numbers, cited references, model statistics and math', () => {
    const got = records(
      [
        'Institute of Regional Economics, Xinjiang University, Urumqi 830046, China',
        '',
        'Address: Mainzer Landstraße 46, 60325 Frankfurt am Main, Germany',
        '',
        'WP 25-014. As argued before [12, 13] and in Sections 3 and 4, we obtain β₁ = 0.41 (s.e. 0.12).',
        '',
        'g*(t) − g*(t−1) = β₀ + β₁·[g(t−1) − g*(t−1)] + ε(t)             (1)',
        '',
        'GRP grew 6.1%.',
      ].join('\n'),
    )
    expect(got.map((r) => r.number.text)).toEqual(['6.1'])
  })

  it('reads national figures as the same measure, captions and task lists as targets', () => {
    const got = records(
      [
        'GDP growth around 5% (national: around 5%). National GDP came to 134.9 trillion yuan.',
        '',
        'CAPTION: 2024 targets: fixed asset investment +12% | retail sales +10%',
        '',
        'The report also lists concrete tasks for the year: opening 1,000 kilometers of new expressways.',
        '',
        'CPI growth is to be held at around 3 percent.',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.change, r.kind, r.period]),
    ).toEqual([
      ['5', 'grp', null, 5, 'actual', 2023],
      ['5', 'grp', null, 5, 'actual', 2023],
      ['134.9', 'grp', 134.9, null, 'actual', 2023],
      ['12', 'fixed_asset_investment', null, 12, 'target', 2024],
      ['10', 'retail_sales', null, 10, 'target', 2024],
      ['1,000', null, 1000, null, 'target', 2024],
      ['3', 'cpi', null, 3, 'target', 2024],
    ])
  })

  it('reads an amount or a price index in percent as its growth, and more cues and names of changes', () => {
    const got = records(
      [
        'Fixed asset investment 10%; retail sales of consumer goods 8%.',
        '',
        'We saved 4.1 billion yuan by cutting administrative expenses by 5%. Retail sales rose, driven by a 9.0% rebound in retail sales.',
        '',
        'Local fiscal revenue dropped 3.6%. The unemployment rate averaged 5.2%.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.value, r.change])).toEqual([
      ['10', 'fixed_asset_investment', null, 10],
      ['8', 'retail_sales', null, 8],
      ['4.1', null, 4.1, null],
      ['5', null, null, -5],
      ['9.0', 'retail_sales', null, 9],
      ['3.6', 'local_general_public_budget_revenue', null, -3.6],
      ['5.2', 'urban_unemployment_rate', 5.2, null],
    ])
  })

  it('leaves out the members of a known set, the count of themes, a conversion in Chinese units, days of a month and pages', () => {
    const got = records(
      [
        'GRP reached 6.13 trillion yuan (61,345.1 hundred million yuan), an increase of 3.1%.',
        '',
        'Three risks stand out: property, tourism and financing. Good air days averaged 91.3% across the 14 cities and prefectures.',
        '',
        '9 Mar — Work plan issued (see pp. 2-9 for the review).',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.change])).toEqual([
      ['6.13', 6.13, 3.1],
      ['91.3', 91.3, null],
    ])
  })

  it('reads a social post: figures after emoji, ranks in the world, comments below the post as results', () => {
    const got = records(
      [
        "Demo's economy just crossed 9 trillion yuan, and the province is asking for around 5.5% growth again in 2024.",
        '📈 GDP hit 9.01 trillion yuan, up 5.5%, still the 4th-largest provincial economy in China',
        '📎 Demo_GWR2024_notes.pdf • 14 pages',
        '',
        'TARGETS FOR 2024',
        '🎯 Add 20,000 childcare places',
        '',
        '87 comments • 23 reposts',
        '',
        'Mei Zhao • 1st',
        '6d',
        'Worth adding that cross-border e-commerce imports and exports hit 512.1 billion yuan last year, up 11.6%. The port handled 1.37 billion tons of cargo, 1st in the world.',
        'Like · 14    Reply · 2 replies',
        '',
        'Fair. But the 2023 growth target was also around 5.5%.',
      ].join('\n'),
      'Review of 2023',
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.qualifier, r.unit, r.kind, r.period]),
    ).toEqual([
      ['9', 'grp', 'over', 'trillion yuan', 'actual', 2023],
      ['5.5', 'grp', 'around', null, 'target', 2024],
      ['9.01', 'grp', null, 'trillion yuan', 'actual', 2023],
      ['4th', null, null, 'rank', 'actual', 2023],
      ['20,000', null, null, 'places', 'target', 2024],
      ['512.1', null, null, 'billion yuan', 'actual', 2023],
      ['1.37', null, null, 'billion tons', 'actual', 2023],
      ['1st', null, null, 'rank', 'actual', 2023],
      ['5.5', 'grp', 'around', null, 'target', 2023],
    ])
  })

  it('leaves out figures of Chinese lines beside their English, and reads the verb of a far "by"', () => {
    const got = records(
      [
        '固定资产投资增长3%—5%',
        'Fixed asset investment is to grow by 3%-5%.',
        '',
        'Raise the per capita government subsidy for medical insurance of rural and non-working urban residents by 30 yuan.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.change])).toEqual([
      ['3', null, 3],
      ['5', null, 5],
      ['30', null, 30],
    ])
  })

  it('reads a workbook exported with tabs: empty cells, units, reductions and changes named by the label, numbered notes', () => {
    const got = records(
      [
        '=== Sheet: Targets ===',
        'Indicator\tUnit\t2023 target\t2023 actual\tMet?\t2024 target',
        'GRP\t100 million yuan\t\t60,132.9\tn/a\t',
        'Energy consumption per unit of GRP, reduction\t%\tstate quota\t(pending)\t#VALUE!\taround 2.5',
        'Urbanisation rate, change\tpp\t\t+1.0\tn/a\t+1.0',
        'Minimum basic pension, increase\tyuan per month\t\t\t\t+20',
        '',
        '=== Sheet: Notes ===',
        '#\tNote',
        '7\tNew urban jobs over 2021-2023 totalled 3.15 million people (see Targets, row 12).',
        '9\tFX for USD comparisons: 7.10 CNY per USD.',
        '',
        '=== Sheet: Changelog ===',
        'v3\t2024-01-29\tCorrected retail growth (9.1 -> 9.2)',
      ].join('\n'),
      'Dashboard',
    )
    expect(
      got.map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit, r.kind, r.period]),
    ).toEqual([
      ['60,132.9', 60132.9, '100 million yuan', null, null, 'actual', 2023],
      ['2.5', null, null, -2.5, '%', 'target', 2024],
      ['1.0', null, null, 1, 'percentage points', 'actual', 2023],
      ['1.0', null, null, 1, 'percentage points', 'target', 2024],
      ['20', null, null, 20, 'yuan per month', 'target', 2024],
      ['3.15', 3.15, 'million people', null, null, 'actual', '2021-2023'],
    ])
  })

  it('reads numbered headlines in capitals with their figures, and a section of targets', () => {
    const got = records(
      [
        '1. *DEMO ECONOMY GROWS 5.4% IN 2023, WORK REPORT SAYS*',
        '',
        'GRP reached 4.75 trillion yuan last year.',
        '',
        '2. *DEMO TARGETS GROWTH OF AROUND 5% FOR 2024*',
        '',
        'The report sets growth of 4% in general public budget revenue and more than 900,000 new urban jobs.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.change, r.kind, r.period])).toEqual([
      ['5.4', null, 5.4, 'actual', 2023],
      ['4.75', 'grp', null, 'actual', 2023],
      ['5', 'grp', 5, 'target', 2024],
      ['4', 'general_public_budget_revenue', 4, 'target', 2024],
      ['900,000', 'urban_jobs', null, 'target', 2024],
    ])
  })

  it('reads a speech-to-text transcript: numbers said in words, years said in words, cue times, a spoken lead-in to targets', () => {
    const got = records(
      [
        '[00:00:48] um first let me review our work in twenty twenty three',
        '[00:01:24] gross regional product reached two hundred and seventy six point five billion yuan up six point three percent',
        '[00:02:47] sixty one thousand three hundred new jobs were created in cities and towns',
        '[00:05:41] and our viewer line is open on 0891 6 8 3 2 2 1 1',
        '[00:19:46] the main expected targets for economic and social development this year are as follows',
        '[00:20:18] more than fifty thousand new urban jobs',
        '[00:20:30] and we will receive between seventy and seventy five million tourist visits',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.unit, r.change, r.kind, r.period])).toEqual([
      ['two hundred and seventy six point five', 276.5, 'billion yuan', 6.3, 'actual', 2023],
      ['sixty one thousand three hundred', 61300, 'jobs', null, 'actual', 2023],
      ['fifty thousand', 50000, 'jobs', null, 'target', 2024],
      ['seventy', 70, 'million tourist visits', null, 'target', 2024],
      ['seventy five', 75, 'million tourist visits', null, 'target', 2024],
    ])
    expect(got[0]!.subject).toBe('gross regional product')
  })

  it('reads an annex table with numbered rows, a header parted by two spaces and wrapped cells', () => {
    const got = records(
      [
        'The Session agrees with the following arrangements of the Provincial Government for 2024: to implement 560 provincial major projects.',
        '',
        'No.  Indicator                                   Unit          2024 Target       Nature',
        ' 1   Growth of gross regional product            %             above 5           Expected',
        ' 5   Growth of per capita disposable income      %             in step with      Expected',
        '                                                               economic growth',
        ' 6   Newly created urban jobs                    10,000        over 120          Expected',
        ' 7   Surveyed urban unemployment rate            %             around 5          Expected',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.kind, r.period]),
    ).toEqual([
      ['560', null, 560, 'projects', null, 'target', 2024],
      ['5', 'grp', null, null, 5, 'target', 2024],
      ['120', 'urban_jobs', 120, '10,000', null, 'target', 2024],
      ['5', 'urban_unemployment_rate', 5, '%', null, 'target', 2024],
    ])
  })

  it('leaves out what a screen reader or a page says of itself', () => {
    const got = records(
      [
        'Skip to footer (access key 0)',
        '',
        'Source: Daily | Views: 18,306',
        '',
        'Heading level 3: 1. Transforming the industrial base',
        '',
        'List of 5 items bullet Raw coal output was 1.27 billion tons',
        '',
        'Download the full text (PDF, 1.2 MB, 46 pages)',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value])).toEqual([['1.27', 1.27]])
  })

  it('keeps quotes and positions right when edits of the text meet, and keeps figures near other readings', () => {
    const got = records(
      [
        'R&amp;D spending rose 8% [00:01:24] in 2023.',
        '',
        'GRP growth (%)\t\t\t\t5.2\t\t\t\taround 6.5',
        '',
        'GDP grew 5.2% (同比) in 2023.',
        '',
        'Grain output rose to 13 million tons, up from the 12 million tons of 2022.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.quote, r.position.start.column])).toEqual([
      ['8', 'R&amp;D spending rose 8% [00:01:24] in 2023', 1],
      ['5.2', 'GRP growth (%)\t\t\t\t5.2\t\t\t\taround 6.5', 1],
      ['6.5', 'GRP growth (%)\t\t\t\t5.2\t\t\t\taround 6.5', 1],
      ['5.2', 'GDP grew 5.2% (同比) in 2023', 1],
      ['13', 'Grain output rose to 13 million tons', 1],
      ['12', 'up from the 12 million tons of 2022', 39],
    ])
  })

  it('keeps rows of two cells that repeat across tables, and reads a long run of colons in linear time', () => {
    const got = records(
      [
        'Table 1 (2023)',
        '',
        'Grain output (million tons) | 60',
        '',
        'Table 2 (2024 targets)',
        '',
        'Grain output (million tons) | 65',
        '',
        ': '.repeat(20000) + 'x',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value])).toEqual([
      ['60', 60],
      ['65', 65],
    ])
  })

  it('reads what a label names beside a subject of its own, and a change after a word of comment', () => {
    const got = records(
      [
        '- Fixed-asset investment: up 6.1%; manufacturing investment up 15.6%.',
        '- Retail sales of consumer goods: 3.32 trillion yuan, broadly flat (−0.1%).',
        "- Grain: output of 55.44 million tons, with the 'Ten Strong Industries' on track.",
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.subject, r.indicator, r.value, r.change, r.changeUnit]),
    ).toEqual([
      ['6.1', 'Fixed-asset investment', 'fixed_asset_investment', null, 6.1, '%'],
      ['15.6', 'manufacturing investment', null, null, 15.6, '%'],
      ['3.32', 'Retail sales of consumer goods', 'retail_sales', 3.32, -0.1, '%'],
      ['55.44', 'Grain output', 'grain_output', 55.44, null, null],
    ])
  })

  it('dates a figure said of "last year" in a plan to the reviewed year', () => {
    const got = records(
      [
        'Retail sales fell 2.7% last year, and we will raise them by 4% this year.',
        "A 4% revenue growth target compares with last year's 3.0% outturn.",
        'We aim to raise investment in industrial equipment by over 25 percent compared with last year.',
      ].join('\n\n'),
      'Targets for 2024',
    )
    expect(got.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['2.7', 2023, 'actual'],
      ['4', 2024, 'target'],
      ['4', 2024, 'target'],
      ['3.0', 2023, 'actual'],
      ['25', 2024, 'target'],
    ])
  })

  it('reads the entities and tags a careless scrape of a web page left in its text', () => {
    const got = records(
      [
        '<p>The province&rsquo;s GRP reached 1.43&nbsp;trillion yuan, an increase of 4.3&#37;.</p>',
        '<p><strong>R&amp;D spending</strong> rose 8.7&#x25; to 27.9 billion yuan.<br>',
      ].join('\n\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.changeUnit]),
    ).toEqual([
      ['1.43', 'grp', 1.43, 'trillion yuan', 4.3, '%'],
      ['27.9', 'rd_spending', 27.9, 'billion yuan', 8.7, '%'],
    ])
    expect(got[0]!.quote).toBe(
      'The province&rsquo;s GRP reached 1.43&nbsp;trillion yuan, an increase of 4.3&#37;',
    )
  })

  it("reads an e-mail's quoted lines without their marks, and a forwarded year's targets", () => {
    const text = [
      'Jiangxi GWR 2025 notes',
      '',
      'Targets for 2025',
      '',
      '> Team,',
      '>',
      "> Beijing's 2024 targets from yesterday's GWR (2nd session of the 16th Municipal",
      "> People's Congress), for the tracker:",
      '>',
      '> - GDP: growth of around 5%',
      '> - build and raise 50,000 units of government-subsidized housing',
      '>',
      '> For reference, 2023 GDP came in at 4.38 trillion yuan, +5.2% y/y.',
      '> > The grain sown area was about 3.77 million',
      '> > hectares.',
      '',
    ].join('\n')
    const { tree, file } = parseText(text)
    const got = extractIndicators(tree, file).indicators
    expect(got.map((r) => [r.number.text, r.subject, r.indicator, r.period, r.kind])).toEqual([
      ['5', 'GDP', 'grp', 2024, 'target'],
      ['50,000', 'government-subsidized housing', null, 2024, 'target'],
      ['4.38', '2023 GDP', 'grp', 2023, 'actual'],
      ['3.77', 'grain sown area', 'grain_area', 2024, 'actual'],
    ])
    const area = got[3]!
    expect(text.slice(area.position.start.offset, area.position.end.offset)).toBe(
      'The grain sown area was about 3.77 million\n> > hectares',
    )
  })

  it('reads the entries of a live blog each on its own, and the lead-ins over its lists', () => {
    const got = records(
      [
        '11:33',
        'Green targets for 2024, pasted from the report:',
        '  • Energy consumption per unit of GRP down by about 2.5%',
        '',
        '10:31',
        'Wang did not dodge the weak spots. Private investment shrank 3.5% last year.',
        '',
        '10:38',
        'Now on to 2024. The main projected targets, pasted straight from the report:',
        '  • GRP growth of around 5%',
        '',
        "09:31 BREAKING: Yunnan's 2023 GRP hits 3.15 trillion yuan, up 3.8%",
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.change, r.period, r.kind])).toEqual([
      ['2.5', null, -2.5, 2024, 'target'],
      ['3.5', 'private_investment', -3.5, 2023, 'actual'],
      ['5', 'grp', 5, 2024, 'target'],
      ['3.15', 'grp', 3.8, 2023, 'actual'],
    ])
  })

  it('reads subjects around the figures a sentence gives "respectively"', () => {
    const got = records(
      [
        'Fixed asset investment grew by 3.9 percent, with investment in manufacturing and in infrastructure increasing by 14.8 percent and 6.1 percent respectively.',
        'We will seek growth of around 5.5 percent and 7 percent respectively in per capita disposable income of urban and rural residents.',
      ].join(' '),
    )
    expect(got.map((r) => [r.number.text, r.subject, r.indicator, r.qualifier])).toEqual([
      ['3.9', 'Fixed asset investment', 'fixed_asset_investment', null],
      ['14.8', 'investment in manufacturing', null, null],
      ['6.1', 'investment in infrastructure', null, null],
      [
        '5.5',
        'per capita disposable income of urban residents',
        'per_capita_disposable_income_urban',
        'around',
      ],
      [
        '7',
        'per capita disposable income of rural residents',
        'per_capita_disposable_income_rural',
        'around',
      ],
    ])
  })

  it('reads corrections, pledges, quotes that end a sentence and flows summed over years', () => {
    const got = records(
      [
        'Correction: an earlier entry said retail sales grew 4.2% in 2023, the figure is 4.8%.',
        'The governor pledged to "increase the number of high-tech enterprises by 500", and the report pledged to "meet the reasonable financing needs of developers". Sales of new homes fell 9.4 percent.',
        'Wang: "It is ambitious, but it is within reach." Last year\'s growth target was also around 5%.',
        'Over the past five years, average annual GRP growth came to 6.1 percent. During this period, more than 1.6 million new urban jobs were created in cumulative terms, and the expressway network reached 5,000 kilometers in cumulative terms.',
        'The capacity of clean energy passed 150 million kilowatts.',
      ].join('\n\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.change, r.qualifier, r.period, r.kind]),
    ).toEqual([
      ['4.2', 'retail_sales', 4.2, null, 2023, 'actual'],
      ['4.8', 'retail_sales', 4.8, null, 2023, 'actual'],
      ['500', 'high_tech_enterprises', 500, null, 2024, 'target'],
      ['9.4', null, -9.4, null, 2023, 'actual'],
      ['5', 'grp', 5, 'around', 2023, 'target'],
      ['6.1', 'grp', 6.1, null, '2019-2023', 'actual'],
      ['1.6', 'urban_jobs', null, 'more than', '2019-2023', 'actual'],
      ['5,000', null, null, null, 2023, 'actual'],
      ['150', null, null, 'over', 2023, 'actual'],
    ])
  })

  it('reads a fixed-width table with a target column and units written short', () => {
    const got = records(
      [
        'Indicator                                 Unit         2022   2023   2024T',
        '----------------------------------------------------------------------',
        'Gross regional product (GRP)              bn yuan     361.0  379.9     --',
        'Fixed-asset investment                    % y/y        -2.1    3.8    5.0',
        'Grain output                              mn t         1.07   1.15   1.10',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit, r.period, r.kind]),
    ).toEqual([
      ['361.0', 361, 'billion yuan', null, null, 2022, 'actual'],
      ['379.9', 379.9, 'billion yuan', null, null, 2023, 'actual'],
      ['2.1', null, null, -2.1, '%', 2022, 'actual'],
      ['3.8', null, null, 3.8, '%', 2023, 'actual'],
      ['5.0', null, null, 5, '%', 2024, 'target'],
      ['1.07', 1.07, 'million tons', null, null, 2022, 'actual'],
      ['1.15', 1.15, 'million tons', null, null, 2023, 'actual'],
      ['1.10', 1.1, 'million tons', null, null, 2024, 'target'],
    ])
  })

  it('reads a brief: a headline that speaks of a target, conversions after a year, a risk box', () => {
    const { tree, file } = parseText(
      [
        '======================================================================',
        'REGIONAL DATA BRIEF  No. 05/2024                       24 January 2024',
        '======================================================================',
        '',
        'QINGHAI: GREEN POWER CARRIES A FASTER GROWTH TARGET',
        '',
        'GRP reached 379.9 bn yuan in 2023 (approx. USD 53.5 bn), up 5.3% y/y. The 2024 target is growth of around 5%.',
        'The surveyed urban unemployment rate averaged 5.0% (2024 ceiling: within 5.5%).',
        '',
        '| 1. Fiscal: the fiscal self-sufficiency ratio was only 18.3%.       |',
        '',
      ].join('\n'),
    )
    const got = extractIndicators(tree, file).indicators
    expect(file.data.furniture![0]).toMatchObject({ kind: 'rule', value: '='.repeat(70) })
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.change, r.period, r.kind]),
    ).toEqual([
      ['379.9', 'grp', 379.9, 5.3, 2023, 'actual'],
      ['5', 'grp', null, 5, 2024, 'target'],
      ['5.0', 'urban_unemployment_rate', 5, null, 2023, 'actual'],
      ['5.5', 'urban_unemployment_rate', 5.5, null, 2024, 'target'],
      ['18.3', null, 18.3, null, 2023, 'actual'],
    ])
  })

  it('reads a news script: figures said with hyphens, graphics in capitals, a box of targets', () => {
    const got = records(
      [
        'the governor said gross domestic product reached four-point-seven trillion yuan in 2023, up five-point-eight percent.',
        '',
        '[GFX: FULL SCREEN -- "ANHUI 2023 AT A GLANCE"',
        '  RETAIL SALES 2.35 TRILLION YUAN  +6.9%',
        '  HIGH-TECH ENTERPRISES  19,600',
        '[GFX: FULL SCREEN -- "2024 TARGETS"',
        '  CPI  AROUND 3%',
        '',
        'Crews renovated 2,100 old residential compounds last year, officials said on Tuesday in a statement to the press.',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.period, r.kind]),
    ).toEqual([
      ['four-point-seven', 'grp', 4.7, 'trillion yuan', 5.8, 2023, 'actual'],
      ['2.35', 'retail_sales', 2.35, 'trillion yuan', 6.9, 2023, 'actual'],
      ['19,600', 'high_tech_enterprises', 19600, 'enterprises', null, 2023, 'actual'],
      ['3', 'cpi', null, null, 3, 2024, 'target'],
      ['2,100', null, 2100, 'compounds', null, 2023, 'actual'],
    ])
  })

  it("reads a channel's posts: emoji items, dated cues, a poll's votes, a box's number", () => {
    const got = records(
      [
        '[22.01.2024 09:12] Binhai Economy Watch',
        '📊 2023 at a glance',
        '📈 Industrial value added of enterprises above designated size grew 3.7%',
        '📉 Fixed asset investment dropped by 16.4%',
        '✅ Good air quality on 255 days',
        '',
        '5,214 votes · final results',
        '',
        'Box 1: Key figures of 2023',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.subject, r.change])).toEqual([
      ['3.7', 'Industrial value added of enterprises above designated size', 3.7],
      ['16.4', 'Fixed asset investment', -16.4],
      ['255', 'Good air quality', null],
    ])
  })

  it("reads a factbox: this year's targets with last year's target and result in brackets", () => {
    const got = records(
      [
        'LANZHOU, Jan 11 (Wire) - Gansu is aiming for economic growth of around 6% this year after its economy expanded 4.5% in 2023.',
        '',
        'Following are the key targets for 2024, with the 2023 targets and outcomes in brackets:',
        '',
        '* GDP growth target: around 6% (2023 target: around 6.5%; 2023 actual: 4.5%)',
        '* GDP in 2023: 1.12 trillion yuan',
        '* Local general public budget revenue target: up 6% (2023 target: up 6.5%)',
        '* Energy consumption per unit of GDP: to fall by around 2.5%',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.change, r.period, r.kind])).toEqual([
      ['6', 'grp', 6, 2024, 'target'],
      ['4.5', 'grp', 4.5, 2023, 'actual'],
      ['6', 'grp', 6, 2024, 'target'],
      ['6.5', 'grp', 6.5, 2023, 'target'],
      ['4.5', 'grp', 4.5, 2023, 'actual'],
      ['1.12', 'grp', null, 2023, 'actual'],
      ['6', 'local_general_public_budget_revenue', 6, 2024, 'target'],
      ['6.5', 'local_general_public_budget_revenue', 6.5, 2023, 'target'],
      ['2.5', null, -2.5, 2024, 'target'],
    ])
  })

  it('reads an annex table whose rows are grouped under titles inside the box', () => {
    const got = records(
      [
        '| No.  | Indicator                       | Unit             | 2023 Actual | 2024 Target    |',
        '+------+---------------------------------+------------------+-------------+----------------+',
        '| Economic growth                                                                          |',
        '| 1    | Gross regional product (GRP)    | 100 million yuan | 25,643.7    | —              |',
        '| 2    | Growth of GRP                   | %                | 5.0         | around 5       |',
        '| Livelihood                                                                               |',
        '| 22   | New urban jobs                  | 10,000 people    | 47.6        | over 45        |',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.value, r.unit, r.change, r.qualifier, r.period, r.kind]),
    ).toEqual([
      ['25,643.7', 25643.7, '100 million yuan', null, null, 2023, 'actual'],
      ['5.0', null, null, 5, null, 2023, 'actual'],
      ['5', null, null, 5, 'around', 2024, 'target'],
      ['47.6', 47.6, '10,000 people', null, null, 2023, 'actual'],
      ['45', 45, '10,000 people', null, 'over', 2024, 'target'],
    ])
  })

  it('reads minutes: item and paragraph numbers and ages left out, a change in the singular', () => {
    const got = records(
      [
        'Deputy Zhao Min (Anshan delegation), 61, senior technician, Ansteel Group',
        '',
        'Item 2   Remarks by deputies on the review of 2023',
        '',
        '2.1  Deputy Wang Haitao (Dalian delegation) noted that the coastal ports handled 772 million tons of cargo in 2023.',
        '',
        'The average PM2.5 concentration was 33 micrograms per cubic meter, 1 microgram lower than a year earlier.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit])).toEqual([
      ['772', 772, 'million tons', null, null],
      ['33', 33, 'micrograms per cubic meter', -1, 'micrograms per cubic meter'],
    ])
  })

  it('reads a state-media lead: "with the GRP reaching", a future of something else, a change in a year to a level', () => {
    const got = records(
      [
        'CHANGSHA -- Hunan saw its economy expand steadily in 2023, with the gross regional product (GRP) reaching 5.31 trillion yuan, up 4.8 percent year on year, according to the report delivered at the session, which will run through Jan. 18.',
        'The urbanization rate of permanent residents rose by 0.9 percentage points in 2023 alone to 62.1 percent.',
      ].join(' '),
      'Targets for 2024',
    )
    expect(
      got.map((r) => [
        r.number.text,
        r.indicator,
        r.value,
        r.change,
        r.changeUnit,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['5.31', 'grp', 5.31, 4.8, '%', 2023, 'actual'],
      ['62.1', null, 62.1, 0.9, 'percentage points', 2023, 'actual'],
    ])
  })

  it("reads a draft's review markup as its final text", () => {
    const text = [
      "The province's GRP reached 12.82 trillion yuan, growing by [Deleted: 5.5%][Inserted: 5.8%] over the previous year. [Comment JL3: check against the stats bureau release — they say 5.8]",
      '',
      'R&D spending accounted for [Deleted: 3.1%][Inserted: 3.2%] of GRP. [Deleted: Total foreign trade hit 5.4 trillion yuan.]',
    ].join('\n')
    const { tree, file } = parseText(
      `Government Work Report 2024\n\nReview of Work in 2023\n\n${text}\n`,
    )
    const got = extractIndicators(tree, file).indicators
    expect(got.map((r) => [r.number.text, r.value, r.change])).toEqual([
      ['12.82', 12.82, 5.8],
      ['3.2', 3.2, null],
    ])
    const source = String(file.value)
    expect(source.slice(got[0]!.position.start.offset, got[0]!.position.end.offset)).toBe(
      "The province's GRP reached 12.82 trillion yuan, growing by [Deleted: 5.5%][Inserted: 5.8%] over the previous year",
    )
  })

  it("reads a growth that names nothing else as the economy's", () => {
    const got = records(
      "Growth of 2.6% compares with the goal of around 6%. Growth of 4.6% in 2023 missed the city's 6% goal.",
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.change])).toEqual([
      ['2.6', 'grp', 2.6],
      ['6', 'grp', 6],
      ['4.6', 'grp', 4.6],
      ['6', 'grp', 6],
    ])
  })

  it('reads a feed and a graphics page: links, growth "by" after an object, panels of figures', () => {
    const got = records(
      [
        'Link: https://www.example-wire.com/rss/r/4471093',
        'Summary: Tianjin aims to expand its gross domestic product by around 4% this year. Tianjin eyes around 4% growth.',
        'Categories: Economy | Tianjin | Two Sessions 2024',
        '',
        '858.9',
        'billion yuan',
        '+5.5%',
        'Gross regional product (GRP)[1]',
        '',
        '**1. Economic growth**',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.subject, r.value, r.change, r.qualifier, r.period, r.kind]),
    ).toEqual([
      ['4', 'gross domestic product', null, 4, 'around', 2024, 'target'],
      ['4', 'growth', null, 4, 'around', 2024, 'target'],
      ['858.9', 'Gross regional product (GRP)', 858.9, 5.5, null, 2023, 'actual'],
    ])
  })

  it('keeps to their own cases the rules a review of the change found too broad', () => {
    // A review sentence ending in a colon names no targets; "as last year" repeats a target; a
    // growth named after the figure is not the economy's; a pledge before a comma is not the
    // figure's; an arrow of a change is no list mark; a wrapped line of prose is no record line.
    const review = records(
      [
        'We met the main goals set at the start of the year, as shown below:',
        '',
        'GDP grew 5.2 percent.',
        '',
        'Growth of 8.1 percent was recorded for exports.',
        '',
        'We pledged to cut red tape, and 1,200 permits were abolished.',
        '',
        '(1) The gross regional product of the province grew by 5.2 percent over the year,',
        '    reaching 1.2 trillion yuan  and per capita income rose.',
      ].join('\n'),
    )
    expect(
      review.map((r) => [r.number.text, r.indicator, r.value, r.change, r.period, r.kind]),
    ).toEqual([
      ['5.2', 'grp', null, 5.2, 2023, 'actual'],
      ['8.1', null, null, 8.1, 2023, 'actual'],
      ['1,200', null, 1200, null, 2023, 'actual'],
      ['1.2', 'grp', 1.2, 5.2, 2023, 'actual'],
    ])
    const plan = records(
      'The surveyed urban unemployment rate will be kept at around 5.5 percent as last year.',
      'Main Targets for 2024',
    )
    expect(plan.map((r) => [r.number.text, r.period, r.kind])).toEqual([['5.5', 2024, 'target']])
  })

  it('reads long runs of semicolons and unclosed review marks in linear time', () => {
    const semicolons = `GDP rose 5%${'; a'.repeat(60000)}.`
    const marks = `GDP rose 5% ${'[Deleted: x '.repeat(20000)}.`
    for (const text of [semicolons, marks]) {
      const started = performance.now()
      records(text)
      expect(performance.now() - started).toBeLessThan(2000)
    }
  })

  it('reads a tracker of comma-separated values with a header of two rows and comment lines', () => {
    const { tree, file } = parseText(
      [
        '# Source: Guizhou Provincial Government Work Report 2024',
        '# Compiled by: tracker desk',
        '# Last edited: 2024-01-20',
        ',,2023,2023,2024,',
        'Indicator,Unit,Target,Actual,Target,Notes',
        '1. Growth and demand,,,,,',
        'Gross regional product (GRP),bn yuan,,"2,016.5",,level at current prices',
        'GRP growth,% y/y,~7,1.2,around 6,',
        'Energy consumption per unit of GRP,% y/y,,,,"meet state target; not disclosed"',
        'High-tech enterprises,firms,,"2,136","2,500",',
        'Hidden debt resolution,,,,,"plan approved; amounts not published"',
        'We added 52,000 places in public kindergartens.',
      ].join('\n'),
    )
    expect(file.data.format).not.toBe('markdown')
    const got = extractIndicators(tree, file).indicators
    expect(
      got.map((r) => [r.number.text, r.value, r.unit, r.change, r.qualifier, r.period, r.kind]),
    ).toEqual([
      ['2,016.5', 2016.5, 'billion yuan', null, null, 2023, 'actual'],
      ['7', null, null, 7, 'around', 2023, 'target'],
      ['1.2', null, null, 1.2, null, 2023, 'actual'],
      ['6', null, null, 6, 'around', 2024, 'target'],
      ['2,136', 2136, 'firms', null, null, 2023, 'actual'],
      ['2,500', 2500, 'firms', null, null, 2024, 'target'],
      ['52,000', 52000, 'places', null, null, 2023, 'actual'],
    ])
  })

  it('reads results told in the past tense under a numbered theme of a briefing', () => {
    const got = records(
      [
        'GDP grew 5.2%.',
        '',
        '2  INDUSTRY, INNOVATION AND THE DIGITAL ECONOMY',
        '',
        'The value added of manufacturing accounted for 34.3% of GRP, and the digital economy contributed 834.8 billion yuan.',
      ].join('\n'),
      '1  GROWTH AND DEMAND: 2023 IN REVIEW',
    )
    expect(got.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['5.2', 2023, 'actual'],
      ['34.3', 2023, 'actual'],
      ['834.8', 2023, 'actual'],
    ])
  })

  it("reads a student's notes and an interview: arrows, 'approx.', an inline numbered list, 'we want'", () => {
    const got = records(
      [
        'GDP → 452.3 bn yuan (+6.7% yoy); general public budget expenditure approx. 143 bn yuan',
        '',
        'Targets 2024: 1) GDP growth approx. 7.5% 2) retail sales growth approx. 7% 3) grain output no less than 3.7 million tons',
        '',
        'We achieved a gross regional product of 2.71 trillion yuan last year (roughly 425 billion US dollars), up 7.3%. We want fixed asset investment to grow by more than 10%.',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.change, r.qualifier, r.kind]),
    ).toEqual([
      ['452.3', 'grp', 452.3, 6.7, null, 'actual'],
      ['143', null, 143, null, 'around', 'actual'],
      ['7.5', 'grp', null, 7.5, 'around', 'target'],
      ['7', 'retail_sales', null, 7, 'around', 'target'],
      ['3.7', 'grain_output', 3.7, null, 'no less than', 'target'],
      ['2.71', 'grp', 2.71, 7.3, null, 'actual'],
      ['10', 'fixed_asset_investment', null, 10, 'more than', 'target'],
    ])
  })

  it('keeps to their own cases the rules a second review found too broad', () => {
    const got = records(
      [
        'Young people who want to create businesses were supported, and the number of new market entities rose 12 percent.',
        '',
        'The number of pilot zones rose to 16 (from 15) and that of free trade zones to 7 (from 6) last year.',
        '',
        'Indicator,2021,2022,Unit,Note',
        '',
        '2. Main Targets',
        '',
        'Indicator,Target,Actual,Unit,Note',
        'Grain output,12,13,million tons,',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['12', 2023, 'actual'],
      ['16', 2023, 'actual'],
      ['15', 2023, 'actual'],
      ['7', 2023, 'actual'],
      ['6', 2023, 'actual'],
      ['12', 2024, 'target'],
      ['13', 2024, 'actual'],
    ])
  })

  it('reads a long row of comma-separated values and an unclosed bracket in linear time', () => {
    for (const text of ['a,'.repeat(100000), '(a; b 3 percent; '.repeat(6000)]) {
      const started = performance.now()
      records(text)
      expect(performance.now() - started).toBeLessThan(2000)
    }
  })

  it('ends the targets of a box of a script at the prose after it, past a line without a figure', () => {
    const got = records(
      [
        '[GFX: FULL SCREEN -- "2024 TARGETS"',
        '  CPI  AROUND 3%',
        '',
        '[DISSOLVE TO ANCHOR]',
        '',
        'Back in the studio, the province said its gross regional product grew 5.8 percent to 4.71 trillion yuan, officials told reporters.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['3', 2024, 'target'],
      ['4.71', 2023, 'actual'],
    ])
  })

  it('leaves out the mark of a Markdown footnote', () => {
    const got = records('GRP reached 8.74 trillion yuan (about US$1.30 trillion[^2]), up 3.9%.')
    expect(got.map((r) => r.number.text)).toEqual(['8.74'])
  })

  it('reads a percentage a growth is compared with as a growth of the same measure', () => {
    const got = records(
      [
        'Consumer prices rose by 0.1%, below the national 0.9%.',
        '',
        'Rural incomes rose more slowly than the national 7.7 percent.',
        '',
        'GRP grew 5.2%, and the urbanization rate exceeded 60%.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.change])).toEqual([
      ['0.1', null, 0.1],
      ['0.9', null, 0.9],
      ['7.7', null, 7.7],
      ['5.2', null, 5.2],
      ['60', 60, null],
    ])
    const target = records(
      'Henan has set a GRP growth target of around 6% for 2023, well above the 3.1% achieved in 2022.',
    )
    expect(target.map((r) => [r.number.text, r.change, r.indicator, r.period])).toEqual([
      ['6', 6, 'grp', 2023],
      ['3.1', 3.1, 'grp', 2022],
    ])
  })

  it("reads a bank's note: a part of outcomes against targets, a forecast column '2024f', the report's present-tense plans", () => {
    const got = records(
      [
        'Investment. Fixed-asset investment totalled 680 billion yuan. The 2024 report targets investment growth of about 10%. The report pencils in retail sales growth of 10% this year, and the 2024 budget plans revenue growth of 7%.',
        '',
        '| Indicator         | 2023 target | 2023 outcome | 2024 target | HVB 2024f |',
        '|-------------------|-------------|--------------|-------------|-----------|',
        '| GRP growth, % y/y | around 8    | 9.5          | around 8    | 8.5       |',
      ].join('\n'),
      '1. 2023 OUTCOMES VERSUS 2024 TARGETS',
    )
    expect(got.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['680', 2023, 'actual'],
      ['10', 2024, 'target'],
      ['10', 2024, 'target'],
      ['7', 2024, 'target'],
      ['8', 2023, 'target'],
      ['9.5', 2023, 'actual'],
      ['8', 2024, 'target'],
      ['8.5', 2024, 'target'],
    ])
  })

  it('reads the year a statement opens on across its semicolons, a plan named in a result, a wish and a numbered task', () => {
    const goals = records(
      'During the 13th Five-Year Plan period (2016-2020), GDP grew at an average annual rate of 5.6 percent. By 2025, GDP is expected to reach around 5.5 trillion yuan; R&D spending as a share of GDP is to reach about 4.5 percent; port container throughput is to exceed 48 million TEUs.',
      'III. Targets of the 14th Five-Year Plan',
    )
    expect(goals.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['5.6', '2016-2020', 'actual'],
      ['5.5', 2025, 'target'],
      ['4.5', 2025, 'target'],
      ['48', 2025, 'target'],
    ])
    const tasks = records(
      [
        'GUEST: They also want to build 10,000 new 5G base stations.',
        '',
        '(1) Increase the number of high-tech enterprises to over 22,000.',
      ].join('\n'),
    )
    expect(tasks.map((r) => [r.number.text, r.unit, r.period, r.kind, r.indicator])).toEqual([
      ['10,000', 'base stations', 2024, 'target', null],
      ['22,000', 'enterprises', 2024, 'target', 'high_tech_enterprises'],
    ])
  })

  it('dates an average over two years by its own words, of the measure before it', () => {
    const got = records(
      [
        'GRP reached 5.0 trillion yuan, up 12.9% year on year, an average growth of 3.6% over the two years.',
        'GRP reached 12.44 trillion yuan, an increase of 8.0% over the previous year and an average of 5.1% over the two years.',
        'GRP reached 8.31 trillion yuan, up 8.3 percent; average growth over the two years was 6.0 percent.',
        'GRP reached 2.96 trillion yuan, an increase of 8.8% over the previous year, and an average annual growth of 6.3% for 2020 and 2021.',
      ].join(' '),
      'Review of Work in 2021',
    )
    expect(got.map((r) => [r.number.text, r.value, r.change, r.period, r.indicator])).toEqual([
      ['5.0', 5, 12.9, 2021, 'grp'],
      ['3.6', null, 3.6, '2020-2021', 'grp'],
      ['12.44', 12.44, 8, 2021, 'grp'],
      ['5.1', null, 5.1, '2020-2021', 'grp'],
      ['8.31', 8.31, 8.3, 2021, 'grp'],
      ['6.0', null, 6, '2020-2021', 'grp'],
      ['2.96', 2.96, 8.8, 2021, 'grp'],
      ['6.3', null, 6.3, '2020-2021', 'grp'],
    ])
  })

  it('reads the lines of a box of figures as the lines they would be without its borders', () => {
    const got = records(
      [
        '+------------------------------------------------------------+',
        '| BY THE NUMBERS                                             |',
        '| 780.3 billion yuan — GDP in 2023, up 4.4%                  |',
        '| Around 7% — GDP growth target for 2024                     |',
        '| Over 170,000 — new urban jobs created in 2023              |',
        '+------------------------------------------------------------+',
      ].join('\n'),
      'Targets for 2024',
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.period, r.kind])).toEqual([
      ['780.3', 'grp', 2023, 'actual'],
      ['7', 'grp', 2024, 'target'],
      ['170,000', 'urban_jobs', 2023, 'actual'],
    ])
  })

  it("reads an infobox's facts: '=' between a label and its figure, a target in the next cell", () => {
    const got = records(
      [
        'GRP (2023) = 530.9 billion yuan (▲5.8%)',
        '',
        'GRP growth target\taround 6.5%',
        '',
        'At $1 = 6.9 yuan; the wine grape area is 583,000 mu (= 38,900 ha).',
        '',
        'The report said GRP had grown 5.8 percent in 2023 to 530.9 billion yuan.',
      ].join('\n'),
      'Background',
    )
    expect(got.map((r) => [r.number.text, r.value, r.change, r.period, r.kind])).toEqual([
      ['530.9', 530.9, 5.8, 2023, 'actual'],
      ['6.5', null, 6.5, 2024, 'target'],
      ['583,000', 583000, null, 2023, 'actual'],
      ['530.9', 530.9, 5.8, 2023, 'actual'],
    ])
  })

  it("reads a post's bold figures and its headings in lenticular brackets", () => {
    const { tree, file } = parseText(
      [
        'Demo 2024 Government Work Report: all the key numbers in one read',
        '',
        '【Key figures】',
        '',
        '📌 GRP: **901.7 billion yuan**, up **3.9%** year on year',
        '',
        '【2024 targets】',
        '',
        '🎯 Over **300,000** new urban jobs',
      ].join('\n'),
    )
    const got = extractIndicators(tree, file).indicators
    expect(got.map((r) => [r.number.text, r.value, r.change, r.period, r.kind])).toEqual([
      ['901.7', 901.7, 3.9, 2023, 'actual'],
      ['300,000', 300000, null, 2024, 'target'],
    ])
  })

  it("reads a report card: last year's target beside its outcome, a wrapped line, a legend", () => {
    const got = records(
      [
        'Key: ✓ met   ✗ missed   ≈ broadly met   ○ no numeric target',
        '',
        '1. Growth and demand',
        '',
        '✓ GRP growth — target: above 8% | outcome: 8.3%',
        '✓ Imports and exports — target: over 600 billion yuan | outcome: 683.7 billion yuan, an',
        '    increase of 26.9%',
        '✓ Surveyed urban unemployment rate — target: within 5.5% | outcome: 4.8%',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.subject, r.value, r.change, r.period, r.kind])).toEqual(
      [
        ['8', 'GRP growth', null, 8, 2023, 'target'],
        ['8.3', 'GRP growth', null, 8.3, 2023, 'actual'],
        ['600', 'Imports and exports', 600, null, 2023, 'target'],
        ['683.7', 'Imports and exports', 683.7, 26.9, 2023, 'actual'],
        ['5.5', 'Surveyed urban unemployment rate', 5.5, null, 2023, 'target'],
        ['4.8', 'Surveyed urban unemployment rate', 4.8, null, 2023, 'actual'],
      ],
    )
  })

  it('leaves out the length of the speech and of the text and the weather, not a journey time', () => {
    const got = records(
      'The delivery took 1 hour 29 minutes in minus 18 degrees Celsius, and the full text runs to roughly 17,000 Chinese characters. The new line shortened the journey to within 90 minutes.',
    )
    expect(got.map((r) => [r.number.text, r.unit])).toEqual([['90', 'minutes']])
  })

  it('reads a chat: targets announced, an aside naming last year, a pinned title with its date', () => {
    const got = records(
      [
        '[10:05] Li Wei: 2024 targets coming',
        '[10:07] Li Wei: FAI growth around 5%',
        '[10:08] Li Wei: base effect from 2023 I guess',
        '[10:08] Li Wei: retail sales growth around 8%',
        '',
        '[17:55] Li Wei (pinned): 📌 Demo 2024 targets (GWR, 27 Jan)',
        'New urban jobs: over 350,000',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['5', 2024, 'target'],
      ['8', 2024, 'target'],
      ['350,000', 2024, 'target'],
    ])
  })

  it("reads growth a place targets as the economy's growth", () => {
    const got = records(
      'The municipality is targeting growth of around 4 percent in 2024.',
      'Plans',
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.change, r.kind])).toEqual([
      ['4', 'grp', 4, 'target'],
    ])
  })

  it('reads a target named by its counted noun alone as the target of the measure before it', () => {
    const got = records(
      '457,000 new urban jobs were created, beating the annual target of 430,000 jobs.',
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.kind])).toEqual([
      ['457,000', 'urban_jobs', 'actual'],
      ['430,000', 'urban_jobs', 'target'],
    ])
  })

  it("ends a sentence at a stop with a wiki's citation mark after it", () => {
    const got = records(
      'The number of high-tech enterprises increased by 181 to 566.[7] Per capita disposable income of urban and rural residents reached 36,017 yuan and 15,113 yuan respectively.[citation needed] CPI rose 3.4 percent.',
    )
    expect(got.map((r) => [r.number.text, r.indicator])).toEqual([
      ['566', 'high_tech_enterprises'],
      ['36,017', 'per_capita_disposable_income_urban'],
      ['15,113', 'per_capita_disposable_income_rural'],
      ['3.4', 'cpi'],
    ])
  })

  it("reads 'rural residents'' after an income as the income of the residents named", () => {
    const got = records(
      "Per capita disposable income of urban residents reached 49,673 yuan, and rural residents' rose 6.1 per cent to 20,000 yuan.",
    )
    expect(got.map((r) => [r.number.text, r.indicator])).toEqual([
      ['49,673', 'per_capita_disposable_income_urban'],
      ['20,000', 'per_capita_disposable_income_rural'],
    ])
  })

  it('reads a feed of scraped pages: the title naming the report and the year reviewed, notes in superscript, bullets as entities', () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0"><channel>',
      '<item>',
      '<title>Highlights of Demo Provincial Government Work Report 2019: a look back at 2018</title>',
      '<description><![CDATA[',
      '<p>Over the past year, GRP reached 3.58 trillion yuan, an increase of 8.3%.<sup>1</sup><br/>',
      'General public budget revenue was 504.5 billion yuan, up 9.1%.</p>',
      '<p>The report sets the following goals for economic and social development this year:<br/>',
      '&bull; GRP growth of around 8%;<br/>',
      '&bull; no less than 500,000 new urban jobs.</p>',
      ']]></description>',
      '</item>',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(file.data.meta).toMatchObject({
      title: 'Highlights of Demo Provincial Government Work Report 2019: a look back at 2018',
      reportYear: 2019,
    })
    const got = extractIndicators(tree, file).indicators
    expect(got.map((r) => [r.number.text, r.indicator, r.period, r.kind])).toEqual([
      ['3.58', 'grp', 2018, 'actual'],
      ['504.5', 'general_public_budget_revenue', 2018, 'actual'],
      ['8', 'grp', 2019, 'target'],
      ['500,000', 'urban_jobs', 2019, 'target'],
    ])
  })

  it("reads a poster's two columns side by side as two records", () => {
    const got = records(
      [
        'CPI  +2.5%                                                  GRAIN OUTPUT  37.29 MILLION TONS',
        'NEW URBAN JOBS  1.35 MILLION    URBANIZATION RATE  73.4%',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator])).toEqual([
      ['2.5', 'cpi'],
      ['37.29', 'grain_output'],
      ['1.35', 'urban_jobs'],
      ['73.4', null],
    ])
  })

  it('keeps to their own cases the rules a third review found too broad', () => {
    const pick2 = (body: string, part?: string) =>
      records(body, part).map((r) => [r.number.text, r.value, r.change, r.period, r.kind])
    expect(
      pick2('Revenue reached 300 billion yuan, up 5.1%, and all budget targets were met.'),
    ).toEqual([['300', 300, 5.1, 2023, 'actual']])
    expect(
      pick2(
        'The main targets were all met in the year: GDP grew 5.2%, and grain output reached 30 million tons.',
      ),
    ).toEqual([
      ['5.2', null, 5.2, 2023, 'actual'],
      ['30', 30, null, 2023, 'actual'],
    ])
    expect(
      pick2(
        'By 2030, GDP will reach 2 trillion yuan; in 2024, grain output will stay above 30 million tons.',
        'Plans',
      ),
    ).toEqual([
      ['2', 2, null, 2030, 'target'],
      ['30', 30, null, 2024, 'target'],
    ])
    expect(pick2('GDP grew 6%, and forest coverage exceeded the 40% mark.')).toEqual([
      ['6', null, 6, 2023, 'actual'],
      ['40', 40, null, 2023, 'actual'],
    ])
    expect(pick2('The average customs clearance time for imports was cut to 36 hours.')).toEqual([
      ['36', 36, null, 2023, 'actual'],
    ])
    const incomes = records(
      "Urban residents' per capita disposable income reached 50,000 yuan; rural residents' 20,000 yuan.",
    )
    expect(incomes.map((r) => r.indicator)).toEqual([
      'per_capita_disposable_income_urban',
      'per_capita_disposable_income_rural',
    ])
    const units = records('We afforested 93,300 ha. Capacity reached 30.5 million kW.')
    expect(units.map((r) => [r.subject, r.unit])).toEqual([
      ['We afforested', 'hectares'],
      ['Capacity', 'million kilowatts'],
    ])
  })

  it('reads long lines of tags, of plans beside bars and of a wiki mark in linear time', () => {
    for (const body of [`${'<b>'.repeat(66_000)}x>`, `GDP 5% ${'plan:'.repeat(40_000)} |`]) {
      const start = performance.now()
      records(body)
      expect(performance.now() - start).toBeLessThan(2000)
    }
  })

  it("reads an annex's numbered records: a label's unit in brackets, a record without a figure in the run", () => {
    const got = records(
      [
        'Main results of 2023',
        '',
        '8. Per capita disposable income of urban residents: 35,506 yuan, up 5.0%',
        '9. Rural income growth ranked 3rd in the country',
        '10. Grain output (10,000 tons): 107.4',
        '11. Registered urban unemployment rate (%): no more than 3.5',
        '12. Rural roads built or upgraded (kilometers): 4,860',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.unit, r.qualifier, r.period])).toEqual([
      ['35,506', 'yuan', null, 2023],
      ['3rd', 'rank', null, 2023],
      ['107.4', '10,000 tons', null, 2023],
      ['3.5', '%', 'within', 2023],
      ['4,860', 'kilometers', null, 2023],
    ])
  })

  it("reads an unpunctuated transcript's lines, parted by their time stamps", () => {
    const got = records(
      [
        "2:19 over the past year the province's gdp reached four point six six trillion yuan up seven point five percent",
        '2:26 consumer prices rose three point two percent',
        '2:31 and the surveyed urban unemployment rate stood at five point three percent',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.value, r.change])).toEqual([
      ['four point six six', 'grp', 4.66, 7.5],
      ['three point two', 'cpi', null, 3.2],
      ['five point three', 'urban_unemployment_rate', 5.3, null],
    ])
  })

  it("reads a telex in capitals: sentences ending in STOP, 'PCT' as per cent", () => {
    const got = records(
      'GRP REACHED 1,231.1 BLN YUAN UP 2.4 PCT STOP CPI UP 2.3 PCT STOP SURVEYED URBAN UNEMPLOYMENT RATE STOOD AT 4.9 PCT STOP',
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.unit, r.change, r.changeUnit])).toEqual([
      ['1,231.1', 'grp', 'billion yuan', 2.4, '%'],
      ['2.3', 'cpi', null, 2.3, '%'],
      ['4.9', 'urban_unemployment_rate', '%', null, null],
    ])
    // (Not "16,000 PCT international patent applications" in a text with lower case.)
    expect(
      records('We filed 16,000 PCT international patent applications.').map((r) => [
        r.number.text,
        r.unit,
      ]),
    ).toEqual([['16,000', 'applications']])
  })

  it('keeps to their own cases the rules a fourth review found too broad', () => {
    const pick3 = (body: string, part?: string) =>
      records(body, part).map((r) => [r.number.text, r.subject, r.unit, r.indicator, r.kind])
    // A cut-off line before a new sentence stays cut off; its figure is not the next one's subject.
    const cut = records(
      'Fixed asset investment rose by 3.8 percent over the\nTotal retail sales of consumer goods reached 2.4 trillion yuan, up 6.5 percent.',
    )
    expect(cut.map((r) => [r.number.text, r.indicator])).toEqual([
      ['3.8', 'fixed_asset_investment'],
      ['2.4', 'retail_sales'],
    ])
    // A bracket before a colon that is no unit (a rate's bare level is in percent).
    expect(
      pick3(
        'Consumer price index (year on year): 2.5\n\nSurveyed urban unemployment rate (December): 5.1',
      ),
    ).toEqual([
      ['2.5', 'Consumer price index (year on year)', null, 'cpi', 'actual'],
      [
        '5.1',
        'Surveyed urban unemployment rate (December)',
        '%',
        'urban_unemployment_rate',
        'actual',
      ],
    ])
    // A numbered heading of targets between two numbered records stays a heading.
    expect(
      records(
        '1. GRP: up 5.2%\n2. CPI: up 0.3%\n3. Targets for 2024\n4. GDP growth: around 5%',
      ).map((r) => [r.number.text, r.kind, r.period]),
    ).toEqual([
      ['5.2', 'actual', 2023],
      ['0.3', 'actual', 2023],
      ['5', 'target', 2024],
    ])
    // Clock times in prose are no time stamps of a transcript.
    expect(
      records('Night-time spending from 18:00 to 2:00 the next day rose by 12.5 percent.').map(
        (r) => r.number.text,
      ),
    ).toEqual(['12.5'])
  })

  it('reads a LaTeX source as the text it prints: escaped per cents, ties, bold, a tabular row', () => {
    const got = records(
      [
        "Hebei's gross regional product reached 3,620.7~billion yuan, an increase of \\textbf{3.9\\%}. The average PM$_{2.5}$ concentration fell 10.5\\% to 44.8~micrograms per cubic meter.",
        '',
        'Exports (billion yuan) & 303.6 \\\\',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.subject, r.unit, r.change])).toEqual([
      ['3,620.7', "Hebei's gross regional product", 'billion yuan', 3.9],
      ['44.8', 'average PM2.5 concentration', 'micrograms per cubic meter', -10.5],
      ['303.6', 'Exports', 'billion yuan', null],
    ])
  })

  it("reads a LaTeX tabular's header over its rules: the year and kind of each column", () => {
    const got = records(
      [
        '\\hline',
        'Indicator & 2023 target & 2023 actual & 2024 target \\\\',
        '\\hline',
        'GRP growth (\\%) & 6.5 & 3.9 & around 6 \\\\',
        '\\hline',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.change, r.period, r.kind])).toEqual([
      ['6.5', 6.5, 2023, 'target'],
      ['3.9', 3.9, 2023, 'actual'],
      ['6', 6, 2024, 'target'],
    ])
  })

  it('leaves out the numbers of slides and sheets', () => {
    const got = records(
      'The slides 7-11 set out the work for 2022; see Q&A sheet 3. GRP grew 8.3 percent.',
    )
    expect(got.map((r) => r.number.text)).toEqual(['8.3'])
  })

  it('flags the figures on the line a paragraph is cut off on, and every figure of a bullet cut off', () => {
    const body = [
      'Grain output reached 37.3 million tons. We created 476,000 new urban jobs,',
      'and the province trained 1.2 million rural workers. Over 120,000 unemployed people were',
      '',
      '●\u00a0 Forest coverage reached 63.35%. Over 150,000 laid-off workers were',
    ].join('\n')
    expect(records(body).map((r) => [r.number.text, r.flags])).toEqual([
      ['37.3', []],
      ['476,000', []],
      ['1.2', ['truncated']],
      ['120,000', ['truncated']],
      ['63.35', ['truncated']],
      ['150,000', ['truncated']],
    ])
  })

  it('reads "of" as a change only after a change word in the same item of a list', () => {
    expect(
      pick(
        'The main targets are: CPI increase of around 3%, grain output of no less than 77.5 million tons, and a surveyed urban unemployment rate of around 5.5%.',
        'Main Targets for 2024',
      ),
    ).toMatchObject([
      { number: '3', value: null, change: 3, changeUnit: '%' },
      { number: '77.5', value: 77.5, unit: 'million tons', change: null },
      { number: '5.5', value: 5.5, unit: '%', change: null },
    ])
  })

  it('reads a range with the scale word after each end, but not a change and the level it led to', () => {
    const got = records(
      'Grain output will reach 29.5 million to 30 million tons. The poor population fell by 1.48 million to 1.55 million.',
      'Main Targets for 2024',
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.flags]),
    ).toEqual([
      ['29.5', 'grain_output', 29.5, 'million tons', null, ['range']],
      ['30', 'grain_output', 30, 'million tons', null, ['range']],
      ['1.55', null, 1.55, 'million', -1.48, []],
    ])
  })

  it('does not read "from 16.6 million to 5.51 million" as a range', () => {
    expect(
      records('The number of rural poor was reduced from 16.6 million to 5.51 million.').map(
        (r) => [r.number.text, r.flags],
      ),
    ).toEqual([
      ['16.6', []],
      ['5.51', []],
    ])
  })

  it('reads "an increase, in comparable terms, of 5.8 percent" as a change, and a goal named beside a figure only by its own words', () => {
    expect(
      pick(
        'Total retail sales of consumer goods reached 2.4 trillion yuan, a year-on-year increase, in comparable terms, of 5.8 percent.',
      ),
    ).toMatchObject([{ number: '2.4' }, { number: '5.8', value: null, change: 5.8 }])
    expect(
      pick(
        'Guided by the 2025 goals we will keep GRP growth at around 7 percent.',
        'Major Tasks for 2024',
      ),
    ).toMatchObject([{ number: '7', period: 2024, kind: 'target' }])
  })

  it('flags the figures of the clause that runs into the cut, on whatever line they stand', () => {
    const body = [
      'Grain output reached 37.3 million tons, and the surveyed urban unemployment rate was kept within 5.5',
      'per',
    ].join('\n')
    expect(records(body).map((r) => [r.number.text, r.flags])).toEqual([
      ['37.3', []],
      ['5.5', ['truncated']],
    ])
  })

  it('reads "Issue 500 million yuan" as an amount, and a Markdown footnote reference as nothing', () => {
    expect(
      records('Issue 500 million yuan of consumption vouchers. See Issue 12 of the bulletin.').map(
        (r) => [r.number.text, r.value, r.unit],
      ),
    ).toEqual([['500', 500, 'million yuan']])
    expect(
      records('| Indicator | 2023 |\n|---|---|\n| GDP[^1] | 208.0 billion yuan (+6.7%) |').map(
        (r) => [r.number.text, r.indicator, r.change],
      ),
    ).toEqual([['208.0', 'grp', 6.7]])
  })

  it("dates a past year's target named among the plan's targets by its year", () => {
    expect(
      pick(
        'The report sets a GDP growth target of around 8 per cent for 2024, after the economy grew by 6.7 per cent in 2023 and fell short of the 2023 goal of above 9 per cent.',
        'Main Targets for 2024',
      ).map((r) => [r.number, r.period, r.kind]),
    ).toEqual([
      ['8', 2024, 'target'],
      ['6.7', 2023, 'actual'],
      ['9', 2023, 'target'],
    ])
  })

  it('reads a box of "label: figure" records on one line, parted by bars', () => {
    const got = records(
      'Key figures — GRP: 1.57 trillion yuan, +6.6% | Retail sales: 376.9 billion yuan, +5.2% | 2024 growth target: around 6%',
    )
    expect(
      got.map((r) => [r.number.text, r.subject, r.indicator, r.change, r.period, r.kind]),
    ).toEqual([
      ['1.57', 'GRP', 'grp', 6.6, 2023, 'actual'],
      ['376.9', 'Retail sales', 'retail_sales', 5.2, 2023, 'actual'],
      ['6', '2024 growth target', 'grp', 6, 2024, 'target'],
    ])
  })

  it('reads a signed change in brackets after the words that follow a level, and "mn" as a scale', () => {
    const got = records('-- 40.1 mn tourists received (+20.3%)')
    expect(got.map((r) => [r.number.text, r.subject, r.indicator, r.unit, r.change])).toEqual([
      ['40.1', 'tourists received', 'tourists', 'million tourists', 20.3],
    ])
  })

  it('reads "or 7.5% on a comparable basis" as the same change reckoned otherwise', () => {
    const got = records(
      'General public budget revenue totaled 581.7 billion yuan, up 0.5%, or 7.5% on a comparable basis.',
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.value, r.change])).toEqual([
      ['581.7', 'general_public_budget_revenue', 581.7, 0.5],
      ['7.5', 'general_public_budget_revenue', null, 7.5],
    ])
  })

  it('reads "or 6.9% after deducting the impact of tax cuts" as the same change reckoned otherwise', () => {
    const got = records(
      'Revenue in the local general public budget came to 124.1 billion yuan, up 2.5%, or 6.9% after deducting the impact of tax cuts.',
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.change])).toEqual([
      ['124.1', 'local_general_public_budget_revenue', 2.5],
      ['6.9', 'local_general_public_budget_revenue', 6.9],
    ])
  })

  it('does not count a figure said in words into the unit of the figure before it', () => {
    expect(
      records(
        '1,019 impoverished villages and five counties were removed from the poverty list.',
      ).map((r) => [r.number.text, r.value, r.unit]),
    ).toEqual([
      ['1,019', 1019, 'villages'],
      ['five', 5, 'counties'],
    ])
  })

  it('keeps to their cases the change rules a second review of the session found too broad', () => {
    // The item of "grain output, as before, of" is the part before the aside.
    expect(
      pick(
        'The main targets are: CPI increase of around 3 percent, grain output, as before, of over 41 million tons.',
        'Main Targets for 2024',
      ),
    ).toMatchObject([
      { number: '3', change: 3 },
      { number: '41', value: 41, change: null },
    ])
    // A past year's target named with any qualifier keeps its year.
    expect(
      pick(
        'Create 700,000 new urban jobs, up from the 2023 target of more than 650,000.',
        'Main Targets for 2024',
      ).map((r) => [r.number, r.period]),
    ).toEqual([
      ['700,000', 2024],
      ['650,000', 2023],
    ])
    // "imports 3%, or 8% excluding crude oil": the second figure measures the first's subject;
    // "from 2.1% to 2.4%" is no range.
    const got = records(
      'Exports grew 12% and imports 3%, or 8% excluding crude oil. The share of R&D spending rose from 2.1% to 2.4%.',
    )
    expect(got.map((r) => [r.number.text, r.subject, r.flags])).toEqual([
      ['12', 'Exports', []],
      ['3', 'imports', []],
      ['8', 'imports', []],
      ['2.1', 'share of R&D spending', []],
      ['2.4', 'share of R&D spending', []],
    ])
  })

  it('reads an item pasted from a word processor, "a)<tab>text", as its text, not a row of cells', () => {
    const got = records(
      '1.\tEconomic performance\n\ta)\tGross regional product reached 361.02 billion yuan, an increase of 2.3%.\n\n\tb)\tConsumer prices rose by 2.5%.',
    )
    expect(got.map((r) => [r.number.text, r.subject, r.indicator])).toEqual([
      ['361.02', 'Gross regional product', 'grp'],
      ['2.5', 'Consumer prices', 'cpi'],
    ])
  })

  it('reads "tons per day" as a unit, and "Tesla\'s Gigafactory 3" as a name', () => {
    expect(
      records(
        "The volume of wet waste separated rose by 88.8% to 9,200 tons per day. Tesla's Gigafactory 3 went into production.",
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([['9,200', 'tons per day']])
  })

  it('takes the words after a figure\'s scale and currency for its subject ("233.7 billion yuan total imports and exports")', () => {
    expect(
      records('233.7 billion yuan total imports and exports, up 17.9%').map((r) => [
        r.subject,
        r.indicator,
      ]),
    ).toEqual([['total imports and exports', 'imports_exports']])
  })

  it('reads "--" glued to the capital of an item as its bullet', () => {
    const got = records(
      '--Growth of around 10 percent in total retail sales of consumer goods;\n\n--Over 1 million new urban jobs; and',
      'Main Targets for 2024',
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.qualifier, r.kind])).toEqual([
      ['10', 'retail_sales', 'around', 'target'],
      ['1', 'urban_jobs', 'over', 'target'],
    ])
  })

  it('reads the noun phrase of a growth target after the words that lead to it', () => {
    const got = records(
      'Wang told the congress that the growth target of around 5% is within reach. Tianjin sets its 2024 growth target at around 4.5%. Output beat the expected target for GRP growth of 6%.',
      'Targets for 2024',
    )
    expect(got.map((r) => [r.number.text, r.indicator])).toEqual([
      ['5', 'grp'],
      ['4.5', 'grp'],
      ['6', 'grp'],
    ])
  })

  it('reads a target that names no measure as the target of the measure before it', () => {
    const got = records(
      "Henan's GRP grew 5.3%, below the official target of around 6%. Retail sales rose 4.1%, short of the annual target of 5%.",
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.kind])).toEqual([
      ['5.3', 'grp', 'actual'],
      ['6', 'grp', 'target'],
      ['4.1', 'retail_sales', 'actual'],
      ['5', 'retail_sales', 'target'],
    ])
  })

  it('reads the figures after "looked back on the past five years" as the five years\'', () => {
    const got = records(
      "The report also looked back on the past five years. Over that period, Yunnan's GRP grew at an average annual rate of 6.5 percent, and more than 4,000 kilometers of expressways were added.",
      'Review of 2022',
    )
    expect(got.map((r) => [r.number.text, r.period])).toEqual([
      ['6.5', '2018-2022'],
      ['4,000', '2018-2022'],
    ])
  })

  it('reads "including exports of", a span of days in a month and a sum "during the five years"', () => {
    const got = records(
      'Imports and exports reached 781.9 billion yuan, including exports of 542.7 billion yuan. The Games were held from October 22 to 28. Fixed asset investment totaled over 1 trillion yuan in cumulative terms during the five years.',
      'Review of the 13th Five-Year Plan period (2016-2020)',
    )
    expect(got.map((r) => [r.number.text, r.indicator])).toEqual([
      ['781.9', 'imports_exports'],
      ['542.7', 'exports'],
      ['1', 'fixed_asset_investment'],
    ])
    expect(got[2]!.period).toBe('2016-2020')
  })

  it('joins a change to the level it led to or that came before it, and a share to its whole', () => {
    const got = records(
      [
        'Imports grew 12%, with exports climbing 17.4 percent to 213.1 billion yuan.',
        'Local general public budget revenue rose 2.1 percent on a comparable basis to 150.4 billion yuan.',
        'Total retail sales of consumer goods stood at 4.29 trillion yuan, edging down 0.1 percent.',
        'Output reached 1.2 million vehicles, including 231,000 new energy vehicles, which surged 86.7 percent.',
        'Consumer prices rose 2.3%, pushed up by food prices, which climbed 9.9%.',
        'Days with good air quality: 311 (85.2% of the year).',
      ].join(' '),
    )
    expect(got.map((r) => [r.number.text, r.value, r.change, r.indicator])).toEqual([
      ['12', null, 12, null],
      ['213.1', 213.1, 17.4, 'exports'],
      ['150.4', 150.4, 2.1, 'local_general_public_budget_revenue'],
      ['4.29', 4.29, -0.1, 'retail_sales'],
      ['1.2', 1.2, null, null],
      ['231,000', 231000, 86.7, null],
      ['2.3', null, 2.3, 'cpi'],
      ['9.9', null, 9.9, null],
      ['311', 311, null, 'air_quality_good_days'],
      ['85.2', 85.2, null, 'air_quality_good_days'],
    ])
  })

  it('reads an intensity in an elliptical list as a level, not a growth', () => {
    const got = records(
      'Targets: national high-tech enterprises, 8,500; R&D intensity, 3 percent.',
      'Targets for 2024',
    )
    expect(got.map((r) => [r.number.text, r.value, r.unit, r.change])).toEqual([
      ['8,500', 8500, 'enterprises', null],
      ['3', 3, '%', null],
    ])
  })

  it('shares out "the surveyed and registered urban unemployment rates" given respectively', () => {
    const got = records(
      'The surveyed and registered urban unemployment rates stood at 5.3 per cent and 2.7 per cent respectively.',
    )
    expect(got.map((r) => [r.number.text, r.subject, r.indicator])).toEqual([
      ['5.3', 'surveyed urban unemployment rates', 'urban_unemployment_rate'],
      ['2.7', 'registered urban unemployment rates', 'urban_unemployment_rate'],
    ])
  })

  it('reads a paragraph opening on "The past five years saw …" as the five years\'', () => {
    const got = records(
      'The past five years saw the 13th Five-Year Plan (2016-2020) fulfilled in an all-round way. We created over 1.72 million new urban jobs.',
      'Review of Our Work in 2020',
    )
    expect(got.map((r) => [r.number.text, r.period])).toEqual([['1.72', '2016-2020']])
  })

  it('carries the five years into "During this period, …" and reads a level that "came to" at their end', () => {
    const got = records(
      [
        "The past five years have been truly extraordinary. From 2019 to 2023, the city's GDP grew at an average annual rate of 4.1 percent, and per capita GDP came to nearly 190,000 yuan.",
        '',
        'More than 2.8 million new urban jobs were created over the five years.',
        '',
        'During this period, we added 191 kilometers of rail transit lines.',
      ].join('\n'),
      'Review of Work in 2023 and the Past Five Years',
    )
    expect(got.map((r) => [r.number.text, r.period])).toEqual([
      ['4.1', '2019-2023'],
      ['190,000', 2023],
      ['2.8', '2019-2023'],
      ['191', '2019-2023'],
    ])
  })

  it('keeps "or 87.1 percent of the year" with its count, and passes over "the 80 measures" and "the 7.0 version"', () => {
    const got = records(
      'Days with good air quality numbered 318, or 87.1 percent of the year. We implemented the 7.0 version of the plan and the 80 measures for opening up.',
    )
    expect(got.map((r) => [r.number.text, r.indicator])).toEqual([
      ['318', 'air_quality_good_days'],
      ['87.1', 'air_quality_good_days'],
    ])
  })

  it('keeps a record with a long label a line of its own, and reads "gross marine product"', () => {
    const got = records(
      [
        'Projects each worth 100 million yuan or more under construction: 1,136',
        'Total retail sales of consumer goods: 605.72 billion yuan (+7.0%)',
        'Gross marine product: 520.3 billion yuan (+7.6%)',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.unit, r.indicator])).toEqual([
      ['1,136', 'projects', null],
      ['605.72', 'billion yuan', 'retail_sales'],
      ['520.3', 'billion yuan', 'marine_economy'],
    ])
  })

  it('keeps the word that names the kind of a counted thing ("working days", "passenger trips")', () => {
    const got = records(
      'The time needed to start a business was cut to within five working days. The airport handled 5.7 million passenger trips, and 289,000 college graduates came to work here.',
    )
    expect(got.map((r) => [r.number.text, r.unit])).toEqual([
      ['five', 'working days'],
      ['5.7', 'million passenger trips'],
      ['289,000', 'college graduates'],
    ])
  })

  it('pairs two levels in two clauses with the two changes given "respectively" after them', () => {
    const got = records(
      'We received 217 million tourists and tourism revenue hit 268.4 billion yuan, up 12.2 percent and 19.7 percent respectively.',
    )
    expect(got.map((r) => [r.number.text, r.subject, r.indicator, r.change])).toEqual([
      ['217', 'tourists', 'tourists', 12.2],
      ['268.4', 'tourism revenue', 'tourism_revenue', 19.7],
    ])
  })

  it('reads headline verbs of growth and trade ("Tianjin eyes", "Foreign trade edges up", "keeps unemployment at")', () => {
    const got = records(
      'Tianjin eyes around 4% growth. Foreign trade edges up 0.6%. The city keeps unemployment at 5.4%.',
    )
    expect(got.map((r) => [r.number.text, r.indicator])).toEqual([
      ['4', 'grp'],
      ['0.6', 'imports_exports'],
      ['5.4', 'urban_unemployment_rate'],
    ])
  })

  it('reads "c.5%" as around 5%, not as a number glued to a word', () => {
    const got = records('GDP growth: c.5%; CPI: c.3%; see etc.5 below.', 'Targets for 2024')
    expect(got.map((r) => [r.number.text, r.qualifier, r.change])).toEqual([
      ['5', 'around', 5],
      ['3', 'around', 3],
    ])
  })

  it('ends a counted noun at "despite", "amid" or "since"', () => {
    const got = records(
      'The airport handled 11.6 million passenger trips despite travel restrictions. Exports reached 42,000 containers amid weak demand.',
    )
    expect(got.map((r) => [r.number.text, r.unit])).toEqual([
      ['11.6', 'million passenger trips'],
      ['42,000', 'containers'],
    ])
  })

  it('writes out the short units of power and area, "kW" and "ha", as labellers do', () => {
    const got = records(
      'New-energy installed capacity reached 30.5 million kW, and 380,000ha of land was afforested; the Ha Long delegation visited.',
    )
    expect(got.map((r) => [r.number.text, r.unit, r.base?.unit])).toEqual([
      ['30.5', 'million kilowatts', 'kilowatts'],
      ['380,000', 'hectares', 'hectares'],
    ])
  })

  it('reads an arrow after a label as its colon, not one between two figures', () => {
    const found = records(
      [
        '- new urban jobs → 78,000',
        '- 5G base stations → 15,600 in cumulative terms',
        '- Services share of GDP 43.5% (2012) → 50.3% (2017)',
      ].join('\n'),
    )
    expect(found.map((r) => [r.number.text, r.subject, r.unit])).toEqual([
      ['78,000', 'new urban jobs', 'jobs'],
      ['15,600', '5G base stations', 'base stations'],
      ['43.5', 'Services share of GDP', '%'],
      ['50.3', 'Services share of GDP', '%'],
    ])
  })

  it('keeps a quoted word and "per 10,000 people" in the phrase of a counted noun', () => {
    const found = records(
      [
        'Suzhou was home to 277 national-level specialized and sophisticated "little giant" enterprises.',
        'Suzhou had 56.4 high-value invention patents per 10,000 people.',
      ].join('\n\n'),
    )
    expect(found.map((r) => [r.number.text, r.subject, r.unit])).toEqual([
      [
        '277',
        'national-level specialized and sophisticated "little giant" enterprises',
        'enterprises',
      ],
      ['56.4', 'high-value invention patents per 10,000 people', 'patents per 10,000 people'],
    ])
  })

  it('dates a rank in a review of five years, and what "the five years" and "the period" hold', () => {
    const text = (body: string) =>
      `Sichuan Government Work Report 2018\n\nI. Review of Work in the Past Five Years\n\n${body}\n`
    expect(
      periodsOfText(
        text('Expressways in operation reached 6,820 kilometers, ranking 3rd nationwide.'),
      ),
    ).toEqual([
      ['6,820', 2017, 'actual'],
      ['3rd', 2017, 'actual'],
    ])
    expect(
      periodsOfText(
        [
          'Jilin Government Work Report 2018',
          '',
          'FIVE YEARS IN REVIEW',
          '',
          'Looking back on the five years from 2013 to 2017, GDP grew at an average annual rate of 6.9 percent.',
          '',
          'Per capita disposable income rose by an average of 7.8 percent a year during the period.',
          '',
          'In the five years, the province created 2.6 million urban jobs. Five poverty-stricken counties shook off poverty.',
        ].join('\n'),
      ),
    ).toEqual([
      ['6.9', '2013-2017', 'actual'],
      ['7.8', '2013-2017', 'actual'],
      ['2.6', '2013-2017', 'actual'],
      ['Five', '2013-2017', 'actual'],
    ])
    // Ahead of a plan, "the five years" are not the past ones.
    expect(
      periodsOfText(
        'Jilin Government Work Report 2018\n\nMain Targets for 2018\n\nIn the five years, we will create 2.6 million urban jobs. We will renovate 300 old compounds.\n',
      ),
    ).toEqual([
      ['2.6', '2018-2022', 'target'],
      ['300', 2018, 'target'],
    ])
  })

  it('reads a fall that a table row names after its measure or before it', () => {
    const text = [
      'Suzhou Government Work Report 2024',
      '',
      'Indicator\t2023 actual\t2024 target',
      'Energy consumption per unit of GRP, reduction (%)\t3.5\t3',
      '| Reduction in energy consumption per unit of GDP (%) | 3.6 | around 3 |',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(
      extractIndicators(tree, file).indicators.map((r) => [r.number.text, r.value, r.change]),
    ).toEqual([
      ['3.5', null, -3.5],
      ['3', null, -3],
      ['3.6', null, -3.6],
      ['3', null, -3],
    ])
  })

  it('reads the records of a slide deck: points, a net change in brackets, a size that counts, contents', () => {
    const found = records(
      [
        '1  Where the money goes',
        '2  Industry & innovation',
        '',
        'Days with good air quality: 84.1% ↑2.3 pts',
        '',
        'High-tech enterprises: over 8,100 (net +1,050)',
        '',
        'Industrial projects of 1 billion yuan or more: 58 signed',
      ].join('\n'),
    )
    expect(found.map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit])).toEqual([
      ['84.1', 84.1, '%', 2.3, 'percentage points'],
      ['8,100', 8100, 'enterprises', 1050, 'enterprises'],
      ['58', 58, 'projects', null, null],
    ])
  })

  it('reads an elliptical list of levels and a sum in cumulative terms over a review of years', () => {
    const found = records(
      [
        'Over the past five years, GDP grew at an average annual rate of 7.9 percent. Fixed asset investment totaled 1.71 trillion yuan in cumulative terms, and the metro network reached 558 kilometers in cumulative terms.',
        '',
        'Ecology: days with good or excellent air quality, 98.1 percent; forest coverage, 62.1 percent.',
        '',
        'Over the past year, we focused on the following seven areas of work: 1. We went all out to keep the economy stable.',
      ].join('\n'),
      'The past five years (2019-2023)',
    )
    expect(found.map((r) => [r.number.text, r.value, r.change, r.period])).toEqual([
      ['7.9', null, 7.9, '2019-2023'],
      ['1.71', 1.71, null, '2019-2023'],
      ['558', 558, null, 2023],
      ['98.1', 98.1, null, '2019-2023'],
      ['62.1', 62.1, null, '2019-2023'],
    ])
  })

  it('reads the targets a feature story gives after a span of years, and the nouns of its sidebar', () => {
    const found = records(
      [
        'Over the past three years, the city created 286,000 new urban jobs, Zhao noted, pledging to create more than 100,000 new urban jobs in 2024 and to keep the surveyed urban unemployment rate within 5.5 percent.',
        '',
        'Other targets for the year include growth of 10 percent in fixed-asset investment, 8 percent in total retail sales of consumer goods and 10 percent in total imports and exports.',
        '',
        'It also hopes to attract 165 billion yuan of investment from outside the province, up 10 percent from last year.',
        '',
        '152 million: tourists the city aims to receive in 2024',
        '',
        '6,180: 5G base stations built last year',
      ].join('\n'),
    )
    expect(found.map((r) => [r.number.text, r.unit, r.period, r.kind])).toEqual([
      ['286,000', 'jobs', '2021-2023', 'actual'],
      ['100,000', 'jobs', 2024, 'target'],
      ['5.5', '%', 2024, 'target'],
      ['10', null, 2024, 'target'],
      ['8', null, 2024, 'target'],
      ['10', null, 2024, 'target'],
      ['165', 'billion yuan', 2024, 'target'],
      ['152', 'million tourists', 2024, 'target'],
      ['6,180', 'base stations', 2023, 'actual'],
    ])
  })

  it('keeps a result apart from a plan said after it, and a stock in cumulative terms from a plan', () => {
    expect(
      periods(
        [
          'Online retail sales of physical goods rose 22.1 per cent, and the province will promote new forms of consumption in 2024.',
          '',
          'In cumulative terms, the province has supported the construction of 50 high-level hospitals, and it will recruit 3,000 general practitioners in 2024.',
        ].join('\n'),
      ),
    ).toEqual([
      ['22.1', 2023, 'actual'],
      ['50', 2023, 'actual'],
      ['3,000', 2024, 'target'],
    ])
  })

  it('reads years joined by an em dash or 至 as a span', () => {
    expect(
      periodsOfText(
        'Yunnan Government Work Report 2017\n\n【过去五年回顾（2012—2016年）】\n\n• GRP grew by an average of 10.3% a year.\n',
      ),
    ).toEqual([['10.3', '2012-2016', 'actual']])
    expect(periods('GRP grew by an average of 7.1% a year in 2019至2023.')).toEqual([
      ['7.1', '2019-2023', 'actual'],
    ])
  })

  it("reads a newsletter's year of targets, a plan for a year, and its references", () => {
    expect(
      periods(
        [
          '* The 2024 growth target is around 6.5%, with fixed asset investment growth of about 8% and retail sales growth of 7%.',
          '* Jobs: 105,000 new urban jobs are planned for 2024.',
          '',
          'Reply if you would like the target table in section 5. HUBEI NEWS RADIO FM 104.6. We will follow up after the provincial two sessions.',
        ].join('\n'),
      ),
    ).toEqual([
      ['6.5', 2024, 'target'],
      ['8', 2024, 'target'],
      ['7', 2024, 'target'],
      ['105,000', 2024, 'target'],
    ])
  })

  it("reads a press release's dashed labels and a magazine's boxes titled by a year", () => {
    const text = [
      'Ningxia 2024 Government Work Report: the feature',
      '',
      'Issue 3, 2024  |  Pages 34-39',
      '',
      'Newly registered market entities — 196,000, up 12.4%',
      'Industrial projects with investment of over 100 million yuan each — 312 projects started',
      '',
      '+------------------------------+',
      '|       2023 AT A GLANCE       |',
      '+------------------------------+',
      '| > GRP growth: 6.5%           |',
      '+------------------------------+',
      '',
      '+------------------------------+',
      '|       WHAT 2024 HOLDS        |',
      '+------------------------------+',
      '| > GRP growth: around 6.5%    |',
      '| > Retail sales: steady       |',
      '| > CPI: around 3%             |',
      '+------------------------------+',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.unit,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['196,000', 'market entities', 2023, 'actual'],
      ['312', 'projects', 2023, 'actual'],
      ['6.5', null, 2023, 'actual'],
      ['6.5', null, 2024, 'target'],
      ['3', null, 2024, 'target'],
    ])
  })

  it('reads a paragraph on past years under the targets as results', () => {
    expect(
      periods(
        [
          'Looking back on the five years from 2019 to 2023, the report said GRP grew at an average annual rate of 4.3 per cent and revenue at 6.1 per cent a year.',
          '',
          'Over the same period the city created a total of 583,000 new urban jobs.',
        ].join('\n'),
        'Targets for 2024',
      ),
    ).toEqual([
      ['4.3', '2019-2023', 'actual'],
      ['6.1', '2019-2023', 'actual'],
      ['583,000', '2019-2023', 'actual'],
    ])
  })

  it('reads the subject before "rising from … to …"', () => {
    expect(
      records(
        'The report claims average annual GRP growth of 7.1%, with GRP rising from 1.95 trillion yuan in 2019 to 2.77 trillion yuan in 2023.',
      ).map((r) => [r.number.text, r.subject, r.indicator]),
    ).toEqual([
      ['7.1', 'GRP', 'grp'],
      ['1.95', 'GRP', 'grp'],
      ['2.77', 'GRP', 'grp'],
    ])
  })

  it('reads "should" and "Our target this year is" as the plan in a briefing', () => {
    expect(
      periods(
        [
          'SPOKESPERSON: The surveyed unemployment rate should stay around five percent.',
          '',
          'Our target this year is at least 260 days of good air quality, and PM2.5 concentration within 45 micrograms per cubic meter.',
          '',
          'The rate should have fallen to 4.8 percent, and it did.',
        ].join('\n'),
      ),
    ).toEqual([
      ['five', 2024, 'target'],
      ['260', 2024, 'target'],
      ['45', 2024, 'target'],
      ['4.8', 2023, 'actual'],
    ])
  })

  it("reads a research desk's table with dot leaders, and the plan a heading of five years names", () => {
    const text = [
      "Chongqing's 2017 government work report: main indicators",
      '',
      '=========================================================================',
      ' CHONGQING: MAIN INDICATORS                2016 actual        2017 target',
      '=========================================================================',
      ' GRP growth .............................. 10.7% ........... around 10%',
      ' CPI ..................................... 1.8% ............ around 3%',
      '-------------------------------------------------------------------------',
      '',
      'NOTES ON THE 13TH FIVE-YEAR PLAN (2016-2020)',
      '',
      ' - average annual GRP growth of around 9 per cent over 2016-2020;',
      ' - 3.5 million new urban jobs over the five years.',
    ].join('\n')
    expect(periodsOfText(text)).toEqual([
      ['10.7', 2016, 'actual'],
      ['10', 2017, 'target'],
      ['1.8', 2016, 'actual'],
      ['3', 2017, 'target'],
      ['9', '2016-2020', 'target'],
      ['3.5', '2016-2020', 'target'],
    ])
  })

  it('reads an open-data CSV: years joined to words by underscores, a column of growth in pct', () => {
    const text = [
      'Nanning main indicators of the 2023 government work report',
      '',
      'indicator,unit,2022_actual,2022_growth_pct,2023_target',
      'Gross regional product (GRP),billion yuan,521.83,1.4,"growth of around 6.5%, striving for better"',
      'Newly established foreign-invested enterprises,enterprises,137,5.4,150',
      'Urbanization rate of resident population,%,70.3,0.5,',
      'General public budget expenditure,billion yuan,98.71,1.2,',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.value,
        r.unit,
        r.change,
        r.changeUnit,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['521.83', 521.83, 'billion yuan', 1.4, '%', 2022, 'actual'],
      ['6.5', null, null, 6.5, '%', 2023, 'target'],
      ['137', 137, 'enterprises', 5.4, '%', 2022, 'actual'],
      ['150', 150, 'enterprises', null, null, 2023, 'target'],
      ['70.3', 70.3, '%', 0.5, 'percentage points', 2022, 'actual'],
      ['98.71', 98.71, 'billion yuan', 1.2, '%', 2022, 'actual'],
    ])
  })

  it("reads a live blog's tasks after a topic's label, and a label of targets", () => {
    expect(
      periods(
        [
          'Jobs and prices: create over 150,000 new urban jobs, and keep the surveyed urban unemployment rate within 5 per cent.',
          '',
          'Innovation targets: R&D spending to reach 3.9 per cent of GDP.',
          '',
          'Time needed to start a business: cut to within 3 working days.',
        ].join('\n'),
      ),
    ).toEqual([
      ['150,000', 2024, 'target'],
      ['5', 2024, 'target'],
      ['3.9', 2024, 'target'],
      ['3', 2023, 'actual'],
    ])
  })
})

describe('where the rules of a title, a span or a unit stop', () => {
  it('opens a span on "The past five years saw …" only, never over targets', () => {
    expect(
      periods(
        'The past five years have not been easy. We will strive for GDP growth of around 5 percent and create over 1 million new urban jobs.',
        'Targets for 2024',
      ),
    ).toEqual([
      ['5', 2024, 'target'],
      ['1', 2024, 'target'],
    ])
  })

  it('leaves a bullet of results, or of "Last year", under the review it is in', () => {
    expect(
      periods(
        '* Results against targets\n  - GDP: 5.58 trillion yuan, up 6%\n  - Retail sales: up 8.5%',
      ),
    ).toEqual([
      ['5.58', 2023, 'actual'],
      ['8.5', 2023, 'actual'],
    ])
    expect(
      periods(
        '• Last year\n  - GDP: 5.58 trillion yuan, up 6%\n• Targets for this year\n  - GDP growth: around 5.5%',
        'Main Targets for 2024',
      ),
    ).toEqual([
      ['5.58', 2023, 'actual'],
      ['5.5', 2024, 'target'],
    ])
  })

  it('keeps a part heading right under the title a part', () => {
    expect(
      periodsOfText(
        'GOVERNMENT WORK REPORT 2024\nMain Targets for 2024\n\nGDP growth of around 5 percent. Urban jobs: over 1.2 million.\n',
      ),
    ).toEqual([
      ['5', 2024, 'target'],
      ['1.2', 2024, 'target'],
    ])
  })

  it('reads a Markdown heading of the year ahead as the plan', () => {
    expect(
      periodsOfText(
        '# Hubei Government Work Report 2024\n\n## Review of work in 2023\n\nGDP grew 6 percent to 5.58 trillion yuan.\n\n## The year ahead\n\nGDP growth of around 6 percent.\n',
      ),
    ).toEqual([
      ['5.58', 2023, 'actual'],
      ['6', 2024, 'target'],
    ])
  })

  it('does not take a figure boxed between rules for a heading', () => {
    expect(
      periods(
        '━━━━━━━━━━━━━━\nIn 2023 GDP grew 5.2 percent\n━━━━━━━━━━━━━━\n\nGDP growth of around 5 percent.',
        'Targets for 2024',
      ).at(-1),
    ).toEqual(['5', 2024, 'target'])
  })

  it('reads a sum that "came to" over five years as the five years\'', () => {
    expect(
      periods('Over the past five years, fixed-asset investment came to 3.2 trillion yuan.'),
    ).toEqual([['3.2', '2019-2023', 'actual']])
  })

  it('reads "During this period" after a year named as that year', () => {
    expect(
      periods(
        'Over the past five years, GDP grew 6 percent a year on average.\n\nRetail sales rose 5 percent in 2023. During this period, imports rose 3 percent.',
      ).at(-1),
    ).toEqual(['3', 2023, 'actual'])
  })

  it('reads a fall in an intensity as a fall, and a share of a target as no share of the measure', () => {
    expect(
      records('Decline in carbon intensity: 3%', 'Main Targets for 2024').map((r) => [
        r.value,
        r.change,
      ]),
    ).toEqual([[null, -3]])
    expect(
      records("The city created 120,000 new urban jobs, or 105 percent of the year's target.").map(
        (r) => [r.number.text, r.indicator],
      ),
    ).not.toContainEqual(['105', 'urban_jobs'])
  })

  it('passes over "Table C.2", and names no rate for a count of the unemployed', () => {
    expect(
      records(
        'As shown in Table C.2, GDP grew 5.2 percent. Unemployment fell by 20,000 people.',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['5.2', 'grp'],
      ['20,000', null],
    ])
  })
})

describe('where the fixes of the first review stop', () => {
  it('ends the targets of an ASCII box at its closing border and at the next box', () => {
    expect(
      periods(
        [
          '+-------------------------+',
          '|  TARGETS FOR 2024       |',
          '+-------------------------+',
          '   GDP growth: around 5%',
          '+-------------------------+',
          '',
          '+-------------------------+',
          '|  KEY FIGURES  |  2023   |',
          '+-------------------------+',
          '   High-tech enterprises: 9,780',
          '',
          'Retail sales: 805.1 billion yuan (+4.4%)',
        ].join('\n'),
      ),
    ).toEqual([
      ['5', 2024, 'target'],
      ['9,780', 2023, 'actual'],
      ['805.1', 2023, 'actual'],
    ])
  })

  it('opens a span on "The past five years have been …" in a review, not in the targets', () => {
    expect(
      periods(
        'The past five years have been truly extraordinary. Gross domestic product grew at an average annual rate of 5.2 percent.',
        'Work in 2023 and Over the Past Five Years',
      ),
    ).toEqual([['5.2', '2019-2023', 'actual']])
  })

  it('reads a bullet of targets "to be achieved in 2024" as targets', () => {
    expect(periods('• Main targets to be achieved in 2024\n  - GDP growth: around 5.5%')).toEqual([
      ['5.5', 2024, 'target'],
    ])
  })

  it('reads a numbered title boxed between rules as a heading', () => {
    expect(
      periods(
        '━━━━━━━━━━━━━━━━━━━━\nSECTION 2 | TARGETS FOR 2024\n━━━━━━━━━━━━━━━━━━━━\n\nGDP growth: around 5.5%',
      ),
    ).toEqual([['5.5', 2024, 'target']])
  })

  it('keeps "During this period" on the span past years that name no time', () => {
    expect(
      periods(
        'Over the past five years, GDP grew 6.1 percent a year on average.\n\nWe hosted the 2022 Asian Games. During this period, R&D spending rose 12 percent a year.',
      ).at(-1),
    ).toEqual(['12', '2019-2023', 'actual'])
  })

  it('reads a stock that "came to" over five years as the last year\'s', () => {
    expect(
      periods('Over the past five years, the number of market entities came to 8.5 million.'),
    ).toEqual([['8.5', 2023, 'actual']])
  })

  it('reads circa figures with a glued scale, and passes over "Annex c.2"', () => {
    expect(
      records('GRP: c.3.5trn yuan, up c.5%. Annex c.2 lists the projects.').map((r) => [
        r.number.text,
        r.unit,
        r.qualifier,
      ]),
    ).toEqual([['3.5', 'trillion yuan', 'around']])
  })

  it('reads "## Next-generation industries" in Markdown as no plan', () => {
    expect(
      periodsOfText(
        '# Hubei Government Work Report 2024\n\n## Review of work in 2023\n\nGDP grew 6 percent.\n\n## Next-generation industries\n\n- Industrial robots: 60,000 sets\n',
      ),
    ).toEqual([
      ['6', 2023, 'actual'],
      ['60,000', 2023, 'actual'],
    ])
  })
})

describe('where the rules of the eleventh session stop (a review)', () => {
  const hubei = (body: string, part = 'Review of Our Work in 2023') =>
    `Hubei Provincial Government Work Report 2024\n\n${part}\n\n${body}\n`

  it('keeps "Label: N." a figure, and a plan part that names no year the plan', () => {
    expect(
      periods(
        'Key projects started: 12. New high-tech zones: 3. Provincial innovation centers added: 8.',
      ),
    ).toEqual([
      ['12', 2023, 'actual'],
      ['3', 2023, 'actual'],
      ['8', 2023, 'actual'],
    ])
    const text = [
      'Hubei Provincial Government Work Report 2023',
      '',
      'I. Review of Work in the Past Five Years',
      '',
      'Over the past five years, 3.5 million new urban jobs were created.',
      '',
      'II. Suggestions for Government Work in the Next Five Years',
      '',
      'GDP will grow by around 6 percent a year.',
      '',
      'III. Work for 2023',
      '',
      'The main targets are: 700,000 new urban jobs.',
    ].join('\n')
    expect(periodsOfText(text).map(([n, , kind]) => [n, kind])).toEqual([
      ['3.5', 'actual'],
      ['6', 'target'],
      ['700,000', 'target'],
    ])
  })

  it('keeps a numbered heading of the year ahead after numbered records a part', () => {
    const text = [
      'Hubei Provincial Government Work Report 2024',
      '',
      '1. GDP reached 5.58 trillion yuan, up 6 percent.',
      '',
      '2. Retail sales rose 8.5 percent to 2.4 trillion yuan.',
      '',
      '3. 2024: the year ahead',
      '',
      'Boosting consumption',
      '',
      'Retail sales growth of around 8 percent.',
    ].join('\n')
    expect(periodsOfText(text)).toEqual([
      ['5.58', 2023, 'actual'],
      ['2.4', 2023, 'actual'],
      ['8', 2024, 'target'],
    ])
  })

  it('reads targets after a sentence on past years as the plan, and a span only where it is said', () => {
    expect(
      periodsOfText(
        hubei(
          'From 2019 to 2023, per capita disposable income rose 7 percent a year. For 2024, per capita disposable income growth of around 6 percent and over 700,000 new urban jobs.',
          'Main Targets for 2024',
        ),
      ),
    ).toEqual([
      ['7', '2019-2023', 'actual'],
      ['6', 2024, 'target'],
      ['700,000', 2024, 'target'],
    ])
    expect(
      periodsOfText(
        hubei(
          [
            'Over the past five years, GDP grew by 6.5 percent a year on average.',
            '',
            'Consumption recovered strongly. The Spring Festival holiday saw 30 million tourist visits, and tourism revenue rose 20 percent during the period.',
          ].join('\n'),
        ),
      ),
    ).toEqual([
      ['6.5', '2019-2023', 'actual'],
      ['30', 2023, 'actual'],
      ['20', 2023, 'actual'],
    ])
  })

  it('keeps results that hope or a pledge follows, stocks that "totaled", and a box of the report year', () => {
    expect(
      periodsOfText(
        hubei(
          [
            'We lifted 150,000 people out of poverty, bringing new hope to thousands of families.',
            'A total of 35 Fortune Global 500 companies invested in Hubei, with 12 of them pledging to expand.',
            '',
            'Looking back over the past five years, we made solid progress. High-tech enterprises totaled 25,000 in cumulative terms.',
            '',
            '+--------------------------------+',
            '|    HUBEI TWO SESSIONS 2024     |',
            '+--------------------------------+',
            '| New urban jobs: 920,000        |',
            '+--------------------------------+',
          ].join('\n'),
        ),
      ),
    ).toEqual([
      ['150,000', 2023, 'actual'],
      ['35', 2023, 'actual'],
      ['12', 2023, 'actual'],
      ['25,000', 2023, 'actual'],
      ['920,000', 2023, 'actual'],
    ])
  })

  it("reads last year beside a year's target, points that follow no percentage, and a rate of a reduction", () => {
    expect(
      periods(
        'The 2024 growth target is around 5.5 percent, with actual growth last year at 6 percent.',
      ),
    ).toEqual([
      ['5.5', 2024, 'target'],
      ['6', 2023, 'actual'],
    ])
    const found = records(
      [
        'The service quality score rose to 92.5 pts.',
        '',
        '| Indicator | 2023 |',
        '| --- | --- |',
        '| Completion rate of emission reduction tasks | 100% |',
        '',
        '[Chart: average PM2.5 concentration, 2019-2023, falling from 32 to 27 micrograms per cubic meter]',
      ].join('\n'),
    )
    expect(found.map((r) => [r.number.text, r.value, r.unit, r.change, r.indicator])).toEqual([
      ['92.5', 92.5, 'pts', null, null],
      ['100', 100, '%', null, null],
      ['32', 32, null, null, 'pm25'],
      ['27', 27, 'micrograms per cubic meter', null, 'pm25'],
    ])
  })
})

describe('rules of the twelfth session', () => {
  it('reads a target set for a year gone by, in the past tense, as that year’s target', () => {
    expect(
      periods(
        [
          'Last year the city aimed for GRP growth of around 7 percent and achieved 6.4 percent.',
          '',
          'Retail sales of consumer goods were meant to grow 7 percent in 2023 but managed only 1.9 percent.',
          '',
          'The city targeted 100,000 new urban jobs last year and created 118,600.',
          '',
          'Consumer prices were to rise by around 3 percent and rose 1.8 percent.',
        ].join('\n'),
      ),
    ).toEqual([
      ['7', 2023, 'target'],
      ['6.4', 2023, 'actual'],
      ['7', 2023, 'target'],
      ['1.9', 2023, 'actual'],
      ['100,000', 2023, 'target'],
      ['118,600', 2023, 'actual'],
      ['3', 2023, 'target'],
      ['1.8', 2023, 'actual'],
    ])
  })

  it("reads a table under a heading that says its growth rates are in percent: an amount's cells are growths", () => {
    const found = records(
      [
        'MAIN TARGETS AT A GLANCE (growth rates in percent unless stated)',
        '',
        'Indicator                            2023 target   2023 actual   2024 target',
        'Fixed asset investment               8             7.6           around 10',
        'Retail sales of consumer goods       7             1.9           around 8',
        'New urban jobs (people)              100,000       118,600       over 100,000',
      ].join('\n'),
    )
    expect(
      found.map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit, r.period]),
    ).toEqual([
      ['8', null, null, 8, '%', 2023],
      ['7.6', null, null, 7.6, '%', 2023],
      ['10', null, null, 10, '%', 2024],
      ['7', null, null, 7, '%', 2023],
      ['1.9', null, null, 1.9, '%', 2023],
      ['8', null, null, 8, '%', 2024],
      ['100,000', 100000, 'people', null, null, 2023],
      ['118,600', 118600, 'people', null, null, 2023],
      ['100,000', 100000, 'people', null, null, 2024],
    ])
  })

  it('reads "over those five years" after a sentence that looks back on them as the span', () => {
    const found = records(
      'The report also looks back on 2019-2023. Over those five years GRP grew at an average annual rate of 5.9 percent.',
    )
    expect(found.map((r) => [r.number.text, r.period, r.indicator])).toEqual([
      ['5.9', '2019-2023', 'grp'],
    ])
  })

  it("reads a thread's posts past their numbers: a box of targets, more goals, and tasks after a label", () => {
    const text = [
      'Demo Now (English) @DemoNowEN',
      "1/4 Thread: What's in the 2024 Demo government work report?",
      '',
      "2/4 Demo's GDP reached 1.36 trillion yuan in 2023, up 7.4%.",
      '',
      '3/4 🎯 TARGETS FOR 2024',
      '▪️ GDP growth: around 6%',
      '▪️ Fixed-asset investment: up 6%',
      '',
      '4/4 🎯 More 2024 goals: raise R&D spending by more than 10%.',
      '',
      '5/6 🏫 PEOPLE: Add 40,000 public school places.',
    ].join('\n')
    const { tree, file } = parseText(text)
    const found = extractIndicators(tree, file).indicators
    expect(found.map((r) => [r.number.text, r.period, r.kind, r.quote])).toEqual([
      ['1.36', 2023, 'actual', "Demo's GDP reached 1.36 trillion yuan in 2023, up 7.4%"],
      ['6', 2024, 'target', 'GDP growth: around 6%'],
      ['6', 2024, 'target', 'Fixed-asset investment: up 6%'],
      ['10', 2024, 'target', '🎯 More 2024 goals: raise R&D spending by more than 10%'],
      ['40,000', 2024, 'target', '🏫 PEOPLE: Add 40,000 public school places'],
    ])
  })

  it("leaves a speaker's own story out of the figures, and reports its numbers", () => {
    const text = [
      'Minutes of the Panel Discussion on the Government Work Report',
      '',
      'Demo Delegation, Fourth Session of the 16th Demo Municipal People’s Congress',
      'Date: January 9, 2024 (Tuesday), 2:30 p.m.',
      '',
      'Deputy Wan: I work on the shop floor. The report says output of new energy vehicles rose 46.3 percent last year. Our workshop has 140 people on two shifts. I run a center that serves 210 seniors. I noticed that private investment grew 3.6 percent.',
      '',
      'Monthly minimum wage in Class I areas: 1,820 yuan.',
    ].join('\n')
    const { tree, file } = parseText(text)
    const found = extractIndicators(tree, file).indicators
    expect(found.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['46.3', 2023, 'actual'],
      ['3.6', 2023, 'actual'],
      ['1,820', 2023, 'actual'],
    ])
    expect(file.messages.map((m) => m.reason).filter((r) => r.includes('anecdote'))).toEqual([
      'Number `140` is not a figure (anecdote)',
      'Number `two` is not a figure (anecdote)',
      'Number `210` is not a figure (anecdote)',
    ])
  })

  it('reads a table flattened one cell a line as its rows, under the header it names', () => {
    const text = [
      'Government Work Report 2023: Main Indicators at a Glance',
      '',
      'Indicator',
      'Unit',
      '2022 Actual',
      'Growth (%)',
      '2023 Target',
      'Gross regional product',
      'billion yuan',
      '492.12',
      '2.6',
      'around 6.5%',
      'Energy consumption per 10,000 yuan of GRP',
      '%',
      '—',
      '—',
      'meet the provincial quota',
      'New urban jobs',
      'people',
      '84,500',
      '—',
      'over 80,000',
      'Notes: growth is calculated at comparable prices.',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.value,
        r.unit,
        r.change,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['492.12', 492.12, 'billion yuan', 2.6, 2022, 'actual'],
      ['6.5', null, null, 6.5, 2023, 'target'],
      ['84,500', 84500, 'people', null, 2022, 'actual'],
      ['80,000', 80000, 'people', null, 2023, 'target'],
    ])
  })

  it("reads a flattened table across pages: groups' titles, numbered and wrapped labels, the header repeated under each page's head", () => {
    const text = [
      'Demo Municipal Government | Report on the Work of the Government 2024 | Annex',
      'Main Indicators: 2023 Results and 2024 Targets',
      'Indicator',
      '2023 Actual',
      '2023 Growth (%)',
      '2024 Target',
      'I. Economic Development',
      '1. Gross regional product (GRP) (billion yuan)',
      '1,327.6',
      '5.0',
      'around 5.5% growth',
      '2. Value added of industrial enterprises above designated size',
      '(billion yuan)',
      '562.3',
      '4.6',
      'around 6% growth',
      '3. Total retail sales of consumer goods (billion yuan)',
      '374.6',
      'Page 1 of 2',
      'Demo Municipal Government | Report on the Work of the Government 2024 | Annex',
      'Indicator',
      '2023 Actual',
      '2023 Growth (%)',
      '2024 Target',
      '4.1',
      'around 6% growth',
      'II. People’s Wellbeing',
      '4. New urban jobs (people)',
      '108,600',
      '—',
      'no less than 100,000',
      'Page 2 of 2',
      'Demo Municipal Government | Report on the Work of the Government 2024 | Annex',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(coverageProblems(text, tree, file)).toEqual([])
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.value,
        r.unit,
        r.change,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['1,327.6', 1327.6, 'billion yuan', 5, 2023, 'actual'],
      ['5.5', null, null, 5.5, 2024, 'target'],
      ['562.3', 562.3, 'billion yuan', 4.6, 2023, 'actual'],
      ['6', null, null, 6, 2024, 'target'],
      ['374.6', 374.6, 'billion yuan', 4.1, 2023, 'actual'],
      ['6', null, null, 6, 2024, 'target'],
      ['108,600', 108600, 'people', null, 2023, 'actual'],
      ['100,000', 100000, 'people', null, 2024, 'target'],
    ])
  })

  it("takes the year of a table's columns that name none from the one year its title names", () => {
    const found = records(
      [
        'Table 1  Status of the 2023 Ten Practical Things (as of December 31, 2023)',
        '',
        '| Project | Target | Completed | Status |',
        '|---|---|---|---|',
        '| Add public parking spaces | 20,000 spaces | 23,150 spaces | Exceeded |',
      ].join('\n'),
      'Our Work in 2024',
    )
    expect(found.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['20,000', 2023, 'target'],
      ['23,150', 2023, 'actual'],
    ])
  })

  it('names good-air days, high-tech firms and the manufacturing sector’s value added by their ids', () => {
    const found = records(
      'Good-air days made up 89.6 percent of the year. High-tech firms numbered 16,214. The manufacturing sector’s value added made up 26.3 percent of GDP.',
    )
    expect(found.map((r) => [r.number.text, r.indicator])).toEqual([
      ['89.6', 'air_quality_good_days'],
      ['16,214', 'high_tech_enterprises'],
      ['26.3', 'manufacturing_value_added_share'],
    ])
  })

  it('names what a plan wants to move: "We want retail sales to grow by about 5 percent"', () => {
    const found = records(
      'We want the economy to grow by about 5.5 percent. We want retail sales to grow by about 5 percent. We want consumer prices to go up by about 2 percent.',
      'What We Will Do in 2024',
    )
    expect(found.map((r) => [r.number.text, r.indicator, r.kind])).toEqual([
      ['5.5', 'grp', 'target'],
      ['5', 'retail_sales', 'target'],
      ['2', 'cpi', 'target'],
    ])
  })

  it('reads a series table: a header over the labels’ empty column, a CAGR column, and a target that is no change of the year before', () => {
    const found = records(
      [
        'Table 1. Demo: main indicators, 2020-2023, and 2024 targets',
        '',
        '-----------------------------------------------------------------------------------',
        '                                         2020    2021    2022    2023  2024 target  CAGR 20-23',
        '                                                                                         (%)',
        '-----------------------------------------------------------------------------------',
        'GRP (billion yuan)                      673.4   722.3   754.1   786.5           --         5.3',
        'Retail sales (billion yuan)             322.6   346.9   336.4   359.8          +6%         3.7',
      ].join('\n'),
      'Review and Targets',
    )
    expect(
      found.map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit, r.period, r.kind]),
    ).toEqual([
      ['673.4', 673.4, 'billion yuan', null, null, 2020, 'actual'],
      ['722.3', 722.3, 'billion yuan', null, null, 2021, 'actual'],
      ['754.1', 754.1, 'billion yuan', null, null, 2022, 'actual'],
      ['786.5', 786.5, 'billion yuan', null, null, 2023, 'actual'],
      ['5.3', null, null, 5.3, '%', '2020-2023', 'actual'],
      ['322.6', 322.6, 'billion yuan', null, null, 2020, 'actual'],
      ['346.9', 346.9, 'billion yuan', null, null, 2021, 'actual'],
      ['336.4', 336.4, 'billion yuan', null, null, 2022, 'actual'],
      ['359.8', 359.8, 'billion yuan', null, null, 2023, 'actual'],
      ['6', null, null, 6, '%', 2024, 'target'],
      ['3.7', null, null, 3.7, '%', '2020-2023', 'actual'],
    ])
  })

  it("reads a label's change in brackets and a qualifier before a plus: 'Fixed asset investment: (+5.9%)', 'GRP: (around +6%)'", () => {
    expect(
      records(
        [
          '- Fixed asset investment: (+5.9%)',
          '- Private investment: (+4.2%)',
          '- Industry: (1) Value added of high-tech industries grew by 13.2 percent.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.subject, r.change, r.qualifier]),
    ).toEqual([
      ['5.9', 'Fixed asset investment', 5.9, null],
      ['4.2', 'Private investment', 4.2, null],
      ['13.2', 'Value added of high-tech industries', 13.2, null],
    ])
    expect(
      records('- Gross regional product: (around +6%)', 'Main Targets for 2024').map((r) => [
        r.number.text,
        r.indicator,
        r.change,
        r.qualifier,
        r.kind,
      ]),
    ).toEqual([['6', 'grp', 6, 'around', 'target']])
  })

  it("leaves a lesson's word list, quiz and answer key out of the figures", () => {
    const text = [
      'DEMO AIMS FOR AROUND 5.5 PERCENT GROWTH IN 2025',
      '',
      'THE STORY',
      '',
      "Demo's GDP grew 5.4 percent in 2024.",
      '',
      'VOCABULARY',
      '',
      'percentage point (n.): a rise from 4 percent to 5 percent is a rise of 1 percentage point.',
      '',
      'COMPREHENSION QUIZ',
      '',
      'Q2. By how much did GDP grow in 2024?',
      'A) 4.5%   B) 5.4%   C) 6.0%',
      '',
      'ANSWER KEY',
      '',
      'Q2: B',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(extractIndicators(tree, file).indicators.map((r) => [r.number.text, r.period])).toEqual([
      ['5.5', 2025],
      ['5.4', 2024],
    ])
  })

  it("reads a statistical bulletin: dated by its release, tables of 'Indicator  Value  Change' with a label wrapped over its row", () => {
    const text = [
      'Demo Municipal Bureau of Statistics',
      'Home | About Us | Statistical Data',
      'Home > Statistical Data > Communiqués',
      'Statistical Bulletin of Demo on the 2024 National Economic and Social Development',
      '',
      'Release date: 2025-03-28 10:00        Source: Demo Municipal Bureau of Statistics',
      '',
      'II. Agriculture',
      'Indicator                                                        Value      Change',
      'Gross output value of agriculture, forestry,',
      '  animal husbandry and fishery (billion yuan)                     93.6         3.7',
      'Grain output (million tons)                                       1.12         1.6',
    ].join('\n')
    const { tree, file } = parseText(text)
    expect(file.data.meta).toMatchObject({ reportYear: 2025, reviewedYear: 2024 })
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.value,
        r.unit,
        r.change,
        r.changeUnit,
        r.period,
      ]),
    ).toEqual([
      ['93.6', 93.6, 'billion yuan', 3.7, '%', 2024],
      ['1.12', 1.12, 'million tons', 1.6, '%', 2024],
    ])
  })

  it('reads dollars in brackets after the name of a sum in yuan as its conversion', () => {
    expect(
      records(
        "334.35 billion yuan: Demo's GDP in 2023 (about $48 billion), up 1.4% year-on-year",
      ).map((r) => [r.number.text, r.subject, r.value, r.unit, r.change]),
    ).toEqual([['334.35', "Demo's GDP", 334.35, 'billion yuan', 1.4]])
  })

  it('names urban and rural incomes per capita, surveyed unemployment and a provincial growth target by their ids', () => {
    expect(
      records(
        'Urban and rural incomes per capita rose 4.6 and 7.2 percent respectively. Shanxi’s provincial growth target is around 5 percent, and it will keep surveyed unemployment within 5.5 percent.',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['4.6', 'per_capita_disposable_income_urban'],
      ['7.2', 'per_capita_disposable_income_rural'],
      ['5', 'grp'],
      ['5.5', 'urban_unemployment_rate'],
    ])
  })

  it("reads the rows of an HTML table left in a page's source as a table's", () => {
    const found = records(
      [
        '<p>The main projected targets for economic and social development this year are as follows:</p>',
        '<table border="1">',
        '<tr><td><strong>Indicator</strong></td><td><strong>2023 actual</strong></td><td><strong>2024 target</strong></td></tr>',
        '<tr><td>GRP growth (%)</td><td>5.4</td><td>around 5.5</td></tr>',
        '<tr><td>New urban jobs</td><td>152,000</td><td>over 130,000</td></tr>',
        '</table>',
      ].join('\n'),
      'Main Targets for 2024',
    )
    expect(
      found.map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit, r.period, r.kind]),
    ).toEqual([
      ['5.4', null, null, 5.4, '%', 2023, 'actual'],
      ['5.5', null, null, 5.5, '%', 2024, 'target'],
      ['152,000', 152000, 'jobs', null, null, 2023, 'actual'],
      ['130,000', 130000, 'jobs', null, null, 2024, 'target'],
    ])
  })

  it('reads dot-leader rows whose figures have a qualifier each, under a heading between wiki marks', () => {
    const found = records(
      [
        '== PART 2: MAIN TARGETS FOR 2024 ==',
        '',
        '  GRP growth ................................. around 6%',
        '  Retail sales growth ........................ about 7%',
        '  New urban jobs ............................. more than 150,000',
      ].join('\n'),
    )
    expect(
      found.map((r) => [r.number.text, r.subject, r.indicator, r.qualifier, r.period, r.kind]),
    ).toEqual([
      ['6', 'GRP', 'grp', 'around', 2024, 'target'],
      ['7', 'Retail sales', 'retail_sales', 'around', 2024, 'target'],
      ['150,000', 'New urban jobs', 'urban_jobs', 'more than', 2024, 'target'],
    ])
  })

  it('ends a counted noun before a task joined to it by "and"', () => {
    expect(
      records(
        'Create more than 55,000 new urban jobs and help people with employment difficulties find work.',
        'Tasks for 2024',
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([['55,000', 'jobs']])
  })
})

describe('where the rules of the twelfth session stop (a review)', () => {
  it('reads "targeted" before a noun and a quote of an official as no target and no anecdote', () => {
    expect(
      periods(
        'Targeted poverty alleviation lifted 120,000 people out of poverty. We took targeted steps to stabilize jobs and added 135,000 new urban jobs.',
      ),
    ).toEqual([
      ['120,000', 2023, 'actual'],
      ['135,000', 2023, 'actual'],
    ])
    expect(
      records(
        '\u201cI am confident that we can achieve GDP growth of around 5 percent this year,\u201d Li said. \u201cOur community health centers now cover 95 percent of residents,\u201d Li added.',
      ).map((r) => r.number.text),
    ).toEqual(['5', '95'])
  })

  it('reads "over these five years" in a plan as the plan’s years', () => {
    expect(
      periods(
        'Over these five years, we will raise the urbanization rate to 70% and build 100 kilometers of metro lines.',
        'II. The 2024-2028 Development Plan',
      ),
    ).toEqual([
      ['70', '2024-2028', 'target'],
      ['100', '2024-2028', 'target'],
    ])
  })

  it('keeps the label cell of a header indented with its page, and a paragraph’s year out of a table’s columns', () => {
    const indented = records(
      [
        '          Indicator               2023 actual        2024 target',
        '          GDP growth              5.2%               around 5%',
      ].join('\n'),
    )
    expect(indented.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['5.2', 2023, 'actual'],
      ['5', 2024, 'target'],
    ])
    const compared = records(
      [
        'Compared with 2022, the main indicators performed as follows:',
        '',
        '| Indicator | Target | Actual |',
        '|---|---|---|',
        '| GDP growth (%) | around 6 | 5.4 |',
      ].join('\n'),
    )
    expect(
      compared.filter((r) => r.kind === 'actual').map((r) => [r.number.text, r.period]),
    ).toEqual([['5.4', 2023]])
  })

  it('keeps a part heading under a page’s running header, though a table of contents names it too', () => {
    const text = [
      'Report on the Work of the Government',
      '',
      'Contents',
      'I. Review of the Past Year',
      'II. Major Tasks for This Year',
      '',
      'Fellow Deputies,',
      '',
      'I. Review of the Past Year',
      '',
      "The city's GDP grew 5.2 percent and 135,000 new urban jobs were created.",
      '',
      '- 1 -',
      '',
      'Report on the Work of the Government',
      'II. Major Tasks for This Year',
      'The main projected targets are: GDP growth of around 5 percent, and 120,000 new urban jobs.',
      '',
      '- 2 -',
      '',
      'Report on the Work of the Government',
      'Total retail sales are projected at 500 billion yuan.',
    ].join('\n')
    const { tree, file } = parseText(text)
    const found = extractIndicators(tree, file).indicators
    expect(found.at(-1)!.section).toEqual(['II. Major Tasks for This Year'])
  })

  it('takes no report year from a year before "in the government work report"', () => {
    const { file } = parseText(
      [
        'Provincial economy',
        '',
        "Reviewing 2023 in the government work report, Governor Zhao Gang said the province's GDP grew 4.3 percent.",
      ].join('\n'),
    )
    expect(file.data.meta?.reportYear).not.toBe(2023)
  })

  it('reads a CAGR figure, a level beside a column of growths over years, a unit on the next line and a long name before a conversion', () => {
    expect(
      records('- GDP: 3.1 trillion yuan in 2023, CAGR 6.1%').map((r) => r.number.text),
    ).toEqual(['3.1', '6.1'])
    const series = records(
      [
        'Table 1. Demo: main indicators, 2020-2023, and 2024 targets',
        '',
        '-----------------------------------------------------------------------------------',
        '                                         2020    2021    2022    2023  2024 target  CAGR 20-23',
        '-----------------------------------------------------------------------------------',
        'GRP (billion yuan)                      673.4   722.3   754.1   786.5        830.0         5.3',
      ].join('\n'),
      'Review and Targets',
    )
    expect(series.slice(-2).map((r) => [r.number.text, r.change, r.period, r.kind])).toEqual([
      ['830.0', null, 2024, 'target'],
      ['5.3', 5.3, '2020-2023', 'actual'],
    ])
    expect(
      records(
        [
          'Industrial output rose 6.1 per cent to 3.2',
          'trillion yuan, retail sales grew 5.9%',
        ].join('\n'),
      ).map((r) => [r.number.text, r.unit, r.change]),
    ).toEqual([
      ['3.2', 'trillion yuan', 6.1],
      ['5.9', null, 5.9],
    ])
    expect(
      records(
        "334.35 billion yuan: Demo's gross domestic product for the whole of 2023, as released by the municipal statistics bureau (about $48 billion), up 1.4%",
      ).map((r) => [r.number.text, r.change]),
    ).toEqual([['334.35', 1.4]])
  })
})

describe('after the review of the twelfth session', () => {
  it('gives the rows a table row breaks down ("Of which", or indented under it) the unit of that row', () => {
    const found = records(
      [
        'Indicator                                                        Value      Change',
        'Gross regional product (billion yuan)                          2,110.6         5.2',
        '  Of which: Primary industry                                      49.3         3.5',
        '            Secondary industry                                   694.9         5.9',
        'Year-end resident population (million people)                    13.80         0.6',
        'Pork                                                           186,400        -3.8',
      ].join('\n'),
    )
    expect(found.map((r) => [r.number.text, r.unit, r.change])).toEqual([
      ['2,110.6', 'billion yuan', 5.2],
      ['49.3', 'billion yuan', 3.5],
      ['694.9', 'billion yuan', 5.9],
      ['13.80', 'million people', 0.6],
      ['186,400', null, -3.8],
    ])
  })
})

describe('rules of the thirteenth session', () => {
  it('reads "a net increase of" as the change of the level before it, in its counted unit', () => {
    expect(
      records(
        'The number of national high-tech enterprises reached 9,126, a net increase of 1,121.',
      ).map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit]),
    ).toEqual([['9,126', 9126, 'enterprises', 1121, 'enterprises']])
  })

  it('counts "and 225 in cumulative terms" in the unit of the count before it', () => {
    expect(
      records(
        '68 new national-level "little giant" enterprises were recognized, and 225 in cumulative terms.',
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['68', 'enterprises'],
      ['225', 'enterprises'],
    ])
  })

  it('reads grain measured in an area as its acreage', () => {
    expect(
      records(
        'Grain was sown on 536,000 hectares, and grain output totaled 3.416 million tons.',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['536,000', 'grain_area'],
      ['3.416', 'grain_output'],
    ])
  })

  it('reads "topping" as a qualifier and "made up" as a verb after the subject', () => {
    expect(
      records(
        'The city received 96.8 million tourists, with tourism revenue topping 118 billion yuan, and manufacturing made up 48.2% of GRP.',
      ).map((r) => [r.number.text, r.subject, r.qualifier]),
    ).toEqual([
      ['96.8', 'tourists', null],
      ['118', 'tourism revenue', 'over'],
      ['48.2', 'manufacturing', null],
    ])
  })

  it('keeps a sector ending in -ing as a subject of its own', () => {
    expect(
      records('Investment rose 4.1%, and manufacturing accounted for 48.2% of GRP.').map((r) => [
        r.number.text,
        r.subject,
      ]),
    ).toEqual([
      ['4.1', 'Investment'],
      ['48.2', 'manufacturing'],
    ])
  })

  it('drops "strive for" before a subject, and a label names what "strive for" does not', () => {
    expect(
      records(
        'We will strive for private investment growth of around 3%.\n\nExports: strive for growth of 3%',
        'Tasks for 2024',
      ).map((r) => [r.number.text, r.subject, r.indicator]),
    ).toEqual([
      ['3', 'private investment', 'private_investment'],
      ['3', 'Exports', 'exports'],
    ])
  })

  it('reads a label\'s share "of GRP" as the label\'s, and the share of what a plan keeps', () => {
    expect(
      records(
        '- Manufacturing value added: 35.3% of GRP\n- Trade with Belt and Road partner countries: 49.1% of total imports and exports',
      ).map((r) => [r.number.text, r.subject, r.indicator]),
    ).toEqual([
      ['35.3', 'Manufacturing value added', 'manufacturing_value_added_share'],
      ['49.1', 'Trade with Belt and Road partner countries', null],
    ])
    expect(
      records('We will keep value added of manufacturing above 53% of GRP.', 'Tasks for 2024').map(
        (r) => [r.number.text, r.subject, r.indicator, r.qualifier],
      ),
    ).toEqual([['53', 'value added of manufacturing', 'manufacturing_value_added_share', 'above']])
  })

  it('reads dollars in brackets a few words after a sum in yuan as its conversion', () => {
    expect(
      records(
        'GRP increased by roughly 580 billion yuan in a single year (about 81 billion US dollars).',
      ).map((r) => r.number.text),
    ).toEqual(['580'])
  })

  it('passes over a note mark glued to a percentage', () => {
    expect(
      records(
        'Local general public budget revenue amounted to 83.2 billion yuan, up 3.8%2 on a comparable basis.',
      ).map((r) => [r.number.text, r.change]),
    ).toEqual([['83.2', 3.8]])
  })

  it("reads the ligatures of a PDF's text when it names an indicator", () => {
    expect(records('Investment in ﬁxed assets grew by 4.1%.').map((r) => r.indicator)).toEqual([
      'fixed_asset_investment',
    ])
  })

  it('reads slide counters and an export line as furniture, and speaker notes as text', () => {
    const slides = [1, 2, 3]
      .map(
        (n) =>
          `Slide ${n} / 14\n2023 at a glance\n- GRP: ${n}.5 trillion yuan, up 5.${n}%\nNotes: The city built ${n}0 parks.`,
      )
      .join('\n\n')
    const found = records(
      `Source file: Demo_GWR2024_briefing_v7.pptx    Exported 2024-01-28 09:14    Layout: 16:9    Slides: 14\n\n${slides}`,
    )
    expect(found.map((r) => r.number.text)).toEqual(['1.5', '10', '2.5', '20', '3.5', '30'])
  })

  it('reads a page of cards, each figure over its caption, under a title', () => {
    const found = records(
      [
        'Main expected targets',
        'Around 6%',
        'GRP growth',
        '7%',
        'Growth in value added of industrial enterprises above designated size',
        'Over 75,000',
        'New urban jobs',
        '3rd',
        "Demo's GRP ranking among the province's 16 cities",
      ].join('\n'),
      'What we aim for in 2024',
    )
    expect(found.map((r) => [r.number.text, r.subject])).toEqual([
      ['6', 'GRP'],
      ['7', 'value added of industrial enterprises above designated size'],
      ['75,000', 'New urban jobs'],
      ['3rd', "Demo's GRP ranking among the province's 16 cities"],
    ])
  })

  it('reads the rows of a box drawn with box-drawing characters, a figure then its label', () => {
    const found = records(
      [
        '┌──────────── KEY NUMBERS ────────────┐',
        '│ 404.58 bn yuan   GDP in 2023, +2.3% │',
        '│ over 2,650       High-tech firms    │',
        '│ 91.2%            Good air days      │',
        '└─────────────────────────────────────┘',
      ].join('\n'),
    )
    expect(found.map((r) => [r.number.text, r.subject, r.change, r.qualifier])).toEqual([
      ['404.58', 'GDP', 2.3, null],
      ['2,650', 'High-tech firms', null, 'over'],
      ['91.2', 'Good air days', null, null],
    ])
  })
})

describe('rules of the thirteenth session, second round', () => {
  it('counts things named with a measure before them ("15-minute living circles") and keeps compound units', () => {
    expect(
      records(
        'We built 52 "15-minute living circles", registered 9,000 business entities and opened 12 scenic spots.',
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['52', 'living circles'],
      ['9,000', 'business entities'],
      ['12', 'scenic spots'],
    ])
  })

  it('reads an amount\'s share it "accounted for" as a level, and "account for" as a verb', () => {
    expect(
      records('Tax revenue accounted for 75.3%.').map((r) => [r.number.text, r.value, r.change]),
    ).toEqual([['75.3', 75.3, null]])
    expect(
      records(
        'We will ensure that days with good air quality account for at least 85 percent of the year.',
        'Tasks for 2024',
      ).map((r) => [r.number.text, r.subject, r.indicator]),
    ).toEqual([['85', 'days with good air quality', 'air_quality_good_days']])
  })

  it('reads "Related:" links as furniture', () => {
    expect(
      records(
        "GRP reached 1.2 trillion yuan.\n\nRelated: Demo's GRP tops 1.1 trillion yuan in 2022\n\nRetail sales grew 5%.",
      ).map((r) => r.number.text),
    ).toEqual(['1.2', '5'])
  })

  it('passes over the size of a list ("top 100 counties") and reads "will top" as "over"', () => {
    expect(
      records(
        "Demo ranked 4th among China's top 100 counties, and revenue will top 300 billion yuan.",
        'Tasks for 2024',
      ).map((r) => [r.number.text, r.subject, r.qualifier]),
    ).toEqual([
      ['4th', 'Demo', null],
      ['300', 'revenue', 'over'],
    ])
  })
})

describe('rules of the thirteenth session, third round', () => {
  it('ends a part of marked notes at the next topic', () => {
    const { tree, file } = parseText(
      'Demo 2026 Government Work Report: a note\n\nNotes\n[1] Excluding rural households.\n[2] Rounded.\n\nOur view\n\nGrowth: GRP reached RMB 834.2bn in 2025, up 4.6% in real terms.\n',
    )
    expect(
      extractIndicators(tree, file).indicators.map((r) => [r.number.text, r.change, r.period]),
    ).toEqual([['834.2', 4.6, 2025]])
  })

  it('reads "2024A" and "2025T" columns, a unit column in "RMB bn" and "ug/m3", and a growth row indented under its row', () => {
    const found = records(
      [
        'Indicator                              Unit          2024A      2025T      2025A',
        'GRP                                    RMB bn        793.6          -      834.2',
        'Goods imports & exports                RMB bn        277.6          -      321.5',
        '  growth                               % yoy          20.0       10.0       15.8',
        'Per capita disp. income, urban         RMB          45,468          -     47,390',
        'PM2.5 concentration                    ug/m3            12          -         13',
      ].join('\n'),
      'Key indicators',
    )
    expect(
      found.map((r) => [r.number.text, r.unit, r.change, r.period, r.kind, r.indicator]),
    ).toEqual([
      ['793.6', 'billion yuan', null, 2024, 'actual', 'grp'],
      ['834.2', 'billion yuan', null, 2025, 'actual', 'grp'],
      ['277.6', 'billion yuan', null, 2024, 'actual', 'imports_exports'],
      ['321.5', 'billion yuan', null, 2025, 'actual', 'imports_exports'],
      ['20.0', null, 20, 2024, 'actual', 'imports_exports'],
      ['10.0', null, 10, 2025, 'target', 'imports_exports'],
      ['15.8', null, 15.8, 2025, 'actual', 'imports_exports'],
      ['45,468', 'yuan', null, 2024, 'actual', 'per_capita_disposable_income_urban'],
      ['47,390', 'yuan', null, 2025, 'actual', 'per_capita_disposable_income_urban'],
      ['12', 'micrograms per cubic meter', null, 2024, 'actual', 'pm25'],
      ['13', 'micrograms per cubic meter', null, 2025, 'actual', 'pm25'],
    ])
  })

  it("reads arrows from actual to target after a legend, with the level's unit for the target", () => {
    const { tree, file } = parseText(
      [
        'Demo digest: the 2024 Government Work Report',
        '',
        'How to read the arrows: 2023 actual → 2024 target.',
        '',
        ' * GDP growth 6.8% → ~5.5%',
        ' * NEV output  683,000 units → over 800,000',
        ' * New-energy industry output  728.1 billion yuan (+20.3%) → 850',
      ].join('\n'),
    )
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.unit,
        r.base?.value ?? null,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['6.8', null, null, 2023, 'actual'],
      ['5.5', null, null, 2024, 'target'],
      ['683,000', 'units', 683000, 2023, 'actual'],
      ['800,000', 'units', 800000, 2024, 'target'],
      ['728.1', 'billion yuan', 728100000000, 2023, 'actual'],
      ['850', 'billion yuan', 850000000000, 2024, 'target'],
    ])
  })

  it("keeps a post's box of targets over long lines that open on a label and its figure", () => {
    const { tree, file } = parseText(
      "Demo's 2025 Government Work Report is out\n\n🎯 5/8 The 2025 targets (the part everyone actually screenshots)\n\n👉 GDP growth: around 6% – ambitious, but the city usually aims a touch above the provincial line\n\n👉 Retail sales: +6%-ish\n",
    )
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.qualifier,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['6', 'around', 2025, 'target'],
      ['6', 'around', 2025, 'target'],
    ])
  })

  it('reads "up a solid 5.7%" as the change of the level before it', () => {
    expect(
      records('GDP: ¥2.35 trillion (≈US$327bn), up a solid 5.7%.').map((r) => [
        r.number.text,
        r.change,
      ]),
    ).toEqual([['2.35', 5.7]])
  })

  it('reads bulleted facts after dot leaders, with their counts and what was added', () => {
    const found = records(
      [
        '• Newly established foreign-invested enterprises ............... 8,214, +16.5%',
        '• International passenger routes at the airport ................ 75 (11 added)',
        '• National little giant enterprises ............................ 1,132, adding 190 in the year',
        '• Old residential compounds to renovate ......................... 320',
        '• Tertiary hospitals to open .................................... three',
      ].join('\n'),
    )
    expect(found.map((r) => [r.number.text, r.value, r.change, r.changeUnit])).toEqual([
      ['8,214', 8214, 16.5, '%'],
      ['75', 75, 11, 'routes'],
      ['1,132', 1132, 190, 'enterprises'],
      ['320', 320, null, null],
      ['three', 3, null, null],
    ])
  })

  it('reads "no fewer than", "R&D spend" and "Foreign trade (imports + exports)"', () => {
    expect(
      records(
        'We started no fewer than 180 key projects. R&D spend ~¥95bn. Foreign trade (imports + exports): ¥768.2bn.',
      ).map((r) => [r.number.text, r.qualifier, r.indicator]),
    ).toEqual([
      ['180', 'no less than', null],
      ['95', 'around', 'rd_spending'],
      ['768.2', null, 'imports_exports'],
    ])
  })
})

describe('rules of the thirteenth session, fourth round', () => {
  it('reads a chart described in words: a series of years, or the things of one year', () => {
    const { tree, file } = parseText(
      [
        'Demo charts: the 2026 Government Work Report',
        '',
        '[Image 1/14]',
        'Chart: GRP, 2021-2025, trillion yuan: 2.47, 2.63, 2.72, 2.86, 3.01',
        '',
        '[Image 6/14]',
        'Chart: High-tech enterprises, 2023-2025, number: 3,270, 3,860, 4,370',
        '',
        '[Image 7/14]',
        'Chart: Output of new energy vehicles, 2024-2025, 10,000 units: 74.8, 91.3',
        '',
        'Chart: Growth of main indicators, 2025, %: fixed asset investment 1.6 | imports and exports 9.6',
      ].join('\n'),
    )
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.subject,
        r.unit,
        r.change,
        r.period,
      ]),
    ).toEqual([
      ['2.47', 'GRP', 'trillion yuan', null, 2021],
      ['2.63', 'GRP', 'trillion yuan', null, 2022],
      ['2.72', 'GRP', 'trillion yuan', null, 2023],
      ['2.86', 'GRP', 'trillion yuan', null, 2024],
      ['3.01', 'GRP', 'trillion yuan', null, 2025],
      ['3,270', 'High-tech enterprises', 'enterprises', null, 2023],
      ['3,860', 'High-tech enterprises', 'enterprises', null, 2024],
      ['4,370', 'High-tech enterprises', 'enterprises', null, 2025],
      ['74.8', 'Output of new energy vehicles', '10,000 units', null, 2024],
      ['91.3', 'Output of new energy vehicles', '10,000 units', null, 2025],
      ['1.6', 'fixed asset investment', null, 1.6, 2025],
      ['9.6', 'imports and exports', null, 9.6, 2025],
    ])
  })

  it('reads "…, or 330 days" as the measure before it, and cuts no clause inside "imports and exports"', () => {
    expect(
      records('The share of days with good air quality reached 90.4 percent, or 330 days.').map(
        (r) => [r.number.text, r.indicator],
      ),
    ).toEqual([
      ['90.4', 'air_quality_good_days'],
      ['330', 'air_quality_good_days'],
    ])
    expect(
      records(
        'We will attract over 450 new foreign-invested enterprises and strive to bring total imports and exports to over 830 billion yuan.',
        'Tasks for 2024',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['450', 'foreign_invested_enterprises'],
      ['830', 'imports_exports'],
    ])
  })

  it('keeps records a line each under a record that wrapped deeper, and with long labels', () => {
    const found = records(
      [
        '    Total imports and exports: 574.2 billion yuan, down 3.1%',
        '        of which, exports: 412.5 billion yuan, up 2.7%',
        '    Actual use of foreign capital: US$1.86 billion',
        '    Proportion of surface water sections with Grade III or better quality: 97.4%',
        '    Share of clean energy in installed power capacity: 55.6%',
      ].join('\n'),
    )
    expect(found.map((r) => [r.number.text, r.subject])).toEqual([
      ['574.2', 'Total imports and exports'],
      ['412.5', 'exports'],
      ['1.86', 'Actual use of foreign capital'],
      ['97.4', 'Proportion of surface water sections with Grade III or better quality'],
      ['55.6', 'Share of clean energy in installed power capacity'],
    ])
  })
})

describe('where the rules of the thirteenth session stop (a review)', () => {
  it('reads labels over figures as such when a line of words or a source ends the run', () => {
    for (const end of [
      'Foreign trade\nSteady growth in scale, better structure',
      'Source: the report',
    ])
      expect(
        records(
          `GRP growth\nAround 5.5%\nCPI increase\nAround 2%\nSurveyed urban unemployment rate\nWithin 5.5%\n${end}`,
          'Targets for 2024',
        )
          .slice(0, 3)
          .map((r) => [r.number.text, r.indicator]),
      ).toEqual([
        ['5.5', 'grp'],
        ['2', 'cpi'],
        ['5.5', 'urban_unemployment_rate'],
      ])
  })

  it('reads arrows as actual to target only after a legend that says so', () => {
    expect(
      periodsOfText(
        [
          'Government Work Report 2024',
          '',
          'Review of 2023',
          '',
          '- Forest coverage: 58.2% → 62.1%',
          '',
          'Targets for 2024',
          '',
          'How to read the arrows: 2023 actual → 2024 target',
          '',
          '- GDP growth 5.6% → ~5.5%',
        ].join('\n'),
      ),
    ).toEqual([
      ['58.2', 2023, 'actual'],
      ['62.1', 2023, 'actual'],
      ['5.6', 2023, 'actual'],
      ['5.5', 2024, 'target'],
    ])
  })

  it("ends a thread's box of targets at the next post", () => {
    expect(
      periodsOfText(
        'Highlights of the 2025 Government Work Report, in a thread\n\n🎯 5/8 The 2025 targets\n\n👉 GDP growth: around 6%\n\n📉 6/8 How did the economy actually do?\n\n👉 Retail sales: 3.8% growth, well below what planners had hoped as households kept on saving\n',
      ),
    ).toEqual([
      ['6', 2025, 'target'],
      ['3.8', 2024, 'actual'],
    ])
  })

  it('keeps text indented like a "Related:" line, and a bulleted table of contents as furniture', () => {
    expect(
      records(
        "  The city's GRP reached 1.25 trillion yuan.\n  Related: Demo unveils 2025 livelihood projects\n  Fixed asset investment grew 4.1 percent.",
      ).map((r) => r.number.text),
    ).toEqual(['1.25', '4.1'])
    expect(
      records(
        'Contents\n• Review of 2023 ........................ 2\n• Targets for 2024 ...................... 5\n• Ten livelihood projects ............... 9\n\nGRP grew 5%.',
      ).map((r) => r.number.text),
    ).toEqual(['5'])
  })

  it('reads ", adding 320 kilometers of rural roads" as a figure of its own, and "avg." before words as an end', () => {
    expect(
      records(
        'Expressways in service reached 5,200 kilometers, adding 320 kilometers of rural roads.',
      ).map((r) => [r.number.text, r.change]),
    ).toEqual([
      ['5,200', null],
      ['320', null],
    ])
    expect(
      records(
        '• Per capita disposable income of urban residents rose 6.1% a year on avg. Rural incomes grew 7.4% a year.',
      ).map((r) => r.indicator),
    ).toEqual(['per_capita_disposable_income_urban', 'per_capita_disposable_income_rural'])
  })

  it('shares a percent back over a minus and keeps the qualifiers of "crossing", "passing" and "top 20" out', () => {
    expect(
      records('Exports and imports grew by 7.2 and -3.1 percent respectively.').map((r) => [
        r.number.text,
        r.changeUnit,
      ]),
    ).toEqual([
      ['7.2', '%'],
      ['3.1', '%'],
    ])
    expect(
      records(
        'We opened the railway, passing 12 counties and crossing 3 major rivers. The city aims to get to top 20 in the national innovation index.',
      ).map((r) => r.qualifier),
    ).toEqual([null, null, null])
  })

  it("reads an event's ordinal as no rank, and notes titled as notes go on", () => {
    expect(
      records(
        "• 6th China International Import Expo: the city's delegation ranked 3rd in deals signed",
      ).map((r) => r.number.text),
    ).toEqual(['3rd'])
    const { tree, file } = parseText(
      'Government Work Report 2024\n\nTargets for 2024\n\nGRP growth of around 5.5%.\n\nNotes\n\n[1] Growth rates are calculated at comparable prices.\n\nRounding\n\nShares may not add up to 100% because of rounding.\n',
    )
    expect(extractIndicators(tree, file).indicators.map((r) => r.number.text)).toEqual(['5.5'])
  })

  it('writes the yuan of a unit column per month, and keeps a dollar figure named in brackets after "and"', () => {
    expect(
      records(
        [
          'Indicator                           Unit            2023A       2024T',
          'Minimum wage                        RMB/month       2,490       2,600',
          'Per capita GRP                      RMB 10,000      15.2        16',
        ].join('\n'),
        'Main indicators',
      ).map((r) => r.unit),
    ).toEqual(['yuan per month', 'yuan per month', '10,000 yuan', '10,000 yuan'])
    expect(
      records(
        'Imports and exports reached 450 billion yuan and paid-in foreign investment (2.1 billion US dollars) hit a record.',
      ).map((r) => r.number.text),
    ).toEqual(['450', '2.1'])
  })

  it('gives a growth row the label of the row right above it', () => {
    expect(
      records(
        [
          'Indicator            Unit     2023A   2024T',
          'Imports and exports  bn yuan  680.2   700',
          '  growth             %        5.1     3',
          '  Exports            bn yuan  420.5   430',
          '    growth           %        7.2     4',
        ].join('\n'),
        'Main indicators',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['680.2', 'imports_exports'],
      ['700', 'imports_exports'],
      ['5.1', 'imports_exports'],
      ['3', 'imports_exports'],
      ['420.5', 'exports'],
      ['430', 'exports'],
      ['7.2', 'exports'],
      ['4', 'exports'],
    ])
  })
})

describe('rules of the thirteenth session, fifth round', () => {
  it('reads a table flattened one cell a line whose labels break words, and a unit cell of two lines', () => {
    const found = records(
      [
        'Table 1  Main targets for 2024',
        'Indicator',
        'Unit',
        '2023 actual',
        '2024 target',
        'GRP growth',
        '%',
        '5.6',
        'around 5.5',
        'Growth of fixed asset in-',
        'vestment',
        '%',
        '4.2',
        'around 5',
        'New urban jobs',
        '10,000',
        'people',
        '67.2',
        'over 65',
        'Growth of per capita dis-',
        'posable income',
        '%',
        '5.4',
        'in step with economic',
        'growth',
        'Grain output',
        'million tons',
        '42.18',
        'above 41.5',
      ].join('\n'),
      'Main targets',
    )
    expect(
      found.map((r) => [r.number.text, r.indicator, r.unit, r.change, r.period, r.kind]),
    ).toEqual([
      ['5.6', 'grp', null, 5.6, 2023, 'actual'],
      ['5.5', 'grp', null, 5.5, 2024, 'target'],
      ['4.2', 'fixed_asset_investment', null, 4.2, 2023, 'actual'],
      ['5', 'fixed_asset_investment', null, 5, 2024, 'target'],
      ['67.2', 'urban_jobs', '10,000 people', null, 2023, 'actual'],
      ['65', 'urban_jobs', '10,000 people', null, 2024, 'target'],
      ['5.4', 'per_capita_disposable_income', null, 5.4, 2023, 'actual'],
      ['42.18', 'grain_output', 'million tons', null, 2023, 'actual'],
      ['41.5', 'grain_output', 'million tons', null, 2024, 'target'],
    ])
  })

  it('reads the year said before a plan\'s span, a "5G-A" model before what is counted, and a file name as no figure', () => {
    expect(
      records(
        "[IMG: 20240112_demo_npc_01.jpg]\n\nThe capital's GRP expanded 5.3 percent to 5.21 trillion yuan in 2023, the final year of the 14th Five-Year Plan period (2021-2025), the report said.\n\nThe city will build 10,000 5G-A base stations.",
      ).map((r) => [r.number.text, r.unit, r.period]),
    ).toEqual([
      ['5.21', 'trillion yuan', 2023],
      ['10,000', 'base stations', 2024],
    ])
  })

  it('passes over telephone numbers and an area restated in brackets, and reads "to pass" as "over"', () => {
    expect(
      records(
        'We built 2.67 million mu of high-standard farmland (178,000 hectares). Digital economy added value is to pass 5.6 trillion yuan.\n\nTel: +86 (574) 8718 0000    Fax: +86 (574) 8718 0001',
      ).map((r) => [r.number.text, r.qualifier]),
    ).toEqual([
      ['2.67', null],
      ['5.6', 'over'],
    ])
  })

  it('reads a sown area, a consumer price increase, new jobs created and "N more than at the end of" a year', () => {
    expect(
      records(
        'Grain output reached 4.8 million tons from a sown area of 128,000 hectares. Consumer price increase: 0.3%. New jobs created: 61,000. High-tech enterprises: 268 firms, 41 more than at the end of 2022.',
      ).map((r) => [r.number.text, r.indicator, r.change]),
    ).toEqual([
      ['4.8', 'grain_output', null],
      ['128,000', 'grain_area', null],
      ['0.3', 'cpi', 0.3],
      ['61,000', 'urban_jobs', null],
      ['268', 'high_tech_enterprises', 41],
    ])
  })
})

describe('rules of the thirteenth session, sixth round', () => {
  it('passes over a streak above a threshold, a threshold "worth … each" and a screen size', () => {
    expect(
      records(
        'R&D intensity stayed above 5% for the 6th year in a row. The digital economy grew by more than 15% for the sixth year running. 326 projects worth over 1 billion yuan each were started.\n\nBest viewed at 1280*800 resolution',
      ).map((r) => r.number.text),
    ).toEqual(['15', '326'])
  })

  it('reads a deck printed to PDF: page marks, a footer with its page number, sections numbered "02"', () => {
    const footer = (n: number) =>
      `2024 Government Work Report                               Demo Provincial People's Government   ${n}`
    expect(
      periodsOfText(
        [
          'Demo 2024 Government Work Report: the briefing deck',
          '',
          'P2',
          '01 Review of 2023',
          '▪ GRP grew 5.2%',
          footer(2),
          '',
          'P3',
          '02 Main Targets for 2024',
          '▪ GRP growth: around 5%',
          '▪ CPI: around 3%',
          footer(3),
          '',
          'P4',
          'Thank you',
          footer(4),
        ].join('\n'),
      ),
    ).toEqual([
      ['5.2', 2023, 'actual'],
      ['5', 2024, 'target'],
      ['3', 2024, 'target'],
    ])
  })

  it('ends the part a box indented from the page names at the text on the margin, and reads a one in a word as an l', () => {
    const { tree, file } = parseText(
      [
        'Demo 2024 Government Work Report',
        '',
        'Review of 2023',
        '',
        ' KEY FIGURES',
        ' GRP ............... 902.7 bn yuan, +5.6%',
        ' 2024 TARGETS',
        ' GRP growth ........ ~6%',
        ' Source: the report',
        '',
        'Retail sales reached 455.6 bi1lion yuan in 2023.',
      ].join('\n'),
    )
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.unit,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['902.7', 'billion yuan', 2023, 'actual'],
      ['6', null, 2024, 'target'],
      ['455.6', 'billion yuan', 2023, 'actual'],
    ])
  })
})

describe('where the later rules of the thirteenth session stop (a second review)', () => {
  it('keeps the part of a heading centred on its page, and rows that differ only in their figure', () => {
    expect(
      periodsOfText(
        'Highlights of the 2025 Government Work Report\n\n                          Targets for 2025\n\nGRP growth of around 5%.\n',
      ),
    ).toEqual([['5', 2025, 'target']])
    expect(
      records(
        [
          'Exports (billion yuan)                       120.5',
          '  growth (%)                                     8',
          'Imports (billion yuan)                        80.2',
          '  growth (%)                                     3',
        ].join('\n'),
      ).map((r) => r.number.text),
    ).toEqual(['120.5', '8', '80.2', '3'])
  })

  it('applies an arrow legend written under its figures, in the same part', () => {
    expect(
      periodsOfText(
        'Highlights of the 2025 Government Work Report\n\nKey figures\n\nGRP growth: 5.4% → around 5%\n\nHow to read the arrows: 2024 actual → 2025 target\n',
      ),
    ).toEqual([
      ['5.4', 2024, 'actual'],
      ['5', 2025, 'target'],
    ])
  })

  it('reads ", adding 320 kilometers" as a change, "worth … each month" as an amount and a surge over a streak as a growth', () => {
    expect(
      records(
        'Rural roads totaled 12,500 kilometers, adding 320 kilometers. Cross-border e-commerce orders worth 3 billion yuan each month were processed. Foreign trade surged by over 10% for the second year in a row.',
      ).map((r) => [r.number.text, r.change]),
    ).toEqual([
      ['12,500', 320],
      ['3', null],
      ['10', 10],
    ])
  })

  it('cuts a clause before "exports up", and reads "to pass 12 exams" with no qualifier', () => {
    expect(
      records('Trade in services grew, with growth of 5.1% in imports and exports up 12.3%.').map(
        (r) => [r.number.text, r.subject],
      ),
    ).toEqual([
      ['5.1', 'imports'],
      ['12.3', 'exports'],
    ])
    expect(
      records('Help 3,000 rural students to pass 12 national vocational exams.', 'Tasks for 2024')
        .filter((r) => r.number.text === '12')
        .map((r) => r.qualifier),
    ).toEqual([null])
  })
})

describe('after the second review of the thirteenth session', () => {
  it('passes over a streak below a threshold, reads a chart with a negative figure, and a "growth rate" row under its row', () => {
    expect(
      records(
        'The urban unemployment rate stayed below 5.5% for the 5th consecutive year, and GRP grew 5.2%.',
      ).map((r) => r.number.text),
    ).toEqual(['5.2'])
    const { tree, file } = parseText(
      'Demo charts: the 2025 Government Work Report\n\nChart: Growth of main indicators, 2024, %: fixed asset investment 1.6 | retail sales 4.2 | exports -3.1\n',
    )
    expect(
      extractIndicators(tree, file).indicators.map((r) => [r.subject, r.change, r.changeUnit]),
    ).toEqual([
      ['fixed asset investment', 1.6, '%'],
      ['retail sales', 4.2, '%'],
      ['exports', -3.1, '%'],
    ])
    expect(
      records(
        [
          'Indicator                              Unit       2023A     2024T',
          'Total retail sales                     bn yuan    1,234.5   1,300',
          '  y-o-y growth rate (%)                %          5.2       5',
        ].join('\n'),
        'Main indicators',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['1,234.5', 'retail_sales'],
      ['1,300', 'retail_sales'],
      ['5.2', 'retail_sales'],
      ['5', 'retail_sales'],
    ])
  })
})

describe('rules of the fourteenth session', () => {
  it('reads the unit a label gives in brackets: a scale of digits, a currency, yuan a month', () => {
    expect(
      records(
        [
          'GRP (100 million yuan): 12,345',
          '',
          'Grain output (10,000 tons) 1,234',
          '',
          'Minimum wage (RMB/month): 2,690, up 4.2%',
          '',
          'Per capita income (RMB): 45,678',
        ].join('\n'),
      ).map((r) => [r.number.text, r.subject, r.unit, r.base]),
    ).toEqual([
      ['12,345', 'GRP', '100 million yuan', { value: 1234500000000, unit: 'yuan' }],
      ['1,234', 'Grain output', '10,000 tons', { value: 12340000, unit: 'tons' }],
      ['2,690', 'Minimum wage', 'yuan per month', { value: 2690, unit: 'yuan per month' }],
      ['45,678', 'Per capita income', 'yuan', { value: 45678, unit: 'yuan' }],
    ])
    // (Not a bracket after a figure: "rose 5% (year on year) 12 firms".)
    expect(
      records('Output rose 5% (year on year) 12 firms.').map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['5', null],
      ['12', 'firms'],
    ])
  })
})

describe('rules of the fourteenth session, from its first batches', () => {
  it('takes "a 4.9 percent increase" after a level as its change, but not "a 5 percent rise in retail sales"', () => {
    expect(
      records(
        'Total retail sales of consumer goods amounted to 3.21 trillion yuan, a 4.9 percent increase. Imports were 2 trillion yuan, a 1.2 percent drop.',
      ).map((r) => [r.number.text, r.value, r.change]),
    ).toEqual([
      ['3.21', 3.21, 4.9],
      ['2', 2, -1.2],
    ])
    expect(
      records(
        'Other targets include 180,000 new urban jobs, a 5 percent rise in retail sales of consumer goods.',
        'Targets for 2024',
      ).map((r) => [r.number.text, r.value, r.change]),
    ).toEqual([
      ['180,000', 180000, null],
      ['5', null, 5],
    ])
  })

  it('names shares of manufacturing, the marine economy, and acreage sown to grain', () => {
    expect(
      records(
        [
          'Manufacturing represented 23.5% of GRP, and manufacturing accounted for 40% of total investment.',
          'Total output value of the marine economy stood at 1.22 trillion yuan.',
          'Grain output was 3.12 million tons, from a sown area of 2.68 million hectares; the grain-sown area held steady at 2.7 million hectares.',
        ].join(' '),
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['23.5', 'manufacturing_value_added_share'],
      ['40', null],
      ['1.22', 'marine_economy'],
      ['3.12', 'grain_output'],
      ['2.68', 'grain_area'],
      ['2.7', 'grain_area'],
    ])
  })

  it('reads the subject past a "which" aside, and "that of … by 150" as the same kind of change', () => {
    expect(
      records(
        'Fixed asset investment edged up 1.8 percent, and private investment, which made up 55.2 percent of the total, rose by 2.6 percent.',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['1.8', 'fixed_asset_investment'],
      ['55.2', null],
      ['2.6', 'private_investment'],
    ])
    expect(
      records(
        'We will increase the number of hospitals by 12 and that of clinics by 40.',
        'Tasks for 2024',
      ).map((r) => [r.number.text, r.value, r.change, r.changeUnit]),
    ).toEqual([
      ['12', null, 12, 'hospitals'],
      ['40', null, 40, 'clinics'],
    ])
  })

  it('reads "no higher than" and "no lower than" as bounds, and "Looking ahead to 2030" as the year', () => {
    expect(
      records(
        'Keep the surveyed urban unemployment rate no higher than 5 percent and grain output no lower than 12 million tons. Looking ahead to 2030, we aim to raise per capita GRP to over 70,000 yuan.',
        'Targets for 2024',
      ).map((r) => [r.number.text, r.qualifier, r.period]),
    ).toEqual([
      ['5', 'within', 2024],
      ['12', 'no less than', 2024],
      ['70,000', 'over', 2030],
    ])
  })

  it('reads what was done, in the past tense, under the plan as a result', () => {
    expect(
      periods(
        [
          'Per capita disposable income rose 4.6 percent to 79,650 yuan, with the incomes of rural residents growing 6.1 percent.',
          '',
          'The city created 312,000 new urban jobs and renovated 196 old residential communities.',
          '',
          'Newly created urban jobs: over 300,000',
        ].join('\n'),
        '2024 goals',
      ),
    ).toEqual([
      ['79,650', 2023, 'actual'],
      ['6.1', 2023, 'actual'],
      ['312,000', 2023, 'actual'],
      ['196', 2023, 'actual'],
      ['300,000', 2024, 'target'],
    ])
  })

  it('reads sub-items under a labelled item: whose income, a growth without its verb, a stock "in cumulative terms"', () => {
    expect(
      records(
        [
          '• Per capita disposable income of residents: 82,760 yuan, up 4.5%',
          '    – Urban 94,120 yuan; rural 50,380 yuan',
          '• Imports and exports: 2.63 trillion yuan, an increase of 4.9%',
          '    – Exports grew 7.3%, imports 1.2%',
          '• High-tech enterprises: 17,480',
          '    – 38 national "little giant" firms added, 1,012 in cumulative terms',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change]),
    ).toEqual([
      ['82,760', 'per_capita_disposable_income', 82760, 'yuan', 4.5],
      ['94,120', 'per_capita_disposable_income_urban', 94120, 'yuan', null],
      ['50,380', 'per_capita_disposable_income_rural', 50380, 'yuan', null],
      ['2.63', 'imports_exports', 2.63, 'trillion yuan', 4.9],
      ['7.3', 'exports', null, null, 7.3],
      ['1.2', null, null, null, 1.2],
      ['17,480', 'high_tech_enterprises', 17480, 'enterprises', null],
      ['38', null, 38, 'firms', null],
      ['1,012', null, 1012, 'firms', null],
    ])
  })
})

describe('rules of the fourteenth session, from its second batches', () => {
  it('reads a table aligned with spaces under a rule of box-drawing lines, with an empty level cell and a label wrapped under its row', () => {
    expect(
      records(
        [
          'Indicator                               Unit                   2023     Growth %     2024 target',
          '──────────────────────────────────────────────────────────────────────────────────────────────',
          'Fixed asset investment                  %                         —          4.1     around 5%',
          'Total retail sales of consumer          billion yuan          586.4          5.2     around 6%',
          '  goods',
          'Per capita disposable income of         yuan                 64,170          4.6     in step with',
          '  urban residents                                                                    economic growth',
        ].join('\n'),
        'Main indicators',
      ).map((r) => [r.number.text, r.indicator, r.value, r.change, r.period, r.kind]),
    ).toEqual([
      ['4.1', 'fixed_asset_investment', null, 4.1, 2023, 'actual'],
      ['5', 'fixed_asset_investment', null, 5, 2024, 'target'],
      ['586.4', 'retail_sales', 586.4, 5.2, 2023, 'actual'],
      ['6', 'retail_sales', null, 6, 2024, 'target'],
      ['64,170', 'per_capita_disposable_income_urban', 64170, 4.6, 2023, 'actual'],
    ])
  })

  it('passes over a footer with its page number between dashes, and the base of an index', () => {
    const footer = (page: number) =>
      `Jinan Government Work Report 2024                                        — ${page} —`
    const { tree, file } = parseText(
      [
        'Government Work Report 2024',
        '',
        'Review of Work in 2023',
        '',
        'GRP grew 5.1%.',
        footer(3),
        'Retail sales grew 4.2%.',
        footer(4),
        'Exports grew 3.3%, and the price index stood at 102.1 (previous year = 100).',
        footer(5),
        '',
      ].join('\n'),
    )
    expect(extractIndicators(tree, file).indicators.map((r) => r.number.text)).toEqual([
      '5.1',
      '4.2',
      '3.3',
      '102.1',
    ])
  })

  it('names the row of a cell that holds only a qualifier before its figure, and share of days', () => {
    expect(
      records(
        [
          '| Indicator | Unit | 2023 | Growth (%) | 2024 target |',
          '| --- | --- | --- | --- | --- |',
          '| Total retail sales of consumer goods | billion yuan | 593.58 | 7.1 | around 8% growth |',
          '| PM2.5 average concentration | μg/m³ | 32.6 | -1.2 | 33 or below |',
        ].join('\n'),
        'Main indicators',
      ).map((r) => [r.number.text, r.indicator, r.qualifier]),
    ).toEqual([
      ['593.58', 'retail_sales', null],
      ['8', 'retail_sales', 'around'],
      ['32.6', 'pm25', null],
      ['33', 'pm25', 'within'],
    ])
    expect(
      records(
        'We will ensure that at least 83% of days have good air quality.',
        'Tasks for 2024',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([['83', 'air_quality_good_days']])
  })

  it('names incomes of urban residents, clean energy in generating capacity, and "picked up" as a verb', () => {
    expect(
      records(
        'Per capita disposable income rose 4.6 per cent, with the incomes of urban and rural residents growing by 4.2 per cent and 6.3 per cent respectively. Clean energy accounted for 41.5 per cent of the installed power generating capacity, and private investment picked up by 4.1 per cent.',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['4.6', 'per_capita_disposable_income'],
      ['4.2', 'per_capita_disposable_income_urban'],
      ['6.3', 'per_capita_disposable_income_rural'],
      ['41.5', 'clean_energy_capacity_share'],
      ['4.1', 'private_investment'],
    ])
  })

  it('reads a cumulative sum named so over a Five-Year Plan, and the first line of a wrapped paragraph in a text of long lines', () => {
    const long = 'The year brought the period to a successful close. '.repeat(14).trim()
    expect(
      periodsOfText(
        [
          'Government Work Report 2026',
          '',
          'I. Review of 2025',
          '',
          long,
          '',
          'Looking back over the 14th Five-Year Plan period (2021-2025), GDP grew at an average annual rate of',
          '\u00a0\u00a0\u00a0 \u00a05.3 per cent; cumulative R&D spending exceeded 1.2 trillion yuan.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['5.3', '2021-2025', 'actual'],
      ['1.2', '2021-2025', 'actual'],
    ])
  })

  it('reads a level held "for five consecutive years" as a figure, not "for the eighth consecutive year"', () => {
    expect(
      records(
        'Grain output stayed above 35 million tons for five consecutive years. Grain output remained above 30 million tons for the 11th consecutive year.',
      ).map((r) => r.number.text),
    ).toEqual(['35'])
  })

  it('reads a figure before a conversion and its label, the same noun twice, and "that of SMEs" as a count', () => {
    expect(
      records(
        [
          '621.7 billion yuan (US$86.5 billion) — total imports and exports, up 4.8%',
          '',
          'Over 48,000 rural left-behind children and children in difficulty were helped. Grain output reached 1.57 million tons from 213,000 hectares of grain fields. The number of high-tech enterprises grew to 6,520, and that of technology-based SMEs hit 9,870.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.unit]),
    ).toEqual([
      ['621.7', 'imports_exports', 'billion yuan'],
      ['48,000', null, 'children'],
      ['1.57', 'grain_output', 'million tons'],
      ['213,000', 'grain_area', 'hectares'],
      ['6,520', 'high_tech_enterprises', 'enterprises'],
      ['9,870', null, 'SMEs'],
    ])
  })
})

describe('rules of the fourteenth session, from its third batches', () => {
  it('passes over "Skip to main content" and a site\'s names over its menu, and reads a block of figures and labels parted by tabs', () => {
    const { tree, file } = parseText(
      [
        'Skip to main content',
        '',
        'DBW ENGLISH  |  Northeast Net',
        'Home | News | Heilongjiang | Business | Culture | Photos',
        '',
        'You are here: Home > News > Heilongjiang > 2026 Two Sessions',
        '',
        'Heilongjiang bets on grain as new five-year plan gets under way',
        '',
        'By WANG XUE in Harbin  |  dbw.cn  |  Updated: 2026-01-27 10:42',
        '',
        'The province’s gross regional product reached 1.71 trillion yuan in 2025, up 4.6 percent.',
        '',
        'FACTS & FIGURES',
        'Heilongjiang’s economy in 2025',
        '',
        '44,380 yuan\tper capita disposable income of urban residents, up 4.3%',
        '93.6%\t\tshare of days with good air quality in cities',
        '412\t\tforeign-invested enterprises newly set up, up 21%',
        '312 million\tdomestic and overseas tourists received, up 18.5%',
        '',
      ].join('\n'),
    )
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.indicator,
        r.unit,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['1.71', 'grp', 'trillion yuan', 2025, 'actual'],
      ['44,380', 'per_capita_disposable_income_urban', 'yuan', 2025, 'actual'],
      ['93.6', 'air_quality_good_days', '%', 2025, 'actual'],
      ['412', 'foreign_invested_enterprises', 'enterprises', 2025, 'actual'],
      ['312', 'tourists', 'million tourists', 2025, 'actual'],
    ])
  })

  it('names a target "for its economic growth", a subject after "though", and reads "Over the period" as the span before', () => {
    expect(
      records(
        'Heilongjiang has set a target of around 5 percent for its economic growth this year. Fixed asset investment grew 2.1%, though private investment edged down 1.3%.',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['5', 'grp'],
      ['2.1', 'fixed_asset_investment'],
      ['1.3', 'private_investment'],
    ])
    expect(
      periodsOfText(
        [
          'Government Work Report 2026',
          '',
          'Review of Work in 2025',
          '',
          'Looking back on the 14th Five-Year Plan period (2021-2025), the economy grew at an average annual rate of 3.9 percent.',
          '',
          'Over the period, 1.78 million urban jobs were created.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['3.9', '2021-2025', 'actual'],
      ['1.78', '2021-2025', 'actual'],
    ])
  })

  it('reads a section headed "ON TARGET" as results, and a bulleted part numbered in Roman numerals as a part', () => {
    expect(
      periodsOfText(
        [
          "Wuxi's 2024 scorecard: what the 2025 government work report says",
          '',
          '3.  JOBS, PRICES AND INCOMES: ON TARGET',
          '',
          'The city created 152,000 new urban jobs against a target of 140,000.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['152,000', 2024, 'actual'],
      ['140,000', 2024, 'target'],
    ])
    expect(
      periodsOfText(
        [
          'Highlights of the 2026 Government Work Report',
          '',
          '■ I. Review of Work in 2025',
          '',
          '2025 was the final year of the plan.',
          '',
          '-- GRP reached 2.18 trillion yuan, up 5.8 percent.',
          '',
          '■ IV. Major Targets for 2026',
          '',
          '2026 is the first year of the 15th Five-Year Plan period. The main targets are:',
          '',
          '-- GRP growth of around 5.5 percent;',
          '',
          '■ V. Key Tasks for 2026',
          '',
          '-- Receive over 350 million tourists.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['2.18', 2025, 'actual'],
      ['5.5', 2026, 'target'],
      ['350', 2026, 'target'],
    ])
  })
})

describe('rules of the fourteenth session, from its fourth batches', () => {
  it('gives each count given "respectively" the noun of its own subject, and the subjects named after the figures', () => {
    expect(
      records(
        [
          'The number of high-tech enterprises and technology-based SMEs reached 3,418 and 5,926 respectively.',
          '',
          'Grain sown area and output came to 226,400 hectares and 1.53 million tons respectively.',
          '',
          'Growth of around 5% and 6% in fixed asset investment and total retail sales of consumer goods respectively.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.unit]),
    ).toEqual([
      ['3,418', 'high_tech_enterprises', 'enterprises'],
      ['5,926', null, 'SMEs'],
      ['226,400', 'grain_area', 'hectares'],
      ['1.53', 'grain_output', 'million tons'],
      ['5', 'fixed_asset_investment', null],
      ['6', 'retail_sales', null],
    ])
    expect(
      records(
        'Add 500 and 300 enterprises above designated size in industry and in services respectively.',
        'Tasks for 2024',
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['500', 'enterprises'],
      ['300', 'enterprises'],
    ])
  })

  it('reads "5.6 %" with a space, "by 3% or more" as a lower bound, and "below last year\'s 5.4%" as the measure before', () => {
    expect(
      records(
        "Retail sales stood at 356.2 billion yuan, up 5.6 %. GRP growth of around 5%, slightly below last year's 5.4%. Private investment is expected to grow by 3% or more. Goods with value added of 30 percent or more are exempt.",
      ).map((r) => [r.number.text, r.indicator, r.changeUnit, r.qualifier]),
    ).toEqual([
      ['356.2', 'retail_sales', '%', null],
      ['5', 'grp', '%', 'around'],
      ['5.4', 'grp', '%', null],
      ['3', 'private_investment', '%', 'at least'],
    ])
  })

  it('reads what a sentence opening on the reviewed year reports under the plan as results, and a share that goes with a result', () => {
    expect(
      periodsOfText(
        [
          'Harbin Government Work Report 2026: questions and answers',
          '',
          "Q6: What are this year's main targets?",
          '',
          'A: GRP growth of around 5%.',
          '',
          'Q9: What is new in opening-up?',
          '',
          "A: Trade with Russia reached 39.6 billion yuan in 2025, accounting for 64.7% of the city's total foreign trade.",
          '',
          'A: In 2025 the city enjoyed good air quality on 88.2% of days. Last year the city created 128,000 new urban jobs and helped 21,000 people find work.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['5', 2026, 'target'],
      ['39.6', 2025, 'actual'],
      ['64.7', 2025, 'actual'],
      ['88.2', 2025, 'actual'],
      ['128,000', 2025, 'actual'],
      ['21,000', 2025, 'actual'],
    ])
  })

  it('keeps "8. …; and" and "9. …" apart, names the other residents of a label, and counts "of which 236,000 were private enterprises"', () => {
    expect(
      records(
        [
          '8. grain output of no less than 3.8 million metric tons; and',
          '9. continued reductions in energy consumption per unit of GRP.',
        ].join('\n'),
        'Targets for 2024',
      ).map((r) => r.number.text),
    ).toEqual(['3.8'])
    expect(
      records(
        "Urban residents' per capita disposable income: 51,230 yuan (+4.2%); rural: 24,410 yuan (+6.3%). The number of market entities reached 928,000, of which 236,000 were private enterprises.",
      ).map((r) => [r.number.text, r.indicator, r.unit]),
    ).toEqual([
      ['51,230', 'per_capita_disposable_income_urban', 'yuan'],
      ['24,410', 'per_capita_disposable_income_rural', 'yuan'],
      ['928,000', null, 'market entities'],
      ['236,000', null, 'enterprises'],
    ])
  })
})

describe('rules of the fourteenth session, from its fifth batches', () => {
  it("reads results set against the year's targets: a net gain, a planned increase, a target the report had budgeted for, better than the goal", () => {
    expect(
      records(
        [
          'The number of high-tech enterprises rose to 8,900 with a net gain of 1,050 -- comfortably clear of the target of 800 new high-tech enterprises.',
          'Fixed asset investment edged up just 1.2%, against a planned increase of 5%.',
          'Local general public budget revenue was 116.1 billion yuan, up 2.3%, below the 3% the report had budgeted for.',
          'PM2.5 concentration averaged 28.6 micrograms per cubic meter, better than the goal of 30 micrograms per cubic meter.',
          'The surveyed urban unemployment rate averaged 4.6%, inside the target of no more than 5%.',
        ].join(' '),
      ).map((r) => [r.number.text, r.indicator, r.change, r.kind, r.period]),
    ).toEqual([
      ['8,900', 'high_tech_enterprises', 1050, 'actual', 2023],
      ['800', 'high_tech_enterprises', null, 'target', 2023],
      ['1.2', 'fixed_asset_investment', 1.2, 'actual', 2023],
      ['5', 'fixed_asset_investment', 5, 'target', 2023],
      ['116.1', 'local_general_public_budget_revenue', 2.3, 'actual', 2023],
      ['3', 'local_general_public_budget_revenue', 3, 'target', 2023],
      ['28.6', 'pm25', null, 'actual', 2023],
      ['30', 'pm25', null, 'target', 2023],
      ['4.6', 'urban_unemployment_rate', null, 'actual', 2023],
      ['5', 'urban_unemployment_rate', null, 'target', 2023],
    ])
  })

  it('reads each residents\' income "for urban residents (up 4.3%)" with its change', () => {
    expect(
      records(
        'Per capita disposable income of residents reached 71,830 yuan, up 4.6%: 82,360 yuan for urban residents (up 4.3%) and 47,120 yuan for rural residents (up 5.9%).',
      ).map((r) => [r.number.text, r.indicator, r.change]),
    ).toEqual([
      ['71,830', 'per_capita_disposable_income', 4.6],
      ['82,360', 'per_capita_disposable_income_urban', 4.3],
      ['47,120', 'per_capita_disposable_income_rural', 5.9],
    ])
  })
})

describe('rules of the fourteenth session, from its sixth batches', () => {
  it('reads a slight increase, the routes a count of routes adds, foreign trade imports and exports, and a span titled over its items', () => {
    expect(
      records(
        'Total retail sales of consumer goods reached 729.4 billion yuan, a slight increase of 0.6 percent. Foreign trade imports and exports totaled 811.5 billion yuan.',
      ).map((r) => [r.number.text, r.indicator, r.change]),
    ).toEqual([
      ['729.4', 'retail_sales', 0.6],
      ['811.5', 'imports_exports', null],
    ])
    expect(
      records(
        'Increase the number of international air routes to 150, adding 12 new routes. Hospitals numbered 1,132, adding 15,000 beds.',
        'Tasks for 2024',
      ).map((r) => [r.number.text, r.value, r.change, r.changeUnit]),
    ).toEqual([
      ['150', 150, 12, 'routes'],
      ['1,132', 1132, null, null],
      ['15,000', 15000, null, null],
    ])
    expect(
      periodsOfText(
        [
          'Xi’an 2026 Government Work Report: key figures',
          '',
          '2025 results',
          '▪ GRP: 1,356.2 billion yuan, +5.1%',
          '',
          '14th Five-Year Plan period (2021-2025)',
          '▪ GRP: average annual growth of 5.4%',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['1,356.2', 2025, 'actual'],
      ['5.4', '2021-2025', 'actual'],
    ])
  })

  it('passes over slide counters in brackets, "part 2", and a threshold of annual trade', () => {
    const { tree, file } = parseText(
      [
        'Changsha 2026 Government Work Report · Presentation Outline',
        '',
        '[Slide 1 / 3]',
        'PART I  2025 IN REVIEW',
        '◆ GRP: 1,603.4 billion yuan, +5.2%',
        '',
        '[Slide 2 / 3]',
        '2025 results, part 2',
        '◆ Foreign trade enterprises with annual imports and exports above 100 million yuan: 400',
        '',
        '[Slide 3 / 3]',
        '◆ Old residential compounds renovated: 286',
        '',
      ].join('\n'),
    )
    expect(extractIndicators(tree, file).indicators.map((r) => r.number.text)).toEqual([
      '1,603.4',
      '400',
      '286',
    ])
  })

  it('reads the label of a card with whose income after a comma, its change in brackets, and the added value of the marine economy', () => {
    expect(
      records(
        [
          '• 63,850 yuan — per capita disposable income, urban residents',
          '• 34,120 yuan — per capita disposable income, rural residents',
          '• 1.16 million tons — grain output (+0.9%)',
          '',
          'The added value of the marine economy reached 601.8 billion yuan.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.change]),
    ).toEqual([
      ['63,850', 'per_capita_disposable_income_urban', null],
      ['34,120', 'per_capita_disposable_income_rural', null],
      ['1.16', 'grain_output', 0.9],
      ['601.8', 'marine_economy', null],
    ])
  })
})

describe('rules of the fourteenth session, from its seventh batches', () => {
  it('ends a part titled at the top of a drawn box at its bottom border', () => {
    expect(
      periodsOfText(
        [
          'Kunming targets 5% growth as trade surges',
          '',
          'By LI MING in Kunming | Updated: 2026-01-26',
          '',
          'Kunming’s GRP grew 5.1 percent in 2025.',
          '',
          '┌────────────────────────────────────┐',
          '  MAIN TARGETS FOR 2026',
          '- GRP growth: around 5%',
          '- New urban jobs: more than 90,000',
          '└────────────────────────────────────┘',
          '',
          'A further 186 foreign-invested enterprises were set up in the city.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['5', 2026, 'target'],
      ['5.1', 2025, 'actual'],
      ['5', 2026, 'target'],
      ['90,000', 2026, 'target'],
      ['186', 2025, 'actual'],
    ])
  })

  it('reads "We gained two laboratories" as a count, a threshold of income the things had, a page\'s visits, and gross marine output', () => {
    expect(
      records(
        [
          'We gained two national key laboratories. Exports gained 5.2%. A total of 5,640 rural collective economic organizations had annual income above 100,000 yuan. Gross marine output reached 390 billion yuan.',
          '',
          'Source: Fuzhou Daily    Visits: 18,442',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change]),
    ).toEqual([
      ['two', null, 2, 'laboratories', null],
      ['5.2', 'exports', null, null, 5.2],
      ['5,640', null, 5640, 'organizations', null],
      ['390', 'marine_economy', 390, 'billion yuan', null],
    ])
  })
})

describe('rules of the fourteenth session, from its eighth batches', () => {
  it('names the area sown to grain, and reads what a growth added to the economy as a change', () => {
    expect(
      records(
        'The area sown to grain held steady at 128,000 hectares. The economy grew at an average annual rate of 5.1 percent, adding 830 billion yuan to its economic aggregate.',
      ).map((r) => [r.number.text, r.indicator, r.value, r.change, r.changeUnit]),
    ).toEqual([
      ['128,000', 'grain_area', 128000, null, null],
      ['5.1', 'grp', null, 5.1, '%'],
      ['830', 'grp', null, 830, 'billion yuan'],
    ])
  })
})

describe('rules of the fourteenth session, from its ninth batches', () => {
  it('reads "a target for 2024 at", "by 812 during the period", and a card of a planned growth', () => {
    expect(
      records(
        [
          "Chongqing has set its GDP growth target for 2024 at around 8.5 percent, slightly below last year's 9.3 percent, the mayor said.",
          '',
          'The number of high-tech enterprises increased by 812 during the period.',
          '',
          '9%: planned growth in fixed-asset investment',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.changeUnit, r.period, r.kind]),
    ).toEqual([
      ['8.5', 'grp', '%', 2024, 'target'],
      ['9.3', 'grp', '%', 2023, 'actual'],
      ['812', 'high_tech_enterprises', 'enterprises', 2023, 'actual'],
      ['9', 'fixed_asset_investment', '%', 2024, 'target'],
    ])
  })
})

describe('where the rules of the fourteenth session stop (a review)', () => {
  it('keeps places, years and halves after "respectively" out of the subjects, and a change named of another thing apart', () => {
    expect(
      records(
        [
          'Retail sales rose 6 percent and 4 percent in urban and rural areas respectively.',
          'Investment grew 8 percent and 3 percent in the first and second halves respectively.',
          'Fiscal revenue reached 120 billion yuan, with a rise of 8 percent in tax revenue.',
          'New energy vehicle output and sales rose 30 percent and 35 percent respectively.',
        ].join(' '),
      ).map((r) => [r.number.text, r.subject, r.value, r.change]),
    ).toEqual([
      ['6', 'Retail sales', null, 6],
      ['4', 'Retail sales', null, 4],
      ['8', 'Investment', null, 8],
      ['3', 'Investment', null, 3],
      ['120', 'Fiscal revenue', 120, null],
      ['8', 'tax revenue', null, 8],
      ['30', 'New energy vehicle output', null, 30],
      ['35', 'new energy vehicle sales', null, 35],
    ])
  })

  it('keeps levels of rates in percent rows, after a growth, and under a plan', () => {
    expect(
      records(
        [
          '| Indicator | Unit | 2024 | Growth (%) | 2025 target |',
          '| --- | --- | --- | --- | --- |',
          '| Urban surveyed unemployment rate | % | — | — | within 5.5 |',
          '',
          'Industrial value added grew 6.2 percent, and capacity utilization 76.5 percent.',
        ].join('\n'),
        'Main indicators',
      ).map((r) => [r.number.text, r.value, r.unit, r.change]),
    ).toEqual([
      ['5.5', 5.5, '%', null],
      ['6.2', null, null, 6.2],
      ['76.5', 76.5, '%', null],
    ])
    expect(
      periods(
        [
          'New urban jobs created over 1.1 million.',
          '',
          'Last year, the city laid a solid foundation for the main targets for this year: GRP growth of around 5 percent, over 600,000 new urban jobs and a CPI increase of around 2 percent.',
        ].join('\n'),
        'Targets for 2024',
      ).filter(([n]) => n !== '5'),
    ).toEqual([
      ['1.1', 2024, 'target'],
      ['600,000', 2024, 'target'],
      ['2', 2024, 'target'],
    ])
  })

  it('keeps a plan after "Looking back on", under "Keeping Growth on Target", and a target "ahead of the national goal"', () => {
    expect(
      periodsOfText(
        [
          'Highlights of the 2026 Government Work Report',
          '',
          'Targets for 2026',
          '',
          'Looking back on the 14th Five-Year Plan period, we are more confident: GRP should grow by around 5 percent.',
          '',
        ].join('\n'),
      ),
    ).toEqual([['5', 2026, 'target']])
    expect(
      periodsOfText(
        [
          'Highlights of the 2025 Government Work Report',
          '',
          'Review of 2024',
          '',
          'GRP grew 5.2 percent.',
          '',
          'Keeping Growth on Target',
          '',
          'GRP growth of around 5 percent.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['5.2', 2024, 'actual'],
      ['5', 2025, 'target'],
    ])
    expect(
      periods(
        'The city has set a GRP growth target of around 5.5 percent, ahead of the national goal of around 5 percent.',
      ).slice(0, 1),
    ).toEqual([['5.5', 2024, 'target']])
  })

  it('keeps thresholds of things held for years, bounds of what defines them, counts of other things and places out of figures', () => {
    expect(
      records(
        [
          'The city now has 28 enterprises whose revenue has stayed above 10 billion yuan for three consecutive years.',
          'Subsidies went to families with per capita monthly incomes of 800 yuan or less.',
          'The number of hospitals with over 500 beds rose to 40, adding 9,000 beds.',
          'The number of hospital beds in cities reached 30,000, and that of rural areas 12,000.',
          'The total sown area reached 5.6 million hectares.',
        ].join(' '),
      ).map((r) => [r.number.text, r.indicator, r.unit, r.change, r.qualifier]),
    ).toEqual([
      ['28', null, 'enterprises', null, null],
      ['800', null, 'yuan', null, null],
      ['40', null, 'hospitals', null, null],
      ['9,000', null, 'beds', null, null],
      ['30,000', null, 'beds', null, null],
      ['12,000', null, null, null, null],
      ['5.6', null, 'million hectares', null, null],
    ])
  })

  it('keeps a sentence over items and a headline with a bar as text, and a "■ I." part of fulfilled targets a review', () => {
    expect(
      periodsOfText(
        [
          'Highlights of the 2026 Government Work Report',
          '',
          'Review of 2025',
          '',
          '14th Five-Year Plan targets were all met ahead of schedule.',
          '- Grain output hit 38 million tons.',
          '',
          '■ I. Main Targets and Tasks Fulfilled',
          '',
          'Grain output hit 38.1 million tons.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['38', 2025, 'actual'],
      ['38.1', 2025, 'actual'],
    ])
    expect(
      periodsOfText(
        [
          'Online Economy | Digital Trade Booms',
          '',
          'Review of 2024',
          '',
          'Online retail sales grew 12 percent.',
          '',
        ].join('\n'),
      ),
    ).toEqual([['12', 2024, 'actual']])
  })
})

describe('after the review of the fourteenth session', () => {
  it('reads the output of what a sentence opened on, "41 more than the year before", and "a 5.3% expansion"', () => {
    expect(
      records(
        'Grain was sown on 283,000 hectares and output stood at 1.36 million tons. The number of high-tech enterprises reached 386, 41 more than the year before. GRP reached 601.23 billion yuan, a 5.3% expansion at comparable prices.',
      ).map((r) => [r.number.text, r.indicator, r.change]),
    ).toEqual([
      ['283,000', 'grain_area', null],
      ['1.36', 'grain_output', null],
      ['386', 'high_tech_enterprises', 41],
      ['601.23', 'grp', 5.3],
    ])
  })
})

describe('at the end of the fourteenth session', () => {
  it('keeps thresholds after "exceeding" and after a long label of revenue out of figures', () => {
    expect(
      records(
        'The number of enterprises with annual revenue exceeding 10 billion yuan reached 48. The number of industrial enterprises with annual main business revenue of 20 million yuan or more grew to 3,420.',
      ).map((r) => r.number.text),
    ).toEqual(['48', '3,420'])
  })
})

describe('rules of the fifteenth session', () => {
  it('reads "a 5 percent rise in real terms" as the change of the level before it', () => {
    expect(
      records(
        "The city's GRP reached 620 billion yuan, a 5 percent rise in real terms. Retail sales reached 210 billion yuan, with a 7 percent rise in online sales.",
      ).map((r) => [r.number.text, r.subject, r.change]),
    ).toEqual([
      ['620', 'GRP', 5],
      ['210', 'Retail sales', null],
      ['7', 'online sales', 7],
    ])
  })

  it('ends the subject of a level at "stayed" and "stays"', () => {
    expect(
      records(
        'Grain sowing area stayed at 206,700 hectares. We will ensure that the proportion of days with good air quality stays above 90%.',
      ).map((r) => [r.number.text, r.subject]),
    ).toEqual([
      ['206,700', 'Grain sowing area'],
      ['90', 'proportion of days with good air quality'],
    ])
  })
})

describe('tables drawn in box-drawing characters (fifteenth session)', () => {
  const table = [
    '┌────────────────────────────────┬────────────────────┬─────────────────────┐',
    '│ Indicator                      │ 2024 actual        │ 2025 target         │',
    '├────────────────────────────────┼────────────────────┼─────────────────────┤',
    '│ Total retail sales of consumer │ 261.4 billion yuan │ growth of about 5.5% │',
    '│ goods                          │                    │                     │',
    '├────────────────────────────────┼────────────────────┼─────────────────────┤',
    '│ Average PM2.5 concentration    │ 31                 │ no more than 30     │',
    '│ (micrograms per cubic meter)   │                    │                     │',
    '└────────────────────────────────┴────────────────────┴─────────────────────┘',
  ]

  it('reads the columns of its header, each label with its last line, and quotes the row as written', () => {
    const found = records(table.join('\n'), 'Main Targets for 2025').map((r) => [
      r.number.text,
      r.indicator,
      r.unit,
      r.period,
      r.kind,
      r.quote.startsWith('│ '),
    ])
    expect(found).toEqual([
      ['261.4', 'retail_sales', 'billion yuan', 2024, 'actual', true],
      ['5.5', 'retail_sales', null, 2025, 'target', true],
      ['31', 'pm25', 'micrograms per cubic meter', 2024, 'actual', true],
      ['30', 'pm25', 'micrograms per cubic meter', 2025, 'target', true],
    ])
  })

  it('takes the lower-case first cell of a row of bars with no other figure as the end of the label above', () => {
    const found = records(
      [
        '| Item                                 | 2024 done | 2025 plan |',
        '|--------------------------------------|-----------|-----------|',
        '| Local general public budget          | 206.2     | 210       |',
        '|   revenue (bn yuan)                  |           |           |',
      ].join('\n'),
    ).map((r) => [r.number.text, r.subject, r.indicator, r.unit])
    expect(found).toEqual([
      [
        '206.2',
        'Local general public budget revenue',
        'local_general_public_budget_revenue',
        'billion yuan',
      ],
      [
        '210',
        'Local general public budget revenue',
        'local_general_public_budget_revenue',
        'billion yuan',
      ],
    ])
  })
})

describe("from the fifteenth session's first batches", () => {
  it('reads "01 | 2025 IN REVIEW" as a part over the slides after a contents list, and an export stamp as furniture', () => {
    expect(
      periodsOfText(
        [
          'Tangshan 2026 Government Work Report — briefing deck',
          'Exported from: TS_GWR2026_EN_final(2).pptx   |   16 slides   |   2026-01-21 09:12',
          '',
          'CONTENTS',
          '01   2025 in review',
          '02   Main targets for 2026',
          '03   Building a better government',
          '',
          '───── Slide 3 ─────',
          '01 | 2025 IN REVIEW — THE ECONOMY AT A GLANCE',
          '• GRP 1,003.6 billion yuan, up 5.8%',
          '',
          '───── Slide 4 ─────',
          '02 | MAIN TARGETS FOR 2026',
          '• GRP growth: around 5.5%',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['1,003.6', 2025, 'actual'],
      ['5.5', 2026, 'target'],
    ])
  })

  it('reads "=" after a label as its colon, a share "made up" as a level, and two records parted by a wide gap', () => {
    expect(
      records(
        [
          '• Manufacturing value added = 33.8% of GRP, up 0.9 percentage points',
          '• General public budget revenue: 58.72 billion yuan; tax revenue made up 72.3%',
          '• CPI +0.3%      Surveyed urban unemployment rate 4.9%',
        ].join('\n'),
      ).map((r) => [r.number.text, r.subject, r.value, r.change]),
    ).toEqual([
      ['33.8', 'Manufacturing value added', 33.8, 0.9],
      ['58.72', 'General public budget revenue', 58.72, null],
      ['72.3', 'tax revenue', 72.3, null],
      ['0.3', 'CPI', null, 0.3],
      ['4.9', 'Surveyed urban unemployment rate', 4.9, null],
    ])
  })

  it('names the second of incomes given "respectively" after a label by its measure', () => {
    expect(
      records(
        'Per capita disposable income: urban residents 55,480 yuan, rural residents 28,930 yuan, up 4.6% and 6.7% respectively.',
      ).map((r) => [r.number.text, r.indicator, r.change]),
    ).toEqual([
      ['55,480', 'per_capita_disposable_income_urban', 4.6],
      ['28,930', 'per_capita_disposable_income_rural', 6.7],
    ])
  })

  it('keeps the span of the years for investment summed "in cumulative terms" under a label', () => {
    expect(
      periods(
        'Fixed asset investment 2.61 trillion yuan in cumulative terms.',
        'Looking back on the 14th Five-Year Plan (2021-2025)',
      ),
    ).toEqual([['2.61', '2021-2025', 'actual']])
  })
})

describe("a story's headline and page links (fifteenth session)", () => {
  it('reads the headline repeated under the page title as no part, and "1 2 Next >>|" as furniture', () => {
    expect(
      periodsOfText(
        [
          'Nanchang sets 2026 targets, bets on VR and aviation - Chinadaily.com.cn',
          '',
          'Nanchang sets 2026 targets, bets on VR and aviation',
          '',
          'By ZHOU LIHUA in Nanchang  |  chinadaily.com.cn  |  Updated: 2026-01-23 16:42',
          '',
          "Last year the city's gross regional product reached 812.6 billion yuan, up 5.4 percent.",
          '',
          '1 2 Next   >>|',
          '',
          'Total retail sales of consumer goods came to 231.4 billion yuan, up 5.6 percent.',
          '',
          'Previous   1 2',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['812.6', 2025, 'actual'],
      ['231.4', 2025, 'actual'],
    ])
  })
})

describe('parts in capitals, shares and ranks after labels (fifteenth session)', () => {
  it('reads "PART TWO   Main Targets for 2026" as a part', () => {
    expect(
      periodsOfText(
        [
          'Changzhou 2026 Government Work Report: Key Figures',
          '',
          'PART ONE   Review of 2025: Main Results',
          '',
          '',
          'Growth',
          '●   GRP: 1,089.6 billion yuan, +5.9%',
          '',
          '',
          'PART TWO   Main Targets for 2026',
          '',
          '',
          'Growth',
          '●   GRP growth: around 5.5%',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['1,089.6', 2025, 'actual'],
      ['5.5', 2026, 'target'],
    ])
  })

  it('reads a share named after what it is of as a level of no indicator, and a rank after a label of ranking', () => {
    expect(
      records(
        [
          '●   Tax revenue as a share of local general public budget revenue: 81.2%',
          "●   Ranking in China's Advanced Manufacturing Cities list: 6th, for the 3rd consecutive year",
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change]),
    ).toEqual([
      ['81.2', null, 81.2, '%', null],
      ['6th', null, 6, 'rank', null],
    ])
  })
})

describe("from a slide deck's outline (fifteenth session)", () => {
  it('reads changes in brackets after a share of GRP, "a net gain of", records parted by a bar, and "Task 1" as a name', () => {
    expect(
      records(
        [
          '	▪ CPI +0.3%   |   surveyed urban unemployment rate 4.6%',
          '		– Manufacturing value added: 36.4% of GRP (+1.1 percentage points)',
          '	▪ 2,487 industrial enterprises above designated size, a net gain of 312',
          'Task 1 | "Industry First": a modern industrial system',
        ].join('\n'),
      ).map((r) => [r.number.text, r.value, r.change, r.changeUnit]),
    ).toEqual([
      ['0.3', null, 0.3, '%'],
      ['4.6', 4.6, null, null],
      ['36.4', 36.4, 1.1, 'percentage points'],
      ['2,487', 2487, 312, 'enterprises'],
    ])
  })

  it('reads a row labelled "as % of GRP" in percent, of no indicator', () => {
    expect(
      records(
        ['Indicator | 2023 | 2024 target', 'R&D spending as % of GRP | 4.16 | 4.3'].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.unit, r.period, r.kind]),
    ).toEqual([
      ['4.16', null, '%', 2023, 'actual'],
      ['4.3', null, '%', 2024, 'target'],
    ])
  })
})

describe('from a wire story (fifteenth session)', () => {
  it('reads "increasing 5.8 percent" after a level, "shut down 134 plants" as a count, and "within one kilometer of" as a threshold', () => {
    expect(
      records(
        'Total retail sales of consumer goods came to 248.6 billion yuan, increasing 5.8 percent, as spending recovered. The city has relocated, upgraded or shut down 134 chemical plants within one kilometer of the river.',
      ).map((r) => [r.number.text, r.value, r.change]),
    ).toEqual([
      ['248.6', 248.6, 5.8],
      ['134', 134, null],
    ])
  })

  it('reads the plan\'s span after "Reviewing the 14th Five-Year Plan period", and a menu of a site parted by wide gaps as furniture', () => {
    expect(
      periodsOfText(
        [
          'Xinhua English  |  Home  >  China  >  Regional',
          'Search    Mobile    RSS    中文',
          '',
          'Yichang eyes steady growth in 2026 as green chemicals, tourism gain momentum',
          '',
          "Last year Yichang's GRP grew 5.9 percent.",
          '',
          'Reviewing the 14th Five-Year Plan period (2021-2025), Wang said the economy grew at an average annual rate of 6.4 percent.',
          '',
          'Over the same period, the city created 312,000 urban jobs.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['5.9', 2025, 'actual'],
      ['6.4', '2021-2025', 'actual'],
      ['312,000', '2021-2025', 'actual'],
    ])
  })
})

describe('from an interview with a mayor (fifteenth session)', () => {
  it('reads the span an answer opens on, a target "we have set" at a figure, and the site name in two scripts as furniture', () => {
    expect(
      periodsOfText(
        [
          "Jiujiang Municipal People's Government | 九江市人民政府",
          '',
          "Mayor's Interview: Jiujiang Sets Out Its Roadmap for 2026",
          '',
          'Q: 2025 also closed the 14th Five-Year Plan. What changed over those five years?',
          '',
          "A: Over the five years the city's GRP grew by an average of 5.9% a year.",
          '',
          'Q: What are the main targets?',
          '',
          'A: We have set GRP growth at around 5.5%, and we will strive to do better.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['5.9', '2021-2025', 'actual'],
      ['5.5', 2026, 'target'],
    ])
  })

  it('keeps revenue that enterprises report and collective income of villages as thresholds', () => {
    expect(
      records(
        'Eight enterprises now report annual revenue of over 10 billion yuan. Villages with collective income of more than 500,000 yuan a year now make up 38% of the total.',
      ).map((r) => r.number.text),
    ).toEqual(['Eight', '38'])
  })
})

describe('a table of targets and results with labels over two lines (fifteenth session)', () => {
  it('reads a growth named on the last line of a label, and the subject of a cell "down 1.2"', () => {
    expect(
      records(
        [
          '| Indicator                                   | 2023 target | 2023 actual | 2024 target |',
          '| Industrial value added above designated     | 8           | 8.3         | 7.5         |',
          '|   size, growth (%)                          |             |             |             |',
          '| Fixed asset investment, growth (%)          | 5           | down 1.2    | about 3     |',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.change, r.period, r.kind]),
    ).toEqual([
      ['8', null, null, 8, 2023, 'target'],
      ['8.3', null, null, 8.3, 2023, 'actual'],
      ['7.5', null, null, 7.5, 2024, 'target'],
      ['5', 'fixed_asset_investment', null, 5, 2023, 'target'],
      ['1.2', 'fixed_asset_investment', null, -1.2, 2023, 'actual'],
      ['3', 'fixed_asset_investment', null, 3, 2024, 'target'],
    ])
  })
})

describe("from a slide deck's bullets in columns (fifteenth session)", () => {
  it('parts records side by side in mixed case, and reads a share of GRP after a gap as a level', () => {
    expect(
      records(
        [
          '▪ Fixed-asset investment   ▲ 4.2%        Private investment   ▲ 6.8%',
          '▪ Tourist arrivals   71.6 million visits      Tourism revenue   83.9 billion yuan, ▲ 9.4%',
          '▪ Manufacturing value added   29.4% of GRP',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.change]),
    ).toEqual([
      ['4.2', 'fixed_asset_investment', null, 4.2],
      ['6.8', 'private_investment', null, 6.8],
      ['71.6', 'tourists', 71.6, null],
      ['83.9', 'tourism_revenue', 83.9, 9.4],
      ['29.4', 'manufacturing_value_added_share', 29.4, null],
    ])
  })

  it('reads "(net +138)" and a conversion in brackets after a gap, and "GRP average annual growth"', () => {
    expect(
      records(
        [
          '▪ High-tech enterprises   1,126   (net +138)',
          '▪ Actual use of foreign capital   US$ 186 million   (≈ 1.33 billion yuan)',
          '▪ GRP average annual growth   5.8%',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.change]),
    ).toEqual([
      ['1,126', 'high_tech_enterprises', 1126, 138],
      ['186', null, 186, null],
      ['5.8', 'grp', null, 5.8],
    ])
  })

  it('keeps the span for "Fixed-asset investment, cumulative" under a slide of the plan period', () => {
    expect(
      periods(
        '▪ Fixed-asset investment, cumulative   over 1.1 trillion yuan',
        '02 | THE 14TH FIVE-YEAR PLAN PERIOD IN NUMBERS (2021–2025)',
      ),
    ).toEqual([['1.1', '2021-2025', 'actual']])
  })
})

describe('from a commentary on results against targets (fifteenth session)', () => {
  it('reads a section "growth target met" as results, a target the city "set out" to meet as last year\'s, and "up just 4.8%"', () => {
    expect(
      periodsOfText(
        [
          "Met, Missed and Reset: What Jiaxing's 2026 Work Report Tells Us",
          '',
          '1. The headline: growth target met',
          '',
          'In January 2025 the city set out to grow its economy by around 6%. The work report puts GRP at 803.9 billion yuan.',
          '',
          '2. Demand: where the plan slipped',
          '',
          'Retail sales totalled 287.2 billion yuan, up just 4.8%.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['6', 2025, 'target'],
      ['803.9', 2025, 'actual'],
      ['287.2', 2025, 'actual'],
    ])
    expect(records('Retail sales totalled 287.2 billion yuan, up just 4.8%.')[0]!.change).toBe(4.8)
  })

  it('reads the span over "the whole 14th Five-Year Plan period", for a sum "in those five years" too', () => {
    expect(
      records(
        'Over the whole 14th Five-Year Plan period GRP grew by an average of 6.3% a year, and in cumulative terms the city completed 2.46 trillion yuan of fixed-asset investment in those five years.',
        'Review of Work in 2025',
      ).map((r) => [r.number.text, r.indicator, r.period]),
    ).toEqual([
      ['6.3', 'grp', '2021-2025'],
      ['2.46', 'fixed_asset_investment', '2021-2025'],
    ])
  })
})

describe("from a statistics chief's Q&A (fifteenth session)", () => {
  it('reads what the work report "proposes:" and what "we plan" as targets, under a title after the site\'s name and its language', () => {
    expect(
      periodsOfText(
        [
          'Mianyang Municipal People’s Government  |  English',
          '',
          'Home    Government    News    Business    Visiting    Living    中文',
          '',
          'Q&A: Statistics chief on Mianyang’s 2025 results and 2026 targets',
          '',
          'A: GRP grew 6.1% last year.',
          '',
          'Q: What are the main targets for 2026?',
          '',
          'A: The government work report submitted to the 5th Session of the 18th Municipal People’s Congress proposes: GRP growth of around 6%; a CPI increase of around 2%.',
          '',
          'A: We plan 420 provincial and municipal key projects.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['6.1', 2025, 'actual'],
      ['6', 2026, 'target'],
      ['2', 2026, 'target'],
      ['420', 2026, 'target'],
    ])
  })
})

describe('a table aligned with spaces between rules of box-drawing lines (fifteenth session)', () => {
  it('reads the header between its rules as the header, not a boxed title', () => {
    expect(
      periodsOfText(
        [
          'Jining 2026 Government Work Report',
          '',
          'II. Overall Requirements and Main Targets for 2026',
          '',
          '  Table 1  Main Targets for Economic and Social Development',
          '  ────────────────────────────────────────────────────────────────────────',
          '  Indicator                                            2025 Actual   2026 Target',
          '  ────────────────────────────────────────────────────────────────────────',
          '  GRP growth (%)                                            5.8     around 5.5',
          '  New urban jobs (people)                                72,400     over 70,000',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['5.8', 2025, 'actual'],
      ['5.5', 2026, 'target'],
      ['72,400', 2025, 'actual'],
      ['70,000', 2026, 'target'],
    ])
  })
})

describe('a table of bars with a bar of a chart in its cells (fifteenth session)', () => {
  it('reads the cells of its header, a wide gap inside a cell parting no cells', () => {
    expect(
      periodsOfText(
        [
          'Highlights of the 2026 Government Work Report',
          '',
          'I. Review of 2025',
          '',
          'Indicator                              | 2025 actual            | 2026 target',
          '---------------------------------------+------------------------+---------------',
          'GRP growth (%)                         | 5.3   ██████████▋      | around 5.5',
          'Retail sales growth (%)                | 4.9   █████████▊       | 6',
          'Source: Datong.',
          '',
          'The economy grew.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['5.3', 2025, 'actual'],
      ['5.5', 2026, 'target'],
      ['4.9', 2025, 'actual'],
      ['6', 2026, 'target'],
    ])
  })
})

describe("a paper's masthead (fifteenth session)", () => {
  it('reads "HUANGSHI DAILY · English Edition" as furniture and the story\'s headline as the title', () => {
    expect(
      periodsOfText(
        [
          'HUANGSHI DAILY · English Edition',
          'Home | Local News | Business | Culture | Travel | Photos | Video | E-paper',
          '',
          'Exclusive | Mayor on 2026: "Keep the furnaces hot, make the chains longer"',
          '',
          'A: Last year gross regional product reached 228.6 billion yuan.',
          '',
        ].join('\n'),
      ),
    ).toEqual([['228.6', 2025, 'actual']])
  })
})

describe("a site's name over a story's headline (fifteenth session)", () => {
  it('takes the headline that names a year as the title, not the name of the site above it', () => {
    const { tree, file } = parseText(
      [
        "Xiangtan Municipal People's Government",
        '',
        "Mayor's Interview: Xiangtan Sets Out Its Roadmap for 2026",
        '',
        'A: Last year gross regional product reached 312.6 billion yuan.',
        '',
      ].join('\n'),
    )
    const { source, indicators } = extractIndicators(tree, file)
    expect([source.title, indicators.map((r) => [r.number.text, r.period, r.kind])]).toEqual([
      "Mayor's Interview: Xiangtan Sets Out Its Roadmap for 2026",
      [['312.6', 2025, 'actual']],
    ])
  })
})

describe('a fact box of two years (fifteenth session)', () => {
  it('reads "2025 (actual)" and "2026 (targets)" as parts over their lines', () => {
    expect(
      periodsOfText(
        [
          'Qinhuangdao targets 6 pct growth in 2026',
          '',
          'The city will open 15 new cruise routes.',
          '',
          'Fact box: Qinhuangdao at a glance',
          '',
          '2025 (actual)',
          'GDP: 213.6 billion yuan, up 5.4%',
          '',
          '2026 (targets)',
          'GDP growth: around 5.5%',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['6', 2026, 'target'],
      ['15', 2026, 'target'],
      ['213.6', 2025, 'actual'],
      ['5.5', 2026, 'target'],
    ])
  })
})

describe('compound units that labellers keep (fifteenth session)', () => {
  it('keeps "parking spaces" and "scenic areas" whole', () => {
    expect(
      records(
        'We added 12,000 public parking spaces and built two national 5A-level scenic areas.',
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['12,000', 'parking spaces'],
      ['two', 'scenic areas'],
    ])
  })
})

describe('visitors of one place (fifteenth session)', () => {
  it("reads visitors a scenic area or a fair received as no city's tourists", () => {
    expect(
      records(
        'The Mount Tai scenic area received 8.93 million visitors. The fair drew 1.8 million visitors. The city received 92.4 million visitors.',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['8.93', null],
      ['1.8', null],
      ['92.4', 'tourists'],
    ])
  })

  it('reads tourists a scenic area received as none of the city (sixteenth session)', () => {
    expect(
      records(
        'The scenic area received 8.93 million tourists. The city received 92.4 million tourists.',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['8.93', null],
      ['92.4', 'tourists'],
    ])
  })
})

describe('changes, counted nouns and cuts (sixteenth session)', () => {
  it('reads "rose to 23, four more than a year earlier" as a level with its change', () => {
    expect(
      pick('The number of enterprises rose to 23, four more than a year earlier.').map((r) => [
        r.number,
        r.value,
        r.unit,
        r.change,
        r.changeUnit,
      ]),
    ).toEqual([['23', 23, 'enterprises', 4, 'enterprises']])
  })

  it('takes the subject of "…, with exports growing by 3%" from the last clause', () => {
    expect(
      records(
        'Steady growth in foreign trade, with exports growing by no less than 3%.',
        'Targets for 2024',
      ).map((r) => [r.number.text, r.subject, r.indicator]),
    ).toEqual([['3', 'exports', 'exports']])
  })

  it('counts what stands after the quoted name of a scheme', () => {
    expect(
      pick('We launched 26 “one thing, one go” integrated services.').map((r) => r.unit),
    ).toEqual(['services'])
  })

  it('reads "cut PM2.5 concentration by 3%" as a fall after another clause', () => {
    expect(
      pick(
        'Increase the share of days with good air quality to 66% and cut PM2.5 concentration by 3%.',
        'Targets for 2024',
      ).map((r) => [r.number, r.change]),
    ).toEqual([
      ['66', null],
      ['3', -3],
    ])
  })
})

describe('subjects and counted nouns of a wire story (sixteenth session)', () => {
  it('reads what "with exports contributing" and "There were" name', () => {
    expect(
      records(
        'Foreign trade hit 41.8 billion yuan, with exports contributing 27.5 billion yuan. There were 512 foreign-invested enterprises in the city.',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['41.8', 'imports_exports'],
      ['27.5', 'exports'],
      ['512', 'foreign_invested_enterprises'],
    ])
  })

  it('reads page links "1  2  >>" as furniture', () => {
    expect(
      periodsOfText(
        [
          'Highlights of the Xiangtan 2025 Government Work Report',
          '',
          "The city's gross regional product reached 281.6 billion yuan last year.",
          '',
          '   1  2  >>',
        ].join('\n'),
      ),
    ).toEqual([['281.6', 2024, 'actual']])
  })

  it('counts "community life circles" after a quoted measure', () => {
    expect(
      pick('We will complete 20 "15-minute" community life circles.', 'Targets for 2024').map(
        (r) => r.unit,
      ),
    ).toEqual(['community life circles'])
  })

  it('reads "and investment in technological upgrading 18.5 percent" as a change, its verb left out', () => {
    expect(
      pick(
        'Industrial investment went up 11.2 percent, and investment in technological upgrading 18.5 percent.',
      ).map((r) => [r.number, r.value, r.change]),
    ).toEqual([
      ['11.2', null, 11.2],
      ['18.5', null, 18.5],
    ])
  })
})

describe('a fact box after a plan, and levels to be passed (sixteenth session)', () => {
  it('ends the part before a line "Fact box: … at a glance"', () => {
    expect(
      periodsOfText(
        [
          'Huzhou sets 2026 targets',
          '',
          'LOOKING TO 2030',
          '',
          'The city aims to push its GRP past 600 billion yuan by 2030.',
          '',
          'Fact box: Huzhou at a glance',
          '',
          'National high-tech enterprises: 3,216',
        ].join('\n'),
      ),
    ).toEqual([
      ['600', 2030, 'target'],
      ['3,216', 2025, 'actual'],
    ])
  })

  it('reads "push X past N" as over N, of X', () => {
    expect(
      records(
        'Push the added value of the digital economy past 150 billion yuan.',
        'Targets for 2024',
      ).map((r) => [r.number.text, r.indicator, r.qualifier]),
    ).toEqual([['150', 'digital_economy_value_added', 'over']])
  })

  it('reads what "hold the increase in consumer prices at" and "manufacturing contributed" name', () => {
    expect(
      records(
        'Hold the increase in consumer prices at around 2 percent. Manufacturing contributed 42.3 percent of GRP.',
      ).map((r) => [r.number.text, r.subject]),
    ).toEqual([
      ['2', 'consumer prices'],
      ['42.3', 'Manufacturing'],
    ])
  })
})

describe('parts of a whole, spans and jumps (sixteenth session)', () => {
  it('reads "of which 47.36 billion yuan was local general public budget revenue"', () => {
    expect(
      records(
        'General public budget revenue totaled 83.9 billion yuan, of which 47.36 billion yuan was local general public budget revenue, an increase of 3.1%.',
      ).map((r) => [r.number.text, r.indicator, r.change]),
    ).toEqual([
      ['83.9', 'general_public_budget_revenue', null],
      ['47.36', 'local_general_public_budget_revenue', 3.1],
    ])
  })

  it('reads "Total exports over the five years", "Marine economy output" and "a jump of 21.4%"', () => {
    expect(
      records(
        'Total exports over the five years surpassed 1.5 trillion yuan. Marine economy output reached 132.6 billion yuan. Cross-border e-commerce exports amounted to 38.7 billion yuan, a jump of 21.4%.',
      ).map((r) => [r.number.text, r.indicator, r.change]),
    ).toEqual([
      ['1.5', 'exports', null],
      ['132.6', 'marine_economy', null],
      ['38.7', null, 21.4],
    ])
  })

  it('counts "including 11 worth more than 5 billion yuan each" as the projects before', () => {
    expect(
      pick(
        'We signed 52 projects each with an investment of over 1 billion yuan, including 11 worth more than 5 billion yuan each.',
      ).map((r) => [r.number, r.unit]),
    ).toEqual([
      ['52', 'projects'],
      ['11', 'projects'],
    ])
  })
})

describe('cards and sidebars (sixteenth session)', () => {
  it('reads "figure — label" lines of a sidebar as records of their own, a label naming a target as a target', () => {
    expect(
      periodsOfText(
        [
          'Ganzhou sets 2026 targets',
          '',
          'The city grew last year.',
          '',
          '   KEY NUMBERS',
          '   503.6 billion yuan — gross regional product, 2025',
          '   5.9% — GRP growth, 2025',
          '   around 5.5% — GRP growth target, 2026',
          '   1,472 — high-tech enterprises',
        ].join('\n'),
      ),
    ).toEqual([
      ['503.6', 2025, 'actual'],
      ['5.9', 2025, 'actual'],
      ['5.5', 2026, 'target'],
      ['1,472', 2025, 'actual'],
    ])
  })

  it('takes the label after the colon of "Up 7.2% to 192.61 billion yuan: total retail sales"', () => {
    expect(
      records('●  Up 7.2% to 192.61 billion yuan: total retail sales of consumer goods').map(
        (r) => [r.number.text, r.indicator, r.change],
      ),
    ).toEqual([['192.61', 'retail_sales', 7.2]])
  })

  it('reads "with its added value hitting" as the value of what the sentence opens on', () => {
    expect(
      records(
        'The digital economy kept expanding, with its added value hitting 103.5 billion yuan.',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([['103.5', 'digital_economy_value_added']])
  })
})

describe('an interview (sixteenth session)', () => {
  const interview = (answers: string[]) =>
    periodsOfText(
      [
        'Mayor: the city laid a solid base',
        '',
        '2026-01-21 09:48    Source: Demo Daily',
        '',
        'Q: How did the economy do last year?',
        '',
        'A: GRP grew 5.8% to 318.62 billion yuan.',
        '',
        ...answers,
      ].join('\n'),
    )

  it('reads the answers to a question on the targets for the plan year as targets', () => {
    expect(
      interview([
        'Q: What are the main targets for 2026?',
        '',
        'A: The draft report proposes GRP growth of around 6%.',
        '',
        'Q: How will you get there?',
        '',
        'A: We have lined up 620 key projects.',
        '',
        'Q: And the farms? How did they do last year?',
        '',
        'A: Grain output was 1.5 million tons.',
      ]),
    ).toEqual([
      ['318.62', 2025, 'actual'],
      ['6', 2026, 'target'],
      ['620', 2026, 'target'],
      ['1.5', 2025, 'actual'],
    ])
  })

  it('reads the answers to a question on "the main targets in this year\'s report" as targets', () => {
    expect(
      interview([
        "Q: Turning to 2026. What are the main targets in this year's government work report?",
        '',
        'A: We have proposed GRP growth of around 6%.',
      ]).at(-1),
    ).toEqual(['6', 2026, 'target'])
  })

  it('reads a sentence opening on "And" with no verb of a task as no task', () => {
    expect(
      interview(['A: The marine economy expanded. And grain output was 3.68 million tons.']).at(-1),
    ).toEqual(['3.68', 2025, 'actual'])
  })

  it('reads no targets after a question that only mentions them', () => {
    expect(
      interview([
        "Q: What gives you confidence that this year's targets can be met?",
        '',
        'A: The hard work of more than 49 million people.',
      ]).at(-1),
    ).toEqual(['49', 2025, 'actual'])
  })

  it('reads "GRP went from 240.4 billion yuan in 2020 to 318.62 billion yuan" as GRP twice', () => {
    expect(
      records('GRP went from 240.4 billion yuan in 2020 to 318.62 billion yuan.').map((r) => [
        r.number.text,
        r.indicator,
        r.period,
      ]),
    ).toEqual([
      ['240.4', 'grp', 2020],
      ['318.62', 'grp', 2023],
    ])
  })
})

describe('where the rules of the sixteenth session stop (a review)', () => {
  it('keeps a review figure whose note after a dash compares it with a target', () => {
    expect(
      periods(
        "The city's GRP grew 5.3 percent — well above the annual target. Surveyed urban unemployment: 4.8% — below the target of 5.5%.",
      ).slice(0, 2),
    ).toEqual([
      ['5.3', 2023, 'actual'],
      ['4.8', 2023, 'actual'],
    ])
  })

  it('joins a wrapped line that opens "5.3% — …" to the sentence it goes on', () => {
    expect(
      records(
        [
          "Last year the city's gross regional product grew by",
          '5.3% — the fastest pace in the province — to reach 620 billion yuan.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.change]),
    ).toEqual([
      ['5.3', 'grp', null, 5.3],
      ['620', 'grp', 620, null],
    ])
  })

  it('keeps "with its GRP reaching" the GRP of a city', () => {
    expect(
      records('The city maintained steady growth, with its GRP reaching 620 billion yuan.').map(
        (r) => r.indicator,
      ),
    ).toEqual(['grp'])
  })

  it('ends the targets an interview question carried at a question on another matter', () => {
    const text = [
      "Mayor's Interview: Looking Ahead to 2026",
      '',
      'Q: What are the main targets for 2026?',
      '',
      'A: GRP growth of around 5.5 percent.',
      '',
      'Q: What progress has the city made in opening up?',
      '',
      'A: Foreign trade reached 80 billion yuan, up 6.1 percent.',
      '',
      'Q: Before we turn to your plans for 2027, how did the farms fare last year?',
      '',
      'A: Grain output was 1.5 million tons.',
    ].join('\n')
    expect(periodsOfText(text)).toEqual([
      ['5.5', 2026, 'target'],
      ['80', 2025, 'actual'],
      ['1.5', 2025, 'actual'],
    ])
  })

  it('reads no change, its verb left out, of a coefficient or a cover', () => {
    expect(
      pick(
        'Per capita disposable income grew 5.1 percent, and the Engel coefficient 28.5 percent.',
      ).map((r) => [r.number, r.value, r.change]),
    ).toEqual([
      ['5.1', null, 5.1],
      ['28.5', 28.5, null],
    ])
  })

  it('reads the verb of "by" in its own clause ("Cut rates to 3.5 percent and grow lending by 8%")', () => {
    expect(
      pick('Cut rates to 3.5 percent and grow lending by 8%.', 'Targets for 2024').map((r) => [
        r.number,
        r.change,
      ]),
    ).toEqual([
      ['3.5', null],
      ['8', 8],
    ])
  })

  it('keeps "Fixed-asset investment, with a focus on manufacturing, growing by 5%" of the investment', () => {
    expect(
      records(
        'Fixed-asset investment, with a focus on manufacturing, growing by 5%.',
        'Targets for 2024',
      ).map((r) => r.indicator),
    ).toEqual(['fixed_asset_investment'])
  })

  it("keeps a county's own tourists", () => {
    expect(
      records('Anji County received 30.2 million tourists, up 8.5 percent.').map(
        (r) => r.indicator,
      ),
    ).toEqual(['tourists'])
  })

  it('keeps report text at the bottom that opens "Next:" and holds figures', () => {
    expect(
      periodsOfText(
        [
          'Highlights of the 2025 Government Work Report',
          '',
          'Review of 2024',
          '',
          'GRP grew 5.1 percent.',
          '',
          'Next: GRP growth of around 5 percent in 2025.',
        ].join('\n'),
      ).map(([n]) => n),
    ).toEqual(['5.1', '5'])
  })
})

describe('a count with its change in percent, and the next five years (sixteenth session)', () => {
  it('keeps the count of "climbed to 5,380, 16.2% more than a year earlier" a count', () => {
    expect(
      pick(
        'The number of high-tech enterprises climbed to 5,380, 16.2% more than a year earlier.',
      ).map((r) => [r.number, r.unit, r.change, r.changeUnit]),
    ).toEqual([['5,380', 'enterprises', 16.2, '%']])
  })

  it('reads "Over the next five years" in a plan as the five years from the plan year', () => {
    expect(
      periods(
        'Over the next five years, we will strive to keep average annual GRP growth at around 5.5%.',
        'Targets for 2024',
      ),
    ).toEqual([['5.5', '2024-2028', 'target']])
  })
})

describe('the year of a report no line names (sixteenth session)', () => {
  it('takes the year the text names most with the year before it', () => {
    expect(
      periodsOfText(
        [
          'Xinyu News Network',
          '',
          'Mayor delivers work report to city congress',
          '',
          'Looking back on last year',
          '',
          "In 2025 the city's GRP reached 132.5 billion yuan. Grain output was 0.9 million tons.",
          '',
          "This year's work",
          '',
          'The main targets for 2026 are: GRP growth of around 5.5 percent.',
        ].join('\n'),
      ),
    ).toEqual([
      ['132.5', 2025, 'actual'],
      ['0.9', 2025, 'actual'],
      ['5.5', 2026, 'target'],
    ])
  })
})

describe('a sidebar of figures then labels (fifteenth session)', () => {
  it('reads "Targets for 2026" over "~5%  GRP growth" lines as a part over records of their own', () => {
    expect(
      periodsOfText(
        [
          'Huizhou targets around 5% growth in 2026',
          '',
          'The city grew last year.',
          '',
          '   BY THE NUMBERS',
          '   Huizhou in 2025',
          '   640.2 billion yuan  GRP',
          '   Targets for 2026',
          '   ~5%  GRP growth',
          '   over 5%  fixed-asset investment growth',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['5', 2026, 'target'],
      ['640.2', 2025, 'actual'],
      ['5', 2026, 'target'],
      ['5', 2026, 'target'],
    ])
  })
})

describe("a mayor's answers (fifteenth session)", () => {
  it('reads "we want … on no less than 87%" as a plan, "A: By 2030" for its clauses, and subjects past "From 2021 to 2025" and "we want"', () => {
    expect(
      records(
        [
          'A: From 2021 to 2025 the economy expanded at an average annual rate of 6.4%.',
          '',
          'A: We also want good air quality on no less than 87% of days.',
          '',
          'A: By 2030 we want GRP to exceed 300 billion yuan and the urbanization rate to reach 70%.',
        ].join('\n'),
        'Review of Work in 2023',
      ).map((r) => [r.number.text, r.indicator, r.period, r.kind]),
    ).toEqual([
      ['6.4', 'grp', '2021-2025', 'actual'],
      ['87', 'air_quality_good_days', 2024, 'target'],
      ['300', 'grp', 2030, 'target'],
      ['70', null, 2030, 'target'],
    ])
  })
})

describe('where the rules of the fifteenth session stop (a review)', () => {
  it('keeps sentences in a box of text, a row of its own under a label its unit ends, and cells parted by a gap in a header of bars', () => {
    expect(
      records('│ Tourism │ The city received 80.2 million tourists, up 12%. │').map((r) => [
        r.number.text,
        r.indicator,
      ]),
    ).toEqual([['80.2', 'tourists']])
    expect(
      records(
        [
          '| Item | 2023 | 2024 target |',
          '| GRP (bn yuan) | 579.6 | 600 |',
          '| per capita (yuan) | — | — |',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['579.6', 'grp'],
      ['600', 'grp'],
    ])
    expect(
      periods(
        ['Indicator | 2023 actual      2024 target', 'GRP growth (%) | 5.3      around 5.5'].join(
          '\n',
        ),
      ),
    ).toEqual([
      ['5.3', 2023, 'actual'],
      ['5.5', 2024, 'target'],
    ])
  })

  it('keeps a growth after a wide gap or a bar with the level before it', () => {
    expect(
      records(
        [
          'GRP 579.6 billion yuan      Year-on-year growth 5.8%',
          '',
          'GRP 579.6 billion yuan | Increase 5.8%',
        ].join('\n'),
      ).map((r) => [r.number.text, r.value, r.change]),
    ).toEqual([
      ['579.6', 579.6, 5.8],
      ['579.6', 579.6, 5.8],
    ])
  })

  it('keeps results a sentence says "we have set" a record for, minutes "within" as a figure, and a county\'s own visitors', () => {
    expect(
      periods(
        'We have set a new record, bringing the number of high-tech enterprises to 12,500. Ambulances reached patients within 12 minutes of an emergency call.',
      ),
    ).toEqual([
      ['12,500', 2023, 'actual'],
      ['12', 2023, 'actual'],
    ])
    expect(
      records('Our county received 25.6 million visitors, an increase of 11.2%.').map(
        (r) => r.indicator,
      ),
    ).toEqual(['tourists'])
  })

  it('keeps the year after "Reviewing the 14th Five-Year Plan period" in a sentence of no figure, and results after "sets out:"', () => {
    expect(
      periods(
        'Reviewing the 14th Five-Year Plan period, we are keenly aware of the challenges ahead. The past year was especially hard: GRP grew 5.4%. The work report sets out: CPI rose 0.3%.',
      ),
    ).toEqual([
      ['5.4', 2023, 'actual'],
      ['0.3', 2023, 'actual'],
    ])
  })

  it('reads no record in "One mu = 666.7 square meters", and a subject past "who stayed in the city"', () => {
    expect(records('One mu = 666.7 square meters.').map((r) => r.number.text)).toEqual(['666.7'])
    expect(
      records('Overnight tourists who stayed in the city totaled 8.1 million, up 6.2%.').map(
        (r) => r.subject,
      ),
    ).toEqual(['Overnight tourists who stayed in the city'])
  })

  it('keeps a title naming the report in an English version, and a part heading under the name of a site', () => {
    expect(
      periodsOfText(
        [
          'Shanghai Government Work Report 2025 - English Version',
          '',
          'Review of 2024',
          '',
          'GRP grew 5.2%.',
          '',
        ].join('\n'),
      ),
    ).toEqual([['5.2', 2024, 'actual']])
    const { tree, file } = parseText(
      [
        'Changsha Government Press Briefing',
        '',
        'Review of Work in 2024',
        '',
        'GRP grew 5.2%.',
        '',
      ].join('\n'),
    )
    expect(extractIndicators(tree, file).source.title).toBe('Changsha Government Press Briefing')
  })
})

describe("a page's date under a headline of no year (fifteenth session)", () => {
  it('takes the year of the report from the date the page was put up', () => {
    expect(
      periodsOfText(
        [
          'Putian News Network',
          '',
          'Exclusive | Mayor: "Keep the real economy at the core"',
          '',
          'Time: 2026-01-27 16:05    Source: Putian Daily',
          '',
          'Q: How would you sum up last year?',
          '',
          'A: Last year gross regional product reached 353.6 billion yuan.',
          '',
        ].join('\n'),
      ),
    ).toEqual([['353.6', 2025, 'actual']])
  })
})

describe('gaps the review of the fifteenth session left', () => {
  it('reads "2025 (preliminary)", "2026 (projected)" and "01 — 2025 IN REVIEW" as parts', () => {
    expect(
      periodsOfText(
        [
          'Highlights of the 2026 Government Work Report',
          '',
          'The city grew.',
          '',
          '2025 (preliminary)',
          'GDP: 213.6 billion yuan, up 5.4%',
          '',
          '2026 (projected)',
          'GDP growth: around 5.5%',
          '',
          '01 — 2025 IN REVIEW',
          'CPI rose 0.3%.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['213.6', 2025, 'actual'],
      ['5.5', 2026, 'target'],
      ['0.3', 2025, 'actual'],
    ])
  })

  it('reads growth the city "had budgeted for" or a report "had targeted" as last year\'s target', () => {
    expect(
      periods(
        'The city had budgeted for growth of around 6%. The 2023 report had targeted GRP growth of around 6%.',
      ),
    ).toEqual([
      ['6', 2023, 'target'],
      ['6', 2023, 'target'],
    ])
  })
})

describe("the day's date over a page (fifteenth session)", () => {
  it('reads "Wednesday, January 14, 2026  Cloudy  2~8°C" as furniture, not the title', () => {
    const { tree, file } = parseText(
      [
        'Ezhou News Network  |  鄂州新闻网',
        '',
        'Wednesday, January 14, 2026    Cloudy  2~8°C    AQI 76',
        '',
        'Mayor Chen Haiming: Let the "hub dividend" reach every household',
        '',
        'Source: Ezhou Daily  |  2026-01-14  08:52',
        '',
        'A: Last year gross regional product reached 141.63 billion yuan.',
        '',
      ].join('\n'),
    )
    const { source, indicators } = extractIndicators(tree, file)
    expect([source.title, indicators.map((r) => [r.number.text, r.period])]).toEqual([
      'Mayor Chen Haiming: Let the "hub dividend" reach every household',
      [['141.63', 2025]],
    ])
  })
})

describe('changes said another way (seventeenth session)', () => {
  it('reads "with private investment dipping 1.6%" as a fall of private investment', () => {
    expect(
      records('Fixed asset investment fell 2.4%, with private investment dipping 1.6%.').map(
        (r) => [r.number.text, r.indicator, r.value, r.change],
      ),
    ).toEqual([
      ['2.4', 'fixed_asset_investment', null, -2.4],
      ['1.6', 'private_investment', null, -1.6],
    ])
  })

  it('reads ", growing by an average of 8.9% a year" as a change of the subject before', () => {
    expect(
      records(
        'GRP expanded from 2.18 trillion yuan in 2018 to 3.23 trillion yuan in 2023, growing by an average of 8.9% a year.',
      ).map((r) => [r.number.text, r.indicator, r.value, r.change]),
    ).toEqual([
      ['2.18', 'grp', 2.18, null],
      ['3.23', 'grp', 3.23, null],
      ['8.9', 'grp', null, 8.9],
    ])
  })

  it('reads decimals said in words before "percent respectively", but not "pm two point five"', () => {
    expect(
      records(
        "Urban and rural residents' incomes rose five-point-one and seven-point-eight percent respectively. The average concentration of pm two point five fell to thirty four micrograms per cubic meter.",
      ).map((r) => [r.number.text, r.indicator, r.change]),
    ).toEqual([
      ['five-point-one', 'per_capita_disposable_income_urban', 5.1],
      ['seven-point-eight', 'per_capita_disposable_income_rural', 7.8],
      ['thirty four', 'pm25', null],
    ])
  })
})

describe('words around a figure (seventeenth session)', () => {
  it('reads "a 6.5-percent increase" as a percentage, and a target named after it as a target', () => {
    expect(
      records(
        'GRP rose 4.3 percent, short of the 5-percent growth target set a year earlier. The city targets a 6.5-percent increase in retail sales of consumer goods this year.',
      ).map((r) => [r.number.text, r.indicator, r.change, r.kind]),
    ).toEqual([
      ['4.3', 'grp', 4.3, 'actual'],
      ['5', 'grp', 5, 'target'],
      ['6.5', 'retail_sales', 6.5, 'target'],
    ])
  })

  it('counts "nine new or expanded schools" in schools and names grain "harvested from" an area', () => {
    expect(
      records(
        'We completed nine new or expanded schools. Yiyang harvested 2.28 million tonnes of grain from 368,600 hectares.',
      ).map((r) => [r.number.text, r.unit, r.indicator]),
    ).toEqual([
      ['nine', 'schools', null],
      ['2.28', 'million tonnes', 'grain_output'],
      ['368,600', 'hectares', null],
    ])
  })

  it('names "manufacturing made up 31.2 percent of the city\'s GRP", "263 days of good air" and a "consumer price increase"', () => {
    expect(
      records(
        "Manufacturing made up 31.2 percent of the city's GRP. The city had 263 days of good air. This year we will keep the consumer price increase at around 2 percent.",
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['31.2', 'manufacturing_value_added_share'],
      ['263', 'air_quality_good_days'],
      ['2', 'cpi'],
    ])
  })

  it('carries a fall to a noun after it whose verb is left out', () => {
    expect(
      records(
        'Industrial investment fell 8.1 percent, and investment in infrastructure 10.5 percent.',
      ).map((r) => [r.number.text, r.value, r.change]),
    ).toEqual([
      ['8.1', null, -8.1],
      ['10.5', null, -10.5],
    ])
  })
})

describe('plans and spans (seventeenth session)', () => {
  it('reads "It calls for raising …" and "The draft outline proposes …" as plans, the latter of five years', () => {
    expect(
      periods(
        'It calls for raising the number of high-tech enterprises to 1,200. The draft outline proposes average annual GDP growth of about 5.5 percent over the five years.',
      ),
    ).toEqual([
      ['1,200', 2024, 'target'],
      ['5.5', '2024-2028', 'target'],
    ])
  })

  it('reads growth "with" which a place closed out a Five-Year Plan period as a result', () => {
    expect(
      periods(
        'The city closed out the 14th Five-Year Plan period with economic growth of 6.1 percent.',
      ),
    ).toEqual([['6.1', 2023, 'actual']])
  })

  it('keeps the span for what was invested cumulatively and for a level held "every single year"', () => {
    expect(
      records(
        'Over the five years, GDP grew at an average annual rate of 5.8 percent, and per capita GDP reached 48,500 yuan in 2023. We invested a cumulative 386 billion yuan in fixed assets. Grain output stayed above 3.6 million tons every single year.',
      ).map((r) => [r.number.text, r.indicator, r.period]),
    ).toEqual([
      ['5.8', 'grp', '2019-2023'],
      ['48,500', null, 2023],
      ['386', 'fixed_asset_investment', '2019-2023'],
      ['3.6', 'grain_output', '2019-2023'],
    ])
  })

  it("ends the parts of a box of figures at the story's next heading, indented as those before the box", () => {
    expect(
      periodsOfText(
        [
          'Yiwu sets growth goal for 2026',
          '',
          'By Zhou Huimin | Updated: 2026-01-20',
          '',
          '   A market city',
          '',
          'Turnover at China Commodity City, the sprawling wholesale market in the north of the city, rose 9 percent last year, its managers said, as buyers from the Middle East and Africa returned.',
          '',
          'BY THE NUMBERS',
          'Yiwu in 2025',
          '238.6 billion yuan — gross regional product, up 7.2%',
          'Targets for 2026',
          'About 6.5% — GRP growth',
          "Source: Yiwu Municipal People's Government",
          '',
          '   Beyond small commodities',
          '',
          'Officials have been keen to show that Yiwu is more than a bazaar. Fixed-asset investment grew by 6.8 percent, and private investment by 5.2 percent.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['9', 2025, 'actual'],
      ['238.6', 2025, 'actual'],
      ['6.5', 2026, 'target'],
      ['6.8', 2025, 'actual'],
      ['5.2', 2025, 'actual'],
    ])
  })
})

describe('slides, cards and parts of a whole (seventeenth session)', () => {
  it('reads cards with a change alone or a change after the figure, and a footer "· 02 / 15" as furniture', () => {
    expect(
      periodsOfText(
        [
          'Graphic Interpretation | 2026 Loudi Government Work Report in 15 Slides',
          '',
          '==== SLIDE 02 ====',
          'PART ONE | REVIEW OF WORK IN 2025',
          '  down 1.8% | total imports and exports',
          '  46,213 yuan, +4.6% | per capita disposable income of urban residents',
          "Loudi Municipal People's Government · 2026 Government Work Report · 02 / 15",
          '',
          '==== SLIDE 03 ====',
          'PART TWO | TARGETS FOR 2026',
          '  2.5% | reduction in energy consumption per unit of GRP',
          "Loudi Municipal People's Government · 2026 Government Work Report · 03 / 15",
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.8', 2025, 'actual'],
      ['46,213', 2025, 'actual'],
      ['2.5', 2026, 'target'],
    ])
    const { tree, file } = parseText(
      '2026 Government Work Report\n\nReview of 2025\n\n  down 1.8% | total imports and exports\n  46,213 yuan, +4.6% | per capita disposable income of urban residents\n  2.5% | reduction in energy consumption per unit of GRP\n',
    )
    expect(extractIndicators(tree, file).indicators.map((r) => [r.indicator, r.change])).toEqual([
      ['imports_exports', -1.8],
      ['per_capita_disposable_income_urban', 4.6],
      [null, -2.5],
    ])
  })

  it('counts what "N of them" and "Of the projects …, N broke ground" are of', () => {
    expect(
      records(
        '428 foreign-invested enterprises were newly established, 153 of them funded from Taiwan. Of the industrial projects each with investment of over 1 billion yuan, 64 broke ground and 41 were completed. Build 20 "5G + Industrial Internet" demonstration factories.',
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['428', 'enterprises'],
      ['153', 'enterprises'],
      ['64', 'projects'],
      ['41', 'projects'],
      ['20', 'factories'],
    ])
  })
})

describe('an interview on five years, and gaps to the national figure (seventeenth session)', () => {
  it('reads the answers to a question on five years past as of those years, until the next question', () => {
    expect(
      periodsOfText(
        [
          'Mayor: the economy keeps its momentum',
          '',
          'Shaoyang Daily | 2026-01-26',
          '',
          'Reporter (Xinhua): Last year also closed the 14th Five-Year Plan period. Looking back over those five years, what stands out?',
          '',
          'A: GRP grew by an average of 5.9% a year.',
          '',
          'Cumulative fixed asset investment exceeded 1.1 trillion yuan. We created 213,000 new urban jobs in cumulative terms.',
          '',
          'We built or upgraded 6,420 kilometers of rural roads.',
          '',
          'Q: How did the economy do last year?',
          '',
          'A: We built 410 kilometers of rural roads.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['5.9', '2021-2025', 'actual'],
      ['1.1', '2021-2025', 'actual'],
      ['213,000', '2021-2025', 'actual'],
      ['6,420', '2021-2025', 'actual'],
      ['410', 2025, 'actual'],
    ])
  })

  it('reads "0.2 percentage points lower than the national figure" as a record of its own', () => {
    expect(
      records(
        'The surveyed urban unemployment rate averaged 4.9%, 0.2 percentage points lower than the national figure. Good air days made up 97.6%, 1.2 percentage points higher than in 2022.',
      ).map((r) => [r.number.text, r.value, r.change]),
    ).toEqual([
      ['4.9', 4.9, null],
      ['0.2', null, -0.2],
      ['97.6', 97.6, 1.2],
    ])
  })

  it('carries a fall to the figure listed after it, and reads an arrow drawn as an emoji', () => {
    expect(
      records(
        'We will keep PM2.5 within 32 micrograms per cubic meter, and cut chemical oxygen demand and ammonia nitrogen emissions by 3% and 4% respectively. Private investment slid 3.1%. Total imports & exports: 21.7 bn yuan ⬇️ 2.3%',
      ).map((r) => [r.number.text, r.indicator, r.change]),
    ).toEqual([
      ['32', 'pm25', null],
      ['3', null, -3],
      ['4', null, -4],
      ['3.1', 'private_investment', -3.1],
      ['21.7', 'imports_exports', -2.3],
    ])
  })

  it('counts "rose to nine", "214,000 of them found jobs", growth of projects "each surged", and "Welcome 85 million visitors"', () => {
    expect(
      records(
        'The number of Grade III Class A hospitals rose to nine. We trained 300,000 rural workers, and 214,000 of them found jobs away from home. Investment in projects worth more than 100 million yuan each surged 14.8 percent.',
      ).map((r) => [r.number.text, r.unit, r.change]),
    ).toEqual([
      ['nine', 'hospitals', null],
      ['300,000', 'workers', null],
      ['214,000', 'workers', null],
      ['14.8', null, 14.8],
    ])
    expect(periods('▪️ Welcome 85 million visitors')).toEqual([['85', 2024, 'target']])
  })
})

describe('a fact box in a story (seventeenth session)', () => {
  it('ends the targets of a box at the line of its sources, and reads "The report promises" as a plan', () => {
    const story = (underlined: boolean) =>
      [
        'XIJIANG OBSERVER  |  Home  >  City  >  Economy',
        '',
        'Wuzhou bets on recycled metals, tea and its river port to steady growth',
        '',
        'By HUANG JIAWEN in Wuzhou  |  Xijiang Observer  |  Updated: 2025-01-15 07:52',
        '',
        'WUZHOU — The city will aim for steady growth this year, Mayor Tan Jianhua told local lawmakers on Tuesday, as the river port at the meeting of the Gui and Xun rivers leans on recycled metals and tea.',
        '',
        '--------------------------------',
        'FACT BOX  |  WUZHOU IN 2024 AT A GLANCE',
        '--------------------------------',
        'Gross regional product (GRP)\t\t150.62 billion yuan\t+4.3%',
        '',
        'TARGETS FOR 2025',
        'Retail sales of consumer goods\t\tgrowth of 5.5%',
        '--------------------------------',
        'Sources: Wuzhou municipal government work report',
        ...(underlined ? ['--------------------------------'] : []),
        '',
        'For ordinary residents, the report listed 21,600 new urban jobs and 4,100 new public kindergarten places.',
        '',
        'The report promises more than 20,000 new urban jobs this year.',
        '',
      ].join('\n')
    for (const underlined of [true, false])
      expect(periodsOfText(story(underlined))).toEqual([
        ['150.62', 2024, 'actual'],
        ['5.5', 2025, 'target'],
        ['21,600', 2024, 'actual'],
        ['4,100', 2024, 'actual'],
        ['20,000', 2025, 'target'],
      ])
  })
})

describe('compound units (seventeenth session)', () => {
  it('keeps the compounds labellers keep whole more often than not', () => {
    expect(
      records(
        'We built 3,000 housing units, added 500 nursery places, opened 12 new air routes and renovated 20 urban villages. Two coal mines were closed and 45 tourist attractions were upgraded.',
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['3,000', 'housing units'],
      ['500', 'nursery places'],
      ['12', 'air routes'],
      ['20', 'urban villages'],
      ['Two', 'coal mines'],
      ['45', 'tourist attractions'],
    ])
  })
})

describe('a deck of slides with cards (seventeenth session)', () => {
  it('reads cards with an arrow, a conversion or a yearly average before the bar, and the tasks after a plan of five years as of the plan year', () => {
    const { tree, file } = parseText(
      [
        'Pingxiang 2026 Government Work Report in Slides',
        '',
        '===== SLIDE 03 =====',
        'Review of 2025',
        '55.9 billion yuan  ▲5.1% | total retail sales of consumer goods',
        '21.9 billion yuan (about 3.1 billion US dollars), down 1.8% | total imports and exports',
        '',
        '===== SLIDE 13 =====',
        'The 14th Five-Year Plan Period (2021-2025) in Numbers',
        '5.9% a year on average | GRP growth, 2021-2025',
        '71,000 | urban jobs created in 2021-2025',
        '',
        '===== SLIDE 16 =====',
        'Opening of the 15th Five-Year Plan (2026-2030)',
        '●    GRP to grow by about 5% a year on average over 2026-2030',
        '',
        '===== SLIDE 17 =====',
        'Tasks: Industry & Innovation',
        '●    Raise R&D spending by over 10%',
        '',
      ].join('\n'),
    )
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.indicator,
        r.change,
        r.period,
      ]),
    ).toEqual([
      ['55.9', 'retail_sales', 5.1, 2025],
      ['21.9', 'imports_exports', -1.8, 2025],
      ['5.9', 'grp', 5.9, '2021-2025'],
      ['71,000', 'urban_jobs', null, '2021-2025'],
      ['5', 'grp', 5, '2026-2030'],
      ['10', 'rd_spending', 10, 2026],
    ])
  })
})

describe('a change, then the year, then the level (seventeenth session)', () => {
  it('reads "expanded 5.9 percent last year to 181.26 billion yuan" as one record', () => {
    expect(
      records('The economy expanded 5.9 percent last year to 181.26 billion yuan.').map((r) => [
        r.number.text,
        r.value,
        r.change,
      ]),
    ).toEqual([['181.26', 181.26, 5.9]])
  })
})

describe('a dateline after the source line (seventeenth session)', () => {
  it('takes the year of "HEYUAN, Feb. 11, 2026 — …" when no other line names it', () => {
    const { tree, file } = parseText(
      [
        'Home >> News >> Exclusive Interviews',
        '',
        'Mayor Lin Zhiqiang: "Our green capital has to pay dividends"',
        '',
        'Source: Heyuan Daily English Channel  |  Author: Zhou Min',
        '',
        "HEYUAN, Feb. 11, 2026 — Mayor Lin Zhiqiang sat down with Heyuan Daily to talk about last year's numbers.",
        '',
        'A: Our gross regional product reached 142.6 billion yuan, up 5.3% at comparable prices.',
        '',
      ].join('\n'),
    )
    const { source, indicators } = extractIndicators(tree, file)
    expect([source.year, indicators.map((r) => [r.number.text, r.period])]).toEqual([
      2026,
      [['142.6', 2025]],
    ])
  })
})

describe('a header of two lines over a table aligned with spaces (seventeenth session)', () => {
  it("reads the word under a column's head as the header's, not a heading that ends the table", () => {
    const pad = (cells: string[], widths: number[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i]!))
        .join('')
        .trimEnd()
    const widths = [52, 31, 11, 10, 14]
    const { tree, file } = parseText(
      [
        'Report on the Work of the Government',
        '',
        'Release time: 2025-01-13 10:26',
        '',
        'I. Review of Work in 2024',
        '',
        'Table 1   Main Indicators',
        '',
        pad(['Indicator', 'Unit', '2024', 'Growth', '2025 target'], widths),
        pad(['', '', 'actual'], widths),
        '-'.repeat(110),
        pad(
          ['Gross regional product (GRP)', 'billion yuan', '370.86', '6.3%', 'up about 6.5%'],
          widths,
        ),
        pad(['  Value added of primary industry', 'billion yuan', '35.42', '3.9%'], widths),
        '',
      ].join('\n'),
    )
    expect(
      extractIndicators(tree, file).indicators.map((r) => [
        r.number.text,
        r.unit,
        r.change,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      ['370.86', 'billion yuan', 6.3, 2024, 'actual'],
      ['6.5', null, 6.5, 2025, 'target'],
      ['35.42', 'billion yuan', 3.9, 2024, 'actual'],
    ])
  })
})

describe('a bound on what is counted (seventeenth session)', () => {
  it('reads "collective operating income of over 500,000 yuan" after the counted noun as its bound', () => {
    expect(
      records('Villages with collective operating income of over 500,000 yuan reached 1,120.').map(
        (r) => [r.number.text, r.unit],
      ),
    ).toEqual([['1,120', 'villages']])
  })
})

describe('where the rules of the seventeenth session stop (a review)', () => {
  it('keeps results said past "it calls for", levels reached "every year" and stocks "in cumulative terms" as before', () => {
    expect(
      periods(
        'Looking back, it calls for credit where due: GDP grew 5.2 percent. Over the past five years, the economy grew steadily. The forest coverage rate rose every year, reaching 63 percent. We built expressways, and the network reached 1,200 kilometers in cumulative terms.',
      ),
    ).toEqual([
      ['5.2', 2023, 'actual'],
      ['63', 2023, 'actual'],
      ['1,200', 2023, 'actual'],
    ])
  })

  it("ends a question's span at a heading, and takes no span from a question on years ahead", () => {
    expect(
      periodsOfText(
        [
          'Mayor: the economy keeps its momentum',
          '',
          'Daily | 2026-01-26',
          '',
          'Q: Looking back over the past five years, what stands out?',
          '',
          'A: GDP grew by an average of 5.9% a year.',
          '',
          'Economic performance in 2025',
          '',
          'GDP grew 5.2 percent.',
          '',
          'Q: Over the five years ahead, what will change?',
          '',
          'A: We created 60,000 new urban jobs last year.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['5.9', '2021-2025', 'actual'],
      ['5.2', 2025, 'actual'],
      ['60,000', 2025, 'actual'],
    ])
  })

  it('keeps the span of a five-year plan for its tasks when their heading names the plan', () => {
    expect(
      periodsOfText(
        [
          '2026 Government Work Report',
          '',
          'Opening of the 15th Five-Year Plan (2026-2030)',
          '',
          'Key tasks of the 15th Five-Year Plan period',
          '',
          '● Add 300 high-tech enterprises.',
          '',
        ].join('\n'),
      ),
    ).toEqual([['300', '2026-2030', 'target']])
  })
})

describe('changes said another way (eighteenth session)', () => {
  it('reads plunging, tumbling, plummeting, easing and slumping as falls', () => {
    expect(
      records(
        'Coal output fell 3.2%, with imports plunging 12.4% and exports tumbling 8.1%. Steel output plummeted 9.5 percent. Consumer prices eased 0.3 percent. Cement output slumped 2.6 percent.',
      ).map((r) => [r.number.text, r.subject, r.value, r.change]),
    ).toEqual([
      ['3.2', 'Coal output', null, -3.2],
      ['12.4', 'imports', null, -12.4],
      ['8.1', 'exports', null, -8.1],
      ['9.5', 'Steel output', null, -9.5],
      ['0.3', 'Consumer prices', null, -0.3],
      ['2.6', 'Cement output', null, -2.6],
    ])
  })

  it('reads arrows drawn as emoji triangles or slanted arrows as the sign of a change', () => {
    expect(
      records('Exports 🔻3.2%\n\nImports 🔺4.1%\n\nCPI ↘ 0.2%\n\nGRP ↗5.2%').map((r) => [
        r.number.text,
        r.indicator,
        r.value,
        r.change,
      ]),
    ).toEqual([
      ['3.2', 'exports', null, -3.2],
      ['4.1', null, null, 4.1],
      ['0.2', 'cpi', null, -0.2],
      ['5.2', 'grp', null, 5.2],
    ])
  })

  it('reads "rose 5.2 percent to reach 1.2 trillion yuan" as one record of the level and its change', () => {
    expect(
      records('Retail sales of consumer goods rose 5.2 percent to reach 1.2 trillion yuan.').map(
        (r) => [r.number.text, r.indicator, r.value, r.unit, r.change],
      ),
    ).toEqual([['1.2', 'retail_sales', 1.2, 'trillion yuan', 5.2]])
  })
})

describe('plans and spans (eighteenth session)', () => {
  it('carries the span of "The past five years saw …" to the paragraphs after it, until another time', () => {
    expect(
      periods(
        [
          'The past five years saw remarkable achievements. GRP grew 7% a year on average.',
          '',
          'The people gained more from development. Over 3.5 million new urban jobs were created.',
          '',
          'Over the past year, GRP grew 5%.',
          '',
          'Exports rose 3%.',
        ].join('\n'),
      ),
    ).toEqual([
      ['7', '2019-2023', 'actual'],
      ['3.5', '2019-2023', 'actual'],
      ['5', 2023, 'actual'],
      ['3', 2023, 'actual'],
    ])
  })

  it('carries no span from a paragraph of no figures, nor past a year named after it', () => {
    expect(
      periods(
        [
          '"The past five years were truly extraordinary," the governor said.',
          '',
          'Over 3.5 million new urban jobs were created.',
          '',
          'The past five years saw great change. GRP grew 7% a year on average.',
          '',
          '2023 at a glance',
          '',
          '-- Exports rose 3%.',
        ].join('\n'),
      ),
    ).toEqual([
      ['3.5', 2023, 'actual'],
      ['7', '2019-2023', 'actual'],
      ['3', 2023, 'actual'],
    ])
  })
})

describe('comparisons with other places (eighteenth session)', () => {
  it('reads a table of places whose title says its figures are growths in percent', () => {
    expect(
      records(
        [
          'Table 1  Main indicators, 2023 (growth in %)',
          'Indicator                              Yingkou   Liaoning   China',
          'GRP                                      5.3       5.1       5.0',
          'Fixed asset investment                   3.6       0.5       3.2',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.change, r.changeUnit]),
    ).toEqual([
      ['5.3', 'grp', null, 5.3, '%'],
      ['5.1', 'grp', null, 5.1, '%'],
      ['5.0', 'grp', null, 5, '%'],
      ['3.6', 'fixed_asset_investment', null, 3.6, '%'],
      ['0.5', 'fixed_asset_investment', null, 0.5, '%'],
      ['3.2', 'fixed_asset_investment', null, 3.2, '%'],
    ])
  })

  it('reads "points above/below" a place as a gap in percentage points, signed, of no indicator', () => {
    expect(
      records(
        'GRP grew 5.3%, 0.3 percentage points above the national average and 0.2 points above Liaoning. R&D spending was 1.62% of GRP, 1.06 percentage points below the national intensity. The unemployment rate was 5.1%, 0.1 point above the national 5.0%.',
      ).map((r) => [r.number.text, r.indicator, r.value, r.change, r.changeUnit]),
    ).toEqual([
      ['5.3', 'grp', null, 5.3, '%'],
      ['0.3', null, null, 0.3, 'percentage points'],
      ['0.2', null, null, 0.2, 'percentage points'],
      ['1.62', null, 1.62, null, null],
      ['1.06', null, null, -1.06, 'percentage points'],
      ['5.1', 'urban_unemployment_rate', 5.1, null, null],
      ['0.1', null, null, 0.1, 'percentage points'],
      ['5.0', null, 5, null, null],
    ])
  })
})

describe('cards of a slide (eighteenth session)', () => {
  it('reads cards of a figure over its label and change, with speaker notes, conversions and a change alone', () => {
    expect(
      records(
        [
          'The Economy at a Glance',
          '221.36 billion yuan',
          'Gross regional product (GRP)   ▲ 5.7%',
          '▲ 6.2%',
          'Fixed asset investment',
          '8.62 billion yuan (≈ US$1.21 billion)',
          'Imports and exports   ▲ 18.4%',
          '14.73 billion yuan',
          'Local general public budget revenue   ▲ 7.1%',
          'Speaker notes: the figures are preliminary.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.change]),
    ).toEqual([
      ['221.36', 'grp', 221.36, 5.7],
      ['6.2', 'fixed_asset_investment', null, 6.2],
      ['8.62', 'imports_exports', 8.62, 18.4],
      ['14.73', 'local_general_public_budget_revenue', 14.73, 7.1],
    ])
  })
})

describe('tables and shares (eighteenth session)', () => {
  it('reads the unit of a row label after a cell of the row number', () => {
    expect(
      records(
        [
          '| No. | Indicator | 2023 actual | 2024 target |',
          '|:---:|:---|---:|---:|',
          '| 2 | Added value of industrial enterprises above designated size, growth | 9.6% | 10% |',
          '| 10 | Cargo throughput of the port (million tons) | 221.6 | 235 |',
        ].join('\n'),
      ).map((r) => [r.number.text, r.value, r.unit, r.change, r.period]),
    ).toEqual([
      ['9.6', null, null, 9.6, 2023],
      ['10', null, null, 10, 2024],
      ['221.6', 221.6, 'million tons', null, 2023],
      ['235', 235, 'million tons', null, 2024],
    ])
  })

  it('reads "with tax revenue accounting for 61.8%" as a share, not a growth', () => {
    expect(
      records(
        'Local general public budget revenue came to 10.47 billion yuan, up 2.3%, with tax revenue accounting for 61.8%.',
      ).map((r) => [r.number.text, r.value, r.unit, r.change]),
    ).toEqual([
      ['10.47', 10.47, 'billion yuan', 2.3],
      ['61.8', 61.8, '%', null],
    ])
  })
})

describe('names, thresholds and counters (eighteenth session)', () => {
  it('keeps "🔢 312" over the words that name it, and drops a line of likes and comments', () => {
    expect(
      records(
        [
          '🔢 312',
          '        high-tech enterprises in the city, a net increase of 47',
          '',
          '👍 Like (128)     💬 Comment (9)     ⭐ Favorite',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.change]),
    ).toEqual([['312', 'high_tech_enterprises', 312, 47]])
  })

  it('reads "Top 100 Counties" as a name, and a task after a threshold that ends on "each and"', () => {
    expect(
      periods(
        'Fujin made the list of national Top 100 Counties for tourism.\n\nStart 120 projects worth over 100 million yuan each and complete an investment of 30 billion yuan.',
      ),
    ).toEqual([
      ['120', 2024, 'target'],
      ['30', 2024, 'target'],
    ])
  })
})

describe('a table of results, changes and targets (eighteenth session)', () => {
  it('reads a numbered CSV table with a column of changes and a column of their units', () => {
    expect(
      records(
        [
          '"No.","Indicator","Unit","2023 Actual","Change vs 2022","Change Unit","2024 Target"',
          '"1","Gross regional product (GRP)","billion yuan","641.2","6.3","%","growth of about 6%"',
          '"2","Fixed asset investment","%","","8.4","%","growth of about 8%"',
          '"3","Share of days with good air quality","%","91.8","0.6","pct pts","above 90%"',
          '"4","Projects under construction","projects","186","24","projects","more than 200"',
        ].join('\n'),
      ).map((r) => [r.number.text, r.subject, r.value, r.change, r.changeUnit, r.period]),
    ).toEqual([
      ['641.2', 'Gross regional product', 641.2, 6.3, '%', 2023],
      ['6', 'Gross regional product (GRP)', null, 6, '%', 2024],
      ['8.4', 'Fixed asset investment', null, 8.4, '%', 2023],
      ['8', 'Fixed asset investment', null, 8, '%', 2024],
      ['91.8', 'Share of days with good air quality', 91.8, 0.6, 'percentage points', 2023],
      ['90', 'Share of days with good air quality', 90, null, null, 2024],
      ['186', 'Projects under construction', 186, 24, 'projects', 2023],
      ['200', 'Projects under construction', 200, null, null, 2024],
    ])
  })
})

describe('a story around a box of targets (eighteenth session)', () => {
  it('reads a subtitle naming the year gone by and the year ahead as no part, and the story after a box of targets in capitals as results', () => {
    expect(
      periodsOfText(
        [
          'THE GOVERNMENT WORK REPORT IN NUMBERS',
          'A year of steady gains in 2025 -- and a to-do list for 2026',
          '',
          "The city's gross regional product reached 262.57 billion yuan, up 5.9%.",
          '',
          'KEY TARGETS FOR 2026',
          'GRP growth: around 6%',
          'New urban jobs: over 55,000',
          '',
          'Industry remained the backbone. The TCM industry posted operating revenue of over',
          '160 billion yuan, while the baijiu industry generated 98.5 billion yuan of output value.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['262.57', 2025, 'actual'],
      ['6', 2026, 'target'],
      ['55,000', 2026, 'target'],
      ['160', 2025, 'actual'],
      ['98.5', 2025, 'actual'],
    ])
  })
})

describe('terse notes (eighteenth session)', () => {
  it('reads a room number, a section number opening a paragraph and a bound written "yuan+ each" as no figures', () => {
    expect(
      records(
        [
          'Venue: Govt Bldg, Conf. Rm 2 | Chair: Mayor',
          '',
          '3.1 Industry (IIT Bureau): add 35 enterprises above designated size.',
          '',
          'Start 40 projects worth 1 billion yuan+ each.',
        ].join('\n'),
      ).map((r) => r.number.text),
    ).toEqual(['35', '40'])
  })
})

describe('numbers as a speaker says them (eighteenth session)', () => {
  it('reads "a hundred and six", "nought point three" and "six and a half"', () => {
    expect(
      records(
        'A hundred and six kilometres of new expressway opened to traffic. Consumer prices rose by nought point three percent. Rural incomes grew six and a half percent.',
      ).map((r) => [r.number.text, r.value, r.change]),
    ).toEqual([
      ['A hundred and six', 106, null],
      ['nought point three', null, 0.3],
      ['six and a half', null, 6.5],
    ])
  })
})

describe('targets set against outcomes (eighteenth session)', () => {
  it('reads "target: X; outcome: Y" in a review as the reviewed year\'s target and its outcome', () => {
    expect(
      records(
        '•   GRP growth  —  target: around 5.5%; outcome: 5.1% (missed)\n•   New urban jobs  —  target: 40,000; outcome: 41,600 (met)',
      ).map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.period, r.kind]),
    ).toEqual([
      ['5.5', 'grp', null, null, 5.5, 2023, 'target'],
      ['5.1', 'grp', null, null, 5.1, 2023, 'actual'],
      ['40,000', 'urban_jobs', 40000, 'jobs', null, 2023, 'target'],
      ['41,600', 'urban_jobs', 41600, 'jobs', null, 2023, 'actual'],
    ])
  })
})

describe('a live blog (eighteenth session)', () => {
  it('reads the title of an entry after its time as a heading of the entries under it', () => {
    expect(
      periodsOfText(
        [
          'LIVE: Mayor presents 2026 Government Work Report',
          '',
          '11:24  Industry tasks for 2026',
          'The natural gas chemical cluster should hit output of 100 billion yuan.',
          '1,200 new 5G base stations are planned.',
          '',
          '10:45  Five years in review (2021-2025)',
          '- 215,000 urban jobs were created.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['100', 2026, 'target'],
      ['1,200', 2026, 'target'],
      ['215,000', '2021-2025', 'actual'],
    ])
  })
})

describe('a page with its tags left in (eighteenth session)', () => {
  it("reads a title between a paragraph's tags as a heading", () => {
    expect(
      periodsOfText(
        [
          'Hebi Municipal Government Work Report 2026 (Summary)',
          '',
          '<p><strong>Part One: Review of Work in 2025</strong></p>',
          '<p>GRP reached 128.6 billion yuan.</p>',
          '',
          '<p><strong>Part Two: Main Targets for 2026</strong></p>',
          '<p>Fixed asset investment growth of about 6&#37;;<br>',
          'grain output of no less than 1.2 million tons.</p>',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['128.6', 2025, 'actual'],
      ['6', 2026, 'target'],
      ['1.2', 2026, 'target'],
    ])
  })
})

describe('a subtitle on the target (eighteenth session)', () => {
  it('reads "Growth target held; …" under the title as a headline, not a part of targets', () => {
    expect(
      periodsOfText(
        [
          'Suizhou (Hubei): 2026 Government Work Report – quick take',
          'Growth target held; special-purpose vehicles and exports do the heavy lifting',
          '',
          'Output',
          '•  GRP: RMB148.6bn, +5.9%.',
          '',
        ].join('\n'),
      ),
    ).toEqual([['148.6', 2025, 'actual']])
  })
})

describe('a table of products (eighteenth session)', () => {
  it('reads a table headed "Product  Unit  Output  Change (%)" with its unit column', () => {
    expect(
      records(
        [
          'Product                       Unit                    Output         Change (%)',
          'Raw coal                      10,000 tons             1,126.5        8.8',
          'Cement                        10,000 tons             286.1          -6.3',
        ].join('\n'),
      ).map((r) => [r.number.text, r.subject, r.value, r.unit, r.change, r.changeUnit]),
    ).toEqual([
      ['1,126.5', 'Raw coal', 1126.5, '10,000 tons', 8.8, '%'],
      ['286.1', 'Cement', 286.1, '10,000 tons', -6.3, '%'],
    ])
  })
})

describe('a table of results and growths (eighteenth session)', () => {
  it('reads "Growth over 2023 (%)" as the growth of 2024, and a cell after a no-break space', () => {
    expect(
      records(
        [
          '| Indicator | 2023 result | Growth over 2022 (%) | 2024 target |',
          '|---|---|---|---|',
          '| Fixed asset investment | — | -4.6 | growth of 6% |',
          '| Local general public budget revenue, billion yuan |\u00a0 5.13 | 1.6 | growth of 3% |',
        ].join('\n'),
      ).map((r) => [r.number.text, r.value, r.unit, r.change, r.period]),
    ).toEqual([
      ['4.6', null, null, -4.6, 2023],
      ['6', null, null, 6, 2024],
      ['5.13', 5.13, 'billion yuan', 1.6, 2023],
      ['3', null, null, 3, 2024],
    ])
  })
})

describe('a number said in words and wrapped (eighteenth session)', () => {
  it('reads "PM two point five" as a name across a line break, and writes a wrapped number as the source does', () => {
    expect(
      records(
        'PM two point\n        five averaged twenty-six micrograms per cubic metre. The rate was five point\n   two percent.',
      ).map((r) => [r.number.text, r.indicator, r.value]),
    ).toEqual([
      ['twenty-six', 'pm25', 26],
      ['five point\n   two', null, 5.2],
    ])
  })
})

describe('where the rules of the eighteenth session stop (a review)', () => {
  it('keeps index and score points, a gap below a target, a gap to a year and "sank N wells" as they were', () => {
    expect(
      records(
        'The manufacturing PMI stood at 50.8, 0.8 points above the boom-bust line. Energy consumption per unit of GDP fell 3.2%, 0.7 percentage points below the target. The urban surveyed unemployment rate was 0.3 percentage points lower than that of 2022. The city sank 120 new wells.',
      ).map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.changeUnit]),
    ).toEqual([
      ['50.8', null, 50.8, null, null, null],
      ['0.8', null, 0.8, 'points', null, null],
      ['3.2', null, null, null, -3.2, '%'],
      ['0.7', null, null, null, 0.7, 'percentage points'],
      ['0.3', 'urban_unemployment_rate', null, null, -0.3, 'percentage points'],
      ['120', null, 120, 'wells', null, null],
    ])
  })

  it('reads no growth table from a title on growth over columns of amounts', () => {
    expect(
      records(
        [
          'Table 1 Main indicators, 2023 (value in billion yuan; growth in %)',
          '| Indicator | Amount | Increase |',
          '| GRP | 12,345 | 5.2 |',
        ].join('\n'),
      ).map((r) => [r.number.text, r.change === null ? 'level' : 'change']),
    ).not.toContainEqual(['12,345', 'change'])
  })

  it("carries the span and the plan of a printed page's paragraph into the next one opening on an indented line, and ends a carried span at the problems", () => {
    expect(
      periods(
        [
          "    Over the past five years, the province's GRP grew at an average annual rate of",
          '3.9 percent, and we created 2.23 million new urban jobs in the five years.',
          '    We won the battle against poverty. All 15 provincial-level poverty-stricken',
          'counties shook off poverty.',
          '',
          'The past five years have been truly extraordinary. GDP grew at an average annual rate of 5.2%.',
          '',
          'We are also keenly aware of the problems we face. About 480,000 rural residents still live in poverty.',
          '',
          '    This year, the province aims to build 30 new schools and renovate 500 old',
          'residential communities.',
          '    It has lined up 1,000 major projects.',
        ].join('\n'),
      ),
    ).toEqual([
      ['3.9', '2019-2023', 'actual'],
      ['2.23', '2019-2023', 'actual'],
      ['15', '2019-2023', 'actual'],
      ['5.2', '2019-2023', 'actual'],
      ['480,000', 2023, 'actual'],
      ['30', 2024, 'target'],
      ['500', 2024, 'target'],
      ['1,000', 2024, 'target'],
    ])
  })
})

describe('extraction rules of the nineteenth session', () => {
  const row = (r: ReturnType<typeof records>[number]) => [
    r.number.text,
    r.subject,
    r.value,
    r.unit,
    r.change,
    r.changeUnit,
    r.period,
    r.kind,
  ]

  it('reads a header aligned with spaces whose cells go on in the line under it, rows whose label wraps, and a small target of a level row as a growth', () => {
    expect(
      records(
        [
          'Table 1  Main Indicators',
          '',
          'Indicator                          Unit               2023      Growth   2024',
          '                                                      actual    (%)      target',
          '------------------------------------------------------------------------------',
          'Gross regional product             100 million yuan   1,912.4   5.6      6',
          'Value added of industry above',
          '  designated size                  %                  --        8.3      8',
          'Grain output                       10,000 tons        142.6     0.8      above 140',
          'Surveyed urban unemployment rate   %                  4.7       --       within 5.5',
          '------------------------------------------------------------------------------',
        ].join('\n'),
      ).map(row),
    ).toEqual([
      ['1,912.4', 'Gross regional product', 1912.4, '100 million yuan', 5.6, '%', 2023, 'actual'],
      ['6', 'Gross regional product', null, null, 6, '%', 2024, 'target'],
      [
        '8.3',
        'Value added of industry above designated size',
        null,
        null,
        8.3,
        '%',
        2023,
        'actual',
      ],
      ['8', 'Value added of industry above designated size', null, null, 8, '%', 2024, 'target'],
      ['142.6', 'Grain output', 142.6, '10,000 tons', 0.8, '%', 2023, 'actual'],
      ['140', 'Grain output', 140, '10,000 tons', null, null, 2024, 'target'],
      ['4.7', 'Surveyed urban unemployment rate', 4.7, '%', null, null, 2023, 'actual'],
      ['5.5', 'Surveyed urban unemployment rate', 5.5, '%', null, null, 2024, 'target'],
    ])
  })

  it("reads rows after a column of codes, a share's column in percent, and a note mark in brackets glued to a word", () => {
    expect(
      records(
        [
          'TABLE 2   VALUE ADDED BY SECTOR, 2023',
          '',
          'CODE  SECTOR                     UNIT            VALUE      GROWTH     SHARE OF GRP',
          '                                                              (%)              (%)',
          'B01   PRIMARY INDUSTRY(1)        BILLION YUAN    62.81         3.8             11.0',
          'B02   FIXED-ASSET INVESTMENT     --                 --        -3.8              3.0',
        ].join('\n'),
      ).map(row),
    ).toEqual([
      ['62.81', 'PRIMARY INDUSTRY', 62.81, 'billion yuan', 3.8, '%', 2023, 'actual'],
      ['11.0', 'PRIMARY INDUSTRY', 11, '%', null, null, 2023, 'actual'],
      ['3.8', 'FIXED-ASSET INVESTMENT', null, null, -3.8, '%', 2023, 'actual'],
      ['3.0', 'FIXED-ASSET INVESTMENT', null, null, 3, '%', 2023, 'actual'],
    ])
  })

  it("gives bare figures the unit of their section's heading, a rate's bare level percent, and a count's net addition as its change", () => {
    const got = recordsOfText(
      [
        'Statistical Highlights 2024',
        '',
        'I. Review of Work in 2023',
        '',
        '1. Employment',
        'Surveyed urban unemployment rate: 4.9',
        'National high-tech enterprises: 118, net addition of 21',
        '',
        '2. Fiscal and financial (unit: billion yuan)',
        'Revenue in the general public budget: 4.93, up 6.8%',
        'Balance of loans in financial institutions at year-end: 116.9',
        '',
        'II. Targets for 2024',
        '',
        'National high-tech enterprises: increase by 15',
        'Fiscal revenue: 130',
      ].join('\n'),
    )
    expect(got.map(row)).toEqual([
      ['4.9', 'Surveyed urban unemployment rate', 4.9, '%', null, null, 2023, 'actual'],
      [
        '118',
        'National high-tech enterprises',
        118,
        'enterprises',
        21,
        'enterprises',
        2023,
        'actual',
      ],
      [
        '4.93',
        'Revenue in the general public budget',
        4.93,
        'billion yuan',
        6.8,
        '%',
        2023,
        'actual',
      ],
      [
        '116.9',
        'Balance of loans in financial institutions at year-end',
        116.9,
        'billion yuan',
        null,
        null,
        2023,
        'actual',
      ],
      ['15', expect.any(String), null, null, 15, 'enterprises', 2024, 'target'],
      ['130', 'Fiscal revenue', 130, null, null, null, 2024, 'target'],
    ])
  })

  it('reads a row of a table aligned with spaces that uses tabs for one of its gaps', () => {
    expect(
      records(
        [
          'Indicator                    Unit            2023      Growth (%)',
          'Retail sales                 billion yuan    45.83     5.4',
          'Total imports and exports\t\t\t\tbillion yuan    4.31      15.7',
        ].join('\n'),
      ).map(row),
    ).toEqual([
      ['45.83', 'Retail sales', 45.83, 'billion yuan', 5.4, '%', 2023, 'actual'],
      ['4.31', 'Total imports and exports', 4.31, 'billion yuan', 15.7, '%', 2023, 'actual'],
    ])
  })

  it('signs a change by the nearest change word before its "by", reads a size in the subject of a later verb as a threshold, a note mark glued to "percent", and years all to come as a target', () => {
    expect(
      records(
        [
          'We will secure contracted investment, increase the number of foreign-invested enterprises by 10.',
          'The number of newly started projects worth over 1 billion yuan reached 38.',
          'The surveyed urban unemployment rate was 5.1 percent4.',
          'Proposals for the 15th Five-Year Plan (2024-2028): average annual GRP growth of around 6 per cent.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit, r.period, r.kind]),
    ).toEqual([
      ['10', null, null, 10, 'enterprises', 2024, 'target'],
      ['38', 38, 'projects', null, null, 2023, 'actual'],
      ['5.1', 5.1, '%', null, null, 2023, 'actual'],
      ['6', null, null, 6, '%', '2024-2028', 'target'],
    ])
  })

  it('reads a count after a closed quotation far back, some of the things counted before ("26 of them", "10 new ones"), a line of a long label and a dash apart from the next, and "5.5  per cent"', () => {
    expect(
      records(
        [
          'The city added 18 "specialized and sophisticated" small enterprises and two national "little giant" firms.',
          '',
          'We carried out 412 projects, 26 of them worth over one billion yuan.',
          '',
          'We attracted 25 foreign-invested enterprises, including 10 new ones.',
          '',
          'Minimum basic pension for rural and non-working urban residents — raised by 15 yuan to 165 yuan per month',
          'Basic medical insurance participation rate: above 95%',
          '',
          'The surveyed urban unemployment rate was 5.1  per cent.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.value, r.unit, r.change]),
    ).toEqual([
      ['18', 18, 'enterprises', null],
      ['two', 2, 'firms', null],
      ['412', 412, 'projects', null],
      ['26', 26, 'projects', null],
      ['25', 25, 'enterprises', null],
      ['10', 10, 'enterprises', null],
      ['165', 165, 'yuan per month', 15],
      ['95', 95, '%', null],
      ['5.1', 5.1, '%', null],
    ])
  })

  it('reads whose income a figure "for urban residents" is, a label before a dash and a no-break space, and "we must" as a plan', () => {
    expect(
      records(
        [
          'Per capita disposable income: 38,960 yuan for urban residents (up 4.2 percent) and 19,840 yuan for rural residents (up 6.4 percent).',
          '',
          'Exports —\u00a019.6 billion yuan',
          '',
          '"This year we must attract more than 100 billion yuan in contracted investment," he said.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.kind]),
    ).toEqual([
      ['38,960', 'per_capita_disposable_income_urban', 'actual'],
      ['19,840', 'per_capita_disposable_income_rural', 'actual'],
      ['19.6', 'exports', 'actual'],
      ['100', null, 'target'],
    ])
  })

  it('reads a header whose last cell goes on in one cell under it, and keeps the table past a label wrapped over two lines under its row', () => {
    expect(
      records(
        [
          'Indicator                          Unit                   2023     Change over',
          '                                                                   2022 (%)',
          '------------------------------------------------------------------------------',
          'Value added of strategic emerging  %                       31.6     +1.4 pp',
          '  industries as share of industrial',
          '  value added',
          'Total retail sales                 100 million yuan       496.3        5.0',
        ].join('\n'),
      ).map(row),
    ).toEqual([
      [
        '31.6',
        'Value added of strategic emerging',
        31.6,
        '%',
        1.4,
        'percentage points',
        2023,
        'actual',
      ],
      ['496.3', 'Total retail sales', 496.3, '100 million yuan', 5, '%', 2023, 'actual'],
    ])
  })

  it('reads records indented under records each on its own, and records indented under a label that names what they measure', () => {
    expect(
      records(
        [
          'Fixed asset investment — +9.6%',
          '\u00a0 \u00a0 of which: industrial investment — +15.8%',
          'Total imports and exports: 574.2 billion yuan, down 3.1%',
          '\u00a0 \u00a0 \u00a0 \u00a0 of which, exports: 412.5 billion yuan, up 2.7%',
          '\u00a0 \u00a0 Actual use of foreign capital: US$1.86 billion',
          'Surveyed urban unemployment rate — 4.6%',
          'Per capita disposable income',
          '\u00a0 \u00a0 Urban residents — 34,120 yuan, +4.1%',
          '\u00a0 \u00a0 Rural residents — 24,650 yuan, +6.3%',
        ].join('\n'),
      ).map((r) => [r.number.text, r.subject, r.indicator]),
    ).toEqual([
      ['9.6', 'Fixed asset investment', 'fixed_asset_investment'],
      ['15.8', 'industrial investment', null],
      ['574.2', 'Total imports and exports', 'imports_exports'],
      ['412.5', 'exports', 'exports'],
      ['1.86', 'Actual use of foreign capital', null],
      ['4.6', 'Surveyed urban unemployment rate', 'urban_unemployment_rate'],
      ['34,120', 'Urban residents', 'per_capita_disposable_income_urban'],
      ['24,650', 'Rural residents', 'per_capita_disposable_income_rural'],
    ])
  })

  it("ends a part made of a list's item at the next item of that list, and dates an item's list by the year the item names", () => {
    const got = recordsOfText(
      [
        'Danyang Government Work Report 2024: Highlights',
        '',
        '• The 14th Five-Year Plan period (2019-2023) in review',
        '',
        '  -- GRP grew at an average annual rate of 6.0%',
        '',
        '',
        '• Industry and innovation in 2023',
        '',
        '  -- High-tech enterprises: 528 (a net increase of 61)',
        '',
        '',
        '• Opening-up and consumption',
        '',
        '  -- 62 new foreign-invested enterprises were set up',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['6.0', '2019-2023', 'actual'],
      ['528', 2023, 'actual'],
      ['62', 2023, 'actual'],
    ])
  })

  it('reads a target column "(growth, %)" as growths but for rates and counts, and a label going on under its row with "of …"', () => {
    expect(
      records(
        [
          '  Indicator                           Unit                    2023    Growth     2024 target',
          '                                                            result       (%)     (growth, %)',
          '  ------------------------------------------------------------------------------------------------',
          '  General public budget revenue       billion yuan           10.47       3.1     3.5',
          '  Per capita disposable income        yuan                  35,160       6.6     6.5',
          '    of rural residents',
          '  New urban jobs                      people                13,650         —     12,000',
          '  Surveyed urban unemployment rate    %                        4.5         —     within 5',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.changeUnit, r.kind]),
    ).toEqual([
      ['10.47', 'general_public_budget_revenue', 10.47, 'billion yuan', 3.1, '%', 'actual'],
      ['3.5', 'general_public_budget_revenue', null, null, 3.5, '%', 'target'],
      ['35,160', 'per_capita_disposable_income_rural', 35160, 'yuan', 6.6, '%', 'actual'],
      ['6.5', 'per_capita_disposable_income_rural', null, null, 6.5, '%', 'target'],
      ['13,650', 'urban_jobs', 13650, 'people', null, null, 'actual'],
      ['12,000', 'urban_jobs', 12000, 'people', null, null, 'target'],
      ['4.5', 'urban_unemployment_rate', 4.5, '%', null, null, 'actual'],
      ['5', 'urban_unemployment_rate', 5, '%', null, null, 'target'],
    ])
  })

  it("takes a story's headline under a section's label for its title, and reads a place's economy and residents' earnings", () => {
    const got = recordsOfText(
      [
        'Home | China | World | Business',
        '',
        'Business',
        '',
        "Jiangxi's Ji'an eyes steady growth in 2026 as electronics gain steam",
        '',
        'Source: Xinhua | 2026-01-22',
        '',
        "JI'AN, Jan. 22 (Xinhua) -- Ji'an will aim for economic growth of around 5.2 percent this year, according to the government work report.",
        '',
        'Private investment slipped 1.8 percent last year. Per capita disposable income of residents grew 5.1 percent, with urban residents earning 48,260 yuan and rural residents 23,915 yuan on average.',
        '',
        "Over the 14th Five-Year Plan period (2021-2025), Ji'an's economy expanded at an average annual rate of 6.1 percent.",
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.period, r.kind])).toEqual([
      ['5.2', 'grp', 2026, 'target'],
      ['1.8', 'private_investment', 2025, 'actual'],
      ['5.1', 'per_capita_disposable_income', 2025, 'actual'],
      ['48,260', 'per_capita_disposable_income_urban', 2025, 'actual'],
      ['23,915', 'per_capita_disposable_income_rural', 2025, 'actual'],
      ['6.1', 'grp', '2021-2025', 'actual'],
    ])
  })

  it('gives the span an item alone on its line names to the lines after it, keeps a span past the years at its own ends, and reads "by an average of 5.6% a year" as the span\'s', () => {
    const got = recordsOfText(
      [
        'Tianmen Government Work Report 2026',
        '',
        'PART I  REVIEW OF 2025',
        '',
        '■ Ecology and Environment',
        'Forest coverage: 12.6%',
        '',
        '■ The 14th Five-Year Plan Period (2021-2025)',
        'GRP: average annual growth of 6.1%',
        'Fixed asset investment: 268 billion yuan in cumulative terms',
        '',
        '■ Other',
        'Forest coverage: 12.7%',
        '',
        'The past five years were truly extraordinary. GRP increased from 236.04 billion yuan in 2020 to 312.46 billion yuan in 2025.',
        '',
        '— The environment improved. Clean energy accounted for 41.5% of installed capacity by the end of 2025.',
        '',
        '— Lives improved. Per capita disposable income of residents grew by an average of 5.6% a year. We added 31,000 school places.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.period])).toEqual([
      ['12.6', 2025],
      ['6.1', '2021-2025'],
      ['268', '2021-2025'],
      ['12.7', 2025],
      ['236.04', 2020],
      ['312.46', 2025],
      ['41.5', 2025],
      ['5.6', '2021-2025'],
      ['31,000', '2021-2025'],
    ])
  })

  it('reads an item in capitals over records as their title, lines of records with a count in words or a model name, and records indented under a record whose label names what they measure', () => {
    const got = recordsOfText(
      [
        'Dongtai Government Work Report 2026: Key Figures',
        '',
        '■ REVIEW OF 2025',
        '',
        'Industry and innovation',
        '  R&D spending: 4.1 billion yuan, 2.88% of GRP',
        '  Industrial projects of over 1 billion yuan each started: 27',
        '  5G base stations added: 540',
        '  Provincial-level research centers added: three',
        '',
        "People's wellbeing",
        '  Per capita disposable income of residents: 49,870 yuan, up 5.1%',
        '      urban residents: 62,480 yuan, up 4.3%',
        '      rural residents: 33,915 yuan, up 6.0%',
        '  Urban jobs created over the five years: 63,800',
        '',
        '■ MAIN TARGETS FOR 2026',
        '',
        '  GRP growth: around 5.5%',
        '  General public budget revenue: up 2%',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.unit, r.period, r.kind])).toEqual([
      ['4.1', 'rd_spending', 'billion yuan', 2025, 'actual'],
      ['2.88', null, '%', 2025, 'actual'],
      ['27', null, 'projects', 2025, 'actual'],
      ['540', null, 'base stations', 2025, 'actual'],
      ['three', null, 'centers', 2025, 'actual'],
      ['49,870', 'per_capita_disposable_income', 'yuan', 2025, 'actual'],
      ['62,480', 'per_capita_disposable_income_urban', 'yuan', 2025, 'actual'],
      ['33,915', 'per_capita_disposable_income_rural', 'yuan', 2025, 'actual'],
      ['63,800', 'urban_jobs', 'jobs', '2021-2025', 'actual'],
      ['5.5', 'grp', null, 2026, 'target'],
      ['2', 'general_public_budget_revenue', null, 2026, 'target'],
    ])
  })

  it('reads "met the main targets of the Plan:" as a look back, and spaces after a sentence\'s end in prose as no cells', () => {
    const got = recordsOfText(
      [
        'Haimen Government Work Report 2026',
        '',
        'THE 14TH FIVE-YEAR PLAN PERIOD (2021-2025) IN RETROSPECT',
        '',
        'Over the past five years, Haimen met the main targets of the 14th Five-Year Plan:',
        '• Fixed asset investment totaled 436 billion yuan over the five years, 41% of it in industry.',
        '',
        'Consumption improved.   Total retail sales of consumer goods were 52.64 billion yuan, up 4.1 percent.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.change, r.period, r.kind])).toEqual([
      ['436', null, '2021-2025', 'actual'],
      ['41', null, '2021-2025', 'actual'],
      ['52.64', 4.1, '2021-2025', 'actual'],
    ])
  })

  it('reads a county\'s GRP, cumulative imports and exports, and a count in words after "totaled"', () => {
    expect(
      records(
        [
          "Over the five years, the county's GRP grew at an average annual rate of 6.3%.",
          'Cumulative imports and exports: 1.32 trillion yuan',
          'By the end of the year, listed companies totaled nine.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.indicator, r.unit]),
    ).toEqual([
      ['6.3', 'grp', null],
      ['1.32', 'imports_exports', 'trillion yuan'],
      ['nine', null, 'companies'],
    ])
  })

  it('reads a row with no unit and no level whose target is a growth, counts listed after "and" or "including" with their own size', () => {
    expect(
      records(
        [
          'Indicator                                     Unit                        2023  Growth (%)      2024 Target',
          '----------------------------------------------------------------------------------------------------------------',
          'Industrial value added above designated size  —                              —         9.4      9',
          '',
          'Three projects each worth over 10 billion yuan and 27 worth over 1 billion yuan broke ground.',
          '',
          'We started 60 projects, including at least 8 worth over 1 billion yuan.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.value, r.unit, r.change, r.changeUnit, r.kind]),
    ).toEqual([
      ['9.4', null, null, 9.4, '%', 'actual'],
      ['9', null, null, 9, '%', 'target'],
      ['Three', 3, 'projects', null, null, 'actual'],
      ['27', 27, 'projects', null, null, 'actual'],
      ['60', 60, 'projects', null, null, 'actual'],
      ['8', 8, 'projects', null, null, 'actual'],
    ])
  })

  it("leaves out a page's postcode, site code and visit count and a size each of the things counted reached, and reads the total a change brings them to", () => {
    expect(
      records(
        [
          'The collective income of 38 villages exceeded 2 million yuan.',
          '',
          "Two companies went public, bringing the county's listed companies to seven.",
          '',
          "Sponsor: County People's Government Office   Postcode: 222200",
          'Website identification code: 3207230001',
          'Total visits: 18,273,455',
        ].join('\n'),
      ).map((r) => [r.number.text, r.value, r.unit]),
    ).toEqual([
      ['38', 38, 'villages'],
      ['Two', 2, 'companies'],
      ['seven', 7, 'companies'],
    ])
  })

  it('keeps to their own cases the rules the review of this session found too broad', () => {
    const got = records(
      [
        'We must recognize that retail sales fell 2.1% last year. We must keep growth stable and add 40,000 jobs.',
        '',
        'The basic pension was raised by 20 yuan for rural residents, and per capita disposable income rose 5.1%.',
        '',
        'Urban-rural income ratio: 2.31',
        'Total fertility rate: 1.1',
        '',
        '3. Fiscal and financial (unit: billion yuan)',
        '',
        'The city ranked 5 among comparable cities.',
        '',
        '• Building on the gains of 2021',
        '  - GRP grew 5.3%',
        '',
        '| Indicator | Unit | 2023 | Growth (%) | 2024 target |',
        '| Highways | kilometers | 150 | 20 | 30 |',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.period, r.kind]),
    ).toEqual([
      ['2.1', null, null, null, -2.1, 2023, 'actual'],
      ['40,000', null, 40000, 'jobs', null, 2024, 'target'],
      ['20', null, null, null, 20, 2023, 'actual'],
      ['5.1', 'per_capita_disposable_income', null, null, 5.1, 2023, 'actual'],
      ['2.31', null, 2.31, null, null, 2023, 'actual'],
      ['1.1', null, 1.1, null, null, 2023, 'actual'],
      ['5', null, 5, null, null, 2023, 'actual'],
      ['5.3', 'grp', null, null, 5.3, 2023, 'actual'],
      ['150', null, 150, 'kilometers', 20, 2023, 'actual'],
      ['30', null, 30, 'kilometers', null, 2024, 'target'],
    ])
  })

  it('reads a line of a long label and its figure apart from the record above it', () => {
    expect(
      records(
        [
          'Industrial enterprises above designated size: 412, a net increase of 37',
          'Industrial projects each with investment of over 1 billion yuan started: 11',
        ].join('\n'),
      ).map((r) => [r.number.text, r.unit, r.change, r.changeUnit]),
    ).toEqual([
      ['412', 'enterprises', 37, 'enterprises'],
      ['11', 'projects', null, null],
    ])
  })

  it('counts "19 of them broke ground" and "complete 60 of them within the year" as what was counted before, not "830,000 of them new energy vehicles"', () => {
    expect(
      records(
        [
          'We signed 46 projects, and 19 of them broke ground within the year.',
          '',
          'We will launch 120 industrial projects and complete 60 of them within the year.',
          '',
          'The city made 2.1 million automobiles, 830,000 of them new energy vehicles.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['46', 'projects'],
      ['19', 'projects'],
      ['120', 'projects'],
      ['60', 'projects'],
      ['2.1', 'million automobiles'],
      ['830,000', 'vehicles'],
    ])
  })

  it('starts a paragraph at a line as deep as the paragraph above opened, after a blank line, though that paragraph was cut off', () => {
    const got = recordsOfText(
      [
        'Luhe Government Work Report 2026',
        '',
        'I. Review of Our Work in 2025',
        '',
        '    We added 2,400 compulsory education places, and four new schools opened. We rebuilt',
        '  1,860 dilapidated rural houses and helped more than 2,000 low-income households to',
        '',
        '    Over the past five years, we fulfilled the main targets of the 14th Five-Year Plan.',
        '  Fixed asset investment totaled 296.5 billion yuan in cumulative terms. Cumulatively,',
        '  71,800 new urban jobs were created.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.period])).toEqual([
      ['2,400', 2025],
      ['four', 2025],
      ['1,860', 2025],
      ['2,000', 2025],
      ['296.5', '2021-2025'],
      ['71,800', '2021-2025'],
    ])
  })
})

describe('extraction rules of the twentieth session', () => {
  it('counts what "such", a pair of levels joined by "and" and a quoted name after a level count', () => {
    expect(
      records(
        [
          'We started 30 industrial projects each worth more than 1 billion yuan and completed 20 such projects.',
          'The county added 2 national-level and 9 provincial-level R&D platforms.',
          'We cultivated 12 provincial-level "specialized, sophisticated, distinctive and innovative" SMEs.',
          'The output of hogs and vegetables was 3.05 million head and 2.67 million tons respectively.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['30', 'projects'],
      ['20', 'projects'],
      ['2', 'platforms'],
      ['9', 'platforms'],
      ['12', 'SMEs'],
      ['3.05', 'million head'],
      ['2.67', 'million tons'],
    ])
  })

  it('gives a count that names nothing counted the things the count before it counted', () => {
    expect(
      records(
        [
          '-- Market entities: 246,000 in cumulative terms, including 31,500 newly registered',
          '-- Industrial enterprises above designated size: 146 added, 1,318 in total.',
          '-- Specialized and sophisticated enterprises: 9 added at national level, 27 at provincial level',
          '-- Registered market entities totaled 58,300; enterprises among them numbered 16,900, up 9.4%.',
          '-- Grain output: 1.2 million tons, 300 in total.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['246,000', 'market entities'],
      ['31,500', 'market entities'],
      ['146', 'enterprises'],
      ['1,318', 'enterprises'],
      ['9', 'enterprises'],
      ['27', 'enterprises'],
      ['58,300', 'market entities'],
      ['16,900', 'enterprises'],
      ['1.2', 'million tons'],
      ['300', null],
    ])
  })

  it('reads a table row of an amount with no level as growths, and rows of urban and rural residents under the measure above them', () => {
    const got = recordsOfText(
      [
        'Wujin District Government Work Report 2025',
        '',
        'Table 1  Main Indicators',
        '',
        ' Indicator                                      Unit             2024       Growth      2025',
        '                                                                 actual     (%)         target',
        ' ------------------------------------------------------------------------------------------------',
        ' Gross regional product                         billion yuan     336.52     5.9         about 5.5',
        ' Fixed asset investment                         billion yuan     —          4.1         5',
        ' Per capita disposable income of residents      yuan             71,846     5.1         in step with growth',
        '   urban residents                              yuan             80,312     4.7',
        '   rural residents                              yuan             47,905     6.0',
        ' Highways                                       kilometers       —          2.0         30',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.kind])).toEqual(
      [
        ['336.52', 'grp', 336.52, 'billion yuan', 5.9, 'actual'],
        ['5.5', 'grp', null, null, 5.5, 'target'],
        ['4.1', 'fixed_asset_investment', null, null, 4.1, 'actual'],
        ['5', 'fixed_asset_investment', null, null, 5, 'target'],
        ['71,846', 'per_capita_disposable_income', 71846, 'yuan', 5.1, 'actual'],
        ['80,312', 'per_capita_disposable_income_urban', 80312, 'yuan', 4.7, 'actual'],
        ['47,905', 'per_capita_disposable_income_rural', 47905, 'yuan', 6, 'actual'],
        ['2.0', null, null, null, 2, 'actual'],
        ['30', null, 30, 'kilometers', null, 'target'],
      ],
    )
  })

  it('keeps "per 10,000 people" with the things a label or a subject counts', () => {
    expect(
      records(
        [
          '-- Invention patents per 10,000 people: 41.5',
          '-- The number of invention patents per 10,000 people reached 68.5.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['41.5', 'patents per 10,000 people'],
      ['68.5', 'patents per 10,000 people'],
    ])
  })

  it('reads the measures of a story in running prose', () => {
    const row = (r: ReturnType<typeof records>[number]) => [
      r.number.text,
      r.indicator,
      r.value,
      r.change,
      r.period,
      r.kind,
    ]
    expect(
      records(
        [
          'Industrial output rose 8 percent, with the new energy equipment sector alone expanding 21.4 percent.',
          'Clean energy represents 71.2 percent of total installed power capacity.',
          'Fixed-asset investment rose 5.2 percent, and private investment, which had contracted two years in a row, edged up 0.8 percent.',
          '"Tourists are our customers, and this year we want 10 million tourist visits," Sun said.',
        ].join('\n\n'),
      ).map(row),
    ).toEqual([
      ['8', null, null, 8, 2023, 'actual'],
      ['21.4', null, null, 21.4, 2023, 'actual'],
      ['71.2', 'clean_energy_capacity_share', 71.2, null, 2023, 'actual'],
      ['5.2', 'fixed_asset_investment', null, 5.2, 2023, 'actual'],
      ['0.8', 'private_investment', null, 0.8, 2023, 'actual'],
      ['10', 'tourists', 10, null, 2024, 'target'],
    ])
  })

  it('ends a counted phrase before a second task, and reads sizes of "some of which" and of incomes as thresholds', () => {
    expect(
      records(
        [
          'We will attract 30 new foreign-invested enterprises and keep the number of high-tech enterprises growing.',
          'We introduced 87 industrial projects, 19 of which were worth more than 5 billion yuan.',
          'We will add 10 villages with annual collective operating income of over 2 million yuan.',
          'We will carry out 180 major projects with annual investment of over 200 billion yuan.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.indicator, r.unit]),
    ).toEqual([
      ['30', 'foreign_invested_enterprises', 'enterprises'],
      ['87', null, 'projects'],
      ['19', null, 'projects'],
      ['10', null, 'villages'],
      ['180', null, 'projects'],
      ['200', null, 'billion yuan'],
    ])
  })

  it('starts a paragraph after a blank line under a cut-off line, where every line of the paragraph stands as deep', () => {
    const got = recordsOfText(
      [
        'Pukou District Government Work Report 2025',
        '',
        'I. Review of Our Work in 2024',
        '',
        '\u00a0 \u00a0 \u00a0 \u00a0 (3) We promoted integrated urban-rural development and invested 42.1 billion yuan',
        '\u00a0  \u00a0  \u00a0 in 98 major projects. We renovated 28 old residential compounds and built 1,860 units of',
        '\u00a0  \u00a0  \u00a0 government-subsidized rental',
        '',
        '\u00a0 \u00a0 \u00a0 \u00a0 Grain output stood at 146,000 tons, on an area of 22,700 hectares.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.subject, r.indicator])).toEqual([
      ['42.1', 'We promoted integrated urban-rural development and invested', null],
      ['98', 'major projects', null],
      ['28', 'old residential compounds', null],
      ['1,860', 'government-subsidized rental', null],
      ['146,000', 'Grain output', 'grain_output'],
      ['22,700', 'on an area', null],
    ])
  })

  it('reads records of a label and a count, or of words, as lines of their own, and "▸" sub-lines as items under a record', () => {
    const got = recordsOfText(
      [
        'Binhu District Government Work Report 2025',
        '',
        'PART ONE   LOOKING BACK ON 2024',
        '',
        '1. Economic Aggregates',
        '  Gross regional product (GRP): 218.63 billion yuan, up 5.9%',
        '    ▸ Primary industry: 1.72 billion yuan, down 1.3%',
        '  Tourism revenue: 47.6 billion yuan, up 9.3%',
        '  Lakefront wetland parks opened: six parks',
        '',
        'PART TWO   MAIN TARGETS FOR 2025',
        '',
        '  Total retail sales of consumer goods growth: around 5.5%',
        '  Total imports and exports: to remain stable with improved quality',
        '  Export growth: 3%',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.subject])).toEqual([
      ['218.63', 'grp', 'Gross regional product (GRP)'],
      ['1.72', null, 'Primary industry'],
      ['47.6', 'tourism_revenue', 'Tourism revenue'],
      ['six', null, 'Lakefront wetland parks opened'],
      ['5.5', 'retail_sales', 'Total retail sales of consumer goods'],
      ['3', 'exports', 'Export'],
    ])
  })

  it('reads an item alone that names a year and a part, over paragraphs, as the heading of that part', () => {
    expect(
      periodsOfText(
        [
          'Highlights of the 2025 Hanjiang Government Work Report',
          '',
          'The surveyed urban unemployment rate averaged 5.0%.',
          '',
          '▶  Targets for 2025',
          '',
          'GRP growth of around 5.5%',
          '',
          'Surveyed urban unemployment rate within 5.5%, with more than 1.1 million new urban jobs',
          '',
          'Grain output of no less than 27 million tons',
        ].join('\n'),
      ),
    ).toEqual([
      ['5.0', 2024, 'actual'],
      ['5.5', 2025, 'target'],
      ['5.5', 2025, 'target'],
      ['1.1', 2025, 'target'],
      ['27', 2025, 'target'],
    ])
  })

  it("keeps the span of years for what was done over them, and the span's end for a level it should be", () => {
    expect(
      periodsOfText(
        [
          'Taixing Government Work Report 2026',
          '',
          'I. Review of Our Work in 2025',
          '',
          'Over the past five years, we completed the major targets. Fixed asset investment totaled 315 billion yuan cumulatively. We created a cumulative total of 78,000 new urban jobs and built or expanded 22 schools.',
          '',
          'II. Main Goals for the 15th Five-Year Plan Period',
          '',
          'The 15th Five-Year Plan period (2026-2030) is crucial. GRP should grow at an average annual rate of around 5.5% over the five years. The share of days with good air quality should be no less than 86%.',
        ].join('\n'),
      ),
    ).toEqual([
      ['315', '2021-2025', 'actual'],
      ['78,000', '2021-2025', 'actual'],
      ['22', '2021-2025', 'actual'],
      ['5.5', '2026-2030', 'target'],
      ['86', 2030, 'target'],
    ])
  })

  it('reads the size of things counted after "including N projects of" as a threshold, and counts past a note\'s mark after a quoted name', () => {
    expect(
      records(
        [
          '87 projects each with investment of over 100 million yuan broke ground, including 19 projects of over 1 billion yuan.',
          'We launched 230 projects of 42 billion yuan.',
          'We added 35 provincial "SSDI"[1] SMEs.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['87', 'projects'],
      ['19', 'projects'],
      ['230', 'projects'],
      ['42', 'billion yuan'],
      ['35', 'SMEs'],
    ])
  })

  it('reads titles between square brackets or between rules of equals signs as headings', () => {
    expect(
      periodsOfText(
        [
          '2026 Government Work Report of Quanshan District — Key Figures at a Glance',
          '',
          '==================== PART ONE  REVIEW OF 2025 ====================',
          '',
          '[Overall economy]',
          'Gross regional product (GRP) — 81.26 billion yuan (+5.6%)',
          '',
          '[14th Five-Year Plan period (2021–2025)]',
          'GRP — average annual growth of 6.1%',
          'Fixed asset investment — average annual growth of 5.2%',
          '',
          '==================== PART TWO  MAIN TARGETS FOR 2026 ====================',
          '',
          '[Main expected targets]',
          'GRP growth — around 5.5%',
          '',
          '[14TH FIVE-YEAR PLAN PERIOD (2021-2025)]',
          'Per capita disposable income: average annual growth of 6.1%',
        ].join('\n'),
      ),
    ).toEqual([
      ['81.26', 2025, 'actual'],
      ['6.1', '2021-2025', 'actual'],
      ['5.2', '2021-2025', 'actual'],
      ['5.5', 2026, 'target'],
      ['6.1', '2021-2025', 'actual'],
    ])
  })

  it("reads a site's name and its menu in wide gaps as furniture, so the story's headline is its title", () => {
    expect(
      periodsOfText(
        [
          'Yangtze News Agency | Home  Politics  Economy  Regions  Culture  Photos  Video  English',
          'Regions > Jiangsu > Suzhou',
          '',
          'Wujiang banks on silk, fiber and new energy for steady growth in 2025',
          '',
          'Source: Yangtze News Agency   Editor: Chen Yu   2025-01-09 17:45:12',
          '',
          "The district's GRP reached 268.4 billion yuan in 2024, up 5.8 percent year on year.",
          'General public budget revenue came in at 27.65 billion yuan, with tax revenue making up 86.4 percent of the total.',
        ].join('\n'),
      ),
    ).toEqual([
      ['268.4', 2024, 'actual'],
      ['27.65', 2024, 'actual'],
      ['86.4', 2024, 'actual'],
    ])
  })

  it('reads a table row whose label wraps over its unit, a share of GRP in brackets, dollars before the scale and "pt" for points', () => {
    const got = recordsOfText(
      [
        'Xiangcheng District Government Work Report 2025',
        '',
        'Indicator                                        2024 actual   Growth (%)   2025 target',
        '-----------------------------------------------------------------------------------------',
        'Gross regional product (billion yuan)                 118.62        5.3      about 5.5%',
        'Total retail sales of consumer goods',
        '  (billion yuan)                                       41.08        4.7      about 5%',
        'Actual use of foreign capital (US$ million)              715          —        750',
        'R&D spending (% of GRP)                                 3.86      +0.12 pt    3.95',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.changeUnit, r.kind]),
    ).toEqual([
      ['118.62', 'grp', 118.62, 'billion yuan', 5.3, '%', 'actual'],
      ['5.5', 'grp', null, null, 5.5, '%', 'target'],
      ['41.08', 'retail_sales', 41.08, 'billion yuan', 4.7, '%', 'actual'],
      ['5', 'retail_sales', null, null, 5, '%', 'target'],
      ['715', null, 715, 'million US dollars', null, null, 'actual'],
      ['750', null, 750, 'million US dollars', null, null, 'target'],
      ['3.86', null, 3.86, '%', 0.12, 'percentage points', 'actual'],
      ['3.95', null, 3.95, '%', null, null, 'target'],
    ])
  })

  it('reads labels that say after a comma how their figure measures, over the years of a plan', () => {
    const got = recordsOfText(
      [
        'Zhonglou District Government Work Report 2026',
        '',
        'PART I  THE 14TH FIVE-YEAR PLAN PERIOD (2021-2025) IN RETROSPECT',
        '',
        'GRP, average annual growth: 5.9%',
        'Local general public budget revenue, cumulative: 51.2 billion yuan',
        'New urban jobs, cumulative:  68,400',
        'Market entities: 164,000 in total, with 21,800 newly',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.unit, r.period])).toEqual([
      ['5.9', 'grp', null, '2021-2025'],
      ['51.2', 'local_general_public_budget_revenue', 'billion yuan', '2021-2025'],
      ['68,400', 'urban_jobs', 'jobs', '2021-2025'],
      ['164,000', null, 'market entities', '2021-2025'],
      ['21,800', null, 'market entities', '2021-2025'],
    ])
  })

  it("reads a row's unit, or its last words and unit, wrapped onto the line under it", () => {
    const got = recordsOfText(
      [
        'Zhenhai District Government Work Report 2026',
        '',
        'Indicator                                                 2025 actual   Growth (%)   2026 target',
        '----------------------------------------------------------------------------------------------------',
        'Gross regional product (billion yuan)                          142.63          5.9   about 5.5%',
        'Industrial value added above designated size                    61.84          7.2   about 6.5%',
        '    (billion yuan)',
        'Per capita disposable income of urban                          89,716          4.6   in step with',
        '    residents (yuan)                                                                 economic growth',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change])).toEqual([
      ['142.63', 'grp', 142.63, 'billion yuan', 5.9],
      ['5.5', 'grp', null, null, 5.5],
      ['61.84', null, 61.84, 'billion yuan', 7.2],
      ['6.5', null, null, null, 6.5],
      ['89,716', 'per_capita_disposable_income_urban', 89716, 'yuan', 4.6],
    ])
  })

  it('names a figure by the label its part of the line opens on, where the words after the label name nothing', () => {
    expect(
      records(
        [
          '■ Private investment: grow by more than 4%.',
          '--  Digital economy: added value of 41.3 billion yuan, up 10.8%',
          '--  "Little giants": 15 new;  national high-tech enterprises: increase by 150',
          '--  Exports: over 160 billion yuan;  foreign-invested enterprises: 40 new',
          'Summary: the municipality is targeting growth of around 4 percent.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.unit]),
    ).toEqual([
      ['4', 'private_investment', null],
      ['41.3', 'digital_economy_value_added', 'billion yuan'],
      ['15', null, 'giants'],
      ['150', 'high_tech_enterprises', null],
      ['160', 'exports', 'billion yuan'],
      ['40', 'foreign_invested_enterprises', 'enterprises'],
      ['4', 'grp', null],
    ])
  })

  it('pairs a count or a share with its change said in words after it', () => {
    expect(
      records(
        [
          'The number of such enterprises reached 286, which is 31 more than a year earlier.',
          'National "little giant" enterprises: 157 (38 added in the year)',
          'Equipment manufacturing: 47.2% of the total (up 1.9 percentage points)',
          'Tax revenue: 78.4% of local revenue (down 1.2 percentage points)',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.value, r.change, r.changeUnit]),
    ).toEqual([
      ['286', 286, 31, 'enterprises'],
      ['157', 157, 38, 'enterprises'],
      ['47.2', 47.2, 1.9, 'percentage points'],
      ['78.4', 78.4, -1.2, 'percentage points'],
    ])
  })

  it('reads a column headed "y-o-y" as the growth of the row\'s level', () => {
    const got = recordsOfText(
      [
        'Yicheng Government Work Report 2026',
        '',
        'Indicator                               Unit                2025       y-o-y      2026 target',
        '-----------------------------------------------------------------------------------------------',
        'Gross regional product                  100 million yuan    612.4      +6.1%      growth of about 6.5%',
        'Surveyed urban unemployment rate        %                   4.6        -0.2 pt    within 5.5',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.value, r.change, r.changeUnit, r.kind])).toEqual([
      ['612.4', 612.4, 6.1, '%', 'actual'],
      ['6.5', null, 6.5, '%', 'target'],
      ['4.6', 4.6, -0.2, 'percentage points', 'actual'],
      ['5.5', 5.5, null, null, 'target'],
    ])
  })

  it("ends the span of a plan's results at the reviewed year", () => {
    expect(
      periodsOfText(
        [
          'Nanzhang Government Work Report 2025',
          '',
          'I. Review of Our Work in 2024',
          '',
          'GRP grew by 5.8 percent.',
          '',
          'II. Achievements in the First Four Years of the 14th Five-Year Plan Period',
          '',
          'Since 2021, GRP grew at an average annual rate of 5.7 percent, and total retail sales of consumer goods at 6.4 percent.',
          '',
          'III. Main Targets for 2025',
          '',
          'We will ensure that GRP grows by around 6 percent.',
        ].join('\n'),
      ),
    ).toEqual([
      ['5.8', 2024, 'actual'],
      ['5.7', '2021-2024', 'actual'],
      ['6.4', '2021-2024', 'actual'],
      ['6', 2025, 'target'],
    ])
  })

  it('reads the income of urban or rural residents named a sentence after "disposable income"', () => {
    expect(
      records(
        [
          "Residents' incomes continued to rise. Per capita disposable income hit 47,380 yuan, up 5.4 percent. Urban residents earned 62,150 yuan on average, up 4.5 percent, and rural residents 29,940 yuan, up 6.6 percent.",
          'Urban residents earned 62,150 yuan from wages.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['47,380', 'per_capita_disposable_income'],
      ['62,150', 'per_capita_disposable_income_urban'],
      ['29,940', 'per_capita_disposable_income_rural'],
      ['62,150', null],
    ])
  })

  it('reads a line of a year, a colon and a title as the heading of a part', () => {
    expect(
      periodsOfText(
        [
          'Highlights of the 2026 Jiangning District Government Work Report',
          '',
          'The district mayor delivered the report, reviewing the work of 2025 and setting out plans for 2026.',
          '',
          '2025: A Year in Review',
          '',
          'Overall economy',
          '• GRP: 358.62 billion yuan, up 5.8%',
          '',
          '2026: Targets and Tasks',
          '',
          '2026 is the first year of the 15th Five-Year Plan period. Main expected targets:',
          '• GRP growth of around 5.5%',
          '',
          'Key tasks',
          '• Industry',
          '  -- roll out 120 major industrial projects',
        ].join('\n'),
      ),
    ).toEqual([
      ['358.62', 2025, 'actual'],
      ['5.5', 2026, 'target'],
      ['120', 2026, 'target'],
    ])
  })
})

describe('where the rules of the twentieth session stop (a review)', () => {
  it('reads a long bracketed link in linear time, and notes in brackets as no headings', () => {
    const link = '[www.hubei.gov.cn/zfwj/ezf/202401/t20240125_5054321.shtml] (accessed 2024)'
    const started = performance.now()
    const got = periodsOfText(
      [
        'Hubei Government Work Report 2025',
        '',
        'Review of Work in 2024',
        '',
        link,
        '',
        '[Report compiled in 2025]',
        '-- Exports: 300 billion yuan',
      ].join('\n'),
    )
    expect(performance.now() - started).toBeLessThan(2000)
    expect(got).toEqual([['300', 2024, 'actual']])
  })

  it('keeps the guards of the counting rules', () => {
    expect(
      records(
        [
          'We attracted 30 foreign-funded enterprises, which employed 1,200.',
          'The city built 12 new schools, and ranked 3 in the province.',
          '-- Tourist visits and tourism revenue: 19.8 million visits and 16.2 billion yuan, up 18.3 percent and 21.6 percent',
          'We signed 35 projects of over 20 billion yuan in total investment.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.indicator, r.unit]),
    ).toEqual([
      ['30', null, 'enterprises'],
      ['1,200', null, null],
      ['12', null, 'schools'],
      ['3', null, null],
      ['19.8', 'tourists', 'million visits'],
      ['16.2', null, 'billion yuan'],
      ['35', null, 'projects'],
      ['20', null, 'billion yuan'],
    ])
  })

  it('keeps a name wrapped over a blank line, a heading over a numbered row, and levels of tons and jobs', () => {
    const got = recordsOfText(
      [
        'Guangdong Government Work Report 2025',
        '',
        'Review of Work in 2024',
        '',
        '    Trade grew fast. Exports rose 6 percent, and exports to the Guangdong-Hong Kong-Macao Greater Bay',
        '    Area rose 12 percent, the best result in years. Imports fell 2 percent in the year overall.',
        '',
        'Indicator                Unit           2024 actual   Growth (%)   2025 target',
        'Grain output             million tons   —             1.2          12.6',
        'Fixed asset investment   billion yuan   —             4.1          5',
        '',
        'Main Targets for 2025',
        '(1) GDP growth      around 5%',
        '',
        'Over the next five years, new urban jobs will be no less than 600,000.',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.change, r.period, r.kind]),
    ).toEqual([
      ['6', 'exports', null, 6, 2024, 'actual'],
      ['12', 'exports', null, 12, 2024, 'actual'],
      ['2', null, null, -2, 2024, 'actual'],
      ['1.2', 'grain_output', null, 1.2, 2024, 'actual'],
      ['12.6', 'grain_output', 12.6, null, 2025, 'target'],
      ['4.1', 'fixed_asset_investment', null, 4.1, 2024, 'actual'],
      ['5', 'fixed_asset_investment', null, 5, 2025, 'target'],
      ['5', 'grp', null, 5, 2025, 'target'],
      ['600,000', 'urban_jobs', 600000, null, '2025-2029', 'target'],
    ])
  })
})

describe('extraction rules of the twenty-first session', () => {
  it('reads a verb in the perfect tense as the verb, and "grown at an average annual rate of" as a growth', () => {
    expect(
      records(
        [
          'GRP has reached 5.2 trillion yuan.',
          'Forest coverage has increased to 66.8 percent.',
          'The number of high-tech enterprises has risen to 1,200.',
          'Exports have grown 7.1 percent.',
          "Chen said the county's GRP had grown at an average annual rate of 7.1 percent.",
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.subject, r.indicator, r.value, r.unit, r.change]),
    ).toEqual([
      ['5.2', 'GRP', 'grp', 5.2, 'trillion yuan', null],
      ['66.8', 'Forest coverage', null, 66.8, '%', null],
      [
        '1,200',
        'number of high-tech enterprises',
        'high_tech_enterprises',
        1200,
        'enterprises',
        null,
      ],
      ['7.1', 'Exports', 'exports', null, null, 7.1],
      ['7.1', "county's GRP", 'grp', null, null, 7.1],
    ])
  })

  it('pairs a level with its change after the year it names, and knows the county and "local revenue"', () => {
    expect(
      records(
        [
          'Output of the new energy industry reached 21.6 billion yuan last year, jumping 38.7 percent.',
          "The county's total imports and exports were 21.7 billion yuan, and the county's economy grew 7.2 percent.",
          'General public budget revenue came to 3.57 billion yuan, of which local revenue was 2.16 billion yuan.',
          'The added value of the manufacturing sector made up 34.2 percent of GRP.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.change]),
    ).toEqual([
      ['21.6', null, 21.6, 38.7],
      ['21.7', 'imports_exports', 21.7, null],
      ['7.2', 'grp', null, 7.2],
      ['3.57', 'general_public_budget_revenue', 3.57, null],
      ['2.16', 'local_general_public_budget_revenue', 2.16, null],
      ['34.2', 'manufacturing_value_added_share', 34.2, null],
    ])
  })

  it('ends counted things and a bound on them at a task after "and"', () => {
    expect(
      records(
        [
          'We renovated 150 old residential compounds and installed elevators in 45 buildings.',
          'Start 150 projects each worth over 100 million yuan and bring 60 projects into production.',
          'We will start 80 projects each with an investment of over 100 million yuan and put 40 into production.',
          'The number of business entities reached 61,300, including 6,870 newly registered ones, up 10.2 per cent.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['150', 'compounds'],
      ['45', 'buildings'],
      ['150', 'projects'],
      ['60', 'projects'],
      ['80', 'projects'],
      ['40', 'projects'],
      ['61,300', 'business entities'],
      ['6,870', 'business entities'],
    ])
  })

  it('reads records indented under a record, with digits in their labels, as lines of their own', () => {
    const got = recordsOfText(
      [
        'Changfeng County: Key Figures of 2025',
        '',
        'Investment',
        '  Fixed asset investment: up 6.2%',
        '      Infrastructure investment: down 4.6%',
        '  Projects each with investment of 100 million yuan or more under construction: 312',
        '',
        'Science and technology',
        '  National-level "little giant" enterprises (specialized, refined, distinctive, innovative): 21',
        '      Provincial-level specialized and sophisticated SMEs: 146',
        '  Invention patents owned per 10,000 people: 48.6 pieces',
        "  Position among China's top 100 counties: 38th",
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.subject, r.unit])).toEqual([
      ['6.2', 'Fixed asset investment', null],
      ['4.6', 'Infrastructure investment', null],
      [
        '312',
        'Projects each with investment of 100 million yuan or more under construction',
        'projects',
      ],
      [
        '21',
        'National-level "little giant" enterprises (specialized, refined, distinctive, innovative)',
        'enterprises',
      ],
      ['146', 'Provincial-level specialized and sophisticated SMEs', 'SMEs'],
      ['48.6', 'Invention patents owned per 10,000 people', 'pieces'],
      ['38th', "Position among China's top 100 counties", 'rank'],
    ])
  })

  it('keeps the results a part "fulfilled" as results, and links under "[Related reading]" out', () => {
    expect(
      periodsOfText(
        [
          'Qianshan Government Work Report 2026',
          '',
          '■ GRP reached 41.28 billion yuan in 2025.',
          '',
          'Over the past five years, we fulfilled the main targets of the 14th Five-Year Plan:',
          '■ GRP grew by an annual average of 6.4%.',
          '■ Fixed asset investment totaled 128.6 billion yuan over the five years.',
          '',
          '[Related reading]',
          '· Interpretation: Ten livelihood projects for 2026 (2026-01-20)',
        ].join('\n'),
      ),
    ).toEqual([
      ['41.28', 2025, 'actual'],
      ['6.4', '2021-2025', 'actual'],
      ['128.6', '2021-2025', 'actual'],
    ])
  })

  it('reads a press conference: the name of who answers, a goal that counts, and a sentence of its own after a line cut off', () => {
    const got = recordsOfText(
      [
        'Press Conference on the Gaoan Government Work Report 2026',
        '',
        "Q: (Farmers' Daily) How did agriculture do?",
        '',
        'A: (Yu Haitao) Grain was sown on 118,600 hectares and output reached 772,000 tons. We added 2,400',
        '   public kindergarten places and 3,600 compulsory education places. Altogether 3,260 rural',
        '   households had their drinking water',
        '',
        '   Our goal for 2026 is more than 9 million tourist visits, and we aim to create more than 6,500',
        '   new urban jobs.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.subject, r.indicator, r.period, r.kind])).toEqual([
      ['118,600', 'Grain', 'grain_area', 2025, 'actual'],
      ['772,000', 'grain output', 'grain_output', 2025, 'actual'],
      ['2,400', 'public kindergarten places', null, 2025, 'actual'],
      ['3,600', 'compulsory education places', null, 2025, 'actual'],
      ['3,260', 'rural households', null, 2025, 'actual'],
      ['9', 'tourist visits', 'tourists', 2026, 'target'],
      ['6,500', 'new urban jobs', 'urban_jobs', 2026, 'target'],
    ])
  })

  it('reads the signs and short forms of a slide: bounds, thresholds, "VA", "yuan/month", "net" and "to pass"', () => {
    expect(
      records(
        [
          '- Fine chemicals output value > 26 bn yuan',
          '- 41 projects ≥ 100 mn yuan signed',
          '- Enterprises above designated size: 286 (+21 net)',
          '- Manufacturing VA = 31.8% of GRP',
          '- Basic pension for urban & rural residents: +20 yuan/month',
          '- Registered market entities to pass 75,000',
          '',
          'By 2030 we want GRP to pass 400 billion yuan.',
          '',
          'Retail sales have been growing at 5 percent.',
        ].join('\n'),
      ).map((r) => [
        r.number.text,
        r.subject,
        r.indicator,
        r.unit,
        r.change,
        r.changeUnit,
        r.qualifier,
      ]),
    ).toEqual([
      ['26', 'Fine chemicals output value', null, 'billion yuan', null, null, 'more than'],
      ['41', 'projects ≥ 100 mn yuan signed', null, 'projects', null, null, null],
      ['286', 'Enterprises above designated size', null, 'enterprises', 21, 'enterprises', null],
      ['31.8', 'Manufacturing VA', 'manufacturing_value_added_share', '%', null, null, null],
      ['20', 'Basic pension for urban & rural residents', null, null, 20, 'yuan per month', null],
      ['75,000', 'Registered market entities', null, 'market entities', null, null, 'over'],
      ['400', 'GRP', 'grp', 'billion yuan', null, null, 'over'],
      ['5', 'Retail sales', 'retail_sales', null, 5, '%', null],
    ])
  })

  it('reads lines of records under long rules of equals signs and a note that bare figures are growths', () => {
    const got = recordsOfText(
      [
        'Chizhou: Key Figures of the Government Work Report 2026',
        '',
        '[ Industry and innovation ]',
        '  Value added of industry above designated size: up 9.2%',
        '      High-tech manufacturing: +18.6%, accounting for 27.4% of industry above designated size (up 2.9',
        '            percentage points)',
        '  Industrial enterprises above designated size: 862 (net increase of 71)',
        '  GRP growth rate: 3rd in the province',
        '  Projects worth over 100 million yuan each under construction: 738',
        '      of which projects over 1 billion yuan: 136',
        '',
        '======== II. THE 14TH FIVE-YEAR PLAN PERIOD (2021-2025) ========',
        '  Fixed asset investment: 415 billion yuan in total',
        '',
        '======== III. MAIN EXPECTED TARGETS FOR 2026 ========',
        '(growth rates in %, unless a level is stated)',
        '  Gross regional product: around 6',
        '  Value added of industry above designated size: 8',
        '  Total retail sales of consumer goods: around 6',
        '  New urban jobs: 17,500 (level)',
        '      High-tech enterprises: add more than 60',
        '      "Little giant" enterprises: add 5',
      ].join('\n'),
    )
    expect(
      got.map((r) => [
        r.number.text,
        r.subject,
        r.value,
        r.unit,
        r.change,
        r.changeUnit,
        r.period,
        r.kind,
      ]),
    ).toEqual([
      [
        '9.2',
        'Value added of industry above designated size',
        null,
        null,
        9.2,
        '%',
        2025,
        'actual',
      ],
      ['18.6', 'High-tech manufacturing', null, null, 18.6, '%', 2025, 'actual'],
      ['27.4', 'High-tech manufacturing', 27.4, '%', 2.9, 'percentage points', 2025, 'actual'],
      [
        '862',
        'Industrial enterprises above designated size',
        862,
        'enterprises',
        71,
        'enterprises',
        2025,
        'actual',
      ],
      ['3rd', 'GRP growth rate', 3, 'rank', null, null, 2025, 'actual'],
      [
        '738',
        'Projects worth over 100 million yuan each under construction',
        738,
        'projects',
        null,
        null,
        2025,
        'actual',
      ],
      ['136', 'projects over 1 billion yuan', 136, 'projects', null, null, 2025, 'actual'],
      ['415', 'Fixed asset investment', 415, 'billion yuan', null, null, '2021-2025', 'actual'],
      ['6', 'Gross regional product', null, null, 6, '%', 2026, 'target'],
      ['8', 'Value added of industry above designated size', null, null, 8, '%', 2026, 'target'],
      ['6', 'Total retail sales of consumer goods', null, null, 6, '%', 2026, 'target'],
      ['17,500', 'New urban jobs', 17500, 'jobs', null, null, 2026, 'target'],
      ['60', 'High-tech enterprises', 60, 'enterprises', null, null, 2026, 'target'],
      ['5', '"Little giant" enterprises', 5, 'enterprises', null, null, 2026, 'target'],
    ])
  })

  it("parts the records of a slide's line at a dot or a marker between spaces, and reads a bound as a sign after what it defines", () => {
    expect(
      records(
        [
          '▪ Surveyed urban unemployment rate 4.6%      ▪ CPI ▲0.3%',
          '▪ Forest coverage 61.2%   ·   clean energy share of installed capacity 46.5%',
          '▪ Projects ≥ 100 mn yuan under construction: 189',
        ].join('\n'),
      ).map((r) => [r.number.text, r.subject, r.indicator, r.value, r.change]),
    ).toEqual([
      ['4.6', 'Surveyed urban unemployment rate', 'urban_unemployment_rate', 4.6, null],
      ['0.3', 'CPI', 'cpi', null, 0.3],
      ['61.2', 'Forest coverage', null, 61.2, null],
      [
        '46.5',
        'clean energy share of installed capacity',
        'clean_energy_capacity_share',
        46.5,
        null,
      ],
      ['189', 'Projects ≥ 100 mn yuan under construction', null, 189, null],
    ])
  })

  it('reads "percent" in a Unit column as the sign, and a row that opens on a reduction as a fall', () => {
    const got = recordsOfText(
      [
        'Ruichang Government Work Report 2025',
        '',
        'Main Expected Targets for Economic and Social Development of Ruichang in 2025',
        '',
        'No.  Indicator                                               Unit           Target',
        '1    Growth of gross regional product                        percent        around 6',
        '2    Surveyed urban unemployment rate                        percent        within 5.5',
        '3    Grain output                                            10,000 tons    above 12.2',
        '',
        'Table 1  Main Targets for Economic and Social Development of Ruichang in 2025',
        'Indicator',
        'Unit',
        '2024 actual',
        '2025 target',
        'GRP growth',
        '%',
        '5.6',
        'around 5.5',
        'Reduction in energy con-',
        'sumption per unit of GRP',
        '%',
        '3.1',
        'about 2.5',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change, r.changeUnit]),
    ).toEqual([
      ['6', 'grp', null, null, 6, '%'],
      ['5.5', 'urban_unemployment_rate', 5.5, '%', null, null],
      ['12.2', 'grain_output', 12.2, '10,000 tons', null, null],
      ['5.6', 'grp', null, null, 5.6, '%'],
      ['5.5', 'grp', null, null, 5.5, '%'],
      ['3.1', null, null, null, -3.1, '%'],
      ['2.5', null, null, null, -2.5, '%'],
    ])
  })

  it('pairs two levels parted by a slash with the two names and the two changes parted the same way', () => {
    const got = recordsOfText(
      [
        'Key Figures of the Government Work Report 2026',
        '',
        '[2025 RESULTS]',
        '  Per capita disposable income, urban / rural: 61,270 / 33,910 yuan  (▲4.7% / ▲6.8%)',
        '  Per capita disposable income of residents: 37,960 yuan (up 5.6%)',
        '      Urban / rural: 50,236 yuan / 24,315 yuan (up 4.7% and 6.5% respectively)',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.value, r.unit, r.change])).toEqual([
      ['61,270', 'per_capita_disposable_income_urban', 61270, 'yuan', 4.7],
      ['33,910', 'per_capita_disposable_income_rural', 33910, 'yuan', 6.8],
      ['37,960', 'per_capita_disposable_income', 37960, 'yuan', 5.6],
      ['50,236', 'per_capita_disposable_income_urban', 50236, 'yuan', 4.7],
      ['24,315', 'per_capita_disposable_income_rural', 24315, 'yuan', 6.5],
    ])
  })

  it('reads the short forms of terse notes: "inv.", "GPB", "hi-tech ent.", "mfg VA", "AQ", "approx. +" and "resp."', () => {
    expect(
      records(
        [
          '- FAI +4.8% y/y; private inv. +2.6%;',
          '- GPB revenue 18.76 bn yuan, +2.8%; local GPB revenue 11.92 bn yuan, +3.2%;',
          '- mfg VA = 28.3% of GRP; hi-tech ent. 612; AQ good-day ratio 99.7%;',
          '- per capita disposable income, urban / rural: 46,210 and 25,860 yuan resp., +4.3% and +6.5% resp.;',
          '- CPI approx. +2%;',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.unit, r.change, r.qualifier]),
    ).toEqual([
      ['4.8', 'fixed_asset_investment', null, 4.8, null],
      ['2.6', 'private_investment', null, 2.6, null],
      ['18.76', 'general_public_budget_revenue', 'billion yuan', 2.8, null],
      ['11.92', 'local_general_public_budget_revenue', 'billion yuan', 3.2, null],
      ['28.3', 'manufacturing_value_added_share', '%', null, null],
      ['612', 'high_tech_enterprises', null, null, null],
      ['99.7', 'air_quality_good_days', '%', null, null],
      ['46,210', 'per_capita_disposable_income_urban', 'yuan', 4.3, null],
      ['25,860', 'per_capita_disposable_income_rural', 'yuan', 6.5, null],
      ['2', 'cpi', null, 2, 'around'],
    ])
  })

  it('keeps out the size some of the things counted reached and the set a name belongs to, and names the second of a pair between the figures', () => {
    expect(
      records(
        [
          'All 66 villages had collective operating income of over 300,000 yuan, and 21 of them exceeded 1 million yuan.',
          "Qiyun Mountain, one of China's four famous Taoist mountains, drew nearly 1.6 million visits.",
          'Total imports and exports hit 3.26 billion yuan and exports alone 2.87 billion yuan, up 12.6% and 14.1% respectively.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.indicator, r.unit, r.change]),
    ).toEqual([
      ['66', null, 'villages', null],
      ['21', null, 'villages', null],
      ['1.6', null, 'million visits', null],
      ['3.26', 'imports_exports', 'billion yuan', 12.6],
      ['2.87', 'exports', 'billion yuan', 14.1],
    ])
  })

  it('ends a span written like the topics beside it under a part in capitals at the next topic', () => {
    expect(
      periodsOfText(
        [
          'Highlights of the 2026 Langxi Government Work Report',
          '',
          'REVIEW OF 2025',
          '',
          'Main indicators',
          '•  Gross regional product (GRP): 386.47 billion yuan, up 5.6% year on year',
          '',
          'The 14th Five-Year Plan period (2021-2025) at a glance',
          '•  Investment of 412 billion yuan was completed on 1,050 projects each worth over 100 million yuan',
          '',
          'Industry and innovation',
          '•  Value added of industrial enterprises above designated size grew 8.2%',
        ].join('\n'),
      ),
    ).toEqual([
      ['386.47', 2025, 'actual'],
      ['412', '2021-2025', 'actual'],
      ['1,050', '2021-2025', 'actual'],
      ['8.2', 2025, 'actual'],
    ])
  })

  it('gives "recorded 5.2 percent growth" to what recorded it, and a place\'s growth to its economy', () => {
    expect(
      records(
        [
          'Total retail sales of consumer goods recorded 5.2 percent growth.',
          "China's smallest autonomous region posted 7 percent growth in 2023.",
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.subject, r.indicator, r.change]),
    ).toEqual([
      ['5.2', 'Total retail sales of consumer goods', 'retail_sales', 5.2],
      ['7', 'growth', 'grp', 7],
    ])
  })

  it('reads a label at the margin after an indented record as the label of the records after it', () => {
    const got = recordsOfText(
      [
        'Qingyang: Key Figures 2026',
        '',
        '========== PART IV   KEY TASKS FOR 2026 ==========',
        'Build the national computing power hub',
        '  New computing power: 30,000 PFlops',
        '  Computing-related enterprises attracted: more than 50',
        'Expand effective investment',
        '  Key projects: 420, with annual investment of 62 billion yuan',
        '      Projects with investment of over 1 billion yuan each: 48',
        'Strengthen innovation',
        '  National high-tech enterprises: increase the number by 15',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.subject, r.unit, r.change, r.changeUnit])).toEqual([
      ['30,000', 'New computing power', 'pflops', null, null],
      ['50', 'Computing-related enterprises attracted', 'enterprises', null, null],
      ['420', 'Key projects', 'projects', null, null],
      ['62', 'annual investment', 'billion yuan', null, null],
      ['48', 'Projects with investment of over 1 billion yuan each', 'projects', null, null],
      ['15', 'National high-tech enterprises', null, 15, 'enterprises'],
    ])
  })
})

describe('where the rules of the twenty-first session stop (a review)', () => {
  it('keeps sentences, participles, bounds and pairs the new rules first took too far', () => {
    expect(
      records(
        [
          "Urban and rural residents' incomes rose 4.7% and 6.5% resp. Retail sales grew 5.2%.",
          'GRP has grown at an average annual rate of 6.9%, and more than 26 billion yuan has been invested in industry.',
          'The output value of vegetables grown in greenhouses reached 1.2 billion yuan.',
          'Over 98% of residents said they felt safe.',
          'We trained 3,000 rural workers and retired soldiers.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.subject, r.indicator, r.unit]),
    ).toEqual([
      ['4.7', "Urban residents' incomes", 'per_capita_disposable_income_urban', null],
      ['6.5', "rural residents' incomes", 'per_capita_disposable_income_rural', null],
      ['5.2', 'Retail sales', 'retail_sales', null],
      ['6.9', 'GRP', 'grp', null],
      ['26', 'investment in industry', null, 'billion yuan'],
      ['1.2', 'output value of vegetables grown in greenhouses', null, 'billion yuan'],
      ['98', 'residents said they felt safe', null, '%'],
      ['3,000', 'rural workers and retired soldiers', null, 'workers and retired soldiers'],
    ])
  })

  it('keeps a bound on a count itself, a trail of links and a row that opens on a drop', () => {
    expect(
      records(
        [
          'Main targets:',
          '▪ High-tech enterprises ≥ 1,200',
          '',
          'Home > News > 12 reports',
          '',
          '| Indicator | Unit | 2024 |',
          '| Drop in energy consumption per unit of GRP | % | 3.1 |',
        ].join('\n'),
      ).map((r) => [r.number.text, r.value, r.unit, r.change, r.qualifier]),
    ).toEqual([
      ['1,200', 1200, 'enterprises', null, 'at least'],
      ['12', 12, 'reports', null, null],
      ['3.1', null, null, -3.1, null],
    ])
  })

  it('reads every record after the line a bracket was left open on as a line of its own', () => {
    const lines = ['Key Figures of 2025', '', '  Fixed asset investment: up 5 (up 1']
    for (let i = 0; i < 3; i++)
      lines.push('      infrastructure investment: 6', '  other investment: 5')
    // (The line right under the open bracket goes on with it, as before the session.)
    expect(recordsOfText(lines.join('\n')).map((r) => [r.number.text, r.subject])).toEqual([
      ['5', 'Fixed asset investment'],
      ['1', 'Fixed asset investment'],
      ['6', 'Fixed asset investment'],
      ['5', 'other investment'],
      ...Array.from({ length: 2 }, () => [
        ['6', 'infrastructure investment'],
        ['5', 'other investment'],
      ]).flat(),
    ])
  })
})

describe('rules whose tests of the twenty-first session held without them', () => {
  it('names what a plan wants to move after "we aim to have", "strive to see", "plan to get"', () => {
    expect(
      records(
        [
          'In 2024 we aim to have exports grow by 10 percent.',
          'We will strive to see retail sales rise by 6 percent.',
          'We plan to get grain output to 1.2 million tons.',
        ].join('\n\n'),
        'Tasks for 2024',
      ).map((r) => [r.number.text, r.indicator, r.kind]),
    ).toEqual([
      ['10', 'exports', 'target'],
      ['6', 'retail_sales', 'target'],
      ['1.2', 'grain_output', 'target'],
    ])
  })

  it('reads "hi-tech" as "high-tech" whatever noun follows', () => {
    expect(
      records('- hi-tech firms 612; hi-tech ent. 48 added;').map((r) => [
        r.number.text,
        r.indicator,
      ]),
    ).toEqual([
      ['612', 'high_tech_enterprises'],
      ['48', 'high_tech_enterprises'],
    ])
  })

  it('counts the head noun before "over" in "the number of …"', () => {
    expect(
      records('The number of villages over 1,000 people reached 120.')
        .filter((r) => r.number.text === '120')
        .map((r) => r.unit),
    ).toEqual(['villages'])
  })
})

describe('extraction rules of the twenty-second session', () => {
  it('ends the sections an answer of a press conference opened at the next turn', () => {
    const got = recordsOfText(
      [
        'Transcript of the Press Conference on the 2025 Government Work Report of Yanling County',
        '',
        '[Chen Hui]: Thank you. I will brief you on the report.',
        'First, our work in 2024. GRP reached 12.46 billion yuan, up 5.6%.',
        '',
        'Second, the targets for 2025. The main expected targets are: GRP growth of around 6%.',
        '',
        'Hunan Daily: What did the county achieve in industry last year, and what are the plans for this year?',
        '',
        '[Liu Jianping]: In 2024 we kept our focus on industry. Private investment went up by 6.1%. We signed 28 investment projects.',
        '',
        'For 2025, we will launch 35 major projects.',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.period, r.kind])).toEqual([
      ['12.46', 2024, 'actual'],
      ['6', 2025, 'target'],
      ['6.1', 2024, 'actual'],
      ['28', 2024, 'actual'],
      ['35', 2025, 'target'],
    ])
  })

  it("reads a deck's slide marks under its title slide, a contents entry with a colon, and a chart's series written year by year", () => {
    const got = recordsOfText(
      [
        'Shaoshan Government Work Report 2025 (Slide Version)',
        '',
        '---------- Slide 1 / 4 ----------',
        'GOVERNMENT WORK REPORT',
        "Delivered at the 4th Session of the 10th Shaoshan Municipal People's Congress",
        "Mayor's Office · January 2025",
        '',
        '---------- Slide 2 / 4 ----------',
        'CONTENTS',
        '01   Review of Work in 2024',
        '02   Chart: Red Tourism, 2020–2024',
        '03   Main Targets for 2025',
        '',
        '---------- Slide 3 / 4 ----------',
        '02 | CHART: RED TOURISM, 2020–2024',
        '[Chart described] Clustered columns by year. Left axis: visitors (million); right axis: tourism revenue (billion yuan).',
        'Visitors:  2020 – 18.92 | 2021 – 23.15 | 2022 – 20.64',
        'Revenue:   2020 – 2.31  | 2021 – 2.87  | 2022 – 2.55',
        '',
        '---------- Slide 4 / 4 ----------',
        '03 | MAIN TARGETS FOR 2025',
        '▪ GRP growth ≈ 6%',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.unit, r.period, r.kind])).toEqual([
      ['18.92', 'tourists', 'million visitors', 2020, 'actual'],
      ['23.15', 'tourists', 'million visitors', 2021, 'actual'],
      ['20.64', 'tourists', 'million visitors', 2022, 'actual'],
      ['2.31', 'tourism_revenue', 'billion yuan', 2020, 'actual'],
      ['2.87', 'tourism_revenue', 'billion yuan', 2021, 'actual'],
      ['2.55', 'tourism_revenue', 'billion yuan', 2022, 'actual'],
      ['6', 'grp', null, 2025, 'target'],
    ])
  })

  it("pairs two levels each after its own name with two changes parted by a slash, and a signed change in brackets in the level's unit", () => {
    expect(
      records(
        [
          '▪ Per capita disposable income — urban 52,480 yuan / rural 30,917 yuan,',
          '      ▲4.9% / ▲6.8%',
          '▪ PM2.5 average 31 micrograms per cubic meter (▼2)',
          '▪ 29.47 million visitors received ▲8.1%',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.unit, r.change, r.changeUnit]),
    ).toEqual([
      ['52,480', 'per_capita_disposable_income_urban', 'yuan', 4.9, '%'],
      ['30,917', 'per_capita_disposable_income_rural', 'yuan', 6.8, '%'],
      ['31', 'pm25', 'micrograms per cubic meter', -2, 'micrograms per cubic meter'],
      ['29.47', 'tourists', 'million visitors', 8.1, '%'],
    ])
  })

  it('keeps out the level things are lifted to and the time limit of what is answered, not an amount after "to be over"', () => {
    expect(
      records(
        [
          '▪ Lift 10 more villages to collective income above 500,000 yuan',
          '▪ 100% of 12345 hotline requests answered within 24 hours',
          '▪ Business start-up can be completed within one working day',
          '▪ Come up with 300 key projects with an annual investment projected to be over 55 billion yuan',
        ].join('\n'),
        'Tasks for 2024',
      ).map((r) => [r.number.text, r.unit, r.qualifier]),
    ).toEqual([
      ['10', 'villages', null],
      ['100', '%', null],
      ['one', 'working day', 'within'],
      ['300', 'projects', null],
      ['55', 'billion yuan', 'over'],
    ])
  })

  it('names the amount a verb generated and whose it is, reads no change of a growth across "and", and what we want to be', () => {
    expect(
      records(
        [
          'Ningxiang received 18.9 million tourists and generated tourism revenue of 19.7 billion yuan, up 9.6% and 11.2% respectively.',
          'The digital economy5 generated value added of 4.15 billion yuan.',
          'The marine economy posted gross output of 201.5 billion yuan.',
          'We will aim for GRP growth of around 5.5% and create a total of 60,000 new urban jobs.',
          'By 2030, we want GRP to be above 90 billion yuan.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.change]),
    ).toEqual([
      ['18.9', 'tourists', 18.9, 9.6],
      ['19.7', 'tourism_revenue', 19.7, 11.2],
      ['4.15', 'digital_economy_value_added', 4.15, null],
      ['201.5', 'marine_economy', 201.5, null],
      ['5.5', 'grp', null, 5.5],
      ['60,000', 'urban_jobs', 60000, null],
      ['90', 'grp', 90, null],
    ])
  })
  it('reads minutes: items of the agenda as parts, a legend of short forms, thousands glued as "k", a label that names a span, and no arrow across a semicolon', () => {
    const got = recordsOfText(
      [
        "Yongxing County Gov't Work Report 2026 — meeting notes",
        '',
        'Abbrev.: GRP = gross regional product; LGPBR = local general public',
        '     budget revenue; HTE = high-tech enterprise; FIE = foreign-invested enterprise',
        '',
        '[Item 1]  2025 review  (report part I)',
        '',
        '- overall: "stable w/ progress", 14th FYP closed out on schedule',
        '- LGPBR 1.61 bn yuan, +5.2%',
        '- HTEs 104 (+15 net)',
        '- grain: area 38.2k ha, output 241k t',
        '- 14th FYP recap (2021-25): GRP avg annual growth 6.4%',
        '',
        '[Item 2]  2026 key tasks',
        '',
        '- consumption: retail sales → 12.2 bn yuan ; tourists → 9 mn',
        '',
        '[Item 3]  Discussion / AOB',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.unit, r.changeUnit, r.period, r.kind]),
    ).toEqual([
      ['1.61', 'local_general_public_budget_revenue', 'billion yuan', '%', 2025, 'actual'],
      ['104', 'high_tech_enterprises', 'enterprises', 'enterprises', 2025, 'actual'],
      ['38.2', 'grain_area', 'thousand hectares', null, 2025, 'actual'],
      ['241', 'grain_output', 'thousand tons', null, 2025, 'actual'],
      ['6.4', 'grp', null, '%', '2021-2025', 'actual'],
      ['12.2', 'retail_sales', 'billion yuan', null, 2026, 'target'],
      ['9', 'tourists', 'million', null, 2026, 'target'],
    ])
  })

  it("takes a news story's headline under a masthead with its date, and reads a box of figures each before dot leaders to its label", () => {
    const got = recordsOfText(
      [
        'HUNAN DAILY ONLINE  |  English Edition                Wednesday, January 28, 2026',
        'Home   Hunan   Business   Cities   Culture   Opinion',
        '',
        'Hengshan bets on factories and visitors as it sets 2026 goals',
        '',
        "HENGSHAN — Hengshan's gross regional product came in at 301.46 billion yuan in 2025. Private",
        'investment, long a weak spot, slipped 1.2 percent.',
        '',
        '    KEY NUMBERS',
        "    Hengshan's 2025 in figures",
        '    301.46 billion yuan ... GRP, up 5.4%',
        '    68.5 million .......... visitor trips',
        '    2026 TARGETS',
        '    around 5% ............. GRP growth',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.change, r.period, r.kind])).toEqual([
      ['301.46', 'grp', null, 2025, 'actual'],
      ['1.2', 'private_investment', -1.2, 2025, 'actual'],
      ['301.46', 'grp', 5.4, 2025, 'actual'],
      ['68.5', 'tourists', null, 2025, 'actual'],
      ['5', 'grp', 5, 2026, 'target'],
    ])
  })

  it("reads a post's parts numbered 'PART 02 | …?', marks of list in a box, and keeps out its recommended reading", () => {
    const got = recordsOfText(
      [
        "Heavyweight! Linwu's 2025 Government Work Report is out",
        '',
        '📌 PART 01 | Looking back at 2024',
        '',
        'GRP grew **5.6%**.',
        '',
        '📌 PART 02 | What will Linwu do in 2025?',
        '',
        '🔸 Projects: launch **220** major projects.',
        '',
        '│  ▸ GRP growth ..................................... around 6%    │',
        '│  ▸ Tourists received ................. 8 million person-times    │',
        '',
        '👇 Recommended reading',
        '▶ Heads up! 5 new bus routes open from February 1',
        '',
        'Read 3,162   👍 208',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.period, r.kind])).toEqual([
      ['5.6', 'grp', 2024, 'actual'],
      ['220', null, 2025, 'target'],
      ['6', 'grp', 2025, 'target'],
      ['8', 'tourists', 2025, 'target'],
    ])
  })

  it('names the subject before an aside between commas, and the thing raised after ", lifting"; reads a participle "edging up" as a verb', () => {
    expect(
      records(
        [
          'Installed capacity of clean energy, mainly hydropower, wind and solar power, accounted for 92% of the total.',
          'Fixed asset investment grew 6%, with private investment edging up 2.3%.',
          'We added 200 megawatts of photovoltaic capacity, lifting clean energy to 60 percent of installed power capacity.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['92', 'clean_energy_capacity_share'],
      ['6', 'fixed_asset_investment'],
      ['2.3', 'private_investment'],
      ['200', null],
      ['60', 'clean_energy_capacity_share'],
    ])
  })

  it('counts a label\'s "add five" and "twenty more", reads "or more" as a lower bound, and keeps out a level passed in so many villages and a version in a quoted name', () => {
    expect(
      records(
        [
          '- Provincial-level innovation platforms: add five',
          '- Senior canteens: twenty more',
          '- New urban jobs: 10,000 or more',
          '',
          'Operating income of village collectives topped 100,000 yuan in 118 villages.',
          '',
          'We completed the "Cloud Hengnan 2.0" platform upgrade.',
        ].join('\n'),
        'Tasks for 2024',
      ).map((r) => [r.number.text, r.unit, r.qualifier]),
    ).toEqual([
      ['five', 'platforms', null],
      ['twenty', 'canteens', null],
      ['10,000', 'jobs', 'at least'],
      ['118', 'villages', null],
    ])
  })

  it('reads the next note of notes numbered on one line as a note, not a section', () => {
    const got = recordsOfText(
      [
        '2025 Hengnan Municipal Government Work Report',
        '',
        'Grain output   10,000 tons   312.4   0.9',
        'Notes: 1. Growth is calculated at comparable prices. 2. "—" means no level is published.',
        '3. Growth for the share of good air quality days is given in percentage points.',
        '',
        'I. Review of Our Work in 2024',
        '',
        '7. We safeguarded development and security.',
        '',
        'III. Major Tasks for 2025',
        '',
        '(3) Deepen reform and opening-up.',
        '●   Run over 350 China-Europe freight train trips.',
      ].join('\n'),
    )
    expect(got.at(-1)!.period).toBe(2025)
    expect(got.at(-1)!.kind).toBe('target')
  })
  it('reads records side by side parted by bars, each with its own label, and bounds written as signs after a colon or a gap', () => {
    expect(
      records(
        [
          '• Tourists received: 6.72 million visits ▲11.3%  |  tourism revenue 7.15 billion yuan ▲12.9%',
          '• Grain area 13,900 ha  |  grain output 98,600 t  (▲0.9%)',
          '• Per capita disposable income:  urban 46,120 yuan ▲4.8%  |  rural 25,370 yuan ▲6.4%',
          '• Boyue Cave scenic area: > 1.1 million visits',
          '• All 153 villages: collective income ≥ 100,000 yuan',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.qualifier]),
    ).toEqual([
      ['6.72', 'tourists', null],
      ['7.15', 'tourism_revenue', null],
      ['13,900', 'grain_area', null],
      ['98,600', 'grain_output', null],
      ['46,120', 'per_capita_disposable_income_urban', null],
      ['25,370', 'per_capita_disposable_income_rural', null],
      ['1.1', null, 'more than'],
      ['153', null, null],
    ])
  })

  it('reads a post: a heading in lenticular brackets after an emoji, items on number keys, bold figures after a full-width colon, "&" between adjectives', () => {
    const got = recordsOfText(
      [
        'Shuangfeng 2026 Government Work Report: the numbers',
        '',
        '🏆【Five-year scorecard | the 14th Five-Year Plan (2021-2025)】',
        '',
        '▪️ GRP grew at an average annual rate of **6.3%**',
        '',
        '📌 2026 main targets at a glance',
        '',
        '1️⃣ GRP growth：around **6.5%**',
        '5️⃣ Per capita disposable income of urban / rural residents：**41,880 yuan / 21,346 yuan**, up **5.3% / 6.8%**',
        '6️⃣ New provincial specialized & sophisticated SMEs：**11**',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.unit, r.change, r.period, r.kind]),
    ).toEqual([
      ['6.3', 'grp', null, 6.3, '2021-2025', 'actual'],
      ['6.5', 'grp', null, 6.5, 2026, 'target'],
      ['41,880', 'per_capita_disposable_income_urban', 'yuan', 5.3, 2026, 'target'],
      ['21,346', 'per_capita_disposable_income_rural', 'yuan', 6.8, 2026, 'target'],
      ['11', null, 'SMEs', null, 2026, 'target'],
    ])
  })

  it('names what grew with the growth after "with", whose output a verb generated, and what held steady; reads "rebounded by" as a change', () => {
    expect(
      records(
        [
          'By 2030, GRP will exceed 50 billion yuan, with average annual growth of around 6%.',
          'The marine economy generated 612.5 billion yuan in output.',
          'Grain acreage held steady at 2.19 million hectares.',
          'Private investment rebounded by 2.3%.',
          'The province received 612 million domestic and overseas visitors.',
          'We will strive for import and export growth of over 10%.',
          "Over the first four years of the 14th Five-Year Plan period the city's GRP grew at an average annual rate of 5.9%.",
          '5G base stations: 186 built, 1,124 in cumulative terms.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.indicator, r.unit, r.change]),
    ).toEqual([
      ['50', 'grp', 'billion yuan', null],
      ['6', 'grp', null, 6],
      ['612.5', 'marine_economy', 'billion yuan', null],
      ['2.19', 'grain_area', 'million hectares', null],
      ['2.3', 'private_investment', null, 2.3],
      ['612', 'tourists', 'million visitors', null],
      ['10', 'imports_exports', null, 10],
      ['5.9', 'grp', null, 5.9],
      ['186', null, 'base stations', null],
      ['1,124', null, 'base stations', null],
    ])
  })
  it('reads a table drawn with bars whose header goes on in a second row, cell by cell', () => {
    const got = recordsOfText(
      [
        'Dongkou County Government Work Report 2025',
        '',
        '+----+------------------------------+------------------+---------+--------------+-------------+',
        '| No.| Indicator                    | Unit             | 2024    | Growth over  | 2025 target |',
        '|    |                              |                  | result  | 2023 (%)     |             |',
        '+----+------------------------------+------------------+---------+--------------+-------------+',
        '| 1  | Gross regional product (GRP) | 100 million yuan | 338.6   | 5.1          | about 6     |',
        '| 4  | Total retail sales           | 100 million yuan | 142.3   | 5.6          | 6.5         |',
        '+----+------------------------------+------------------+---------+--------------+-------------+',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.unit, r.change, r.period, r.kind])).toEqual([
      ['338.6', '100 million yuan', 5.1, 2024, 'actual'],
      ['6', null, 6, 2025, 'target'],
      ['142.3', '100 million yuan', 5.6, 2024, 'actual'],
      ['6.5', null, 6.5, 2025, 'target'],
    ])
  })

  it('reads a key of short forms laid out with tabs and an arrow that the key calls the target', () => {
    const got = recordsOfText(
      [
        'MINUTES',
        'Study session on the draft 2026 Government Work Report',
        '',
        'Abbreviations / symbols (as used below)',
        'RS\ttotal retail sales of consumer goods\t\tI&E\ttotal imports and exports',
        'LGPBR\tlocal general public budget revenue\t\tHTE\tnational high-tech enterprises',
        '→ = 2026 target     ~ = around',
        '',
        '2. 2025 review - headline numbers',
        '- RS 203.5 bn yuan, +5.9%   → ~6%',
        '- LGPBR 31.27 bn yuan, +3.6%',
        '- I&E 61.8 bn yuan, +7.4%',
        '- HTE 1,046 (+118)',
        '- RS cum. 912 bn yuan',
      ].join('\n'),
    )
    expect(
      got.map((r) => [r.number.text, r.indicator, r.unit, r.changeUnit, r.period, r.kind]),
    ).toEqual([
      ['203.5', 'retail_sales', 'billion yuan', '%', 2025, 'actual'],
      ['6', 'retail_sales', null, '%', 2026, 'target'],
      ['31.27', 'local_general_public_budget_revenue', 'billion yuan', '%', 2025, 'actual'],
      ['61.8', 'imports_exports', 'billion yuan', '%', 2025, 'actual'],
      ['1,046', 'high_tech_enterprises', 'enterprises', 'enterprises', 2025, 'actual'],
      ['912', 'retail_sales', 'billion yuan', null, 2025, 'actual'],
    ])
  })

  it("reads a chart's columns year by year in the unit of the left axis it names", () => {
    const got = recordsOfText(
      [
        'Longhui Government Work Report 2025',
        '',
        '──────────── Slide 4 ────────────',
        'Five years of steady growth',
        '[Chart: columns + line | GRP, billion yuan (left axis); growth, % (right axis) | 2020–2024]',
        'Columns, left to right: 2020  24.37 | 2021  26.85 | 2022  28.12',
      ].join('\n'),
    )
    expect(got.map((r) => [r.number.text, r.indicator, r.unit, r.period])).toEqual([
      ['24.37', 'grp', 'billion yuan', 2020],
      ['26.85', 'grp', 'billion yuan', 2021],
      ['28.12', 'grp', 'billion yuan', 2022],
    ])
  })

  it('ends a look back at five years at "Over the past year", reads "pledges for this year" as a plan and "will rise to" as a verb', () => {
    expect(
      periodsOfText(
        [
          'Shaodong Government Work Report 2026',
          '',
          'I. Review',
          '',
          '    Over the past five years, we created 31,800 new urban jobs.',
          '    Over the past year, we focused on the following work. We built 318 new 5G base stations.',
          '',
          'Other pledges for this year include renovating 12 old residential compounds.',
        ].join('\n'),
      ),
    ).toEqual([
      ['31,800', '2021-2025', 'actual'],
      ['318', 2025, 'actual'],
      ['12', 2026, 'target'],
    ])
    expect(
      records(
        [
          'Clean energy will rise to 64% of installed power capacity.',
          '',
          'A: [Mi Zhiqiang, Deputy Director of the County Bureau of Agriculture] Grain was sown on 61,400 hectares.',
          '',
          'Rural roads now reach every natural village with 30 or more households.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['64', 'clean_energy_capacity_share'],
      ['61,400', 'grain_area'],
    ])
  })
  it('reads "SLIDE 3 of 16 | TITLE" as a part over rows aligned with spaces, and the entries under "SLIDE 2 of 16 | CONTENTS" as contents', () => {
    expect(
      periodsOfText(
        [
          'Slides | Government Work Report 2026 (text version of the presentation)',
          '',
          'SLIDE 2 of 16   |   CONTENTS',
          '01  Looking back: 2025 and the 14th Five-Year Plan',
          '02  2026 main targets',
          '03  Key tasks for 2026',
          '',
          'SLIDE 3 of 16   |   2025 IN NUMBERS',
          'GRP ..................................  ¥487.3 bn     ▲ 5.8%',
          'Per capita GRP .......................  ¥91,460',
          '',
          'SLIDE 12 of 16   |   2026 MAIN TARGETS',
          'GRP growth ...................  ~5.5%',
        ].join('\n'),
      ),
    ).toEqual([
      ['487.3', 2025, 'actual'],
      ['91,460', 2025, 'actual'],
      ['5.5', 2026, 'target'],
    ])
  })
  it('reads "2026 · Key tasks" as a part, and the amount of value or output a verb made after its figure', () => {
    expect(
      periodsOfText(
        [
          'Must-read | The key points of the 2026 Luxi County Government Work Report',
          '',
          '2025 · Report Card',
          '',
          '▪ GRP grew **5.8%**.',
          '',
          '💡 2026 · Key tasks',
          '',
          '1️⃣ Projects: start **50** key projects.',
        ].join('\n'),
      ),
    ).toEqual([
      ['5.8', 2025, 'actual'],
      ['50', 2026, 'target'],
    ])
    expect(
      records(
        [
          'Zhao said the digital economy added 2.1 trillion yuan of value.',
          'The marine economy generated 1.06 trillion yuan of output.',
          'Clean energy accounted for 52.6 percent of installed power-generating capacity.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['2.1', 'digital_economy_value_added'],
      ['1.06', 'marine_economy'],
      ['52.6', 'clean_energy_capacity_share'],
    ])
  })
})

describe('where the rules of the twenty-second session stop (a review)', () => {
  it('reads no key of short forms from a table laid out with tabs, and spells out no short form the lexicon reads', () => {
    expect(
      records(
        [
          'Indicator\tunit\t2023\tgrowth (%)',
          'GRP\tbillion yuan\t30.1\t5.6',
          'Grain\tmillion tons\t1.2\t0.9',
          'Population\tthousand people\t512\t-0.3',
          'Exports\tbillion yuan\t4.5\t12.0',
          '',
          'Exports rose 12%.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator]),
    ).toContainEqual(['12', 'exports'])
    expect(
      records(
        [
          'Abbrev.: GRP = gross regional product; FAI = fixed asset investment; RS = total retail sales of consumer goods; HTE = high-tech enterprises',
          '',
          '- per capita GRP 70,000 yuan',
          '- RS 203.5, +5.9%',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.unit]),
    ).toEqual([
      ['70,000', null, 'yuan'],
      ['203.5', 'retail_sales', null],
    ])
  })

  it('reads no thousand in "8k video" or "a 10k race", no label of records side by side in "5G" or one word, no thresholds in sums', () => {
    expect(
      records(
        [
          'We developed the 8k ultra-high-definition video industry.',
          '',
          'We invested over 300 million yuan in 120 villages to improve drinking water.',
          '',
          'The 12 industrial parks: revenue above 50 billion yuan, up 8%.',
          '',
          '| 5G base stations | total 3,200 | new 1,200 |',
        ].join('\n'),
      ).map((r) => [r.number.text, r.subject, r.unit]),
    ).toEqual([
      ['300', 'We invested', 'million yuan'],
      ['120', 'villages to improve drinking water', 'villages'],
      ['12', 'industrial parks', 'parks'],
      ['50', 'revenue', 'billion yuan'],
      ['3,200', '5G base stations', 'base stations'],
      ['1,200', '5G base stations', 'base stations'],
    ])
  })

  it('ends no section at a question asked inside an answer, and names the bare amount a verb generated by the words before the verb', () => {
    const got = recordsOfText(
      [
        'Transcript of the Press Conference on the 2025 Government Work Report of Yanling County',
        '',
        '[Chen Hui]: Thank you. I will brief you on the report.',
        'First, our work in 2024. GRP reached 12.46 billion yuan, up 5.6%.',
        '',
        'Second, the targets for 2025. The main expected targets are: GRP growth of around 6%.',
        '',
        'Some may ask: are these targets too ambitious?',
        '',
        'Grain output 1.2 million tons.',
      ].join('\n'),
    )
    expect(got.at(-1)!.period).toBe(2025)
    expect(got.at(-1)!.kind).toBe('target')
    expect(records('Tourism generated revenue of 3 billion yuan.').map((r) => r.subject)).toEqual([
      'Tourism',
    ])
  })

  it('keeps a paragraph whole across a passage left out ("homes... Meanwhile"), and no span for figures of each year after a colon', () => {
    expect(
      records(
        [
          'Last year we completed 1,200 new homes... Meanwhile, per capita disposable income of',
          'rural residents reached 21,000 yuan, up 6.5%.',
          '',
          '- GRP growth 2022-23: 5.2% and 5.6%',
        ].join('\n'),
      ).map((r) => [r.number.text, r.subject, r.period]),
    ).toEqual([
      ['1,200', 'new homes', 2023],
      ['21,000', 'per capita disposable income of rural residents', 2023],
      ['5.2', 'GRP growth 2022-23', 2023],
      ['5.6', 'GRP growth 2022-23', 2023],
    ])
  })
  it('gives each figure of a series the year written beside it, reads "or higher" as a lower bound and no counter of views, and ends an answer\'s sections at the next question', () => {
    expect(
      records(
        [
          'Left axis: visitors (million).',
          '',
          'Visitors:  2020 – 18.92 | 2022 – 20.64 | 2024 – 29.47',
          '',
          '- Rural tap water penetration rate: 93 percent or higher',
          '- 23.4K Views',
        ].join('\n'),
      ).map((r) => [r.number.text, r.period, r.qualifier]),
    ).toEqual([
      ['18.92', 2020, null],
      ['20.64', 2022, null],
      ['29.47', 2024, null],
      ['93', 2023, 'at least'],
    ])
    expect(
      periodsOfText(
        [
          'Press Conference on the 2025 Government Work Report of Yanling County',
          '',
          'Q: What are the main points of the report?',
          '',
          'A: First, our work in 2024. GRP reached 12.46 billion yuan.',
          '',
          'Second, the targets for 2025. GRP growth of around 6%.',
          '',
          'Q: How did farming do?',
          '',
          'A: Grain output reached 61,800 tons.',
        ].join('\n'),
      ),
    ).toEqual([
      ['12.46', 2024, 'actual'],
      ['6', 2025, 'target'],
      ['61,800', 2024, 'actual'],
    ])
  })
  it('names what held steady, counts what stands after "&" between adjectives, and keeps a contents entry with a colon out of the parts', () => {
    expect(
      records(
        [
          'Grain acreage held steady at 2.19 million hectares.',
          'We added 11 new provincial specialized & sophisticated SMEs.',
        ].join('\n\n'),
      ).map((r) => [r.number.text, r.subject, r.unit]),
    ).toEqual([
      ['2.19', 'Grain acreage', 'million hectares'],
      ['11', 'new provincial specialized & sophisticated SMEs', 'SMEs'],
    ])
    const { tree } = parseText(
      [
        'Shaoshan Government Work Report 2025 (Slide Version)',
        '',
        '---------- Slide 2 / 16 ----------',
        'CONTENTS',
        '01   Review of Work in 2024',
        '02   Chart: Red Tourism, 2020–2024',
        '03   Main Targets for 2025',
        '',
        '---------- Slide 3 / 16 ----------',
        '01 | 2024 AT A GLANCE',
        '▪ GRP 12.86 billion yuan  ▲5.6%',
      ].join('\n'),
    )
    expect(
      nodesOf(tree, 'heading').map((h) =>
        h.children.map((c) => ('value' in c ? c.value : '')).join(''),
      ),
    ).not.toContain('02   Chart: Red Tourism, 2020–2024')
  })
})

describe('extraction rules of the twenty-third session', () => {
  it('reads a series of levels, each with its year, as the measure and unit of the first', () => {
    expect(
      records(
        [
          'Grain output was 1.2 million tons in 2022 and 1.3 million tons in 2023.',
          '',
          'Image: a bar chart showing GRP of 703.4 billion yuan in 2021, 780.3 billion yuan in 2022 and 803.3 billion yuan in 2023',
          '',
          'PM2.5 concentration fell from 41 micrograms per cubic meter in 2020 to 38 in 2021 and 36 in 2022, eases to 35 in 2023.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.unit, r.base?.value, r.period]),
    ).toEqual([
      ['1.2', 'grain_output', 'million tons', 1.2e6, 2022],
      ['1.3', 'grain_output', 'million tons', 1.3e6, 2023],
      ['703.4', 'grp', 'billion yuan', 703.4e9, 2021],
      ['780.3', 'grp', 'billion yuan', 780.3e9, 2022],
      ['803.3', 'grp', 'billion yuan', 803.3e9, 2023],
      ['41', 'pm25', 'micrograms per cubic meter', 41, 2020],
      ['38', 'pm25', 'micrograms per cubic meter', 38, 2021],
      ['36', 'pm25', 'micrograms per cubic meter', 36, 2022],
      ['35', 'pm25', 'micrograms per cubic meter', 35, 2023],
    ])
  })

  it('reads a figure standing alone over its caption with the caption: its label, its change', () => {
    expect(
      records(
        [
          '01',
          '101.26 billion yuan',
          "That was the city's gross regional product (GRP) in 2023, up 5.4% at comparable prices. Value added of",
          '        industry grew by 6.1%.',
          '',
          '▍1.03 billion yuan',
          'Local general public budget revenue passed the billion-yuan mark, up 6.2%. Tax revenue made up 68.2% of it.',
          '',
          '▍24.63 billion yuan',
          "That is the size of Meitan's economy. Exports grew by 5.8%.",
          '',
          '▍43,980 yuan / 20,746 yuan',
          'Per capita disposable income of urban and rural residents, up 4.3% and 6.6% respectively.',
          '',
          '▍26.5 billion yuan',
          'Total imports and exports (about US$3.7 billion), up 9.3% on 2022.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.change]),
    ).toEqual([
      ['101.26', 'grp', 101.26, 5.4],
      ['6.1', null, null, 6.1],
      ['1.03', 'local_general_public_budget_revenue', 1.03, 6.2],
      ['68.2', null, 68.2, null],
      ['24.63', 'grp', 24.63, null],
      ['5.8', 'exports', null, 5.8],
      ['43,980', 'per_capita_disposable_income_urban', 43980, 4.3],
      ['20,746', 'per_capita_disposable_income_rural', 20746, 6.6],
      ['26.5', 'imports_exports', 26.5, 9.3],
    ])
    // Not a figure under its label ("Grain output" over "312,000 tons" over "Tea gardens"), nor one
    // over a label and its own figure.
    expect(
      records(
        [
          'Grain sown area',
          '63,400 hectares',
          'Grain output',
          '312,000 tons',
          '',
          '1.06 million new urban jobs',
          'Surveyed urban jobless rate: 5.3 pct',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['63,400', 'grain_area'],
      ['312,000', 'grain_output'],
      ['1.06', 'urban_jobs'],
      ['5.3', 'urban_unemployment_rate'],
    ])
  })

  it('reads figures set off by 【】, and "2025 Report Card" and "Five years of the 14th Five-Year Plan" as looking back', () => {
    const text = [
      "📣 Danzhai's 2026 Government Work Report is here!",
      '',
      '━━━━━━━━━━━━━━',
      '📊 PART 1 | 2025 Report Card',
      '━━━━━━━━━━━━━━',
      '',
      'GRP hit【6.47 billion yuan】',
      'up【6.1%】year on year 🔥',
      'Retail sales reached【2.18 billion yuan】, +【5.2%】',
      '',
      '━━━━━━━━━━━━━━',
      '🏆 PART 2 | Five years of the 14th Five-Year Plan',
      '━━━━━━━━━━━━━━',
      '',
      'Expressway mileage:【312 km】',
    ].join('\n')
    expect(
      recordsOfText(text).map((r) => [r.number.text, r.value, r.change, r.period, r.kind]),
    ).toEqual([
      ['6.47', 6.47, 6.1, 2025, 'actual'],
      ['2.18', 2.18, 5.2, 2025, 'actual'],
      ['312', 312, null, '2021-2025', 'actual'],
    ])
  })

  it('reads a numbered part whose number stands on the line above its title', () => {
    expect(
      periodsOfText(
        [
          'One chart to understand the 2026 Tongzi County Government Work Report',
          '',
          '01',
          'LOOKING BACK ON 2025',
          'GRP 40.27 billion yuan',
          '',
          '09',
          'KEY TASKS FOR 2026',
          '▶ Industry: add 12 enterprises above designated size; launch 40 industrial projects',
        ].join('\n'),
      ),
    ).toEqual([
      ['40.27', 2025, 'actual'],
      ['12', 2026, 'target'],
      ['40', 2026, 'target'],
    ])
  })

  it('reads the panels of an infographic: a figure over its unit, label and change', () => {
    expect(
      records(
        [
          '40.27',
          'billion yuan',
          'Gross regional product (GRP)',
          '▲5.6%',
          '',
          '13.95',
          'billion yuan',
          'Total retail sales of consumer goods   ▲5.3%',
          '',
          '44,612 yuan',
          'Per capita disposable income of urban residents',
          'up 4.6%',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.change]),
    ).toEqual([
      ['40.27', 'grp', 40.27, 5.6],
      ['13.95', 'retail_sales', 13.95, 5.3],
      ['44,612', 'per_capita_disposable_income_urban', 44612, 4.6],
    ])
  })

  it('ends the notes of a table at a heading in capitals, and reads what a lead-in to bullets or a sentence on years to come plans', () => {
    expect(
      periodsOfText(
        [
          "Main Economic Indicators of Weng'an County: 2025 Results and 2026 Targets",
          '',
          '| Indicator | Unit | 2025 | Change (%) |',
          '| --- | --- | ---: | ---: |',
          '| Gross regional product | billion yuan | 19.84 | 5.9 |',
          '',
          'Notes:',
          '1 GRP is calculated at comparable prices.',
          '',
          '',
          'COMMENTARY',
          '',
          'Retail sales rose 5.4% last year. The county intends to start 60 major projects this year.',
          '',
          'It also aims to:',
          ' •  add at least 5 high-tech enterprises;',
          ' •  draw over 8 million visitors.',
          '',
          'Over the 15th Five-Year Plan period (2026-2030), the county plans to build 500 kilometers of rural roads.',
        ].join('\n'),
      ),
    ).toEqual([
      ['19.84', 2025, 'actual'],
      ['5.4', 2025, 'actual'],
      ['60', 2026, 'target'],
      ['5', 2026, 'target'],
      ['8', 2026, 'target'],
      ['500', '2026-2030', 'target'],
    ])
  })

  it("reads a deck's speaker notes, and the slides after them", () => {
    expect(
      periodsOfText(
        [
          'Huishui County 2026 Government Work Report',
          'Slide 4 / 18',
          '2025 at a Glance',
          '• Grain output 118,400 tons',
          'Notes:',
          'Incomes of people lifted out of poverty rose to 16,780 yuan per person, up 12.3%.',
          'Slide 5 / 18',
          'Opening-up',
          '• Projects signed: 64',
        ].join('\n'),
      ),
    ).toEqual([
      ['118,400', 2025, 'actual'],
      ['16,780', 2025, 'actual'],
      ['64', 2025, 'actual'],
    ])
  })

  it('reads "──── 5 / 17 ────" as the mark of a slide, and a count at the head of a line aligned with spaces as a count', () => {
    const text = [
      'Nayong County 2025 Government Work Report',
      '',
      'PART 01',
      'Review of Work in 2024',
      '──────────────────────────────  5 / 17  ────────',
      'INNOVATION & DIGITAL ECONOMY',
      '',
      '     58        high-tech enterprises (up 12)',
      '     236       million yuan of R&D spending, up 15.2%',
    ].join('\n')
    expect(recordsOfText(text).map((r) => [r.number.text, r.indicator, r.value, r.change])).toEqual(
      [
        ['58', 'high_tech_enterprises', 58, 12],
        ['236', 'rd_spending', 236, 15.2],
      ],
    )
    // (The number of a row is none: "8 | of which: private investment".)
    expect(
      records(
        [
          '"No.","Indicator","Unit","2023","Growth"',
          '"7","Fixed asset investment","%","","8.4"',
          '"8","  of which: private investment","%","","11.2"',
        ].join('\n'),
      ).map((r) => r.number.text),
    ).toEqual(['8.4', '11.2'])
  })

  it('reads no figure in how a post was read, liked and commented on, or when', () => {
    expect(
      records(
        [
          'GRP grew 6.5%.',
          '',
          'Read 12,406          👍 326          ⤴ Share',
          '',
          'Rongjiang navel oranges on sale · 3 hours ago · 5,210 reads',
          '',
          'Xiaomei from Guiyang: See you this summer!     ❤ 31',
        ].join('\n'),
      ).map((r) => r.number.text),
    ).toEqual(['6.5'])
  })

  it("reads the figures inside a bracket that opens on a year as that year's results", () => {
    expect(
      periodsOfText(
        [
          'Xifeng 2025 Government Work Report',
          '',
          'Main targets for 2025',
          '',
          '●      Fixed asset investment: growth of 6% (2024: down 2.3%)',
          '●      Value added of the digital economy: up 9% (2024: 87.4 billion yuan,  30.7% of GRP)',
          '●      Newly established foreign-invested enterprises: 35 (2024: 31)',
        ].join('\n'),
      ),
    ).toEqual([
      ['6', 2025, 'target'],
      ['2.3', 2024, 'actual'],
      ['9', 2025, 'target'],
      ['87.4', 2024, 'actual'],
      ['30.7', 2024, 'actual'],
      ['35', 2025, 'target'],
      ['31', 2024, 'actual'],
    ])
  })

  it('reads the change after a dash as the change of the level before it', () => {
    expect(
      records(
        [
          'Gross regional product (GRP) — 14.27 billion yuan — up 5.6% year on year',
          'Registered market entities — 41,308 entities — a net increase of 3,126',
        ].join('\n'),
      ).map((r) => [r.number.text, r.value, r.change]),
    ).toEqual([
      ['14.27', 14.27, 5.6],
      ['41,308', 41308, 3126],
    ])
  })

  it('reads the paragraphs after "Over the five years:" as of those years, past a sentence of one year inside them', () => {
    expect(
      periodsOfText(
        [
          'Yuping 2026 Government Work Report',
          '',
          'I. Review of Our Work in the 14th Five-Year Plan Period and in 2025',
          '',
          '\u3000\u3000The past five years were an extraordinary period. We completed the main targets of the 14th Five-Year Plan. Over the five years:',
          '',
          '\u3000\u3000Economic strength reached a new level. Per capita GRP exceeded 98,000 yuan last year. Fixed asset investment came to 1.46 trillion yuan.',
          '',
          '\u3000\u3000Reform advanced. Foreign capital actually used totaled 3.62 billion US dollars.',
          '',
          '\u3000\u30002025 was the final year of the plan. Fixed asset investment rose by 3.9%.',
        ].join('\n'),
      ),
    ).toEqual([
      ['98,000', 2025, 'actual'],
      ['1.46', '2021-2025', 'actual'],
      ['3.62', '2021-2025', 'actual'],
      ['3.9', 2025, 'actual'],
    ])
  })

  it('reads what was completed, achieved or actually grew after a semicolon beside a target as a result', () => {
    expect(
      periodsOfText(
        [
          'Yanhe 2025 Government Work Report',
          '',
          'Key targets for 2024 and their completion',
          '',
          '●      Gross regional product (GRP): target growth of around 6%; completed 148.26 billion yuan, up 5.8%.',
          '●      Fixed asset investment: target growth of 7%; actual growth of 4.6%, target not met.',
          '●      Actually utilized foreign capital: target 120 million US dollars.',
        ].join('\n'),
      ),
    ).toEqual([
      ['6', 2024, 'target'],
      ['148.26', 2024, 'actual'],
      ['7', 2024, 'target'],
      ['4.6', 2024, 'actual'],
      ['120', 2024, 'target'],
    ])
  })

  it('reads the panels of an infographic with the label over the figure, its unit and its change', () => {
    expect(
      records(
        [
          'GRP',
          '36.82',
          'billion yuan',
          '▲ 5.1%',
          '',
          'Local general public budget revenue',
          '1.436 billion yuan，up 3.2%',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.change]),
    ).toEqual([
      ['36.82', 'grp', 36.82, 5.1],
      ['1.436', 'local_general_public_budget_revenue', 1.436, 3.2],
    ])
  })

  it('reads "RMB 512m" as million yuan, no conversion after "(c.", and the unit a row\'s label gives after a comma', () => {
    expect(
      records(
        [
          "Jiangkou's gross regional product (GRP) reached RMB 8.27bn in 2023 (c. US$1.15bn), up 6.1% y/y. Local general public budget revenue was RMB 512m, up 3.2%.",
          '',
          '                                       Jiangkou          Guizhou',
          'GRP growth, %                             6.1               5.3',
          'Urban disposable income per capita, yuan   38,920          44,010',
        ].join('\n'),
      ).map((r) => [r.number.text, r.value, r.unit, r.change]),
    ).toEqual([
      ['8.27', 8.27, 'billion yuan', 6.1],
      ['512', 512, 'million yuan', 3.2],
      ['6.1', null, null, 6.1],
      ['5.3', null, null, 5.3],
      ['38,920', 38920, 'yuan', null],
      ['44,010', 44010, 'yuan', null],
    ])
  })

  it('reads numbered lines under a bullet as items of their own, their numbers no figures', () => {
    expect(
      records(
        [
          '■ Ten Practical Things for the People',
          '  1. Add 300 public kindergarten places',
          '  2. Renovate 18 old residential compounds, benefiting 1,450 households',
          '  3. Build 10 elderly meal-assistance sites',
        ].join('\n'),
        'Targets for 2024',
      ).map((r) => r.number.text),
    ).toEqual(['300', '18', '1,450', '10'])
  })

  it("reads the items of a live blog's entry whose title names the plan as its targets", () => {
    expect(
      periodsOfText(
        [
          'LIVE: Zhijin County 2026 Government Work Report',
          '',
          '10:12  2025 IN REVIEW',
          'GRP reached 21.47 billion yuan.',
          '',
          '09:58  2026 TASKS · AGRICULTURE',
          '  · Grain: sown area above 61,000 hectares, output no less than 245,000 tons',
          '  · Tea:   upgrade 2,000 hectares of low-yield tea gardens',
          '',
          '09:51  INDUSTRY',
          'Exports: 12.3 billion yuan',
        ].join('\n'),
      ),
    ).toEqual([
      ['21.47', 2025, 'actual'],
      ['61,000', 2026, 'target'],
      ['245,000', 2026, 'target'],
      ['2,000', 2026, 'target'],
      ['12.3', 2025, 'actual'],
    ])
  })

  it('reads the paragraphs after "The past five years were truly extraordinary." under a part naming the plan as of those years', () => {
    expect(
      periodsOfText(
        [
          'Jiange County 2026 Government Work Report',
          '',
          'I. Review of Our Work During the 14th Five-Year Plan Period and in 2025',
          '',
          '\u00a0 \u00a0 The past five years were truly extraordinary. We fulfilled the main targets of the 14th Five-Year Plan.',
          '',
          '\u00a0 \u00a0 Our economy reached a new level. We built 1,860 kilometers of rural roads.',
        ].join('\n'),
      ),
    ).toEqual([['1,860', '2021-2025', 'actual']])
  })
})

describe('where the rules of the twenty-third session stop (a review)', () => {
  it('gives a dated figure the unit of the series only when the series goes on to it', () => {
    expect(
      records(
        'Per capita disposable income reached 30,000 yuan in 2023, and the Engel coefficient fell to 28.5 in 2023.',
      ).map((r) => [r.number.text, r.unit]),
    ).toEqual([
      ['30,000', 'yuan'],
      ['28.5', null],
    ])
  })

  it('reads a caption that says how fast a figure grew as its growth', () => {
    expect(
      recordsOfText(
        [
          'Huludao 2026 in numbers',
          '',
          'PART ONE | HOW 2025 WENT',
          '',
          '03',
          '11.2%',
          'How fast the value added of industrial enterprises above designated size grew. Manufacturing rose 9%.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.value, r.change]),
    ).toEqual([
      ['11.2', null, 11.2],
      ['9', null, 9],
    ])
  })

  it('ends the plan of "It also aims to:" with its bullets', () => {
    expect(
      periods(
        [
          'It also aims to:',
          ' • add at least 5 high-tech enterprises;',
          ' • draw over 8 million visitors.',
          '',
          'Retail sales rose 5.4%. Grain output reached 312,000 tons.',
        ].join('\n'),
      ),
    ).toEqual([
      ['5', 2024, 'target'],
      ['8', 2024, 'target'],
      ['5.4', 2023, 'actual'],
      ['312,000', 2023, 'actual'],
    ])
  })

  it('reads no row number before a label in lower case that a cell follows, nor a count of views after a verb', () => {
    expect(
      records(
        [
          '| No. | Indicator | Unit | 2023 |',
          '| 1 | gross regional product | billion yuan | 40.2 |',
          '',
          'The promotional video drew 80,000 views on Douyin.',
        ].join('\n'),
      ).map((r) => r.number.text),
    ).toEqual(['40.2', '80,000'])
  })

  it('reads no result in what a plan completes, nor a plan in an entry of tasks completed', () => {
    expect(
      periods(
        '●  Key projects: start 120 projects; completed investment of over 30 billion yuan for the year.',
        'Targets for 2024',
      ),
    ).toEqual([
      ['120', 2024, 'target'],
      ['30', 2024, 'target'],
    ])
    expect(
      periodsOfText(
        [
          'LIVE: County 2025 report',
          '',
          '10:12  2024 TASKS COMPLETED',
          '  · New urban jobs 5,200',
          '  · Grain output 245,000 tons',
        ].join('\n'),
      ),
    ).toEqual([
      ['5,200', 2024, 'actual'],
      ['245,000', 2024, 'actual'],
    ])
  })

  it('keeps the notes of a glossary whose terms stand in capitals, and the year of a target after a semicolon in a bracket', () => {
    expect(
      records(
        [
          'GRP grew 5.2%.',
          '',
          'Notes',
          '',
          'GRP',
          '',
          'Gross regional product; it rose 5.2% in 2023.',
        ].join('\n'),
      ).map((r) => r.number.position.start.line),
    ).toEqual([5])
    expect(
      periods('●  GRP growth: around 6% (2023: 5.2%; 2024 target: 6%)', 'Main targets for 2024'),
    ).toEqual([
      ['6', 2024, 'target'],
      ['5.2', 2023, 'actual'],
      ['6', 2024, 'target'],
    ])
  })

  it('keeps "No." over "1. in the province" one item, "【1】" an item number, and the change after a dash and another label apart', () => {
    expect(
      records(
        [
          '• Grain output reached 312,000 tons, and the county ranked No.',
          '  1. in the province for the third year.',
          '',
          'GRP reached 14.27 billion yuan — industrial value added up 6.1%.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.unit, r.change]),
    ).toEqual([
      ['312,000', 'tons', null],
      ['1', 'rank', null],
      ['14.27', 'billion yuan', null],
      ['6.1', null, 6.1],
    ])
    expect(
      records('【1】GRP grew 5.2% to 40 billion yuan.').map((r) => [r.number.text, r.indicator]),
    ).toContainEqual(['40', null])
  })

  it('keeps the notes of a deck that are numbered notes', () => {
    expect(
      recordsOfText(
        [
          'Huishui County 2026 Government Work Report',
          'Slide 4 / 18',
          '2025 at a Glance',
          '• Grain output 118,400 tons',
          'Slide 18 / 18',
          'Notes:',
          '1. GRP is a preliminary figure.',
          '2. 3 indicators are preliminary.',
        ].join('\n'),
      ).map((r) => r.number.text),
    ).toEqual(['118,400'])
  })
})

describe('extraction rules of the twenty-fourth session', () => {
  it('names an amount after a participle that earned it, in a clause of figures given respectively', () => {
    expect(
      records(
        'Tourists received totaled 5.26 million person-times, generating tourism revenue of 5.9 billion yuan, up 10.4 percent and 12.8 percent respectively.',
      ).map((r) => [r.number.text, r.subject, r.indicator, r.change]),
    ).toEqual([
      ['5.26', 'Tourists received', 'tourists', 10.4],
      ['5.9', 'tourism revenue', 'tourism_revenue', 12.8],
    ])
  })

  it('opens a span of years after a speaker named in two words', () => {
    expect(
      records(
        [
          'County Head: Over the past four years, GRP has grown at an average annual rate of 5.9%. We have created 15,400 new urban jobs and completed 156,000 mu of high-standard farmland in cumulative terms.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.period]),
    ).toEqual([
      ['5.9', '2020-2023'],
      ['15,400', '2020-2023'],
      ['156,000', '2020-2023'],
    ])
  })

  it('reads a paragraph that opens on a year of the part’s span as of that year, and the ones it leads into', () => {
    const report = (...paragraphs: string[]) =>
      periodsOfText(
        [
          'Yuanjiang Government Work Report 2026',
          '',
          'I. Review of Our Work During the 14th Five-Year Plan Period',
          '',
          ...paragraphs.flatMap((p) => [p, '']),
        ].join('\n'),
      ).map(([number, period]) => [number, period])
    expect(
      report(
        'In 2025, the final year of the period, we made solid progress. The city’s GRP reached 52.67 billion yuan, up 5.6 percent. Fixed asset investment grew by 4.1 percent.',
        'Exports grew by 12 percent.',
      ),
    ).toEqual([
      ['52.67', 2025],
      ['4.1', 2025],
      ['12', '2021-2025'],
    ])
    expect(
      report(
        'In 2025, the final year of the period, we made solid progress on all fronts.',
        'Fixed asset investment grew by 4.1 percent.',
        'Exports grew by 12 percent.',
        'Over the five years, private investment grew by 3 percent a year.',
      ),
    ).toEqual([
      ['4.1', 2025],
      ['12', 2025],
      ['3', '2021-2025'],
    ])
  })

  it('reads a level over a span of years at its end, or in each of them', () => {
    const report = (paragraph: string) =>
      periodsOfText(
        [
          'Yuanjiang Government Work Report 2026',
          '',
          'I. Review of Our Work During the 14th Five-Year Plan Period',
          '',
          paragraph,
        ].join('\n'),
      ).map(([number, period]) => [number, period])
    expect(
      report(
        'R&D spending as a share of GRP rose by 0.9 percentage points to 2.1 percent, and the number of listed companies increased by 8 to 19.',
      ),
    ).toEqual([
      ['2.1', 2025],
      ['19', '2021-2025'],
    ])
    expect(
      report(
        'Grain output stayed above 400,000 tons for five years in a row, and clean energy made up 58.3 percent of the total.',
      ),
    ).toEqual([
      ['400,000', '2021-2025'],
      ['58.3', 2025],
    ])
  })
})

describe('extraction rules of the twenty-fourth session (lists of a news digest)', () => {
  it('reads an arrow a space and a tilde before a figure as a change, and a span alone over the lines of its results', () => {
    expect(
      periodsOfText(
        [
          'Linxiang County 2025 government work report',
          '',
          '2024 in review',
          '- GRP: 24.6 bn yuan, ↑5.9%',
          '',
          '2021–2024 (first four years of the 14th Five-Year Plan)',
          '- GRP: avg. annual growth 6.2%',
          '- Rural roads upgraded: 1,050 km',
          '',
          'Targets 2025',
          '- GRP: ↑ ~6%',
        ].join('\n'),
      ),
    ).toEqual([
      ['24.6', 2024, 'actual'],
      ['6.2', '2021-2024', 'actual'],
      ['1,050', '2021-2024', 'actual'],
      ['6', 2025, 'target'],
    ])
    expect(
      periodsOfText(
        [
          'Report on the Work of the Government (2025)',
          '',
          'I. Review of Our Work over the Past Five Years and in 2024',
          '',
          'The past five years (2020-2024) were an extraordinary period in Chibi’s development. Faced with the COVID-19 epidemic, we pressed on.',
          '',
          '— Our industries were upgraded. The number of high-tech enterprises grew by 97.',
          '',
          '2024 was a crucial year. Over the past year, we pressed on.',
          '',
          'GRP grew by 5.9 percent.',
        ].join('\n'),
      ),
    ).toEqual([
      ['97', '2020-2024', 'actual'],
      ['5.9', 2024, 'actual'],
    ])
    expect(
      records('GRP growth target: ↑ ~6%.').map((r) => [r.value, r.change, r.qualifier]),
    ).toEqual([[null, 6, 'around']])
  })
})

describe('extraction rules of the twenty-fourth session (a feature story)', () => {
  it('reads the level a figure rose from a year earlier as of the year before, in the unit of the one after', () => {
    expect(
      records(
        'The county added 5,230 urban jobs, up from 4,120 a year earlier. The share reached 45%, up from 41 a year earlier.',
      ).map((r) => [r.number.text, r.unit, r.period]),
    ).toEqual([
      ['5,230', 'jobs', 2023],
      ['4,120', 'jobs', 2022],
      ['45', '%', 2023],
      ['41', '%', 2022],
    ])
  })
})

describe('extraction rules of the twenty-fourth session (a card of labels over figures)', () => {
  it('reads a label over a figure with its change in percentage points or in a unit of several words', () => {
    expect(
      records(
        [
          'Proportion of days with good air quality',
          '97.3%, up 1.2 percentage points',
          'Average PM2.5 concentration',
          '22 micrograms per cubic meter, down 8.3%',
        ].join('\n'),
      ).map((r) => [r.number.text, r.subject, r.indicator, r.change]),
    ).toEqual([
      ['97.3', 'Proportion of days with good air quality', 'air_quality_good_days', 1.2],
      ['22', 'Average PM2.5 concentration', 'pm25', -8.3],
    ])
  })
})

describe('extraction rules of the twenty-fourth session (a table aligned with spaces)', () => {
  it('reads a header of two lines over a row numbered as a group’s title', () => {
    const pad = (cells: string[], widths: number[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i]!))
        .join('')
        .trimEnd()
    const widths = [50, 16, 10, 10, 10]
    expect(
      records(
        [
          '==========================================================================================',
          pad(['Indicator', 'Unit', '2023', '2023', '2024'], widths),
          pad(['', '', 'target', 'actual', 'target'], widths),
          '------------------------------------------------------------------------------------------',
          'I. Economic growth',
          pad(['  GRP growth', '%', '6.5', '5.3', 'around 5.5'], widths),
          pad(['  High-tech enterprises', 'enterprises', '45', '52', '60'], widths),
        ].join('\n'),
      ).map((r) => [r.number.text, r.period, r.kind]),
    ).toEqual([
      ['6.5', 2023, 'target'],
      ['5.3', 2023, 'actual'],
      ['5.5', 2024, 'target'],
      ['45', 2023, 'target'],
      ['52', 2023, 'actual'],
      ['60', 2024, 'target'],
    ])
  })
})

describe('extraction rules of the twenty-fourth session (a page typed with full-width marks)', () => {
  it('reads a full-width percent sign as a percent sign', () => {
    expect(
      records(
        'Gross regional product（GRP）reached 29.86 billion yuan，up 5.9％. Tax revenue accounted for 71.4％ of it.',
      ).map((r) => [r.number.text, r.unit, r.change, r.changeUnit, r.quote]),
    ).toEqual([
      [
        '29.86',
        'billion yuan',
        5.9,
        '%',
        'Gross regional product（GRP）reached 29.86 billion yuan，up 5.9％',
      ],
      ['71.4', '%', null, null, 'Tax revenue accounted for 71.4％ of it'],
    ])
  })
})

describe('extraction rules of the twenty-fourth session (targets against results)', () => {
  it('reads a result labelled so under targets, and a target labelled so in a review', () => {
    const row = [
      'Target: fixed asset investment up around 7%      | Result: fixed asset investment grew 3.8%',
      'Target: GRP growth of around 6.5%                | Result: GRP reached 26.41 billion yuan, up 6.1%',
    ].join('\n')
    expect(periods(row, 'PART ONE   2023: TARGETS AND RESULTS')).toEqual([
      ['7', 2023, 'target'],
      ['3.8', 2023, 'actual'],
      ['6.5', 2023, 'target'],
      ['26.41', 2023, 'actual'],
    ])
    expect(periods(row)).toEqual([
      ['7', 2023, 'target'],
      ['3.8', 2023, 'actual'],
      ['6.5', 2023, 'target'],
      ['26.41', 2023, 'actual'],
    ])
  })
})

describe('extraction rules of the twenty-fourth session (numbered paragraphs)', () => {
  it('ends a section read from a numbered paragraph at the next paragraph numbered after it', () => {
    expect(
      periods(
        [
          '4.   Looking back over the past five years, we have achieved a great deal. The county’s GRP grew at an average annual rate of 6.4 percent.',
          '',
          '5.   Over the past year, we focused on the following work.',
          '',
          '6.   Value added of industrial enterprises above designated size grew by 8.7 percent.',
        ].join('\n'),
      ),
    ).toEqual([
      ['6.4', '2019-2023', 'actual'],
      ['8.7', 2023, 'actual'],
    ])
  })
})

describe('extraction rules of the twenty-fourth session (a listicle)', () => {
  it('reads an item’s number and a dash before a headline figure as no part of it', () => {
    expect(
      records(
        [
          '#1 — 14.86 billion yuan',
          'The county’s gross regional product (GRP) in 2023, up 6.3 percent year on year.',
          '',
          '#2 — 7.2%',
          'Growth in the added value of industrial enterprises above designated size in 2023.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.value, r.unit, r.change, r.indicator]),
    ).toEqual([
      ['14.86', 14.86, 'billion yuan', 6.3, 'grp'],
      ['7.2', null, null, 7.2, null],
    ])
  })
})

describe('extraction rules of the twenty-fourth session (a table flattened a cell a line)', () => {
  it('reads a target in words as a cell of its row', () => {
    expect(
      records(
        [
          'Indicator',
          '2023 actual',
          'Growth over previous year',
          '2024 target',
          'Per capita disposable income of urban residents (yuan)',
          '41,865',
          '4.9%',
          'In step with economic growth',
          'Consumer price index (CPI)',
          '—',
          '0.3%',
          'Increase of around 2%',
        ].join('\n'),
      ).map((r) => [r.number.text, r.value, r.change, r.period, r.kind]),
    ).toEqual([
      ['41,865', 41865, 4.9, 2023, 'actual'],
      ['0.3', null, 0.3, 2023, 'actual'],
      ['2', null, 2, 2024, 'target'],
    ])
  })
})

describe('extraction rules of the twenty-fourth session (subjects)', () => {
  it('names a share’s change in points by its id, and leaves out who tells of a figure and a full-width comma before it', () => {
    expect(
      records(
        [
          'The share of manufacturing value added in GRP rose 0.8 percentage points.',
          'Preliminary estimates show that GRP reached 14.32 billion yuan, up 6.8 percent.',
          'During 2021–2023，GRP grew at an average annual rate of 6.2％.',
        ].join(' '),
      ).map((r) => [r.number.text, r.subject, r.indicator]),
    ).toEqual([
      ['0.8', 'share of manufacturing value added in GRP', 'manufacturing_value_added_share'],
      ['14.32', 'GRP', 'grp'],
      ['6.2', 'GRP', 'grp'],
    ])
  })
})

describe('extraction rules of the twenty-fourth session (a report card)', () => {
  it('reads "it" and its verb after a target as the measure of the target', () => {
    expect(
      records(
        [
          'Retail sales: Growth was to reach 7%; it reached 6.2%. Missed.',
          '',
          'Unemployment: The surveyed urban unemployment rate was to be kept within 5.5%; it was 4.9%. Met.',
        ].join('\n'),
      ).map((r) => [r.number.text, r.indicator, r.value, r.change, r.kind]),
    ).toEqual([
      ['7', 'retail_sales', null, 7, 'target'],
      ['6.2', 'retail_sales', null, 6.2, 'actual'],
      ['5.5', 'urban_unemployment_rate', 5.5, null, 'target'],
      ['4.9', 'urban_unemployment_rate', 4.9, null, 'actual'],
    ])
  })
})

describe('extraction rules of the twenty-fourth session (a broadcast and its figures)', () => {
  it('takes no wrapped line of prose that names the report for its title', () => {
    const text = [
      "YUAN'AN COUNTY INTEGRATED MEDIA CENTER",
      '',
      '[00:00:05] ANCHOR (LIU YAN): Good evening. The fourth session of the 20th Yuan’an County',
      'People’s Congress opened this morning at the county cultural center. County magistrate',
      'Zhao Jianguo delivered the government work report, reviewing what was done in 2024 and',
      'setting out the tasks for 2025.',
      '',
      '[00:00:24] REPORTER (VO): Gross regional product reached 23.47 billion yuan, up 6.1 percent.',
      '',
      '[END OF SEGMENT 2]',
    ].join('\n')
    expect(parseText(text).file.data.meta?.reviewedYear).toBe(2024)
    expect(periodsOfText(text)).toEqual([['23.47', 2024, 'actual']])
  })

  it('reads a count’s change said after what it counts, and the area grain was sown on', () => {
    expect(
      records(
        'The county now has 58 national high-tech enterprises, nine more than a year before. Seven companies made the Fortune Global 500 list, one more than a year earlier.',
      ).map((r) => [r.number.text, r.value, r.change, r.changeUnit]),
    ).toEqual([
      ['58', 58, 9, 'enterprises'],
      ['Seven', 7, null, null],
    ])
    expect(
      records(
        'Grain output reached 428,600 tons from a sown area of about 62,400 hectares. Grain output reached 527,000 tons, from 71,800 hectares sown to grain.',
      ).map((r) => [r.number.text, r.subject, r.indicator]),
    ).toEqual([
      ['428,600', 'Grain output', 'grain_output'],
      ['62,400', 'grain sown area', 'grain_area'],
      ['527,000', 'Grain output', 'grain_output'],
      ['71,800', 'area sown to grain', 'grain_area'],
    ])
    expect(
      records('[END OF SEGMENT 2]\n\nEpisode 3 of the series aired.\n\nGRP grew 5%.').map(
        (r) => r.number.text,
      ),
    ).toEqual(['5'])
  })
})

describe('where the rules of the twenty-fourth session stop (a review)', () => {
  const fiveYears = (...paragraphs: string[]) =>
    periodsOfText(
      [
        'Yuanjiang Government Work Report 2026',
        '',
        'I. Review of Our Work During the 14th Five-Year Plan Period',
        '',
        ...paragraphs.flatMap((p) => [p, '']),
      ].join('\n'),
    ).map(([number, period]) => [number, period])

  it('keeps the span past a year of an event inside it, and past a streak of no level held', () => {
    expect(
      fiveYears(
        'In 2022, we were named a national model county for rural revitalization.',
        'Rural roads totaling 1,050 kilometers were upgraded.',
        'The unemployment rate, which had been rising for two years, fell to 4.8 percent.',
        'The county ranked among the top 100 counties for four consecutive years, and its GRP reached 52 billion yuan.',
      ),
    ).toEqual([
      ['1,050', '2021-2025'],
      ['4.8', 2025],
      ['52', 2025],
    ])
  })

  it('opens no span on years followed by words of their own', () => {
    expect(
      periods(
        [
          '2022–2024 action plan for rural revitalization was issued and put into effect.',
          '',
          'GRP reached 23.5 billion yuan, up 5.2 percent.',
        ].join('\n'),
      ),
    ).toEqual([['23.5', 2023, 'actual']])
  })

  it('keeps a section over its own list numbered in its style', () => {
    expect(
      periodsOfText(
        [
          'Test County Government Work Report 2025',
          '',
          'I. Review of Work in 2024',
          '',
          '1. Economic growth',
          '',
          'GRP grew 5.5 percent.',
          '',
          '2. Main targets for 2025',
          '',
          '1. GRP: around 6 percent.',
          '2. Fixed asset investment: 7 percent.',
          '3. Forest coverage: 63.5 percent.',
        ].join('\n'),
      ),
    ).toEqual([
      ['5.5', 2024, 'actual'],
      ['6', 2025, 'target'],
      ['7', 2025, 'target'],
      ['63.5', 2025, 'target'],
    ])
  })

  it('ends a table at a numbered part over a paragraph', () => {
    const pad = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd([50, 16, 10, 10, 10][i]!))
        .join('')
        .trimEnd()
    expect(
      periodsOfText(
        [
          'Test County Government Work Report 2025',
          '',
          'I. Review of Work in 2024',
          '',
          pad(['Indicator', 'Unit', '2024', '2024', '2025']),
          pad(['', '', 'target', 'actual', 'target']),
          pad(['  GRP growth', '%', '6.5', '5.3', 'around 5.5']),
          '',
          'II. Priorities for This Year',
          '',
          'Forest coverage: 63.5 percent.',
        ].join('\n'),
      ).at(-1),
    ).toEqual(['63.5', 2025, 'target'])
  })

  it('reads "it" for the measure before only after a target, and a count’s change after a name as none', () => {
    expect(
      records(
        'Fixed asset investment grew by 5.2%; it was 40% private investment. Three of our enterprises were listed among the Top 500 Chinese Manufacturing Enterprises, one more than last year.',
      ).map((r) => [r.number.text, r.subject, r.change]),
    ).toEqual([
      ['5.2', 'Fixed asset investment', 5.2],
      ['40', 'it was', null],
    ])
  })

  it('reads a result to come, so labelled, under targets as a target', () => {
    expect(periods('Result: GRP to reach 30 billion yuan.', 'II. Main Targets for 2024')).toEqual([
      ['30', 2024, 'target'],
    ])
  })

  it('names no other crop’s area for grain, no segment of a road, and no relative clause for a caption', () => {
    expect(
      records(
        'Grain output was stable, and vegetables were harvested from a planted area of 3,000 hectares. The highway segment 12 kilometers long was completed.',
      ).map((r) => [r.number.text, r.indicator]),
    ).toEqual([
      ['3,000', null],
      ['12', null],
    ])
    expect(
      records(
        [
          '#1 — 14.86 billion yuan',
          'The county’s gross regional product (GRP) in 2023, which grew 6.3 percent year on year.',
        ].join('\n'),
      ).find((r) => r.number.text === '6.3')?.subject,
    ).toBe('county’s gross regional product (GRP)')
  })
})
