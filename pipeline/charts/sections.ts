import type { Dataset, IndicatorRecord } from '../extract/index.js'
import { type Bar, barView, labelColumn, plotWidth } from './bars.js'
import type { ChartDraft } from './frame.js'
import type { ChartOptions } from './index.js'
import { commonPeriod, seriesName, uniqueLabels } from './labels.js'
import { COLOURS } from './theme.js'

interface Section {
  label: string
  line: number
  records: IndicatorRecord[]
}

/**
 * How many figures each top-level section gives, results and targets stacked, in report order.
 * A top-level section is a record's part and the numbered section under it (the first one or two
 * entries of `record.section`).
 */
export function sectionsChart(dataset: Dataset, options: ChartOptions): ChartDraft | null {
  const sections = new Map<string, Section>()
  for (const record of dataset.indicators) {
    const path = record.section.slice(0, 2)
    const key = path.join('\u0000')
    const section = sections.get(key) ?? {
      label: sectionLabel(path.at(-1)),
      line: record.position.start.line,
      records: [],
    }
    section.records.push(record)
    sections.set(key, section)
  }
  if (sections.size === 0) return null

  const rows = uniqueLabels([...sections.values()])
  const kinds = (['actual', 'target'] as const).filter((k) =>
    dataset.indicators.some((r) => r.kind === k),
  )
  const series = kinds.map((kind) => ({
    kind,
    name: seriesName(
      kind,
      commonPeriod(dataset.indicators.filter((r) => r.kind === kind).map((r) => r.period)),
    ),
    fill: kind === 'actual' ? COLOURS.actual : COLOURS.target,
  }))
  const bars: Bar[] = rows.flatMap((row) =>
    series.flatMap((s) => {
      const of = row.records.filter((r) => r.kind === s.kind)
      if (of.length === 0) return []
      const figures = of.length === 1 ? '1 figure' : `${of.length} figures`
      return [
        {
          ids: of.map((r) => r.id).join(' '),
          category: row.label,
          series: s.name,
          value: of.length,
          text: String(of.length),
          href: options.href(of[0]!),
          description: `${row.label}: ${figures}, ${s.name} (from line ${of[0]!.position.start.line})`,
        },
      ]
    }),
  )
  const column = labelColumn(
    rows.map((r) => r.label),
    3,
  )
  const view = barView(
    {
      bars,
      categories: rows.map((r) => r.label),
      series,
      axisTitle: 'Number of figures',
      layout: 'stacked',
      integer: true,
    },
    column,
    plotWidth(column),
    series.length > 1,
  )
  const title = 'Figures per section'
  const items = rows.map((row) => {
    const counts = series
      .map((s) => [s.name, row.records.filter((r) => r.kind === s.kind).length] as const)
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `${n} ${name}`)
    return `${row.label}: ${counts.join(', ')}`
  })
  return {
    id: 'figures-per-section',
    title,
    description: `Bar chart: number of figures in each of ${rows.length} sections, in report order. ${items.join('; ')}.`,
    view,
    records: dataset.indicators,
  }
}

function sectionLabel(heading: string | undefined): string {
  if (heading === undefined) return 'Before the first heading'
  return heading
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:：;。]+$/, '')
}
