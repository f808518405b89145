import type { IndicatorRecord } from '../extract/index.js'
import type { Chart } from './index.js'
import { lineSpan, sourceText } from './labels.js'
import { renderSvg } from './render.js'
import { wrapText } from './text.js'
import { PADDING, PAGE_WIDTH, SIZE, chartConfig } from './theme.js'

/** A chart before framing and rendering: its view and the records it shows. */
export interface ChartDraft {
  id: string
  title: string
  description: string
  /** A Vega-Lite view (unit, layer or concat) without title, description or config. */
  view: Record<string, unknown>
  records: IndicatorRecord[]
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json'

/** Frame a draft (title, source line, description, config) and render it. */
export async function finishChart(draft: ChartDraft, reportTitle: string): Promise<Chart> {
  const sourceLines = lineSpan(draft.records)
  const width = PAGE_WIDTH - 2 * PADDING
  const title = wrapText(draft.title, width, { fontSize: SIZE.title, bold: true })
  const subtitle = wrapText(sourceText(reportTitle, sourceLines), width, {
    fontSize: SIZE.subtitle,
  })
  const spec = {
    $schema: SCHEMA,
    description: draft.description,
    title: { text: title.length === 1 ? title[0] : title, subtitle },
    ...draft.view,
    config: chartConfig(),
  }
  const svg = await renderSvg(spec, draft)
  return {
    id: draft.id,
    title: draft.title,
    description: draft.description,
    spec,
    svg,
    recordIds: [...new Set(draft.records.map((r) => r.id))],
    sourceLines,
  }
}
