/** Presentation constants shared by every chart: one A4 column, print-friendly colours. */

/** The font list of every chart; text is measured as the widest of these would draw it. */
export const FONT = "'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif"

/** Total width of a chart: an A4 text column of 170 mm at 96 px/in. */
export const PAGE_WIDTH = 640
export const PADDING = 6

export const SIZE = {
  title: 15,
  subtitle: 11,
  axisLabel: 11,
  axisTitle: 11,
  tick: 10,
  value: 10,
  legend: 11,
  lineHeight: 13,
}

/** Space between an axis label and the plot. */
export const LABEL_PADDING = 6
/** Widest column of category labels, as a share of the page width. */
export const MAX_LABEL_SHARE = 0.4

/**
 * Note: dark blue for results and a light blue with a dark outline for targets differ in lightness
 * (about 30% against 80%), so they stay apart in greyscale print; the outline keeps light bars
 * visible on white paper. Decreases are drawn in a dark orange, also told apart by direction.
 */
export const COLOURS = {
  actual: '#1f4e79',
  target: '#a9cce3',
  outline: '#1f4e79',
  negative: '#a04000',
  text: '#1a1a1a',
  muted: '#4d4d4d',
  grid: '#dddddd',
  zero: '#333333',
}

/** The Vega-Lite `config` of every chart. */
export function chartConfig(): Record<string, unknown> {
  return {
    font: FONT,
    padding: PADDING,
    background: 'white',
    view: { stroke: null },
    title: {
      anchor: 'start',
      frame: 'bounds',
      fontSize: SIZE.title,
      fontWeight: 'bold',
      color: COLOURS.text,
      lineHeight: SIZE.title + 3,
      subtitleFontSize: SIZE.subtitle,
      subtitleColor: COLOURS.muted,
      subtitleLineHeight: SIZE.lineHeight,
      subtitlePadding: 4,
      offset: 12,
      limit: 0,
    },
    axis: {
      labelFont: FONT,
      titleFont: FONT,
      labelColor: COLOURS.text,
      titleColor: COLOURS.text,
      titleFontWeight: 'normal',
      titleFontSize: SIZE.axisTitle,
      labelFontSize: SIZE.tick,
      domain: false,
      ticks: false,
      gridColor: COLOURS.grid,
      labelLimit: 0,
    },
    legend: {
      orient: 'top',
      direction: 'horizontal',
      title: null,
      labelFontSize: SIZE.legend,
      labelColor: COLOURS.text,
      labelLimit: 0,
      symbolType: 'square',
      symbolSize: 120,
      symbolStrokeColor: COLOURS.outline,
      symbolStrokeWidth: 0.75,
      columnPadding: 16,
    },
    concat: { spacing: 14 },
    text: { fontSize: SIZE.value, color: COLOURS.text },
  }
}
