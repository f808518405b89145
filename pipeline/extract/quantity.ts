import { isLatinLetter, isSpaceCode } from '../parse/lines.js'
import { countWord } from '../parse/patterns.js'
import {
  isWordNumber,
  matchScale,
  numberPattern,
  numberWord,
  numberValue,
  spokenYearPattern,
} from './numbers.js'

/** Qualifiers of the spec, in canonical form. */
export type Qualifier =
  'around' | 'over' | 'more than' | 'nearly' | 'above' | 'at least' | 'no less than' | 'within'

/** Why a number is not a figure. */
export type Exclusion =
  | 'year'
  | 'date'
  | 'ordinal'
  | 'streak'
  | 'name'
  | 'footnote'
  | 'modifier'
  | 'vague'
  | 'threshold'
  | 'conversion'
  | 'age'
  | 'unit'
  | 'measure'
  | 'anecdote'

/** One number in a sentence, read with its unit, qualifier and change cue. */
export interface Mention {
  /** Offsets in the sentence: the number as written. */
  numberStart: number
  numberEnd: number
  numberText: string
  /** Offsets of the whole quantity (qualifier … unit). */
  start: number
  end: number
  value: number
  /** Unit as written with its scale word ("trillion yuan", "%", "people"), or null. */
  unit: string | null
  /** The value in base units, and the base unit ("yuan", "%", "tons"). */
  baseValue: number
  baseUnit: string | null
  qualifier: Qualifier | null
  /** +1 / -1 when the text states this number as a change; 0 for a level. */
  change: -1 | 0 | 1
  /** How the change was said: "cue" (increased by, up), "noun" (an increase of, growth of), "post" (5% increase in). */
  changeCue: 'cue' | 'noun' | 'post' | 'points' | 'than' | null
  /** The verb or phrase that sets a level ("increased to", "reached", "was"). */
  levelCue: string | null
  /** A rank with an explicit ordinal ("the 3rd highest"). */
  rank: boolean
  /** Set when the number is not a figure. */
  excluded: Exclusion | null
  /** The counted noun came from the words after the number (not a measure unit). */
  countedNoun: boolean
  /** The text after the unit starts "of" (a share: "28.3% of GRP", "kilometers of walkways"). */
  followedByOf: boolean
  /** Part of a written range ("5%-6%"). */
  range: boolean
}

// "yuan per capita", but not "134,491 yuan per capita GDP": the measure per head after its unit.
const perHead = String.raw`(?!\s+(?:GDP|GRP|disposable|income|net|consumption|spending|output|grain)\b)`
const perUnit = new RegExp(
  String.raw`^\s*(?:per\s+|\/\s*)(month|year|person|capita${perHead}|mu)\b`,
  'i',
)

// Units of measure, longest first; value: the unit in base form.
const measureUnits: ReadonlyArray<[RegExp, string, string]> = [
  [
    // ("Days with good air quality: 84.1% ↑2.3 pts")
    /^(percentage points?|ppts?|pp|pct\.? pts?\b\.?|pct\.? points?|pts?)\b/i,
    'percentage points',
    'percentage points',
  ],
  // "0.2 points above Liaoning", "2.6 points higher than the provincial level": a gap of rates.
  [
    /^(points?)\b(?=\s+(?:above|below|higher|lower|faster|slower|ahead of|behind|more than|less than)\b)/i,
    'percentage points',
    'percentage points',
  ],
  // ("5.1 percent4": with a note's mark glued to it.)
  [/^(%|per ?cent(?:\b|(?=\d{1,2}\b))|pct\b)/i, '%', '%'],
  // "up 70 bp": a change of a rate in hundredths of a point, as written.
  [/^(basis points?|bps?)\b/i, 'basis points', 'basis points'],
  [/^(per (?:thousand|mille)|‰)/i, '', ''],
  // "the maternal mortality rate fell to 45.2 per hundred thousand": a rate per so many people.
  [/^(per (?:hundred thousand|ten thousand|100,000|10,000))/i, '', ''],
  [/^(micrograms per cubic met(?:er|re))\b/i, '', ''],
  [
    new RegExp(
      `^(yuan per (?:(?:person|capita${perHead})(?: per (?:month|year))?|month|year|mu))\\b`,
      'i',
    ),
    '',
    '',
  ],
  [/^((?:us |u\.s\. )?dollars|usd)\b/i, '', ''],
  [/^(yuan|rmb)\b/i, '', ''],
  [/^((?:metric )?tons of standard coal(?: equivalent)?|tce)\b/i, '', ''],
  // "9,200 tons per day": a rate of a flow.
  [/^((?:metric tons|tons|tonnes) per (?:day|year))\b/i, '', ''],
  [/^(metric tons|tons|tonnes)\b/i, '', ''],
  [/^(t)\b(?![.'’-])/, 'tons', 'tons'],
  [/^([μµ]g\/m³|[μµ]g\/m3|ug\/m3)/i, 'micrograms per cubic meter', 'micrograms per cubic meter'],
  [
    /^(square kilomet(?:er|re)s|square met(?:er|re)s|cubic met(?:er|re)s|kilomet(?:er|re)s|km|hectares|mu)\b/i,
    '',
    '',
  ],
  // "93,300 ha", "30.5 million kW": short forms labellers write out in full.
  [/^(ha)\b(?!['’-])/, 'hectares', 'hectares'],
  [/^(kilowatt-hours|kilowatt hours|kwh|kilowatts|megawatts|gigawatts|mw|gw|teus?)\b/i, '', ''],
  [/^(kw)\b(?!['’-])/i, 'kilowatts', 'kilowatts'],
]

const stopWords = new Set(
  'of in on at to for from by with and or but were was is are be been being have has had that which who will would as than each per into across including such like respectively up down the a an our their its this these those while where when after before over under among between through via about around nearly more less out off all both also still only again back above below last next higher lower fewer larger smaller greater vs versus despite amid amidst thanks due because although though unless until since within without against towards toward beyond along during throughout worth net'.split(
    ' ',
  ),
)

const verbs = new Set(
  // ("55,000 new urban jobs and help people with …": the task after it, in the imperative.)
  'won broke built made held took got went came saw became began set put kept left led met ran grew rose fell hit reached received created added launched trained found find get throughout totaled totalled amounted stood accounted help build create ensure promote renovate attract expand improve provide install installed'.split(
    ' ',
  ),
)

/**
 * "carry out 180 major projects with annual investment of over 200 billion yuan", "built 16
 * hospitals with more than 13,000 beds": counted things with a figure for all of them, not a bound
 * on each.
 */
function countedWith(near: string): boolean {
  return /\b\d[\d,.]*\s+(?:[\w-]+\s+){0,3}[a-z]+s\s+with\b[^,;]*$/i.test(near)
}

// The last words before a number that name it ("Fortune Global 500", "Level 1", "Room 1806").
const namingWords = new Set(
  'fortune forbes global china level grade class tier room suite unit floor tower building block'.split(
    ' ',
  ),
)
const namingEnds = new Set([...namingWords].map((w) => w.slice(-3)))
const boundWords = new Set(['under', 'over', 'above', 'below'])

const rankingList = /^\s+(?:Fortune|Forbes)(?:\s+Global|\s+China)?\s+\d{2,4}(?=\s+\S)/

/** Whether the word a number stands in is a link ("www.example.com/rss/4471093"). */
function inLink(sentence: string, start: number, end: number): boolean {
  let from = start
  while (from > 0 && !isSpaceCode(sentence.charCodeAt(from - 1))) from--
  let to = end
  while (to < sentence.length && !isSpaceCode(sentence.charCodeAt(to))) to++
  return /^(?:https?:\/\/|www\.)|\.(?:com|cn|org|net|gov|html?|xml|php|aspx?)\b/i.test(
    sentence.slice(from, to),
  )
}

/** Whether a quotation opened before the figure is still open ("the “at most one …"). */
function insideQuotes(before: string): boolean {
  const open = before.lastIndexOf('“')
  if (open !== -1 && before.indexOf('”', open) === -1) return true
  // (Straight quotes pair from the sentence's start: "18 "specialized and sophisticated" small
  // enterprises and two …" has its quote closed; one left open far back is a stray mark.)
  const last = before.lastIndexOf('"')
  if (last === -1 || last < before.length - 60) return false
  let straight = 0
  for (let i = before.indexOf('"'); i !== -1; i = before.indexOf('"', i + 1)) straight++
  return straight % 2 === 1
}

const signCodes = new Set([...'%％—–-～~：:.,，、。；'].map((c) => c.charCodeAt(0)))

// Whether the last sentence looked at holds a Chinese character: most hold none.
let hanSentence = ''
let hanIn = false

/** The nearest letter on either side of a number, past digits, signs and spaces, is Chinese. */
function hanAround(sentence: string, start: number, end: number): boolean {
  if (sentence !== hanSentence) {
    hanSentence = sentence
    hanIn = /[\u3400-\u9fff]/.test(sentence)
  }
  if (!hanIn) return false
  // Note: only the signs a figure is written with ("增长3%—5%", "标识码：4500000035"), not spaces or
  // brackets ("GDP grew 5.2% (同比)").
  const sign = (code: number) => (code >= 48 && code <= 57) || signCodes.has(code)
  let i = start - 1
  while (i >= 0 && start - i <= 12 && sign(sentence.charCodeAt(i))) i--
  if (i >= 0 && start - i <= 12 && isHan(sentence[i]!)) return true
  let j = end
  while (j < sentence.length && j - end <= 12 && sign(sentence.charCodeAt(j))) j++
  return j < sentence.length && j - end <= 12 && isHan(sentence[j]!)
}

function isHan(char: string): boolean {
  const code = char.charCodeAt(0)
  return code >= 0x3400 && code <= 0x9fff
}

const monthBefore =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$/i

const monthAfter =
  /^\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?!\s+(?:of|to|in)\b)/i

/** "from October 22 to 28": the last day of a span of days in a month. */
const monthDayBefore =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:to|through|until|till|and|-|–)\s*$/i

const rankWords =
  /^[\s-]*(?:highest|largest|biggest|best|fastest|longest|busiest|lowest|smallest|most|place|position|in the (?:country|world|nation|province|region)|in china|nationwide|globally|worldwide|among)/i

/**
 * The last words of `text` within about `n` characters, cut at a word boundary. Note: tests
 * anchored at the end of the text before a number only need its last words; on the whole text a
 * `$`-anchored pattern is tried from every position.
 */
function lastWords(text: string, n = 48): string {
  if (text.length <= n) return text
  const cut = text.length - n
  const space = text.indexOf(' ', cut)
  return space === -1 ? text.slice(cut) : text.slice(space)
}

const arrows = '↑↓▲▼△▽'

/** Where an arrow stands right before `at`, perhaps a space apart ("↑ ~6%"), or -1. */
function arrowBefore(sentence: string, at: number): number {
  let i = at - 1
  if (sentence[i] === ' ') i--
  return i >= 0 && arrows.includes(sentence[i]!) ? i : -1
}

const months = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
])
const lineWords = new Set(['warning', 'red', 'bottom', 'alert'])
const streakWords = new Set(['consecutive', 'years', 'sessions', 'times', 'months'])

/** The first word of a text after its spaces, in lower case ("" when no letter comes first). */
export function firstWord(text: string): string {
  let start = 0
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++
  let end = start
  while (end < text.length && isLatinLetter(text.charCodeAt(end))) end++
  return text.slice(start, end).toLowerCase()
}

/**
 * "38.2k ha", "241k t": a thousand glued to the number, in lower case, before a unit of measure or
 * a thing counted (not a page's counters, "23.4K Views", nor "8k ultra-high-definition video", "a
 * 10k race", "4k cameras", names of a resolution or a distance).
 */
const thousandGlued =
  /^k(?=\s+(?:ha|hectares?|mu|t|tons?|tonnes|yuan|people|persons|jobs|households|visitors|visits|tourists|units|sq\.?\s*m|square|km|kilometers?|kilometres?|mw|kw|beds|places|seats|vehicles|enterprises|firms)\b)/

/** Find the numbers of a sentence and read each as a quantity. */
export function scanMentions(sentence: string): Mention[] {
  const mentions: Mention[] = []
  numberPattern.lastIndex = 0
  for (let match = numberPattern.exec(sentence); match; match = numberPattern.exec(sentence)) {
    const numberText = match[0]
    const numberStart = match.index
    const numberEnd = numberStart + numberText.length
    // "1.08 ten thousand kilometers": a number word inside the scale or unit of the figure before.
    const previous = mentions.at(-1)
    // (and "(61,345.1 hundred million yuan)": in the unit of a conversion.)
    if (
      previous &&
      (!previous.excluded || previous.excluded === 'conversion') &&
      numberStart < previous.end
    )
      continue
    const mention = readMention(sentence, numberText, numberStart, numberEnd)
    // ("394.2 bn yuan in 2024 (approx. USD 54.8 bn)": the figure before the year.)
    const restated = previous?.excluded === 'year' ? mentions.at(-2) : previous
    if (restated && restates(sentence, restated, mention)) mention.excluded = 'conversion'
    // "Metro Lines 4, 7, 10 and 11": a list of the numbers of names.
    if (
      previous?.excluded === 'name' &&
      mention.excluded === null &&
      mention.unit === null &&
      /^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|[-–]\s*)$/.test(
        sentence.slice(previous.end, numberStart),
      )
    )
      mention.excluded = 'name'
    countsLikeBefore(sentence, mentions, mention)
    // "new urban jobs, 10,000 or more", "at 93 percent or higher": a lower bound written after.
    const orMore =
      mention.excluded === null &&
      mention.qualifier === null &&
      /^\s*(?:%|-?percent|-?per cent)?\s*or\s+(?:more|higher|above)\b/i.exec(
        sentence.slice(mention.end, mention.end + 24),
      )
    if (orMore) mention.qualifier = 'at least'
    // ("every natural village with 30 or more households": a bound on what is counted.)
    if (
      orMore &&
      /^\s*or\s+(?:more|above)\b/i.test(orMore[0]) &&
      /\b(?:villages?|towns?|townships?|communities|community|households?|projects?|enterprises?|firms?|schools?|hospitals?|areas?)\s+with\s*$/i.test(
        sentence.slice(Math.max(0, mention.start - 30), mention.start),
      )
    )
      mention.excluded = 'threshold'
    // "Operating income of village collectives topped 100,000 yuan in 118 villages": the bound the
    // things counted after it passed (not "We invested over 300 million yuan in 120 villages").
    if (
      mention.excluded === null &&
      mention.qualifier !== null &&
      /\b(?:income|revenue|earnings|output)\b[^.;]{0,40}$/i.test(
        sentence.slice(Math.max(0, mention.start - 60), mention.start),
      ) &&
      /^\s+in\s+\d[\d,]*\s+(?:[a-z-]+\s+){0,2}(?:villages|towns|townships|communities|counties|districts|enterprises|firms|companies|households)\b/i.test(
        sentence.slice(mention.end, mention.end + 60),
      )
    )
      mention.excluded = 'threshold'
    mentions.push(mention)
  }
  sharedUnits(sentence, mentions)
  countsAdded(sentence, mentions)
  sharedQualifiers(sentence, mentions)
  changesLikeBefore(sentence, mentions)
  markRanges(sentence, mentions)
  if (ordinalWord.test(sentence)) return withWordRanks(sentence, mentions)
  return mentions
}

/** "hectares", "million mu", "square kilometers": a unit of area. */
export const areaUnit = /\b(?:hectares?|mu|acres?|square (?:kilometers|kilometres|meters|metres))$/i

/** " added)", " added in the year)": after a count in brackets, how many of a count are new. */
export const addedInBrackets =
  /^\s+(?:added|new|more)(?:\s+(?:in|during|over)\s+the\s+(?:year|period))?\s*\)/i

/**
 * "75 (11 added)", "157 (38 added in the year)", "1,132, adding 190 in the year": a count, then
 * how many of it are new, its change.
 */
function countsAdded(sentence: string, mentions: Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!
    const level = mentions[i - 1]!
    if (m.excluded || level.excluded || m.change !== 0 || level.change !== 0) continue
    if (m.unit !== null && m.unit !== level.unit && level.unit !== null) continue
    const between = sentence.slice(level.end, m.start)
    if (
      (/^\s*\(\s*$/.test(between) && addedInBrackets.test(sentence.slice(m.end))) ||
      // (Not ", adding 320 kilometers of rural roads": a count of other things.)
      (/^\s*,\s*adding\s+$/i.test(between) &&
        (m.unit === null ||
          m.unit === level.unit ||
          // ("Increase the number of international air routes to 150, adding 12 new routes")
          (level.unit === null &&
            /^[a-z]+s$/.test(m.unit) &&
            new RegExp(
              `\\bnumber of\\s+(?:(?!with\\b|of\\b|each\\b)[\\w-]+\\s+){0,3}${m.unit}\\b`,
              'i',
            ).test(sentence.slice(Math.max(0, level.start - 90), level.start)))) &&
        !/^\s+of\b/i.test(sentence.slice(m.end, m.end + 4)))
    ) {
      m.change = 1
      m.changeCue = 'cue'
    }
  }
}

/**
 * "fixed-asset investment is to grow by around 6%, after 6.1% in 2019", "slower than the 5.6%
 * achieved": a percentage compared with a change is a change too.
 */
function changesLikeBefore(sentence: string, mentions: Mention[]): void {
  // Whether a growth in percent came before the mention (read once, not for each mention).
  let growthBefore = false
  for (const m of mentions) {
    if (m.unit !== '%' || m.change !== 0 || m.excluded !== null || m.followedByOf) {
      growthBefore ||= m.excluded === null && m.unit === '%' && m.change !== 0
      continue
    }
    const before = sentence.slice(Math.max(0, m.start - 40), m.start)
    const compared =
      /\b(?:after|from|or|than(?: the)?|compared with|versus|vs\.?|(?:vs\.?|versus|against)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:target|goal|plan)(?:\s+(?:of|was))?|(?:below|above|under|behind|ahead of) the (?:[\w-]+ ){0,2}(?:rate|average|pace)(?: of)?|against)\s*$/i.test(
        before,
      ) || comparedWith(before, sentence.slice(m.end, m.end + 30))
    // "Rural incomes rose more slowly than the national 7.7 percent": a growth said without a figure.
    if (
      compared &&
      (growthBefore ||
        /\b(?:rose|grew|increased|expanded|fell|dropped|declined)\s+(?:[\w-]+\s+)?(?:faster|slower|more slowly|more quickly|less|more)\s+than\s+/i.test(
          before,
        ))
    ) {
      m.change = 1
      m.changeCue = 'cue'
    }
    growthBefore ||= m.change !== 0
  }
}

/**
 * "below the national 0.9%", "well above the 3.1% achieved", "beat the national 6.9%": a figure
 * compared with another measure's, the country's or the year's before (not "exceeded the 40%
 * mark", a threshold).
 */
function comparedWith(before: string, after: string): boolean {
  const words =
    /\b(?:below|above|under|behind|ahead of|short of|beat(?:ing|s)?|exceed(?:ing|ed|s)?|in line with|outpac(?:ing|ed|es)|than)\s+(?:the|its)\s+((?:[\w'’-]+\s+){0,3})["“]?(?:(?:around|about|above|over|nearly)\s+)?$/i.exec(
      before,
    )
  if (!words) return false
  return (
    /\b(?:national|nationwide|country['’]?s|average|target|goal|plan|previous|year-earlier)\b/i.test(
      words[1]!,
    ) ||
    /^\s*(?:%|-?percent|-?per cent)?\s*(?:achieved|recorded|posted|realized|nationally|for the country|a year (?:earlier|ago|before)|in (?:19|20)\d{2}|target|goal)\b/i.test(
      after,
    )
  )
}

/** "around 5.5 percent and 7 percent": a figure listed right after another shares its qualifier. */
function sharedQualifiers(sentence: string, mentions: Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!
    const before = mentions[i - 1]!
    if (m.qualifier !== null || before.qualifier === null || m.excluded || before.excluded) continue
    if (m.unit !== before.unit || m.range || before.range) continue
    // Not "exceeds 2,800 kilometres, and 406 kilometres of new expressway opened": a statement
    // of its own.
    if (!/^\s+and\s+$/.test(sentence.slice(before.end, m.start))) continue
    if (/^\s+of\b/.test(sentence.slice(m.end, m.end + 4))) continue
    m.qualifier = before.qualifier
  }
}

/** "grew by 9.8 and 6.4 per cent": numbers listed before a percentage share its unit. */
function sharedUnits(sentence: string, mentions: Mention[]): void {
  // "climbed to 58, up from 47 a year earlier": the level before in the unit of the one after.
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!
    const level = mentions[i - 1]!
    if (m.unit !== null || level.unit === null || m.excluded !== null || level.excluded !== null)
      continue
    if (
      !/^\s*,\s*(?:up|down)\s+from\s+(?:about\s+|around\s+)?$/i.test(
        sentence.slice(level.end, m.start),
      )
    )
      continue
    m.unit = level.unit
    m.baseUnit = level.baseUnit
    m.baseValue = round(m.value * (level.baseValue / level.value))
  }
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i]!
    const next = mentions[i + 1]!
    if (m.excluded !== null || next.excluded !== null) continue
    // "between 50 billion and 60 billion yuan", "720 yuan and 630 yuan per month": the unit the
    // last figure writes out.
    if (
      m.unit !== null &&
      next.unit !== null &&
      next.unit.startsWith(`${m.unit} `) &&
      /^(?:yuan|billion|million|trillion|thousand)$/.test(m.unit) &&
      /^\s*(?:and|to|-|–)\s*$/.test(sentence.slice(m.end, next.start))
    ) {
      const scale = /^(?:billion|million|trillion|thousand)$/.test(m.unit)
      m.unit = next.unit
      m.baseUnit = next.baseUnit
      if (scale) m.baseValue = round(m.value * (next.baseValue / next.value))
      continue
    }
    if (m.unit !== null) continue
    // "Add 500 and 300 enterprises above designated size": a count listed before the noun.
    if (
      next.countedNoun &&
      next.unit !== null &&
      m.change === 0 &&
      next.change === 0 &&
      m.value === m.baseValue &&
      /^\s+and\s+$/.test(sentence.slice(m.end, next.start)) &&
      /^\s*respectively\b|\brespectively\b/i.test(sentence.slice(next.end, next.end + 80))
    ) {
      m.unit = next.unit
      m.baseUnit = next.baseUnit
      m.countedNoun = true
      continue
    }
    if (next.unit !== '%' && next.unit !== 'percentage points') continue
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(sentence.slice(m.end, next.start))) continue
    // ("climbed to 5,380, 16.2% more than a year earlier": the change of a count.)
    if (next.changeCue === 'than') continue
    // ("8,214, +16.5%": a count, then its change with a plus and its own percent sign; not "+5,
    // +6 and +7%", nor "4.8, +5.6 and 6.1%", nor "6.2, -3.5 and -12.1 percent".)
    if (
      '+↑▲'.includes(sentence[next.start] ?? ' ') &&
      !'+↑▲'.includes(sentence[m.start] ?? ' ') &&
      /^\s*,\s*$/.test(sentence.slice(m.end, next.start)) &&
      /^\s*(?:%|per ?cent)/i.test(sentence.slice(next.numberEnd, next.numberEnd + 9))
    )
      continue
    m.unit = next.unit
    m.baseUnit = next.unit
    if (next.unit === 'percentage points' && m.change === 0) {
      m.change = next.change
      m.changeCue = next.changeCue
    }
  }
}

const ordinals = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]
const ordinalWord = new RegExp(`\\b(?:${ordinals.join('|')})\\b`, 'i')

const ordinalWords = new RegExp(ordinalWord.source, 'gi')

/** "projects", "enterprises": things a size in money defines, at the end of the words before. */
const sizedThings = /\b(?:projects|enterprises|firms|companies|businesses)\s*$/i

/** "the fourth highest among the world's ports", "ranked first": ranks written in words. */
function withWordRanks(sentence: string, mentions: Mention[]): Mention[] {
  const found: Mention[] = []
  const re = ordinalWords
  re.lastIndex = 0
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const start = m.index
    const end = start + m[0].length
    const before = lastWords(sentence.slice(Math.max(0, start - 48), start))
    if (
      !rankWords.test(sentence.slice(end, end + 40)) &&
      !/\b(?:rank(?:ed|ing)?|came|placed)\s+(?:the\s+)?$/i.test(before)
    )
      continue
    const value = ordinals.indexOf(m[0].toLowerCase()) + 1
    found.push({
      numberStart: start,
      numberEnd: end,
      numberText: m[0],
      start,
      end,
      value,
      unit: 'rank',
      baseValue: value,
      baseUnit: 'rank',
      qualifier: null,
      change: 0,
      changeCue: null,
      levelCue: null,
      rank: true,
      excluded: null,
      countedNoun: false,
      followedByOf: false,
      range: false,
    })
  }
  if (found.length === 0) return mentions
  return [...mentions, ...found].sort((a, b) => a.numberStart - b.numberStart)
}

function readMention(
  sentence: string,
  numberText: string,
  numberStart: number,
  numberEnd: number,
): Mention {
  const word = isWordNumber(numberText)
  const value = numberValue(numberText)
  const before = sentence.slice(Math.max(0, numberStart - 100), numberStart)
  const near = lastWords(before)
  // Note: what follows a number is read only so far; the scans below stay short on long paragraphs.
  const after = sentence.slice(numberEnd, numberEnd + 160)
  const mention: Mention = {
    numberStart,
    numberEnd,
    numberText,
    start: numberStart,
    end: numberEnd,
    value,
    unit: null,
    baseValue: value,
    baseUnit: null,
    qualifier: null,
    change: 0,
    changeCue: null,
    levelCue: null,
    rank: false,
    excluded: null,
    countedNoun: false,
    followedByOf: false,
    range: false,
  }

  // "our viewer line is open on 0891 6 8 3 2 2 1 1": a number read out digit by digit.
  if (
    numberEnd - numberStart === 1 &&
    /\d(?:\s\d){3,}/.test(sentence.slice(Math.max(0, numberStart - 12), numberEnd + 12))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "1 | Growth of gross regional product | % | above 5": the number of a table's row.
  // (Not "58        high-tech enterprises (up 12)", a count and what it counts.)
  if (
    !word &&
    numberText.length <= 3 &&
    !numberText.includes('.') &&
    /^[\s|]*$/.test(sentence.slice(0, numberStart)) &&
    /^\.?\s*\|\s*(?:\p{Lu}|of\s+which\b|\p{L}[^|\d]*\|)/u.test(after)
  ) {
    mention.excluded = 'ordinal'
    return mention
  }
  // "3.1 Industry (IIT Bureau): add 35 …": the number of a section opening its paragraph (not
  // "5.7 Trillion Yuan" in a headline).
  if (
    !word &&
    /^\d{1,2}\.\d{1,2}$/.test(numberText) &&
    /^\s*$/.test(sentence.slice(0, numberStart)) &&
    /^\s+\p{Lu}\p{Ll}+\b/u.test(after) &&
    !/^\s+(?:Trillion|Billion|Million|Thousand|Percent|Per cent|Yuan|Tons?|Points?)\b/.test(after)
  ) {
    mention.excluded = 'ordinal'
    return mention
  }
  // "in twenty twenty four": a year said in words.
  if (word && numberText.includes(' ') && spokenYearPattern.test(numberText)) {
    mention.excluded = 'year'
    return mention
  }
  // Exclusions that depend on the characters glued to the number.
  const previousChar = sentence[numberStart - 1] ?? ''
  const nextChar = sentence[numberEnd] ?? ''
  // Note: the characters and the word around the number are read once; each rule below runs its
  // regex only when they let it match, and most numbers pass every rule by.
  const following = firstWord(after)
  let afterStart = 0
  while (isSpaceCode(after.charCodeAt(afterStart))) afterStart++
  const afterChar = after.charAt(afterStart)
  const nearLower = near.toLowerCase()
  const smallInteger = !word && numberText.length <= 2 && !numberText.includes('.')
  // "New urban jobs (10,000 people)", "(100 million yuan)": the Chinese unit a label's figures are
  // counted in.
  if (
    previousChar === '(' &&
    (numberText === '10,000' || numberText === '100') &&
    /^\s(?:million\s)?[a-z]+(?:\s[a-z]+)?\)/.test(after) &&
    (numberText === '10,000' || after.startsWith(' million'))
  ) {
    mention.excluded = 'unit'
    return mention
  }
  if (
    !word &&
    (previousChar === '-' || previousChar === '−') &&
    /[A-Za-z][-−]$/.test(sentence.slice(0, numberStart))
  ) {
    mention.excluded = 'name' // "COVID-19"
    return mention
  }
  // "CDICC Brief #112": the number of an issue, a ticket or a room.
  if (!word && previousChar === '#') {
    mention.excluded = 'name'
    return mention
  }
  if (
    !word &&
    (months.has(following.slice(0, 3)) || afterChar === '-' || afterChar === '–') &&
    /^(?:\s*[-–]\s*\d{1,2})?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?=\s+(?:19|20)\d{2}\b))\b/i.test(
      after,
    )
  ) {
    mention.excluded = 'date'
    return mention
  }
  // "1. GDP growth of …", "are: 1) GDP growth …", "| 1. Fiscal: …" (in a box): the marker of a
  // numbered list item.
  // ("the following seven areas of work: 1. We went all out …": an item run into the lead-in.)
  if (
    !word &&
    (/^[\s|*_]*$/.test(before) ||
      (/[:：;；]\s*$/.test(near) &&
        // (Not "35 (2024: 31)": a figure of the year a bracket names.)
        !/\(\s*(?:19|20)\d{2}\s*[:：]\s*$/.test(near) &&
        (nextChar === ')' || (numberText === '1' && /^\.(?:\s+\p{Lu}|\s*$)/u.test(after))))) &&
    smallInteger &&
    /^[.)](?:\s|$)/.test(after)
  ) {
    mention.excluded = 'ordinal'
    return mention
  }
  // "https://…/rss/channel/40217.xml": a number inside a link.
  if (
    !word &&
    ('/=_-'.includes(previousChar || ' ') || '/._?&'.includes(nextChar || ' ')) &&
    inLink(sentence, numberStart, numberEnd)
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "Targets 2022: 1) GDP growth approx. 7.5% 2) local general public budget revenue +6%": the
  // marks of a list written inline, each after the one before it.
  if (
    smallInteger &&
    nextChar === ')' &&
    numberText !== '1' &&
    /^\)\s+\p{L}/u.test(after) &&
    new RegExp(`(?:^|\\D)${Number(numberText) - 1}\\)\\s`).test(sentence.slice(0, numberStart))
  ) {
    mention.excluded = 'ordinal'
    return mention
  }
  // "2.1  Deputy Wang (Dalian delegation) noted …": the number of a numbered paragraph; "2  Where
  // the money goes", "1  2023 at a glance": of a line of contents.
  if (
    !word &&
    /^\d{1,2}(?:\.\d{1,2})?$/.test(numberText) &&
    /^[\s|]*$/.test(before) &&
    /^\s{2,}(?:(?:19|20)\d{2}\s+)?\p{Lu}/u.test(after)
  ) {
    mention.excluded = 'ordinal'
    return mention
  }
  // "Deputy Zhao Min (Anshan delegation), 61, senior technician": an age beside a name.
  if (
    smallInteger &&
    previousChar === ' ' &&
    nextChar === ',' &&
    /[\p{Lu})]\S*,\s$/u.test(near) &&
    /^,\s+(?:senior\s+|chief\s+|deputy\s+)?\p{L}/iu.test(after) &&
    !/^,\s+(?:and|or|up|down|an?|the)\b/i.test(after)
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "Energy consumption per 10,000 yuan of GDP": the denominator of a rate; "1+3": a name.
  if (!word && nearLower.includes('per') && /\bper\s+$/i.test(near)) {
    mention.excluded = 'modifier'
    return mention
  }
  // "+86 28 6158 3021", "Tel: (028) 8888 6666", "the 12345 hotline": telephone numbers.
  // Note: the rules of this and the next tests are tried only when a cheap test of the words
  // around the number lets them match; most numbers pass by.
  if (
    !word &&
    ((previousChar === '+' && /^[\s-]\d{1,4}[\s-]\d/.test(after)) ||
      (nearLower.includes('+') &&
        /(?:^|\s)\+\d{1,3}[\s-](?:\(?\d{1,4}\)?[\s-]){0,3}$/.test(near)) ||
      ((nearLower.includes('tel') ||
        nearLower.includes('phone') ||
        nearLower.includes('fax') ||
        nearLower.includes('hotline')) &&
        /\b(?:tel|telephone|phone|fax|hotline)\b\.?\s*[:：]?\s*(?:\(?\d{1,4}\)?[\s-])*\(?$/i.test(
          near,
        )) ||
      (/hotline/i.test(after) && /^\s+(?:[\w-]+\s+){0,3}hotlines?\b/i.test(after)))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "11/F", "1 Garden Road": floors and street numbers of an address.
  if (
    !word &&
    ((nextChar === '/' && /^\/F\b/.test(after)) ||
      (afterStart > 0 &&
        afterChar >= 'A' &&
        afterChar <= 'Z' &&
        /^\s+(?:[A-Z][a-z'’]+\s+){1,3}(?:Road|Street|Avenue|Rd|St|Ave|Place|Square|Plaza)\b/.test(
          after,
        )))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "CAGR 20-24": the years, two digits each, of a compound growth.
  if (
    !word &&
    numberText.length === 2 &&
    nearLower.includes('cagr') &&
    (/\bcagr\s*\d{2}\s*[-–]\s*$/i.test(near) ||
      (/\bcagr\s*$/i.test(near) && /^\s*[-–]\s*\d{2}\b/.test(after)))
  ) {
    mention.excluded = 'year'
    return mention
  }
  // "Issue 2021/04": a number after a year and a slash.
  if (!word && previousChar === '/' && /\b(?:19|20)\d{2}\/$/.test(near)) {
    mention.excluded = 'date'
    return mention
  }
  // "0871-6300 0000": digits after a leading zero are a code, not an amount.
  if (!word && numberText.length > 1 && numberText.startsWith('0') && /^0\d/.test(numberText)) {
    mention.excluded = 'name'
    return mention
  }
  // "KEY FIGURES 2018 ........ 2": the page a table of contents points to; not "GDP growth
  // ........ 8.5%" nor "GDP ........ 4.03 trillion yuan", figures of a fact sheet.
  if (
    !word &&
    numberText.length <= 4 &&
    !numberText.includes('.') &&
    !numberText.includes(',') &&
    !/^\s*(?:%|[A-Za-z])/.test(after) &&
    (previousChar === '.' || previousChar === ' ') &&
    (before.includes('....') || before.includes('……')) &&
    /(?:\.{4,}|…{2,})\s*$/.test(before)
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "Fortune Global 500 companies", "a Level 1 response", "Room 1806", "+/-800 kV": names.
  // Note: the last three letters before the space are tested first; most words end otherwise.
  const lastBefore =
    word || previousChar !== ' ' || !namingEnds.has(near.slice(-4, -1).toLowerCase())
      ? ''
      : lastWord(near)
  if (
    !word &&
    ((namingWords.has(lastBefore) &&
      (/\b(?:Fortune|Forbes)(?:\s+Global|\s+China)?\s+$/.test(near) ||
        /\b(?:Level|Grade|Class|Tier|Room|Suite|Unit|Floor|Tower|Building|Block)\s+$/.test(
          near,
        ))) ||
      (previousChar === '-' && /\+\/-$/.test(near)) ||
      previousChar === '±')
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "1⃣ 5.3% — GDP growth", "🔟": the keycaps that number the items of a phone article.
  if (nextChar === '\u20e3' || (nextChar === '\ufe0f' && sentence[numberEnd + 1] === '\u20e3')) {
    mention.excluded = 'ordinal'
    return mention
  }
  // "in the 14 former poverty-stricken counties", "across the 14 cities and prefectures": the
  // members of a known set, not a figure.
  if (
    numberText.length <= 2 &&
    !numberText.includes('.') &&
    near.endsWith('the ') &&
    /\b(?:in|across|of|among|for|from|to|all)\s+the\s+$/i.test(near) &&
    // Note: places or groups, not units ("up from the 12 million tons of 2022").
    /^\s+(?:[a-z-]+\s+){0,3}(?:cities|counties|prefectures|districts|provinces|regions|municipalities|villages|towns|townships|industries|sectors|clusters|zones|areas|countries|economies)\b/i.test(
      after,
    )
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "Heading level 2: …", "List of 8 items", "(access key 0)", "Views: 18,306", "(PDF, 1.2 MB)":
  // what a screen reader or a page says of itself.
  if (
    !word &&
    (/\b(?:heading level(?:\s+\d\s*[:：])?|list of|access key|views?\s*[:：]|clicks?\s*[:：]|hits\s*[:：])\s*$/i.test(
      near.slice(-24),
    ) ||
      // ("Visits: 18,442" at a page's foot; not "Visits: 215 million", a count of tourists.)
      // ("Total visits: 18,273,455", "Postcode: 222200", "Website code: 3213220001".)
      /\b(?:post\s*code|postal code|zip code|website(?: identification)? code|site code)\s*[:：]\s*$/i.test(
        near.slice(-32),
      ) ||
      (/(?:^|[|·•]|\s{2})\s*(?:total\s+)?(?:visits|page views)\s*[:：]\s*$/i.test(
        near.slice(-24),
      ) &&
        !/^\s*(?:thousand|million|billion|person-times|tourists?|visitors)\b/i.test(after)) ||
      /^\s*(?:[KMG]B|kilobytes|megabytes)\b/.test(after))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "Read 12,406   👍 326   ⤴ Share", "5,210 reads", "❤ 56", "3 hours ago": how a post was read and
  // liked, and when.
  if (
    !word &&
    !numberText.includes('.') &&
    ((/(?:^|\s)(?:Read|Reads|Views|Likes?|Wow|Shares|Comments|Favorites|Favourites)\s*$/.test(
      near.slice(-14),
    ) &&
      !/^\s*(?:%|per ?cent|thousand|million|billion|[a-z])/i.test(after)) ||
      /(?:👍|❤|♥|👁|💬|⭐)\ufe0f?\s*$/u.test(near.slice(-6)) ||
      // (Not "The video drew 80,000 views": views a count of its own.)
      (/^\s*(?:reads|views|likes|comments|(?:hours?|days?|minutes?|mins?)\s+ago)\b/i.test(after) &&
        !/\b(?:drew|attracted|received|garnered|got|had|hit|reached|topped|exceeded|with)\s+(?:(?:over|more than|nearly|about|some)\s+)?$/i.test(
          near,
        )))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "30 numbers you need to know", "in 10 charts": how many items a piece lists; "(42 pages)":
  // how long a document is.
  if (
    (word || numberText.length <= 3) &&
    (/^\s+(?:numbers|things|facts|charts|takeaways|highlights|key numbers|min read|minutes? read|pages\b|(?:key\s+|main\s+|big\s+)?(?:themes|issues|risks|keywords|key words|points(?!\s+(?:above|below|higher|lower|faster|slower|ahead of|behind|more than|less than)\b)|questions|reasons|lessons|messages|pillars)\b)/i.test(
      after,
    ) ||
      // "Reading time: 6 min"
      (nearLower.includes('reading time') && /^\s*(?:min|mins|minutes?)\b/i.test(after)))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "1280×1024", "Website ID: 4200000043": sizes and identifiers of a page.
  if (
    !word &&
    (nextChar === '×' ||
      previousChar === '×' ||
      (near.includes('ID') && /\bID\s*[:：]?\s*$/.test(near)))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "Internal note 24/017": numbers joined by a slash name a document.
  if (
    !word &&
    ((nextChar === '/' && /^\/\d/.test(after)) || (previousChar === '/' && /\d\/$/.test(near)))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "the big four first-tier cities": a group named by its size.
  if (word && /\bbig\s+$/i.test(near)) {
    mention.excluded = 'name'
    return mention
  }
  // "1 US dollar = 6.97 yuan", "Conversions at 6.90 yuan per U.S. dollar": an exchange rate.
  if (
    // (Not "GRP (2019) = 530.9 billion yuan", a label and its figure in a box of facts.)
    (after.includes('=') &&
      (/^\s*[A-Za-z$¥€][^=,;()]{0,20}\s=\s*\d/.test(after) ||
        ('$¥€£'.includes(previousChar || ' ') && /^\s*=\s*\d/.test(after)))) ||
    // Not "<=5.5": a bound. ("(= 38,900 ha)": a conversion in brackets.)
    (nearLower.includes('=') && /(?:\d[^=,;()]{0,25}|\(\s*)(?<![<>])=\s*$/.test(near)) ||
    ((following === 'yuan' || following === 'rmb' || following === 'cny') &&
      /^\s*(?:yuan|RMB|CNY)\s+(?:per|to the|to one|to a)\s+(?:(?:U\.?S\.?\s+)?dollar\b|USD\b)/i.test(
        after,
      ))
  ) {
    mention.excluded = 'conversion'
    return mention
  }
  // "stayed above 50 million tons for the sixth straight year": a bound held year after year.
  if (
    nearLower.includes('year') &&
    /\b(?:consecutive|straight|successive)\s+years?\s+(?:above|over|of more than)\s+$/i.test(near)
  ) {
    mention.excluded = 'streak'
    return mention
  }
  // (Not "stayed above 35 million tons for five consecutive years": the level held over a span,
  // a figure; only "for the eighth consecutive year", the bound of the year's streak, or a bound
  // that defines things: "enterprises whose revenue has stayed above 10 billion yuan for three
  // consecutive years".)
  if (
    (nearLower.includes('above') ||
      nearLower.includes('over') ||
      nearLower.includes('than') ||
      nearLower.includes('least')) &&
    /consecutive|straight|successive/i.test(after) &&
    /\b(?:above|over|more than|at least)\s+$/i.test(near) &&
    (/^[^,;]{0,40}?\bfor\s+the\s+\w+\s+(?:consecutive|straight|successive)\s+years?\b/i.test(
      after,
    ) ||
      (/\b(?:whose|with)\b[^,;.]*$/i.test(near) &&
        /^[^,;]{0,40}?\bfor\s+\w+\s+(?:consecutive|straight|successive)\s+years?\b/i.test(after)))
  ) {
    mention.excluded = 'streak'
    return mention
  }
  // "below the 100% warning line": a line drawn, not a figure reached.
  if (
    (lineWords.has(following) || afterChar === '%') &&
    /^\s*%?\s*(?:warning|red|bottom|alert)\s+lines?\b/i.test(after)
  ) {
    mention.excluded = 'threshold'
    return mention
  }
  // "84 of the province's 86 counties", "the 4th fastest among China's 31 regions": the whole a
  // part or a rank is of.
  if (
    !word &&
    (nearLower.includes(' of ') || nearLower.includes('among')) &&
    (/\b\d[\d,.]*(?:st|nd|rd|th)?\s+of\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$/.test(near) ||
      /\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third)\b[^,;]{0,40}\bamong\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$/i.test(
        near,
      ))
  ) {
    mention.excluded = 'modifier'
    return mention
  }
  // "people aged 65 and above", "children under the age of 3": an age that defines who is counted.
  if (
    (nearLower.includes('age') &&
      /\b(?:aged|ages|age of)\s+(?:(?:over|above|under|below|between)\s+)?(?:\d{1,3}\s*(?:to|-|–|and)\s*)?$/i.test(
        near,
      )) ||
    // "childcare places for children under 3", "applicants must be under 35"
    (smallInteger &&
      boundWords.has(lastWord(near)) &&
      /\b(?:children|kids|infants|babies|toddlers|people|persons|those|applicants|be)\s+(?:under|over|above|below)\s+$/i.test(
        near,
      ) &&
      // (Not "an annual investment projected to be over 55 billion yuan": an amount.)
      !/^\s*(?:%|per|percent|[a-z]+s\b|(?:thousand|million|billion|trillion|yuan)\b)/i.test(after))
  ) {
    mention.excluded = 'threshold'
    return mention
  }
  // "Line 17 and Line 19 extensions", "Phase 2 of the project": the number of a named thing.
  // Note: the word before the number, read once for the two tests below.
  const wordBefore = word ? '' : lastWord(near)
  if (
    !word &&
    namedThings.has(wordBefore) &&
    /\b(?:Lines?|Routes?|Phases?|Projects?|Terminals?|Zones?|Blocks?|Gates?)\s+$/.test(near)
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "the target table in section 5", "HUBEI NEWS RADIO FM 104.6": a part of a text, a frequency.
  if (
    !word &&
    referenceWords.has(wordBefore) &&
    /\b(?:sections?|chapters?|annex|appendix|pages?|FM|AM)\s+$/i.test(near)
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "the Fujian provincial two sessions": the name of the yearly meetings; "Ten Practical Things
  // for the People": a name in title case.
  if (
    word &&
    ((numberText.toLowerCase() === 'two' && /^\s+sessions\b/i.test(after)) ||
      (/^\p{Lu}/u.test(numberText) &&
        /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(after) &&
        !/^\s+(?:Trillion|Billion|Million|Thousand|Hundred|Percent)\b/.test(after)))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "+9.9%", "(+3.8%)": a plus sign standing before the figure is its sign, not part of a name.
  const plus = previousChar === '+' && signStands(sentence, numberStart - 1)
  // "21,000+ registered", "300+ projects": a plus after the figure means more than it (not "1+3").
  let open = nextChar === '+' && /^\+(?:\s|$|[),.;:])(?!\s*\d)/.test(after)
  if (!word && ((nextChar === '+' && !open) || (previousChar === '+' && !plus))) {
    mention.excluded = 'name'
    return mention
  }
  // "Grain (ten thousand tons) | 1,843.4": the unit a table's label gives.
  if (
    word &&
    previousChar === '(' &&
    (/^\s+(?:thousand|million|billion)\b[^()]{0,30}\)/i.test(after) ||
      (/\s(?:thousand|hundred)$/i.test(numberText) && /^\s*[^()]{0,30}\)/.test(after)))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "ranking No. 3 in the country", "No. 3 nationwide": a rank written with "No.".
  if (
    !word &&
    near.includes('No.') &&
    /\bNo\.\s*$/.test(near) &&
    smallInteger &&
    (/\b(?:rank(?:ed|ing|s)?|came|placed)\s+No\.\s*$/i.test(near) || rankWords.test(after))
  ) {
    mention.rank = true
    mention.unit = 'rank'
    mention.baseUnit = 'rank'
    return mention
  }
  // "ICP No. 05002470", "Document No. 1", "in paragraph 7": a number that names; not an amount
  // ("Issue 500 million yuan of consumption vouchers").
  // Note: most numbers follow another word; the regex runs after one of these.
  if (
    !word &&
    namingLabels.has(lastLabel(near)) &&
    !/^\s*(?:%|(?:thousand|million|billion|trillion|yuan|per ?cent)\b)/i.test(after) &&
    /\b(?:No\.?|Table|TABLE|Figure|FIGURE|Chart|CHART|[Ss]lides?|SLIDES?|Panel|PANEL|Priority|PRIORITY|Pillar|PILLAR|Chapters?|CHAPTERS?|Sections?|SECTIONS?|[Pp]art|PART|Task|TASK|Theme|THEME|[Rr]ows?|[Ss]heets?:?|[Ee]xt\.?|Issue|ISSUE|[Mm]agnitude|[Hh]ighway|Annex|Appendix|Box|BOX|Exhibit|Items?|ITEMS?|Group|GROUP|Article|Keyword|KEYWORD|[Pp]aragraph|[Pp]ara\.|[Pp]age|[Pp]p?\.|R(?:oo)?m\.?|ROOM|Segment|SEGMENT|Episode|EPISODE)\s*$/.test(
      near,
    )
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "Jan 17", "January 20, 2019", "9 Mar"
  if (
    smallInteger &&
    (monthBefore.test(near) || monthAfter.test(after) || monthDayBefore.test(near))
  ) {
    mention.excluded = 'date'
    return mention
  }
  // "the “33618” cluster system", "the \"28 Measures\"": digits quoted as a name, or opening one.
  if (
    !word &&
    '“"‘\''.includes(previousChar) &&
    previousChar !== '' &&
    (('”"’\''.includes(nextChar) && nextChar !== '') ||
      /^\s+[A-Z][A-Za-z-]*(?:\s+[A-Z][A-Za-z-]*){0,3}["”’']/.test(after))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "the 80 measures for aligning with …", "the 7.0 version of the action plan": the name of a
  // package of policies or of an edition.
  if (
    !word &&
    (/^\s+version\b/i.test(after) ||
      (nearLower.includes('the') &&
        /\bthe\s+$/i.test(near) &&
        /^\s+(?:measures|policies|articles|opinions)\b/i.test(after)))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "注3：", "2024年": digits glued to Chinese characters are not figures of the English text,
  // nor are those between Chinese words and signs ("增长3%—5%", "网站标识码：4500000035").
  if (
    !word &&
    (isHan(previousChar) || isHan(nextChar) || hanAround(sentence, numberStart, numberEnd))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "the province's gross regional product (GRP)1 reached": a note mark after a bracket.
  if (
    !word &&
    previousChar === ')' &&
    /[A-Za-z]/.test(sentence[numberStart - 2] ?? '') &&
    smallInteger &&
    /^\s+[a-z]/.test(after)
  ) {
    mention.excluded = 'footnote'
    return mention
  }
  // "China's top 100 counties", "among the top 10": the size of a list, part of its name (not
  // "revenue to top 300 billion yuan").
  if (
    !word &&
    previousChar === ' ' &&
    (near.endsWith('top ') || near.endsWith('Top ')) &&
    // ("Top 100 Counties": or the name in capitals.)
    (/(?:\b(?:the|among|of|in|into|a|national|nationwide|global|world)|['’]s)\s+top\s+$/i.test(
      near,
    ) ||
      (near.endsWith('Top ') && /^\s+\p{Lu}/u.test(after)))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "Tel: +86 (574) 8718 0000": the numbers of a telephone.
  if (
    !word &&
    (nearLower.includes('tel') ||
      nearLower.includes('fax') ||
      nearLower.includes('phone') ||
      nearLower.includes('hotline') ||
      nearLower.includes('mobile')) &&
    /\b(?:tel|fax|phone|telephone|hotline|mobile)\s*[:：.]?\s*[+\d() -]*$/i.test(near) &&
    /^[\d() -]*(?:$|\s{2,}|[,;|])/.test(after)
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "Best viewed at 1280*800 resolution": the size of a screen.
  if (
    !word &&
    (((nextChar === '*' || nextChar === '×' || nextChar === 'x') && /^[*×x]\d/.test(after)) ||
      ((previousChar === '*' || previousChar === '×') && /\d[*×]$/.test(near)))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "R&D intensity stayed above 5% for the 6th year in a row": a streak above a threshold (or
  // below one: "stayed below 5.5% for the 5th consecutive year").
  // Note: the words after the figure are read first; most figures have no "for the …" after them.
  if (
    /^[^,;.]{0,30}?\bfor\s+the\s+[\w-]+\s+(?:consecutive|straight|successive)\s+years?\b|^[^,;.]{0,30}?\bfor\s+the\s+[\w-]+\s+years?\s+(?:running|in a row)\b/i.test(
      after,
    ) &&
    /\b(?:above|over|more than|at least|no less than|below|under|within|no more than)\s*$/i.test(
      near,
    ) &&
    // (Not "grew by more than 15% for the sixth year running", a growth of the year.)
    !/\b(?:grew|rose|increased|expanded|surged|jumped|climbed|soared|growth|increase|up|by)\b[^,;.]*$/i.test(
      near,
    )
  ) {
    mention.excluded = 'streak'
    return mention
  }
  // "[IMG: 20260112_beijing_npc_01.jpg]": a number inside a file's name.
  if (!word && (nextChar === '_' || previousChar === '_')) {
    mention.excluded = 'name'
    return mention
  }
  // "up 3.8%2 on a comparable basis": a note mark glued to a percentage.
  if (
    !word &&
    previousChar === '%' &&
    smallInteger &&
    /\d/.test(sentence[numberStart - 2] ?? '') &&
    /^[\s,.;:)]|^$/.test(nextChar)
  ) {
    mention.excluded = 'footnote'
    return mention
  }
  // "ensured stability on six fronts and security in six areas": the names of policy sets.
  if (
    word &&
    /\b(?:stability|security)\s+(?:on|in)\s+$/i.test(near) &&
    /^\s+(?:fronts|areas|priorities)(?![a-z])/i.test(after)
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "the “51020”2 clusters", "the \"One Belt\"3 strategy": a note mark after a closing quote.
  if (
    !word &&
    '”"’'.includes(previousChar) &&
    previousChar !== '' &&
    /[A-Za-z0-9]/.test(sentence[numberStart - 2] ?? '') &&
    smallInteger &&
    /^[\s,.;:)]|^$/.test(nextChar)
  ) {
    mention.excluded = 'footnote'
    return mention
  }
  // "Table C.2", "Annex c.2": a number after a letter and its dot is a name; only "c.5%", circa a
  // percentage or an amount, is a figure.
  // ("c.3.5trn yuan", "c.8pct": with the scale or unit glued to it.)
  if (
    previousChar === '.' &&
    /(?:^|[^A-Za-z])[cC]\.$/.test(sentence.slice(Math.max(0, numberStart - 3), numberStart)) &&
    (sentence[numberStart - 2] !== 'c' ||
      /\b(?:table|annex|appendix|figure|fig|chart|section|box|note|page|exhibit)\s+c\.$/i.test(
        sentence.slice(Math.max(0, numberStart - 12), numberStart),
      ) ||
      !/^[\d.,]*(?:\s*%|\s*[a-z]{2,})/.test(sentence.slice(numberStart)))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "RMB8.59trn": a currency code glued to the amount.
  if (
    !word &&
    isLatinLetter(previousChar.charCodeAt(0)) &&
    !/(?:RMB|CNY|USD|HKD)$/i.test(sentence.slice(Math.max(0, numberStart - 3), numberStart))
  ) {
    mention.excluded =
      smallInteger && /^[\s,.;:)]|^$/.test(nextChar) && /[a-z]/.test(previousChar)
        ? 'footnote'
        : 'name'
    // "GDP1": capitals too, when a word follows.
    if (
      /^[A-Z]{2,}\d{1,2}\b/.test(sentence.slice(numberStart - 3, numberEnd + 1).trim()) &&
      /^\d$/.test(numberText)
    )
      mention.excluded = 'footnote'
    return mention
  }
  const ordinal =
    'sSnNrRtT'.includes(nextChar) && nextChar !== '' ? /^(st|nd|rd|th)\b/i.exec(after) : null
  if (!word && ordinal) {
    const rest = after.slice(ordinal[0].length)
    // ("3rd" over "Yantai's GRP ranking among Shandong's 16 cities": a card's rank, then what it
    // ranks.)
    if (
      rankWords.test(rest) ||
      /\b(rank(?:ed|ing)?|came|placed)\s+(?:the\s+)?$/i.test(near) ||
      // ("Ranking in China's Advanced Manufacturing Cities list: 6th", "Position among China's top
      // 100 counties: 38th": after a label of a rank.)
      (/[:：]\s*$/.test(near) &&
        /\b(?:rank(?:ing|ed)?|position|standing)\b[^.;:：]{0,60}[:：]\s*$/i.test(
          sentence.slice(0, numberStart).slice(-80),
        )) ||
      (near.trim() === '' && /^\s+[^.;:\d]{0,60}\brank(?:ing|s)?\b/i.test(rest))
    ) {
      mention.rank = true
      mention.unit = 'rank'
      mention.baseUnit = 'rank'
      mention.end = numberEnd + ordinal[0].length
      return mention
    }
    mention.excluded = 'ordinal'
    return mention
  }
  if (
    ((nextChar === '-' || nextChar === ':') &&
      /^\d{4}-\d{1,2}-\d{1,2}|^\d{1,2}:\d{2}/.test(
        sentence.slice(numberStart, numberStart + 12),
      )) ||
    (previousChar === '-' && /\d{4}-(\d{1,2}-)?$/.test(near)) ||
    (previousChar === ':' && /\b\d{1,2}:$/.test(near)) ||
    (nextChar === ':' && /^:\d{2}/.test(after))
  ) {
    mention.excluded = 'date'
    return mention
  }
  if (
    !word &&
    isLatinLetter(after.charCodeAt(0)) &&
    // ("38.2k ha", "241k t": a thousand glued to the number.)
    !/^(?:km|kg|kwh|mw|gw|m|t|mn|bn|trn|tn|mln|bln|trln|ppts?|pp|ha)\b/i.test(after) &&
    !thousandGlued.test(after)
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "crossed the 1-trillion-yuan mark": an amount written as one word, passed over; not the
  // class of "100-billion-yuan industrial clusters" nor the "5-trillion-yuan club".
  const joined =
    nextChar === '-'
      ? /^-(trillion|billion|million)-(yuan)(?=\s+(?:mark|milestone|threshold|level)\b)/i.exec(
          after,
        )
      : null
  if (!word && joined) {
    if (
      /\b(?:cross(?:ed|es|ing)?|pass(?:ed|es|ing)?|top(?:ped|s|ping)?|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?)\s+the\s+$/i.test(
        near,
      )
    )
      mention.qualifier = 'over'
    const scaleWord = joined[1]!.toLowerCase()
    mention.unit = `${scaleWord} yuan`
    mention.baseUnit = 'yuan'
    mention.baseValue = round(value * matchScale(scaleWord)!.factor)
    mention.end = numberEnd + joined[0].length
    return mention
  }
  // ("a 6.5-percent increase": a percentage written as a modifier is one.)
  if (nextChar === '-' && /^-[A-Za-z]/.test(after) && !/^-(?:percent|per cent)\b/i.test(after)) {
    mention.excluded = 'modifier'
    return mention
  }
  if (
    streakWords.has(following) &&
    /^\s*consecutive\b|^\s+(years|sessions|times|months)\s+(running|in a row)/i.test(after)
  ) {
    mention.excluded = 'streak'
    return mention
  }
  if (word) {
    // Capitalised number words inside a sentence are names ("the New Three", "the 'Ten Strong
    // Industries'", "the 2022 Ten Practical Things").
    if (
      /^[A-Z]/.test(numberText) &&
      (/[A-Za-z,”"“'‘|]\s*$/.test(near) || /\b(?:19|20)\d{2}\s+$/.test(near)) &&
      !/[.!?:;]\s*$/.test(near)
    ) {
      mention.excluded = 'name'
      return mention
    }
    // "the “at most one trip” reform": a number word inside a quoted name.
    if (insideQuotes(before)) {
      mention.excluded = 'name'
      return mention
    }
    // "the “six stabilities”": a number word opening a quoted name.
    if ('"“‘'.includes(previousChar) && previousChar !== '') {
      mention.excluded = 'name'
      return mention
    }
    if (
      // "with one heart and one mind", "the following eight areas of work"
      /^\s+(or|of|another|side|hand|heart|mind|voice)\b/i.test(after) ||
      /\b(the|no|every|following)\s+$/i.test(near) ||
      // "That one worries me more": "one" standing for a thing named before.
      (numberText.toLowerCase() === 'one' && /\b(?:that|this|which|each)\s+$/i.test(near)) ||
      // "one or two leading industries"
      /\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+or\s+$/i.test(near) ||
      // "one of China's four famous Taoist mountains": the set a name belongs to.
      /\bone\s+of\s+(?:\p{Lu}[\w-]*['’]s\s+)$/u.test(near)
    ) {
      mention.excluded = 'vague'
      return mention
    }
  }

  // Scale and unit.
  let cursor = open ? numberEnd + 1 : numberEnd
  let scale = 1
  let scaleWord: string | null = null
  const rest = open ? after.slice(1) : after
  const spaced = /^\s*/.exec(rest)![0].length
  // "5,314.95 100 million yuan", "1,036 10,000 mu": a Chinese unit of count written out in
  // figures before the unit.
  // Note: not after a year ("In 2023 10,000 new jobs were created").
  const written =
    numberText.length === 4 && /^(?:19|20)\d{2}$/.test(numberText)
      ? null
      : /^(100 million|hundred million|10,000|ten thousand)\s+(?=[a-z])/i.exec(rest.slice(spaced))
  const scaleMatch = written
    ? {
        word: written[1]!,
        factor: /million/i.test(written[1]!) ? 1e8 : 1e4,
        length: written[1]!.length,
      }
    : spaced === 0 && thousandGlued.test(rest)
      ? { word: 'thousand', factor: 1e3, length: 1 }
      : // "RMB 512m", "US$86m": a million glued to a sum of money.
        spaced === 0 &&
          /^m(?![\p{L}\d²³/])/u.test(rest) &&
          /(?:\b(?:RMB|CNY|USD)|\$|¥)\s*$/.test(near)
        ? { word: 'million', factor: 1e6, length: 1 }
        : matchScale(rest.slice(spaced))
  if (scaleMatch) {
    scale = scaleMatch.factor
    scaleWord = scaleMatch.word
    cursor += spaced + scaleMatch.length
    // "RMB1.3tn+", "1.2mn+ units"
    if (
      sentence[cursor] === '+' &&
      /^\+(?:\s|$|[),.;:])(?!\s*\d)/.test(sentence.slice(cursor, cursor + 4))
    ) {
      open = true
      cursor++
    }
  }
  let gap = 0
  while (isSpaceCode(sentence.charCodeAt(cursor + gap))) gap++
  if (
    gap === 0 &&
    sentence.charCodeAt(cursor) === 45 &&
    /^-per(?:cent| cent)\b/i.test(sentence.slice(cursor, cursor + 12))
  )
    gap = 1
  let unit: string | null = null
  let base: string | null = null
  const unitText = sentence.slice(cursor + gap, cursor + 160)
  // Every measure unit starts with one of these characters: most numbers need no regex here.
  const unitStart = unitFirst.test(unitText) ? measureUnits : []
  for (const [regex, canonical, baseForm] of unitStart) {
    const unitMatch = regex.exec(unitText)
    // ("up 5.6 %": one space before the sign, as some typists write it; not a cell's gap.)
    if (
      !unitMatch ||
      (gap > (sentence.charCodeAt(cursor) === 32 ? 1 : 0) && unitMatch[1] === '%') ||
      (gap > 1 &&
        unitMatch[1] !== '%' &&
        // ("within 5.5  per cent": two spaces in a line of prose before the word.)
        !(gap === 2 && /^ {2}per ?cent\b/i.test(sentence.slice(cursor, cursor + 12))))
    )
      continue
    // "16,000 PCT international patent applications": the treaty, not per cent.
    // (In a text all in capitals, a wire's, "2.4 PCT" is per cent.)
    if (unitMatch[1] === 'PCT' && /[a-z]/.test(sentence)) continue
    // ("84.1% ↑2.3 pts": points of a percentage; not "a score of 92.5 pts".)
    // ("0.2 points above Liaoning" after "grew 5.3%": not "50.8, 0.8 points above the boom-bust
    // line" of an index.)
    if (
      /^(?:pts|points?)$/i.test(unitMatch[1]!) &&
      !/%|per ?cent/i.test(
        sentence.slice(Math.max(0, numberStart - (unitMatch[1] === 'pts' ? 40 : 90)), numberStart),
      )
    )
      continue
    const written = unitMatch[1]!
    unit =
      canonical ||
      written
        .toLowerCase()
        .replace(/^usd$/, 'US dollars')
        .replace(/^us dollars$/, 'US dollars')
        .replace(/^u\.s\. dollars$/, 'U.S. dollars')
        .replace(/^teu(s?)$/, 'TEU$1')
        .replace(/^kwh$/, 'kWh')
    base = baseForm || unit.replace(/^metric /, '').replace(/^tonnes$/, 'tons')
    cursor += gap + written.length
    // "+20 yuan/month": the slash of a note for "per".
    if (unit === 'yuan' && sentence.charCodeAt(cursor) === 47) {
      const per = perUnit.exec(sentence.slice(cursor, cursor + 20))
      if (per) {
        unit = `yuan per ${per[1]!.toLowerCase()}`
        base = unit
        cursor += per[0].length
      }
    }
    break
  }
  if (unit === null) {
    const noun = countedNoun(sentence.slice(cursor, cursor + 160))
    // "The 2026 Government Work Report in 15 Slides": the parts of the text itself are no figure.
    if (noun && /^(?:slides|pages|chapters)$/i.test(noun.head) && /\bin\s+$/i.test(near)) {
      mention.excluded = 'name'
      return mention
    }
    if (noun) {
      unit = noun.head
      base = noun.head
      mention.countedNoun = true
      cursor += noun.length
    }
  }
  // "RMB 2.36 trillion", "US$10.3 billion": the currency stands before the number.
  const currency = /[BYD$¥]\s*$/.test(near)
    ? /(?:\b(RMB|CNY|USD)|(US\$|\$|¥))\s*$/.exec(near)
    : null
  if (currency && (unit === null || mention.countedNoun)) {
    const name = /USD|\$/.test(currency[0]) ? 'US dollars' : 'yuan'
    unit = name
    base = name
    mention.countedNoun = false
    cursor = numberEnd + (scaleMatch ? spaced + scaleMatch.length : 0)
    // "RMB 180 per month"
    const per = perUnit.exec(sentence.slice(cursor, cursor + 20))
    if (per) {
      unit = `${name} per ${per[1]!.toLowerCase()}`
      base = unit
      cursor += per[0].length
    }
  }
  if (unit === '%' || unit === 'percentage points') {
    mention.unit = unit
    mention.baseUnit = unit
    mention.baseValue = value
  } else {
    mention.unit = unit === null ? scaleWord : scaleWord ? `${scaleWord} ${unit}` : unit
    mention.baseUnit = base
    mention.baseValue = round(value * scale)
  }
  // "+6%-ish", "6% or so": about the figure.
  if (
    mention.qualifier === null &&
    /^(?:-ish\b|\s+or so\b)/i.test(sentence.slice(cursor, cursor + 7))
  ) {
    mention.qualifier = 'around'
    cursor += sentence[cursor] === '-' ? 4 : 6
  }
  // "33 or below", "5.5% or less": an upper bound; "by 3% or more", a lower one (not "20
  // million yuan or more", a threshold).
  else if (mention.qualifier === null && sentence.charCodeAt(cursor + 1) === 111) {
    const bound = /^\s+or (?:(below|less|lower)|more|above|higher)\b/i.exec(
      sentence.slice(cursor, cursor + 12),
    )
    // (Not a bound that defines things: "families with incomes of 800 yuan or less", "enterprises
    // whose sales grew by 20% or more".)
    if (
      bound &&
      !/\b(?:whose|with)\b[^,;.]{0,60}$/i.test(
        sentence.slice(Math.max(0, numberStart - 70), numberStart),
      ) &&
      (bound[1] !== undefined ||
        (unit === '%' &&
          /\bby\s+$/i.test(sentence.slice(Math.max(0, numberStart - 4), numberStart))))
    ) {
      mention.qualifier = bound[1] !== undefined ? 'within' : 'at least'
      cursor += bound[0].length
    }
  }
  mention.end = cursor

  // "(2) growth of …" inside a paragraph, "COVID-19[1]": list markers and footnote marks.
  if (
    !word &&
    previousChar === '(' &&
    nextChar === ')' &&
    smallInteger &&
    /(?:^|[\s:;,.])\($/.test(near)
  ) {
    mention.excluded = 'ordinal'
    return mention
  }
  // "… trillion[^2]": a Markdown footnote's mark.
  if (!word && previousChar === '^' && near.endsWith('[^')) {
    mention.excluded = 'footnote'
    return mention
  }
  if (!word && previousChar === '[' && nextChar === ']') {
    mention.excluded = 'footnote'
    return mention
  }
  // "TOTAL IMPORTS AND EXPORTS(2)", "revenue(1)": a note mark in brackets glued to a word.
  if (
    !word &&
    smallInteger &&
    previousChar === '(' &&
    nextChar === ')' &&
    /\p{L}\($/u.test(near) &&
    !/^\)\s*\p{L}/u.test(after)
  ) {
    mention.excluded = 'footnote'
    return mention
  }
  // "[12, 13]", "[4–6]": references cited by number.
  if (
    !word &&
    smallInteger &&
    (previousChar === '[' || nextChar === ']' || nextChar === ',' || previousChar === ' ') &&
    near.includes('[') &&
    /\[(?:\d{1,3}\s*[,–-]\s*)*$/.test(near) &&
    /^(?:\s*[,–-]\s*\d{1,3})*\]/.test(after)
  ) {
    mention.excluded = 'footnote'
    return mention
  }
  // "Urumqi 830046, China", "Address: … Xi'an 710075": a postal code; "WP No. 25-014": a
  // number of a series; "β₂ = 0.07 (s.e. 0.03)": statistics of a model.
  if (
    !word &&
    ((sentence.includes('ddress') && /\baddress\s*[:：]/i.test(sentence)) ||
      (/^\d{5,6}$/.test(numberText) &&
        (/^,?\s*(?:China|P\.?\s?R\.?\s?China|PRC|UK|USA|Germany)\b/.test(after) ||
          /\b(?:address|road|avenue|street|district|university|institute)\b/i.test(sentence))) ||
      (nextChar === '-' && /^-0\d/.test(after)) ||
      ((near.includes('=') || near.includes('s.e.') || near.includes('<')) &&
        // ("(previous year = 100)", "(2020=100)": the base of an index.)
        /(?:\bs\.e\.|\bp\s*[<=]|\bt\s*=|[\u0370-\u03ff][\u2080-\u2089\d]*\s*=|\((?:(?:the\s+)?(?:previous|last|base)\s+year|(?:19|20)\d{2})\s*=)\s*$/i.test(
          near,
        )))
  ) {
    mention.excluded = 'name'
    return mention
  }
  // "three years of the pandemic", "the past five years": durations, not figures.
  if (
    scaleWord === null &&
    unit !== null &&
    'ymdYMD'.includes(unit.charAt(0)) &&
    /^(?:years?|months?|decades?)$/i.test(unit) &&
    !/\b(?:by|of|to)\s*$/i.test(before.slice(-8)) &&
    // "average life expectancy reached 78.6 years": a level in years.
    !numberText.includes('.') &&
    !/\b(?:reached|hit|was|stood at|averaged)\s*$/i.test(before.slice(-12)) &&
    // "average life expectancy will rise above 84 years"
    !/\blife expectancy\b/i.test(before)
  ) {
    mention.excluded = 'streak'
    return mention
  }
  // "the delivery took 1 hour 29 minutes", "minus 18 degrees Celsius", "roughly 17,000 Chinese
  // characters": the length of the speech or the text, or the weather, measure no indicator.
  if (
    unit !== null &&
    scaleWord === null &&
    (/^(?:degrees(?: celsius)?|(?:chinese )?characters|pages)$/i.test(unit) ||
      // (A time taken, not one an indicator measures: "within 90 minutes" of a journey.)
      (/^(?:hours?|minutes?|seconds?)$/i.test(unit) &&
        (/\b(?:took|lasted|spoke|speech|delivery|applause)\b[^,;.]{0,24}$/i.test(before) ||
          /\d\s+hours?\s+(?:and\s+)?$/i.test(before) ||
          /^\s+hours?\s+(?:and\s+)?\d/i.test(after))))
  ) {
    mention.excluded = 'measure'
    return mention
  }
  // Years: a bare integer between 1900 and 2100 without a unit.
  if (
    !word &&
    numberText.length === 4 &&
    /^(19|20)\d{2}$/.test(numberText) &&
    // "2025 planned" in a table's header: a counted word after a year does not make it a count.
    (unit === null || (unit !== '%' && unit !== 'percentage points')) &&
    scaleWord === null
  ) {
    // Note: reports write counts of that size with a separator ("2,000 enterprises").
    mention.excluded = 'year'
    return mention
  }
  // "said retiree Li Shufen, 67, who lives in …": a person's age.
  if (
    !word &&
    unit === null &&
    scaleWord === null &&
    /^\d{1,3}$/.test(numberText) &&
    /\b[A-Z][a-z]+,\s*$/.test(near) &&
    /^,\s/.test(after)
  ) {
    mention.excluded = 'age'
    return mention
  }
  // "Project 3212", "Route 66", "Tesla's Gigafactory 3": a capitalised word inside the sentence
  // names the number.
  if (
    !word &&
    unit === null &&
    scaleWord === null &&
    /(?:^|[^.!?:;]\s)[A-Za-z'’]+\s+[A-Z][a-z]+\s+$/.test(near) &&
    /[a-z]/.test(before)
  ) {
    mention.excluded = 'name'
    return mention
  }
  // ('the "Cloud Hengnan 2.0" platform': the version that ends a quoted name.)
  if (!word && /^["”’]/.test(after) && insideQuotes(before) && /\p{Lu}/u.test(before.slice(-30))) {
    mention.excluded = 'name'
    return mention
  }
  // "PM two point five averaged twenty-six …": the pollutant's name said in words.
  if (word && /^two[\s-]+point[\s-]+five$/i.test(numberText) && /\bpm\s+$/i.test(near)) {
    mention.excluded = 'name'
    return mention
  }
  // "rose by two to seven": the level a counted change reached.
  // ("five-point-one and seven-point-eight percent respectively": a decimal said in words is
  // never vague; "pm two point five" names a pollutant.)
  if (
    word &&
    unit === null &&
    (!/point/i.test(numberText) || /\bpm\s+$/i.test(near)) &&
    scaleWord === null &&
    !/\bby\s+\S+\s+to\s+$/i.test(near) &&
    // "cut the tiers to no more than three"
    !/\bto\s+(?:no more than|no less than|at least|at most|more than|over|nearly|about|around)\s+$/i.test(
      near,
    ) &&
    // "rose by two to seven", "increase the number of ski resorts by five"
    !(/\bby\s+$/i.test(near) && /^\s+to\s+\S/i.test(after)) &&
    // "The number of Grade III Class A hospitals rose to nine"
    !(
      /\b(?:rose|increased|grew|climbed|reached)\s+to\s+$/i.test(near) &&
      /\bnumber of\b/i.test(before)
    ) &&
    !(/\bby\s+$/i.test(near) && /\bnumber of\b/i.test(before)) &&
    // ("…, bringing the county's listed companies to seven": the total they come to.)
    !/\bbringing\s+(?:the\s+)?[^,;]{0,50}?\bto\s+$/i.test(near) &&
    // ("listed companies totaled nine": the count a verb of a level gives the things before it.)
    !(
      /\b(?:totall?ed|numbered|came to)\s+$/i.test(near) &&
      /^\s*(?:[,;.)]|$|\s+(?:in|by|at|as|and)\b)/i.test(after)
    ) &&
    // "between seventy and seventy five million": the lower end of a range, in its unit.
    !(/\bbetween\s+$/i.test(near) && /^\s+and\s+\S/i.test(after)) &&
    // "Tertiary hospitals to open ........ three", "New routes: ten": the label names the count.
    !(/(?:\.{3,}|…+|[:：|])\s*$/.test(near) && /^\s*(?:[,;.|]|$)/.test(after)) &&
    // ("Provincial-level innovation platforms: add five", "Senior canteens: twenty more": a
    // label's count, added.)
    !(/[:：]\s*(?:add|build|open|another)\s+$/i.test(near) && /^\s*(?:[,;.|]|$)/.test(after)) &&
    !(/[:：]\s*$/.test(near) && /^\s+(?:more|added|new)\s*(?:[;.|]|$)/i.test(after)) &&
    // "rose to 23, four more than a year earlier": a change of the figure before it.
    // ("now has 58 national high-tech enterprises, nine more than a year before": after what it
    // counts, in lower case; not "made the Fortune Global 500 list, one more …", "the Top 500
    // Chinese Manufacturing Enterprises, one more …", "revenue of over 10 billion yuan, two more
    // …", after a name or a threshold.)
    !(
      (/\d\s*,\s*$/.test(near) || /\d\s+[\p{Ll}“”"' -]{0,60}\p{Ll}s,\s*$/u.test(near)) &&
      /^\s+(?:more|fewer)\s+than\s+(?:a year (?:earlier|before|ago)|the (?:previous )?year|last year)\b/i.test(
        after,
      )
    )
  ) {
    mention.excluded = 'vague'
    return mention
  }

  // Qualifier directly before the number.
  const matched = matchQualifier(before)
  // ("aims to get to top 20 in the index": the size of a list, not "to top 300 billion yuan".)
  // ("Help 3,000 students to pass 12 exams": nor before a count.)
  const qualifier =
    // ("Registered market entities to pass 75,000": a bound, with nothing after it.)
    matched &&
    /\b(?:top|pass)\s*$/i.test(before) &&
    (mention.countedNoun || (mention.unit === null && /^\s*[A-Za-z]/.test(after)))
      ? undefined
      : matched
  if (qualifier) {
    mention.qualifier = qualifier.qualifier
    mention.start = numberStart - qualifier.length
  } else if (open) mention.qualifier = 'more than'
  const lead = before.slice(0, before.length - (qualifier?.length ?? 0))
  const leadNear = lastWords(lead)

  // Thresholds that define what is counted, and conversions in parentheses.
  // ("326 projects worth over 1 billion yuan each were started")
  if (
    (/\b(?:worth|valued at|each with an? (?:investment|output|revenue) of)\s*$/i.test(leadNear) &&
      // ("worth 1 bn yuan+ each": with its bound written as a plus.)
      /^\s+(?:[a-z]+\+?\s+){0,2}each\b(?!\s+(?:month|quarter|year|day|week)\b)/i.test(after)) ||
    // ("412 projects, 26 of them worth over one billion yuan": the size of some of them.)
    // ("including at least 8 worth over 1 billion yuan", "and 27 worth over 1 billion yuan".)
    (mention.qualifier !== null && countWorth.test(leadNear)) ||
    // ("38 villages exceeded 2 million yuan", "63 villages earned more than 1 million yuan each":
    // the size each of the things counted before reached.)
    // ("All 66 villages had …, and 21 of them exceeded 1 million yuan": or some of them.)
    /\b\d[\d,]*\s+(?:(?:[a-z-]+\s+){0,2}(?:villages|enterprises|companies|firms|households|towns|townships)|of\s+(?:them|which|these))\s+(?:each\s+)?(?:earned|exceeded|topped|surpassed|passed|generating|earning)\s*$/i.test(
      leadNear,
    ) ||
    // ("of which projects over 1 billion yuan: 136": the size of the things a label counts.)
    (mention.qualifier !== null &&
      sizedThings.test(leadNear) &&
      /^[^:：,;.]{0,24}[:：]\s*(?:[~≈]\s*)?\d/.test(after)) ||
    // ("41 projects ≥ 100 mn yuan signed": a bound as a sign right after the things counted.)
    // ("Projects ≥ 100 mn yuan under construction: 189": or before the label's figure.)
    // (Not "▪ High-tech enterprises ≥ 1,200", a bound on the count itself.)
    (qualifier !== undefined &&
      /[≥>]/.test(before.slice(before.length - qualifier.length)) &&
      sizedThings.test(leadNear) &&
      (/\b\d[\d,]*\s+(?:[a-z-]+\s+){0,2}\S+\s*$/i.test(leadNear) ||
        /^[^:：,;.]{0,60}[:：]\s*(?:[a-z]+\s+)?(?:[~≈]\s*)?\d/.test(after))) ||
    // ("Industrial projects of over 1 billion yuan each started: 27")
    (mention.qualifier !== null &&
      /\b(?:projects|enterprises|firms|companies|businesses)\s+of\s*$/i.test(leadNear) &&
      /^\s+(?:[a-z]+\s+){0,2}each\b/i.test(after)) ||
    // ("including 19 projects of over 1 billion yuan": the size of each of them counted; not "35
    // projects of over 20 billion yuan in total investment".)
    (mention.qualifier !== null &&
      /\bincluding\s+\d[\d,]*\s+(?:[a-z-]+\s+){0,2}(?:projects|enterprises|firms|companies|businesses)\s+of\s*$/i.test(
        leadNear,
      ))
  ) {
    mention.excluded = 'threshold'
    return mention
  }
  if (/\beach\b/i.test(lead.slice(-45))) {
    if (
      // (Not "… over 100 million yuan each — 312 projects started": the label's count.)
      (/\beach\b[^,;:—]{0,40}$/i.test(leadNear) &&
        // ("projects worth over 100 million yuan each and complete investment of 30 billion
        // yuan": the task after the threshold's end.)
        !/\beach\s+and\s+\w+/i.test(leadNear) &&
        // ("Three projects each worth over 10 billion yuan and 27 worth …": a count after it; "…
        // each worth over 100 million yuan and bring 60 projects into production": a task after it.)
        !/\b(?:yuan|dollars)\s+and\s+(?:[a-z]+\s+)?$/i.test(leadNear) &&
        // "projects each worth over 100 million yuan grew by 9.6%": the figure of the verb.
        !/\beach\b[^,;]*\b(?:grew|rose|increased|surged|jumped|climbed|soared|expanded|fell|dropped|declined|reached|was|were|totaled|totalled|amounted|stood|accounted)\b/i.test(
          leadNear,
        )) ||
      /\bwith an? (?:annual )?(?:investment|output|revenue) of$/i.test(leadNear.trimEnd())
    ) {
      mention.excluded = 'threshold'
      return mention
    }
  }
  // "the number of newly started projects worth over 1 billion yuan reached 38": a size in the
  // subject of the verb after it.
  if (
    mention.qualifier !== null &&
    /\b(?:projects|enterprises|firms|companies|businesses)\s+worth\s*$/i.test(leadNear) &&
    /^\s*(?:[a-z]+\s+){0,3}?(?:reached|totaled|totalled|numbered|rose|grew|increased|hit|stood|were|was|exceeded)\b/i.test(
      after,
    )
  ) {
    mention.excluded = 'threshold'
    return mention
  }
  // "enterprises with annual revenue of more than 10 billion yuan": what defines the plural noun.
  if (
    // "(those with annual main business revenue of 20 million yuan or more)"
    (mention.qualifier !== null ||
      /^[^,;()]{0,12}?\bor (?:more|above|over|higher)\b/i.test(
        sentence.slice(mention.end, mention.end + 30),
      )) &&
    /\b(?:[a-z]+s|those|ones)\s+(?:(?:each|now)\s+)?(?:with|had|having|report|reported|reporting)\s+(?:an?\s+)?(?:annual\s+)?(?:business\s+|main business\s+|operating\s+|collective\s+){0,2}(?:investment|output|revenue|sales|income|output value|GRP|GDP|value added|turnover|imports and exports|trade)\s*(?:of\s*)?(?:(?:exceeding|surpassing|topping)\s+)?$/i.test(
      // ("industrial enterprises with annual main business revenue of": a long label.)
      lastWords(lead, 72),
    ) &&
    // ("add 10 villages with annual collective operating income of over 2 million yuan": an
    // income, revenue or sales is each one's, though a count stands before it.)
    (!countedWith(lead.slice(-90)) ||
      /\b(?:income|revenue|sales|turnover)\s*(?:of\s*)?(?:(?:exceeding|surpassing|topping)\s+)?$/i.test(
        leadNear,
      ))
  ) {
    mention.excluded = 'threshold'
    return mention
  }
  // "Industrial projects of 1 billion yuan or more: 58 signed": the size that counts a project.
  if (
    /\b(?:projects|enterprises|firms|companies|businesses|clusters|parks|zones)\s+(?:of|worth)\s*$/i.test(
      leadNear,
    ) &&
    /^[^,;()]{0,12}?\bor (?:more|above|over|higher)\b/i.test(
      sentence.slice(mention.end, mention.end + 30),
    )
  ) {
    mention.excluded = 'threshold'
    return mention
  }
  // "Goods processed in Hainan with value added of 30 percent or more": what qualifies them.
  if (
    lastWord(leadNear) === 'of' &&
    /\bwith\s+(?:an?\s+)?(?:value added|revenue|output|investment)\s+of\s*$/i.test(leadNear) &&
    /^\s*(?:%|-?percent|-?per cent)?\s+or\s+(?:more|above|higher)\b/i.test(
      sentence.slice(mention.end, mention.end + 30),
    )
  ) {
    mention.excluded = 'threshold'
    return mention
  }
  // "villages with more than 30 households": a bound on what is counted; "people living in areas
  // above 4,800 meters": where they live.
  if (
    (mention.qualifier !== null &&
      /\b(?:[a-z]+s|those|ones)\s+with\s*$/i.test(leadNear) &&
      !countedWith(lead.slice(-90))) ||
    (mention.qualifier !== null &&
      /\b(?:in|from|at)\s+(?:areas|regions|places|zones|altitudes|elevations)\s*$/i.test(
        leadNear,
      )) ||
    // ("Lift 10 more villages to collective income above 500,000 yuan": the level the things
    // counted are lifted to; "All 153 villages: collective income ≥ 100,000 yuan": or reached.)
    // (Not "The 12 industrial parks: revenue above 50 billion yuan": the parks' own sum.)
    (mention.qualifier !== null &&
      /\b\d[\d,]*\s+(?:more\s+)?(?:[a-z-]+\s+){0,2}(?:villages|towns|townships|communities|households)\s*(?:to\s+|[:：]\s*)(?:[a-z-]+\s+){0,3}(?:income|revenue|output|sales)\s*(?:of\s*)?$/i.test(
        leadNear,
      )) ||
    // ("100% of 12345 hotline requests answered within 24 hours": the time limit of what is
    // counted.)
    (mention.qualifier === 'within' &&
      /\b[a-z]+s\s+(?:answered|handled|processed|resolved|settled|approved|completed|responded to|replied to)\s*$/i.test(
        leadNear,
      ) &&
      /^\s*(?:working\s+)?(?:hours?|days?|minutes?)\b/i.test(after))
  ) {
    mention.excluded = 'threshold'
    return mention
  }
  // "134 chemical plants within one kilometer of the river", "services within a 15-minute walk":
  // how near what is counted stands.
  if (
    mention.qualifier === 'within' &&
    /\b[a-z]+s\s*$/i.test(leadNear) &&
    /^[\s-]*(?:kilomet(?:er|re)s?|km|met(?:er|re)s?)\b[^,;.]{0,20}?\b(?:of|from|radius)\b/i.test(
      after,
    )
  ) {
    mention.excluded = 'threshold'
    return mention
  }
  // "clusters with output exceeding 100 billion yuan each"
  if (
    /^\s+each\b/i.test(sentence.slice(mention.end, mention.end + 8)) &&
    /\bwith\s+(?:an?\s+)?(?:annual\s+)?(?:investment|output|revenue|sales)\b/i.test(leadNear)
  ) {
    mention.excluded = 'threshold'
    return mention
  }
  if (
    leadNear.includes('(') &&
    /(yuan|dollars)(?:\d|\[\d{1,3}\])?\s*\((?:about|around|approximately|or|equivalent to)?\s*(?:RMB|US\$|\$|¥)?\s*$/i.test(
      leadNear,
    ) &&
    // (Not "91.58 billion yuan (68.5% of the total)": a share of the amount.)
    !/^\s*(?:%|per ?cent)/i.test(after)
  ) {
    mention.excluded = 'conversion'
    return mention
  }
  // "334.35 billion yuan: Lanzhou's GDP in 2022 (about $48 billion)": dollars in brackets after a
  // sum in yuan the clause gave before its name.
  if (
    before.includes('$') &&
    /\d\s*(?:(?:trillion|billion|million)\s+)?yuan\b[^()]{0,120}\(\s*(?:(?:about|around|approximately|approx\.|roughly|nearly|some)\s+)?(?:US\$|\$)$/i.test(
      sentence.slice(Math.max(0, numberStart - 180), numberStart),
    )
  ) {
    mention.excluded = 'conversion'
    return mention
  }

  const tail = sentence.slice(mention.end, mention.end + 160)
  mention.followedByOf =
    isSpaceCode(tail.charCodeAt(0)) && firstWord(tail) === 'of' && /^\s+of\b/i.test(tail)
  // "↓2.2ppt", "▲ 6.8%", "▼ 0.3 pp": an arrow, glued to the figure or a space before it, gives
  // its sign.
  // Note: an arrow that opens the sentence marks an item ("▲ 35 new hospitals were built").
  const arrowAt =
    previousChar !== '' && arrows.includes(previousChar)
      ? numberStart - 1
      : previousChar === ' ' &&
          numberStart >= 2 &&
          arrows.includes(sentence[numberStart - 2]!) &&
          // ("▲ 6.2% Fixed asset investment": a card's change opens it.)
          (sentence.slice(0, numberStart - 2).trim() !== '' ||
            unit === '%' ||
            unit === 'percentage points')
        ? numberStart - 2
        : // ("GRP: ↑ ~6%": a tilde for "around" between.)
          (previousChar === '~' || previousChar === '≈') && numberStart >= 2
          ? arrowBefore(sentence, numberStart - 1)
          : -1
  const arrowUp = arrowAt >= 0 && '↑▲△'.includes(sentence[arrowAt]!)
  if (unit === 'percentage points') {
    mention.change =
      /\b(dropped|drop|fell|fall|declined?|decreased?|down|lower(?:ed)?|reduced?|cut|narrowed|slipped|slid|dipped|eased|shrank)\s+(by\s+)?(?:a\s+total\s+of\s+)?$/i.test(
        leadNear,
      )
        ? -1
        : 1
    mention.changeCue = 'points'
    // "+0.3ppt", "↓2.2ppt": a sign or arrow glued to the figure.
    const signed =
      arrowAt >= 0 ||
      ((previousChar === '-' || previousChar === '−' || previousChar === '+') &&
        signStands(sentence, numberStart - 1))
    if (signed) {
      mention.change = previousChar === '+' || arrowUp ? 1 : -1
      mention.start = arrowAt >= 0 ? arrowAt : numberStart - 1
    }
    // "73.4%, 0.3 percentage points higher than in 2022": the change of the figure before.
    // ("4.9%, 0.2 percentage points lower than the national figure": a gap to another place's
    // figure, a record of its own.)
    const than =
      /^\s*(higher|lower|more|less|faster|slower)\s+than\b(\s+(?:the\s+)?(?:national|provincial|regional|country|nation|province|region|average)\b)?/i.exec(
        tail,
      )
    if (than) {
      mention.change = /higher|more|faster/i.test(than[1]!) ? 1 : -1
      if (!than[2]) mention.changeCue = 'than'
    }
    // ("1.06 percentage points below the national intensity": a gap below another figure.)
    // (Not "below the target": how it stood against a plan.)
    else if (
      /^\s*(?:below|behind)\b/i.test(tail) &&
      !/^\s*(?:below|behind)\s+(?:the|its|our|their)\s+(?:[\w-]+\s+)?(?:target|goal|ceiling|plan)/i.test(
        tail,
      )
    )
      mention.change = -1
    return mention
  }
  // "| -0.2%", "GDP: -5.0%", "(+3.8%)": a sign glued to the figure, after a space, bar, colon or
  // bracket.
  if (
    !word &&
    (((previousChar === '-' || previousChar === '−' || plus) &&
      signStands(sentence, numberStart - 1)) ||
      arrowAt >= 0)
  ) {
    mention.change = plus || arrowUp ? 1 : -1
    mention.changeCue = 'cue'
    // (Not past a qualifier before the sign: "around +6%".)
    mention.start = Math.min(mention.start, arrowAt >= 0 ? arrowAt : numberStart - 1)
    return mention
  }
  // "built or expanded 315 schools": what was done, not a rise.
  // "Raise minimum basic pension by RMB20/month": the cue before the currency.
  const money = /(?:RMB|CNY|USD|US\$|\$|¥)\s*$/.exec(lead.slice(-6))
  const cueLead = money ? lead.slice(0, lead.length - money[0].length) : lead
  let cue =
    leadNear.includes(' or ') &&
    /\b(?:built|opened|added|constructed|renovated)\s+or\s+\w+\s*$/i.test(leadNear)
      ? undefined
      : changeBefore(cueLead, money ? lastWords(cueLead) : leadNear)
  // "Raise the per capita government subsidy for … residents by 30 yuan": the verb of a "by" can
  // stand further back than the text read around a number (within its clause).
  if (!cue && !money && numberStart > 100 && lead.endsWith('by ')) {
    const clause = sentence
      .slice(Math.max(0, numberStart - 240), numberStart - (qualifier?.length ?? 0))
      .replace(/^.*[,;:]/, '')
    if (clause.length > lead.length) cue = changeBefore(clause, leadNear)
  }
  // "life expectancy will rise above 84 years": a level risen past, not a rise by.
  const past =
    cue !== undefined &&
    (mention.qualifier === 'above' || mention.qualifier === 'over') &&
    unit !== '%' &&
    /\b(?:rise|rises|rising|rose|risen|increase|increases|increased|grow|grows|grew|climb|climbed)\s*$/i.test(
      lead,
    )
  if (cue && !past) {
    mention.change = cue.sign
    mention.changeCue = cue.kind
    return mention
  }
  const post =
    /^["”]?\s*(?:year-on-year\s+|(?:GDP|GRP|economic)\s+)?(increase|growth|rise|gain|hike|jump|surge|rebound|recovery|expansion|decrease|decline|drop|fall|reduction|contraction|slump|plunge)\b/i.exec(
      tail,
    )
  if (post) {
    mention.change = /increase|growth|rise|gain|hike|jump|surge|rebound|recovery|expansion/i.test(
      post[1]!,
    )
      ? 1
      : -1
    mention.changeCue = 'post'
    return mention
  }
  // "316 days, 13 more than in 2018": the change of the figure before.
  const than =
    /^\s*(more|fewer|less|higher|lower)\s+(?:[a-z]+\s+)?than\s+(?:in\s+|at\s+the\s+end\s+of\s+)?(?:the\s+)?(?:previous|last|year\s+before|a\s+year\s+(?:earlier|ago|before)|(?:19|20)\d{2})\b/i.exec(
      tail,
    )
  if (than) {
    mention.change = /more|higher/i.test(than[1]!) ? 1 : -1
    mention.changeCue = 'than'
    return mention
  }
  const level = levelCue.exec(leadNear)
  if (level) mention.levelCue = level[1]!.toLowerCase()
  return mention
}

// Things named by a number after them ("Line 17", "Phase 2").
const referenceWords = new Set(
  'section sections chapter chapters annex appendix page pages fm am'.split(' '),
)

const namedThings = new Set(
  'line lines route routes phase phases project projects terminal terminals zone zones block blocks gate gates'.split(
    ' ',
  ),
)

/** Whether the sign at `at` stands apart: after a space, bar, colon or bracket, or first. */
function signStands(sentence: string, at: number): boolean {
  return at === 0 || /[\s|:：(（]/.test(sentence[at - 1]!)
}

const adverb =
  /\b(?:just|only|merely|a mere|a further|another|an additional|an? (?:moderate|modest|slight|mild|marginal|robust|strong|solid|sharp|steep|significant|remarkable|healthy|stable|steady))\s+$/i
// The last words of `adverb`: a cheap test before it.
const softeners = new Set(
  'just only merely mere further another additional moderate modest slight mild marginal robust strong solid sharp steep significant remarkable healthy stable steady'.split(
    ' ',
  ),
)

// The verb or preposition that sets a level, at most 20 characters before the number.
const levelCue =
  /\b(increased|rose|raised|brought|grew|expanded|reached|hit|totaled|totalled|amounted|stood|was|were|is|are|averaged|accounted|accounts|represented|represents|comprised|exceeded|surpassed|exceeding|reaching|kept|maintained|remained|stayed|made up|makes up|to|at|of)\b[^,;:：]{0,20}$/i

const unitFirst = /^[%pPmMyYuUdDrRtTsSckCKhHgGμµbB]/

/** The last word of a text before a number, lower-cased ("by" in "increased by "). */
/** The last word before a number, past a dot or colon after it ("No. ", "Sheets: "), lower-cased. */
function lastLabel(text: string): string {
  let end = text.length
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--
  const mark = text.charCodeAt(end - 1)
  return mark === 46 || mark === 58 ? lastWord(text.slice(0, end - 1)) : lastWord(text)
}

const namingLabels = new Set(
  'no table figure chart slide slides panel priority pillar chapter chapters section sections part task theme row rows sheet sheets ext issue annex appendix box exhibit item items group article keyword paragraph para page p pp magnitude highway rm room segment episode'.split(
    ' ',
  ),
)

function lastWord(text: string): string {
  let end = text.length
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--
  let start = end
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--
  return text.slice(start, end).toLowerCase()
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45
}

// The words a qualifier ends with: any other last word means no qualifier.
const qualifierEnds = new Set(
  'than least around about approximately approx roughly some nearly almost to over exceeded exceeding exceeds exceed surpassed surpassing surpass surpasses top topped tops topping crossed crosses pass passed passes past above within below under'.split(
    ' ',
  ),
)

const qualifierTable: Array<[RegExp, Qualifier]> = [
  [/\bno(?:t)? (?:less|fewer|lower) than\s*$/i, 'no less than'],
  [/\bno(?:t)? (?:more|higher|greater) than\s*$/i, 'within'],
  [/\bmore than\s*$/i, 'more than'],
  [/\bat least\s*$/i, 'at least'],
  // "Some 626,000 new urban jobs": "some" before a figure is "about".
  [/\b(?:around|about|approximately|approx\.?|roughly|some)\s*$/i, 'around'],
  [/\b(?:nearly|almost|close to)\s*$/i, 'nearly'],
  [
    /\b(?:over|exceeded|exceeding|exceeds|exceed|surpassed|surpassing|surpass|surpasses|topped|tops|topping|crossed|crosses|passed|passes)\s*$/i,
    'over',
  ],
  // "revenue to top 300 billion yuan", "will top", "to pass": the verb (not "the top 10").
  [/\b(?:to|will|would|should|could|may|expected to)\s+(?:top|pass)\s*$/i, 'over'],
  // "push the output of the cluster past 180 billion yuan": a level to be passed (not "the past
  // five years").
  [/(?<=[a-z]\s+)(?<!\b(?:the|in|over|for|during|of|these|those)\s+)past\s*$/i, 'over'],
  [/\babove\s*$/i, 'above'],
  [/\b(?:within|below|under)\s*$/i, 'within'],
]

/** A qualifier right before a number: "around ", "by over ", "no less than ". */
function matchQualifier(before: string): { qualifier: Qualifier; length: number } | undefined {
  // "around +6%": a plus between the qualifier and the figure.
  // ("CPI approx. +2%": or after the dot of a short form.)
  if (before.endsWith('+') && /[a-z]\.?\s+\+$/i.test(before.slice(-16))) {
    const found = matchQualifier(before.slice(0, -1))
    return found && { qualifier: found.qualifier, length: found.length + 1 }
  }
  // Only the end of the text before the number can hold its qualifier; "over RMB 5 billion": the
  // currency stands between them.
  // "at least another 150 billion": "another" stands between the qualifier and the figure.
  const tail = before.slice(-24)
  const currency = /(?:another|additional|further|RMB|CNY|USD|\$|¥)\s*$/.test(tail)
    ? (/(?:(?:another|an additional|a further)\s+)?(?:\b(?:RMB|CNY|USD)|US\$|\$|¥)?\s*$/.exec(
        tail,
      )?.[0] ?? '')
    : ''
  const end = before.slice(-32 - currency.length, before.length - currency.length)
  // "~6.5%": about; "≥RMB20mn", "≤5.5%", "≤ 5.5": bounds written as signs.
  // ("output value > 26 bn yuan": a bound with a space after it, and before it.)
  const spaced =
    end.at(-1) === ' ' &&
    (/[~≈≥≤]/.test(end.at(-2) ?? '') ||
      // (Not "Home > News > 12 reports", nor "< 1 >" of a pager.)
      // ("scenic areas: > 1.1 million visits", "Grain output      > 98,000 t": or after a colon or a
      // table's gap.)
      (end.at(-2) === '>' &&
        /(?:[a-z]|[:：]| {2}) >\s$/i.test(end.slice(-5)) &&
        !end.slice(0, -3).includes('>')))
      ? 1
      : 0
  const sign = end.at(-1 - spaced)
  const signed = 1 + spaced + currency.length
  if (sign === '~' || sign === '≈') return { qualifier: 'around', length: signed }
  if (sign === '≥') return { qualifier: 'at least', length: signed }
  if (sign === '≤') return { qualifier: 'within', length: signed }
  // "<=5.5", ">=8", ">240,000" in a table: the same bounds in ASCII.
  if (sign === '=' && (end.at(-2) === '<' || end.at(-2) === '>'))
    return { qualifier: end.at(-2) === '<' ? 'within' : 'at least', length: 2 + currency.length }
  // Note: not the end of a markup tag ("<td>5.2").
  if ((sign === '>' || sign === '<') && /^[\s|(]?$/.test(end.at(-2 - spaced) ?? ''))
    return { qualifier: sign === '>' ? 'more than' : 'within', length: signed }
  // "GDP growth: c.5%": circa.
  if (end.endsWith('c.') && /(?:^|[\s(|:~])c\.$/.test(end))
    return { qualifier: 'around', length: 2 + currency.length }
  // ("approx. 143 bn yuan": the word's dot before the space.)
  if (!qualifierEnds.has(lastWord(end)) && !/\bapprox\.\s*$/i.test(end)) return undefined
  for (const [regex, qualifier] of qualifierTable) {
    const match = regex.exec(end)
    // Verbs like "exceeded" qualify the figure but stay outside the quantity's span.
    if (match)
      return {
        qualifier,
        length: /^(?:exceed|surpass|topped|tops|topping|cross)|\b(?:top|pass)$/i.test(
          match[0].trim(),
        )
          ? 0
          : match[0].length + currency.length,
      }
  }
  return undefined
}

const rising =
  'increased?|increases|increasing|rose|rise|rises|risen|rising|grew|grows?|growing|grown|up|expanded?|expands|expanding|gained?|gains|raised?|raises|raising|lift(?:ed|ing|s)?|boost(?:ed)?|added|add|surged|surging|soared|soaring|jumped|jumping|climbed|climbing|rebounded|rebounding|recovered|recovering'
const falling =
  'dropped|dropping|drops?|fell|falls?|falling|declined?|declines|declining|decreased?|decreases|decreasing|down|reduced?|reducing|cut|cutting|lower(?:ed|ing)?|trimm(?:ed|ing)|slash(?:ed|ing)|shrank|shrink|shrinking|contracted?|slipped|slipping|slid|sliding|dipped|dipping|plunged|plunging|plummeted|plummeting|tumbled|tumbling|eased|easing|slumped|slumping'

// Compiled once: these run for every number.
const fallingCue = new RegExp(`\\b(${falling})\\s+(by\\s+)?$`, 'i')
const risingBy = new RegExp(`\\b(${rising})\\s+by\\s+$`, 'i')
const anyChangeVerb = new RegExp(`\\b(${rising}|growth|${falling}|reduction)\\b`, 'i')
const anyChangeVerbs = new RegExp(anyChangeVerb.source, 'gi')
// "of them worth", "27 worth", "three worth": a count of things before the size of each.
const countWorth = new RegExp(
  String.raw`(?:\bof\s+(?:them|which)|\d|\b(?:${countWord}))(?:\s+(?:were|are))?\s+worth\s*$`,
  'i',
)
const fallingWord = new RegExp(`^(${falling}|reduction)$`, 'i')

// The last words of the change cues that are not "by" or "of".
const cueEnds = new Set(
  [...rising.split('|'), ...falling.split('|'), 'growth'].flatMap(expandOptional),
)

/** "declined?" → declined, decline; "lower(?:ed)?" → lower, lowered. */
function expandOptional(word: string): string[] {
  const group = /^(\w+)\(\?:(\w+)\)\?$/.exec(word)
  if (group) return [group[1]!, group[1]! + group[2]!]
  if (word.endsWith('?')) return [word.slice(0, -2), word.slice(0, -1)]
  return [word]
}

function changeBefore(
  written: string,
  writtenNear: string,
): { sign: -1 | 1; kind: 'cue' | 'noun' } | undefined {
  // "rose by just 0.3%", "rose by a moderate 0.8 percent": a word that softens or rates the change
  // between the cue and the figure.
  const softened = softeners.has(lastWord(writtenNear)) && adverb.test(writtenNear)
  const lead = softened ? written.replace(adverb, '') : written
  const near = lead === written ? writtenNear : writtenNear.replace(adverb, '')
  // Every cue ends in "by", "of" or a change verb: most levels need no regex.
  const last = lastWord(near)
  if (
    last !== 'by' &&
    last !== 'of' &&
    !cueEnds.has(last) &&
    !(/^(?:at|be|kept|target|rate)$/.test(last) && /growth|increase|rise/i.test(near))
  )
    return undefined
  // "Clean energy made up 58.6% of …": a share, not a rise.
  // "lined up 67 major projects": a phrasal verb, not a rise; nor "shut down 134 chemical plants".
  if (
    last === 'down' &&
    /\b(?:shut|shuts|shutting|closed|close|closes|closing|broke|broken|torn|tore|pulled|knocked|wound|winding)\s+down\s*$/i.test(
      near,
    )
  )
    return undefined
  if (
    last === 'up' &&
    /\b(?:made|make|makes|making|took|take|takes|taking|set|sets|setting|line|lined|lines|lining|drew|drawn|signed|picked|put)\s+up\s*$/i.test(
      near,
    )
  )
    return undefined
  // Note: the cues are short and end where the number starts; the anchored tests read 48 characters.
  const text = lead.slice(-48).replace(/\s+$/, ' ')
  if (/\bnegative growth (?:rate )?of\s+$/i.test(text)) return { sign: -1, kind: 'noun' }
  if (fallingCue.test(text)) return { sign: -1, kind: 'cue' }
  if (risingBy.test(text)) return { sign: 1, kind: 'cue' }
  // ("We gained two national key laboratories": what was won, a count.)
  if (/\b(?:we|it|they|the\s+(?:city|province|region|municipality))\s+gained\s+$/i.test(text))
    return undefined
  if (
    /\b(increased|rose|grew|up|gained|expanded|growing|rising|increasing|surged|soared|jumped|climbed|surging|soaring|jumping|climbing|grows|rises|increases|expands|expanding|(?:to|will|would|should)\s+(?:grow|rise|increase|expand)|(?:had|has|have)\s+(?:grown|risen))\s+$/i.test(
      text,
    )
  )
    return { sign: 1, kind: 'cue' }
  // "CPI increase within 3%", "GDP growth around 6%": a target's change noun, its qualifier removed;
  // "set its GDP growth target at around 6 percent", "the CPI increase will be kept at 3 percent".
  if (/\b(increase|growth|rise)\s+$/i.test(text)) return { sign: 1, kind: 'noun' }
  if (
    /\b(?:increases?|growth|rises?)(?:\s+(?:rate|target))?(?:\s+in\s+[^,;]{1,50}?)?(?:\s+for\s+(?:this|next|the)\s+year|\s+for\s+(?:19|20)\d{2})?(?:\s+(?:will|would|be|is|are|was|to|kept|set|held|maintained|stood|at))+\s+$/i.test(
      text,
    )
  )
    return { sign: 1, kind: 'noun' }
  // "grew by an average of 6.4 percent a year"
  if (
    /\b(?:grew|increased|rose|expanded|growing|increasing|rising|expanding)\s+by\s+an?\s+(?:annual\s+)?average\s+of\s+$/i.test(
      text,
    )
  )
    return { sign: 1, kind: 'cue' }
  // "aims to expand its gross domestic product by around 4%", "cut energy use per unit of GDP by
  // 2.5%": the verb, its object, then "by".
  if (last === 'by') {
    const verb =
      /\b(expand|increase|raise|grow|boost|lift|cut|reduce|lower)(?:s|ed|ing)?\s+(?:(?!and\b|\d[\d.,]*\s)[\w'’-]+(?:\.\d+)?\s+){1,7}by\s+$/i.exec(
        text,
      )
    if (verb) return { sign: /^(?:cut|reduce|lower)/i.test(verb[1]!) ? -1 : 1, kind: 'cue' }
  }
  if (
    /\b(?:an?\s+)?(?:(?:year-on-year|annual|average|net)\s+)?(increase|rise|growth|gain|jump|surge)(?:\s+rate)?\s+of\s+$/i.test(
      text,
    ) ||
    // ("118, net addition of 21": a count's net change.)
    /\bnet\s+additions?\s+of\s+$/i.test(text)
  )
    return { sign: 1, kind: 'noun' }
  if (/\b(?:an?\s+)?(decrease|decline|drop|fall|reduction)\s+of\s+$/i.test(text))
    return { sign: -1, kind: 'noun' }
  // "grew at an average annual rate of 5.8%", "rebounded to growth of 2.2%"
  if (
    /\b(?:grew|increased|rose|expanded|growing|rising|increasing)\s+(?:at|by)\s+(?:an?\s+)?(?:average\s+)?(?:annual\s+)?(?:rates?|pace)\s+of\s+$/i.test(
      text,
    )
  )
    return { sign: 1, kind: 'cue' }
  if (
    /\b(?:contracted|shrank|declined|fell)\s+(?:at|by)\s+(?:an?\s+)?(?:average\s+)?(?:annual\s+)?(?:rate|pace)\s+of\s+$/i.test(
      text,
    )
  )
    return { sign: -1, kind: 'cue' }
  if (/\b(?:to|at|of)\s+(?:a\s+)?growth\s+(?:rate\s+)?of\s+$/i.test(text))
    return { sign: 1, kind: 'noun' }
  // "growth in total retail sales of consumer goods of around 10%", "increase the number of X by 50"
  const by = /\bby\s+$/i.test(text)
  const of = /\bof\s+$/i.test(text)
  if (by || of) {
    // The change word stands in the same part of the sentence, not far before the figure; "grow
    // by 6 per cent, fixed-asset investment by 8 per cent": after "by", anywhere in it.
    // ("CPI increase of around 3%, grain output of no less than 77.5 million tons": after "of", not
    // in the item of a list before it.)
    // (But "an increase, in comparable terms, of 5.8 percent": an aside between the change word
    // and its "of".)
    // (The item of "grain output, as before, of over 41 million tons" is the part before the
    // aside.)
    const part = by ? lead.slice(-240) : lead.slice(-80)
    const comma = by ? -1 : part.lastIndexOf(', ')
    const aside = comma > 0 ? part.lastIndexOf(', ', comma - 1) : -1
    const item =
      comma === -1 || /[a-z]{2,}\s.*\bof\s*$/i.test(part.slice(comma + 2))
        ? comma
        : aside > 0
          ? part.lastIndexOf(', ', aside - 1)
          : -1
    // (The nearest change word: not "contracted" in "secure contracted investment, increase the
    // number of foreign-invested enterprises by 10".)
    let verb: RegExpExecArray | null = null
    const scope = part.slice(Math.max(part.lastIndexOf(':'), part.lastIndexOf(';'), item) + 1)
    anyChangeVerbs.lastIndex = 0
    for (let m = anyChangeVerbs.exec(scope); m; m = anyChangeVerbs.exec(scope)) verb = m
    // ("aim for GRP growth of around 5.5% and create a total of 60,000 new urban jobs": not a
    // change word whose own figure stands before an "and" that opens another statement.)
    if (
      verb &&
      (by ||
        (/growth|increase|rise|decrease|decline|reduction/i.test(verb[1]!) &&
          !/\d\s*(?:%|percent|per cent)?\s+and\s+(?!\d)/i.test(
            scope.slice(verb.index + verb[0].length),
          )))
    ) {
      return {
        sign: fallingWord.test(verb[1]!) ? -1 : 1,
        kind: by ? 'cue' : 'noun',
      }
    }
  }
  return undefined
}

/**
 * The counted noun after a number: the last plural noun of the phrase that follows it ("old
 * housing units in …" → units, "rural people out of poverty" → people), or its last word.
 */
function countedNoun(rest: string): { head: string; length: number } | undefined {
  const words: Array<{ word: string; end: number }> = []
  // Words, quoted words, and model names ("5G") or measures ("15-minute") inside the phrase.
  // ('35 provincial "SSDI"[1] SMEs': and a note's mark after a quoted word.)
  const re =
    /\s+(["“”‘’']?)([A-Za-z][A-Za-z'’&-]*|&|\d{1,2}[A-Z]{1,2}(?:-[A-Za-z]+)?(?=["”’']?\s+[A-Za-z])|\d{1,3}-[a-z]+(?=["”’']?\s+[A-Za-z]))(["“”‘’']?)(?:(?<=["”’'])\[\d{1,2}\])?/y
  // "build 15,000 more 5G base stations": what is counted comes after "more".
  // Note: "19 more days than the year before" is a comparison, read elsewhere.
  // ("complete 20 such projects": what is counted comes after "such".)
  re.lastIndex = /^\s+more\s+(?:\S+\s+){1,2}than\b/i.test(rest)
    ? 0
    : (/^\s+(?:more|additional|extra|such(?!\s+as\b))(?=\s+\S)/i.exec(rest)?.[0].length ??
      // "120 Fortune Global 500 companies": the name of a list stands before what is counted.
      rankingList.exec(rest)?.[0].length ??
      // '26 "one thing, one go" integrated services': the name of a scheme, before what is counted.
      // ('20 "5G + Industrial Internet" demonstration factories', '27 provincial "specialized,
      // refined, distinctive and innovative" SMEs')
      /^\s+(?:[A-Za-z-]+\s+){0,2}[“"][^”"\n]{1,60}?[,，+&/][^”"\n]{0,60}[”"](?=\s+[A-Za-z])/.exec(
        rest,
      )?.[0].length ??
      0)
  // The end of the words of this count, when they run on into another count of the same things.
  let bridged: number | undefined
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const bare = m[2]!
    const lower = bare.toLowerCase()
    if (stopWords.has(lower) || verbs.has(lower)) {
      // "primary and secondary school places", "new or expanded schools": an adjective before
      // "and" or "or" is not the head.
      if (
        (lower === 'and' || lower === 'or') &&
        words.length > 0 &&
        !words.some((w) => isPluralNoun(w.word))
      ) {
        // "six national-level and 9 provincial-level platforms": the things both counts count.
        const next = /^\s+(?:\d[\d,.]*|[a-z]+)(?=\s+[A-Za-z])/i.exec(rest.slice(re.lastIndex))
        if (
          lower === 'and' &&
          next &&
          numberLike.test(next[0].trim()) &&
          // (Not "3.05 million head and 2.67 million tons": a unit, not a word of a kind.)
          words.every((w) => /[a-z]-[a-z]|(?:al|ic|ive|ed|ing)$/i.test(w.word))
        ) {
          bridged ??= words.at(-1)!.end
          re.lastIndex += next[0].length
        }
        continue
      }
      // "five districts and counties": two plural nouns counted together.
      const last = words.at(-1)
      // "five districts and counties", "parks and green spaces": two plural nouns counted together,
      // when the pair ends the phrase ("enterprises and institutions were …").
      if (lower === 'and' && last && isPluralNoun(last.word)) {
        const ahead = rest.slice(re.lastIndex)
        for (const pair of [
          /^\s+([A-Za-z][A-Za-z-]*\s+[A-Za-z][A-Za-z-]*)/,
          /^\s+([A-Za-z][A-Za-z-]*)/,
        ]) {
          const match = pair.exec(ahead)
          if (!match || !isPluralNoun(match[1]!)) continue
          const words = match[1]!.toLowerCase().split(/\s+/)
          if (words.some((w) => verbs.has(w) || stopWords.has(w))) continue
          // ("1,019 villages and five counties": a figure of its own; "left-behind children and
          // children in difficulty": the same noun, twice.)
          if (numberWord.test(words[0]!) || words.at(-1) === last.word.toLowerCase()) continue
          if (!pairEnd.test(ahead.slice(match[0].length))) continue
          last.word = `${last.word} and ${match[1]}`
          last.end = re.lastIndex + match[0].length
          break
        }
      }
      break
    }
    // "including 31,500 newly registered": an adverb before a participle that ends the phrase is
    // no noun.
    if (lower.endsWith('ly') && /^\s+[a-z]+ed\s*(?:[,.;:)]|$)/.test(rest.slice(re.lastIndex))) break
    const head = words.at(-1)?.word
    // "Industrial projects of 1 billion yuan or more: 58 signed": a participle alone is no noun.
    if (
      head === undefined &&
      /ed$/.test(lower) &&
      !lower.includes('-') &&
      /^\s*(?:[,.;:)]|$)/.test(rest.slice(re.lastIndex))
    )
      break
    // "people moving from …", "people facing difficulties": a participle after a noun ends it.
    if (head !== undefined && /ing$/.test(lower) && isPluralNoun(head)) break
    if (
      head !== undefined &&
      /ing$/.test(lower) &&
      /^\s+(?:from|to|in|into|on|at|for|with|by|the|a|their|our)\b/i.test(rest.slice(re.lastIndex))
    )
      break
    // "people lifted out of …": a participle after the counted noun ends the phrase (not
    // "medium-sized", nor "unemployed" in "laid-off and unemployed people").
    if (
      head !== undefined &&
      /ed$/.test(lower) &&
      !lower.includes('-') &&
      !/^(red|bed|shed|seed|speed|feed|need|steed)$/.test(lower) &&
      (isPluralNoun(head) ||
        // (A quoted word goes on with the phrase: 'sophisticated "little giant" enterprises'.)
        !/^\s+(?:["“‘']?[A-Za-z]|&\s)/.test(rest.slice(re.lastIndex)) ||
        // "new specialised and sophisticated SMEs": adjectives in -ed joined by "and" go on.
        (participleEnd.test(rest.slice(re.lastIndex)) &&
          !/^\s+(?:and|&)\s+[a-z]+(?:ed|ive|al|ic)\b/i.test(rest.slice(re.lastIndex))))
    )
      break
    words.push({ word: bare.replace(/[’']s$/, ''), end: re.lastIndex })
    if (m[3] && /[,.;]/.test(rest[re.lastIndex] ?? '')) break
    if (/[,.;:)]/.test(rest[re.lastIndex] ?? '')) break
  }
  while (words.length > 0 && !/^[A-Za-z]/.test(words.at(-1)!.word)) words.pop()
  if (words.length === 0) return undefined
  let at = words.length - 1
  while (at > 0 && !isPluralNoun(words[at]!.word)) at--
  if (!isPluralNoun(words[at]!.word)) at = words.length - 1
  const head = words[at]!.word
  if (stopWords.has(head.toLowerCase()) || !/^[A-Za-z]/.test(head)) return undefined
  // ("with 21,800 newly" on a line cut off, '"Little giants": 15 new': an adverb or an adjective
  // alone is no noun.)
  if (
    /^(?:newly|recently|additionally|currently|mainly|directly|successfully|new|more|additional|extra|fewer|terms)$/i.test(
      head,
    )
  )
    return undefined
  const noun = compoundNoun(
    words.map((w) => w.word),
    at,
  )
  // "60.7 invention patents per 10,000 people": a count per so many people keeps them.
  if (bridged !== undefined) return { head: noun, length: bridged }
  const per = at === words.length - 1 ? perSoMany(noun, rest.slice(words[at]!.end)) : undefined
  return { head: per?.head ?? noun, length: words[at]!.end + (per?.length ?? 0) }
}

/**
 * "invention patents" before " per 10,000 people": a count per so many people keeps them; the
 * length of the words kept.
 */
export function perSoMany(noun: string, after: string): { head: string; length: number } {
  const per = perPeople.exec(after)
  return per
    ? { head: `${noun} ${per[1]!.toLowerCase()}`, length: per[0].length }
    : { head: noun, length: 0 }
}

/** "9", "1,200", "nine": a count. */
const numberLike = new RegExp(`^(?:\\d[\\d,.]*|${numberWord.source.slice(1, -1)})$`, 'i')

const perPeople =
  /^\s+(per\s+(?:10,000|ten thousand|100,000|1,000|thousand)\s+(?:people|residents|persons|population|inhabitants))\b/i

/** The counted noun at `at` of `words`, with the word before it when they form a compound. */
export function compoundNoun(words: readonly string[], at: number): string {
  const noun = asWritten(words[at]!)
  const pair = `${words[at - 1] ?? ''} ${noun}`.toLowerCase()
  // ("community life circles": a compound of three words.)
  const triple = `${words[at - 2] ?? ''} ${pair}`
  return compoundUnits.has(triple) ? triple : compoundUnits.has(pair) ? pair : noun
}

/** Lower case, except acronyms ("TEUs", "SMEs"). */
function asWritten(word: string): string {
  return /^[A-Z]{2,}s?$/.test(word) ? word : word.toLowerCase()
}

const participleEnd = /^\s+(?:in|from|at|by|on|to|into|for|with|across|out|off|and|or)\b/i

const pairEnd =
  /^(?:\s+(?:were|was|are|is|in|of|at|for|with|from|across|have|had|received|[a-z]+ed)\b|\s*[,.;:)]|\s*$)/i

// Plural nouns without an -s.
const irregularPlurals = new Set([
  'people',
  'children',
  'women',
  'men',
  'personnel',
  'staff',
  'livestock',
])

/** Whether a word reads as a plural noun ("enterprises", "people"; not "business" or "status"). */
export function isPluralNoun(word: string): boolean {
  // "districts and counties": the last word decides.
  const space = word.lastIndexOf(' ')
  const last = space === -1 ? word : word.slice(space + 1)
  const end = last.charCodeAt(last.length - 1)
  if (end !== 115 && end !== 83) return irregularPlurals.has(last.toLowerCase())
  return /^[a-z-]{2,}s$/i.test(last) && !/(ss|us|is|ics)$/i.test(last)
}

// Counted nouns that keep the word before them ("5G base stations" → base stations).
// Note: a word that names a kind of thing, not a quality of it ("working days" are not days,
// "passenger trips" are not freight's); labellers keep these, and drop adjectives ("new", "key").
const compoundUnits: ReadonlySet<string> = new Set([
  'base stations',
  'market entities',
  'charging piles',
  'charging stations',
  'working days',
  'working day',
  'passenger trips',
  'college graduates',
  'school places',
  'ski resorts',
  'household toilets',
  'tourist visits',
  'business entities',
  'scenic spots',
  'living circles',
  'life circles',
  'childcare slots',
  'parking spaces',
  'scenic areas',
  'community life circles',
  // Compounds the hand-labelled reports keep whole more often than not.
  'housing units',
  'nursery places',
  'nursery slots',
  'air routes',
  'tourist attractions',
  'urban villages',
  'coal mines',
  'high schools',
  'household appliances',
  'pedestrian streets',
  'industrial chains',
])

/**
 * "Five individuals were elected …, and two were awarded …": a bare count that is the subject of
 * its verb counts what the figure before it counted.
 */
function countsLikeBefore(sentence: string, before: Mention[], mention: Mention): void {
  // "25 foreign-invested enterprises, including 10 new ones": the things counted before.
  if (mention.unit === 'ones' && mention.excluded === null) {
    const counted = before.findLast((m) => !m.excluded && m.countedNoun)
    if (counted) {
      mention.unit = counted.unit
      mention.baseUnit = counted.baseUnit
    }
    return
  }
  if (mention.unit !== null || (mention.excluded !== null && mention.excluded !== 'vague')) return
  // "Of the industrial projects each with investment of over 1 billion yuan, 64 broke ground and
  // 41 were completed": some of the things the sentence opens on.
  const of =
    mention.excluded === null && sentence.charCodeAt(0) === 79
      ? /^Of\s+(?:the|these|those|all)\s+((?:[\w-]+\s+){0,3}?([a-z]+s))\b[^,;]*,\s*$/.exec(
          sentence.slice(0, mention.numberStart).replace(/\s+and\s+\d[\d,.]*\s+[^,;]*$/, ', '),
        )
      : null
  if (of && isPluralNoun(of[2]!) && !stopWords.has(of[2]!)) {
    mention.unit = of[2]!
    mention.baseUnit = of[2]!
    mention.countedNoun = true
    return
  }
  // (", and 225 in cumulative terms": the count so far, of the same things.)
  // ("52 projects …, including 11 worth more than 5 billion yuan each": some of them.)
  const including =
    /\bincluding\s+(?:at least\s+|over\s+|more than\s+|nearly\s+|about\s+)?$/i.test(
      sentence.slice(Math.max(0, mention.numberStart - 24), mention.numberStart),
    ) && /^\s+(?:worth|each|with|of which)\b/i.test(sentence.slice(mention.end, mention.end + 12))
  // ("428 foreign-invested enterprises were newly established, 153 of them funded from Taiwan")
  // (Not "8,900 of them enterprises": what they are, named after.)
  // ("46 projects …, and 19 of them broke ground", "complete 45 of them within the year")
  const ofThem =
    /^\s+of\s+(?:them|these|those|which)(?:\s*(?:[,;.)]|$)|\s+(?:were|was|are|is|had|have|has|in|at|from|with|by|found|got|took|went|came|made|won|worth|each|newly|\w+ed)\b)/i.test(
      sentence.slice(mention.end, mention.end + 30),
    ) ||
    // (Not "830,000 of them new energy vehicles": what they are, a plural noun after.)
    /^\s+of\s+(?:them|these|those)\b(?!\s+(?:[a-z-]+\s+){0,2}(?!(?:was|is|has|does|goes|comes)\b)[a-z-]*[a-z]s\b)/i.test(
      sentence.slice(mention.end, mention.end + 40),
    )
  if (
    !including &&
    !ofThem &&
    !/^\s+(?:were|was|are|have|has|had|won|received|worth|in (?:cumulative|total) terms|in total|altogether|so far|to date)\b/i.test(
      sentence.slice(mention.end, mention.end + 24),
    )
  )
    return
  if (
    !including &&
    !ofThem &&
    !/\band\s+$/i.test(sentence.slice(Math.max(0, mention.numberStart - 8), mention.numberStart))
  )
    return
  const counted = before.findLast((m) => !m.excluded && m.countedNoun)
  if (!counted) return
  mention.excluded = null
  mention.unit = counted.unit
  mention.baseUnit = counted.baseUnit
  mention.countedNoun = true
}

/**
 * "35 million tons (70 billion jin)", "17.9 billion US dollars (about RMB 118 billion)": the figure
 * before, restated in another unit in parentheses.
 */
function restates(sentence: string, previous: Mention, mention: Mention): boolean {
  if (previous.excluded || mention.excluded || previous.unit === null || mention.unit === null)
    return false
  if (mention.rank) return false
  if (mention.unit === previous.unit || /^(%|percentage points)$/.test(mention.unit)) return false
  // ("580 billion yuan in a single year (about 81 billion US dollars)": a sum in yuan, then its
  // dollars after a few words.)
  const currencies = /\byuan$/.test(previous.unit) && /\bdollars$/i.test(mention.unit)
  if (
    currencies &&
    /^(?:\s+(?:in|for|over|during|a|an|the|single|whole|full|this|last|that|year|of|first|time|record))+\s*\(\s*(?:(?:about|around|approximately|approx\.?|roughly|nearly|or|equivalent to)\s+|c\.\s*|[~≈]\s*)?(?:USD|US\$|\$)?\s*$/.test(
      sentence.slice(previous.end, mention.numberStart),
    )
  )
    return true
  // ("build 2.67 million mu of high-standard farmland (178,000 hectares)": an area, or a weight,
  // in another unit of its kind, after the name of what it measures.)
  const kind = (unit: string) =>
    areaUnit.test(unit) ? 'area' : /\b(?:jin|tons?|tonnes?)$/i.test(unit) ? 'weight' : null
  if (
    kind(previous.unit) !== null &&
    kind(previous.unit) === kind(mention.unit) &&
    /^[^()]{0,60}\(\s*(?:(?:about|around|approximately|roughly|or)\s+)?$/i.test(
      sentence.slice(previous.end, mention.numberStart),
    )
  )
    return true
  // ("394.2 bn yuan in 2024 (approx. USD 54.8 bn)": past the year of the figure.)
  // ("US$ 186 million   (≈ 1.33 billion yuan)": past a gap read as a cell's bar.)
  return /^(?:\s+in\s+(?:19|20)\d{2}|\s+(?:last|this)\s+year)?\s*(?:\|\s*)?\(\s*(?:(?:about|around|approximately|approx\.?|roughly|nearly|or|equivalent to)\s+|c\.\s*|[~≈]\s*)?(?:RMB|USD|US\$|\$|¥)?\s*$/i.test(
    sentence.slice(previous.end, mention.numberStart),
  )
}

/** What stands between the ends of a range: "-", " to ", "% to ", " million to ". */
export const rangeJoin = /^\s*(%|per ?cent|thousand|million|billion|trillion)?\s*(?:-|–|—|to)\s*$/i

/** "5%-6%", "5-6%", "5 to 6 percent": both ends are figures of one range. */
function markRanges(sentence: string, mentions: Mention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!
    const b = mentions[i + 1]!
    if (a.excluded || b.excluded) continue
    const between = sentence.slice(a.numberEnd, b.numberStart)
    // "RMB 250-270 bn": the currency before the first figure, the scale after the second.
    if (
      (a.unit === 'yuan' || a.unit === 'US dollars') &&
      b.unit !== null &&
      /^(?:thousand|million|billion|trillion)$/.test(b.unit) &&
      /^\s*(?:-|–|—|to)\s*$/.test(between)
    ) {
      const scale = b.baseValue / b.value
      b.unit = `${b.unit} ${a.unit}`
      b.baseUnit = a.unit
      a.unit = b.unit
      a.baseValue = round(a.value * scale)
    }
    if (a.unit !== null && b.unit !== null && a.unit !== b.unit) continue
    // "rose by 2,103 to 11,368" is a change and a level, not a range.
    // ("a growth target of 6.5 to 7 percent" is one.)
    // ("a growth target of 6.5 to 7 percent", "revenue growing 20 to 25 percent", "to grow by 5 to
    // 6 percent" are.)
    if (
      a.change !== 0 &&
      /\bto\b/i.test(between) &&
      (a.unit !== null
        ? a.unit !== b.unit
        : (/\bby\s*$/i.test(sentence.slice(Math.max(0, a.start - 8), a.start)) &&
            !(b.unit === '%' && a.value < b.value)) ||
          '+-−'.includes(sentence[a.start] ?? ' '))
    )
      continue
    // "between 70 and 75 million": and, after "between".
    const and =
      /^\s*and\s*$/i.test(between) &&
      /\bbetween\s+$/i.test(sentence.slice(Math.max(0, a.start - 9), a.start))
    // ("29.5 million to 30 million tons": with the scale word after each end; but "down 1.48
    // million to 1.55 million" is a change and a level.)
    // ("reduced from 16.6 million to 5.51 million": two levels, not a range.)
    const join = rangeJoin.exec(between)
    const scaled = /^(?:thousand|million|billion|trillion)$/i.test(join?.[1] ?? '')
    if (
      and ||
      (join &&
        (!scaled || a.change === 0) &&
        !/\bfrom\s+(?:RMB\s*|US\$\s*|¥\s*)?$/i.test(
          sentence.slice(Math.max(0, a.start - 12), a.start),
        ))
    ) {
      a.range = true
      b.range = true
      if (a.unit === null || a.unit !== b.unit) {
        a.unit = b.unit
        a.baseUnit = b.baseUnit
        a.end = b.start - (between.length - between.replace(/\s*(-|–|—|to|and)\s*$/i, '').length)
      }
      if (b.change === 0 && a.change !== 0) [b.change, b.changeCue] = [a.change, a.changeCue]
      if (a.change === 0 && b.change !== 0) [a.change, a.changeCue] = [b.change, b.changeCue]
      if (!a.qualifier && b.qualifier) a.qualifier = b.qualifier
    }
  }
}

/** value × scale without float noise: 5.11 × 1e6 is 5110000, not 5110000.000000001. */
export function round(value: number): number {
  const rounded = Math.round(value)
  return Math.abs(value - rounded) < 1e-6 * Math.max(1, Math.abs(value)) ? rounded : value
}
