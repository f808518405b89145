/**
 * Tables written with pipes, tabs or columns of spaces: the cells of a row, and the year and kind
 * each column of a table names in its header ("| Indicator | 2021 result | 2022 target |").
 */
import type { VFile } from 'vfile'
import { firstHeaderCell, hasFigure, yearRange, yearsIn } from '../parse/patterns.js'
import { rowMark } from './clauses.js'
import { matchScale } from './numbers.js'
import { planYears } from './periods.js'

/** What one column of a table holds: the figures of a year, actuals or targets. */
export interface Column {
  year: number | null
  kind: 'actual' | 'target' | null
  /** "2025 target (14th FYP)": the years of the Five-Year Plan the column names. */
  plan: string | null
  /** "Growth", "Change (y/y)": the column holds changes. */
  change: boolean
  /** "Growth (%)": its changes are in percent. */
  percentChange?: boolean
  /** The table's title or header says its figures are percentages. */
  percent: boolean
  /** "Unit": the column gives the unit of each row's figures. */
  unit?: boolean
  /** "Share of GRP (%)": the column holds percentages, whatever unit the row's other figures are in. */
  share?: boolean
  /** "Change Unit": the column gives the unit of each row's change. */
  changeUnit?: boolean
  /** "Fiscal accounts, 2023–2024 (100 million yuan)": the unit the title gives the figures. */
  titleUnit?: string
  /** "CAGR 20-24 (%)": the column holds average growths over the span of the table's years. */
  span?: string
}

/**
 * The period of a figure in a column: a span of years its cell names ("over 4.5 million in
 * 2021-2025"), the plan's years for a yearly average ("around 6% a year on average"), else the
 * column's year (a target column without one: the plan year).
 */
export function columnYears(
  column: Column,
  cell: string,
  meta: NonNullable<VFile['data']['meta']>,
): number | string | null {
  const range = yearRange.exec(cell)
  if (range) return `${range[1]}-${range[2]}`
  if (column.span) return column.span
  if (column.plan && /\b(?:a year|annual(?:ly)?|per year|on average)\b/i.test(cell))
    return column.plan
  return column.year ?? (column.kind === 'target' ? meta.planYear : null)
}

/** A row of comma-separated values with every cell in quotes: '"GRP growth","5.5","around 6","%"'. */
export const csvRow = /^"[^"\n]*"(?:,"[^"\n]*"){2,}$/

/** A quoted CSV row written with bars, as the other tables are ('| GRP growth | 5.5 | … |'). */
export function csvAsBars(row: string): string {
  return `| ${row.slice(1, -1).split('","').join(' | ')} |`
}

/** The text of the cell of a table row that an offset falls in. */
export function cellText(row: string, offset: number): string {
  const start = row.lastIndexOf('|', offset - 1) + 1
  const end = row.indexOf('|', offset)
  return row.slice(start, end === -1 ? row.length : end)
}

/** The cells of a table row written with pipes, tabs or columns of spaces. */
export function cellsOf(row: string): string[] {
  // Note: split at the bars first and trim the spaces beside them; a regex with spaces on both
  // sides of a bar would try a long run of spaces from each of its positions.
  let text = row.trim()
  if (text.startsWith('|')) text = text.slice(1).trimStart()
  if (text.endsWith('|')) text = text.slice(0, -1).trimEnd()
  const pieces = text.split('|')
  return pieces.flatMap((piece, i) => {
    let cell = piece
    if (i > 0) cell = cell.trimStart()
    if (i < pieces.length - 1) cell = cell.trimEnd()
    return cell.split(/\t+| {3,}/)
  })
}

/** A paragraph that is a row of a table (a header, a rule of dashes, or a row of figures). */
export function isRow(value: string): boolean {
  // Note: one cheap scan first; most paragraphs are prose.
  if (!value.includes('|') && !value.includes('\t') && !value.includes('   ')) return false
  return !value.includes('\n') && cellsOf(value).length >= 2
}

/**
 * "| Indicator | 2021 result | 2022 target |" (a row, see `isRow`): a header row whose cells after the first name a
 * year or say actual or target, and hold no other number. The column of each cell, or undefined.
 */
export function tableHeader(
  value: string,
  meta: NonNullable<VFile['data']['meta']>,
  title: string,
  /** The header stands far in from the margin: over the column of labels it has no cell. */
  indented = false,
): Column[] | undefined {
  // Note: in a header aligned with spaces, two spaces part cells as they do in its rows
  // ("No.  Indicator      Unit").
  // ("indicator,unit,2022_actual,2022_growth_pct,2023_target": words joined by underscores.)
  const cells = (
    !value.includes('|') && / {3,}/.test(value) ? value.trim().split(/\t+| {2,}/) : cellsOf(value)
  ).map((cell) => cell.replace(/_/g, ' '))
  // "                2020    2021    2022  2025 target": the labels' column has no title.
  // (Not "Indicator   2023 actual   2024 target" indented with the page's margin.)
  if (indented && !value.includes('|') && /\b(?:19|20)\d{2}\b/.test(cells[0] ?? ''))
    cells.unshift('')
  // "5   Growth of per capita disposable income   %   in step with   Expected": a numbered row.
  if (rowMark.test(cells[0]?.trim() ?? '')) return undefined
  // "CODE   SECTOR   UNIT   VALUE …": the label's column after a column of the rows' codes.
  const labelCell =
    (/^(?:code|no\.?|s\/n|#)$/i.test(cells[0]?.trim() ?? '') ? cells[1] : cells[0]) ?? ''
  // "(% y/y unless stated)", "Growth rates in %, unless stated otherwise"
  const percent = /\((?:%|per ?cent)[^()]*\)|\bin (?:%|per ?cent\b)/i.test(`${title} ${value}`)
  let named = false
  // "Table 1. Fiscal accounts of the region, 2023–2024 (100 million yuan)"
  const titleUnit =
    /\(((?:100 million|10,000|ten thousand|hundred million|million|billion|trillion)\s+[a-z]+)\)\s*$/i.exec(
      title,
    )
  // "Table 1  Main indicators, 2024 (growth in %)" over "Indicator   Yingkou   Liaoning   China":
  // a table of the growths of places side by side.
  const growthTitle =
    /\bgrowth(?:\s+rates?)?\s*,?\s*\(?\s*in\s+(?:%|per ?cent\b)|\(\s*%\s*(?:growth|y\/y|yoy)\b/i.test(
      title,
    ) &&
    firstHeaderCell.test(labelCell.trim()) &&
    cells
      .slice(1)
      .every(
        (cell) =>
          /^[\p{L}][\p{L} .'’&-]{0,29}$/u.test(cell.trim()) &&
          !/\b(?:units?|targets?|goals?|plans?|actual|results?|growth|change|value|notes?|remarks?|amounts?|totals?|absolute|increase|yoy|y\/y|volume|level|rate|share|index)\b/i.test(
            cell,
          ),
      )
  const columns = cells.map((cell, i): Column => {
    const change = /\b(?:growth|change|increase|y\/y|yoy|y-o-y|year-on-year)\b/i.test(cell)
    if (i > 0 && growthTitle) {
      named = true
      return { year: null, kind: null, plan: null, change: true, percent, percentChange: true }
    }
    if (i === 0)
      return {
        year: null,
        kind: null,
        plan: null,
        change: false,
        percent,
        ...(titleUnit ? { titleUnit: titleUnit[1]! } : {}),
      }
    if (/^\s*units?\s*$/i.test(cell))
      return { year: null, kind: null, plan: null, change: false, percent, unit: true }
    if (/^\s*(?:change|growth)\s+units?\s*$/i.test(cell)) {
      named = true
      return { year: null, kind: null, plan: null, change: false, percent, changeUnit: true }
    }
    // "Change vs 2024": the change of the year after the one it is measured against; "Growth over
    // 2023 (%)", in percent.
    const against =
      /^\s*(?:change|growth|increase)\s+(?:vs\.?|over|on|compared with|from)\s+((?:19|20)\d{2})\s*(\((?:%|per ?cent)\))?\s*$/i.exec(
        cell,
      )
    if (against) {
      named = true
      return {
        year: Number(against[1]) + 1,
        kind: 'actual',
        plan: null,
        change: true,
        percent,
        ...(against[2] ? { percentChange: true } : {}),
      }
    }
    // "Indicator   Value   Change" of a statistical bulletin: the year's figures and their growth,
    // in percent unless a cell says otherwise ("-0.3 pp").
    // ("GROWTH (%)", "SHARE OF GRP (%)": with the unit in brackets; a share is a percentage.)
    const bulletin =
      /^\s*(?:value|change|growth|output|amount|volume|(share) of [\w ]{2,20}?)\s*(?:\(\s*(%|[^()]{1,20})\s*\))?\s*$/i.exec(
        cell,
      )
    if (bulletin && i > 0 && firstHeaderCell.test(labelCell.trim())) {
      named = true
      return {
        year: null,
        kind: null,
        plan: null,
        change,
        percent,
        ...(change ? { percentChange: true } : {}),
        ...(bulletin[1] && bulletin[2] === '%' ? { share: true } : {}),
      }
    }
    // "CAGR 20-24 (%)": compound annual growth over the years of the table (filled in below).
    if (/\bCAGR\b|\bcompound annual\b/i.test(cell))
      return { year: null, kind: 'actual', plan: null, change: true, percent, percentChange: true }
    // "2023F", "2024E", "HVB 2024f": a year forecast or estimated by the author; "2025T": its
    // target, "2025A" its actual.
    const years = [...cell.matchAll(/\b((?:19|20)\d{2})([AFEPTafept]?)\b/g)]
    if (years.length > 1) return { year: null, kind: null, plan: null, change, percent }
    const year = years[0] ? Number(years[0][1]) : null
    const forecast = /^[FPT]$/i.test(years[0]?.[2] ?? '')
    const kind =
      forecast ||
      /\b(?:targets?|goals?|plans?|planned|projected|expected|objectives?|forecasts?)\b/i.test(cell)
        ? 'target'
        : /\b(?:actual|results?|achieved|completed|outcomes?|performance)\b/i.test(cell) ||
            /^a$/i.test(years[0]?.[2] ?? '')
          ? 'actual'
          : year !== null && meta.reviewedYear !== null
            ? year <= meta.reviewedYear
              ? 'actual'
              : 'target'
            : null
    // (A note that mentions a target, "meet state target; not disclosed", names no column.)
    if (
      (year !== null || kind !== null) &&
      cell.trim().length <= 40 &&
      !cell.includes(';') &&
      cell.trim().split(/\s+/).length <= 5
    )
      named = true
    return {
      year,
      kind,
      plan: planYears(cell),
      change,
      percent,
      ...(change && /%|per ?cent|\bpct\b/i.test(cell) ? { percentChange: true } : {}),
    }
  })
  // A cell holding another number makes the row one of figures, not a header ("14th" is a name;
  // "CAGR 20-24", the years of a growth).
  if (
    cells
      .slice(1)
      .some(
        (cell) =>
          !/\bCAGR\b/i.test(cell) && hasFigure(cell.replace(/\b((?:19|20)\d{2})[AFEPT]\b/gi, '$1')),
      )
  )
    return undefined
  if (!named) return undefined
  const actualYears = columns.flatMap((c) =>
    c.kind === 'actual' && c.year !== null ? [c.year] : [],
  )
  return columns.map((c) =>
    c.percentChange && c.kind === 'actual' && c.year === null && actualYears.length > 1
      ? { ...c, span: `${Math.min(...actualYears)}-${Math.max(...actualYears)}` }
      : c,
  )
}

/**
 * "Table 1  Status of the 2022 Ten Practical Things" over "| Project | Target | Completed |": the
 * one year a table's caption names is the year of its columns when none names one. (Only a
 * caption, "Table 1 …": a paragraph before the table may name any year; nor a date's year, "Last
 * edited: 2024-01-20".)
 */
export function yearFromTitle(columns: Column[], title: string): Column[] {
  if (
    columns.some((c) => c.year !== null) ||
    !/^\W*(?:table|exhibit)\s*\d/i.test(title) ||
    /\d{4}-\d{1,2}-\d{1,2}/.test(title)
  )
    return columns
  const years = new Set(yearsIn(title))
  if (years.size !== 1) return columns
  const [year] = years
  return columns.map((c) => (c.kind === null ? c : { ...c, year: year! }))
}

/** A unit as written, its base unit and the factor to it; `growth`: the figures are growths. */
export interface UnitOfCell {
  unit: string
  base: string
  factor: number
  growth?: boolean
}

/**
 * A row's figures in the unit its "Unit" cell gives ("100 million yuan", "10,000 people", "%"): the
 * unit as written and the factor to its base unit.
 */
export function unitCell(row: string, columns: readonly Column[]): UnitOfCell | undefined {
  const at = columns.findIndex((c) => c.unit)
  const cellWritten = at < 0 ? columns[0]?.titleUnit : cellsOf(row)[at]?.trim()
  return cellWritten === undefined ? undefined : unitOfText(cellWritten)
}

/**
 * A unit as a cell, a title or a label's brackets write it ("100 million yuan", "RMB/month",
 * "%"): the unit as written and the factor to its base unit.
 */
export function unitOfText(cellWritten: string): UnitOfCell | undefined {
  if (!cellWritten || cellWritten === '—' || cellWritten === '-' || cellWritten === '--')
    return undefined
  // "RMB bn", "RMB", "ug/m3": the currency before its scale, and signs for a concentration.
  // ("RMB per month", "RMB/month": yuan a month; not "RMB mn per project", left as written.)
  const yuan =
    /^(?:RMB|CNY)\s*(bn|mn|mln|bln|tn|trn|billion|million|trillion|100 million|10,000|ten thousand)?\s*(?:(?:\/|per\s+)([a-z]+))?$/i.exec(
      cellWritten,
    )
  const written = yuan
    ? `${yuan[1] ? `${yuan[1]} ` : ''}yuan${yuan[2] ? ` per ${yuan[2]}` : ''}`
    : /^[uµμ]g\s*\/\s*m(?:3|³)$/i.test(cellWritten)
      ? 'micrograms per cubic meter'
      : cellWritten
  // ("percent" in a Unit column: the sign written out.)
  if (written === '%' || /^(?:percent|per cent|pct)$/i.test(written))
    return { unit: '%', base: '%', factor: 1 }
  // "% y/y": the row's figures are growths in percent.
  if (/^%\s*(?:y\/y|yoy|y-o-y|change|growth)$/i.test(written))
    return { unit: '%', base: '%', factor: 1, growth: true }
  // "bn yuan", "mn t", "10k people": a scale and a unit written short.
  const short = /^(bn|mn|mln|bln|tn|trn|10k)\s+(\S.*)$/i.exec(written)
  const cell = short
    ? `${short[1]!.toLowerCase() === '10k' ? '10k' : matchScale(short[1]!.toLowerCase())!.word} ${/^t$/i.test(short[2]!) ? 'tons' : short[2]!}`
    : written
  if (cell.startsWith('10k ')) return { unit: cell, base: cell.slice(4), factor: 1e4 }
  const scaled =
    /^(100 million|10,000|ten thousand|hundred million|thousand|million|billion|trillion)\s+(.+)$/i.exec(
      cell,
    )
  if (!scaled) return { unit: cell, base: cell, factor: 1 }
  const factors: Record<string, number> = {
    '100 million': 1e8,
    'hundred million': 1e8,
    '10,000': 1e4,
    'ten thousand': 1e4,
    thousand: 1e3,
    million: 1e6,
    billion: 1e9,
    trillion: 1e12,
  }
  return { unit: cell, base: scaled[2]!, factor: factors[scaled[1]!.toLowerCase()]! }
}

/** The cell of a table row (as read, " | " between cells) that an offset falls in. */
export function cellIndex(row: string, offset: number): number {
  const lead = /^\s*\|?/.exec(row)![0].length
  let cell = 0
  for (let i = row.indexOf('|', lead); i !== -1 && i < offset; i = row.indexOf('|', i + 1)) cell++
  return cell
}

/** The cells of a line aligned with spaces, with the columns they stand at. */
function alignedCells(
  line: string,
  column: number,
): Array<{ start: number; end: number; text: string }> {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
    start: column + m.index,
    end: column + m.index + m[0].length,
    text: m[0],
  }))
}

/**
 * "Indicator   Unit   2024      Growth   2025" over "                   actual    (%)      target":
 * a header aligned with spaces whose cells go on in the line under it. The header with each cell
 * of the lower line joined to the cell it stands under ("2024 actual", "Growth (%)"), cells parted
 * by three spaces; undefined unless the lower line has no cell under the labels' column and every
 * cell of it stands under one of the upper line.
 */
export function stackedHeader(
  upper: { text: string; column: number },
  lower: { text: string; column: number },
): string | undefined {
  // ("| No.| Indicator | Unit | 2024   | Growth over | 2025 target |" over "|    |           |      |
  // result | 2023 (%)     |             |": a header drawn with bars, its cells going on cell by
  // cell, the labels' cells empty.)
  if (upper.text.includes('|') && lower.text.includes('|')) {
    const split = (line: string) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim())
    const top = split(upper.text)
    const under = split(lower.text)
    if (
      top.length < 3 ||
      top.length !== under.length ||
      under[0] !== '' ||
      under.every((cell) => cell === '') ||
      under.some((cell) => /\d/.test(cell.replace(/\b(?:19|20)\d{2}\b/g, '')))
    )
      return undefined
    return `| ${top.map((cell, i) => `${cell} ${under[i]}`.trim()).join(' | ')} |`
  }
  // (Not a row of comma-separated values; "(growth, %)" is a cell.)
  const plain = (line: string) => !/[|\t,]/.test(line.replace(/\([^()]*\)/g, ''))
  if (!plain(upper.text) || !plain(lower.text)) return undefined
  const top = alignedCells(upper.text, upper.column)
  const under = alignedCells(lower.text, lower.column)
  if (top.length < 3 || under.length === 0 || under.length > top.length - 1) return undefined
  // (Not a row of its own: nothing under the labels' column.)
  if (under[0]!.start < top[1]!.start - 2) return undefined
  const joined = top.map((cell) => cell.text)
  for (const cell of under) {
    // The cell of the upper line it overlaps most, else the one whose middle is nearest.
    let best = -1
    let score = -Infinity
    top.forEach((t, i) => {
      const overlap = Math.min(cell.end, t.end) - Math.max(cell.start, t.start)
      const near = -Math.abs((cell.start + cell.end) / 2 - (t.start + t.end) / 2)
      const s = overlap > 0 ? 1000 + overlap : near
      if (s > score) {
        score = s
        best = i
      }
    })
    if (best < 1) return undefined
    joined[best] = `${joined[best]} ${cell.text}`
  }
  return joined.join('   ')
}
