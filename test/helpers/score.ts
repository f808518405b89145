import type { IndicatorRecord } from '../../pipeline/extract/index.js'

/** A hand-labelled record (test/fixtures/**\/*.labels.json). */
export type Label = Pick<
  IndicatorRecord,
  | 'subject'
  | 'indicator'
  | 'value'
  | 'unit'
  | 'base'
  | 'change'
  | 'changeUnit'
  | 'kind'
  | 'quote'
  | 'flags'
> & {
  /** Line where the figure's number stands, and the number as written. */
  line: number
  number: string
  qualifier: string | null
  period: number | string
}

/** Fields compared on matched records. */
export const scoredFields = [
  'value',
  'unit',
  'change',
  'changeUnit',
  'qualifier',
  'period',
  'kind',
  'indicator',
] as const

export interface Score {
  labels: number
  records: number
  matched: number
  precision: number
  recall: number
  f1: number
  /** Share of matched records with every scored field right. */
  allFieldsRight: number
  missed: Label[]
  extra: IndicatorRecord[]
  wrong: Array<{ label: Label; record: IndicatorRecord; fields: string[] }>
}

const normalizeNumber = (text: string) => text.replace(/,/g, '').toLowerCase()

/** Match records to labels by number as written and its line (in order), then compare fields. */
export function score(labels: Label[], records: IndicatorRecord[]): Score {
  const unused = new Set(records)
  const pairs: Array<[Label, IndicatorRecord]> = []
  const missed: Label[] = []
  for (const label of labels) {
    const record = [...unused].find(
      (r) =>
        r.number.position.start.line === label.line &&
        normalizeNumber(r.number.text) === normalizeNumber(label.number),
    )
    if (record) {
      unused.delete(record)
      pairs.push([label, record])
    } else missed.push(label)
  }
  const wrong = pairs
    .map(([label, record]) => ({
      label,
      record,
      fields: scoredFields.filter((f) => JSON.stringify(label[f]) !== JSON.stringify(record[f])),
    }))
    .filter((w) => w.fields.length > 0)
  const precision = records.length === 0 ? 1 : pairs.length / records.length
  const recall = labels.length === 0 ? 1 : pairs.length / labels.length
  return {
    labels: labels.length,
    records: records.length,
    matched: pairs.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    allFieldsRight: pairs.length === 0 ? 1 : (pairs.length - wrong.length) / pairs.length,
    missed,
    extra: [...unused],
    wrong,
  }
}
