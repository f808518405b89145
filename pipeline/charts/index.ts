import type { Dataset, IndicatorRecord } from '../extract/index.js'
import { type ChartDraft, finishChart } from './frame.js'
import { growthChart, sectionPercentChart } from './percent.js'
import { sectionsChart } from './sections.js'
import { targetsChart } from './targets.js'

/** A chart of a report's figures: its Vega-Lite spec and that spec drawn as SVG. */
export interface Chart {
  /** File-name safe, e.g. 'targets-vs-actuals'. */
  id: string
  title: string
  /** What the chart shows, with the key numbers, for readers who cannot see it. */
  description: string
  /** A Vega-Lite v6 spec, JSON-serialisable, `$schema` set, data inlined. */
  spec: Record<string, unknown>
  /** The chart as SVG; the same bytes on every run. */
  svg: string
  /** Ids of the records it shows. */
  recordIds: string[]
  /** First and last source line of those records. */
  sourceLines: [number, number]
}

export interface ChartOptions {
  reportTitle: string
  /** Link for a record (e.g. '#src-L13' or '../index.html#src-L13'); marks link to it via Vega's href channel. */
  href: (record: IndicatorRecord) => string
}

/**
 * The charts of a report: 'targets-vs-actuals' (plan-year targets against reviewed-year results),
 * 'growth-rates' (the reviewed year's growth rates) and 'figures-per-section'. A chart without
 * data is left out.
 */
export async function buildCharts(dataset: Dataset, options: ChartOptions): Promise<Chart[]> {
  const drafts = [
    targetsChart(dataset, options),
    growthChart(dataset, options),
    sectionsChart(dataset, options),
  ]
  return finishAll(drafts, options)
}

/** A chart of a section's growth rates, or null when it has fewer than two. */
export async function sectionChart(
  _dataset: Dataset,
  records: IndicatorRecord[],
  id: string,
  sectionTitle: string,
  options: ChartOptions,
): Promise<Chart | null> {
  const draft = sectionPercentChart(records, id, sectionTitle, options)
  if (draft === null) return null
  const [chart] = await finishAll([draft], options)
  return chart ?? null
}

async function finishAll(
  drafts: Array<ChartDraft | null>,
  options: ChartOptions,
): Promise<Chart[]> {
  const charts: Chart[] = []
  // Note: one at a time, as Vega numbers SVG definitions with a counter shared by all views.
  for (const draft of drafts)
    if (draft !== null) charts.push(await finishChart(draft, options.reportTitle))
  return charts
}
