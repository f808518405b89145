import type { Comparison, Dataset, IndicatorRecord } from '../extract/index.js'
import { type Bar, barView, labelColumn, plotWidth } from './bars.js'
import type { ChartDraft } from './frame.js'
import type { ChartOptions } from './index.js'
import {
  capitalise,
  commonPeriod,
  formatPeriod,
  indicatorLabel,
  seriesName,
  valueText,
} from './labels.js'
import { COLOURS } from './theme.js'

/** A comparison drawn as two bars on one axis: the measure names the axis, units included. */
interface Pair {
  label: string
  actual: IndicatorRecord
  target: IndicatorRecord
  measure: string
  rank: number
  values: [number, number]
  unit: string
}

/**
 * Plan-year targets against reviewed-year results for the headline indicators the report gives
 * both of: growth against growth, level against level, one panel per measure and unit so that
 * a growth rate never shares an axis with a rate or a count.
 */
export function targetsChart(dataset: Dataset, options: ChartOptions): ChartDraft | null {
  const byId = new Map(dataset.indicators.map((r) => [r.id, r]))
  const pairs = dataset.comparisons.flatMap((c) => pairOf(c, byId) ?? [])
  if (pairs.length === 0) return null

  const periods = {
    actual: commonPeriod(pairs.map((p) => p.actual.period)),
    target: commonPeriod(pairs.map((p) => p.target.period)),
  }
  const series = [
    { name: seriesName('actual', periods.actual), fill: COLOURS.actual },
    { name: seriesName('target', periods.target), fill: COLOURS.target },
  ]
  const measures = [...new Map(pairs.map((p) => [p.measure, p.rank]))]
    .sort((a, b) => a[1] - b[1])
    .map(([measure]) => measure)
  const column = labelColumn(pairs.map((p) => p.label))
  const width = plotWidth(column)

  const text = (pair: Pair, kind: 'actual' | 'target') => {
    const record = pair[kind]
    const value = pair.values[kind === 'actual' ? 0 : 1]
    const qualifier = kind === 'target' || record.value === null ? record.qualifier : null
    const period = formatPeriod(record.period)
    const other = period !== periods[kind] && period !== null ? ` (${period})` : ''
    return `${valueText(value, qualifier, pair.unit === '%' ? '%' : '')}${other}`
  }
  const bars = (pair: Pair): Bar[] =>
    (['actual', 'target'] as const).map((kind, i) => ({
      ids: pair[kind].id,
      category: pair.label,
      series: series[i]!.name,
      value: pair.values[i]!,
      text: text(pair, kind),
      href: options.href(pair[kind]),
      description: `${pair.label}, ${series[i]!.name}: ${text(pair, kind)} (${pair.measure}; line ${pair[kind].position.start.line})`,
    }))
  const panels = measures.map((measure) => {
    const of = pairs.filter((p) => p.measure === measure)
    return barView(
      {
        bars: of.flatMap(bars),
        categories: of.map((p) => p.label),
        series,
        axisTitle: measure,
        layout: 'grouped',
      },
      column,
      width,
      true,
    )
  })
  const view =
    panels.length === 1
      ? panels[0]!
      : {
          vconcat: panels,
          resolve: { scale: { x: 'independent', y: 'independent', yOffset: 'independent' } },
        }

  const title =
    periods.actual && periods.target
      ? `${periods.target} targets against ${periods.actual} results`
      : 'Targets against results'
  const details = measures.map((measure) => {
    const of = pairs.filter((p) => p.measure === measure)
    const items = of.map((p) => `${p.label} ${text(p, 'actual')}, target ${text(p, 'target')}`)
    return `${measure}: ${items.join('; ')}.`
  })
  return {
    id: 'targets-vs-actuals',
    title,
    description: `Bar chart: ${title} for the ${pairs.length} indicators the report gives both for. ${details.join(' ')}`,
    view,
    records: pairs.flatMap((p) => [p.actual, p.target]),
  }
}

/** Growth compares with growth, a level with a level, and only in the same unit. */
function pairOf(comparison: Comparison, byId: Map<string, IndicatorRecord>): Pair | null {
  const actual = byId.get(comparison.actual.id)
  const target = byId.get(comparison.target.id)
  if (!actual || !target) return null
  const label = indicatorLabel(comparison.indicator)
  if (target.change !== null && actual.change !== null) {
    const unit = sameUnit(actual.changeUnit, target.changeUnit)
    if (unit === null) return null
    const measure = unit === '%' ? 'Growth, %' : `Increase, ${unit}`
    const rank = unit === '%' ? 0 : 1
    return { label, actual, target, measure, rank, values: [actual.change, target.change], unit }
  }
  if (target.value !== null && actual.value !== null) {
    const unit = sameUnit(actual.unit, target.unit)
    if (unit === null) return null
    const measure = unit === '%' ? 'Rate, %' : unit === '' ? 'Number' : capitalise(unit)
    const rank = unit === '%' ? 2 : 3
    return { label, actual, target, measure, rank, values: [actual.value, target.value], unit }
  }
  return null
}

/** The unit both figures are in ('' for none), or null when they differ. */
function sameUnit(a: string | null, b: string | null): string | null {
  const normal = (unit: string | null) =>
    (unit ?? '')
      .toLowerCase()
      .replace(/\b(?:metric tons?|tonnes?)\b/g, 'tons')
      .trim()
  return normal(a) === normal(b) ? normal(a) : null
}
