/**
 * The line-level vocabulary of report layouts: bullets, section numbering, page furniture and the
 * phrases that name the parts of a work report. Kept apart from the grouping logic so that a new
 * layout usually means a new pattern here, not new control flow.
 */

/** A bullet marker at the start of a line's content. */
export interface Bullet {
  marker: string
  /** Length of the marker in characters (without the space after it). */
  length: number
}

// Symbols that are bullets even when glued to the text; ASCII dashes and `*` need a space after them
// so that "-5%" or "*Note" stay text.
const symbolBullet = /^([●►■□•▪◆◇○◎▶▷➢➤✓✔·])/
const asciiBullet = /^(--|-|–|—|\*)(?=\s)/

export function matchBullet(content: string): Bullet | undefined {
  const match = symbolBullet.exec(content) ?? asciiBullet.exec(content)
  if (!match) return undefined
  return { marker: match[1]!, length: match[1]!.length }
}

/** A section number at the start of a line: "IV.", "Fourth,", "1.", "(1)", "Part Two", "一、". */
export interface Numbering {
  /** The number as the report writes it, without punctuation: "IV", "Fourth", "1", "(1)". */
  value: string
  /** The numbering style; styles nest in the order a report first uses them. */
  style: string
  /** Length of the prefix including punctuation and the space after it. */
  length: number
}

const ordinals = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
  'Twelfth',
]
const cardinals = [
  'One',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
  'Eleven',
  'Twelve',
]

const numberingPatterns: Array<{
  style: string
  regex: RegExp
  value: (m: RegExpExecArray) => string
}> = [
  { style: 'roman', regex: /^([IVX]{1,5})[.．、]\s*(?=\S)/, value: (m) => m[1]! },
  {
    style: 'ordinal',
    regex: new RegExp(`^(${ordinals.join('|')})(?:ly)?\\s*[,，:：]\\s*`),
    value: (m) => m[1]!,
  },
  {
    style: 'part',
    regex: new RegExp(`^Part\\s+(${cardinals.join('|')}|[IVX]{1,5}|\\d{1,2})\\b[.:：,，]?\\s*`),
    value: (m) => `Part ${m[1]!}`,
  },
  { style: 'arabic', regex: /^(\d{1,2})[.．、](?!\d)\s*(?=\S)/, value: (m) => m[1]! },
  { style: 'paren-arabic', regex: /^[(（](\d{1,2})[)）]\s*(?=\S)/, value: (m) => `(${m[1]!})` },
  { style: 'paren-roman', regex: /^[(（]([IVX]{1,5})[)）]\s*(?=\S)/, value: (m) => `(${m[1]!})` },
  { style: 'cjk', regex: /^([一二三四五六七八九十]{1,3})[、.．]\s*/, value: (m) => m[1]! },
  {
    style: 'paren-cjk',
    regex: /^[(（]([一二三四五六七八九十]{1,3})[)）]\s*/,
    value: (m) => `(${m[1]!})`,
  },
]

// Every numbering starts with one of these; most lines are rejected on their first character.
const numberingStart = /^[IVXFSTENP\d(（一二三四五六七八九十]/

export function matchNumbering(content: string): Numbering | undefined {
  if (!numberingStart.test(content)) return undefined
  for (const { style, regex, value } of numberingPatterns) {
    const match = regex.exec(content)
    if (match) {
      // "I." must be followed by text, and "I am" is not a numbering: the regex requires a dot.
      return { value: value(match), style, length: match[0].length }
    }
  }
  return undefined
}

/** Kinds of page furniture a web page or PDF export puts around a report. */
export type FurnitureKind = 'breadcrumb' | 'byline' | 'site' | 'footer'

const breadcrumb = /(>>|»|›|\s>\s)|^(home|you are here)\b/i
const byline =
  /^(source|updated|update time|date|released|published|editor|author|writer|translator|clicks?|views?|hits|font size|print|share)\s*[:：|]/i
const footer =
  /^(\[?print\]?\s*(\||$)|\[?close\]?$|back to top|copyright|©|all rights reserved|related (news|stories|links)|editor\s*[:：]|source\s*[:：]|share\s*(to|on)?\s*[:：])/i
const dateOnly = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/

/** Classify a line outside the report body as page furniture, or undefined when it is text. */
export function matchFurniture(
  content: string,
  crumbs: ReadonlySet<string>,
  where: 'top' | 'bottom',
): FurnitureKind | undefined {
  if (where === 'top') {
    if (breadcrumb.test(content) && content.length <= 160) return 'breadcrumb'
    if (byline.test(content) || dateOnly.test(content)) return 'byline'
    if (crumbs.has(normalise(content))) return 'site'
    return undefined
  }
  if (
    footer.test(content) ||
    dateOnly.test(content) ||
    (byline.test(content) && content.length <= 120)
  )
    return 'footer'
  return undefined
}

/** The segments of a breadcrumb line ("Home >> New Initiatives" → "home", "new initiatives"). */
export function breadcrumbSegments(content: string): string[] {
  return content
    .split(/>>|»|›|\s>\s|\|/)
    .map(normalise)
    .filter((segment) => segment.length > 0)
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/** A publication date in furniture: "2024-03-05", "2019/01/30", "March 5, 2024". */
export function matchDate(content: string): string | undefined {
  const iso = /\b((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(content)
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`
  const months = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ]
  const long = /\b([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/.exec(content)
  if (long) {
    const month = months.findIndex((m) => m.startsWith(long[1]!.toLowerCase().slice(0, 3)))
    if (month >= 0)
      return `${long[3]}-${String(month + 1).padStart(2, '0')}-${long[2]!.padStart(2, '0')}`
  }
  return undefined
}

/** Words a title of a work report contains. */
export const titleWords =
  /\b(work report|report on the work|government work|work of the government)\b/i

/** A year mentioned in a heading. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(/\b(19[5-9]\d|20\d{2})\b/g)].map((m) => Number(m[1]))
}

/** What a part of a report is about, from the words of its heading. */
export type PartKind = 'review' | 'targets' | 'plan' | 'notes'

const partPhrases: Array<[RegExp, PartKind]> = [
  [/^notes?\s*[:：]?$/i, 'notes'],
  [/\btargets?\b|\bgoals?\b.*\bas follows\b|\bexpected goals\b/i, 'targets'],
  [
    /\b(review|retrospect|achievements|past (year|five years)|work (done|in|during) (the past|\d{4}))\b/i,
    'review',
  ],
  [/\b(tasks|plan|priorities|arrangements|work hard|will)\b/i, 'plan'],
]

/** The part a heading names by its words, if it names one. */
export function matchPartPhrase(text: string): PartKind | undefined {
  for (const [regex, kind] of partPhrases) if (regex.test(text)) return kind
  return undefined
}

/** Words after which an English sentence cannot end: a line ending in one was cut off. */
export const danglingWords = new Set(
  'a an the of in on at to for from by with and or but nor as than that which who whose whom were was is are be been being has have had per its their our your his her into onto upon over under about between among such like including via whether if while when where'.split(
    ' ',
  ),
)

/** Closing punctuation that can end a sentence or list item. */
export const terminal = /[.!?;。！？；:：…]["'”’)）]*$/
