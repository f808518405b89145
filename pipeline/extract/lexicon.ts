import { readFileSync } from 'node:fs'

/** One canonical indicator and the subjects that name it. */
export interface LexiconEntry {
  id: string
  label: string
  patterns: string[]
  exclude?: string[]
}

/** A compiled lexicon: maps a subject to a canonical indicator id. */
export interface Lexicon {
  entries: ReadonlyArray<{ id: string; label: string; patterns: RegExp[]; exclude: RegExp[] }>
  /** Subjects already looked up. */
  cache?: Map<string, string | null>
  /** All patterns in one: a subject it does not match names no indicator. */
  any?: RegExp
}

/** The lexicon shipped with briefing (pipeline/extract/lexicon.json). */
export function defaultLexicon(): Lexicon {
  // Note: read at run time so that the same JSON serves the sources (tests) and dist/ (CLI).
  return compileLexicon([readLexiconFile(new URL('./lexicon.json', import.meta.url))])
}

/** Read a lexicon file (`{ indicators: [...] }`), with a clear message when it is malformed. */
export function readLexiconFile(file: string | URL): LexiconEntry[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { indicators?: unknown }
  if (!Array.isArray(data.indicators))
    throw new TypeError(`${String(file)}: expected an object with an "indicators" array`)
  return data.indicators.map((entry, index) => {
    const e = entry as Partial<LexiconEntry>
    if (typeof e.id !== 'string' || !Array.isArray(e.patterns)) {
      throw new TypeError(
        `${String(file)}: indicators[${index}] needs an "id" string and a "patterns" array`,
      )
    }
    return { id: e.id, label: e.label ?? e.id, patterns: e.patterns, exclude: e.exclude ?? [] }
  })
}

/** Compile lexicon files; entries of earlier files are tried first. */
export function compileLexicon(files: LexiconEntry[][]): Lexicon {
  const entries = files.flat().map((entry) => ({
    id: entry.id,
    label: entry.label,
    patterns: entry.patterns.map((p) => new RegExp(p, 'i')),
    exclude: (entry.exclude ?? []).map((p) => new RegExp(p, 'i')),
  }))
  return { cache: new Map(), entries, any: anyPattern(entries.flatMap((e) => e.patterns)) }
}

/**
 * One regex that matches where any of the patterns does. Most subjects name no indicator, and one
 * test of them costs less than a test per pattern. Note: patterns with back references (whose
 * numbers would shift) or that cannot be joined get none.
 */
function anyPattern(patterns: readonly RegExp[]): RegExp | undefined {
  if (patterns.some((p) => /\\[1-9]|\\k</.test(p.source))) return undefined
  try {
    return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'i')
  } catch {
    return undefined
  }
}

/** The canonical id of a subject, or null. */
export function lookupIndicator(lexicon: Lexicon, subject: string): string | null {
  const cache = (lexicon as { cache?: Map<string, string | null> }).cache
  const known = cache?.get(subject)
  if (known !== undefined) return known
  const id = lookup(lexicon, subject)
  cache?.set(subject, id)
  return id
}

function lookup(lexicon: Lexicon, subject: string, depth = 0): string | null {
  const text = normalise(subject)
  // "Retail sales growth (%)": the growth of an indicator is read as the indicator.
  const bare = !/(?:\)|growth|increase|rate)$/i.test(text)
    ? text
    : text
        // "Retail sales (bn yuan)": a table label's unit.
        .replace(
          /\s*\((?:%|per ?cent|[^()]*\b(?:yuan|bn|mn|billion|million|people|tons|tonnes)\b[^()]*)\)$/i,
          '',
        )
        .replace(/\s+(?:growth|increase)(?: rate)?$/i, '')
  for (const candidate of bare === text ? [text] : [text, bare]) {
    const id = match(lexicon, candidate)
    if (id !== null) return id
  }
  // "we will keep average annual GRP growth at", "GRP will exceed", "Growth of GRP (%)": the noun
  // phrase inside a subject read with the words around it.
  for (const phrase of bare === text ? [bare] : [bare, text]) {
    const id = depth < 2 ? matchCore(lexicon, phrase, depth) : null
    if (id !== null) return id
  }
  return null
}

// "gross ocean product of the province", "the city's GDP": the place is not part of the name.
// Note: applied in order; `trim` stands for trimming the text.
const normalisation: ReadonlyArray<[RegExp, string] | 'trim'> = [
  [/[“”"]/g, ''],
  // "sets growth target of above 6% as GRP tops": the clause after another figure.
  [/^.*\d%?\s+(?:as|while|when|after|with)\s+(?=\S)/i, ''],
  // "> - GDP": the marks of a quoted mail or a list left before the name.
  // ("FAI cum. 1.12 trillion yuan": a note's "in cumulative terms".)
  [/\s+cum\.?$/i, ''],
  // ("GRP growth：" before a figure in bold: the label's colon.)
  [/\s*[:：]$/, ''],
  // ("1️⃣ GRP growth": a number on a key, the mark of an item of a post.)
  [/^\d\uFE0F?\u20E3\s*/, ''],
  // ("▸ GRP growth" in a box: or any other list mark.)
  [/^[\s>*•·▪■●►▸▹▶▷➢➤◆◇○✓✔-]*[>*•·▪■●►▸▹▶▷➢➤◆◇○✓✔-]\s*(?=\w)/, ''],
  // "Imports & exports", "Per-capita GDP", "FAI", "GDP RMB": shorthand of notes and slides.
  [/\s+&\s+/g, ' and '],
  [/\bper-capita\b/gi, 'per capita'],
  [/\bdisp\.\s*/gi, 'disposable '],
  // "national GDP", "the national surveyed urban unemployment rate": the same measure of the
  // country, for comparison.
  [/^(?:the\s+)?national\s+(?=\S)/i, ''],
  // "Digital economy, value added": a table's label with a comma.
  [/,\s+(?=(?:value[- ]added|added value)$)/i, ' '],
  // "GRP level (trillion yuan)": the level of the measure is the measure.
  [/^((?:the )?(?:GDP|GRP))\s+level$/i, '$1'],
  // "GRP / GDP growth": the two names of one measure.
  [/\b(GRP|GDP)\s*\/\s*(?:GRP|GDP)\b/gi, '$1'],
  [/\bFAI\b|\binvestment in fixed assets\b/gi, 'fixed asset investment'],
  [/\bVA\b/g, 'value added'],
  // "private inv.", "GPB revenue", "hi-tech ent.", "mfg VA", "AQ good-day ratio": a note's short
  // forms.
  [/\binv\.(?=\s|$)/gi, 'investment'],
  [/\bGPB\b/g, 'general public budget'],
  [/\bhi-tech\b/gi, 'high-tech'],
  [/\bent\.(?=\s|$)/gi, 'enterprises'],
  [/\bmfg\b/gi, 'manufacturing'],
  [/\bAQ\b/g, 'air quality'],
  [/\bresearch and development(?: \(R&D\))?/gi, 'R&D'],
  [/\s+(?:RMB|CNY|USD|US\$)$/, ''],
  [/’/g, "'"],
  'trim',
  [/\s+(?:of|in) the (?:whole )?(?:province|region|autonomous region|city|municipality)$/i, ''],
  [/^(?:the )?(?:province|region|city|municipality|county|district)'s\s+/i, ''],
  // "growth target for 2019", "GDP growth in 2024": the year is the figure's period.
  [/\s+(?:for|in)\s+(?:19|20)\d{2}$/, ''],
  // ("GRP growth, 2021-2025", "GRP growth (2021-2025)": or the span.)
  [/,?\s+\(?(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}\)?$/, ''],
  // "In 2022 Zhejiang's GDP", "GDP 2020", "GDP (2024)", "GDP avg": the year or the average is of
  // the figure, not the name.
  [/^(?:in|for|by)\s+(?:19|20)\d{2},?\s+/i, ''],
  [/\s+(?:\((?:19|20)\d{2}\)|(?:19|20)\d{2}|avg\.?)$/i, ''],
  // "the GDP growth target": a target measures what it is set for.
  [/\s+targets?$/i, ''],
  // "GRP growth, %": a table label's unit.
  [/,\s*%(?:\s*y\/y)?$/i, ''],
  // "Real GRP", "Shandong's GRP": the measure, not its basis or place.
  [/^(?:real|nominal)\s+/i, ''],
  // "Q4 GRP", "when GRP fell": the quarter or the conjunction before the name.
  // ("…, including exports of 542.7 billion yuan": the part of the figure before.)
  [/^(?:when|while|whereas|though|although|but|as|after|since|and|including)\s+/i, ''],
  // "2) retail sales growth": the mark of an item of a list written inline.
  [/^\d{1,2}\)\s+/, ''],
  // "GDP → 452.3 bn yuan", "mfg value added = 25.6%": a note's arrow or sign before the figure.
  [/\s*(?:→|->|=)\s*$/, ''],
  // "Last year's growth target": the year is the figure's period.
  [/^(?:last|this|next) year['’]s\s+/i, ''],
  // "We want retail sales to grow", "We want consumer prices to go up": what a plan wants to move.
  [
    /^(?:we|it|the (?:city|province|region|government))\s+(?:want|wants|aim|aims|expect|expects|hope|hopes)\s+(.+?)\s+to\s+(?:grow|rise|go up|increase|stay|remain|reach|fall|drop|go down|be)$/i,
    '$1',
  ],
  // "aim to have exports grow by 10 percent", "we will strive to see retail sales rise": what a plan
  // wants to move.
  [
    /^(?:(?:we|it|the (?:city|province|region|government))\s+(?:will\s+)?)?(?:aims?|strives?|plans?|tries|try)\s+to\s+(?:have|get|see)\s+(.+?)(?:\s+(?:grow|rise|increase|go up|reach|fall|drop|go down))?$/i,
    '$1',
  ],
  // "Gansu said its economy": who said it.
  [/^.*\b(?:said|says|noted)\s+(?:that\s+)?(?=\S)/i, ''],
  // "For reference, 2023 GDP came in at …": a phrase that leads the sentence in.
  [/^(?:for reference|for comparison|by comparison|in comparison|by contrast|meanwhile),\s+/i, ''],
  [/^(?:Q[1-4]|H[12])\s+/, ''],
  // "Over the past five years Sichuan's GDP": the time is the figure's period.
  // ("Over those five years GRP": the years a sentence before named.)
  [/^(?:over|in|during) (?:the (?:past|last)|those|these) (?:\w+ )?years?,?\s+/i, ''],
  // ("over the first four years of the 14th Five-Year Plan period the city's GRP")
  [
    /^(?:over|in|during) the (?:first \w+ years of the )?\d{1,2}(?:st|nd|rd|th) Five-Year Plan(?: period)?(?: \((?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\))?,?\s+/i,
    '',
  ],
  [/^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s\s+/u, ''],
  // "Yunnan GDP +4.3%": the place before the name.
  [/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?=(?:GDP|GRP)\b)/u, ''],
]

/**
 * Any of the steps without Unicode classes, in one regex (the Unicode ones are let through by
 * the words they need, "'s" and "GDP"/"GRP"). Note: a subject none of them matches goes through
 * them all unchanged (each changes the text only where it matches), so it is passed over at once;
 * most subjects are. A union in Unicode mode cost six times as much.
 */
const normalising = new RegExp(
  normalisation
    // Note: the step after another figure ("^.*\d …") is let through by a digit in the subject.
    .filter((step) => step === 'trim' || (!step[0].unicode && !step[0].source.startsWith('^.*')))
    .map((step) => (step === 'trim' ? '^\\s|\\s$' : `(?:${step[0].source})`))
    .join('|'),
  'i',
)

function normalise(written: string): string {
  // "investment in ﬁxed assets": the ligatures of a text taken from a PDF.
  const subject = /[\uFB00-\uFB06]/.test(written) ? written.normalize('NFKC') : written
  if (
    !normalising.test(subject) &&
    !/\d/.test(subject) &&
    !subject.includes("'s") &&
    !subject.includes('’s') &&
    !subject.includes('GDP') &&
    !subject.includes('GRP')
  )
    return subject
  let text = subject
  for (const step of normalisation)
    text = step === 'trim' ? text.trim() : text.replace(step[0], step[1])
  return text
}

function matchCore(lexicon: Lexicon, phrase: string, depth: number): string | null {
  const core = corePhrase(phrase)
  if (core === phrase || core === '') return null
  // "the rise in consumer prices" → "consumer prices growth", then "consumer prices"; "the 2025
  // GDP growth target stays at" → "GDP growth target", read as a subject of its own.
  // Note: the core is shorter than the phrase, and is read again at most twice (each reading can
  // try two phrases, so deeper readings would grow as powers of two).
  return (
    match(lexicon, core) ??
    (/ growth$/.test(core) ? match(lexicon, core.slice(0, -7)) : null) ??
    lookup(lexicon, core, depth + 1)
  )
}

function match(lexicon: Lexicon, candidate: string): string | null {
  if (lexicon.any && !lexicon.any.test(candidate)) return null
  for (const entry of lexicon.entries) {
    if (entryPattern(entry).test(candidate) && !entry.exclude.some((p) => p.test(candidate)))
      return entry.id
  }
  return null
}

// The patterns of an entry in one regex, tried once rather than one by one (a pattern the union
// cannot hold, as `anyPattern` says, keeps the entry to its list).
const entryPatterns = new WeakMap<Lexicon['entries'][number], { test(text: string): boolean }>()

function entryPattern(entry: Lexicon['entries'][number]): { test(text: string): boolean } {
  let pattern = entryPatterns.get(entry)
  if (pattern === undefined) {
    const joinable = entry.patterns.length > 0 && entry.patterns.every((p) => p.flags === 'i')
    pattern = (joinable ? anyPattern(entry.patterns) : undefined) ?? {
      test: (text: string) => entry.patterns.some((p) => p.test(text)),
    }
    entryPatterns.set(entry, pattern)
  }
  return pattern
}

/**
 * A subject without the verb before it ("keep … at"), the verb after it ("… will exceed"), a year
 * or "average annual" before it, with "growth of X" read as "X growth".
 */
function corePhrase(subject: string): string {
  const chain = subject
    .replace(
      /^.*\b(?:keeps?|keeping|maintains?|maintaining|holds?|holding|takes?|taking|brings?|bringing|push|pushes|pushing|targets|sets?|setting|puts?|putting|aims for|aiming for|aim for|forecasts?|expects?|projects?|says|said|shows|showed)\s+/i,
      '',
    )
    .replace(
      /\s+(?:will|would|shall|should|is|are|was|were|to|stays?|stayed|remains?|remained|holds?|held|came in|comes in|contracted|trimmed|raised|lowered|tops|topped|crossed|hit|reached|just|grows|rises|expands|grew|rose|fell|dropped|declined|slipped|expanded|increased|decreased|edges|edged|inches|inched|ticks|ticked)\b.*$/i,
      '',
    )
    .replace(/\s+(?:at|to)$/i, '')
  // "our own estimate for GRP growth": what is estimated.
  // Note: the regex runs on a subject that holds one of the words.
  const core = (
    /estimate|forecast|projection/i.test(chain)
      ? chain.replace(/^.*\b(?:estimate|forecast|projection)s?\s+(?:for|of)\s+/i, '')
      : /(?:target|goal|growth)s?$/i.test(chain)
        ? // "Wang told the congress that the growth target", "against a 2023 GDP growth target":
          // the noun phrase of the target.
          chain.replace(
            /^.*\s(?=(?:the|a|an|its|their|our)\s+(?:(?!the\s|a\s|an\s|of\s)\S+\s+)*(?:target|goal|growth)s?$)/i,
            '',
          )
        : // "the expected target for GRP growth": what the target is set for.
          chain.replace(/^(?:the\s+)?(?:[\w-]+\s+)?(?:target|goal)\s+for\s+/i, '')
  )
    .replace(
      /^(?:(?:the|a|an|its|their|our)\s+)?(?:(?:19|20)\d{2}\s+)?(?:average\s+)?(?:annual\s+)?/i,
      '',
    )
    // "Consumer price increases": what rises.
    .replace(/\bprice\s+(?:increases|rises)$/i, 'prices')
    .trim()
  const of =
    /^(?:the\s+)?(?:growth|rise|increase)(?:\s+rate)?\s+(?:of|in)\s+(?:the\s+)?(.+)$/i.exec(core)
  return of ? `${of[1]} growth` : core
}
