import { formatNumber } from './labels.js'
import { textWidth, wrapText } from './text.js'
import { COLOURS, LABEL_PADDING, MAX_LABEL_SHARE, PADDING, PAGE_WIDTH, SIZE } from './theme.js'

/** One bar: a category row, the series it belongs to, its value, the label at its end, its link. */
export interface Bar {
  /** Ids of the records the bar shows, space-separated. */
  ids: string
  category: string
  series: string
  value: number
  text: string
  href: string
  /** What a screen reader says for the bar. */
  description: string
}

export interface Series {
  name: string
  fill: string
}

/** A horizontal bar chart: categories down the left, values across. */
export interface BarPanel {
  bars: Bar[]
  /** Categories top to bottom. */
  categories: string[]
  /** Legend entries in order; one series and `single` layout draws decreases in their own colour. */
  series: Series[]
  axisTitle: string
  /** `grouped`: a bar per series side by side; `stacked`: series stacked, total labelled. */
  layout: 'single' | 'grouped' | 'stacked'
  /** Counts: whole-number ticks. */
  integer?: boolean
}

/** The wrapped category labels of a chart and the width of the column they take. */
export interface LabelColumn {
  lines: Record<string, string[]>
  width: number
}

const BAR = { single: 15, grouped: 13 }
const VALUE_GAP = 3

/** Wrap category labels into at most `maxLines` lines, within 40% of the page width. */
export function labelColumn(categories: string[], maxLines = 2): LabelColumn {
  const limit = Math.floor(PAGE_WIDTH * MAX_LABEL_SHARE)
  const lines: Record<string, string[]> = {}
  let width = 0
  for (const category of categories) {
    lines[category] = wrapText(category, limit, { fontSize: SIZE.axisLabel, maxLines })
    for (const line of lines[category]) width = Math.max(width, textWidth(line, SIZE.axisLabel))
  }
  return { lines, width: Math.ceil(width) }
}

/** The plot width left on the page next to a label column. */
export function plotWidth(column: LabelColumn): number {
  return Math.floor(PAGE_WIDTH - 2 * PADDING - column.width - LABEL_PADDING - 2)
}

/**
 * A value domain that includes zero and leaves room past each bar end for its label, so labels
 * never run off the plot. A bar at v ends at (v − lo) / (hi − lo) of the width; widening the span
 * by the widest label on each side (as a share of the width) keeps every label inside.
 */
export function domainWithRoom(
  items: Array<{ value: number; text: string }>,
  width: number,
): [number, number] {
  const room = (text: string) => (text ? textWidth(text, SIZE.value) + VALUE_GAP + 2 : 0)
  const lo0 = Math.min(0, ...items.map((i) => i.value))
  const hi0 = Math.max(0, ...items.map((i) => i.value))
  const right = Math.max(0, ...items.filter((i) => i.value >= 0).map((i) => room(i.text)))
  const left = Math.max(0, ...items.filter((i) => i.value < 0).map((i) => room(i.text)))
  const share = Math.min(0.9, (right + left) / width)
  const span = (hi0 - lo0 || 1) / (1 - share)
  return [lo0 - (left / width) * span, hi0 + (right / width) * span]
}

/** A Vega-Lite layer view of one bar panel, `width` wide, categories labelled from `column`. */
export function barView(
  panel: BarPanel,
  column: LabelColumn,
  width: number,
  legend: boolean,
): Record<string, unknown> {
  const grouped = panel.layout === 'grouped'
  const linesPerRow = Math.max(1, ...panel.categories.map((c) => column.lines[c]?.length ?? 1))
  const barsPerRow = grouped ? panel.series.length : 1
  const thickness = barsPerRow * (grouped ? BAR.grouped : BAR.single)
  const step = Math.max(linesPerRow * SIZE.lineHeight + 6, thickness + 9)
  const padding = 1 - thickness / step

  const totals = panel.layout === 'stacked' ? stackTotals(panel.bars) : panel.bars
  const domain = domainWithRoom(totals, width)
  const x = {
    field: 'value',
    type: 'quantitative',
    title: panel.axisTitle,
    stack: panel.layout === 'stacked' ? 'zero' : null,
    scale: { domain, nice: false, zero: true },
    axis: {
      grid: true,
      tickCount: 6,
      labelFlush: flushWithin(domain),
      titlePadding: 8,
      ...(panel.integer ? { tickMinStep: 1, format: 'd' } : {}),
    },
  }
  const y = {
    field: 'category',
    type: 'nominal',
    sort: panel.categories,
    scale: { paddingInner: padding, paddingOuter: padding / 2 },
    axis: categoryAxis(column, panel.categories),
  }
  const yOffset = grouped
    ? {
        yOffset: {
          field: 'series',
          type: 'nominal',
          sort: panel.series.map((s) => s.name),
          scale: { paddingInner: 0.08 },
        },
      }
    : {}
  const colour =
    panel.series.length === 1 && panel.layout === 'single'
      ? {
          condition: { test: 'datum.value < 0', value: COLOURS.negative },
          value: panel.series[0]!.fill,
        }
      : {
          field: 'series',
          type: 'nominal',
          scale: {
            domain: panel.series.map((s) => s.name),
            range: panel.series.map((s) => s.fill),
          },
          legend: legend ? {} : null,
        }
  // Light bars get a dark outline so that they stay visible on white paper and in greyscale.
  const light = panel.series.some((s) => s.fill === COLOURS.target)
  const outline = light ? { stroke: COLOURS.outline, strokeWidth: 0.75 } : {}
  const valueText = (sign: '>=' | '<') => ({
    ...(panel.layout === 'stacked' ? { data: { values: totals } } : {}),
    transform: [{ filter: `datum.value ${sign} 0` }],
    mark: {
      type: 'text',
      align: sign === '>=' ? 'left' : 'right',
      dx: sign === '>=' ? VALUE_GAP : -VALUE_GAP,
      baseline: 'middle',
      fontSize: SIZE.value,
      color: COLOURS.text,
      aria: false,
    },
    encoding: {
      x: { field: 'value', type: 'quantitative' },
      y: { field: 'category', type: 'nominal', sort: panel.categories },
      ...(panel.layout === 'stacked' ? {} : yOffset),
      text: { field: 'text' },
    },
  })

  return {
    width,
    height: { step, for: 'position' },
    data: { values: panel.bars },
    layer: [
      {
        mark: { type: 'bar', ...outline },
        encoding: {
          y,
          ...yOffset,
          x,
          color: colour,
          href: { field: 'href' },
          description: { field: 'description' },
        },
      },
      {
        data: { values: [{ value: 0 }] },
        mark: { type: 'rule', color: COLOURS.zero, strokeWidth: 1, aria: false },
        encoding: { x: { field: 'value', type: 'quantitative' } },
      },
      valueText('>='),
      valueText('<'),
    ],
  }
}

/**
 * Note: the domain need not end on a tick, so a tick label near an end could stick out of the
 * chart; Vega aligns labels within this many pixels of an end flush with it instead. Half the widest
 * tick label (ticks never exceed the domain ends) is enough.
 */
function flushWithin([lo, hi]: [number, number]): number {
  const widest = Math.max(...[lo, hi].map((v) => textWidth(formatNumber(Math.trunc(v)), SIZE.tick)))
  return Math.ceil(widest / 2) + 12
}

/** Category axis: wrapped labels centred on their row, in a column of the same width everywhere. */
function categoryAxis(column: LabelColumn, categories: string[]): Record<string, unknown> {
  const lines = Object.fromEntries(categories.map((c) => [c, column.lines[c] ?? [c]]))
  // JSON is a valid Vega expression literal, once the two line separators JSON allows are escaped.
  const literal = JSON.stringify(lines)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  const lookup = `${literal}[datum.value]`
  return {
    title: null,
    labelExpr: `${lookup} || datum.label`,
    labelFontSize: SIZE.axisLabel,
    labelLineHeight: SIZE.lineHeight,
    labelPadding: LABEL_PADDING,
    labelLimit: 0,
    labelOverlap: false,
    tickSize: 0,
    minExtent: column.width + LABEL_PADDING,
    maxExtent: column.width + LABEL_PADDING,
    // Note: Vega puts the first line of a label on the row's centre; lift longer labels by half
    // their extra lines so that the whole label is centred.
    encode: {
      labels: {
        update: {
          dy: { signal: `${-SIZE.lineHeight / 2} * (length(${lookup} || [0]) - 1)` },
        },
      },
    },
  }
}

function stackTotals(bars: Bar[]): Array<{ category: string; value: number; text: string }> {
  const totals = new Map<string, number>()
  for (const bar of bars) totals.set(bar.category, (totals.get(bar.category) ?? 0) + bar.value)
  return [...totals].map(([category, value]) => ({ category, value, text: String(value) }))
}
