import type { Dataset, IndicatorRecord } from '../extract/index.js'
import { type Bar, barView, labelColumn, plotWidth } from './bars.js'
import type { ChartDraft } from './frame.js'
import type { ChartOptions } from './index.js'
import {
  commonPeriod,
  formatNumber,
  formatPeriod,
  recordLabel,
  seriesName,
  uniqueLabels,
  valueText,
} from './labels.js'
import { COLOURS } from './theme.js'

/** One bar of a percent chart: a record, or the two ends of a range ("5%–6%") as one. */
interface Row {
  records: IndicatorRecord[]
  label: string
  line: number
  kind: 'actual' | 'target'
  period: string | null
  value: number
  text: string
}

/** The reviewed year's growth rates, highest first; decreases to the left of zero. */
export function growthChart(dataset: Dataset, options: ChartOptions): ChartDraft | null {
  const growth = dataset.indicators.filter(
    (r) => r.kind === 'actual' && r.change !== null && r.changeUnit === '%',
  )
  // Rates over several years ("8.5% a year in 2013–2017") are not the reviewed year's.
  const period = commonPeriod(growth.map((r) => r.period))
  const records = growth.filter((r) => formatPeriod(r.period) === period)
  if (records.length === 0) return null
  const title = period ? `Growth rates reported for ${period}` : 'Growth rates reported'
  return percentChart('growth-rates', title, rowsOf(records), options)
}

/**
 * A section's growth rates, null when it has fewer than two. Note: shares and rates of one
 * section have different bases ("94% of enterprises", "82% of townships"), so they are not put
 * side by side on one axis.
 */
export function sectionPercentChart(
  records: IndicatorRecord[],
  id: string,
  sectionTitle: string,
  options: ChartOptions,
): ChartDraft | null {
  const growth = records.filter((r) => r.change !== null && r.changeUnit === '%')
  const rows = rowsOf(growth)
  if (rows.length < 2) return null
  const title = `${sectionTitle.replace(/[.:：;。]+$/, '')}: growth rates`
  return percentChart(id, title, rows, options)
}

function percentChart(id: string, title: string, rows: Row[], options: ChartOptions): ChartDraft {
  const kinds = (['actual', 'target'] as const).filter((k) => rows.some((r) => r.kind === k))
  const periods = Object.fromEntries(
    kinds.map((k) => [k, commonPeriod(rows.filter((r) => r.kind === k).map((r) => r.period))]),
  ) as Record<'actual' | 'target', string | null>
  const series = kinds.map((kind) => ({
    kind,
    name: seriesName(kind, periods[kind]),
    fill: kind === 'actual' ? COLOURS.actual : COLOURS.target,
  }))
  // A figure for another period than most of its kind says so in its label.
  const labelled = uniqueLabels(
    rows.map((row) => {
      const other = row.period !== null && row.period !== periods[row.kind]
      return { ...row, label: other ? `${row.label} (${row.period})` : row.label }
    }),
  ).sort((a, b) => b.value - a.value || a.line - b.line)

  const column = labelColumn(labelled.map((r) => r.label))
  const name = 'Growth'
  const when =
    kinds.length === 1 && kinds[0] === 'actual'
      ? periods.actual
      : series.map((s) => s.name).join(', ')
  const axisTitle = when ? `${name}, % (${when})` : `${name}, %`
  const bars: Bar[] = labelled.map((row) => {
    const s = series.find((x) => x.kind === row.kind)!
    return {
      ids: row.records.map((r) => r.id).join(' '),
      category: row.label,
      series: s.name,
      value: row.value,
      text: row.text,
      href: options.href(row.records[0]!),
      description: `${row.label}: ${row.text} (${s.name}, line ${row.line})`,
    }
  })
  const view = barView(
    { bars, categories: labelled.map((r) => r.label), series, axisTitle, layout: 'single' },
    column,
    plotWidth(column),
    series.length > 1,
  )
  const items = labelled.map((r) => `${r.label} ${r.text}`).join('; ')
  return {
    id,
    title,
    description: `Bar chart: ${title}. ${axisTitle}, highest first: ${items}.`,
    view,
    records: labelled.flatMap((r) => r.records),
  }
}

/** Rows of records, with the two ends of a range ("between 5% and 6%") drawn as one bar. */
function rowsOf(records: IndicatorRecord[]): Row[] {
  const rows: Row[] = []
  const amount = (r: IndicatorRecord) => r.change!
  // The qualifier goes with the main figure: with a growth only when there is no level.
  const qualifier = (r: IndicatorRecord) => (r.value === null ? r.qualifier : null)
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!
    const next = records[i + 1]
    const base = {
      label: recordLabel(record),
      line: record.position.start.line,
      kind: record.kind,
      period: formatPeriod(record.period),
    }
    if (isRange(record, next)) {
      const [lo, hi] = [amount(record), amount(next!)].sort((a, b) => a - b) as [number, number]
      const prefix = qualifier(record) ? `${qualifier(record)} ` : ''
      const text = `${prefix}${formatNumber(lo)}–${formatNumber(hi)}%`
      rows.push({ ...base, records: [record, next!], value: hi, text })
      i++
      continue
    }
    const text = valueText(amount(record), qualifier(record), '%')
    rows.push({ ...base, records: [record], value: amount(record), text })
  }
  return rows
}

function isRange(record: IndicatorRecord, next: IndicatorRecord | undefined): boolean {
  return (
    next !== undefined &&
    record.flags.includes('range') &&
    next.flags.includes('range') &&
    record.kind === next.kind &&
    record.quote === next.quote &&
    record.indicator === next.indicator
  )
}
