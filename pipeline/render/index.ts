import type { Root } from 'mdast'
import type { Dataset, IndicatorRecord } from '../extract/index.js'
import type { Furniture, ReportMeta } from '../parse/index.js'
import { annotateSource } from './appendix.js'
import { nodesToHtml } from './markup.js'
import { type Unit, splitUnits, textOf } from './sections.js'
import type { Theme } from './templates.js'

export { splitUnits, type Unit } from './sections.js'
export { compileTheme, loadTheme, type Theme, type TemplateFile } from './templates.js'

/** A chart as the render stage needs it (the charts stage makes them). */
export interface ChartView {
  id: string
  title: string
  description: string
  svg: string
  sourceLines: [number, number]
}

/** Everything a page is made from. */
export interface RenderInput {
  tree: Root
  source: string
  sourceName: string
  meta: ReportMeta
  furniture: Furniture[]
  dataset: Dataset
  charts: ChartView[]
  /** Charts of single units, by unit index. */
  unitCharts: Map<number, ChartView>
  /** Readable labels of canonical indicator ids. */
  labels: Map<string, string>
  generator: string
  /** Build date (from SOURCE_DATE_EPOCH), ISO. */
  buildDate: string
}

const figureAnchor = (record: IndicatorRecord) => `fig-${record.id}`

/** The pack's page: cover, key figures, charts, sections, indicator table, source appendix. */
export function renderPack(theme: Theme, input: RenderInput, units: readonly Unit[]): string {
  const href = (record: IndicatorRecord) => `#${figureAnchor(record)}`
  return theme.render('pack', {
    ...common(input),
    keyFigures: keyFigures(input, href),
    charts: input.charts.map(chartModel),
    sections: units.map((unit) => unitModel(input, unit, href, 3)),
    table: input.dataset.indicators.map((r) => rowModel(input, r, href)),
    appendix: annotateSource(input.source, input.dataset.indicators, input.furniture),
    handouts: units.map((u) => ({ href: handoutPath(u), title: u.title, index: u.index })),
  })
}

/** A standalone handout of one unit; figures link into the pack's source appendix. */
export function renderHandout(theme: Theme, input: RenderInput, unit: Unit): string {
  const href = (record: IndicatorRecord) => `../index.html#${figureAnchor(record)}`
  const chart = input.unitCharts.get(unit.index)
  return theme.render('handout', {
    ...common(input),
    // The handout's own h2 ("Text") heads the section text, whose headings start one level below.
    unit: unitModel(input, unit, href, 3),
    keyFigures: handoutFigures(unit).map((r) => cardModel(input, r, href)),
    charts: chart ? [chartModel(chart)] : [],
    table: unit.records.map((r) => rowModel(input, r, href)),
    packHref: '../index.html',
  })
}

/** `handouts/<nn>-<slug>.html` (relative to the report's output directory). */
export function handoutPath(unit: Unit, extension = 'html'): string {
  return `handouts/${String(unit.index).padStart(2, '0')}-${unit.slug}.${extension}`
}

/** Units of a report tree (the sections a pack has parts and handouts for). */
export function reportUnits(input: Pick<RenderInput, 'tree' | 'dataset'>): Unit[] {
  return splitUnits(input.tree, input.dataset.indicators)
}

function common(input: RenderInput) {
  const lines =
    input.source.split(/\r\n|\r|\n/).length - (/(\r\n|\r|\n)$/.test(input.source) ? 1 : 0)
  return {
    lang: 'en',
    title: input.meta.title ?? input.sourceName,
    meta: input.meta,
    sourceName: input.sourceName,
    sourceSha: input.dataset.source.sha256,
    sourceLines: lines,
    figureCount: input.dataset.indicators.length,
    generator: input.generator,
    buildDate: input.buildDate.slice(0, 10),
  }
}

function keyFigures(input: RenderInput, href: (r: IndicatorRecord) => string) {
  const { indicators, comparisons } = input.dataset
  // Headline figures: the canonical indicators reported first, once each, preferring the review.
  const seen = new Set<string>()
  const cards = []
  for (const record of indicators) {
    if (record.kind !== 'actual' || record.indicator === null || seen.has(record.indicator))
      continue
    seen.add(record.indicator)
    cards.push(
      cardModel(input, record, href, comparisons.find((c) => c.actual.id === record.id)?.target),
    )
    if (cards.length === 8) break
  }
  return cards
}

/** A handout's key figures: canonical indicators first, then figures with a short subject. */
function handoutFigures(unit: Unit): IndicatorRecord[] {
  const named = unit.records.filter((r) => r.indicator !== null)
  const short = unit.records.filter(
    (r) => r.indicator === null && r.subject.length >= 4 && r.subject.length <= 48,
  )
  return [...named, ...short].slice(0, 8)
}

function cardModel(
  input: RenderInput,
  record: IndicatorRecord,
  href: (r: IndicatorRecord) => string,
  target?: Dataset['comparisons'][number]['target'],
) {
  return {
    label: (record.indicator && input.labels.get(record.indicator)) ?? capitalise(record.subject),
    record,
    href: href(record),
    line: record.number.position.start.line,
    target: target
      ? { ...target, href: href(input.dataset.indicators.find((r) => r.id === target.id)!) }
      : null,
  }
}

function rowModel(
  input: RenderInput,
  record: IndicatorRecord,
  href: (r: IndicatorRecord) => string,
) {
  return {
    record,
    href: href(record),
    line: record.number.position.start.line,
    indicatorLabel: record.indicator
      ? (input.labels.get(record.indicator) ?? record.indicator)
      : '',
    section: record.section.at(-1) ?? '',
    flags: record.flags.join(', '),
  }
}

function unitModel(
  input: RenderInput,
  unit: Unit,
  href: (r: IndicatorRecord) => string,
  htmlTop: number,
) {
  const depths = unit.nodes
    .filter((n) => n.type === 'heading')
    .map((n) => (n.type === 'heading' ? n.depth : 6))
  const topDepth = depths.length > 0 ? Math.min(...depths) : unit.heading.depth + 1
  return {
    index: unit.index,
    id: `section-${String(unit.index).padStart(2, '0')}-${unit.slug}`,
    title: unit.title,
    context: unit.context,
    kind: unit.kind,
    numbering: unit.heading.data?.numbering ?? null,
    html: nodesToHtml(unit.nodes, input.source, unit.records, href, { topDepth, htmlTop }),
    handoutHref: handoutPath(unit),
    figureCount: unit.records.length,
    lines: [unit.heading.position?.start.line ?? 1, lastLine(unit)],
    headingText: textOf(unit.heading),
  }
}

function lastLine(unit: Unit): number {
  const last = unit.nodes.at(-1) ?? unit.heading
  return last.position?.end.line ?? 1
}

function chartModel(chart: ChartView) {
  return { ...chart, file: `charts/${chart.id}.svg`, spec: `charts/${chart.id}.vl.json` }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
