import type { Dataset, IndicatorRecord } from './index.js'

/** The dataset as JSON: stable key order, two-space indent, trailing newline. */
export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`
}

/** CSV columns: one row a record; positions flattened, lists joined. */
export const csvColumns = [
  ['id', 'string', 'Stable record id'],
  ['subject', 'string', 'What is measured, as the text names it'],
  ['indicator', 'string', 'Canonical indicator id, empty when not in the lexicon'],
  ['value', 'number', 'Level or amount as written; empty for a rate of change only'],
  ['unit', 'string', 'Unit of value with its scale word'],
  ['base_value', 'number', 'Value in base units'],
  ['base_unit', 'string', 'Base unit'],
  ['change', 'number', 'Stated change, signed'],
  ['change_unit', 'string', '"%", "percentage points" or the absolute unit'],
  ['qualifier', 'string', 'around, over, more than, nearly, above, at least, no less than, within'],
  ['period', 'string', 'Year, or "YYYY-YYYY" for multi-year figures'],
  ['kind', 'string', 'actual or target'],
  ['section', 'string', 'Heading path, joined with " > "'],
  ['quote', 'string', 'The clause of the source that states the figure'],
  ['line', 'integer', 'Line of the start of the quote'],
  ['column', 'integer', 'Column of the start of the quote'],
  ['end_line', 'integer', 'Line of the end of the quote'],
  ['end_column', 'integer', 'Column just past the end of the quote'],
  ['number', 'string', 'The main figure as written'],
  ['number_line', 'integer', 'Line of the main figure'],
  ['number_column', 'integer', 'Column of the main figure'],
  ['flags', 'string', 'Flags joined with ";": cumulative, truncated, respectively, range'],
] as const

function row(record: IndicatorRecord): Array<string | number | null> {
  const { start, end } = record.position
  return [
    record.id,
    record.subject,
    record.indicator,
    record.value,
    record.unit,
    record.base?.value ?? null,
    record.base?.unit ?? null,
    record.change,
    record.changeUnit,
    record.qualifier,
    record.period,
    record.kind,
    record.section.join(' > '),
    record.quote,
    start.line,
    start.column,
    end.line,
    end.column,
    record.number.text,
    record.number.position.start.line,
    record.number.position.start.column,
    record.flags.join(';'),
  ]
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function datasetCsv(dataset: Dataset): string {
  const lines = [csvColumns.map(([name]) => name), ...dataset.indicators.map(row)].map((cells) =>
    cells.map(csvCell).join(','),
  )
  return `${lines.join('\r\n')}\r\n`
}

function csvCell(cell: string | number | null): string {
  if (cell === null) return ''
  const text = String(cell)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A Frictionless Data Package descriptor for the CSV written next to it. */
export function datapackage(dataset: Dataset, csvPath = 'dataset.csv'): string {
  const name = (dataset.source.path.split('/').at(-1) ?? 'report')
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
  const descriptor = {
    profile: 'tabular-data-package',
    name: `${name}-indicators`,
    title: dataset.source.title ? `Indicators of ${dataset.source.title}` : 'Indicators',
    sources: [{ title: dataset.source.title ?? dataset.source.path, path: dataset.source.path }],
    resources: [
      {
        name: 'indicators',
        path: csvPath,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: {
          fields: csvColumns.map(([fieldName, type, description]) => ({
            name: fieldName,
            type,
            description,
          })),
          primaryKey: ['id'],
          missingValues: [''],
        },
      },
    ],
  }
  return `${JSON.stringify(descriptor, null, 2)}\n`
}
