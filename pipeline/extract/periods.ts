/**
 * The years and the kind (actual or target) of figures, read from the words of a report: spans of
 * years a sentence opens on, Five-Year Plans, targets named as such, the tense of a statement.
 */
import type { Heading } from 'mdast'
import type { VFile } from 'vfile'
import { yearRange, yearsIn } from '../parse/patterns.js'
import { numberValue } from './numbers.js'
import type { Draft } from './records.js'

/** What the headings above a text say of its figures. */
export interface Context {
  section: string[]
  kind: 'actual' | 'target'
  period: number | string | null
  truncated: boolean
  /** The years of a Five-Year Plan a heading above names. */
  span?: string
}

/** "the past five years" in a heading: the period is the five years ending with the reviewed year. */
export function multiYear(headings: Heading[], year: number | null): string | null {
  if (year === null) return null
  for (const [i, heading] of headings.entries()) {
    const title = headingText(heading)
    // "Achievements over the Past Five Years (2018-2022)" over "I. We stabilized the economy …":
    // numbered sections under an unnumbered heading are the review of the year.
    if (!heading.data?.numbering && headings.slice(i + 1).some((h) => h.data?.numbering)) continue
    // "The 13th Five-Year Plan Period (2016-2020)": the years the heading names.
    const range = yearRange.exec(title)
    if (range) return `${range[1]}-${range[2]}`
    // "7. We completed the goals of the 13th Five-Year Plan."
    const plan = planYears(title)
    if (plan && !/\b(?:19|20)\d{2}\b/.test(title)) return plan
    const match =
      /\bpast (three|four|five|ten|\d+) years\b|^(three|four|five|ten) years of\b/i.exec(title)
    // "Work in 2022 and the Past Five Years": the year the heading names comes first.
    if (match && !/\b(?:19|20)\d{2}\b/.test(title))
      return yearsEnding((match[1] ?? match[2])!, year)
  }
  return null
}

/**
 * A level reached over a span of years is the level at its end ("the urbanization rate reached
 * 72.2 percent", "GRP will exceed 8.5 trillion yuan" under a Five-Year Plan → its last year);
 * growth rates and what was done over the years ("created 5.12 million jobs") keep the span.
 */
export function endOfSpan(
  period: number | string | null,
  draft: Draft,
  clause: string,
): number | string | null {
  if (typeof period !== 'string' || draft.value === null || yearRange.test(clause)) return period
  if (draft.change !== null && draft.unit === null) return period
  // "ranking 3rd nationwide" in a review of five years: a place held at their end.
  if (draft.unit === 'rank') return Number(period.slice(-4))
  if (
    // ("Grain output stayed above 400,000 tons for five years in a row": in each of them; not
    // "made up 58.3 percent of the total", "the highest for many years", "ranked among the top 100
    // for four consecutive years", a streak of no level held.)
    /\b(?:average annual|annual average|annual(?:ly)?|on average|a year|each|in total|(?<!\bof the )total(?:l?ed)?|cumulative(?:ly)?|altogether|combined|over the (?:\w+ )?years|every (?:single )?year(?![^;]*\breach)|(?:stay(?:ed|s)?|remain(?:ed|s)?|kept|held|stable|steady|above)\b(?:[^,;]|,(?=\d)){0,80}\bfor (?:\w+ )?(?:consecutive |straight )?years(?: in a row)?)\b/i.test(
      clause,
    ) ||
    // Note: not "the added value of".
    /\b(?:created|(?<!value[- ])added(?! value)|built|trained|lifted|relocated|cut|reduced)\b/i.test(
      clause,
    )
  )
    return period
  const level =
    // ("R&D spending as a share of GRP rose by 0.9 percentage points to 2.1 percent"; not "the
    // number of listed companies increased by 8 to 19", what was added over the years too.)
    /\b(?:reach(?:ed|es|ing)?|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|(?:rise|rises|rising|rose|risen|increase|increases|increasing|increased|grow|grows|growing|grew|expand|expanding|expanded|dropped|fell|declined|decreased|lowered) (?:from .* |by [^,;]{0,40}?(?:%|percent|per cent|percentage points?) )?to|stood at|stand at|remain(?:s|ed)? at|(?:be|been|is|are|was|were) kept|stay(?:s|ed)? (?:at|above|below|within|under)|top(?:ped)?|account(?:s|ed|ing)? for|make up|made up|represent(?:s|ed)?)\b/i.test(
      clause,
    ) ||
    // ("The share of days with good air quality should be no less than 86%": a rate's level; not
    // "new urban jobs will be no less than 600,000" over the years, their sum.)
    (draft.unit === '%' &&
      /\b(?:should|shall|will) be (?:no less than|no more than|at least|above|below|within|under|around|about|over|more than|kept)\b/i.test(
        clause,
      ))
  // ("per capita GDP came to nearly 190,000 yuan": a level per head or a rate that "came to";
  // "investment came to 3.2 trillion yuan" over five years is their sum.)
  // ("the number of market entities came to 8.5 million": a stock at the end of the span.)
  const cameTo =
    !level &&
    /(?<!\bwhen it\s)\bc(?:ame|omes?) to\b/i.test(clause) &&
    !/\b(?:investment|spending|expenditure|funds?|financing|loans?)\b/i.test(clause)
  return level || cameTo ? Number(period.slice(-4)) : period
}

// Words between a figure and the phrase that names its years: no other figure, a year at most.
const wordsOnly = String.raw`(?:[^\d;,]|\b(?:19|20)\d{2}\b)*`
const averageBefore = new RegExp(String.raw`\baverage\b${wordsOnly}$`, 'i')
const pairAfter = /^[^\d;,]{0,20}?\b(?:for|of|in)\s+((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2})\b/i
const pairBefore = new RegExp(
  String.raw`\b(?:for|of|in)\s+((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2})\b${wordsOnly}$`,
  'i',
)
const overAfter = /^[^\d;,]{0,20}?\bover the (?:past |last )?(two|three) years\b/i
const overBefore = new RegExp(
  String.raw`\bover the (?:past |last )?(two|three) years\b${wordsOnly}$`,
  'i',
)

/**
 * "…, an average growth of 3.6% over the two years", "the average growth rate over the two years
 * of 2020 and 2021 was 3.5 percent", "an average annual growth of 6.3% for 2020 and 2021": the
 * years an average's own words give it, or null.
 */
export function averageSpan(
  text: string,
  start: number,
  end: number,
  reviewedYear: number | null,
): string | null {
  if (reviewedYear === null || !text.includes('average')) return null
  const before = text.slice(Math.max(0, start - 80), start)
  if (!averageBefore.test(before)) return null
  const after = text.slice(end, end + 60)
  const pair = pairAfter.exec(after) ?? pairBefore.exec(before)
  if (pair && Number(pair[2]) === Number(pair[1]) + 1) return `${pair[1]}-${pair[2]}`
  const over = overAfter.exec(after) ?? overBefore.exec(before)
  return over ? yearsEnding(over[1]!, reviewedYear) : null
}

/**
 * "Q: Looking back over those five years, what stands out?", "… over 2021-2025 …", "… the 14th
 * Five-Year Plan period …": the span of past years a question asks about (null for another
 * question, or for years to come).
 */
export function questionSpan(question: string, reviewedYear: number | null): string | null {
  if (
    reviewedYear === null ||
    !/\b(?:looking back|look back|over|during|past|closed)\b/i.test(question) ||
    // ("Over the five years ahead, what will change?": years to come.)
    /\b(?:ahead|next|coming|future|to come|will)\b/i.test(question)
  )
    return null
  const range = yearRange.exec(question)
  const plan = /five-year plan/i.test(question) ? planYears(question) : null
  const years = /\b(?:past|last|those|these|previous|the)\s+(three|four|five|ten)\s+years\b/i.exec(
    question,
  )
  const span = range
    ? `${range[1]}-${range[2]}`
    : (plan ?? (years ? yearsEnding(years[1]!, reviewedYear) : null))
  return span !== null && Number(span.slice(-4)) <= reviewedYear ? span : null
}

/** "five" years ending with 2022 → "2018-2022". */
export function yearsEnding(count: string, last: number): string {
  return `${last - wordCount(count) + 1}-${last}`
}

function wordCount(count: string): number {
  return numberValue(count)
}

/** "By the end of 2022, …", "and by 2022 R&D spending had reached …": the year a text opens on. */
export const yearOpening =
  /^\W*(?:and\s+)?(?:(?:by(?: the end of)?|at the end of|as of|in|for)\s+)?((?:19|20)\d{2})\b(?!\s*(?:-|–|to|and)\s*\d)/i

/** "The 2019 growth target is …", "Note that 2019 GRP growth of 6.3% …": a year naming the subject. */
export const namedYear =
  /^\W*(?:note that\s+|(?:for reference|for comparison|by comparison|by contrast),\s+)?(?:(?:the|a|an|its|our|their)\s+)?((?:19|20)\d{2})\s+(?=(?:[\w-]+\s+){0,2}(?:growth|targets?|goals?|budget|GDP|GRP|revenue|investment|output|sales|exports|imports|income|CPI|jobs)\b)/i
export const yearBefore = /\b(?:a year (?:ago|earlier|before)|last year|the previous year)\b/i

const unquoted = /["“][^"”]*["”]/g

/** A text without its quotations (most texts hold none). */
function quoteFree(text: string): string {
  return text.includes('"') || text.includes('“') ? text.replace(unquoted, '') : text
}

// ("grew by an average of 5.6% a year")
const averageAnnual =
  /\b(?:average annual|annual average|a year on average|on average each year)\b|\ban average of\s+[^;,]{1,25}?\s+(?:a|per|each) year\b/i
/** "average annual", "a year on average" (a cheap test of the words first). */
function hasAverage(clause: string): boolean {
  return (clause.includes('annual') || clause.includes('average')) && averageAnnual.test(clause)
}

const levelsFromTo =
  /\bfrom\b[^;:]{0,60}?\bin\s+((?:19|20)\d{2})\s+to\b[^;:]{0,60}?\bin\s+((?:19|20)\d{2})\b/i

export function periodOf(
  clause: string,
  sentence: string,
  context: Context,
  meta: NonNullable<VFile['data']['meta']>,
): number | string | null {
  // "The added value … rose by 14.8%, with a two-year average growth of 5.2%": the two years
  // ending with the reviewed one.
  const average = clause.includes('-year average')
    ? /\b(two|three)-year average\b/i.exec(clause)
    : null
  if (average && context.kind === 'actual' && meta.reviewedYear !== null)
    return yearsEnding(average[1]!, meta.reviewedYear)
  // "…, up from 47 a year earlier": the level of the year before.
  if (
    typeof context.period === 'number' &&
    /^\W*(?:(?:up|down)\s+)?from\s+(?:about\s+|around\s+)?[\d,.]+(?:\s+[\p{L}-]+){0,3}?\s+(?:a year (?:earlier|before|ago)|the (?:previous|preceding) year|the year before)\W*$/iu.test(
      clause,
    )
  )
    return context.period - 1
  // Note: most sentences name no year; the tests on years are passed over at once.
  if (/(?:19|20)\d{2}/.test(sentence)) {
    // "For 2021, the first year of the 14th Five-Year Plan period (2021-2025), …": the year the
    // sentence opens on, before a span named beside it.
    const first = /^\W*for\s/i.test(sentence) ? yearOpening.exec(sentence) : null
    if (first) return Number(first[1])
    // Note: the years of a quoted name ("Plan to Attract One Million Talents (2018-2025)") are not
    // the figure's.
    const inClause = yearRange.exec(quoteFree(clause))
    // ("… to 5.21 trillion yuan in 2025, the final year of the 14th Five-Year Plan period
    // (2021-2025)": the year said before the span the plan's name gives.)
    const said = inClause ? /\bin\s+((?:19|20)\d{2}),/.exec(clause.slice(0, inClause.index)) : null
    if (said && /five-year plan(?:\s+period)?\s*\($/i.test(clause.slice(0, inClause!.index)))
      return Number(said[1])
    if (inClause) return `${inClause[1]}-${inClause[2]}`
    // "grew from 235,000 in 2017 to 431,000 in 2022, an average annual increase of 12.9 percent":
    // the years after the first.
    if (hasAverage(clause)) {
      const levels = levelsFromTo.exec(sentence)
      if (levels) return `${Number(levels[1]) + 1}-${levels[2]}`
    }
    // "By the end of 2022, the total length of expressways had reached …": the year it opens on.
    const opening = yearOpening.exec(clause) ?? yearOpening.exec(sentence)
    if (opening) return Number(opening[1])
    // "…, down from 8%-8.5% a year ago": the clause names a year of its own.
    // Note: the clause's own words ("Our 2035 vision guided work, and retail sales grew 6 percent"
    // is not of 2035).
    const named = yearBefore.test(clause) ? null : namedYear.exec(clause)
    if (named) return Number(named[1])
    // A span of years named in the sentence before the clause, not after it in another clause,
    // unless the clause reports a result of its own ("…, averaging 2.5% growth over 2020-2021,
    // and private investment went up 21.2%").
    const at = sentence.indexOf(clause)
    const range = yearRange.exec(
      quoteFree(at === -1 ? sentence : sentence.slice(0, at + clause.length)),
    )
    if (
      range &&
      !(
        range.index > 0 &&
        !clause.includes(range[0]) &&
        /\b(?:went|rose|grew|increased|fell|dropped|declined|reached|was|were)\b/i.test(clause)
      )
    )
      return `${range[1]}-${range[2]}`
  }
  // "GRP grew at an average annual rate of 6.5 percent" under a heading naming a Five-Year Plan.
  if (context.span && typeof context.period === 'number' && hasAverage(clause)) return context.span
  // "keep average annual GRP growth at around 5 percent" under the 14th Five-Year Plan.
  if (
    typeof context.period === 'number' &&
    hasAverage(clause) &&
    /five-year plan/i.test(sentence)
  ) {
    const plan = planYears(sentence)
    if (plan) return plan
  }
  const past = /years/i.test(sentence)
    ? /\b(?:over|in|during|for) the (past |last |next |coming )?(three|four|five|ten) years\b/i.exec(
        sentence,
      )
    : null
  // "Over the next five years, we will keep average annual GRP growth at around 5.5%": the years
  // from the plan's.
  if (past && /^(?:next|coming) $/i.test(past[1] ?? '') && meta.planYear !== null)
    return yearsEnding(past[2]!, meta.planYear + wordCount(past[2]!) - 1)
  // "cut emissions by 18 percent over the five years" in a plan: the years to come (the plan's
  // span, when its heading names one).
  if (past && !past[1] && context.kind === 'target') {
    if (typeof context.period === 'string') return context.period
    if (meta.planYear !== null)
      return yearsEnding(past[2]!, meta.planYear + wordCount(past[2]!) - 1)
  }
  if (past && meta.reviewedYear !== null) return yearsEnding(past[2]!, meta.reviewedYear)
  return context.period
}

/**
 * "the annual target of 350,000 new jobs", "set its growth target for this year at around 6.5
 * percent", "the 8.5 percent target for rural income growth": a figure named as a target.
 */
export function namedTarget(before: string, after: string): boolean {
  return (
    // ("Revenue target: up 6%", "Fixed-asset investment target: growth of around 10%".)
    // (Not "closed out the 14th Five-Year Plan period with economic growth of 6.1 percent".)
    /\b(?:target|goal|(?<!five-year\s)plan|ceiling)s?\b[^,;.]{0,40}?(?:\b(?:of|at|to be|to|from|was|is)\s+(?:(?:also|again|still|now)\s+)?|[:：]\s*(?:(?:up|down|(?:growth|an? (?:increase|rise|decrease|drop|reduction)|increase) of|to (?:fall|rise|grow|drop|increase|decrease) by)\s+)?)["“]?(?:(?:around|about|above|over|at least|no less than|no more than|within|more than|nearly)\s+|~)?["“]?[+]?(?:(?:RMB|US\$|\$|¥)\s*)?$/i.test(
      before.slice(-80),
    ) ||
    // "(target ~6%)", "2024 GRP growth target ~5.5%": the figure right after the word.
    /\b(?:target|goal|ceiling)s?(?:\s+|\s*\|\s*)(?:[~≈≤≥<>]=?\s*|(?:around|about|above|over|at least|no less than|within|more than|nearly)\s+)?$/i.test(
      before.slice(-40),
    ) ||
    /^\s*(?:%|-?percent|-?per cent)?["”'’]?\s*(?:(?:GDP|GRP|economic)\s+)?(?:growth\s+)?(?:target|goal)\b/i.test(
      after.slice(0, 40),
    ) ||
    // "9%: planned growth in fixed-asset investment": a card's label that names a plan.
    /^\s*(?:%|-?percent|-?per cent)?\s*(?:[:：]|\s[—–-]{1,2})\s*(?:the\s+)?(?:planned|projected|targeted|expected)\s+(?:growth|increase|rise|investment|output|revenue)\b/i.test(
      after.slice(0, 60),
    ) ||
    // ("around 5.5% — GRP growth target, 2026": or a label that names it a target.)
    /^\s*(?:%|-?percent|-?per cent)?\s*(?:[:：]|\s[—–-]{1,2})\s*(?:(?!(?:above|below|under|over|beyond|than|beat|beating|missed|missing|exceed\w*|within|inside|short|the|an?|its|our|annual|lower|higher|well|set)\b)[\w-]+\s+){0,4}(?:target|goal)s?\b(?![^,;.]*\b(?:met|missed|exceeded|achieved)\b)/i.test(
      after.slice(0, 60),
    ) ||
    // "below the 3% the report had budgeted for"
    /^\s*(?:%|-?percent|-?per cent)?\s+(?:the\s+)?(?:report|government|city|province|budget)\s+had\s+(?:budgeted|planned|targeted|set|allowed)\b/i.test(
      after.slice(0, 60),
    ) ||
    // "edged up just 1.2%, against a planned increase of 5%"
    /\b(?:a|the)\s+planned\s+(?:increase|growth|rise|decrease|drop|reduction)\s+of\s+(?:(?:around|about|above|over|at least|no less than|within|more than|nearly)\s+)?$/i.test(
      before.slice(-60),
    )
  )
}

/**
 * "Last year the city aimed for GRP growth of around 7 percent", "Retail sales were meant to grow 7
 * percent", "The city targeted 100,000 new urban jobs": a target set for a year gone by, named in
 * the past tense before its figure.
 */
export function pastTarget(before: string): boolean {
  // ("targeted" and "promised" right before the figure: "Targeted poverty alleviation lifted …"
  // and "targeted steps" name no target.)
  // ("The city set out to grow its economy by around 6%", "The 2025 report had pencilled in growth
  // of around 6%".)
  return /\b(?:aimed (?:for|at|to)|(?:was|were) (?:meant|supposed|budgeted|planned|set|slated) to|(?:was|were) to (?:be|rise|grow|fall|increase|reach|stay|remain|drop)|called for|wanted|set out to|had (?:pencil(?:l)?ed|penciled) in|had (?:budgeted|targeted|planned)(?: for)?)\b[^,;.\d]{0,60}$|\b(?:targeted|promised)\s+(?:(?:around|about|above|over|at least|no less than|more than|nearly)\s+)?$/i.test(
    before,
  )
}

/** "outcome:", "actual:", "result:": the label of a result set beside its target. */
export const outcomeLabel = String.raw`(?:outcomes?|actual|results?|outturns?)\s*[:：]`
const outcomeOfItsYear = new RegExp(String.raw`(?<!(?:19|20)\d{2}\s+)\b${outcomeLabel}`, 'i')

/**
 * Whether a target named in a review is the one the report sets ("The GDP growth target of above
 * 4.5 per cent is cautious", "set its growth target for this year at …"), not last year's
 * ("exceeding the annual target of …", "beating the target").
 */
export function newTarget(sentence: string): boolean {
  if (/\bthis year\b/i.test(sentence)) return true
  // "GRP +2.6% y/y (target ~6%)": the target of the year beside it (not "(2022 target: …)", the
  // year it names).
  if (/\((?:the\s+)?(?!(?:19|20)\d{2}\b)(?:[\w-]+\s+)?(?:target|goal|plan)\b/i.test(sentence))
    return false
  // "GRP growth — target: above 8%, outcome: 8.3%": the target of the year of its outcome.
  // (Not "(2022 target: up 6.5%; 2022 actual: …)": the outcome of another year.)
  if (outcomeOfItsYear.test(sentence)) return false
  return !/\b(?:annual|last year'?s?|a year earlier|exceed\w*|beat\w*|surpass\w*|met|achiev\w*|fulfil\w*|complet\w*|over-?fulfil\w*|vs\.?|versus|against|target was|missed|short of|(?:clear of|better than) (?:the|its|our) (?:[\w%.-]+ ){0,2}(?:target|goal)|had (?:budgeted|planned|targeted|allowed)|(?:well\s+)?(?:within|inside|above|below|under) (?:the|our|its) (?:[\w%.-]+ ){0,2}(?:target|goal|ceiling))\b/i.test(
    sentence,
  )
}

/**
 * "Q: What are the main targets for 2026?": an interviewer's question on the plan's targets, whose
 * answers set them (and the year it names, or null); false for a question on a time gone by
 * ("Q: How did the economy do last year?", "Looking back over 2021-2025, …"); undefined for
 * another question.
 */
export function targetsQuestion(
  question: string,
  planYear: number | null,
): { year: number | null } | false | undefined {
  // ("Before we turn to your plans for 2026, how did the economy fare last year?")
  if (
    /\b(?:last year|looking back|how did|what did)\b/i.test(question) ||
    yearsIn(question).some((y) => planYear !== null && y < planYear)
  )
    return false
  const year = /\b(?:targets?|goals?|plans?)\b[^?]{0,30}?\b(?:for|in)\s+((?:19|20)\d{2})\b/i.exec(
    question,
  )
  if (year && (planYear === null || Number(year[1]) >= planYear)) return { year: Number(year[1]) }
  if (
    /\b(?:what|which)\s+(?:are|is)\s+(?:this|next)\s+year'?s\s+(?:main\s+|key\s+)?(?:targets?|goals?)\b|\b(?:targets?|goals?)\s+(?:for|in|of)\s+(?:this|next)\s+year(?:['’]s)?\b/i.test(
      question,
    )
  )
    return { year: null }
  return undefined
}

/** "The main targets for 2020 are:", "Our goals this year are as follows:" (and the year it names). */
export function targetsLeadIn(sentence: string): { year: number | null } | undefined {
  // "The 2022 goals: keep …"
  // Note: after the label of a caption or a speaker ("CAPTION: 2023 targets: …").
  const named =
    /^\W*(?:[A-Z][A-Z ]{1,20}[:：]\s*)?(?:the\s+)?(?:(?:more|other|further)\s+)?((?:19|20)\d{2})\s+(?:main\s+)?(?:targets?|goals?)\s*[:：]/i.exec(
      sentence,
    )
  if (named) return { year: Number(named[1]) }
  // "Targets 2024: 1) GDP growth approx. 7.5% 2) …"
  const after = /^\W*(?:main\s+)?(?:targets?|goals?)\s+((?:19|20)\d{2})\s*[:：]/i.exec(sentence)
  if (after) return { year: Number(after[1]) }
  // "Target for this year: around 3%"
  const forYear =
    /^\W*(?:the\s+)?(?:main\s+)?(?:targets?|goals?)\s+for\s+(this year|(?:19|20)\d{2})\s*[:：]/i.exec(
      sentence,
    )
  if (forYear) return { year: /^\d/.test(forYear[1]!) ? Number(forYear[1]) : null }
  // "The 2023 growth target is around 6.5%, with fixed asset investment growth of about 8% and …"
  const yearTarget =
    /^\W*(?:the\s+)?((?:19|20)\d{2})\s+(?:[\w-]+\s+){0,2}(?:targets?|goals?)\s+(?:is|are)\b(?:[^.;]|\.\d)*?,\s+with\s(?![^.;]*\b(?:last year|actual|a year (?:ago|earlier)|(?:19|20)\d{2})\b)/i.exec(
      sentence,
    )
  if (yearTarget) return { year: Number(yearTarget[1]) }
  // "Our target this year is at least 260 days of good air quality, and PM2.5 … within 45 …"
  const thisYear =
    /^\W*(?:our|the|its)\s+(?:main\s+)?(?:targets?|goals?)\s+(?:this\s+year|for\s+(?:this|the)\s+year|for\s+((?:19|20)\d{2}))\s+(?:is|are|include)\b/i.exec(
      sentence,
    )
  if (thisYear) return { year: thisYear[1] ? Number(thisYear[1]) : null }
  // "Innovation targets: R&D spending to reach 3.9 per cent of GDP, …": a label that names targets.
  // (Not "Results against targets: …", nor "2021 targets met: …".)
  const labelled = /^\W*([\p{L} &'’-]{0,40}?\b(?:targets|goals))\s*[:：]\s*\S/iu.exec(sentence)
  if (
    labelled &&
    !/\b(?:results?|outcomes?|outturns?|met|achieved|missed|vs|against|versus)\b/i.test(
      labelled[1]!,
    )
  )
    return { year: null }
  // "Other targets for the year include growth of 10 percent in …, 8 percent in …"
  const include =
    /^\W*(?:(?:other|the)\s+)?(?:(?:main|key|major)\s+)?(?:targets?|goals?)\s+(?:for\s+(?:the\s+year|this\s+year|((?:19|20)\d{2}))\s+)?include\b/i.exec(
      sentence,
    )
  if (include) return { year: include[1] ? Number(include[1]) : null }
  // "A: The government work report submitted to the 5th Session … proposes: GRP growth of …"
  if (
    /^\W*(?:[A-Z][\w.]{0,20}\s*[:：]\s*)?(?:the\s+)?(?:(?:government|draft)\s+)?work\s+report\b[^.;:：]{0,120}\b(?:proposes|calls for)\s*[:：]/i.test(
      sentence,
    )
  )
    return { year: null }
  const lead =
    /\b(?:targets?|goals?)\b(?:[^.;:：]{0,80}?\b((?:19|20)\d{2})\b)?[^.;:：]{0,60}\b(?:(?:are|is|include|as follows)\s*[:：]|as follows\b)/i.exec(
      sentence,
    )
  if (lead) return { year: lead[1] ? Number(lead[1]) : null }
  // "Beijing's 2024 targets from yesterday's GWR (…), for the tracker:", "The main projected
  // targets, pasted straight from the report:", "The 2025 to-do list, …:": a lead-in naming
  // targets or tasks, whatever follows the words.
  // (Not "We met the main goals set at the start of the year, as shown below:", a review.)
  const named2 =
    /\b(?:met|achieved|fulfilled|exceeded|completed|accomplished|missed|surpassed|attained)\b/i.test(
      sentence,
    )
      ? null
      : /(?:\b((?:19|20)\d{2})\s+)?\b(?:(?:main|key|major)\s+)?(?:(?:projected|expected)\s+)?(?:targets|goals|tasks|task list|to-do list)\b[^.;:：]{0,120}[:：]\W*$/i.exec(
          sentence,
        )
  if (named2) return { year: named2[1] ? Number(named2[1]) : null }
  // "It also aims to:", "The county will:": a lead-in of what is to be done, over its items.
  if (
    /^\W*(?:(?:it|we|they|(?:the\s+)?(?:county|city|province|region|government|district))\s+)?(?:also\s+)?(?:aims?\s+to|plans?\s+to|intends?\s+to|will|pledges?\s+to|promises?\s+to|vows?\s+to)\s*[:：]\W*$/i.test(
      sentence,
    )
  )
    return { year: null }
  // "tasks for the year:", "the following arrangements of the Provincial Government for 2025:"
  const tasks =
    /\b(?:tasks|task list|targets|goals|priorities|arrangements|plans)\b[^.;:：]{0,60}?\b(?:(?:for\s+)?(?:this\s+year|next\s+year|the\s+coming\s+year)|for\s+(?:the\s+year|((?:19|20)\d{2})))\s*[:：]/i.exec(
      sentence,
    )
  return tasks ? { year: tasks[1] ? Number(tasks[1]) : null } : undefined
}

/** The span of years a sentence opens with ("Over the past five years, …", "From 2018 to 2022, …"). */
export function openingSpan(
  sentence: string,
  meta: NonNullable<VFile['data']['meta']>,
  /** The text is read as results ("In the five years, …" then looks back, not ahead). */
  review = false,
): string | null {
  // ("A: Over the five years …", "County Head: Over the past four years, …": after a speaker's
  // mark.)
  sentence = sentence.replace(
    /^\W*[A-Z][\w.]{0,20}(?:\s+[A-Z][\w.]{0,20}){0,2}\s*[:：]\s+(?=[A-Z])/,
    '',
  )
  // "Looking back over the past five years, from 2017 to 2021, …": near the start.
  const start = sentence.slice(0, 64)
  // "Looking back over the first four years of the 13th Five-Year Plan period, …"
  const plan =
    // ("Looking back on the 14th Five-Year Plan period": in a review; under the plan, not the years
    // of its figures.)
    (
      review
        ? /^\W*(?:looking back\s+(?:on|upon|at|over)\s+|reviewing\s+|(?:looking back\s+)?(?:over|in|during)\s+)the\s+(?:whole\s+|entire\s+)?(?:first\s+(two|three|four)\s+years\s+of\s+the\s+)?(\d{1,2}(?:st|nd|rd|th)\s+Five-Year\s+Plan)\b/i
        : /^\W*(?:looking back\s+)?(?:over|in|during)\s+the\s+(?:whole\s+|entire\s+)?(?:first\s+(two|three|four)\s+years\s+of\s+the\s+)?(\d{1,2}(?:st|nd|rd|th)\s+Five-Year\s+Plan)\b/i
    ).exec(sentence.slice(0, 100))
  // ("Reviewing the 14th Five-Year Plan period, we are keenly aware of …": a span only for a
  // sentence of figures.)
  const years =
    plan && !(/^\W*reviewing\b/i.test(plan[0]) && !/\d/.test(sentence.slice(plan[0].length)))
      ? planYears(plan[2]!)
      : null
  if (plan && years) {
    const first = Number(years.slice(0, 4))
    const count: Record<string, number> = { two: 2, three: 3, four: 4 }
    return plan[1] ? `${first}-${first + count[plan[1].toLowerCase()]! - 1}` : years
  }
  if (!/\d{4}|past|last|years/i.test(start)) return null
  const range =
    /^\W*(?:[\w\s]{0,30}?,?\s*)?(?:from|between|during|in|for the|over the)\s+((?:19|20)\d{2})\s*(?:-|–|to|and)\s*((?:19|20)\d{2})\b/i.exec(
      start,
    )
  if (range) return `${range[1]}-${range[2]}`
  // "2021–2024 (first four years of the 14th Five-Year Plan)" over the lines of their results: a
  // span alone, with no figure after it.
  // (Not "2024–2026 action plan for rural revitalization was issued", "2021-2024 average annual
  // GRP growth": words of their own after the years.)
  const alone =
    /^\W*((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\s*(\([^()]{0,100}\))?\s*[:：]?\s*$/.exec(
      sentence,
    )
  if (
    alone &&
    Number(alone[2]) > Number(alone[1]) &&
    !/\d(?!\d*(?:st|nd|rd|th)\b)/.test(alone[3] ?? '')
  )
    return `${alone[1]}-${alone[2]}`
  // "14th FYP recap (2021-25): GRP avg annual growth 6.4%": a label that names the span, before
  // its colon.
  // (A look back or a total, or one figure after the colon: not "GRP growth 2023-24: 5.2% and
  // 5.6%", a figure for each year, nor "2016-20: 2.51 mn …" when more figures of other times follow.)
  const spanned =
    /^\W*[^:：.;]{0,40}?\(?((?:19|20)\d{2})\s*[-–]\s*((?:19|20)?\d{2})\)?\s*[:：]/.exec(start)
  const labelled =
    spanned &&
    (/\b(?:recap|review|period|plan|FYP|total|cumulative|average|avg|five[- ]year)\b/i.test(
      spanned[0],
    ) ||
      (sentence.slice(spanned[0].length).match(/(?<![\d.,-])\d[\d,.]*(?![\d-])/g) ?? []).filter(
        (n) => !/^(?:19|20)\d{2}$/.test(n),
      ).length === 1)
      ? spanned
      : null
  if (labelled) {
    const end =
      labelled[2]!.length === 2 ? `${labelled[1]!.slice(0, 2)}${labelled[2]}` : labelled[2]!
    if (Number(end) > Number(labelled[1])) return `${labelled[1]}-${end}`
  }
  const past =
    // ("The report also looked back on the past five years.", "Looking back on the past five
    // years, the report said …")
    // ("Over those five years GRP grew …": the years the sentence before looked back on.)
    /^\W*(?:(?:[\w'’]+\s+){0,4}?(?:looking|looked|looks|look)\s+back\s+(?:on|at|over|upon)\s+|(?:looking back\s+)?(?:over|in|during)\s+)(?:the|those|these)\s+(?:past\s+|last\s+)?(three|four|five|ten)\s+years\b/i.exec(
      start,
    )
  if (
    past &&
    meta.reviewedYear !== null &&
    // ("Over these five years, we will …" in a plan: not the years looked back on.)
    (review || /\b(?:past|last|back)\b/i.test(past[0]))
  )
    return yearsEnding(past[1]!, meta.reviewedYear)
  // "The past five years saw the 13th Five-Year Plan (2016-2020) fulfilled …" (not "The past five
  // years have not been easy. We will strive for …")
  const saw =
    /^\W*the\s+(?:past|last)\s+(three|four|five|ten)\s+years\s+(?:\((?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}\)\s+)?(?:(?:have\s+)?(?:saw|seen|witnessed|been)|were)\b/i.exec(
      start,
    )
  if (saw && meta.reviewedYear !== null) return yearsEnding(saw[1]!, meta.reviewedYear)
  return null
}

/** Whether a sentence opens on a time of its own ("Last year, …", "In 2022, …", "This year, …"). */
export function namesTime(sentence: string): boolean {
  // ("Over the past year, we focused on …" after a paragraph on the five years.)
  return /^\W*(?:last|this|next)\s+year\b|^\W*in\s+(?:19|20)\d{2}\b|^\W*(?:over|in|during)\s+the\s+(?:past|last)\s+year\b/i.test(
    sentence,
  )
}

/**
 * A clause that reports a result: a verb in the past tense ("grew", "reached", "was"), in a
 * sentence that names no target, goal or plan.
 */
export function reportsResult(clause: string, sentence: string): boolean {
  return (
    (resultVerb.test(clause) ||
      // "The city created 312,000 new urban jobs", "renovated 196 old residential communities":
      // what was done, in the past tense, before its figure (not "newly created jobs").
      doneVerb.test(clause) ||
      // "…rose 4.6 percent, with the incomes of urban residents growing 4.2 percent": the growth
      // that goes with the result before it; ", accounting for 64.7% of …", its share.
      (/^\W*(?:with\b[^,;]*\b(?:growing|rising|increasing|falling|declining|dropping)\b|(?:accounting for|making up|representing)\b)/i.test(
        clause,
      ) &&
        resultVerb.test(sentence.slice(0, Math.max(0, sentence.indexOf(clause)))))) &&
    // (The name of a plan, "During the 13th Five-Year Plan period (2016-2020)", is no plan.)
    !/\b(?:targets?|goals?|(?<!five-year\s)plans?|planned|projected|expected|aims?|strive|budgeted|forecast|ceiling|set)\b/i.test(
      sentence,
    )
  )
}

const resultVerb =
  /\b(?:rose|grew|increased|decreased|declined|fell|dropped|reached|was|were|totaled|totalled|stood at|amounted to|exceeded|surpassed|expanded|jumped|surged|soared|climbed|contracted|edged (?:up|down)|came in at|recovered|topped|handled|logged|saw|accounted for|contributed|averaged|ranked|made up)\b/i

// (After who did it: "The city created", "We renovated", "Nanjing added"; not "New urban jobs
// created over 1.1 million" in a list of targets.)
const doneVerb =
  /(?:^\W*|(?:\b(?:[Ww]e|[Ii]t|[Tt]hey|[Tt]he\s+(?:city|province|region|municipality|government)|and)|\b\p{Lu}\p{Ll}+(?<![^s]s))\s+)(?:also\s+)?(?:created|added|renovated|built|opened|served|received|subsidized|subsidised|handed out|completed|attracted|launched|helped)\s+(?:(?:a total of|more than|over|nearly|about|around|some|the trade-in of)\s+)?(?:\d|RMB|US\$|\$|¥)/u

/** Where a sentence first speaks of the future (what a report says will be done is a plan), or -1. */
export function futureIndex(sentence: string): number {
  const words = futureWords
  words.lastIndex = 0
  for (let m = words.exec(sentence); m; m = words.exec(sentence)) {
    // Note: "the Plan to Attract One Million Talents" is a name; the verb is in lower case.
    if (m[0].charCodeAt(0) === 80 && /^plans? to$/i.test(m[0])) continue
    return m.index
  }
  return -1
}

// (A pledge told in the past tense is a plan when a figure follows it: "the governor pledged to
// increase … by 500", not "pledged to "meet the reasonable financing needs …"".)
const futureWords =
  /\b(?:will|would|should(?!\s+have\b)|(?:we|they)\s+must\s+(?:also\s+|still\s+)?(?=(?:keep|add|raise|increase|attract|build|create|complete|achieve|reach|ensure|grow|expand|cut|reduce|lift|boost|bring|hold|maintain|launch|start|secure|renovate|train)\b)|(?:they|we|it|province|city|region|government|report)\s+(?:also\s+|still\s+)?wants?\s+to|we\s+(?:also\s+)?want(?=\s+[^.;\d]{0,60}?\b(?:no less than|at least|above|over|within|below|under|more than|around|about)?\s*\d)|(?<!\bwho\s)wants?(?=\s+(?!to\b)[^.;]{1,60}?\bto\s+(?:grow|rise|reach|increase|exceed|stay|remain|be|keep|add|create)\b)|plans? to|(?:plans?|pledges) for (?:this|next|the coming) year|(?:we|they)\s+plan(?=\s+(?:around\s+|about\s+|over\s+|more than\s+)?\d)|eyes(?=\s+(?:around|about|above|over|at least|no less than|\d))|aims? (?:to|for)|intends? to|(?:is|are) aiming (?:to|for)|(?<=[:：]\s*)to (?:fall|rise|grow|drop|increase|decrease|reach|exceed|stay|remain|be kept)|strives? to|promises? to|pledges? to|vows? to|(?:promised|pledged|vowed) to(?=[^.;!?,]*\d)|(?:province|city|region|government|report) wants|(?:province|city|region|government|report) (?:also )?expects|we (?:forecast|expect|project|see)|(?:province|city|region|government|report|it|we|they)\s+(?:also\s+|again\s+)?(?:targets|hopes\s+to)|(?:pledging|promising|vowing|hoping)\s+to(?=[^.;!?,]*\d)|(?:province|city|region|government|report|outline|draft)\s+(?:also\s+|again\s+)?(?:plans|budgets for|seeks to|pencils in|envisages|calls for|proposes|promises|pledges)|\bit\s+(?:also\s+)?calls\s+for\s+(?:raising|increasing|expanding|cutting|reducing|adding|creating|building|keeping|growth|an?\s+(?:increase|rise|cut|reduction))|budget\s+(?:also\s+|again\s+)?(?:plans|targets)\s+(?!(?:were|was|are|is|have|had|by|of|and|for|set)\b)(?=[a-z])|(?:is|are)\s+set\s+at|(?:we|they|it)\s+(?:have|has)\s+set(?!\s+up\b|\s+(?:a\s+)?(?:new\s+)?records?\b)(?=\s+[^.;,\d]{0,60}?\s(?:at|to)\s+(?:(?:around|about|above|over|at least|no less than)\s+)?\d)|(?:is|are)\s+asking\s+for|targets\s+(?:(?:around|about|above|over|at least|no less than)\s+)?\d|(?:is|are)\s+(?:(?:again|also|now|still)\s+)?(?:(?:expected|projected|forecast|set|targeted|budgeted|planned|due)\s+)?to|(?:is|are)\s+planned\s+for\s+(?:this\s+year|(?:19|20)\d{2}))\b/gi

/**
 * The years of a numbered Five-Year Plan a text names ("the 13th Five-Year Plan" → "2016-2020").
 * From the 4th plan (1971-1975) on, each follows the one before.
 */
export function planYears(text: string): string | null {
  const plan = /\b(\d{1,2})(?:st|nd|rd|th)\s+(?:Five-Year\s+Plan|FYP)\b/i.exec(text)
  if (!plan || Number(plan[1]) < 4) return null
  const start = 1971 + 5 * (Number(plan[1]) - 4)
  return `${start}-${start + 4}`
}

/** The text of a heading. */
export function headingText(heading: Heading): string {
  return heading.children.map((c) => ('value' in c ? c.value : '')).join('')
}
