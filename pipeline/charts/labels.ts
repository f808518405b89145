import type { IndicatorRecord } from '../extract/index.js'
import { type Lexicon, defaultLexicon, lookupIndicator } from '../extract/lexicon.js'

let cachedLexicon: Lexicon | undefined
let indicatorLabels: Map<string, string> | undefined

/**
 * A readable name for a record: the label of its canonical indicator, else its subject shortened
 * (or, when the subject is a lone word such as "up", the words before the figure in the quote).
 * Note: the labels come from the lexicon shipped with briefing; an indicator only known to a user
 * lexicon gets its id spelled out ("urban_jobs" → "Urban jobs").
 */
export function recordLabel(
  record: Pick<IndicatorRecord, 'indicator' | 'subject'> &
    Partial<Pick<IndicatorRecord, 'quote' | 'number'>>,
): string {
  if (record.indicator !== null) return indicatorLabel(record.indicator)
  if (!NO_SUBJECT.test(record.subject.trim()) || !record.quote || !record.number)
    return shortenSubject(record.subject)
  // A subject that is only "up" or "the" names nothing; the words before the figure do.
  const before = record.quote.slice(0, record.quote.indexOf(record.number.text))
  const words = before.replace(TRAILING_VERB, '').trim()
  if (words === '') return shortenSubject(record.subject)
  const indicator = lookupIndicator(lexicon(), words)
  return indicator ? indicatorLabel(indicator) : shortenSubject(words)
}

const NO_SUBJECT = /^(?:up|down|the|a|an|it|this|that|which|was|were|is|by|of|to|and)$/i
const TRAILING_VERB =
  /(?:[\s:,(]|\b(?:up|down|rose|fell|grew|increased|decreased|was|were|is|by|of|to|at|reached|around|about|over|nearly)\b)*$/i

function lexicon(): Lexicon {
  cachedLexicon ??= defaultLexicon()
  return cachedLexicon
}

export function indicatorLabel(id: string): string {
  indicatorLabels ??= new Map(lexicon().entries.map((e) => [e.id, e.label]))
  return indicatorLabels.get(id) ?? capitalise(id.replace(/_/g, ' '))
}

/** A subject as a label: without the enumeration after ", namely" and the like, at most ~60 characters. */
export function shortenSubject(subject: string): string {
  let text = subject.replace(/\s+/g, ' ').trim()
  text = text.replace(/\s+in cumulative terms$/i, '')
  const cut = /,? (?:namely|including|such as|of which)\b|, | \(/i.exec(text)
  if (cut && cut.index >= 12) text = text.slice(0, cut.index)
  text = text.replace(/^(?:the|a|an) /i, '')
  if (text === '') return 'Unnamed figure'
  if (text.length > 60) {
    const space = text.lastIndexOf(' ', 58)
    text = `${text.slice(0, space > 30 ? space : 58).replace(/[\s,;:]+$/, '')}…`
  }
  return capitalise(text)
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A number as a reader expects it: thousands separated, a true minus sign, no float noise. */
export function formatNumber(value: number): string {
  const [whole = '0', fraction] = String(Number(Math.abs(value).toPrecision(12))).split('.')
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole
  return `${value < 0 ? '\u2212' : ''}${grouped}${fraction ? `.${fraction}` : ''}`
}

/** A period as text: 2023 → "2023", "2019-2023" → "2019–2023". */
export function formatPeriod(period: number | string | null): string | null {
  if (period === null) return null
  return String(period).replace(/(\d)\s*-\s*(\d)/, '$1–$2')
}

/** The period most of the records have (the latest on a tie), or null when none has one. */
export function commonPeriod(periods: Array<number | string | null>): string | null {
  const counts = new Map<string, number>()
  for (const period of periods.map(formatPeriod)) {
    if (period !== null) counts.set(period, (counts.get(period) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [period, n] of counts) {
    const bestCount = best === null ? 0 : counts.get(best)!
    if (n > bestCount || (n === bestCount && best !== null && period > best)) best = period
  }
  return best
}

/** The legend name of a kind of figure: "2023 actual", "2024 target". */
export function seriesName(kind: 'actual' | 'target', period: string | null): string {
  return period === null ? capitalise(kind) : `${period} ${kind}`
}

/** A value with its qualifier, as the label at the end of a bar: "around 5.5". */
export function valueText(value: number, qualifier: string | null, unit = ''): string {
  return `${qualifier ? `${qualifier} ` : ''}${formatNumber(value)}${unit}`
}

/** The first and last source line of records. */
export function lineSpan(records: IndicatorRecord[]): [number, number] {
  const first = Math.min(...records.map((r) => r.position.start.line))
  const last = Math.max(...records.map((r) => r.position.end.line))
  return [first, last]
}

/** "Source: <report>, lines 13–336". */
export function sourceText(reportTitle: string, [first, last]: [number, number]): string {
  const lines = first === last ? `line ${first}` : `lines ${first}–${last}`
  return `Source: ${reportTitle}, ${lines}`
}

/** Make labels unique by adding the source line to repeated ones ("Exports (line 28)"). */
export function uniqueLabels<T extends { label: string; line: number }>(rows: T[]): T[] {
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(row.label, (counts.get(row.label) ?? 0) + 1)
  const seen = new Map<string, number>()
  return rows.map((row) => {
    if (counts.get(row.label) === 1) return row
    const label = `${row.label} (line ${row.line})`
    const n = (seen.get(label) ?? 0) + 1
    seen.set(label, n)
    return { ...row, label: n === 1 ? label : `${row.label} (line ${row.line}, ${n})` }
  })
}
