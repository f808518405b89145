import { isSpaceCode } from '../parse/lines.js'
import type { Mention } from './quantity.js'
import { scanMentions } from './quantity.js'

/** A stretch of a text node's value that reads as one statement, with its numbers. */
export interface Clause {
  /** Offsets in the text node's value. */
  start: number
  end: number
  text: string
  /** Mentions with offsets relative to `text`. */
  mentions: Mention[]
  /** The sentence says "respectively": its figures distribute over a list of subjects. */
  respectively: boolean
  /** The whole sentence, for context. */
  sentence: string
  /** Where the first cell of a table row ends (" | "), or -1. */
  bar: number
  /** The row is of a table whose header names the year or kind of each column. */
  columned?: boolean
  /** The table's title or header says its figures are percentages ("% y/y unless stated"). */
  percentCells?: boolean
  /**
   * In a table's row, whether the figure at `to` may be the change of the one at `from`: not in a
   * column of another year or kind ("378.6 | +6%" under "2024 | 2025 target").
   */
  pairs?: (from: number, to: number) => boolean
  /**
   * "  Of which: Primary industry   49.3   3.5" under "Gross regional product (billion yuan) …":
   * the unit in brackets of the row the row breaks down.
   */
  parentUnit?: string
  /** A table row ("  growth") stands under this row's label ("Goods imports & exports"). */
  parentLabel?: string
  /** The last line of this row's label, on the line under it ("  size, growth (%)"). */
  labelBelow?: string
}

/** Split text into sentences at `.`, `;`, `!`, `?` followed by a space (decimals stay whole). */
export function sentences(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = []
  // Note: a dot before a table's bar ("| n.a. | 50.2") ends no sentence. A closing quote after the
  // stop belongs to the sentence it ends ('"… within reach." Last year's …').
  // So does a wiki's citation mark ("… to 566.[7] Per capita …", "….[citation needed] R&D …").
  // ("Forest coverage 61.2%   ·   clean energy share …", "… 4.6%      ▪ CPI ▲0.3%": a dot or a
  // marker between spaces parts the records of a slide's line.)
  const boundary =
    /[.;!?。；](?:["”’](?=\s)|(?:\[(?:\d{1,3}|[a-z][a-z ]{2,30})\])+(?=\s))?(?=\s+[^\s|])|[;；](?=\S)|(?<=\s)[·▪](?=\s)/g
  let start = 0
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    // "U.S." and similar: a dot right after a single capital letter does not end a sentence, nor
    // does the dot of an abbreviation before a number ("Jan. 23", "No. 1").
    if (m[0] === '.' && /(^|\s|\.)[A-Z]$/.test(text.slice(Math.max(0, m.index - 2), m.index)))
      continue
    // "(2022 target: around 6.5%; 2022 actual: 4.5%)": a semicolon inside brackets.
    if ((m[0] === ';' || m[0] === '；') && openBracket(text, start, m.index)) continue
    // "(approx. USD 54.8 bn)", "Per capita disp. income": an abbreviation inside a sentence.
    if (
      m[0] === '.' &&
      (/\b(?:approx|appr|ca|cf|incl|excl|esp|disp|govt|dept|mfg|prov|cum)$/i.test(
        text.slice(Math.max(0, m.index - 7), m.index),
      ) ||
        // ("(c. US$1.15bn)": circa, in a bracket.)
        /\(\s*c$/.test(text.slice(Math.max(0, m.index - 3), m.index)) ||
        // ("private inv. +2.6%", "resp., +4.3%": a note's short forms, not before a capital.)
        (/\b(?:inv|ent|ind|desig|resp)$/i.test(text.slice(Math.max(0, m.index - 7), m.index)) &&
          !/^\s+\p{Lu}/u.test(text.slice(m.index + 1, m.index + 4))))
    )
      continue
    // "KEY FIGURES 2018 ........ 2": dot leaders end no sentence.
    if (m[0] === '.' && text.charCodeAt(m.index - 1) === 46 && text.charCodeAt(m.index - 2) === 46)
      continue
    if (
      m[0] === '.' &&
      /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|Vol|Art|Fig|[Tt]el|[Ff]ax|[Ee]xt|s\.e|approx|est|pp?|avg)$/.test(
        text.slice(Math.max(0, m.index - 5), m.index),
      ) &&
      // ("avg. +6.4% p.a.": or a sign before the number.)
      /^\s+[+\-−~]?\d/.test(text.slice(m.index + 1, m.index + 5))
    )
      continue
    spans.push({ start, end: m.index + m[0].length })
    start = m.index + m[0].length
  }
  if (start < text.length) spans.push({ start, end: text.length })
  return spans
    .map(({ start: s, end: e }) => trimSpan(text, s, e))
    .filter((span) => span.end > span.start)
}

/** Whether a bracket opened between `from` and `to` is still open at `to`. */
function openBracket(text: string, from: number, to: number): boolean {
  // Note: read within 200 characters each way; a scan to the text's ends would make a long run of
  // semicolons quadratic.
  const start = Math.max(from, to - 200)
  const open = text.slice(start, to).lastIndexOf('(')
  if (open === -1) return false
  const close = text.slice(start + open, to + 200).indexOf(')')
  return close !== -1 && start + open + close > to
}

/**
 * "urban and rural per capita incomes reached 45,000 yuan and 20,700 yuan, up 5.1 percent and 7.2
 * percent": two subjects joined by "and", then figures paired by "and", without the word.
 */
function impliedRespectively(sentence: string): boolean {
  if (!/\band\s+\d/.test(sentence)) return false
  const pairs = [
    ...sentence.matchAll(
      /\d[\d,.]*\s*(?:%|percent|per cent|[a-z]+(?:\s+[a-z]+)?)?\s+and\s+\d[\d,.]*/gi,
    ),
  ]
  if (pairs.length < 2) return false
  // "More than 80 percent of …, and urban and rural incomes reached …": the two subjects stand
  // after the figures before the first pair.
  const before = sentence.slice(0, pairs[0]!.index)
  const after = before.search(/\d[^\d]*$/)
  return /\b[a-z-]+\s+and\s+[a-z-]+\b/i.test(after < 0 ? before : before.slice(after))
}

/** The words after a cut open a statement of their own: a subject, then its verb. */
// (", with investment in manufacturing and in infrastructure increasing by …": a subject and its
// participle after "with".)
const newStatement =
  /^\s*(?:with\s+(?=(?:[\w'’-]+\s+){1,8}?(?:increasing|rising|growing|falling|dropping|declining|decreasing|expanding)\b))?(?:the\s+|its\s+|their\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’,-]+){0,12}?\s+(?:grew|rose|increased|fell|dropped|declined|decreased|reached|was|were|stood|totaled|totalled|accounted|hit|registered|posted|recorded|expanded|amounted|increasing|rising|growing|falling|dropping|declining|decreasing|expanding)\b/i

/**
 * "up 0.5%, or 7.5% on a comparable basis", "or 6.9% after deducting the impact of tax cuts": the
 * figure after ", or" is the same change reckoned another way (`between` stands between the two
 * figures, `after` follows the second).
 */
export function reckonedAgain(between: string, after: string): boolean {
  return (
    /^\s*(?:%|-?percent|-?per cent)?\s*,\s*or\s*$/i.test(between) && reckonedOtherwise.test(after)
  )
}

const reckonedOtherwise =
  /^\s*(?:%|-?percent|-?per cent)?\s*(?:on a comparable basis|in real terms|at comparable prices|after (?:deducting|excluding|adjusting for)|excluding)\b/i

/**
 * "a 4.9 percent increase", "a 5 percent rise in real terms": after the figure of a change, the word
 * that makes it one (not "a 5 percent rise in retail sales", a change of its own).
 */
export const namedAfter =
  /^\s*(?:(?:year-on-year|annual|y-o-y)\s+)?(?:increase|rise|growth|gain|jump|expansion|decline|drop|decrease|fall|contraction)\b(?!\s+(?:in|of)\b(?!\s+(?:real|nominal|comparable)\s+terms\b))/i

/** ", bringing the total to": a total the figure before led to. */
export const totalAfter =
  /^\s*(?:bringing|raising|taking|lifting)\s+the\s+(?:total|number)\b[^,;]{0,40}\bto\s+(?:RMB|US\$|\$|¥)?\s*$/i
const levelAfter = /^\s*(?:reaching|totaling|totalling|hitting)\s+(?:RMB|US\$|\$|¥)?\s*$/i

const relativeChange =
  /^\s*which\s+(?:rose|grew|increased|surged|jumped|climbed|soared|fell|dropped|declined)(?:\s+by)?\s*$/i

const attachable =
  /^\s*(?:an?\s+)?(?:negative\s+)?(?:(?:slight|modest|marginal|steady|sharp|solid|robust|strong)\s+)?(?:(?:year-on-year|annual|average|net)\s+)?(?:(?:edging|inching|ticking|creeping)\s+(?=up|down))?(?:increase|decrease|rise|drop|decline|fall|growth|reduction|gain|jump|surge|up|down|rising|growing|increasing|decreasing|dropping|declining|falling|surging|soaring|jumping|climbing|adding|(?<=net\s+)addition)(?:\s+rate)?(?:\s+(?:of|by))?(?:\s+an?\s+(?:solid|robust|strong|modest|healthy|respectable|slight|sharp|steady|mere|whopping|impressive|decent)|\s+(?:just|only|merely|barely))?\s*$/i

/**
 * Split a sentence into clauses at commas, "and", "with", "while" where both sides carry a figure,
 * then glue back a bare change ("…, an increase of 4.5%") to the figure before it.
 */
export function clauses(text: string): Clause[] {
  const result: Clause[] = []
  for (const span of sentences(text)) {
    const sentence = text.slice(span.start, span.end)
    const all = scanMentions(sentence)
    const figures = all.filter((m) => !m.excluded)
    // Note: most sentences of a paragraph hold no figure; they are kept whole for their context.
    const respectively =
      figures.length > 0 &&
      (/\b(?:respectively\b|resp\.)/i.test(sentence) || impliedRespectively(sentence))
    if (figures.length <= 1) {
      result.push(makeClause(text, span.start, span.end, all, span.start, respectively, sentence))
      continue
    }
    // The mentions of each clause in turn: they are in order, and each lies in one clause.
    let next = 0
    const upTo = (end: number) => {
      const from = next
      while (next < all.length && all[next]!.numberEnd <= end) next++
      return all.slice(from, next)
    }
    // Candidate cut points between consecutive figures.
    const cuts: number[] = []
    // "We received 217 million tourists and tourism revenue hit 268.4 billion yuan, up 12.2
    // percent and 19.7 percent respectively": n levels, then their n changes; one clause.
    const half = figures.length / 2
    const paired =
      respectively &&
      half >= 2 &&
      Number.isInteger(half) &&
      figures.every((m, i) => (i < half ? m.change === 0 && m.unit !== '%' : m.unit === '%')) &&
      /^[\s,]*(?:up|down|(?:an?\s+)?(?:increase|rise|growth|decrease|drop)s?\s+of|increasing|rising|growing)\b/i.test(
        sentence.slice(figures[half - 1]!.end, figures[half]!.start),
      )
    for (let i = 0; !paired && i + 1 < figures.length; i++) {
      const a = figures[i]!
      const b = figures[i + 1]!
      if (a.range && b.range) continue
      const between = sentence.slice(a.end, b.start)
      const separators = [
        ...between.matchAll(
          /(?:,\s+|，\s*)(?:and\s+|while\s+|with\s+)?|[;；]\s*|\s+and\s+(?!\w+\s+(?:respectively)\b)|\s+with\s+|\s+while\s+|:\s+|\s+\d{1,2}\)\s+(?=[A-Za-z])|\s+after\s+(?=(?:its|the|their|our)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:grew|rose|expanded|increased|fell|dropped|declined|contracted|shrank)\b)/g,
        ),
      ].filter(
        // "the number of days with good air quality": a "with" inside a noun phrase.
        // ("total imports and exports", "urban and rural residents": an "and" inside a name.)
        (sep) =>
          !(
            /^\s+and\s+$/.test(sep[0]) &&
            /\b(?:imports?|urban|primary)$/i.test(between.slice(0, sep.index)) &&
            /^(?:exports?|rural|secondary)\b(?!\s+(?:up|down|grew|rose|increased|fell|dropped|declined|surged|jumped))/i.test(
              between.slice(sep.index! + sep[0].length),
            )
          ) &&
          (!/^\s+with\s+$/.test(sep[0]) ||
            !/\b(?:number|share|proportion|percentage) of (?:[\w-]+ ){0,2}[\w-]+$/i.test(
              between.slice(0, sep.index),
            )) &&
          // "CPI 1.7% (2022: 2.3%)": no cut inside a bracket.
          // (Nor in "(2022 target: around 6.5%; 2022 actual: 4.5%)", a bracket opened before.)
          !(sep[0].startsWith(':') && openBracket(sentence, 0, a.end + sep.index!)),
      )
      // Prefer punctuation: in "X fell 1.2%, while imports and exports totaled" the cut is the comma.
      // "…, while rural residents' income grew faster, by 9.6 percent": a comma with a connective
      // before a comma of an aside.
      // "target: within 5.5%, outcome: 4.8%": the cut before the next figure's label, not after it.
      const marks = separators.filter((sep) => /[,;:，；]/.test(sep[0]))
      const punctuated =
        marks.length > 1 && /^:\s+$/.test(marks.at(-1)![0]) && /[,;，；]/.test(marks.at(-2)![0])
          ? marks.slice(0, -1)
          : marks
      const cut =
        punctuated.filter((sep) => /[a-z]/i.test(sep[0])).at(-1) ??
        punctuated.at(-1) ??
        // "growth of about 9 percent and growth in imports and exports of 7%": the "and" that
        // opens a noun phrase of its own, not the one inside "imports and exports".
        separators.find(
          (sep) =>
            /^\s+and\s+$/.test(sep[0]) &&
            /^(?:an?|the|its|their|growth|increase|rise|decline|drop)\b/i.test(
              between.slice(sep.index! + sep[0].length),
            ),
        ) ??
        separators.at(-1)
      if (!cut) continue
      const at = a.end + cut.index!
      const rest = sentence.slice(at + cut[0].length, b.start)
      // ", an increase of 4.5%" and ", up 3.4 percentage points" stay with the figure before them.
      // (", adding 190": the count of the same things only, not ", adding 15,000 places".)
      if (
        attachable.test(rest) &&
        !/^\s*\w+\s+(?:of\s+)?\w+\s+(?:increased|rose|grew)/i.test(rest) &&
        !(
          /\badding\s*$/i.test(rest) &&
          b.unit !== null &&
          b.unit !== a.unit &&
          // (A count of the level's things, read as its change: "the number of air routes to 150,
          // adding 12 new routes".)
          !(a.unit === null && b.change !== 0)
        )
      )
        continue
      // "3.21 trillion yuan, a 4.9 percent increase": the change said after its figure.
      if (
        a.change === 0 &&
        b.change !== 0 &&
        /^\s*an?\s*$/i.test(rest) &&
        namedAfter.test(sentence.slice(b.end, b.end + 30))
      )
        continue
      // "231,000 new energy vehicles, which surged 86.7 percent": the change of the figure right
      // before the relative clause (not of "food prices" after "rose 2.3%, pushed up by").
      if (separators.length === 1 && relativeChange.test(rest)) continue
      // "Days with good air quality numbered 318, or 87.1 percent of the year": the share the
      // figure is of its whole.
      if (
        /^\s*or\s*$/i.test(rest) &&
        /^\s*(?:%|per ?cent)\s+of\s+(?:the\s+)?(?:total|year|whole year)(?!['’]s)\b/i.test(
          sentence.slice(b.numberEnd, b.numberEnd + 30),
        )
      )
        continue
      // "7.11 trillion yuan, +5.5% y/y", "3.32 trillion yuan, broadly flat (−0.1%)": a signed
      // change stays with the level before it.
      if (
        (rest.trim() === '' ||
          (a.change === 0 && /^\s*(?:[a-z]+\s+){0,2}[a-z]+\s*\($/i.test(rest)) ||
          // ("887.6 billion yuan total imports and exports  ▲27.7%": the rest of a poster's label.)
          (a.change === 0 &&
            /^\s*(?:[a-z]+\s+){0,2}[a-z]+\s*$/i.test(rest) &&
            /[▲▼↑↓]/.test(sentence[b.start] ?? ''))) &&
        (b.changeCue === 'cue' || b.changeCue === 'points') &&
        /[-−+↑↓▲▼△▽]/.test(sentence[b.start] ?? '')
      )
        continue
      // "up 0.5%, or 7.5% on a comparable basis": the same change reckoned otherwise.
      if (reckonedAgain(between, sentence.slice(b.numberEnd, b.numberEnd + 40))) continue
      // "increased by 162 to 832": a change and the level it reached.
      if (/^[\s,]*(?:in\s+(?:19|20)\d{2}\s+|year[- ]on[- ]year\s+)?to\s*$/i.test(between)) continue
      // "…, and the value added of the three industries grew by 0.2%, 3.2% and 5.9% respectively":
      // figures given respectively are cut only where a new subject and its verb begin.
      // A cut after the word itself ends the figures it distributes.
      if (
        respectively &&
        !newStatement.test(rest) &&
        !(
          /\brespectively\b/i.test(between.slice(0, cut.index)) &&
          !/^\s*(?:to|at|reaching|totaling|totalling|hitting|up|down|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|grow(?:s|ing)?|grew|growth)\b/i.test(
            rest,
          )
        )
      )
        continue
      // "added 1,027 enterprises, bringing the total to 3,141", "rebounded to growth of 2.2%,
      // reaching 2.62 trillion yuan": the level the figure before led to.
      if (totalAfter.test(rest) || (a.change !== 0 && levelAfter.test(rest))) continue
      // "numbered 316, 13 more than in 2018": the change of the figure before.
      if (b.changeCue === 'than' && thanBefore(a, b, between)) continue
      cuts.push(at)
    }
    // Note: in a sentence that says "respectively", only the clause saying it distributes.
    const distributes = (from: number, to: number) =>
      respectively &&
      (cuts.length === 0 ||
        /\brespectively\b/i.test(sentence.slice(from, to)) ||
        impliedRespectively(sentence.slice(from, to)))
    let start = 0
    for (const cut of cuts) {
      const mentions = upTo(cut)
      result.push(
        makeClause(
          text,
          span.start + start,
          span.start + cut,
          mentions,
          span.start,
          distributes(start, cut),
          sentence,
        ),
      )
      start = cut
    }
    result.push(
      makeClause(
        text,
        span.start + start,
        span.end,
        upTo(Infinity),
        span.start,
        distributes(start, sentence.length),
        sentence,
      ),
    )
  }
  return result
}

/**
 * "numbered 316, 13 more than in 2018", "37.4 percent of the total installed capacity, 3.2
 * percentage points higher than a year earlier": a change said "than" right after its level.
 */
export function thanBefore(a: Mention, b: Mention, between: string): boolean {
  const reach =
    (a.unit === '%' && b.unit === 'percentage points') ||
    (a.baseUnit !== null && a.baseUnit === b.baseUnit)
      ? 80
      : 30
  if (between.length > reach + 2) return false
  // ("reached 286, which is 31 more than a year earlier")
  return /^[^,;，；]*[,，]?\s*$|^\s*[,，]\s*(?:which|that)\s+(?:is|was|are|were)\s+$/i.test(between)
}

function makeClause(
  text: string,
  start: number,
  end: number,
  mentions: Mention[],
  sentenceStart: number,
  respectively: boolean,
  sentence: string,
): Clause {
  let s = start
  let e = end
  // Leading separators and connectives, trailing punctuation.
  const lead = /^[\s,;:，；：]*(?:(?:and|while|but)\s+)?/i.exec(text.slice(s, e))![0]
  s += lead.length
  while (e > s && trailing(text.charCodeAt(e - 1))) e--
  // Note: the clauses of a sentence do not overlap, so each mention belongs to one of them and is
  // moved to its offsets in place rather than copied.
  const by = sentenceStart - s
  if (by !== 0) {
    for (const m of mentions) {
      m.numberStart += by
      m.numberEnd += by
      m.start += by
      m.end += by
    }
  }
  const clause = text.slice(s, e)
  return {
    start: s,
    end: e,
    text: clause,
    mentions,
    respectively,
    sentence,
    bar: labelEnd(clause),
  }
}

/** The cell of a row's number or code ("10", "3.", "A05"), as the first cell of a table's row. */
export const rowMark = /^(?:\d{1,3}\.?|[A-Z]{1,2}\d{1,3})$/

/**
 * Where a row's label ends: its first bar, or its second after a cell of the row's number
 * ("| 10 | Cargo throughput (million tons) | 221.6 |", "A05 | TOTAL IMPORTS AND EXPORTS | …").
 */
function labelEnd(clause: string): number {
  // (A bar with a no-break space beside it parts cells as well: "| … yuan |\u00a0 5.13 |".)
  const bar = clause.includes('|') ? (/\s\|\s/.exec(clause)?.index ?? -1) : -1
  if (bar === -1 || bar > 6 || !rowMark.test(clause.slice(0, bar).replace(/^\s*\|?\s*/, '')))
    return bar
  const next = clause.indexOf(' | ', bar + 3)
  return next === -1 || !/\p{L}/u.test(clause.slice(bar + 3, next)) ? bar : next
}

/** Punctuation and space a clause does not end with. */
function trailing(code: number): boolean {
  return isSpaceCode(code) || '.,;:。；，：'.includes(String.fromCharCode(code))
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  return { start, end }
}
