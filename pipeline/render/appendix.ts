import type { Furniture } from '../parse/index.js'
import type { IndicatorRecord } from '../extract/index.js'

/** One line of the annotated source: plain runs and highlighted figures. */
export interface SourceLineView {
  line: number
  furniture: boolean
  parts: Array<{ text: string; figure?: { id: string; title: string; aliases: string[] } }>
}

/**
 * The source as lines, with every extracted figure marked. Offsets come from the records'
 * number positions, so the marks sit exactly where the figures stand in the report.
 */
export function annotateSource(
  source: string,
  records: readonly IndicatorRecord[],
  furniture: readonly Furniture[],
): SourceLineView[] {
  // Records that share a figure (a rank and its level, say) share one mark; the others get aliases.
  // A record's change number is marked too, under the anchor `fig-<id>-change`.
  const spans = records
    .flatMap((r) => [
      { record: r, id: r.id, at: r.number.position },
      ...(r.changeNumber ? [{ record: r, id: `${r.id}-change`, at: r.changeNumber.position }] : []),
    ])
    .sort((a, b) => a.at.start.offset! - b.at.start.offset!)
  const marks: typeof spans = []
  const aliases = new Map<(typeof spans)[number], string[]>()
  for (const span of spans) {
    const last = marks.at(-1)
    if (last && span.at.start.offset! < last.at.end.offset!) aliases.get(last)!.push(span.id)
    else {
      marks.push(span)
      aliases.set(span, [])
    }
  }
  // (The sides of a box around a line of text leave the line the text's.)
  const furnitureLines = new Set(
    furniture.filter((f) => f.kind !== 'border').map((f) => f.position.start.line),
  )
  const views: SourceLineView[] = []
  let offset = 0
  let m = 0
  const lines = source.split(/\r\n|\r|\n/)
  const endings = [...source.matchAll(/\r\n|\r|\n/g)].map((e) => e[0].length)
  lines.forEach((line, index) => {
    const lineStart = offset
    const lineEnd = offset + line.length
    const parts: SourceLineView['parts'] = []
    let cursor = lineStart
    while (m < marks.length && marks[m]!.at.start.offset! < lineEnd) {
      const mark = marks[m]!
      const record = mark.record
      const from = mark.at.start.offset!
      const to = Math.min(mark.at.end.offset!, lineEnd)
      if (from > cursor) parts.push({ text: source.slice(cursor, from) })
      parts.push({
        text: source.slice(from, to),
        figure: {
          id: mark.id,
          title: `${record.subject}: ${describe(record)}`,
          aliases: aliases.get(mark)!,
        },
      })
      cursor = to
      m++
    }
    if (cursor < lineEnd) parts.push({ text: source.slice(cursor, lineEnd) })
    views.push({ line: index + 1, furniture: furnitureLines.has(index + 1), parts })
    offset = lineEnd + (endings[index] ?? 0)
  })
  return views
}

function describe(record: IndicatorRecord): string {
  const bits = []
  if (record.value !== null) bits.push(`${record.value} ${record.unit ?? ''}`.trim())
  if (record.change !== null)
    bits.push(
      `change ${record.change > 0 ? '+' : ''}${record.change} ${record.changeUnit ?? ''}`.trim(),
    )
  bits.push(`${record.kind} ${record.period}`)
  return bits.join(', ')
}
