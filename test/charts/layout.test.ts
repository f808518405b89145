import path from 'node:path'
import type { View } from 'vega'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Chart, buildCharts, sectionChart } from '../../pipeline/charts/index.js'
import { chartView } from '../../pipeline/charts/render.js'
import { PAGE_WIDTH } from '../../pipeline/charts/theme.js'
import { type Dataset, extractIndicators } from '../../pipeline/extract/index.js'
import { parseReport } from '../../pipeline/parse/index.js'
import { readSource } from '../../pipeline/source.js'

const root = path.resolve(import.meta.dirname, '../..')
const files = [
  'sources/fujian-2024.txt',
  'test/fixtures/reports/crlf-tabs-2020.txt',
  'test/fixtures/reports/footnotes-2021.txt',
  'test/fixtures/reports/mixed-2018.txt',
  'test/fixtures/reports/per-line-2019.txt',
  'test/fixtures/reports/prose-2022.txt',
  'test/fixtures/reports/squares-2025.txt',
]

interface Box {
  what: string
  x1: number
  y1: number
  x2: number
  y2: number
}

interface SceneItem {
  x?: number
  y?: number
  text?: string | string[]
  opacity?: number
  bounds: { x1: number; y1: number; x2: number; y2: number }
  items?: SceneMark[]
}
interface SceneMark {
  marktype: string
  role: string
  items: SceneItem[]
}

/** Text and bar boxes in SVG coordinates, from the laid-out scenegraph. */
function boxes(view: View): { texts: Box[]; bars: Box[] } {
  const texts: Box[] = []
  const bars: Box[] = []
  const visit = (mark: SceneMark, dx: number, dy: number) => {
    for (const item of mark.items) {
      const box = (what: string): Box => ({
        what,
        x1: item.bounds.x1 + dx,
        y1: item.bounds.y1 + dy,
        x2: item.bounds.x2 + dx,
        y2: item.bounds.y2 + dy,
      })
      const text = [item.text ?? ''].flat().join(' ').trim()
      if (mark.marktype === 'text' && item.opacity !== 0 && text !== '')
        texts.push(box(`${mark.role} “${text}”`))
      if (mark.marktype === 'rect' && mark.role === 'mark') bars.push(box('bar'))
      if (mark.marktype === 'group')
        for (const child of item.items ?? []) visit(child, dx + (item.x ?? 0), dy + (item.y ?? 0))
    }
  }
  const [x, y] = view.origin()
  visit((view.scenegraph() as unknown as { root: SceneMark }).root, x, y)
  return { texts, bars }
}

function overlap(a: Box, b: Box, tolerance = 0.5): boolean {
  return (
    a.x1 < b.x2 - tolerance &&
    b.x1 < a.x2 - tolerance &&
    a.y1 < b.y2 - tolerance &&
    b.y1 < a.y2 - tolerance
  )
}

/** Everything wrong with where the text of a chart lands: clipped, overlapping, over bars. */
async function layoutProblems(spec: Record<string, unknown>): Promise<string[]> {
  const { view } = await chartView(spec)
  const svg = await view.toSVG()
  view.finalize()
  const [, width, height] = /^<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number)
  const { texts, bars } = boxes(view)
  const problems: string[] = []
  for (const [i, a] of texts.entries()) {
    if (a.x1 < 0 || a.y1 < 0 || a.x2 > width! || a.y2 > height!)
      problems.push(`${a.what} is clipped: ${JSON.stringify(a)} outside ${width}×${height}`)
    for (const b of texts.slice(i + 1))
      if (overlap(a, b)) problems.push(`${a.what} overlaps ${b.what}`)
    for (const bar of bars) if (overlap(a, bar)) problems.push(`${a.what} overlaps a bar`)
  }
  if (width! > PAGE_WIDTH) problems.push(`${width}px is wider than the page column`)
  return problems
}

const charts = new Map<string, Chart[]>()

beforeAll(async () => {
  for (const file of files) {
    const source = await readSource(file, root)
    const data: Dataset = extractIndicators(parseReport(source), source)
    const options = {
      reportTitle: data.source.title ?? file,
      href: (r: { position: { start: { line: number } } }) => `#src-L${r.position.start.line}`,
    }
    const list = await buildCharts(data, options)
    // And a chart for every section with percent figures.
    const sections = new Map<string, Dataset['indicators']>()
    for (const r of data.indicators)
      sections.set(r.section.join('\n'), [...(sections.get(r.section.join('\n')) ?? []), r])
    let n = 0
    for (const [key, records] of sections) {
      const title = key.split('\n').at(-1) ?? 'Section'
      const chart = await sectionChart(data, records, `section-${++n}`, title, options)
      if (chart) list.push(chart)
    }
    charts.set(path.basename(file, '.txt'), list)
  }
})

describe('chart layout', () => {
  it.each(files.map((f) => path.basename(f, '.txt')))(
    '%s: no text clipped, overlapping text or bars, within the page column',
    async (name) => {
      const list = charts.get(name)!
      expect(list.length).toBeGreaterThanOrEqual(3)
      for (const chart of list) expect(await layoutProblems(chart.spec), chart.id).toEqual([])
    },
  )

  it('the check finds overlapping and clipped labels', async () => {
    const growth = charts.get('fujian-2024')!.find((c) => c.id === 'growth-rates')!
    const cramped = structuredClone(growth.spec)
    cramped.height = { step: 8 }
    expect((await layoutProblems(cramped)).join('\n')).toMatch(/axis-label .* overlaps/)

    // Fixed size instead of growing the canvas to fit: the labels no longer fit.
    const narrow = structuredClone(growth.spec)
    narrow.autosize = { type: 'none' }
    const layers = narrow.layer as Array<{ encoding?: { y?: { axis?: Record<string, unknown> } } }>
    for (const layer of layers) {
      const axis = layer.encoding?.y?.axis
      if (axis) Object.assign(axis, { minExtent: 40, maxExtent: 40 })
    }
    expect((await layoutProblems(narrow)).join('\n')).toMatch(/is clipped/)
  })

  it('labels at the ends of bars stay inside the plot, also for decreases', async () => {
    const growth = charts.get('footnotes-2021')!.find((c) => c.id === 'growth-rates')!
    const { view } = await chartView(growth.spec)
    const { texts } = boxes(view)
    const [x] = view.origin()
    const values = texts.filter((t) => t.what.startsWith('mark '))
    expect(values.some((t) => t.what.includes('\u2212'))).toBe(true)
    for (const t of values) {
      expect(t.x1).toBeGreaterThanOrEqual(x)
      expect(t.x2).toBeLessThanOrEqual(x + view.width() + 0.5)
    }
    view.finalize()
  })
})
