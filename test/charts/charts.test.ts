import path from 'node:path'
import * as vega from 'vega'
import * as vegaLite from 'vega-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Dataset, extractIndicators } from '../../pipeline/extract/index.js'
import { parseReport } from '../../pipeline/parse/index.js'
import { readSource } from '../../pipeline/source.js'
import {
  type Chart,
  type ChartOptions,
  buildCharts,
  sectionChart,
} from '../../pipeline/charts/index.js'
import { escapeXml } from '../../pipeline/charts/render.js'

const root = path.resolve(import.meta.dirname, '../..')
const reports = {
  'fujian-2024': 'sources/fujian-2024.txt',
  'footnotes-2021': 'test/fixtures/reports/footnotes-2021.txt',
  'mixed-2018': 'test/fixtures/reports/mixed-2018.txt',
  'squares-2025': 'test/fixtures/reports/squares-2025.txt',
}

async function dataset(file: string): Promise<Dataset> {
  const source = await readSource(file, root)
  return extractIndicators(parseReport(source), source)
}

function optionsFor(data: Dataset): ChartOptions {
  return {
    reportTitle: data.source.title ?? 'Report',
    href: (record) => `../index.html#src-L${record.position.start.line}`,
  }
}

/** Every value of a key anywhere in a spec. */
function valuesOf(spec: unknown, key: string): unknown[] {
  if (Array.isArray(spec)) return spec.flatMap((s) => valuesOf(s, key))
  if (spec === null || typeof spec !== 'object') return []
  return Object.entries(spec).flatMap(([k, v]) => [...(k === key ? [v] : []), ...valuesOf(v, key)])
}

/** The data rows of the bars: rows with a link. */
function barRows(spec: Record<string, unknown>): Array<Record<string, unknown>> {
  return (valuesOf(spec, 'values') as unknown[][])
    .flat()
    .filter((row): row is Record<string, unknown> => typeof row === 'object' && 'href' in row!)
}

interface FramedSpec {
  $schema: string
  description: string
  title: { text: string | string[]; subtitle: string[] }
}

const built = new Map<string, { data: Dataset; charts: Chart[] }>()

beforeAll(async () => {
  for (const [name, file] of Object.entries(reports)) {
    const data = await dataset(file)
    built.set(name, { data, charts: await buildCharts(data, optionsFor(data)) })
  }
})

describe('buildCharts', () => {
  it('gives the sample report all three charts', () => {
    expect(built.get('fujian-2024')!.charts.map((c) => c.id)).toEqual([
      'targets-vs-actuals',
      'growth-rates',
      'figures-per-section',
    ])
  })

  it('takes periods from the data', () => {
    const titles = (name: string) => built.get(name)!.charts.map((c) => c.title)
    expect(titles('fujian-2024')).toContain('2024 targets against 2023 results')
    expect(titles('fujian-2024')).toContain('Growth rates reported for 2023')
    expect(titles('squares-2025')).toContain('2025 targets against 2024 results')
    expect(titles('mixed-2018')).toContain('Growth rates reported for 2017')
    const growth = built.get('fujian-2024')!.charts.find((c) => c.id === 'growth-rates')!
    expect(valuesOf(growth.spec, 'title')).toContain('Growth, % (2023)')
  })

  describe.each(Object.keys(reports))('%s', (name) => {
    const get = () => built.get(name)!

    it('frames every chart: title, source line, description, axis titles, schema', () => {
      const { data, charts } = get()
      expect(charts.length).toBeGreaterThanOrEqual(3)
      for (const chart of charts) {
        const spec = chart.spec as unknown as FramedSpec
        expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json')
        expect(chart.title).not.toBe('')
        expect(spec.description).toBe(chart.description)
        expect(chart.description).toMatch(/\d/)
        const subtitle = [spec.title.subtitle].flat().join(' ')
        const [first, last] = chart.sourceLines
        const lines = first === last ? `line ${first}` : `lines ${first}–${last}`
        expect(subtitle).toBe(`Source: ${data.source.title}, ${lines}`)
        // Each value axis has a title with a unit.
        const xTitles = valuesOf(spec, 'x')
          .map((x) => (x as { title?: unknown }).title)
          .filter((t) => t !== undefined)
        expect(xTitles.length).toBeGreaterThan(0)
        for (const title of xTitles) expect(title).toMatch(/%|[a-z]{3,}/i)
        expect(JSON.parse(JSON.stringify(spec))).toEqual(spec)
      }
    })

    it('compiles every spec with Vega-Lite without warnings', () => {
      for (const chart of get().charts) {
        const warnings: string[] = []
        const logger = vega.logger(
          vega.Warn,
          undefined,
          (_m: string, level: string, input: unknown[]) =>
            warnings.push(`${level} ${input.join(' ')}`),
        )
        vegaLite.compile(chart.spec as unknown as vegaLite.TopLevelSpec, { logger })
        expect(warnings, chart.id).toEqual([])
      }
    })

    it('renders accessible SVG with a link on every bar', () => {
      for (const chart of get().charts) {
        expect(chart.svg.startsWith('<svg ')).toBe(true)
        expect(chart.svg.trimEnd().endsWith('</svg>')).toBe(true)
        expect(chart.svg).toMatch(/^<svg [^>]*role="graphics-document document"/)
        expect(chart.svg).toMatch(/^<svg [^>]*aria-label="[^"]+"/)
        expect(chart.svg).toContain(`>${escapeXml(chart.title)}</title>`)
        expect(chart.svg).toContain(`>${escapeXml(chart.description)}</desc>`)
        expect(chart.svg).not.toMatch(/NaN|undefined/)
        const rows = barRows(chart.spec)
        expect(rows.length).toBeGreaterThan(0)
        expect(chart.svg.match(/<a xlink:href="/g)?.length).toBe(rows.length)
        for (const row of rows) expect(chart.svg).toContain(`<a xlink:href="${row.href}">`)
      }
    })

    it('lists the records it shows and their source lines', () => {
      const { data, charts } = get()
      const byId = new Map(data.indicators.map((r) => [r.id, r]))
      for (const chart of charts) {
        const records = chart.recordIds.map((id) => byId.get(id)!)
        expect(records.every(Boolean)).toBe(true)
        expect(chart.sourceLines).toEqual([
          Math.min(...records.map((r) => r.position.start.line)),
          Math.max(...records.map((r) => r.position.end.line)),
        ])
        const shown = barRows(chart.spec).flatMap((row) => String(row.ids).split(' '))
        for (const id of shown) expect(chart.recordIds).toContain(id)
      }
    })
  })

  it('renders the same bytes every time', async () => {
    const { data, charts } = built.get('fujian-2024')!
    const again = await buildCharts(data, optionsFor(data))
    expect(again.map((c) => c.svg)).toEqual(charts.map((c) => c.svg))
    expect(JSON.stringify(again.map((c) => c.spec))).toBe(JSON.stringify(charts.map((c) => c.spec)))
  })

  it('leaves out charts without data', async () => {
    const { data } = built.get('fujian-2024')!
    const reviewOnly = { ...data, comparisons: [] }
    expect((await buildCharts(reviewOnly, optionsFor(data))).map((c) => c.id)).toEqual([
      'growth-rates',
      'figures-per-section',
    ])
    const levelsOnly = {
      ...data,
      indicators: data.indicators.filter((r) => r.change === null),
      comparisons: [],
    }
    expect((await buildCharts(levelsOnly, optionsFor(data))).map((c) => c.id)).toEqual([
      'figures-per-section',
    ])
    expect(
      await buildCharts({ ...data, indicators: [], comparisons: [] }, optionsFor(data)),
    ).toEqual([])
  })

  it('shows a decrease to the left of zero with a minus sign', () => {
    const growth = built.get('fujian-2024')!.charts.find((c) => c.id === 'growth-rates')!
    const rows = barRows(growth.spec)
    const imports = rows.find((r) => r.category === 'Imports and exports')!
    expect(imports).toMatchObject({ value: -0.2, text: '\u22120.2%' })
    // Sorted by value, highest first.
    const values = rows.map((r) => r.value as number)
    expect(values).toEqual([...values].sort((a, b) => b - a))
    const [lo] = valuesOf(growth.spec, 'domain')[0] as [number, number]
    expect(lo).toBeLessThan(-0.2)
  })
})

describe('sectionChart', () => {
  it('charts a section with two or more growth rates', async () => {
    const { data } = built.get('fujian-2024')!
    const review = data.indicators.filter((r) => r.section[0] === 'Review of Work During 2023')
    const chart = await sectionChart(
      data,
      review,
      'review-2023',
      'Review of Work During 2023',
      optionsFor(data),
    )
    expect(chart).not.toBeNull()
    expect(chart!.id).toBe('review-2023')
    expect(chart!.title).toBe('Review of Work During 2023: growth rates')
    expect(valuesOf(chart!.spec, 'title')).toContain('Growth, % (2023)')
    expect(barRows(chart!.spec)).toHaveLength(8)
    expect(chart!.svg).toContain('xlink:href="../index.html#src-L13"')
  })

  it('does not put shares with different bases on one axis', async () => {
    const { data } = built.get('fujian-2024')!
    const topic = 'Industrial upgrading made swift and steady progress.'
    const records = data.indicators.filter((r) => r.section.at(-1) === topic)
    // Five shares ("28.3% of industrial enterprises", "32% of GRP", …) and no growth rate.
    expect(records.filter((r) => r.unit === '%').length).toBeGreaterThanOrEqual(2)
    expect(await sectionChart(data, records, 'industry', topic, optionsFor(data))).toBeNull()
  })

  it('draws the two ends of a range target as one bar', async () => {
    const { data } = built.get('footnotes-2021')!
    const records = data.indicators.filter((r) => r.section[0] === 'Main Targets for 2021')
    const chart = await sectionChart(
      data,
      records,
      'targets',
      'Main Targets for 2021',
      optionsFor(data),
    )
    const rows = barRows(chart!.spec)
    expect(rows.find((r) => r.category === 'Fixed asset investment')).toMatchObject({
      value: 6,
      text: '5–6%',
    })
    expect(valuesOf(chart!.spec, 'title')).toContain('Growth, % (2021 target)')
  })

  it('gives null for a section with fewer than two percent figures', async () => {
    const { data } = built.get('fujian-2024')!
    const one = data.indicators.filter((r) => r.changeUnit === '%').slice(0, 1)
    expect(await sectionChart(data, one, 'one', 'One', optionsFor(data))).toBeNull()
    expect(await sectionChart(data, [], 'none', 'None', optionsFor(data))).toBeNull()
  })
})
