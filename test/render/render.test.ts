import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractIndicators } from '../../pipeline/extract/index.js'
import {
  type RenderInput,
  loadTheme,
  renderHandout,
  renderPack,
  reportUnits,
} from '../../pipeline/render/index.js'
import { parseText } from '../helpers/parse.js'

const root = path.resolve(import.meta.dirname, '../..')
const sample = readFileSync(path.join(root, 'sources/fujian-2024.txt'), 'utf8')

function input(text: string, name = 'report.txt'): RenderInput {
  const { tree, file } = parseText(text, name)
  const dataset = extractIndicators(tree, file)
  return {
    tree,
    source: text,
    sourceName: name,
    meta: file.data.meta!,
    furniture: file.data.furniture ?? [],
    dataset,
    charts: [],
    unitCharts: new Map(),
    labels: new Map([['grp', 'Gross regional product']]),
    generator: 'briefing test',
    buildDate: '2024-03-05T00:00:00.000Z',
  }
}

describe('sections of the pack', () => {
  it('cuts the sample into the review, its six sections, the targets and the eight priorities', () => {
    const model = input(sample, 'fujian-2024.txt')
    const units = reportUnits(model)
    expect(units.map((u) => u.heading.data?.numbering ?? u.title)).toEqual([
      'Review of Work During 2023',
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'The main projected targets are as follows:',
      'First',
      'Second',
      'Third',
      'Fourth',
      'Fifth',
      'Sixth',
      'Seventh',
      'Eighth',
    ])
    expect(units[1]!.context).toEqual(['Major work and achievements in 2023'])
    expect(units.map((u) => u.slug)[1]).toBe('i-we-actively-developed-new-drivers-of')
    // Every record belongs to exactly one unit.
    expect(units.reduce((n, u) => n + u.records.length, 0)).toBe(model.dataset.indicators.length)
  })
})

describe('the pack page', () => {
  const model = input(sample, 'fujian-2024.txt')
  const units = reportUnits(model)
  const html = renderPack(loadTheme(), model, units)

  it('links every figure in the text and tables to an anchor that exists', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))
    const links = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!)
    expect(links.length).toBeGreaterThan(model.dataset.indicators.length * 2)
    expect(links.filter((l) => !ids.has(l))).toEqual([])
    for (const record of model.dataset.indicators) {
      expect(ids.has(`fig-${record.id}`)).toBe(true)
      expect(html).toContain(`href="#fig-${record.id}"`)
    }
  })

  it('is semantic: lang, one h1, headings in order, table headers', () => {
    expect(html).toMatch(/<html lang="en">/)
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]))
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1)
    expect(html).toContain('<th scope="col">Subject</th>')
  })

  it('anchors every source line', () => {
    expect(html).toContain('<li id="L1" value="1" class="furniture">')
    expect(html).toContain('id="L941"')
  })
})

describe('report text is inert', () => {
  const hostile = [
    'Work Report 2024 <script>alert(1)</script>',
    '',
    'Review of Work During 2023',
    '',
    '● GDP grew by 5% <img src=x onerror="alert(2)"> {{constructor.constructor "alert(3)"}} {{{styles}}}',
    '● Output hit 3 trillion yuan </li></ul><script>alert(4)</script>',
  ].join('\n')
  const model = input(hostile)
  const units = reportUnits(model)
  const pages = [
    renderPack(loadTheme(), model, units),
    ...units.map((u) => renderHandout(loadTheme(), model, u)),
  ]

  it('escapes markup and leaves template syntax as text', () => {
    for (const page of pages) {
      expect(page).not.toMatch(/<script[\s>]/i)
      expect(page).not.toMatch(/<img[\s>]/i)
      expect(page).toContain('{{constructor.constructor')
      expect(page).toContain('{{{styles}}}')
    }
    expect(pages[0]).toContain('<h1>Work Report 2024 &lt;script&gt;alert(1)&lt;/script&gt;</h1>')
  })
})

describe('template overrides', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefing-templates-'))
  mkdirSync(path.join(dir, 'partials'), { recursive: true })

  it('takes a partial from the override directory', () => {
    writeFileSync(
      path.join(dir, 'partials/cover.hbs'),
      '<header id="cover"><h1>Custom {{title}}</h1></header>\n',
    )
    const html = renderPack(loadTheme(dir), input(sample), [])
    expect(html).toContain('<h1>Custom Highlights of Fujian')
  })

  it('names the file and line of a syntax error', () => {
    writeFileSync(
      path.join(dir, 'partials/cover.hbs'),
      '<header>\n{{#if title}}\n<h1>{{title}</h1>\n',
    )
    expect(() => loadTheme(dir)).toThrow(
      new RegExp(`${dir}/partials/cover.hbs:3: Template syntax error`),
    )
  })

  it('names the file and line of a missing partial', () => {
    writeFileSync(
      path.join(dir, 'partials/cover.hbs'),
      '<header>\n\n{{> no-such-partial}}\n</header>\n',
    )
    expect(() => loadTheme(dir)).toThrow(
      new RegExp(`${dir}/partials/cover.hbs:3: Unknown partial \`no-such-partial\``),
    )
  })
})
