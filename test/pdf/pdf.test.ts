/**
 * End-to-end tests of the printed packs: the sample report is built for real (Chromium through
 * puppeteer) and the PDFs are checked by their text, page sizes, fonts and metadata with poppler's
 * tools, never by raw bytes (STYLE.md, practice 8).
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type Built,
  buildSample,
  buildWorkspace,
  listFiles,
  realEffects,
  root,
  sourceDateEpoch,
  workspace,
} from '../helpers/built.js'

const slow = 120_000

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })

/** `pdfinfo -isodates` as a record (Title, Pages, Page size, CreationDate…). */
function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {}
  for (const line of run('pdfinfo', ['-isodates', file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line)
    if (match) info[match[1]!.trim()] = match[2]!.trim()
  }
  return info
}

/** The size of every page in points, from `pdfinfo -f 1 -l <last>`. */
function pageSizes(file: string): Array<[number, number]> {
  const pages = Number(pdfInfo(file).Pages)
  return [
    ...run('pdfinfo', ['-f', '1', '-l', String(pages), file]).matchAll(
      /^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm,
    ),
  ].map((m) => [Number(m[1]), Number(m[2])])
}

const isA4 = ([width, height]: [number, number]) =>
  Math.abs(width - 595.28) < 1.5 && Math.abs(height - 841.89) < 1.5

/** The text of every page (`pdftotext -layout`), split at the form feeds between pages. */
function pageTexts(file: string, layout = true): string[] {
  const text = run('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'])
  const pages = text.split('\f')
  if (pages.at(-1)?.trim() === '') pages.pop()
  return pages
}

/** Text without any whitespace: wrapped lines and layout spacing compare equal. */
const squash = (text: string) => text.replace(/\s+/g, '')

interface Page {
  /** 1-based. */
  number: number
  /** The running header line (undefined when the page has none). */
  header: string | undefined
  /** The text of the running header after the report title. */
  headerSection: string
  /** Non-empty lines between header and footer, trimmed. */
  body: string[]
  /** The footer line, e.g. "Page 3 of 67". */
  footer: string | undefined
}

function splitPage(text: string, number: number, reportTitle: string): Page {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  const header = lines[0]?.startsWith(reportTitle) ? lines.shift() : undefined
  const footer = /^Page \d+ of \d+$/.test(lines.at(-1) ?? '') ? lines.pop() : undefined
  return {
    number,
    header,
    headerSection: header?.slice(reportTitle.length).trim() ?? '',
    body: lines,
    footer,
  }
}

/**
 * Where `title` stands as a block of its own: the index of the first of one or more consecutive
 * lines that together are exactly the title (ignoring whitespace), or -1.
 */
function blockIndex(lines: readonly string[], title: string): number {
  const wanted = squash(title)
  for (let i = 0; i < lines.length; i++) {
    let joined = ''
    for (let j = i; j < lines.length; j++) {
      joined += squash(lines[j]!)
      if (joined === wanted) return i
      if (!wanted.startsWith(joined)) break
    }
  }
  return -1
}

interface TocEntry {
  title: string
  page: number
}

/**
 * The contents as printed: every "title · p. N" entry of the contents pages, with the wrapped rest
 * of a long title (the lines right below it) joined on.
 */
function printedToc(pages: readonly string[]): { entries: TocEntry[]; pages: number[] } {
  const entries: TocEntry[] = []
  const tocPages: number[] = []
  pages.forEach((text, i) => {
    if (!/· p\. \d+\s*$/m.test(text)) return
    tocPages.push(i + 1)
    let current: TocEntry | undefined
    for (const raw of text.split('\n')) {
      const line = raw.trim()
      const match = /^(.*?)\s*· p\. (\d+)$/.exec(line)
      if (match) {
        current = { title: match[1]!, page: Number(match[2]) }
        entries.push(current)
      } else if (!line || /^Page \d+ of \d+$/.test(line)) current = undefined
      else if (current) current.title += ` ${line}`
    }
  })
  return { entries, pages: tocPages }
}

function decodeEntities(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim()
}

/** The entries of the pack's HTML contents, in order: id and title. */
function htmlToc(html: string): Array<{ id: string; title: string }> {
  const nav = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? ''
  return [...nav.matchAll(/<a href="#([^"]+)">([\s\S]*?)<\/a>/g)].map((m) => ({
    id: m[1]!,
    title: decodeEntities(m[2]!),
  }))
}

/** Texts of the h2–h6 headings of the pack's <main> (sections, topics, appendices). */
function htmlHeadings(html: string): string[] {
  const main = /<main>[\s\S]*<\/main>/.exec(html)?.[0] ?? ''
  return [...main.matchAll(/<h([2-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => decodeEntities(m[2]!))
}

interface OutlineItem {
  title: string
  page: number | undefined
  depth: number
}

/** The document outline (bookmarks), read from the catalog's /Outlines as postprocess.ts does. */
async function outline(file: string): Promise<OutlineItem[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const pageIndex = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]))
  const items: OutlineItem[] = []
  const visit = (ref: unknown, depth: number) => {
    let item = ref instanceof PDFRef ? doc.context.lookupMaybe(ref, PDFDict) : undefined
    while (item) {
      const title = item.get(PDFName.of('Title'))
      const pageRef = item.lookupMaybe(PDFName.of('Dest'), PDFArray)?.get(0)
      items.push({
        title:
          title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
        page: pageRef instanceof PDFRef ? pageIndex.get(pageRef.toString()) : undefined,
        depth,
      })
      visit(item.get(PDFName.of('First')), depth + 1)
      const next = item.get(PDFName.of('Next'))
      item = next instanceof PDFRef ? doc.context.lookupMaybe(next, PDFDict) : undefined
    }
  }
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  if (outlines) visit(outlines.get(PDFName.of('First')), 0)
  return items
}

/** A header section text is the title, or a word-boundary prefix of it ending in "…" (≤ 60). */
function expectShortened(headerSection: string, title: string, where: string) {
  if (headerSection === title) return
  expect(headerSection, where).toMatch(/…$/)
  expect(headerSection.length, where).toBeLessThanOrEqual(60)
  const prefix = headerSection.slice(0, -1)
  expect(prefix.length, where).toBeGreaterThan(10)
  expect(
    title.startsWith(prefix),
    `${where}: "${headerSection}" is not a prefix of "${title}"`,
  ).toBe(true)
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('briefing.pdf of the sample report', () => {
  let sample: Built
  let file: string
  let html: string
  let reportTitle: string
  let pages: Page[]
  let toc: { entries: TocEntry[]; pages: number[] }

  beforeAll(async () => {
    sample = await buildSample('pdf')
    file = path.join(sample.dir, 'briefing.pdf')
    html = readFileSync(path.join(sample.dir, 'index.html'), 'utf8')
    reportTitle = decodeEntities(/<h1>([\s\S]*?)<\/h1>/.exec(html)![1]!)
    const texts = pageTexts(file)
    pages = texts.map((text, i) => splitPage(text, i + 1, reportTitle))
    toc = printedToc(texts)
  }, slow)

  /** The page range of every contents entry: from its page to the page before the next one. */
  const ranges = () =>
    toc.entries.map((entry, i) => ({
      ...entry,
      last: (toc.entries[i + 1]?.page ?? pages.length + 1) - 1,
    }))

  it('is an A4, tagged PDF of more than 10 pages with its metadata and the build date', () => {
    const info = pdfInfo(file)
    expect(info['Page size']).toMatch(/\(A4\)/)
    expect(pageSizes(file).every(isA4)).toBe(true)
    expect(Number(info.Pages)).toBeGreaterThan(10)
    expect(Number(info.Pages)).toBe(pages.length)
    expect(info.Tagged).toBe('yes')
    expect(info.Title).toBe(reportTitle)
    expect(info.Subject).toContain(reportTitle)
    expect(info.Keywords).toMatch(/2024/)
    expect(info.Creator).toMatch(/^briefing \d+\.\d+\.\d+/)
    const stamp = new Date(sourceDateEpoch * 1000).toISOString().replace('.000Z', 'Z')
    expect(stamp).toBe('2024-03-05T00:00:00Z')
    expect(info.CreationDate).toBe(stamp)
    expect(info.ModDate).toBe(stamp)
  })

  it('gives a page number for every entry of the contents', () => {
    const expected = htmlToc(html)
    expect(expected.length).toBeGreaterThan(10)
    expect(toc.entries.map((e) => squash(e.title))).toEqual(expected.map((e) => squash(e.title)))
    const numbers = toc.entries.map((e) => e.page)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(Math.min(...numbers)).toBeGreaterThan(Math.max(...toc.pages))
    expect(Math.max(...numbers)).toBeLessThanOrEqual(pages.length)
  })

  it('starts every contents entry at the top of the page it names, not earlier', () => {
    for (const entry of toc.entries) {
      const page = pages[entry.page - 1]!
      const at = blockIndex(page.body, entry.title)
      const where = `"${entry.title}" at the top of p. ${entry.page}: ${page.body.slice(0, 4).join(' / ')}`
      expect(at, where).toBeGreaterThanOrEqual(0)
      // Only a kicker (the part a section belongs to) may stand above the heading.
      expect(at, where).toBeLessThanOrEqual(2)
      for (const earlier of pages.slice(0, entry.page - 1)) {
        expect(
          blockIndex(earlier.body, entry.title),
          `"${entry.title}" (p. ${entry.page} in the contents) as a heading on p. ${earlier.number}`,
        ).toBe(-1)
      }
    }
  })

  it('heads every page of a report section with the report title and the section', () => {
    const sections = ranges().filter((_, i) => htmlToc(html)[i]!.id.startsWith('section-'))
    expect(sections).toHaveLength(16)
    for (const section of sections) {
      for (let n = section.page; n <= section.last; n++) {
        const page = pages[n - 1]!
        const where = `p. ${n} (${section.title})`
        expect(page.header, where).toBeDefined()
        expect(page.header!.startsWith(reportTitle), where).toBe(true)
        expectShortened(page.headerSection, section.title, where)
      }
    }
    // Long section titles are shortened with an ellipsis.
    expect(pages.some((p) => p.headerSection.endsWith('…'))).toBe(true)
  })

  it('heads every page but the cover with the report title', () => {
    expect(pages[0]!.header).toBeUndefined()
    for (const page of pages.slice(1)) {
      expect(page.header?.startsWith(reportTitle), `header of p. ${page.number}`).toBe(true)
    }
  })

  it('names the part in the running header of the key figure, chart and appendix pages', () => {
    const parts = ranges().filter((_, i) => !htmlToc(html)[i]!.id.startsWith('section-'))
    expect(parts.map((p) => p.title)).toEqual([
      'Key figures',
      'Charts',
      'All indicators',
      'Annotated source',
    ])
    for (const part of parts) {
      for (let n = part.page; n <= part.last; n++) {
        expect(pages[n - 1]!.headerSection, `p. ${n}`).toBe(part.title)
      }
    }
  })

  it('numbers every page "Page X of Y" in the footer', () => {
    for (const page of pages) {
      expect(page.footer, `footer of p. ${page.number}`).toBe(
        `Page ${page.number} of ${pages.length}`,
      )
    }
  })

  it('has an outline with the headings, pointing at the pages of the contents', async () => {
    const items = await outline(file)
    expect(items.length).toBeGreaterThan(20)
    for (const entry of toc.entries) {
      const item = items.find((i) => squash(i.title) === squash(entry.title))
      expect(item, `outline entry "${entry.title}"`).toBeDefined()
      expect(item!.page, `outline page of "${entry.title}"`).toBe(entry.page)
    }
    // Topic headings are nested under their sections.
    const topic = items.find(
      (i) => i.title === 'Industrial upgrading made swift and steady progress.',
    )
    expect(topic?.depth).toBeGreaterThan(
      items.find((i) => i.title.startsWith('I. We actively developed'))!.depth,
    )
  })

  it('ends no page with a heading', () => {
    const headings = new Set(htmlHeadings(html).map(squash))
    expect(headings.size).toBeGreaterThan(50)
    for (const page of pages) {
      if (toc.pages.includes(page.number)) continue
      const body = [...page.body]
      // A section heading followed only by its "Source lines … · handout" line counts too.
      if (/^Source lines \d+–\d+ · \d+ figures · handout$/.test(body.at(-1) ?? '')) body.pop()
      for (let k = 1; k <= Math.min(3, body.length); k++) {
        const last = squash(body.slice(-k).join(''))
        expect(headings.has(last), `p. ${page.number} ends with the heading "${last}"`).toBe(false)
      }
    }
  })

  it('leaves no page with a single stray line of text', () => {
    for (const page of pages.slice(0, -1)) {
      expect(page.body.length, `p. ${page.number}: ${page.body.join(' / ')}`).toBeGreaterThan(1)
    }
  })

  describe('handouts', () => {
    const handouts = () =>
      readdirSync(path.join(sample.dir, 'handouts'))
        .filter((f) => f.endsWith('.html'))
        .sort()
        .map((name) => {
          const htmlFile = path.join(sample.dir, 'handouts', name)
          const source = readFileSync(htmlFile, 'utf8')
          return {
            name,
            pdf: htmlFile.replace(/\.html$/, '.pdf'),
            title: decodeEntities(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(source)![1]!),
          }
        })

    it('prints every handout as an A4 PDF with its title, numbered pages', () => {
      const list = handouts()
      expect(list).toHaveLength(16)
      for (const handout of list) {
        const info = pdfInfo(handout.pdf)
        expect(pageSizes(handout.pdf).every(isA4), handout.name).toBe(true)
        expect(info.Tagged, handout.name).toBe('yes')
        expect(info.Title, handout.name).toBe(`${handout.title} — ${reportTitle}`)
        expect(info.CreationDate, handout.name).toBe('2024-03-05T00:00:00Z')
        const texts = pageTexts(handout.pdf)
        texts.forEach((text, i) => {
          const page = splitPage(text, i + 1, reportTitle)
          expect(page.footer, `${handout.name} p. ${i + 1}`).toBe(
            `Page ${i + 1} of ${texts.length}`,
          )
        })
        expect(squash(texts.join(''))).toContain(squash(handout.title))
      }
    })

    it('puts the handout title and its first content on page 1', () => {
      for (const handout of handouts()) {
        const [first] = pageTexts(handout.pdf)
        const page = splitPage(first!, 1, reportTitle)
        const at = blockIndex(page.body, handout.title)
        expect(at, `${handout.name}: title on p. 1`).toBeGreaterThanOrEqual(0)
        expect(at, handout.name).toBeLessThanOrEqual(3)
        expect(page.body.join(' '), handout.name).toMatch(/Handout \d\d · source lines/)
      }
    })
  })
})

describe('Chinese text in the PDFs', () => {
  const report = [
    '福建省政府工作报告 Fujian Government Work Report 2024',
    '',
    'Review of Work During 2023',
    '',
    '●   福建省政府工作报告：全省地区生产总值 5.4 trillion yuan, an increase of 4.5%.',
    '',
    '●   General public budget revenue (一般公共预算收入) was 590.7 billion yuan, up by 9.8%.',
    '',
  ].join('\n')
  let dir: string

  beforeAll(async () => {
    const work = workspace('cjk', {})
    writeFileSync(path.join(work, 'sources/cjk-2024.txt'), report)
    const built = await buildWorkspace(work)
    expect(built.result.reports[0]!.error).toBeUndefined()
    dir = built.dir
  }, slow)

  it('comes out of the pack and the handout as the same characters', () => {
    const pack = path.join(dir, 'briefing.pdf')
    expect(pdfInfo(pack).Title).toBe('福建省政府工作报告 Fujian Government Work Report 2024')
    const text = pageTexts(pack, false).join('\n')
    for (const phrase of [
      '福建省政府工作报告',
      '全省地区生产总值',
      '一般公共预算收入',
      '5.4 trillion yuan',
    ]) {
      expect(text).toContain(phrase)
    }
    const handout = pageTexts(path.join(dir, 'handouts/01-review-of-work-during-2023.pdf'), false)
    expect(squash(handout.join(''))).toContain(squash('福建省政府工作报告：全省地区生产总值 5.4'))
  })

  it('draws distinct glyphs from an embedded font', () => {
    const pack = path.join(dir, 'briefing.pdf')
    const texts = pageTexts(pack, false)
    // The page of the section (the annotated source has the same line, but in a monospace font).
    const pageNumber =
      texts.findIndex((t) => /Source lines \d+–\d+ · \d+ figures · handout/.test(t)) + 1
    expect(pageNumber).toBeGreaterThan(0)
    // Every font on the page is embedded and maps back to Unicode; CJK glyphs need one that is not
    // a Latin Noto Sans / DejaVu subset (Chromium writes Noto Sans CJK as Type 3).
    const fonts = run('pdffonts', ['-f', String(pageNumber), '-l', String(pageNumber), pack])
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => {
        const columns = line.trim().split(/\s+/)
        return { name: columns[0]!, line, emb: columns.at(-5), uni: columns.at(-3) }
      })
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) {
      expect(font.emb, font.line).toBe('yes')
      expect(font.uni, font.line).toBe('yes')
    }
    expect(fonts.some((f) => !/NotoSans-|DejaVu/.test(f.name))).toBe(true)

    // Render the words and check each character drew something, and not the same box each time:
    // the ink of the 9 characters of 福建省政府工作报告 differs (工 has far fewer strokes than 福).
    const bbox = run('pdftotext', [
      '-bbox',
      '-f',
      String(pageNumber),
      '-l',
      String(pageNumber),
      pack,
      '-',
    ])
    const word =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">福建省政府工作报告：全省地区生产总值<\/word>/.exec(
        bbox,
      )
    expect(word, 'the Chinese bullet as one word with a position').not.toBeNull()
    const [xMin, yMin, xMax, yMax] = word!.slice(1).map(Number) as [number, number, number, number]
    const dpi = 216
    const scale = dpi / 72
    const crop = path.join(dir, 'crop')
    run('pdftoppm', [
      ...['-f', String(pageNumber), '-l', String(pageNumber), '-r', String(dpi), '-gray'],
      ...['-x', String(Math.floor(xMin * scale)), '-y', String(Math.floor(yMin * scale))],
      ...[
        '-W',
        String(Math.ceil((xMax - xMin) * scale)),
        '-H',
        String(Math.ceil((yMax - yMin) * scale)),
      ],
      ...['-singlefile', pack, crop],
    ])
    const image = readPgm(`${crop}.pgm`)
    const characters = 18 // 福建省政府工作报告 ： 全省地区生产总值
    const cell = image.width / characters
    const ink = Array.from({ length: characters }, (_, c) => {
      let dark = 0
      for (let y = 0; y < image.height; y++) {
        for (let x = Math.ceil(c * cell); x < Math.floor((c + 1) * cell); x++) {
          if (image.pixels[y * image.width + x]! < 128) dark++
        }
      }
      return dark
    })
    const glyphs = [...ink.slice(0, 9), ...ink.slice(10)]
    expect(Math.min(...glyphs), `ink per character: ${ink}`).toBeGreaterThan(20)
    expect(Math.max(...glyphs) / Math.min(...glyphs), `ink per character: ${ink}`).toBeGreaterThan(
      1.5,
    )
    expect(new Set(glyphs).size).toBeGreaterThan(10)
  })
})

function readPgm(file: string): { width: number; height: number; pixels: Uint8Array } {
  const data = readFileSync(file)
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'))
  expect(header, 'a binary PGM').not.toBeNull()
  const width = Number(header![1])
  const height = Number(header![2])
  return {
    width,
    height,
    pixels: data.subarray(header![0].length, header![0].length + width * height),
  }
}

describe('reproducible and incremental builds', () => {
  let first: Built
  let second: Built

  beforeAll(async () => {
    first = await buildSample('repro-a')
    second = await buildSample('repro-b')
  }, 2 * slow)

  it('writes byte-identical files from the same inputs in different directories', () => {
    expect(first.dir).not.toBe(second.dir)
    const files = listFiles(first.dir)
    expect(listFiles(second.dir)).toEqual(files)
    for (const kind of ['.html', '.json', '.csv', '.svg', '.pdf']) {
      expect(
        files.some((f) => f.endsWith(kind)),
        kind,
      ).toBe(true)
    }
    expect(files).toContain('manifest.json')
    for (const name of files) {
      expect(sha(path.join(second.dir, name)), name).toBe(sha(path.join(first.dir, name)))
    }
  })

  it('skips an unchanged report without launching a browser', async () => {
    const before = Object.fromEntries(
      listFiles(second.dir).map((f) => [f, sha(path.join(second.dir, f))]),
    )
    const effects = realEffects()
    const again = await buildWorkspace(second.work, {}, effects)
    expect(again.result.reports[0]).toMatchObject({ upToDate: true, written: [], printed: 0 })
    expect(effects.launches).toBe(0)
    expect(again.result.browserLaunched).toBe(false)
    expect(
      Object.fromEntries(listFiles(second.dir).map((f) => [f, sha(path.join(second.dir, f))])),
    ).toEqual(before)
  })

  it('restores a deleted data file without launching a browser', async () => {
    rmSync(path.join(second.dir, 'dataset.csv'))
    const effects = realEffects()
    const repaired = (await buildWorkspace(second.work, {}, effects)).result
    expect(repaired.reports[0]).toMatchObject({ upToDate: false, written: ['dataset.csv'] })
    expect(repaired.reports[0]!.printed).toBe(0)
    expect(effects.launches).toBe(0)
  })

  it(
    'reprints only the handouts when layouts/handout.hbs changes, only the pack for layouts/pack.hbs',
    async () => {
      const templates = path.join(second.work, 'templates')
      mkdirSync(path.join(templates, 'layouts'), { recursive: true })
      const layout = (name: string) =>
        readFileSync(path.join(root, 'templates/layouts', name), 'utf8')
      const pack = path.join(second.dir, 'briefing.pdf')
      const packSha = sha(pack)
      const packTime = statSync(pack).mtimeMs

      writeFileSync(
        path.join(templates, 'layouts/handout.hbs'),
        layout('handout.hbs').replace('full briefing pack</a>', 'full briefing pack</a> (revised)'),
      )
      const handoutEffects = realEffects()
      const handouts = (await buildWorkspace(second.work, { templates }, handoutEffects)).result
        .reports[0]!
      expect(handoutEffects.launches).toBe(1)
      expect(handouts.printed).toBe(16)
      expect(handouts.written.filter((f) => f.endsWith('.pdf'))).toHaveLength(16)
      expect(handouts.written.every((f) => f.startsWith('handouts/'))).toBe(true)
      expect(handouts.written).not.toContain('briefing.pdf')
      expect(handouts.unchanged).toEqual(expect.arrayContaining(['briefing.pdf', 'index.html']))
      expect(sha(pack)).toBe(packSha)
      expect(statSync(pack).mtimeMs).toBe(packTime)
      const handoutPdfs = handouts.written.filter((f) => f.endsWith('.pdf'))
      for (const name of handoutPdfs) {
        expect(pageTexts(path.join(second.dir, name)).join(''), name).toContain('(revised)')
      }

      const handoutShas = Object.fromEntries(
        listFiles(second.dir)
          .filter((f) => f.startsWith('handouts/'))
          .map((f) => [f, sha(path.join(second.dir, f))]),
      )
      writeFileSync(
        path.join(templates, 'layouts/pack.hbs'),
        layout('pack.hbs').replace('>Contents</h2>', '>Contents (revised)</h2>'),
      )
      const packEffects = realEffects()
      const packed = (await buildWorkspace(second.work, { templates }, packEffects)).result
        .reports[0]!
      expect(packEffects.launches).toBe(1)
      expect(packed.printed).toBe(1)
      expect([...packed.written].sort()).toEqual(['briefing.pdf', 'index.html'])
      expect(pageTexts(pack).join('')).toContain('Contents (revised)')
      for (const [name, digest] of Object.entries(handoutShas)) {
        expect(sha(path.join(second.dir, name)), name).toBe(digest)
      }
    },
    slow,
  )
})
