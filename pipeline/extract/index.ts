import { createHash } from 'node:crypto'
import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { withoutStacks } from '../diagnostics.js'
import { alignText } from '../parse/align.js'
import { asciiBorder, scaleAtEnd } from '../parse/blocks.js'
import { isSpaceCode } from '../parse/lines.js'
import {
  boxRowAsBars,
  hasFigure,
  isBoxRow,
  latexRow,
  matchNumbering,
  matchPartPhrase,
  plainCsv,
  yearRange,
  yearsIn,
} from '../parse/patterns.js'
import { type Clause, clauses } from './clauses.js'
import { type Lexicon, defaultLexicon, lookupIndicator } from './lexicon.js'
import {
  type Context,
  endOfSpan,
  futureIndex,
  headingText,
  multiYear,
  namedTarget,
  namesTime,
  newTarget,
  openingSpan,
  outcomeLabel,
  periodOf,
  planYears,
  reportsResult,
  namedYear,
  yearBefore,
  averageSpan,
  targetsLeadIn,
  targetsQuestion,
  pastTarget,
  questionSpan,
} from './periods.js'
import { type Qualifier, areaUnit } from './quantity.js'
import {
  type Draft,
  bareGrowth,
  residentsRow,
  answerer,
  countedBySubject,
  trendVerb,
  measureAfterComma,
  clauseRecords,
  measureOfTarget,
  percentLabel,
  readAsChange,
} from './records.js'
import {
  type Column,
  cellIndex,
  cellText,
  cellsOf,
  columnYears,
  csvAsBars,
  csvRow,
  isRow,
  stackedHeader,
  tableHeader,
  unitCell,
  unitOfText,
  type UnitOfCell,
  yearFromTitle,
} from './tables.js'

/** One figure of the report, as the labelling convention (shared/spec/indicators.md) writes it. */
export interface IndicatorRecord {
  id: string
  subject: string
  indicator: string | null
  value: number | null
  unit: string | null
  base: { value: number; unit: string } | null
  change: number | null
  changeUnit: string | null
  qualifier: Qualifier | null
  period: number | string | null
  kind: 'actual' | 'target'
  section: string[]
  quote: string
  position: Position
  flags: string[]
  /** The main figure as written and where it stands. */
  number: { text: string; position: Position }
  /** The number of a change stated beside the main figure ("…, an increase of 4.5%"), or null. */
  changeNumber: { text: string; position: Position } | null
}

/** A canonical indicator reported as the reviewed year's actual and set as the plan year's target. */
export interface Comparison {
  indicator: string
  actual: ComparedFigure
  target: ComparedFigure & { qualifier: Qualifier | null }
}

/** One side of a comparison: the record it comes from and its figures. */
export type ComparedFigure = Pick<
  IndicatorRecord,
  'id' | 'period' | 'value' | 'change' | 'unit' | 'changeUnit'
>

/** The indicator dataset of one report. */
export interface Dataset {
  source: { path: string; title: string | null; year: number | null; sha256: string }
  indicators: IndicatorRecord[]
  comparisons: Comparison[]
}

export interface ExtractOptions {
  lexicon?: Lexicon
}

/**
 * Read every figure of a parsed report into records with unit, change, qualifier, period, kind,
 * section and the exact quote and position. Numbers read but not turned into records get an info
 * message (`unclassified-number`) on the file; figures on cut-off lines are flagged `truncated`.
 */
export function extractIndicators(tree: Root, file: VFile, options: ExtractOptions = {}): Dataset {
  const lexicon = options.lexicon ?? defaultLexicon()
  const text = String(file.value ?? '')
  const lines = lineStarts(text)
  const legend = abbreviations(text)
  // (Not the short forms the lexicon knows, "GRP", "CPI": spelled out, they would lose its anchors
  // and exclusions, "per capita GRP".)
  for (const short of [...legend.keys()])
    if (lookupIndicator(lexicon, short) !== null) legend.delete(short)
  const meta = file.data.meta ?? {
    title: null,
    published: null,
    reportYear: null,
    reviewedYear: null,
    planYear: null,
  }
  const records: IndicatorRecord[] = []
  const unclassified: Array<{ reason: string; place: Point }> = []
  const headings: Heading[] = []
  // The topics' headings so far, and the last title of a box of figures among them.
  const topics: Heading[] = []
  // Where the last title of a box of figures stands, a heading ("BY THE NUMBERS") or a line
  // ("FACT BOX  |  WUZHOU IN 2024 AT A GLANCE").
  let boxHeading: number | undefined
  // A box of targets in capitals inside a story, and the part the story was in before it.
  let capsBox: { heading: Heading; prior: Heading | undefined } | undefined
  let boxAt: number | undefined
  let part: Heading | undefined
  // The context changes only at headings: computed there, not for every text.
  let context: Context | undefined
  let previous: LastFigure | undefined
  // The last draft of the text and where its number ends in it, for "4.3% → ~5.5%".
  let lastDraft: { draft: Draft; end: number } | undefined
  // The last figure with a year written after it, and its sentence.
  let datedLevel: { draft: Draft; sentence: string; end: number } | undefined
  // "| Indicator | 2021 result | 2022 target |": the year and kind each column of a table names,
  // for the rows under the header.
  let columns: Column[] | undefined
  // The paragraph being read is a row of a table flattened one cell a line: the number of lines its
  // label takes (0: no such row).
  let cellRow = 0
  // The last row of a table whose label gave a unit, and the unit the row being read takes from it.
  let parentRow: { unit: string; column: number } | undefined
  // The label of the table row above, when the row read stands indented under it.
  let labelAbove: string | undefined
  let rowAbove: { label: string; column: number } | undefined
  let rowParent: string | undefined
  // A part made of an item of a list, the part before it and the column of the item's marker.
  let bulletPart:
    { heading: Heading; prior: Heading | undefined; column: number; marker: string } | undefined
  // The span of the topic was set by an item of a list alone on its line.
  let itemSpan = false
  // "• Industry and innovation in 2025": the year an item names for the items of its list.
  let itemYear: number | undefined
  // The label of the records indented under it, and the column it starts at.
  let groupLabel: { text: string; column: number } | undefined
  // The labels of the lines above, each left of the one after it.
  const groups: Array<{ text: string; column: number }> = []
  // "3. Fiscal and financial (unit: billion yuan)": the unit a section's heading gives its figures.
  let sectionUnit: UnitOfCell | undefined
  // "Left axis: visitors (million); right axis: tourism revenue (billion yuan)": what a chart
  // described in words measures on its axes, until the next heading.
  let axes: Axis[] = []
  // The header row right above the paragraph being read, if it was one.
  let headerAbove: Column[] | undefined
  // Its text and the column it starts at.
  let headerLine: { text: string; column: number } | undefined
  let box: { year: number | null } | undefined
  let carriedTargets: { year: number | null } | undefined
  // The carried targets come from the title of a box, and hold for its short lines only.
  let boxCarried = false
  // Lines of the box have been read since its title (a border after them closes it).
  let boxFilled = false
  // The paragraph before was the border of a box ("+-----+"): a line after it may be a title.
  let afterBorder = false
  // "2. *HEBEI TARGETS GROWTH OF AROUND 5% FOR 2025*": a numbered section that names targets.
  let targetSection: { year: number | null; depth: number } | undefined
  // The first words of a table row's label, on the line above the row.
  let wrappedLabel: string | undefined
  // The last words of a table row's label, on the line under the row ("Total retail sales of
  // consumer" over "  goods"), and the node after the one visited.
  let labelBelow: string | undefined
  let nextNode: RootContent | undefined
  // The targets a lead-in the parse made a heading carries ("It also aims to:"), over its bullets.
  let headingLead: { year: number | null } | undefined
  // A figure standing alone over its caption, read with the caption (see `headlineFigure`).
  let headline:
    { caption: RootContent; value: string; toSource: (index: number) => number } | undefined
  // The span of years the last text ended on, for "During this period, …" after it.
  let spanBefore: string | null = null
  let title = ''
  // The label of the list item whose list is being read ("Per capita disposable income: …").
  let itemLabel: string | undefined
  const reviewOpening =
    meta.reviewedYear === null
      ? null
      : // (After a speaker's name: "A: In 2025 the city …"; not a sentence that names this
        // year's targets, "Last year was not easy, and this year's main targets are …".)
        new RegExp(
          `^\\W*(?:[A-Z][\\w.]{0,20}\\s*[:：]\\s*)?(?:(?:in|during)\\s+${meta.reviewedYear}|last year)\\b(?!\\s*[-–])`,
          'i',
        )
  const planOpening =
    meta.planYear === null
      ? null
      : new RegExp(
          `^\\W*(?:this year|next year|(?:for|in)\\s+(?:this year|${meta.planYear}))\\b`,
          'i',
        )

  // "Q: Looking back over those five years, what stands out?": the span the answers speak of,
  // until the next question.
  let askedSpan: string | null = null
  // Where the last turn of a press conference opened ("[Chen Hui]: …", "Q: …"), or -1.
  let turnAt = -1
  // "The past five years saw remarkable achievements." opening a paragraph: the paragraphs after it
  // ("Infrastructure improved markedly. …") speak of those years too, until a heading or another
  // time.
  let topicSpan: string | null = null
  // The span was opened by a paragraph of no figure that leads into the ones after it.
  let topicLead = false
  // "In 2025, the final year of the 14th Five-Year Plan period, we made solid progress on all
  // fronts." under a part on the five years: the year a paragraph of no figure opened on, which
  // the paragraphs after it speak of, until a heading or another time.
  let topicYear: number | null = null
  // Sections whose paragraphs are a list numbered from 1 (see where a numbered paragraph ends a
  // section).
  const listedSections = new Set<Heading>()
  // "(growth rates in %, unless a level is stated)" alone over lines of records (read as a heading
  // of its own): their bare figures are growths, until the next heading.
  let growthNote = false
  // The span and the plan the last sentence read spoke of, and whether the paragraph visited
  // opened on an indented line right under the one before.
  let endSpan: string | null = null
  let endAhead = false
  let indentedNext = false
  // "Q: What are the main targets for 2026?": the answers after it set them, until a question on
  // a time gone by.
  const askedAbout = (read: string) => {
    // ("Reporter (Xinhua): …?": a question of a named asker.)
    // (Most lines ask nothing: a question mark is looked for first.)
    if (
      !read.includes('?') ||
      !/^\W*(?:Q\d*|Question|[A-Z][\w.]{0,20})(?:\s*\([^()]{1,40}\))?\s*[:：]/.test(read) ||
      !/\?\W*$/.test(read)
    )
      return
    askedSpan = questionSpan(read, meta.reviewedYear)
    const asked = targetsQuestion(read, meta.planYear)
    if (asked) {
      carriedTargets = { year: asked.year ?? meta.planYear }
      boxCarried = false
    }
    // (So does a question on what was done: "What progress has the city made in opening up?"; not
    // a follow-up, "What about trade?", "How will you get there?")
    else if (
      !boxCarried &&
      (asked === false ||
        /\b(?:has|have|had)\s+(?:[\w'’-]+\s+){0,4}(?:made|achieved|done|seen|delivered|been)\b|\b(?:did|was|were|achieved|progress)\b/i.test(
          read,
        ))
    )
      carriedTargets = undefined
  }

  const visitText = (
    value: string,
    toSource: (index: number) => number,
    truncated: false | 'item' | 'line',
  ) => {
    context ??= contextOf(headings, part, meta, false)
    // ("• Industry and innovation in 2025" over its items, after "• The 14th Five-Year Plan period
    // (2021-2025) in review": the year the item names for the items under it.)
    const dated =
      itemYear === undefined
        ? context
        : {
            section: context.section,
            truncated: context.truncated,
            kind:
              meta.reviewedYear !== null && itemYear > meta.reviewedYear
                ? ('target' as const)
                : ('actual' as const),
            period: itemYear,
          }
    const boxed =
      box || targetSection
        ? { ...dated, kind: 'target' as const, period: (box ?? targetSection)!.year }
        : dated
    const here = truncated ? { ...boxed, truncated: true } : boxed
    // "… and there are still gaps in": the figures on the line a paragraph is cut off on, not those
    // of the lines above it; a bullet cut off is one line, however it wraps.
    const cutFrom = truncated === 'line' ? lastLineOf(lines, value, toSource) : 0
    previous = undefined
    lastDraft = undefined
    // The text as read (entities decoded, full-width brackets as ASCII ones), with a map back to
    // the value; quotes are cut from the value as written.
    // ("Grain output      above 38      million tons" under "Indicator   Target   Unit": the cells
    // of a table aligned with spaces read as a table's with bars.)
    const aligned =
      columns !== undefined &&
      !value.includes('|') &&
      !value.includes('\n') &&
      // ("Total imports and exports\t\t\t\tbillion yuan    4.31": tabs for a gap, among spaces.)
      (!value.includes('\t') || / {3,}/.test(value)) &&
      !isBoxRow(value) &&
      isRow(value)
    const { text: read, origin, ends } = readable(value, toSource, text, aligned, cellRow)
    // Where a clause that runs into the cut ends ("… kept within 5.5" over "per"): its figures are
    // flagged too, on whatever line they stand.
    const clauseCut = read.trimEnd().length
    const map = origin ? (index: number) => toSource(origin[index]!) : toSource
    // Where the source of a read character ends ("%" read from "&#37;": after the ";").
    const valueEnd = (index: number) =>
      origin ? (ends!.get(origin[index]!) ?? origin[index]! + 1) : index + 1
    const mapEnd = (index: number) => toSource(valueEnd(index) - 1) + 1
    // "The main targets for 2020 are: (1) GDP growth of about 6 percent; …": the rest of the
    // paragraph sets targets, in a review as well.
    // (And "the main expected targets … are as follows" standing alone, over the lines of a
    // transcript or a chat: the lines after it until a heading or another time.)
    let targets: { year: number | null } | undefined = carriedTargets
    // "Over the past five years, …": a paragraph that opens on a span of years speaks of it
    // until a sentence names another time ("Last year, …").
    // ("    We won the battle against poverty. …" on a printed page, under "    Over the past five
    // years, …": a paragraph that opened on an indented line goes on with the time before it.)
    let span: string | null =
      here.kind === 'actual' ? (askedSpan ?? topicSpan ?? (indentedNext ? endSpan : null)) : null
    let topicHere = false
    // The year of the span of the part the paragraph speaks of ("In 2025, …" opening it).
    let yearHere: number | null = here.kind === 'actual' ? topicYear : null
    // The sentence read names the span itself (it opened it, or said "during this period").
    let spanHere = false
    // "This year the city aims … . It has lined up 1,000 major projects …": a paragraph that opens
    // on the plan year speaks of the plan until a sentence names another time.
    let ahead = indentedNext && endAhead
    indentedNext = false
    let imperative = false
    let sentence = ''
    let futureAt = -1
    // "By 2025, GDP is expected to reach …; R&D spending is to reach …": the year a statement opens
    // on holds for the parts its semicolons divide.
    let byYear: number | null = null
    const noted = axesOf(read)
    if (noted.length > 0) axes = noted
    const series = chartSeries(read, axes)
    let seriesNext = 0
    // ("GRP growth — target: above 8%": the measure the target is for.)
    const written = labelOpening.exec(read)?.[1]
    const label = written === undefined ? undefined : measureOfTarget(written).trim()
    for (const clause of clauses(read)) {
      if (clause.sentence !== sentence) {
        const continued = /[;；]\s*$/.test(sentence)
        const opensText = sentence === ''
        sentence = clause.sentence
        // (Asked of the sentence by several rules below: read once.)
        const timed = namesTime(sentence)
        if (opensText && here.kind === 'actual' && typeof here.period === 'string') {
          const year = /^\W*in\s+((?:19|20)\d{2})\s*,/i.exec(sentence)?.[1]
          const first = Number(here.period.slice(0, 4))
          // (Its last year, the one reviewed: not "In 2022, we were named a national model
          // county", an event of a year inside it.)
          const inPart =
            year !== undefined &&
            Number(year) > first &&
            Number(year) === Number(here.period.slice(-4))
          if (inPart) {
            yearHere = Number(year)
            topicYear = hasFigure(read) ? null : yearHere
          } else if (timed || openingSpan(sentence, meta, true) !== null) {
            yearHere = null
            topicYear = null
          }
        } else if (timed) yearHere = null
        // (A part that opens on a time of its own, "; in 2024, grain output …", is of that time.)
        if (
          !continued ||
          timed ||
          /^\W*(?:(?:by|for)\s+(?:the end of\s+)?(?:19|20)\d{2}|this year)\b/i.test(sentence)
        )
          byYear = openingBy(sentence, meta.planYear)
        futureAt = here.kind === 'actual' ? futureIndex(sentence) : -1
        if (here.kind === 'actual') targets = targetsLeadIn(sentence) ?? targets
        // (Not an aside without a figure: "[10:08] Li Wei: base effect from 2020 I guess" between
        // the targets a chat's "2021 targets coming" announced.)
        if (
          carriedTargets &&
          hasFigure(sentence) &&
          (timed ||
            /\blast year\b/i.test(sentence) ||
            // ("GDP growth target: around 6% (2022 target: around 6.5%)": a year in brackets is
            // of a comparison.)
            yearsIn(sentence.replace(/\([^()]*\)?/g, '')).some(
              (y) => meta.planYear !== null && y < meta.planYear,
            )) &&
          !planOpening?.test(sentence)
        ) {
          carriedTargets = undefined
          targets = undefined
        }
        // ("The past five years have not been easy. We will strive for …" under the targets.)
        const opened =
          here.kind === 'target' && /^\W*the\s+(?:past|last)\s+\w+\s+years\b/i.test(sentence)
            ? null
            : openingSpan(sentence, meta, here.kind === 'actual')
        // (In a paragraph of figures: not "The past five years were truly extraordinary," the
        // governor said, over "2022 at a glance".)
        if (
          opened !== null &&
          here.kind === 'actual' &&
          opensText &&
          sawYears.test(sentence) &&
          // ("… Over the five years:" over the paragraphs of their results: or over its figures.)
          (hasFigure(read) ||
            /\b(?:years|period)\s*[:：]\s*$/.test(read) ||
            // (Or under a part that names the plan: "I. Review of Our Work During the 14th
            // Five-Year Plan Period and in 2025".)
            (part !== undefined && /\bfive-year plan\b/i.test(headingText(part))))
        ) {
          topicSpan = opened
          topicHere = true
          topicLead = !hasFigure(read)
        } else if (
          topicSpan !== null &&
          // (After "Over the five years:", the paragraphs of their results go on past a sentence
          // of one year inside them, "Per capita GRP exceeded 98,000 yuan last year."; not past
          // one that opens a paragraph, "2025 was the final year of the plan.")
          (((!topicLead || opensText) &&
            (timed ||
              (topicLead && /^\W*(?:19|20)\d{2}\b/.test(sentence)) ||
              /\b(?:the\s+past|last)\s+year\b/i.test(sentence))) ||
            // ("We are also keenly aware of the problems we face: …", "We also faced
            // difficulties.": the looking back is over.)
            /\b(?:problems|difficulties|shortcomings|challenges|keenly aware)\b/i.test(
              sentence.slice(0, 60),
            ) ||
            // (A year named after the paragraph that opened the span: "2022 at a glance"; not the
            // span's own ends, "than in 2020", "by the end of 2025" in a look back at 2021-2025.)
            (!topicHere && namesOtherYear(sentence, topicSpan)))
        ) {
          if (span === topicSpan) span = null
          topicSpan = null
        }
        // (Tested only where it can change the span: most sentences follow no span.)
        const took: boolean =
          opened === null &&
          span === null &&
          spanBefore !== null &&
          !timed &&
          thatPeriod.test(sentence)
        // (A sentence of the plan's targets after one that looked back ends the span.)
        span =
          opened ??
          (timed || (here.kind === 'target' && /\b(?:targets?|goals?)\b/i.test(sentence))
            ? null
            : // "During this period, R&D spending …": the span of the paragraph before.
              (span ?? (took ? spanBefore : null)))
        spanHere = span !== null && (opened !== null || took)
        // ("Retail sales rose 5 percent in 2023. During this period, …": the year it names.)
        if (span !== null) spanBefore = span
        else if (
          timed ||
          /\b(?:in|by|for|since|during|at the end of)\s+(?:19|20)\d{2}\b/i.test(sentence)
        )
          spanBefore = null
        // "Line up 600 provincial key projects", "👉 And raise R&D spending intensity to 2.6%": a
        // task said in the imperative is a plan.
        imperative =
          here.kind === 'actual' && (taskVerb.test(sentence) || taskAfterLabel.test(sentence))
        if (planOpening?.test(sentence)) ahead = here.kind === 'actual'
        else if (span !== null || timed) ahead = false
        endSpan = span
        endAhead = ahead
      }
      // "New urban jobs | 10,000 people | 17.2 | no less than 15": the Unit column's numbers name
      // the unit, the row's figures are in it. (Excluded before the diagnostics below: a number
      // left out is reported, never lost.)
      const rowUnit = columns && clause.bar !== -1 ? unitCell(read, columns) : undefined
      // "Surveyed urban unemployment rate | % | 4.5 | — | within 5" under "… | 2025 target
      // (growth, %)": a target of a rate, or a count ("New urban jobs | people | … | 12,000"), is a
      // level in a column of growth targets.
      const levelTarget = (at: number, value: number | null) => {
        const column = columns?.[cellIndex(read, clause.start + at)]
        return (
          column?.kind === 'target' &&
          ((rowUnit?.unit === '%' && rateOrShare.test(cellsOf(read)[0] ?? '')) ||
            (value !== null && Math.abs(value) >= 100))
        )
      }
      // "Item | 2023 | 2024 | Growth (%)": the bare figures of a column of changes in percent.
      if (columns?.some((c) => c.percentChange) && clause.bar !== -1)
        for (const mention of clause.mentions) {
          if (mention.excluded || mention.unit !== null) continue
          if (!columns[cellIndex(read, clause.start + mention.numberStart)]?.percentChange) continue
          if (levelTarget(mention.numberStart, mention.value)) continue
          mention.unit = '%'
          mention.baseUnit = '%'
          mention.baseValue = mention.value
          if (mention.change === 0) [mention.change, mention.changeCue] = [1, 'cue']
        }
      if (rowUnit)
        for (const mention of clause.mentions)
          if (columns![cellIndex(read, clause.start + mention.numberStart)]?.unit)
            mention.excluded = 'name'
      // "… | 641.2 | 6.3 | % |" under "… | 2025 Actual | Change vs 2024 | Change Unit |": the unit
      // of the row's change in a column of its own.
      const changeUnitAt =
        columns && clause.bar !== -1 ? columns.findIndex((c) => c.changeUnit) : -1
      if (changeUnitAt > 0) {
        const written = cellsOf(read)[changeUnitAt]?.trim() ?? ''
        const unit = /^(?:%|per ?cent)$/i.test(written)
          ? '%'
          : /^(?:pct\.?\s*pts?\.?|percentage points?|pp|ppts?)$/i.test(written)
            ? 'percentage points'
            : /^\p{L}[\p{L} -]{1,30}$/u.test(written)
              ? written
              : null
        for (const mention of clause.mentions) {
          if (mention.excluded || mention.unit !== null || unit === null) continue
          if (!columns![cellIndex(read, clause.start + mention.numberStart)]?.change) continue
          mention.unit = unit
          mention.baseUnit = unit
          mention.baseValue = mention.value
          if (mention.change === 0) [mention.change, mention.changeCue] = [1, 'cue']
        }
      }
      // "Our workshop has 140 people on two shifts", "I run a center that serves 210 seniors": a
      // speaker's own story, not a figure of the report (not "I noticed that private
      // investment grew 3.6 percent").
      if (/\b(?:I|[Mm]y|[Oo]ur)\b/.test(clause.sentence)) {
        const at = clause.sentence.indexOf(clause.text)
        for (const mention of clause.mentions) {
          if (mention.excluded) continue
          const prefix = clause.sentence.slice(0, (at === -1 ? 0 : at) + mention.numberStart)
          const own = ownStory.exec(prefix)
          // (Not inside a quote: "“I am confident that we can achieve …”, Li said.)
          if (own && !/[“"]/.test(prefix.slice(0, own.index))) mention.excluded = 'anecdote'
        }
      }
      for (const mention of clause.mentions) {
        if (mention.excluded) {
          const at = map(clause.start + mention.numberStart)
          unclassified.push({
            reason: `Number \`${mention.numberText}\` is not a figure (${mention.excluded})`,
            place: pointOf(lines, at),
          })
        }
      }
      // Note: in a table whose header names years or actual and target, every cell is a level
      // unless its row names a change.
      if (columns && clause.bar !== -1 && !columns.some((c) => c.change)) clause.columned = true
      if (columns && clause.bar !== -1 && columns[0]?.percent) clause.percentCells = true
      if (rowParent && clause.bar !== -1) clause.parentUnit = rowParent
      // ("|   revenue (bn yuan) |" under the row: the unit its label's last line gives.)
      const unitBelow = labelBelow && /\(([^()]{1,30})\)$/.exec(labelBelow)
      if (unitBelow && clause.bar !== -1) clause.parentUnit ??= unitBelow[1]
      if (labelBelow && clause.bar !== -1) clause.labelBelow = labelBelow
      if (labelAbove && clause.bar !== -1) clause.parentLabel = labelAbove
      if (columns && clause.bar !== -1) {
        const cells = columns
        clause.pairs = (from, to) => {
          const a = cells[cellIndex(read, clause.start + from)]
          const b = cells[cellIndex(read, clause.start + to)]
          // (A column of changes pairs with a level of its kind, whatever year it grew over; not a
          // column of growths over a span of years.)
          if (!a || !b || a === b) return true
          if (b.change) return !b.span && (b.kind === null || a.kind === null || b.kind === a.kind)
          return a.year === b.year && a.kind === b.kind
        }
      }
      const drafts = clauseRecords(clause)
      // ("…, 10,000 units: 62.5, …": the scale of a series' unit is no figure.)
      if (series)
        for (let i = drafts.length - 1; i >= 0; i--) {
          const at = clause.start + drafts[i]!.numberStart
          if (at >= series.unitFrom && at < series.from) drafts.splice(i, 1)
        }
      // Note: not the figures of a column of changes ("YoY change": "+6.8%", "-0.3 pp").
      // "Revenue in the general public budget: 4.93, up 6.8%" under "3. Fiscal and financial (unit:
      // billion yuan)": a bare figure in the unit its section's heading gives.
      // (Only on a line of a label and its figure: not a rank or a count in prose.)
      if (sectionUnit && clause.bar === -1 && /^[^:：]{2,80}[:：]/.test(clause.sentence))
        for (const draft of drafts)
          if (draft.value !== null && draft.unit === null) {
            draft.unit = sectionUnit.unit
            draft.base = {
              value: Number((draft.value * sectionUnit.factor).toPrecision(12)),
              unit: sectionUnit.base,
            }
          }
      // ("| 11.0 |" under "SHARE OF GRP (%)": a percentage, whatever the row's unit.)
      if (rowUnit)
        for (const draft of drafts) {
          const column = columns![cellIndex(read, clause.start + draft.numberStart)]
          if (column?.share && draft.unit === null && draft.value !== null) {
            draft.unit = '%'
            draft.base = { value: draft.value, unit: '%' }
          } else if (!column?.change || levelTarget(draft.numberStart, draft.value))
            inRowUnit(draft, rowUnit, clause.text)
        }
      // "Fixed asset investment | % | — | 4.1 | around 5%": a row of percent with no level but its
      // growth measures growth; its target is a growth too.
      // (Not a rate or a share: "| Urban surveyed unemployment rate | % | — | — | within 5.5 |".)
      // ("FIXED-ASSET INVESTMENT   --   --   -3.8   3.0": nor with no unit in the Unit column.)
      // ("Fixed asset investment | billion yuan | — | 4.1 | 5": nor of an amount with no level.)
      // (Only of money: not "| Grain output | million tons | — | 1.2 | 12.6 |", a level to reach.)
      const amountRow = rowUnit !== undefined && /\b(?:yuan|dollars|RMB)\b/i.test(rowUnit.unit)
      if (
        (rowUnit?.unit === '%' ||
          amountRow ||
          (rowUnit === undefined && columns?.some((c) => c.unit))) &&
        columns!.some((c) => c.change)
      ) {
        const cells = cellsOf(read)
        const levels = columns!.flatMap((c, i) =>
          !c.change && !c.unit && c.kind === 'actual' ? [cells[i] ?? ''] : [],
        )
        if (
          levels.length > 0 &&
          levels.every((cell) => /^\s*(?:[—–-]|--)\s*$/.test(cell)) &&
          columns!.some((c, i) => c.change && /\d/.test(cells[i] ?? '')) &&
          !rateOrShare.test(cells[0] ?? '')
        )
          for (const draft of drafts)
            if (
              draft.value !== null &&
              (draft.unit === '%' ||
                (rowUnit === undefined && draft.unit === null) ||
                (amountRow && draft.unit === rowUnit.unit)) &&
              draft.change === null
            ) {
              readAsChange(draft, 1)
              draft.changeUnit = '%'
            }
      }
      // "Gross regional product | 100 million yuan | 1,912.4 | 5.6 | 6" under "… | 2024 actual |
      // Growth (%) | 2025 target": a target far below the row's level and near its growth is a
      // target of growth, in percent.
      // (Not of a stock of things counted: "Highways | kilometers | 150 | 20 | 30", new ones to
      // build.)
      if (
        rowUnit &&
        rowUnit.unit !== '%' &&
        !stockUnit.test(rowUnit.unit) &&
        columns!.some((c) => c.percentChange)
      ) {
        const columnOf = (draft: Draft) =>
          columns![cellIndex(read, clause.start + draft.numberStart)]
        const level = drafts.find(
          (d) =>
            d.value !== null &&
            d.change !== null &&
            d.changeUnit === '%' &&
            columnOf(d)?.kind === 'actual' &&
            !columnOf(d)?.change,
        )
        if (level)
          for (const draft of drafts) {
            const column = columnOf(draft)
            if (
              column?.kind === 'target' &&
              !column.change &&
              draft.value !== null &&
              draft.change === null &&
              draft.value * 2 <= level.value! &&
              draft.value <= Math.abs(level.change!) * 3 + 3
            ) {
              readAsChange(draft, 1)
              draft.changeUnit = '%'
            }
          }
      }
      // "Urbanization rate,%,70.3,0.5" under "…,2022_growth_pct,…": the change of a percentage in a
      // column of changes is in percentage points.
      if (columns?.some((c) => c.percentChange) && clause.bar !== -1)
        for (const draft of drafts)
          if (
            draft.unit === '%' &&
            draft.changeUnit === '%' &&
            draft.changeNumber &&
            columns[cellIndex(read, clause.start + draft.changeNumber.start)]?.percentChange
          )
            draft.changeUnit = 'percentage points'
      // "Revenue grew by 4.9% a year and totaled 6.49 trillion yuan": a clause that names no
      // subject continues the one before it in the sentence.
      // ("…; outcome: 5.1%": or the outcome after a semicolon, of the target before it.)
      let prior =
        previous?.sentence === clause.sentence ||
        (previous !== undefined &&
          /[;；]\s*$/.test(previous.sentence) &&
          outcomeOpening.test(clause.sentence))
          ? previous
          : undefined
      for (const draft of drafts) {
        // "private investment, which had contracted two years in a row, edged up 0.8 percent": what
        // the relative clause is about is the subject.
        if (/^(?:which|who)\b/i.test(draft.subject)) {
          const at = clause.sentence.indexOf(clause.text)
          const hung =
            /(?:^|[,;:]\s*|\s(?:and|while|but)\s+)([^,;:]{2,80}?),\s*(?:which|who)\b[^,;]*,[^,;]*$/i.exec(
              clause.sentence.slice(0, (at === -1 ? 0 : at) + draft.numberStart),
            )
          if (hung) draft.subject = hung[1]!.replace(/^(?:and|while|but)\s+/i, '').trim()
        }
        // "GRP +2.6% y/y (target ~6%)", "New urban jobs 1.48mn (plan: 1mn)": the target of the
        // figure before it; "GDP growth around 5% (national: around 5%)": the country's figure
        // of the same measure; "…, the figure is 4.8%": a correction of the figure before. A
        // percentage of a growth is a growth.
        // "(2022 target: around 6.5%; 2022 actual: 4.5%)": a year's target or result of it.
        const outcome = prior
          ? /^(?:(?:the|its)\s+)?(?:((?:19|20)\d{2})\s+)?(?:actual|outcome|result|outturn)s?$/i.exec(
              draft.subject,
            )
          : null
        // "457,000 new urban jobs were created, beating the annual target of 430,000 jobs": a
        // target named by its counted noun alone is the target of the measure before it.
        const targetOfCount =
          prior !== undefined &&
          draft.unit !== null &&
          draft.subject.toLowerCase() ===
            draft.unit.replace(/^(?:thousand|million|billion)\s+/, '') &&
          /\b(?:target|goal|ceiling)s?\s+(?:of\s+)?(?:(?:around|about|above|over|at least|no less than|within|more than|nearly)\s+)?$/i.test(
            clause.text.slice(Math.max(0, draft.numberStart - 60), draft.numberStart),
          )
        const same =
          outcome || targetOfCount
            ? prior!.subject
            : !prior ||
                !/(?:target|goal|plan|national|nationally|figure|ceiling)s?$/i.test(draft.subject)
              ? undefined
              : /^(?:.*[,;:]\s*)?(?:the\s+)?(?:correct\s+|right\s+|actual\s+|revised\s+)?figure$/i.test(
                    draft.subject,
                  )
                ? prior.subject
                : /^(?:.*\b(?:in line with|compared with|vs\.?|versus|against|above|below|beat|beating|exceeding|missed|short of)\s+)?(?:(?:the|a|an|its)\s+)?(?:(?:19|20)\d{2}\s+)?(?:annual\s+)?(?:target|goal|plan|ceiling)s?$/i.test(
                      draft.subject,
                    )
                  ? prior.subject
                  : /^(?:the\s+)?national(?:ly)?$/i.test(draft.subject)
                    ? `national ${prior.subject}`
                    : undefined
        // "The 2025 target is growth of around 5%": what the target is set for.
        if (
          same === undefined &&
          /^(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:main\s+)?(?:target|goal)s?$/i.test(draft.subject)
        ) {
          const named = targetOf.exec(clause.text.slice(0, draft.numberStart))
          if (named) draft.subject = named[1]!
        }
        if (same !== undefined) {
          // The year of "2022 target", "2022 actual".
          const named = /^(?:(?:the|a|an|its)\s+)?((?:19|20)\d{2})\s+\w+$/.exec(draft.subject)
          if (named && draft.year === undefined) draft.year = Number(named[1])
          draft.subject = same
          if (prior!.growth && draft.unit === '%' && draft.change === null) readAsChange(draft, 1)
          // ("New urban jobs — target: 40,000; outcome: 41,600": in the target's counted noun.)
          if (
            outcome &&
            draft.unit === null &&
            draft.value !== null &&
            prior!.unit !== null &&
            /^[a-z]+s$/.test(prior!.unit)
          ) {
            draft.unit = prior!.unit
            draft.base = { value: draft.value, unit: prior!.unit }
          }
        }
        prior = lastFigure(clause.sentence, draft)
        // "Chart: GRP, 2021-2025, trillion yuan: 2.47, 2.63, 2.72, 2.86, 3.01": the figures of a
        // series, a year each, in the unit its title gives.
        // ("Chart: Growth of main indicators, 2025, %: fixed asset investment 1.6 | …": a figure
        // for each thing the chart compares, in one year.)
        const at = clause.start + draft.numberStart
        if (series && at >= series.from && at < series.to && seriesNext < series.years) {
          const item = series.items?.[seriesNext]
          draft.year = item
            ? series.first
            : (series.yearList?.[seriesNext] ?? series.first + seriesNext)
          draft.subject = item ?? series.label
          seriesNext++
          if (draft.unit === null && series.unit && draft.value !== null) {
            draft.unit = series.unit.unit
            draft.base = { value: draft.value * series.unit.factor, unit: series.unit.base }
          }
          if (series.growth && draft.change === null && draft.unit === '%') readAsChange(draft, 1)
          // ("exports -3.1": a change with its sign, in the chart's percent.)
          if (draft.change !== null && draft.changeUnit === null && series.unit)
            draft.changeUnit = series.unit.unit
        }
        // The label's first words, wrapped onto the line above its row ("growth (%)").
        if (wrappedLabel && clause.bar !== -1 && /^[\p{Ll}(]/u.test(clause.text.trimStart()))
          draft.subject = `${wrappedLabel} ${draft.subject}`
        if (labelBelow && clause.bar !== -1 && draft.numberStart > clause.bar)
          draft.subject = `${draft.subject} ${labelBelow.replace(/\s*\([^()]*\)$/, '')}`.trimEnd()
        // "GDP (2024)    14.16 trillion yuan": the year a label gives in brackets.
        const bracketYear =
          draft.year === undefined && draft.subject.endsWith(')')
            ? /\s*\(((?:19|20)\d{2})\)$/.exec(draft.subject)
            : null
        if (bracketYear) {
          draft.year = Number(bracketYear[1])
          draft.subject = draft.subject.slice(0, bracketYear.index)
        }
        // '"Little giants": 15 new', "Private investment: grow by more than 4%", "…; tourists: 19.5
        // million visits": a word after a label that names nothing of its own; the label the
        // figure's part of the line opens on names it.
        if (weakSubject.test(draft.subject)) {
          const at = clause.sentence.indexOf(clause.text)
          const own = partLabel(clause.sentence.slice(0, (at === -1 ? 0 : at) + draft.numberStart))
          // (A label of a measure or of things counted: not "Summary: …", "Highlights: …"; nor a
          // label of two measures, "Tourist visits and tourism revenue: 19.8 million visits …".)
          if (
            own &&
            !/\s(?:and|&)\s/i.test(own) &&
            (lookupIndicator(lexicon, own) !== null ||
              (/[a-z]s["”]?$/i.test(own) &&
                !/\b(?:highlights|notes|sources|figures|numbers|facts|details|remarks|updates|news)["”]?$/i.test(
                  own,
                )))
          ) {
            draft.subject = own
            countedBySubject(draft)
          }
        }
        // "GDP: from 3.03 trillion yuan in 2017 to 4.16 trillion yuan in 2022; average annual
        // growth of 4.6 per cent": the paragraph's label names what its figures measure.
        if (
          label &&
          (namesNothing(draft.subject) ||
            /^(?:from|a cumulative|cumulative)\b/i.test(draft.subject))
        )
          draft.subject = label
        // "Per capita disposable income: urban residents +8.5%": whose income the label names (not
        // "Fixed-asset investment: up 6.1%; manufacturing investment up 15.6%", a measure of its
        // own); "Grain: output of 55.44 million tons": what the label's output is of.
        else if (
          label === undefined &&
          itemLabel !== undefined &&
          /^[A-Za-z]+(?:\s+residents)?$/.test(draft.subject) &&
          lookupIndicator(lexicon, draft.subject) === null
        ) {
          // "Per capita disposable income of residents: 82,760 yuan" over "– Urban 94,120 yuan;
          // rural 50,380 yuan": whose measure the item above names (when it names one of its own,
          // not "Imports and exports: …" over "– imports 1.2%").
          const whose = lookupIndicator(lexicon, `${itemLabel} of ${draft.subject}`)
          if (whose !== null && whose !== lookupIndicator(lexicon, itemLabel))
            draft.subject = `${itemLabel}, ${draft.subject.toLowerCase()}`
        } else if (
          label &&
          // (Not "Urban / rural: 50,236 yuan / 24,315 yuan": a label of both.)
          !label.includes('/') &&
          /^[A-Za-z][A-Za-z' -]*$/.test(draft.subject) &&
          draft.subject.split(' ').length <= 3 &&
          lookupIndicator(lexicon, draft.subject) === null
        ) {
          // ("Urban residents' per capita disposable income: 51,230 yuan; rural: 24,410 yuan": the
          // same measure, of the other residents.)
          const own = /\b(urban|rural)\b/i.exec(label)
          const other = /^(urban|rural)$/i.exec(draft.subject)
          const whose =
            own && other && own[1]!.toLowerCase() !== other[1]!.toLowerCase()
              ? null
              : lookupIndicator(lexicon, `${label} of ${draft.subject}`)
          if (own && other && whose === null)
            draft.subject = label.replace(own[1]!, other[1]!.toLowerCase())
          else if (
            whose !== null &&
            (!draft.subject.includes(' ') || whose !== lookupIndicator(lexicon, label))
          )
            draft.subject = `${label} of ${draft.subject}`
          else if (
            !draft.subject.includes(' ') &&
            lookupIndicator(lexicon, `${label} ${draft.subject}`) !== null
          )
            draft.subject = `${label} ${draft.subject.toLowerCase()}`
        }
        // (Or the part of the sentence before its semicolon: "GRP reached …, up 8.3 percent;
        // average growth over the two years was 6.0 percent".)
        if (
          previous === undefined ||
          (previous.sentence !== clause.sentence && !/[;；]\s*$/.test(previous.sentence))
        )
          continue
        // ("The share of days with good air quality reached 90.4 percent, or 330 days": the same
        // measure, counted otherwise.)
        if (
          /^\W*or\s/i.test(clause.text) &&
          draft.unit !== null &&
          draft.subject.toLowerCase() === draft.unit.toLowerCase()
        )
          draft.subject = previous.subject
        // "Grain was sown on 283,000 hectares and output stood at 1.36 million tons": the output of
        // what the sentence opened on.
        if (/^(?:its\s+)?(?:output|production)$/i.test(draft.subject)) {
          const head = outputOpening.exec(clause.sentence)
          if (head) draft.subject = `${head[1]!.toLowerCase()} output`
        }
        // "38 "little giant" firms added, 1,012 in cumulative terms": the stock of the same things.
        if (/^(?:in (?:cumulative|total) terms|in total|altogether)$/i.test(draft.subject)) {
          draft.subject = previous.subject
          if (
            draft.unit === 'terms' &&
            draft.value !== null &&
            /^[a-z-]+$/.test(previous.unit ?? '')
          ) {
            draft.unit = previous.unit!
            draft.base = { value: draft.value, unit: previous.unit! }
          }
        }
        // "Market entities: 246,000 …, including 31,500 newly registered", "146 added, 1,318 in
        // total", "9 added at national level, 27 at provincial level": a count that names nothing
        // counted counts what the count before it in the sentence counted.
        // ("…, including 6,870 newly registered ones": "ones" names none either.)
        if (
          (draft.unit === null || draft.unit === 'ones') &&
          draft.value !== null &&
          Number.isInteger(draft.value) &&
          (draft.change === null || draft.changeUnit === '%') &&
          previous.unit !== null &&
          countedThings.test(previous.unit) &&
          (draft.subject === previous.subject || nothingCounted.test(draft.subject)) &&
          // (Not "…, and ranked 3 in the province": a place, not a count; nor "…, which employed
          // 1,200", the count of what they hold.)
          !/\brank(?:ed|ing|s)?\b/i.test(clause.text.slice(0, draft.numberStart)) &&
          !/\b(?:employ|hir|serv|benefit|cover|train|attract|receiv|welcom|hous|accommodat)(?:ed|ing|e|es|s)?\s+(?:(?:over|more than|about|nearly|around|some)\s+)?$/i.test(
            clause.text.slice(0, draft.numberStart),
          )
        ) {
          draft.unit = previous.unit
          draft.base = { value: draft.value, unit: previous.unit }
        }
        // "Exports grew 7.3%, imports 1.2%": a percentage after a growth, with a subject and no
        // verb of its own, is a growth too.
        const lead = clause.text.slice(0, draft.numberStart)
        if (
          previous.growth &&
          draft.unit === '%' &&
          draft.change === null &&
          !draft.share &&
          /^[\s,;]*(?:and\s+|while\s+)?(?:[A-Za-z][\w'’-]*\s+){1,4}$/.test(lead) &&
          // (Of an amount, or the same measure after a qualifier: not "capacity utilization
          // 76.5%", a rate.)
          (/\b(?:imports?|exports?|investment|sales|output|revenues?|consumption|incomes?|production|value added|GDP|GRP|spending|trade|profits?|turnover)\s*$/i.test(
            lead,
          ) ||
            /^\W*(?:around|about|approximately|over|above|at least|no less than|within|nearly)\s+$/i.test(
              lead,
            )) &&
          !/\b(?:[a-z]+ed|rose|grew|fell|was|were|is|are|hit|stood|share|rate|ratio|proportion|coverage|of|at|to)\b/i.test(
            lead,
          )
        )
          readAsChange(draft, 1)
        // "GRP of 703.4 billion yuan in 2021, 780.3 billion yuan in 2022 and …", "Grain output was
        // 1.2 million tons in 2022 and 1.3 million tons in 2024": a figure whose clause names only
        // its year, or its own unit, is of the measure before it.
        const yearOnly =
          /^(?:in|for|by)\s+(?:19|20)\d{2}$/.test(draft.subject) ||
          (draft.unit !== null &&
            draft.unit === previous.unit &&
            draft.unit.toLowerCase().endsWith(' ' + draft.subject.toLowerCase()))
        // ("Growth was to reach 7%; it reached 6.2%": "it" after a target stands for its measure;
        // not "Fixed asset investment grew by 5.2%; it was 40% private investment".)
        const pronoun =
          pronounSubject.test(draft.subject) &&
          /\b(?:(?:was|were)\s+to|targets?|goals?|aim(?:ed|s)?|plann?ed)\b/i.test(previous.sentence)
        if (namesNothing(draft.subject) || yearOnly || pronoun) {
          // "… grew 5.7% in 2024 and aims for around 6% in 2025": the aim of a growth is a growth.
          const aim =
            /^(?:(?:the\s+)?(?:city|province|region|government|it|we)\s+)?(?:aims?|targets?|plans?|budgets?|expects?|eyes)\b/.test(
              draft.subject,
            )
          // ("Growth was to reach 7%; it reached 6.2%": so is what the growth reached.)
          draft.subject = previous.subject
          if ((aim || pronoun) && previous.growth && draft.unit === '%' && draft.change === null)
            readAsChange(draft, 1)
        }
        // "per capita disposable income of urban residents reached …; rural residents' 17,450
        // yuan": the same measure, of the residents named.
        // ("…71,830 yuan, up 4.6%: 82,360 yuan for urban residents (up 4.3%)")
        const whose =
          /^(?:(?:yuan|RMB)\s+for\s+)?(?:the\s+)?((?:urban|rural)(?:\s+residents)?)['’]?s?$/i.exec(
            draft.subject,
          )
        const residents = whose?.[1]!.replace(/^(urban|rural)$/i, '$1 residents')
        // ("Rural residents' per capita disposable income rose …; urban residents' rose …")
        const theirs =
          /^(?:the\s+)?(?:urban|rural)(?:\s+residents)?['’]s?\s+(.*\bincomes?\b.*)$/i.exec(
            previous.subject,
          )
        if (whose && /\bincomes?\b/i.test(previous.subject)) {
          if (/\s+of\s+(?:the\s+)?(?:urban|rural|residents)\b/i.test(previous.subject))
            draft.subject = `${previous.subject.replace(/\s+of\s+.*$/, '')} of ${residents}`
          else if (theirs) draft.subject = `${theirs[1]} of ${residents}`
        }
        // "income of urban residents was …, and that of rural residents …"
        const that = /^(?:that|those) of (.+)$/i.exec(draft.subject)
        if (that && / of /.test(previous.subject)) {
          draft.subject = previous.subject.replace(/ of .*$/, ` of ${that[1]}`)
          // ("The number of high-tech enterprises grew to 6,520, and that of SMEs hit 9,870": a
          // count of the things it names.)
          // (Not "that of rural areas 12,000": where, not what.)
          const counted = /\b([A-Za-z-]+s)\W*$/
            .exec(that[1]!)?.[1]
            ?.replace(/^(?:areas|regions|cities|counties|districts|provinces|towns|villages)$/i, '')
          if (
            draft.value !== null &&
            draft.unit === null &&
            counted !== undefined &&
            counted !== '' &&
            previous.unit !== null &&
            /^[a-z-]+$/.test(previous.unit)
          ) {
            draft.unit = counted
            draft.base = { value: draft.value, unit: counted }
          }
          // "increase the number of high-tech enterprises by over 4,000 and that of "little giant"
          // enterprises by 150": the same change, of the things it names.
          if (
            previous.counted !== null &&
            /\bby\s+(?:(?:over|about|around|more than|nearly|at least)\s+)?$/i.test(
              clause.text.slice(0, draft.numberStart),
            )
          ) {
            draft.subject = draft.subject.replace(/ by$/, '')
            if (draft.value !== null && draft.change === null) readAsChange(draft, 1)
            if (draft.change !== null)
              draft.changeUnit ??= /\b([a-z]+s)\W*$/.exec(draft.subject)?.[1] ?? previous.counted
          }
        }
        // "Rural residents' per capita disposable income …, while that of urban residents"
        const owner = that ? /^(?:the\s+)?\S.*?(?:s'|['’]s)\s+(.+)$/i.exec(previous.subject) : null
        if (that && owner && !/ of /.test(previous.subject))
          draft.subject = `${owner[1]} of ${that[1]}`
      }
      // "GRP growth: 4.3% → ~5.5%": the figure after an arrow is the same measure as the one
      // before it, a year later.
      const arrows = new Set<Draft>()
      for (const draft of drafts) {
        const at = clause.start + draft.numberStart
        const between = lastDraft ? read.slice(lastDraft.end, at) : ''
        if (
          lastDraft &&
          (between.includes('→') ||
            between.includes('->') ||
            between.includes('=>') ||
            /[⟶➝➔]/.test(between)) &&
          arrowBetween.test(between)
        ) {
          arrows.add(draft)
          draft.subject = lastDraft.draft.subject
          // ("683,000 units → over 800,000": the target counts in the unit of the level.)
          const level = lastDraft.draft
          if (
            draft.unit === null &&
            draft.value !== null &&
            draft.change === null &&
            level.unit !== null &&
            level.unit !== '%' &&
            level.value &&
            level.base
          ) {
            const factor = 10 ** Math.round(Math.log10(level.base.value / level.value))
            draft.unit = level.unit
            draft.base = { value: draft.value * factor, unit: level.base.unit }
          }
          if (
            lastDraft.draft.value === null &&
            lastDraft.draft.changeUnit === '%' &&
            draft.change === null &&
            draft.unit === '%'
          )
            readAsChange(draft, 1)
        }
        lastDraft = { draft, end: clause.start + draft.numberEnd }
        // "from 41 micrograms per cubic meter in 2021 to 38 in 2022 and 36 in 2023": a bare level
        // of one year after a level of another in the sentence counts in its unit.
        if (draft.year !== undefined && draft.change === null && draft.value !== null) {
          if (
            draft.unit === null &&
            datedLevel?.sentence === clause.sentence &&
            datedLevel.draft.value &&
            datedLevel.draft.base &&
            // (Only a figure the series goes on to, past its year: not "…, and the Engel
            // coefficient fell to 28.5 in 2023", a measure of its own.)
            /^[\s,;(]*(?:(?:and|to|then|before|while|but)\s+)*(?:[a-z]+\s+to\s+)?$/i.test(
              read
                .slice(datedLevel.end, clause.start + draft.numberStart)
                .replace(/^[\s\S]*\b(?:19|20)\d{2}\b/, ''),
            )
          ) {
            const level = datedLevel.draft
            const factor = 10 ** Math.round(Math.log10(level.base!.value / level.value!))
            draft.unit = level.unit
            draft.base = { value: draft.value * factor, unit: level.base!.unit }
          }
          datedLevel =
            draft.unit === null
              ? undefined
              : { draft, sentence: clause.sentence, end: clause.start + draft.numberEnd }
        } else datedLevel = undefined
      }
      const last = drafts.at(-1)
      if (last) previous = lastFigure(clause.sentence, last)
      if (drafts.length === 0) continue
      const clauseText = origin
        ? value.slice(origin[clause.start], valueEnd(clause.end - 1))
        : clause.text
      // A plan inside a review: after a targets lead-in, or said in the future tense ("Liaoning
      // will start construction of 3,000 projects").
      const planned =
        here.kind === 'actual' &&
        (targets !== undefined ||
          (futureAt >= 0 &&
            futureAt < sentence.indexOf(clause.text) + clause.text.length &&
            !futureOfOther(sentence, clause, futureAt) &&
            // "…, after a rise of roughly 5% last year": a result the plan is set against.
            // (Not "…, up 10 percent from last year": the year the change is reckoned from.)
            !/(?<!\b(?:from|over|than|on|with)\s)\b(?:last year|a year (?:ago|earlier))\b/i.test(
              clause.text,
            )) ||
          (ahead && !(reportsResult(clause.text, sentence) && futureAt < 0)) ||
          imperative)
      // "Fixed asset investment fell 5.7 per cent" under a heading read as the plan: a result said
      // in the past tense, in a sentence that speaks of no plan, is a result of the reviewed year.
      // ("Background" under the targets: "Looking back on the five years from 2019 to 2023, …",
      // "Over the same period the city created …": a paragraph on a span of past years.)
      const reported =
        here.kind === 'target' &&
        (reportsResult(clause.text, sentence) ||
          // ("Target: … | Result: GRP reached 26.41 billion yuan, up 6.1%": a result so labelled;
          // not "Result: GRP to reach 30 billion yuan", one to come.)
          (outcomeOpening.test(clause.text) &&
            !/\b(?:to\s+(?:reach|grow|rise|increase|exceed|top|be)|will|shall)\b/i.test(
              clause.text,
            )) ||
          // ("GRP: target growth of around 6%; completed 148.26 billion yuan, up 5.8%": what was
          // done, after a semicolon, beside the target.)
          /(?:^|[;；]\s*)(?:(?:completed|achieved)(?=\s+(?:(?:about|around|over|nearly|more than)\s+)?\d)|actual(?=\s+(?:\d|(?:growth|rise|increase|decrease|decline|drop|reduction|fall)\b)))[^;；]*$/i.test(
            sentence.slice(0, Math.max(0, sentence.indexOf(clause.text)) + clause.text.length),
          ) ||
          // ("In 2025 the city enjoyed good air quality on 88.2% of days": a sentence that opens
          // on the reviewed year.)
          (reviewOpening?.test(sentence) === true &&
            !/\b(?:this year|targets?|goals?)\b/i.test(sentence)) ||
          // (Only where the sentence itself looks back: not "For 2024, … growth of around 6
          // percent" after "From 2019 to 2023, … rose 7 percent a year.")
          (span !== null &&
            spanHere &&
            meta.reviewedYear !== null &&
            Number(span.slice(-4)) <= meta.reviewedYear &&
            !(meta.planYear !== null && yearsIn(clause.text).includes(meta.planYear)))) &&
        (futureIndex(sentence) < 0 || futureOfOther(sentence, clause, futureIndex(sentence)))
      const period = planned
        ? (statedYear(clauseText, meta.planYear) ??
          byYear ??
          // "Over the 15th Five-Year Plan period (2026-2030), Chengbu intends to build …": the
          // years to come the sentence opens on.
          (span !== null &&
          spanHere &&
          meta.reviewedYear !== null &&
          Number(span.slice(0, 4)) > meta.reviewedYear
            ? span
            : null) ??
          // "more than 3 million new urban jobs over the five years" under "Headline goals:", or
          // after a question on this year's targets.
          spanAhead(clauseText, clause.sentence, here, meta) ??
          targets?.year ??
          meta.planYear)
        : reported
          ? periodOf(
              clauseText,
              clause.sentence,
              { ...here, period: span ?? meta.reviewedYear },
              meta,
            )
          : ((here.kind === 'target'
              ? // "Beijing's 2024 targets …, for the tracker:" over the lines after it.
                (plannedYear(clauseText, clause.sentence, meta.planYear) ??
                byYear ??
                targets?.year ??
                // ("Over the past five years, … . The main expected targets are: …": the plan's
                // year, not the span the paragraph opened on.)
                (span !== null && targetsLeadIn(clause.sentence) ? meta.planYear : null))
              : null) ??
            periodOf(
              clauseText,
              clause.sentence,
              span
                ? { ...here, period: span }
                : yearHere !== null
                  ? { ...here, period: yearHere }
                  : here,
              meta,
            ))
      // (Not "In cumulative terms, the province has supported …, and it will recruit 3,000 …": a
      // plan after the stock.)
      const cumulative =
        /\bcumulative(?:ly)?\b/i.test(clause.sentence) &&
        !(planned && !/\bcumulative(?:ly)?\b/i.test(clause.text))
      let rangeStart: { kind: 'actual' | 'target'; period: number | string | null } | undefined
      for (const draft of drafts) {
        // ("0.6 percentage points slower than the provincial average": a gap to another
        // figure, not the indicator itself.)
        // "Per capita disposable income: 38,960 yuan for urban residents (up 4.2 percent) and
        // 19,840 yuan for rural residents": whose income each figure is.
        // ("…, with urban residents earning 48,260 yuan and rural residents 23,915 yuan".)
        // ("HTEs 104 (+15 net)" under a legend "HTE = high-tech enterprise": enterprises.)
        // The subject with the short forms spelled out, for the lexicon.
        let spelledSubject = draft.subject
        if (legend.size > 0) {
          const spelled = spelledOut(draft, legend)
          spelledSubject = spelled.subject
          draft.unit = spelled.unit
          draft.base = spelled.base
          draft.changeUnit = spelled.changeUnit
          // ("HTE 1,046 (+118)": a bare count of what the short form before it names.)
          const named = legend.get(draft.subject.trim())
          // (Not "RS = total retail sales of consumer goods": an amount, not a count of goods.)
          const counted = named
            ? /\b([a-z]+s)$/
                .exec(named)?.[1]
                ?.replace(
                  /^(?:goods|exports|imports|prices|sales|services|products|expenses|earnings|assets|savings|deposits|loans|revenues|emissions)$/,
                  '',
                ) || undefined
            : undefined
          if (counted && draft.value !== null && draft.unit === null) {
            draft.unit = counted
            draft.base = { value: draft.value, unit: counted }
          }
          if (counted && draft.change !== null && draft.changeUnit === null)
            draft.changeUnit = counted
        }
        const ownResidents = residentsSubject.exec(draft.subject)
        const residents =
          /^\s*(?:yuan\s+)?for\s+(urban|rural)\s+residents\b/i.exec(
            clause.text.slice(draft.numberEnd, draft.numberEnd + 40),
          ) ?? (draft.unit === 'yuan' ? ownResidents : null)
        const found =
          visitorsOfPlace(clause.text.slice(0, draft.numberStart), draft) ||
          (draft.value === null &&
            draft.changeUnit === 'percentage points' &&
            gapAfter.test(clause.text.slice(draft.numberEnd)))
            ? null
            : indicatorOf(
                lexicon,
                spelledSubject === draft.subject ? draft : { ...draft, subject: spelledSubject },
              )
        const grouped =
          found === null &&
          groupLabel &&
          /^[\p{L} -]{2,40}$/u.test(draft.subject) &&
          lookupIndicator(lexicon, draft.subject) === null
            ? lookupIndicator(lexicon, `${groupLabel.text} of ${draft.subject}`)
            : null
        // (The two together name more than the label alone: not "The economy stayed within a
        // reasonable range" over "General public budget expenditure …".)
        const groupedMore =
          grouped !== null && grouped !== lookupIndicator(lexicon, groupLabel!.text)
            ? grouped
            : null
        const indicator =
          residents &&
          (found?.startsWith('per_capita_disposable_income') ||
            // (The figure names no other measure: not "raised by 20 yuan for rural residents".)
            // ("Per capita disposable income hit 47,380 yuan. Urban residents earned 62,150 yuan":
            // or in the sentence before it.)
            (found === null &&
              ownResidents !== null &&
              /\bdisposable income\b/i.test(
                read.slice(Math.max(0, clause.start - clause.sentence.length - 200), clause.end),
              )))
            ? `per_capita_disposable_income_${residents[1]!.toLowerCase()}`
            : (groupedMore ?? found)
        // "fixed asset investment 10%", "CPI: around 3%": an amount or a price index in percent
        // is its growth.
        if (
          indicator !== null &&
          amounts.has(indicator) &&
          draft.unit === '%' &&
          draft.change === null &&
          !draft.share
        )
          readAsChange(draft, 1)
        // "Fixed asset investment   8   7.6   around 10" under "MAIN TARGETS (growth rates in
        // percent unless stated)": an amount's figure in a table of percentages is its growth.
        else if (
          indicator !== null &&
          amounts.has(indicator) &&
          clause.percentCells === true &&
          draft.unit === null &&
          draft.change === null &&
          draft.value !== null &&
          Math.abs(draft.value) <= 100
        ) {
          draft.unit = '%'
          readAsChange(draft, 1)
        }
        // "Fixed asset investment: 5" under "(growth rates in %, unless a level is stated)": a
        // record's bare figure is its growth.
        else if (
          growthNote &&
          clause.bar === -1 &&
          draft.unit === null &&
          draft.change === null &&
          draft.value !== null &&
          Math.abs(draft.value) <= 100 &&
          labelOpening.test(clause.text)
        ) {
          draft.unit = '%'
          readAsChange(draft, 1)
        }
        // "Retail sales fell 2.7% last year", "vs last year's 3.0% outturn": the reviewed year.
        if (draft.year === undefined && meta.reviewedYear !== null && saysLastYear(clause, draft))
          draft.year = meta.reviewedYear
        // "For reference, 2023 GDP came in at 4.38 trillion yuan": the year that names the subject.
        const subjectYear =
          draft.year === undefined &&
          /^\W*\D{0,20}\b(?:19|20)\d{2}\s/.test(draft.subject) &&
          !yearBefore.test(clause.text)
            ? namedYear.exec(draft.subject)
            : null
        if (subjectYear) draft.year = Number(subjectYear[1])
        const flags = [...draft.flags]
        let kind = planned ? ('target' as const) : reported ? ('actual' as const) : here.kind
        if (cumulative) {
          flags.push('cumulative')
          kind = 'actual'
        }
        if (
          here.truncated &&
          (cutFrom === 0 ||
            clause.end >= clauseCut ||
            pointOf(lines, map(clause.start + draft.numberStart)).line >= cutFrom)
        )
          flags.push('truncated')
        const column =
          columns && clause.bar !== -1
            ? columns[cellIndex(read, clause.start + draft.numberStart)]
            : undefined
        if (column?.kind) kind = column.kind
        // "retail sales growth of 6%-7% in 2022 (our estimate)": a figure of a year to come is not
        // a result.
        if (
          kind === 'actual' &&
          !cumulative &&
          draft.year !== undefined &&
          meta.planYear !== null &&
          draft.year >= meta.planYear
        )
          kind = 'target'
        // "…is to grow by around 6%, after 6.1% in 2019": a figure of a past year is an actual.
        if (
          kind === 'target' &&
          draft.year !== undefined &&
          meta.reviewedYear !== null &&
          draft.year <= meta.reviewedYear
        )
          kind = 'actual'
        // "beating the annual target of 350,000 new jobs": a figure the text names a target.
        const past =
          kind === 'actual' && !cumulative && pastTarget(clause.text.slice(0, draft.numberStart))
        const target =
          past ||
          (kind === 'actual' &&
            !cumulative &&
            namedTarget(
              clause.text.slice(0, draft.numberStart),
              clause.text.slice(draft.numberEnd),
            ))
        if (target) kind = 'target'
        // ("Target: fixed asset investment up around 7% | Result: …": a target so labelled, in a
        // review.)
        else if (kind === 'actual' && !cumulative && targetOpening.test(clause.text))
          kind = 'target'
        // "GRP growth — target: around 5.5%; outcome: 5.1%" in a review: the target of the year
        // its outcome is of.
        if (
          kind === 'target' &&
          here.kind === 'actual' &&
          draft.year === undefined &&
          meta.reviewedYear !== null &&
          outcomeAfter.test(
            read.slice(clause.start + draft.numberEnd, clause.start + draft.numberEnd + 120),
          )
        )
          draft.year = meta.reviewedYear
        // "in line with the 2024 target of around 5%": the year the target is named for (and "fell
        // short of the 2021 goal of above 9 per cent", among the plan year's targets).
        // ("set its GDP growth target for 2018 at around 8.5 percent")
        const targetYear = target
          ? (/\b((?:19|20)\d{2})\s+(?:[\w-]+\s+){0,3}(?:target|goal)s?\b[^,;.]{0,40}$/i.exec(
              clause.text.slice(0, draft.numberStart),
            ) ??
            /\b(?:target|goal)s?\s+for\s+((?:19|20)\d{2})\b[^,;.]{0,40}$/i.exec(
              clause.text.slice(0, draft.numberStart),
            ))
          : kind === 'target'
            ? /\b((?:19|20)\d{2})\s+(?:[\w-]+\s+){0,3}(?:target|goal)\s+of\s+(?:[a-z]+\s+){0,3}(?:RMB\s*|US\$\s*|¥\s*)?$/i.exec(
                clause.text.slice(0, draft.numberStart),
              )
            : null
        const columnPeriod = column
          ? columnYears(column, cellText(read, clause.start + draft.numberStart), meta)
          : null
        const span = (from: number, to: number) => {
          const start = map(from)
          const end = mapEnd(to - 1)
          return {
            text: text.slice(start, end),
            position: { start: pointOf(lines, start), end: pointOf(lines, end) },
          }
        }
        const quoteStart = map(clause.start)
        const quoteEnd = mapEnd(clause.end - 1)
        const numberStart = map(clause.start + draft.numberStart)
        const numberEnd = mapEnd(clause.start + draft.numberEnd - 1)
        records.push({
          id: '',
          subject: draft.subject,
          indicator,
          value: draft.value,
          unit: calm(draft.unit, clauseText),
          base: draft.base,
          change: draft.change,
          changeUnit: calm(sameUnit(draft.unit, draft.changeUnit), clauseText),
          qualifier: draft.qualifier,
          period:
            (kind === 'actual'
              ? averageSpan(clause.text, draft.numberStart, draft.numberEnd, meta.reviewedYear)
              : null) ??
            draft.year ??
            columnPeriod ??
            (targetYear ? Number(targetYear[1]) : null) ??
            (target && !past && newTarget(clause.sentence) ? meta.planYear : null) ??
            (kind === 'actual' &&
            flags.includes('cumulative') &&
            // "The metro network reached 558 kilometers in cumulative terms": a stock at the end of
            // the years; "… over the five years" keeps them, as does a sum of what was done in them
            // ("1.6 million new urban jobs were created in cumulative terms").
            (typeof period === 'number' ||
              (draft.value !== null &&
                !/\b(?:over|during) (?:the )?(?:past |whole |entire )?(?:\w+ years|(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th) Five-Year Plan)|\bin (?:those|these) \w+ years\b/i.test(
                  clause.sentence,
                ) &&
                // ("Fixed asset investment totaled 1.71 trillion yuan in cumulative terms": a sum.)
                // ("We created 213,000 new urban jobs in cumulative terms": what was done, too.)
                // (Its own verb, before the figure: not "We built expressways, and the network
                // reached 1,200 kilometers in cumulative terms".)
                // ("We have created 15,400 new urban jobs … in cumulative terms".)
                !/\b(?:(?:were|was)\s+(?:created|added|built|opened|renovated|trained|lifted|completed|planted|relocated)\b|(?:we|they|the (?:city|province|region|county))\s+(?:(?:have|has|had)\s+)?(?:created|added|built|opened|renovated|trained|lifted|completed|planted|relocated)\s+(?:a (?:cumulative )?total of\s+|(?:more than|over|nearly|about|around)\s+)?\d|^\W*(?:and\s+)?(?:created|added|built|opened|renovated|trained|completed|planted|relocated)(?:\s+or\s+[a-z]+)?\s+(?:(?:more than|over|nearly|about|around)\s+)?\d)/i.test(
                  clauseText,
                ) &&
                // (Not "High-tech enterprises totaled 25,000 in cumulative terms", a stock; nor
                // "cumulative R&D spending exceeded 1.2 trillion yuan", a sum named so.)
                !(
                  // ("We invested a cumulative 386 billion yuan": what was spent, a sum too.)
                  (/\b(?:totall?ed|amounted to|invested|spent)\b/i.test(clauseText) ||
                    /\bcumulative\s+(?:[\w&'’-]+\s+){0,3}(?:spending|investment|revenue|expenditure|input)\b/i.test(
                      clauseText,
                    ) ||
                    // ("Fixed asset investment 2.61 trillion yuan in cumulative terms": a sum of
                    // what was spent over the years.)
                    /^(?:(?:cumulative|total|fixed[- ]asset|fiscal|public|private)\s+)*(?:investment|spending|expenditure)(?:,?\s+cumulative)?$/i.test(
                      draft.subject,
                    ) ||
                    // ("Local general public budget revenue, cumulative: 51.2 billion yuan".)
                    (/,\s*cumulative(?:ly)?$/i.test(clauseLabel(clauseText)) &&
                      /\b(?:revenue|income|investment|spending|expenditure)$/i.test(
                        draft.subject,
                      ))) &&
                  /\b(?:yuan|dollars)\b/.test(draft.unit ?? '')
                ) &&
                // ("New urban jobs, cumulative: 68,400": jobs created over the years, a sum.)
                !(
                  /,\s*cumulative(?:ly)?$/i.test(clauseLabel(clauseText)) &&
                  /\bjobs$/i.test(draft.subject)
                )))
              ? (meta.reviewedYear ?? period)
              : endOfSpan(period, draft, clauseText)),
          kind,
          section: here.section,
          quote: clauseText,
          position: { start: pointOf(lines, quoteStart), end: pointOf(lines, quoteEnd) },
          flags: [...new Set(flags)].sort(),
          number: {
            // (As the source writes it: "two point" over "five", a number wrapped.)
            text: text.slice(numberStart, numberEnd),
            position: { start: pointOf(lines, numberStart), end: pointOf(lines, numberEnd) },
          },
          changeNumber:
            draft.changeNumber &&
            span(clause.start + draft.changeNumber.start, clause.start + draft.changeNumber.end),
        })
        // "Proposals for the 15th Five-Year Plan (2026-2030): average annual GRP growth of around 6
        // per cent": years that are all to come hold no result yet.
        const pushed = records.at(-1)!
        // (Not "Looking back on the 14th FYP …", years the span was read wrong for.)
        if (
          pushed.kind === 'actual' &&
          typeof pushed.period === 'string' &&
          !/\b(?:looking back|look back|over the past|in the past)\b/i.test(clause.sentence) &&
          !column &&
          meta.reviewedYear !== null &&
          Number(pushed.period.slice(0, 4)) > meta.reviewedYear
        )
          pushed.kind = 'target'
        // "In the first four years of the plan period, GRP grew at an average annual rate of 5.7
        // percent" in a report of 2025: results of a plan's years reach the reviewed year at most,
        // the year before the plan's last.
        else if (
          pushed.kind === 'actual' &&
          typeof pushed.period === 'string' &&
          meta.reviewedYear !== null &&
          Number(pushed.period.slice(-4)) === meta.reviewedYear + 1 &&
          Number(pushed.period.slice(0, 4)) < meta.reviewedYear
        )
          pushed.period = `${pushed.period.slice(0, 4)}-${meta.reviewedYear}`
        // "2023 | 2024 target — GRP growth: 4.3% → ~5.5%": without years, the figure before the
        // arrow is the reviewed year's result, the one after it the plan year's target.
        const from = records.at(-2)
        if (
          arrows.has(draft) &&
          from &&
          draft.year === undefined &&
          from.period === pushed.period &&
          meta.reviewedYear !== null &&
          meta.planYear !== null &&
          (here.kind === 'target' ||
            legendHolds(pushed.position.start.offset ?? -1) ||
            /\b(?:targets?|goals?|plans?)\b/i.test(sentence))
        ) {
          from.kind = 'actual'
          from.period = meta.reviewedYear
          pushed.kind = 'target'
          pushed.period = meta.planYear
        }
        // "The 2020 growth target is set at 6.5%-7%": the upper end of a range is what the lower
        // one is.
        if (!draft.flags.includes('range')) rangeStart = undefined
        else if (rangeStart === undefined) rangeStart = { kind: pushed.kind, period: pushed.period }
        else {
          if (rangeStart.kind === 'target') {
            pushed.kind = rangeStart.kind
            pushed.period = rangeStart.period
          }
          rangeStart = undefined
        }
      }
    }
    // "[00:19:46] the main expected targets … are as follows": a lead-in that ends its paragraph.
    if (/(?:as follows|[:：])\W*$/i.test(read.slice(-24))) {
      const lead = targetsLeadIn(sentence)
      if (lead) {
        carriedTargets = lead
        boxCarried = false
      } else if (here.kind === 'actual' && !hasFigure(read)) {
        // "Over the past five years, we fulfilled the main targets of the 14th Five-Year Plan:"
        // over items: the span the items speak of.
        topicSpan = openingSpan(sentence, meta, true) ?? topicSpan
      }
    } else if (
      here.kind === 'actual' &&
      /^\W*(?:19|20)\d{2}\s*[-–—]/.test(read) &&
      !hasFigure(read)
    )
      // "2021–2024 (first four years of the 14th Five-Year Plan)" alone over the lines of their
      // results.
      topicSpan = openingSpan(read, meta, true) ?? topicSpan
    askedAbout(read)
    // '[GFX: FULL SCREEN -- "2024 TARGETS"': the title of a box of targets, over its lines.
    // ("📌 Tianjin 2021 targets (GWR, 27 Jan)": with the source and date in brackets after it.)
    const boxTitle =
      read.length <= 80 && !hasFigure(read.replace(/\([^()]*\)/g, '')) && !/[.?!]\W*$/.test(read)
        ? /\b((?:19|20)\d{2})\s+(?:main\s+|key\s+)?targets\b|\btargets\s+for\s+((?:19|20)\d{2})\b/i.exec(
            read,
          )
        : null
    if (boxTitle && !value.trimStart().startsWith('|')) {
      carriedTargets = { year: Number(boxTitle[1] ?? boxTitle[2]) }
      boxCarried = true
    }
  }

  // What a heading or a new entry of a live blog ends: the targets a lead-in or a box carried, and
  // the header row above.
  const dropCarried = () => {
    groupLabel = undefined
    groups.length = 0
    spanBefore = null
    carriedTargets = undefined
    boxCarried = false
    headerAbove = undefined
  }

  // "87 comments • 23 reposts", "Most relevant ▾": below them, readers' comments on a post, which
  // speak of no part of the report.
  // "How to read the arrows: 2023 actual → 2024 target": a legend that says what every arrow
  // after it joins (the offset of the legend, or no offset when there is none).
  const arrowsToTargets = arrowLegend.exec(text)?.index ?? Number.POSITIVE_INFINITY
  // (Or before it, a key under the figures, with no part's heading between them.)
  const partStarts =
    arrowsToTargets === Number.POSITIVE_INFINITY
      ? []
      : tree.children.flatMap((node) =>
          node.type === 'heading' && node.data?.role === 'part'
            ? [node.position?.start.offset ?? 0]
            : [],
        )
  const legendHolds = (offset: number) =>
    offset > arrowsToTargets ||
    (arrowsToTargets !== Number.POSITIVE_INFINITY &&
      !partStarts.some((start) => start > offset && start < arrowsToTargets))
  const comments =
    file.data.furniture?.find((f) =>
      /^(?:\d[\d,.]*\s+comments?\b|(?:most relevant|most recent|add a comment)\b)/i.test(f.value),
    )?.position.start.line ?? Number.POSITIVE_INFINITY
  // What the notes part read holds so far: nothing, only notes with their marks ("[1] Excluding
  // …"), or other things.
  let notesHold: 'nothing' | 'marked' | 'other' = 'nothing'
  // Whether a heading stands indented right under an indented line, inside a box.
  // The start of a heading's line, and the line above it.
  const lineOf = (heading: Heading) => {
    const start = heading.position!.start.offset! - heading.position!.start.column + 1
    const above = text.slice(text.lastIndexOf('\n', start - 2) + 1, Math.max(0, start - 1))
    return { start, above }
  }
  const inBox = (heading: Heading) => {
    const { start, above } = lineOf(heading)
    if (!/^[ \t]+$/.test(text.slice(start, heading.position!.start.offset!))) return false
    return /^[ \t]+\S/.test(above)
  }
  // "┌────┐" over "MAIN TARGETS FOR 2026": a part titled at the top of a drawn box.
  const underBoxTop = (heading: Heading) =>
    /^\s*[┌╔┏][─━═]{3,}[┐╗┓]\s*$/.test(lineOf(heading).above)
  const visit = (node: RootContent, truncated: boolean) => {
    // ("└────┘" under the box's lines: the box's part ends with it.)
    if (
      part &&
      node.type === 'paragraph' &&
      node.children.length === 1 &&
      node.children[0]!.type === 'text' &&
      /^\s*[└╚┗][─━═]{3,}[┘╝┛]\s*$/.test(node.children[0]!.value) &&
      underBoxTop(part)
    ) {
      const inside = part
      part = headings.findLast(
        (h) => h !== inside && h.data?.role === 'part' && h.depth <= inside.depth,
      )
      while (
        headings.length > 0 &&
        headings.at(-1) !== part &&
        headings.at(-1)!.depth >= inside.depth
      )
        headings.pop()
      context = undefined
    }
    if ((node.position?.start.line ?? 0) > comments && part !== undefined) {
      part = undefined
      context = undefined
      headings.length = 0
    }
    // ("2024" over "actual" in a header of two lines: the word under a column's head, far from the
    // margin, goes on with the header, not as a heading of its own.)
    if (
      columns !== undefined &&
      node.type === 'heading' &&
      (node.position?.start.column ?? 1) > 40 &&
      /^[A-Za-z()%]+(?: [A-Za-z()%]+){0,2}$/.test(headingText(node))
    )
      return
    // ("I. Economic growth" over "  GRP growth   %   6.5   5.3   around 5.5": the title of a group
    // of a table's rows, numbered; not a part of the report after the table.)
    if (
      columns !== undefined &&
      node.type === 'heading' &&
      /^(?:[IVX]{1,4}|\d{1,2})[.、)]\s+\p{L}[\p{L} ,&'’-]{2,50}$/u.test(headingText(node)) &&
      // (Over a row of the table: not "II. Priorities for This Year" over a paragraph.)
      nextNode?.type === 'paragraph' &&
      nextNode.children[0]?.type === 'text' &&
      isRow(nextNode.children[0].value) &&
      !/\b(?:review|work|tasks?|targets?|goals?|plans?|requirements|principles|outlook|government)\b/i.test(
        headingText(node),
      )
    )
      return
    if (node.type !== 'paragraph') columns = undefined
    // (" 2025 TARGETS" in a box indented from the page, then the text at the margin again: the
    // box's part ends with the box.)
    // (Not a heading centred on its page: a box's line has the box's line above it, indented
    // too.)
    const column = node.position?.start.column ?? 1
    if (
      part &&
      node.type !== 'heading' &&
      column < (part.position?.start.column ?? 1) &&
      part.data?.markerPosition === undefined &&
      inBox(part)
    ) {
      part = headings.findLast(
        (h) => h.data?.role === 'part' && (h.position?.start.column ?? 1) <= column,
      )
      context = undefined
    }
    if (node.type === 'heading') {
      dropCarried()
      askedSpan = null
      growthNote = growthNoteText.test(headingText(node))
      topicSpan = null
      topicYear = null
      endSpan = null
      endAhead = false
      while (headings.length > 0 && headings.at(-1)!.depth >= node.depth) headings.pop()
      headings.push(node)
      context = undefined
      // ("Per capita disposable income" as a topic's heading over indented records.)
      groups.length = 0
      if (node.data?.role === 'topic' && headingText(node).length <= 60)
        groups.push({ text: headingText(node), column: node.position?.start.column ?? 1 })
      const unitNote = /\(\s*units?\s*[:：=]\s*([^()]{1,30}?)\s*\)\s*$/i.exec(headingText(node))
      sectionUnit = unitNote ? unitOfText(unitNote[1]!) : undefined
      axes = []
      if (targetSection && node.depth <= targetSection.depth) targetSection = undefined
      if (node.data?.role === 'section' && matchPartPhrase(headingText(node)) === 'targets')
        targetSection = {
          year: yearsIn(headingText(node)).at(-1) ?? meta.planYear,
          depth: node.depth,
        }
      // "MAIN TARGETS AT A GLANCE (growth rates in percent unless stated)": a heading over a table
      // is its title.
      title = headingText(node)
      // "KEY TARGETS FOR 2026" in capitals over lines of "Label: value", inside a story: a box
      // the story goes on after (see below).
      capsBox =
        node.data?.role === 'part' &&
        node.data.kind === 'targets' &&
        /\p{Lu}{3}/u.test(title) &&
        !/\p{Ll}/u.test(title)
          ? { heading: node, prior: part }
          : undefined
      // ("• The 14th Five-Year Plan period (2021-2025) in review": a part of years the parse made
      // of an item of a list; the next item of that list ends it. Not "■ 2024 IN REVIEW" over
      // "■ INDUSTRY AND INNOVATION", the topics of its year.)
      const marker = (node.data as { markerPosition?: Position } | undefined)?.markerPosition
      bulletPart =
        node.data?.role === 'part' &&
        marker &&
        (node.data.years?.length ?? 0) > 1 &&
        yearRange.test(headingText(node))
          ? {
              heading: node,
              prior: part,
              column: marker.start.column,
              marker: text.slice(marker.start.offset!, marker.end.offset!),
            }
          : undefined
      if (node.data?.role === 'part') {
        part = node
        notesHold = 'nothing'
      }
      if (node.data?.role === 'title') part = undefined
      // "== Reception ==" after "== Targets for 2025 ==": a heading beside a part closes it;
      // "=== Key tasks ===" after "=== Main targets ===", back to the part both are in.
      else if (
        part &&
        node.depth <= part.depth &&
        // "SPONSORED" over an advertisement: the next heading beside it, of whatever kind, ends it.
        (node.data?.role === 'topic' || part.data?.kind === 'notes')
      )
        part = headings.findLast((h) => h.data?.role === 'part')
      // ("Notes" over the marked notes of a table, "[1] Excluding …", then "Our view": such notes
      // hold no topics of their own; the topic is of the part before them.)
      // ("COMMENTARY" over a story after the notes of a table: or a heading in capitals.)
      else if (
        part?.data?.kind === 'notes' &&
        (notesHold === 'marked' ||
          (!/\p{Ll}/u.test(headingText(node)) &&
            /\p{Lu}{6}/u.test(headingText(node)) &&
            /^\W*notes?\b/i.test(headingText(part)))) &&
        node.data?.role === 'topic' &&
        matchPartPhrase(headingText(node)) !== 'notes' &&
        // (Not "Rounding", "Sources": a note's own title.)
        !notesTitle.test(headingText(node))
      )
        part = headings.findLast((h) => h.data?.role === 'part' && h.data.kind !== 'notes')
      // "Highlights", "By the numbers": a box of figures from all over the report, under whatever
      // part it follows.
      else if (part && node.data?.role === 'topic' && boxOfFigures.test(headingText(node))) {
        part = undefined
        headings.splice(0, headings.length, node)
      }
      // "BY THE NUMBERS", its parts "Yiwu in 2025" and "Targets for 2026", then "   Beyond small
      // commodities" indented as the story's headings before the box: the story goes on, out of
      // the box's parts.
      // ("Sources: Wuzhou municipal government work report" under the box's lines: so does the
      // line that gives the box's sources.)
      else if (
        part &&
        boxAt !== undefined &&
        node.data?.role === 'topic' &&
        part.position!.start.offset! > boxAt &&
        ((boxHeading === boxAt &&
          node.position!.start.column !== part.position!.start.column &&
          topics.some(
            (t) =>
              t.position!.start.offset! < boxAt! &&
              t.position!.start.column === node.position!.start.column,
          )) ||
          boxSources.test(headingText(node)))
      ) {
        part = undefined
        headings.splice(0, headings.length, node)
      }
      if (node.data?.role === 'topic') {
        if (boxOfFigures.test(headingText(node))) boxAt = boxHeading = node.position!.start.offset!
        topics.push(node)
        // ("It also aims to:" over its bullets: a lead-in the parse took for a heading.)
        if (/[:：]\s*$/.test(headingText(node))) {
          const lead = targetsLeadIn(headingText(node))
          if (lead) carriedTargets = headingLead = lead
        }
      }
      // "Inner Mongolia targets around 6 pct growth in 2021": a news headline's figure.
      // Note: the heading's number ("1.1 Demand and revenue") is not a figure.
      const heading = headingText(node)
      // ("== PART 2: MAIN TARGETS FOR 2024 ==": the number after a wiki heading's marks.)
      const marks = heading.charCodeAt(0) === 61 ? (/^=+\s*/.exec(heading)?.[0].length ?? 0) : 0
      const skip = marks + (matchNumbering(heading.slice(marks))?.length ?? 0)
      if (hasFigure(heading.slice(skip))) {
        const phrasing = joinPhrasing(node, text)
        visitText(phrasing.value.slice(skip), (i) => phrasing.toSource(i + skip), false)
      }
      return
    }
    // Notes explain terms; their numbers are footnote references, not figures.
    if (part?.data?.kind === 'notes') {
      notesHold =
        node.type === 'paragraph' && node.data?.footnote !== undefined && notesHold !== 'other'
          ? 'marked'
          : 'other'
      return
    }
    if (node.type === 'listItem') truncated = node.data?.truncated === true
    // Page-foot notes explain terms ("… refer to those with revenue of 20 million yuan or more").
    if (node.type === 'paragraph' && node.data?.footnote !== undefined) return
    if (node.type === 'paragraph') {
      const only = node.children.length === 1 ? node.children[0] : undefined
      // "▍24.63 billion yuan" over "That is the size of Meitan's economy. …", "01" and "7.8%" over
      // "The growth of fixed asset investment, the fastest …": a figure standing alone over the
      // caption that says what it measures, read as one line with the caption's first words as
      // its label ("24.63 billion yuan — That is the size …").
      if (headline?.caption === node) {
        const head = headline
        headline = undefined
        const caption = joinPhrasing(node, text)
        const joint = ' — '
        const n = head.value.length
        const from = records.length
        visitText(
          head.value + joint + caption.value,
          (i) =>
            i < n
              ? head.toSource(i)
              : i < n + joint.length
                ? head.toSource(n - 1) + 1
                : caption.toSource(i - n - joint.length),
          node.data?.truncated === true ? 'line' : false,
        )
        // (The dash read between them is no part of a quote, which is the source's.)
        const joinedAt = head.toSource(n - 1) + 1
        for (const record of records.slice(from))
          if (record.position.start.offset! < joinedAt && record.position.end.offset! > joinedAt)
            record.quote = record.quote.replace(joint, ' ')
        wrappedLabel = undefined
        labelBelow = undefined
        return
      }
      headline = undefined
      if (
        only?.type === 'text' &&
        !columns &&
        headlineFigure.test(only.value) &&
        nextNode?.type === 'paragraph' &&
        nextNode.position !== undefined &&
        node.position !== undefined &&
        nextNode.position.start.line === node.position.end.line + 1 &&
        nextNode.children[0]?.type === 'text' &&
        captionOf(nextNode.children[0].value) &&
        // (Not a figure under its label, "Grain output" over "312,000 tons" over "Tea gardens": the
        // line above a headline's figure is blank, or numbers it.)
        /^\s*(?:\d{1,2}\s*)?$/.test(
          text.slice(
            lineStartBefore(text, node.position.start.offset!),
            node.position.start.offset!,
          ),
        )
      ) {
        const phrasing = joinPhrasing(node, text)
        const cut = headlineMark.exec(phrasing.value)![0].length
        headline = {
          caption: nextNode,
          value: phrasing.value.slice(cut).trimEnd(),
          toSource: (i) => phrasing.toSource(i + cut),
        }
        return
      }
      // "11:33", "10:20 BREAKING: …", "11:52  CORRECTION": the time of a live blog's entry opens
      // an entry of its own; the part a line of the entry before named ends with it.
      const entry =
        node.position?.start.offset !== undefined &&
        digitAt(text, node.position.start.offset) &&
        entryTime.test(text.slice(node.position.start.offset, node.position.start.offset + 40))
      if (entry && part !== undefined) {
        part = undefined
        context = undefined
        headings.length = 0
        dropCarried()
      }
      // ("09:58  2026 TASKS · AGRICULTURE" over its items: an entry whose title names the plan.)
      if (entry) {
        const title = text
          .slice(node.position!.start.offset, node.position!.end.offset)
          .split('\n')[0]!
          .replace(/^\S+\s+/, '')
        const named = title.length <= 80 && !hasFigure(title) ? matchPartPhrase(title) : undefined
        // (Not "10:12  2025 TASKS COMPLETED": what was done.)
        if (
          (named === 'targets' || named === 'plan') &&
          !/\b(?:completed|done|delivered|achieved|results?|review)\b/i.test(title) &&
          !yearsIn(title).some((y) => meta.reviewedYear !== null && y <= meta.reviewedYear)
        ) {
          carriedTargets = { year: yearsIn(title).at(-1) ?? meta.planYear }
          boxCarried = false
        }
      }
      // "4.   Looking back over the past five years, we have achieved a great deal. …" read as a
      // section over "5.   Over the past year, we focused on …": a paragraph numbered after the
      // section's number, in its style, is the section's sibling; the section ends before it.
      // (Not the section's own list numbered so: "2. Main targets for 2025" over "1. GRP: around
      // 6 percent." over "2. …" over "3. …".)
      const first = node.children[0]
      const numbered = first?.type === 'text' ? matchNumbering(first.value) : undefined
      if (numbered?.value === '1' && headings.at(-1)?.data?.role === 'section')
        listedSections.add(headings.at(-1)!)
      if (numbered && /^\d+$/.test(numbered.value)) {
        const at = headings.findLastIndex(
          (h) =>
            h.data?.role === 'section' &&
            !listedSections.has(h) &&
            h.data.numberingStyle === numbered.style &&
            /^\d+$/.test(h.data.numbering ?? '') &&
            Number(h.data.numbering) < Number(numbered.value),
        )
        if (at !== -1) {
          if (targetSection && headings[at]!.depth <= targetSection.depth) targetSection = undefined
          headings.splice(at)
          context = undefined
        }
      }
      // "[Li Na]: Thank you …", "Hunan Daily: … what are the plans for this year?": a new turn of a
      // press conference. The sections a turn before opened in its own words ("First, our work in
      // 2024.", "Second, the targets for 2025." in the magistrate's answer) end with it.
      if (node.position?.start.offset !== undefined) {
        const at = node.position.start.offset
        if (opensTurn(text.slice(at, node.position.end.offset))) {
          const opened = headings.findIndex(
            (h) =>
              (h.position?.start.offset ?? 0) > turnAt &&
              h.data?.role !== 'part' &&
              h.data?.role !== 'title',
          )
          if (turnAt >= 0 && opened !== -1) {
            if (targetSection && headings[opened]!.depth <= targetSection.depth)
              targetSection = undefined
            headings.splice(opened)
            context = undefined
            dropCarried()
          }
          turnAt = at
        }
      }
      // "Industry remained the backbone. The value added of industrial enterprises … rose 9.2%, …"
      // after the box's lines: the story goes on, under the part before the box.
      if (capsBox && part === capsBox.heading && node.position) {
        const para = text.slice(node.position.start.offset, node.position.end.offset)
        if (
          node.position.end.line > node.position.start.line &&
          /[\p{Ll}%][.!?]["”’)]?\s+\p{Lu}/u.test(para) &&
          !/^[^.:：]{2,60}[:：]/.test(para) &&
          !/^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[•●■▪*-])/u.test(para) &&
          futureIndex(para) < 0 &&
          !/\b(?:targets?|goals?|plans?)\b/i.test(para)
        ) {
          part = capsBox.prior
          const at = headings.indexOf(capsBox.heading)
          if (at !== -1) headings.splice(at, 1)
          context = undefined
          dropCarried()
          capsBox = undefined
        }
      }
      indentedNext = node.data?.indented === true
      // Note: a row of a table is one line of the source (or the lines of a row flattened one cell
      // a line); most paragraphs are passed over at once.
      cellRow = node.data?.cells ?? 0
      const oneLine =
        (node.position !== undefined && node.position.start.line === node.position.end.line) ||
        cellRow > 0
      // (Not a long line that opens on a label and its figure: "GDP growth: around 6% – ambitious,
      // but …", a post's comment on a target.)
      if (
        boxCarried &&
        (!oneLine ||
          (only?.type === 'text' && only.value.length > 80 && !labelledFigure.test(only.value)))
      ) {
        carriedTargets = undefined
        boxCarried = false
      }
      // "+------+" after the lines of a box titled with targets: the box is closed.
      const border = only?.type === 'text' && asciiBorder.test(only.value.trim())
      if (border && boxCarried && boxFilled) {
        carriedTargets = undefined
        boxCarried = false
      } else if (boxCarried && !border && only?.type === 'text' && !only.value.startsWith('|'))
        boxFilled = true
      // "| KEY NUMBERS: 2021 TARGETS |": the title of a box of targets holds for its lines.
      const boxLine =
        only?.type === 'text' && oneLine && only.value.charCodeAt(0) === 124
          ? /^\|\s*([^|]*?)\s*\|$/.exec(only.value)
          : null
      // (A border under the box's title keeps it: "| WHAT 2019 HOLDS |", "+----+", "| > GRP …|".)
      if (!boxLine) {
        if (!border) box = undefined
      } else if (targetsBox(boxLine[1]!, meta.planYear)) {
        box = { year: yearsIn(boxLine[1]!).at(-1) ?? meta.planYear }
        // ("|  TARGETS FOR 2024  |" between borders, over short lines outside the bars: the box's
        // title holds for them too.)
        carriedTargets = box
        boxCarried = true
        boxFilled = false
      }
      // ("| GRP growth: above 6% |": the box's lines are inside its bars; the box holds for them.)
      // ("|  2018 AT A GLANCE  |": a title of another box, without a figure, ends it.)
      // (Not "|------|", a rule inside the bars, nor "| Imports and exports: steady growth |", a
      // line of the box that is not over a border.)
      else {
        if (afterBorder && !hasFigure(boxLine[1]!) && /\w/.test(boxLine[1]!)) box = undefined
        if (boxCarried) {
          carriedTargets = undefined
          boxCarried = false
        }
      }
      afterBorder = border
      // ("|  KEY FIGURES  |  2023   |": the title of another box.)
      if (!boxLine && boxCarried && only?.type === 'text' && only.value.startsWith('|')) {
        carriedTargets = undefined
        boxCarried = false
      }
      // '"Indicator","2024 actual","2025 target","Unit"': a table of comma-separated values.
      const plain = only?.type === 'text' && oneLine ? plainCsv(only.value) : undefined
      const row =
        cellRow > 0 && only?.type === 'text'
          ? readable(only.value, alignText(only, text).toSource, text, false, cellRow).text
          : only?.type === 'text' &&
              oneLine &&
              only.value.charCodeAt(0) === 34 &&
              csvRow.test(only.value)
            ? csvAsBars(only.value)
            : only?.type === 'text' && isBoxRow(only.value)
              ? boxRowAsBars(only.value)
              : // ("GRP growth .......... 10.7% ........... around 10%": cells joined by dot leaders;
                // "<tr><td>GRP growth (%)</td><td>5.4</td></tr>": the cells of an HTML table.)
                (plain ||
                    (oneLine &&
                      only?.type === 'text' &&
                      ((only.value.includes(' & ') && latexRow.test(only.value)) ||
                        (only.value.includes('</') && /<\/t[dh]>/i.test(only.value)) ||
                        (only.value.includes('....') && dotLeaders.test(only.value))))) &&
                  only?.type === 'text'
                ? readable(only.value, (i) => i).text
                : only?.type === 'text'
                  ? only.value
                  : ''
      const above = headerAbove
      const aboveLine = headerLine
      headerAbove = undefined
      headerLine = undefined
      const tableRow = only?.type === 'text' && oneLine && isRow(row)
      const column = node.position?.start.column ?? 1
      // "Indicator   Unit   2024      Growth   2025" over "      actual    (%)      target": a
      // header aligned with spaces that goes on in the line under it, cell by cell.
      const stacked =
        above && aboveLine && only?.type === 'text' && oneLine
          ? stackedHeader(aboveLine, { text: row, column })
          : undefined
      const joined =
        stacked === undefined ? undefined : tableHeader(stacked, meta, title, aboveLine!.column > 8)
      if (joined) {
        columns = yearFromTitle(joined, title)
        headerAbove = joined
        return
      }
      if (tableRow) {
        const header = tableHeader(row, meta, title, column > 8)
        // ",,2022,2022,2023" over "Indicator,Unit,Target,Actual,Target": a header of two rows,
        // the years over the kinds.
        columns =
          header && above
            ? header.map((c, i) =>
                c.year === null && above[i]?.year != null ? { ...c, year: above[i]!.year } : c,
              )
            : header
              ? yearFromTitle(header, title)
              : columns
        headerAbove = header
        if (header) headerLine = { text: row, column }
      }
      // "------+------", "────────": the rule under a header keeps the table going (so does a LaTeX
      // table's "\hline"), as does "| Innovation |", the title of a group of its rows.
      else if (
        only?.type === 'text' &&
        (/^[-=+:|\s─━═┼┿╋╪├┤┬┴┌┐└┘]{3,}$/.test(only.value) ||
          /^\\(?:hline|toprule|midrule|bottomrule|cline\{[\d-]+\})$/.test(only.value.trim()) ||
          (columns && oneLine && /^\|[^|]+\|$/.test(only.value.trim()) && !hasFigure(only.value)))
      ) {
        // (the table goes on)
      }
      // "Total retail sales of consumer goods," over "  growth (%)    5.2    around 6": a row's
      // label wrapped onto the line above it.
      // (Or the rest of the label of the row above, over two lines: "  industries as share of
      // industrial" over "  value added".)
      else if (
        columns &&
        only?.type === 'text' &&
        (oneLine || node.position!.end.line - node.position!.start.line === 1) &&
        only.value.length <= (oneLine ? 60 : 90) &&
        !only.value.endsWith('.') &&
        !mayHoldNumber(only.value)
      ) {
        wrappedLabel = only.value.replace(/,$/, '').replace(/\s*\n\s*/g, ' ')
        return
      } else columns = undefined
      // "TABLE 1: HEADLINE TARGETS VS OUTCOMES (% y/y unless stated)" over a table.
      if (only?.type === 'text' && !columns) title = only.value
      // "Gross regional product (billion yuan)" over "  Of which: Primary industry": the rows a row
      // breaks down (named "Of which", or indented under it) share its unit.
      rowParent = undefined
      labelAbove = undefined
      if (columns && tableRow) {
        const label = (cellsOf(row)[0] ?? '').trim()
        const bracket = /\(([^()]{1,30})\)$/.exec(label)
        const column = node.position?.start.column ?? 1
        // (Not a label's second line: "Total retail sales of consumer goods," over "  growth (%)".)
        // (A growth row under a row indented under another is that row's: "    growth" under
        // "  Exports" under "Imports and exports".)
        if (
          rowAbove &&
          column > rowAbove.column &&
          wrappedLabel === undefined &&
          (bareGrowth.test(label.replace(percentLabel, '')) || residentsRow.test(label))
        )
          labelAbove = rowAbove.label
        else rowAbove = { label, column }
        if (bracket) parentRow = { unit: bracket[1]!, column }
        else if (parentRow && (/^of which\b/i.test(label) || column > parentRow.column))
          rowParent = parentRow.unit
        else parentRow = undefined
        labelBelow = continuedBelow(node, nextNode, text)
      } else if (!columns) parentRow = undefined
      // "FACT BOX  |  WUZHOU IN 2024 AT A GLANCE": where a box of figures starts.
      if (only?.type === 'text' && oneLine && sidebarTitle.test(only.value.trim()))
        boxAt = node.position!.start.offset!
      // "Per capita disposable income" over "    Urban residents — 34,120 yuan, +4.1%": the label of
      // the records indented under it; the nearest such label left of the paragraph is its.
      while (groups.length > 0 && groups.at(-1)!.column >= column) groups.pop()
      groupLabel = groups.at(-1)
      if (
        only?.type === 'text' &&
        oneLine &&
        only.value.length <= 60 &&
        /^\p{Lu}[^.:;!?,]*[\p{L})]$/u.test(only.value.trim()) &&
        !mayHoldNumber(only.value)
      )
        groups.push({ text: only.value.trim(), column })
      // ("Per capita disposable income of residents: 49,870 yuan" over "    urban residents: …": a
      // record's label, over the records indented under it.)
      else if (only?.type === 'text' && oneLine) {
        const opening = labelOpening.exec(only.value)?.[1]?.trim()
        if (opening && !mayHoldNumber(opening)) groups.push({ text: opening, column })
      }
      // Most paragraphs are one text without a number: nothing to align.
      if (only?.type === 'text' && !mayHoldNumber(only.value)) {
        // ("… this year:<br/>": a lead-in that ends in a tag of a scraped page.)
        // Note: the tags are passed over one at a time from the end; a regex anchored there would
        // be tried from every tag of a long line.
        const value = only.value
        let end = value.length
        for (;;) {
          while (end > 0 && isSpaceCode(value.charCodeAt(end - 1))) end--
          if (value.charCodeAt(end - 1) !== 62) break
          const open = value.lastIndexOf('<', end - 1)
          if (open === -1 || !/^<\/?[A-Za-z][^<>]*>$/.test(value.slice(open, end))) break
          end = open
        }
        const bare = value.slice(0, end)
        askedAbout(bare)
        const noted = axesOf(bare)
        if (noted.length > 0) axes = noted
        // ("Fact box: Huzhou at a glance" as a line of text: a box of figures, as its heading is.)
        if (
          part &&
          oneLine &&
          (sidebarTitle.test(bare) ||
            (boxAt !== undefined && part.position!.start.offset! > boxAt && boxSources.test(bare)))
        ) {
          part = undefined
          context = undefined
          headings.length = 0
          dropCarried()
        }
        if (/(?:as follows|[:：])\W*$/i.test(bare.slice(-24))) {
          const lead = targetsLeadIn(bare)
          // (Not any line without a figure: "[DISSOLVE TO ANCHOR]" between a box of targets and
          // the prose after it leaves the box's targets to end with that prose.)
          if (lead) {
            carriedTargets = lead
            boxCarried = false
          }
        }
        return
      }
      const phrasing = joinPhrasing(node, text)
      if (!only && !mayHoldNumber(phrasing.value)) {
        wrappedLabel = undefined
        return
      }
      // "11/16 🎯 TARGETS FOR 2024", "14/16 PEOPLE: Add 40,000 …": the number of a post in a
      // thread is no figure of its text.
      const counter = postCounter.exec(phrasing.value)
      const skip = counter && Number(counter[1]) <= Number(counter[2]) ? counter[0].length : 0
      // ("📉 6/8 How did the economy actually do?": the next post of a thread ends a box its post
      // before titled.)
      if (skip > 0 && boxCarried) dropCarried()
      visitText(
        phrasing.value.slice(skip),
        (i) => phrasing.toSource(i + skip),
        truncated ? 'item' : node.data?.truncated === true ? 'line' : false,
      )
      wrappedLabel = undefined
      labelBelow = undefined
      return
    }
    if (
      node.type === 'list' &&
      bulletPart &&
      part === bulletPart.heading &&
      (node.data as { marker?: string } | undefined)?.marker === bulletPart.marker &&
      (node.children[0]?.data as { markerPosition?: Position } | undefined)?.markerPosition?.start
        .column === bulletPart.column
    ) {
      part = bulletPart.prior
      const at = headings.indexOf(bulletPart.heading)
      if (at !== -1) headings.splice(at)
      context = undefined
      bulletPart = undefined
    }
    if (node.type === 'listItem') {
      groupLabel = undefined
      // The label of the item's own text, for the items of a list under it.
      const first = node.children[0]
      const own =
        first?.type === 'paragraph' && first.children[0]?.type === 'text'
          ? labelOpening.exec(first.children[0].value)?.[1]?.trim()
          : undefined
      // "■ The 14th Five-Year Plan Period (2021-2025)" alone over lines of records: the span of
      // the lines after it, until the next such item ("■ Ecology and Environment").
      // (Set once the item's own text is read: its years name no time of a sentence.)
      let labelSpan: string | null | undefined
      if (
        node.children.length === 1 &&
        first?.type === 'paragraph' &&
        first.children.length === 1 &&
        first.children[0]!.type === 'text'
      ) {
        const label = first.children[0].value.trim()
        // (Not a note that names the plan among other words: "overall: "stable w/ progress",
        // 14th FYP closed out on schedule".)
        if (
          label.length <= 80 &&
          !/[.;:!?,]$/.test(label) &&
          !/[:：,，"“]/.test(label) &&
          !hasFigure(label)
        )
          labelSpan = planYears(label)
      }
      const outer = itemLabel
      const outerYear = itemYear
      const ownText =
        first?.type === 'paragraph'
          ? first.children.map((c) => (c.type === 'text' ? c.value : '')).join('')
          : ''
      // (A label of its year, "… in 2025", "2025 at a glance"; not "Compared with 2020:",
      // "Building on the gains of 2023".)
      const years =
        ownText.length <= 80 &&
        !hasFigure(ownText) &&
        /(?:\b(?:in|for|during)\s+(?:19|20)\d{2}\s*[:：]?\s*$|^\W*(?:19|20)\d{2}\b)/i.test(
          ownText.trim(),
        ) &&
        !/\b(?:compared|since|than|from|gains|building on)\b/i.test(ownText)
          ? yearsIn(ownText)
          : []
      for (const child of node.children) {
        itemLabel = child.type === 'list' ? own : outer
        itemYear = child.type === 'list' && years.length === 1 ? years[0] : outerYear
        visit(child, truncated)
      }
      itemLabel = outer
      itemYear = outerYear
      if (labelSpan) {
        topicSpan = labelSpan
        itemSpan = true
      } else if (labelSpan === null && itemSpan) {
        topicSpan = null
        itemSpan = false
      }
      return
    }
    if ('children' in node) {
      const children = node.children as RootContent[]
      for (let i = 0; i < children.length; i++) {
        nextNode = children[i + 1]
        visit(children[i]!, truncated)
      }
    }
  }
  for (let i = 0; i < tree.children.length; i++) {
    nextNode = tree.children[i + 1]
    // ("It also aims to:" over its bullets, then "Retail sales rose 5.4%.": the lead-in led its
    // bullets only.)
    if (
      headingLead !== undefined &&
      carriedTargets === headingLead &&
      tree.children[i]!.type !== 'list' &&
      tree.children[i - 1]?.type === 'list'
    )
      carriedTargets = headingLead = undefined
    visit(tree.children[i]!, false)
  }

  withoutStacks(() => {
    for (const { reason, place } of unclassified)
      file.info(reason, { place, ruleId: 'unclassified-number', source: 'briefing' })
  })
  assignIds(records)
  return {
    source: {
      path: file.path,
      title: meta.title,
      year: meta.reportYear,
      sha256: createHash('sha256').update(text).digest('hex'),
    },
    indicators: records,
    comparisons: compare(records),
  }
}

/**
 * The text of a paragraph as one string, with a map back to the source. A report's paragraph is
 * one text node; a Markdown paragraph can be several ("**Exports** rose by 4%").
 */
function joinPhrasing(
  node: Paragraph | Heading,
  source: string,
): { value: string; toSource: (index: number) => number } {
  const texts: Text[] = []
  const collect = (n: PhrasingContent) => {
    // Markdown keeps a paragraph's line breaks in its text: folded to spaces, as in plain text
    // (the alignment with the source skips the whitespace the value lacks).
    if (n.type === 'text')
      texts.push(
        n.value.includes('\n') ? { ...n, value: n.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ') } : n,
      )
    else if ('children' in n) for (const child of n.children) collect(child)
  }
  for (const child of node.children) collect(child)
  if (texts.length === 1)
    return { value: texts[0]!.value, toSource: alignText(texts[0]!, source).toSource }
  const starts: number[] = []
  let value = ''
  for (const t of texts) {
    starts.push(value.length)
    value += t.value
  }
  const maps = texts.map((t) => alignText(t, source).toSource)
  return {
    value,
    toSource: (index) => {
      let k = starts.length - 1
      while (k > 0 && starts[k]! > index) k--
      return maps[k]?.(index - (starts[k] ?? 0)) ?? 0
    },
  }
}

/**
 * "33 micrograms per cubic meter, 1 microgram lower": a change in the level's unit, written
 * short or in the singular.
 */
function sameUnit(unit: string | null, changeUnit: string | null): string | null {
  return unit !== null &&
    changeUnit !== null &&
    changeUnit !== unit &&
    /^[a-z]+$/.test(changeUnit) &&
    unit.startsWith(changeUnit)
    ? unit
    : changeUnit
}

/**
 * "HIGH-TECH ENTERPRISES 19,600": a unit of a line written in capitals, in lower case (units that
 * are acronyms, "TEUs", "GW", stay as written).
 */
/**
 * "The Mount Tai scenic area received 8.93 million visitors", "The fair drew 1.8 million
 * visitors": visitors of one place or event, not the city's tourists.
 */
function visitorsOfPlace(before: string, draft: Draft): boolean {
  if (/^(?:visitors|visits|visitor trips)$/i.test(draft.subject)) return placeReceived.test(before)
  // (Tourists of a scenic place only: "Anji County received 30.2 million tourists" in its own
  // report are the county's.)
  return (
    /^(?:tourists|tourist (?:visits|trips|arrivals))$/i.test(draft.subject) &&
    scenicReceived.test(before)
  )
}

// "The Mount Tai scenic area received …": what a place welcomed, drew or recorded.
const receivedAfter = String.raw`\s+(?:\w+\s+)?(?:alone\s+)?(?:welcomed|received|drew|attracted|hosted|saw|recorded)\s+(?:(?:about|around|nearly|almost|over|more than|some)\s+)?$`
const scenic = 'area|site|spot|fair|festival|expo|exhibition|temple|grottoes|park|museum|resort'
const scenicReceived = new RegExp(String.raw`\b(?:${scenic})${receivedAfter}`, 'i')
// ("Beidaihe District alone received …", not "Our county received …", the report's own.)
const placeReceived = new RegExp(
  String.raw`(?:\b(?:${scenic}|mount|mountain|lake|island|world|conference)|(?<!\b(?:our|the|this|whole)\s+)\b(?:district|county|town|village|zone))${receivedAfter}`,
  'i',
)

function calm(unit: string | null, clause: string): string | null {
  if (
    unit === null ||
    !/[A-Z]{3}/.test(unit) ||
    /[a-z]/.test(clause.replace(/\b[a-z]+[A-Z]\w*|\bk[Wm]h?\b/g, ''))
  )
    return unit
  return unit.replace(/[A-Z]{2,}/g, (word) =>
    /^(?:TEU|SME|GW|MW|KW|GWH|KWH|CO2|PM)S?$/.test(word) ? word : word.toLowerCase(),
  )
}

const targetOf =
  /\b(?:is|was|of|at)\s+((?:[\w-]+\s+){0,3}?growth)\s+(?:of|at)\s+(?:(?:around|about|above|over|at least|no less than|nearly|more than)\s+)?$/i

/** The span of years to come a plan's clause names ("over the five years"), or null. */
function spanAhead(
  clause: string,
  sentence: string,
  here: Context,
  meta: NonNullable<VFile['data']['meta']>,
): string | null {
  if (!/years/i.test(sentence) || meta.planYear === null) return null
  const period = periodOf(
    clause,
    sentence,
    { ...here, kind: 'target', period: meta.planYear },
    meta,
  )
  // (Not the years a sentence looks back on: "Over the past three years, …, pledging to …".)
  if (typeof period !== 'string') return null
  return meta.reviewedYear !== null && Number(period.slice(-4)) <= meta.reviewedYear ? null : period
}

/**
 * "…, reaching 5.31 trillion yuan …, at the session …, which … will run through Jan. 18": a
 * future said in a relative clause after the clause's last figure, of something else.
 */
function futureOfOther(sentence: string, clause: Clause, futureAt: number): boolean {
  const at = sentence.indexOf(clause.text)
  const last = at + (clause.mentions.findLast((m) => !m.excluded)?.end ?? 0)
  // ("Online retail sales rose 22.1 per cent, and the province will promote …": a statement of
  // its own after the figure.)
  return (
    futureAt > last &&
    /\b(?:which|that|who)\b|[,;]\s+(?:and|while|but)\s/i.test(sentence.slice(last, futureAt))
  )
}

/** Whether the words right before or after a figure place it in "last year". */
function saysLastYear(clause: Clause, draft: Draft): boolean {
  if (!clause.text.includes('ast year')) return false
  const before = clause.text.slice(Math.max(0, draft.numberStart - 48), draft.numberStart)
  const after = clause.text.slice(draft.numberEnd, draft.numberEnd + 60)
  return (
    /\blast year['’]s\s+(?:[\w-]+\s+){0,3}(?:of\s+)?(?:(?:around|about|above|over|nearly)\s+)?(?:RMB\s*|US\$|\$)?$/i.test(
      before,
    ) ||
    // Not the year a change is measured against ("by over 25 percent compared with last year"),
    // nor one a target repeats ("kept at around 5.5 percent as last year").
    (/^[^,;:\d]{0,50}\blast year\b(?!['’])/i.test(after) &&
      !/\b(?:compared (?:with|to)|than|over|from|vs\.?|versus|on|period|as|like)\s+last year\b/i.test(
        after,
      )) ||
    /^\W*last year\b(?!['’])/i.test(clause.text.slice(0, draft.numberStart))
  )
}

const entryTime =
  /^(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:[AaPp]\.?[Mm]\.?|BJT|GMT|CST))?(?:$|\n|\s{2,}|\s+[A-Z]{4,}\b|\s+[—–-]\s)/

/** Whether a digit stands at `at` (the time of an entry opens on one). */
function digitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code >= 48 && code <= 57
}

// Between two figures: an arrow, with the unit and year of the first and the qualifier of the
// second.
/**
 * "Chart: GRP, 2021-2025, trillion yuan: 2.47, 2.63, 2.72, 2.86, 3.01": a series of a chart's
 * description, one figure for each year of its span (the offsets of the list in the text, the first
 * year, the number of years, the label and the unit the title gives), or undefined.
 */
function chartSeries(
  read: string,
  axes: readonly Axis[] = [],
):
  | {
      from: number
      to: number
      unitFrom: number
      items?: string[]
      growth: boolean
      first: number
      years: number
      /** The year of each figure, where each is written beside its year. */
      yearList?: number[]
      label: string
      unit: { unit: string; base: string; factor: number } | undefined
    }
  | undefined {
  const pairs = yearPairs.exec(read)
  if (pairs) {
    const yearList = [...pairs[2]!.matchAll(/\b(?:19|20)\d{2}(?=\s*[–—-]|\s{2,})/g)].map((m) =>
      Number(m[0]),
    )
    const written = pairs[1]!.trim()
    const last = /([a-z]+)$/i.exec(written)?.[1]?.toLowerCase()
    // ("Columns, left to right: 2020  24.37 | …" under "GRP, billion yuan (left axis)": the
    // columns of a chart stand on its left axis.)
    const axis =
      axes.find((a) => last !== undefined && a.name.toLowerCase().endsWith(last)) ??
      (/^(?:columns|bars)\b/i.test(written) ? axes.find((a) => a.side === 'left') : undefined)
    return {
      from: pairs.index + pairs[0].length - pairs[2]!.length,
      to: pairs.index + pairs[0].length,
      unitFrom: pairs.index + pairs[0].length - pairs[2]!.length,
      growth: /\bgrowth\b/i.test(written),
      first: yearList[0]!,
      years: yearList.length,
      yearList,
      label: axis?.name ?? written,
      unit: axis?.unit,
    }
  }
  if (
    !read.includes(':') ||
    !/(?:chart|graph|figure|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})/i.test(read)
  )
    return undefined
  const title = seriesTitle.exec(read)
  if (!title) return undefined
  const first = Number(title[3])
  const from = title.index + title[0].length
  // (Or the things a chart of one year compares, "primary industry 15.6 | secondary …".)
  const rest = read.slice(from)
  const line = rest.slice(0, (rest.indexOf('\n') + 1 || rest.length + 1) - 1)
  const cells = title[4] === undefined ? line.split('|') : []
  const items = cells.every((cell) => comparedItem.test(cell))
    ? cells.map((cell) => comparedItem.exec(cell)![1]!)
    : []
  const years = title[4] === undefined ? items.length : Number(title[4]) - first + 1
  const list = title[4] === undefined ? { 0: line, 1: line } : seriesList.exec(rest)
  if (!list || years < 2 || years > 30) return undefined
  if (title[4] !== undefined && list[1]!.split(/,\s+/).length !== years) return undefined
  const unitText = title[5]!.trim()
  const unitFrom = from - title[5]!.length - 1
  // ("High-tech enterprises, 2021-2025, number": what the label counts.)
  const label = title[2]!.trim()
  const counted = /\b([a-z]+s)$/i.exec(label)?.[1]?.toLowerCase()
  const unit = /^(?:number|count)$/i.test(unitText)
    ? counted
      ? { unit: counted, base: counted, factor: 1 }
      : undefined
    : unitOfText(unitText)
  return {
    from,
    to: from + list[0].length,
    unitFrom,
    first,
    years,
    label,
    unit,
    growth: /^(?:chart\s*\d*\s*[:：]\s*)?growth\b/i.test(title[1]!),
    ...(items.length > 0 ? { items } : {}),
  }
}

// "Visitors:  2020 – 18.92 | 2021 – 23.15 | 2022 – 20.64": a chart's series in words, each figure
// beside its year.
const yearPairs =
  /^\s*(\p{L}[^:：\d|\n]{1,60}?)\s*[:：]\s*(?:\|\s*)?((?:(?:19|20)\d{2}(?:\s*[–—-]\s*|\s{2,})[+−-]?\d[\d,]*(?:\.\d+)?%?\s*(?:[|;→,]\s*|$)){3,})$/u

interface Axis {
  name: string
  unit: { unit: string; base: string; factor: number } | undefined
  side?: 'left' | 'right'
}

/** "Left axis: visitors (million); right axis: tourism revenue (billion yuan)": a chart's axes. */
function axesOf(read: string): Axis[] {
  if (!/\baxis\b/i.test(read)) return []
  const found: Axis[] = []
  for (const m of read.matchAll(
    /\b(?:(?:left|right|vertical|horizontal|[xy])[- ])?axis\s*[:：]\s*([^;.:()\n]{2,60}?)\s*\(([^()\n]{1,30})\)/gi,
  )) {
    const name = m[1]!.trim()
    const written = m[2]!.trim()
    // ("visitors (million)": a scale alone counts the axis's things.)
    const counted = /^(?:thousand|million|billion|ten thousand|hundred million|10,000)$/i.test(
      written,
    )
      ? /\b([a-z]+s)$/i.exec(name)?.[1]?.toLowerCase()
      : undefined
    found.push({ name, unit: unitOfText(counted ? `${written} ${counted}` : written) })
  }
  // ("GRP, billion yuan (left axis); growth, % (right axis)": or its name and unit, then the side.)
  for (const m of read.matchAll(
    /(?:^|[[|;:]\s*)([A-Za-z][^;|,()[\]\n]{1,40}?),\s*([^;|,()\n]{1,30}?)\s*\((left|right)\s+axis\)/gi,
  ))
    found.push({
      name: m[1]!.trim(),
      unit: unitOfText(m[2]!.trim()),
      side: m[3]!.toLowerCase() as 'left' | 'right',
    })
  return found
}

// "3,270, 3,860, 4,370": the figures of a series, commas between them.
const seriesList =
  /^\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:,\s+(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)*)/
// "fixed asset investment 1.6": a thing a chart compares, then its figure.
const comparedItem = /^\s*([A-Za-z][^\d|]{1,60}?)\s+[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*$/

// ("[Image 7/14] Chart: Output of new energy vehicles, 2023-2025, 10,000 units: 62.5, …")
const seriesTitle =
  /(?:^|[\]\n]\s*)((?:(?:chart|graph|figure)\s*\d*\s*[:：]\s*)?([^,:：\]\n]{2,80}),\s*((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?,\s*)((?:\d,\d{3}|[^:：,\n]){1,40})[:：]/i

/** "GDP growth: around 6%", "FAI: growth of about 4%": a label, then its figure. */
const labelledFigure =
  /^[^:：.;]{2,60}[:：]\s*(?:[~≈+\-−]|(?:(?:growth|an increase) of\s+)?(?:around|about|above|over|within|at least|no less than|more than|nearly)\s+)?\d/i

const notesTitle =
  /\b(?:rounding|sources?|definitions?|methodolog\w*|explanat\w*|abbreviations?|glossary|data|statistical|caliber|exchange rates?|conversions?)\b/i

// ("→ = 2026 target" in a key of symbols: the arrow alone.)
const arrowLegend =
  /\b(?:actuals?|outturns?|results?)\b[^\n→]{0,12}(?:→|->|=>|⟶)\s*(?:(?:19|20)\d{2}\s+)?(?:targets?|goals?|plans?)\b|(?:→|->|=>|⟶)\s*(?:=|:|means)\s*(?:(?:19|20)\d{2}\s+)?(?:targets?|tgt|goals?)\b/i

// ("683,000 units → over 800,000", "728.1 billion yuan (+20.3%) → 850", "45.1% (+0.4 pts) →
// keep above 45%": the level's unit and change before the arrow, words of the target after it.)
// (Not across a semicolon: "retail sales → 12.2 bn yuan ; tourists → 9 mn", a record of its own.)
const arrowBetween =
  /^(?:[^\d→;；]|\((?:19|20)\d{2}\)|\([^()→]{0,24}\)|,\s*(?:(?:up|down)\s+|[+\-−])[\d.]+\s*%){0,24}(?:→|->|=>|⟶|➝|➔)\s*(?:[a-z]+\s+){0,3}[~≈≤≥<>+]?\s*(?:RMB|US\$|\$|¥)?\s*$/i

// A sentence of a speaker's own life or workplace, up to a figure: "I", "my" or "our workshop"
// before it, and no report, finding or statement of one between.
// (The workplace as the subject or place of what the figure counts: not "Our community health
// centers now cover 95 percent of residents".)
const ownStory =
  /\b(?:I\s+(?:have|had|run|ran|work|worked|teach|taught|manage|managed|lead|led|live|lived|visit|visited|spend|spent|take|took|started|joined|own|owned|employ|employed)\b|[Mm]y\b|[Oo]ur\s+(?:[\w-]+\s+)?(?:workshop|school|company|firm|station|community|cooperative|village|department|cent(?:er|re)|team|class(?:es)?|members|staff|hospital|factory|office|shop|family)(?=\s*[,.;:!?)]|\s+(?:has|have|had|is|are|was|were|serves|sees|employs|went|grew|rose|fell|leads|needs|got|received|in|of|at|for|with|and)\b))(?![^.;]*\b(?:report|says|said|noticed|noted|notes|shows|showed|mentions|states|read|reads|according)\b)[^.;]*$/

// "11/16 ": the number of a post in a thread and of posts in it, before the post's text (not a
// fraction, "1/3 of", nor a date, "06/30 — Half-year data").
const postCounter = /^([1-9]\d?)\/([1-9]\d?)\s+(?!of\b|[—–:-])/

// "Highlights", "By the numbers": the title of a box of figures from all over the report.
const boxOfFigures =
  /^\W*(?:highlights|key (?:figures|numbers|facts|data)|by the numbers|in numbers|at a glance|fact ?box|the numbers)\W*$/i
// "Source: Yiwu Municipal People's Government", "Sources: …": the line under a box of figures.
const boxSources = /^\W*sources?\s*[:：]/i
const sidebarTitle =
  /^\W*(?:fact ?box|key (?:figures|numbers|facts)|by the numbers)\s*[:：|-]\s*[^.!?:：]{0,60}$|^\W*[^.!?:：]{0,40}\bat a glance\W*$/i

// The verbs a task of a plan opens on ("Line up 600 …"); after "And" a few more ("And make …").
const taskVerbs =
  'build add raise line_up renovate create help keep ensure expand complete start launch cut reduce increase grow plant open train upgrade support attract introduce achieve strive lift hold control provide push boost promote develop implement accelerate carry_out roll_out set_up welcome'.split(
    ' ',
  )
const taskVerb = new RegExp(
  String.raw`^[^\p{L}\d]*(?:\(?(?:\d{1,2}|[a-z])[.)]\s+)?(?:And\s+(?:${[...taskVerbs, 'make', 'bring', 'double', 'speed_up', 'step_up'].join('|').replace(/_/g, ' ')})\s|(?:${taskVerbs
    .map((verb) => verb[0]!.toUpperCase() + verb.slice(1))
    .join('|')
    .replace(/_/g, ' ')})\s(?!for\b|of\b)[^:：]*$)`,
  'u',
)

/** "Jobs and prices: create over 150,000 new urban jobs, keep …": a task after its topic's label. */
// ("PEOPLE: Add 40,000 public school places": the verb capitalised after the label.)
const taskAfterLabel = new RegExp(
  String.raw`^[^\p{L}\d]*\p{Lu}[\p{L} &'’-]{0,40}[:：]\s+(?:${'build add raise line_up renovate create help keep ensure expand complete start launch reduce increase grow plant open train upgrade support attract introduce achieve lift hold control provide boost promote accelerate'
    .split(' ')
    .map((verb) => `[${verb[0]}${verb[0]!.toUpperCase()}]${verb.slice(1).replace('_', ' ')}`)
    .join('|')})\s(?!for\b|of\b)[^:：]*$`,
  'u',
)

const numberHint =
  /[0-9]|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/i

// A figure and its unit, with a conversion in brackets after them: "665.5 billion yuan (about 96
// billion US dollars)", "7,100 kilometers", "1.64 percent".
const bigFigure =
  /^(?:\d{1,2}[.)]\s+)?\d[\d,.]*\s*(?:%|percent|per cent|(?:(?:trillion|billion|million|thousand)\s+)?(?:[a-z]+(?:\s+[a-z]+)?)?)(?:\s*\([^()]{1,60}\))?(?=\s)/

// Two records of capitals on one line, parted by four spaces or more; each opens on its label.
// The words a record's label does not open on: a qualifier, a kind, or a change ("Year-on-year
// growth 5.8%" after "GRP 579.6 billion yuan" is the level's growth, no record of its own).
const noLabel =
  /^\s*(?:above|around|about|over|within|below|under|no|at|more|less|up|down|target|actual|growth|from|to|year-on-year|y-o-y|yoy|increase|decrease|change|plan|planned|nominal|real|rise|fall)\b/i
const sideBySide = /^\s*\p{L}[^|\d]{1,60}?\s[+−-]?\d[\d,.]*\s*(?:%|\p{L}[\p{L} ]{0,30})?\s*$/iu
const posterGap = /^([A-Z][^a-z|\t]*?\S)( {4,})([A-Z][^a-z|\t]*\S)$/
const twoRecordsGap =
  /^(\p{Lu}[^|\t]*?[\d%](?:\s[\p{L}/]+){0,3})( {4,})(\p{Lu}[\p{L}\d&'’.-]*(?:\s[\p{L}&'’()/-]+){0,6}\s+[▲▼+−-]?\s*\d[^|\t]*)$/u

/** "CPI +0.3%      Surveyed urban unemployment rate 4.9%": two records parted by a wide gap. */
function recordsSideBySide(value: string): RegExpExecArray | null {
  const gap = twoRecordsGap.exec(value)
  return gap && !noLabel.test(gap[3]!) ? gap : null
}

/** Whether a paragraph opens a turn of a press conference: who speaks, or a question. */
function opensTurn(paragraph: string): boolean {
  return (
    /^\s*(?:\[[^\]\n]{2,40}\]\s*[:：]|(?:Q|A|Question|Answer)\s*\d{0,2}\s*[:：]|(?:Reporter|Host|Moderator)\s*[:：])/.test(
      paragraph,
    ) ||
    // (An outlet's name in capitals, not "Some may ask: are these targets too ambitious?")
    /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|and|the)){0,6}\s*[:：]\s[^\n]*\?\s*$/u.test(
      paragraph,
    )
  )
}

/** Whether a text holds a digit or a number word: most plan items hold none. */
function mayHoldNumber(text: string): boolean {
  return numberHint.test(text)
}

function contextOf(
  headings: Heading[],
  part: Heading | undefined,
  meta: NonNullable<VFile['data']['meta']>,
  truncated: boolean,
): Context {
  // Note: the title names the whole report ("… final year of 13th Five-Year Plan"), not a period of
  // its parts.
  const below = headings.filter((h) => h.data?.role !== 'title')
  const section = below.map(headingText)
  const kind = part?.data?.kind
  // "Review of Our Work in 2020 and During the 13th Five-Year Plan Period": the plan's years, for
  // what grew by an average each year.
  const span = below.map((h) => planYears(headingText(h))).find((p) => p !== null) ?? null
  if (kind === 'review' || kind === undefined) {
    // "Achievements over the Past Five Years (2018-2022)": the review ends with the last year.
    const years = part?.data?.years
    const ranged = part && years && years.length > 1 && yearRange.test(headingText(part))
    const year = (ranged ? years.at(-1) : years?.[0]) ?? meta.reviewedYear
    return {
      section,
      kind: 'actual',
      period: multiYear(below, year) ?? year,
      truncated,
      ...(span ? { span } : {}),
    }
  }
  // "Main Targets for the 14th Five-Year Plan Period": the plan's years (and "The 13th Five-Year
  // Plan (2016-2020)": the years it names).
  const years = part?.data?.years
  const plan =
    part && !years?.length
      ? planYears(headingText(part))
      : years && years.length === 2 && yearRange.test(headingText(part!))
        ? `${years[0]}-${years[1]}`
        : null
  // ("Opening of the 15th Five-Year Plan (2026-2030)", then "Tasks: Industry & Innovation": the
  // tasks of the plan year.)
  const tasks =
    plan !== null &&
    below.some(
      (h) =>
        h.data?.role === 'topic' &&
        h.position!.start.offset! > part!.position!.start.offset! &&
        // (Not "Key tasks of the 15th Five-Year Plan period", "Tasks for the five years".)
        /^\W*(?:(?:key|main|major)\s+)?tasks\b(?![^:：]*\b(?:(?:19|20)\d{2}|five-year|five years|plan|period)\b)/i.test(
          headingText(h),
        ),
    )
  return {
    section,
    kind: 'target',
    period: (tasks ? null : plan) ?? part?.data?.years?.[0] ?? meta.planYear,
    truncated,
    ...(span ? { span } : {}),
  }
}

/**
 * "Abbrev.: GRP = gross regional product; LGPBR = local general public budget revenue; HTE =
 * high-tech enterprise": the short forms a text spells out in a legend of its own (three or more,
 * in capitals, each "= words").
 */
function abbreviations(text: string): Map<string, string> {
  const legend = new Map<string, string>()
  // ("RS<tab>total retail sales of consumer goods<tab><tab>I&E<tab>total imports and exports": or
  // a key laid out with tabs, under a line that says it is one; not a table of tabs, "GRP<tab>
  // billion yuan<tab>30.1".)
  const key = /^[^\n]{0,20}\b(?:abbreviations?|acronyms|abbrev\.)[^\n]{0,40}$/im.exec(text)
  if (key && text.includes('\t')) {
    const block = text.slice(key.index, key.index + 1500).split(/\n\s*\n/)[0]!
    for (const m of block.matchAll(
      /(?<![\w.&])([A-Z][A-Za-z&]{1,9})\t+([a-z][a-z -]{1,60}?)[ \t]*(?=\t|\n|$)/g,
    ))
      legend.set(m[1]!, m[2]!.trim())
  }
  if (!text.includes(' = ')) return legend.size < 3 ? new Map() : legend
  for (const m of text.matchAll(
    /(?<![\w.])([A-Z][A-Za-z&]{1,9})\s+=\s+([a-z][a-z -]{1,60}(?:\n[ \t\u00a0]+[a-z][a-z -]{0,60})?)\s*(?=[;,)\n]|$)/g,
  ))
    // ("LGPBR = local general public" over "     budget revenue": wrapped onto an indented line.)
    legend.set(m[1]!, m[2]!.replace(/\s+/g, ' ').trim())
  if (legend.size < 3) legend.clear()
  return legend
}

/**
 * A draft with the short forms of a text's legend spelled out in its subject and units: "LGPBR"
 * the revenue it stands for, "HTEs 104" a count of enterprises.
 */
function spelledOut(draft: Draft, legend: Map<string, string>): Draft {
  // ("I&E", "HTEs": a short form, perhaps with "&", perhaps plural.)
  const spell = (words: string) =>
    words.replace(/\b[A-Z][A-Za-z&]{1,9}\b/g, (short) => {
      const long = legend.get(short)
      if (long !== undefined) return long
      const one = short.endsWith('s') ? legend.get(short.slice(0, -1)) : undefined
      return one === undefined ? short : one.endsWith('s') ? one : `${one}s`
    })
  // ("IEADS" = "industrial enterprises above designated size": what is counted stands before
  // what defines it.)
  const counted = (unit: string | null) => {
    if (unit === null) return unit
    const long = legend.get(unit) ?? legend.get(unit.replace(/s$/, ''))
    if (long === undefined) return unit
    const head = long
      .split(/\s+(?:above|of|with|in|for|under)\s+/)[0]!
      .split(/\s+/)
      .at(-1)!
    return head.endsWith('s') ? head : `${head}s`
  }
  const unit = counted(draft.unit)
  return {
    ...draft,
    subject: spell(draft.subject),
    unit,
    ...(draft.base && unit !== draft.unit ? { base: { ...draft.base, unit: unit! } } : {}),
    changeUnit: counted(draft.changeUnit),
  }
}

/**
 * The canonical id of a draft's subject. A share ("2.95% of GRP") is not the indicator it is a share
 * of: only ids of shares and rates stand for it.
 */
function indicatorOf(lexicon: Lexicon, draft: Draft): string | null {
  // "per capita grain output ranked 2nd": a rank is not the indicator it ranks.
  if (draft.unit === 'rank') return null
  // "Chongqing grew 5.7% in 2024": a place that grows is its economy.
  // ("Ji'an's economy expanded at an average annual rate of 6.1 percent": a place's economy.)
  if (
    draft.value === null &&
    draft.changeUnit === '%' &&
    /^(?:the\s+(?:city|province|region|municipality)|\p{Lu}[\p{L}'’ -]{1,30})['’]s\s+economy$/u.test(
      draft.subject,
    )
  )
    return 'grp'
  if (
    draft.value === null &&
    draft.changeUnit === '%' &&
    places.has(
      draft.subject
        .toLowerCase()
        .replace(/\s+(?:economy\s+)?(?:grows|grew|expands|expanded|targets|aims for|eyes)$/, '')
        .replace(/['’]s$|\s+economy$/, ''),
    )
  )
    return 'grp'
  const id =
    lookupIndicator(lexicon, draft.subject) ??
    (draft.subject.includes(',')
      ? lookupIndicator(lexicon, draft.subject.replace(measureAfterComma, ''))
      : null)
  // "Unemployment fell by 20,000 people": a rate's id names a percentage only.
  // (A bare "Surveyed urban unemployment rate (December): 5.1" keeps it.)
  const counted = (unit: string | null) =>
    unit !== null && unit !== '%' && unit !== 'percentage points' && unit !== 'basis points'
  if (id !== null && id.endsWith('_rate') && (counted(draft.unit) || counted(draft.changeUnit)))
    return null
  // "Installed capacity of clean energy reached 35.18 million kilowatts": a share's id names a
  // percentage only.
  // ("The share of manufacturing value added in GRP rose 0.8 percentage points": or its change in
  // points.)
  if (
    id !== null &&
    /_share$/.test(id) &&
    draft.unit !== '%' &&
    !(draft.unit === null && draft.changeUnit === 'percentage points')
  )
    return null
  // "Grain was sown on 536,000 hectares": grain measured in an area is its acreage.
  if (id === 'grain_output' && draft.unit !== null && areaUnit.test(draft.unit)) return 'grain_area'
  // "The share of real estate in fixed asset investment": a share, not the investment.
  // ("Tax revenue as a share of local general public budget revenue", "Tax share of …": nor after
  // what it is the share of.)
  if (
    id !== null &&
    !/_(share|rate|days)$/.test(id) &&
    (/^(?:the\s+)?(?:share|proportion|ratio|percentage)\s+of\b/i.test(draft.subject) ||
      /\s(?:as\s+(?:an?\s+)?)?(?:share|proportion|percentage|%)\s+of\s/i.test(draft.subject))
  )
    return null
  if (!draft.share) return id
  if (id !== null && /_(share|rate|days)$/.test(id)) return id
  // "Clean energy accounted for 90.8% of installed power capacity": a share the lexicon names.
  // ("Manufacturing represented 23.5% of GRP": the share of the one in the other.)
  for (const joined of draft.shareOf ? [' ', ' in '] : []) {
    const of = lookupIndicator(lexicon, `${draft.subject}${joined}${draft.shareOf}`)
    if (of !== null && /_(?:share|days)$/.test(of)) return of
  }
  return null
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&nbsp;': ' ',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&lsquo;': '‘',
  '&rsquo;': '’',
  '&ldquo;': '“',
  '&rdquo;': '”',
  '&mdash;': '—',
  '&ndash;': '–',
  '&hellip;': '…',
  '&middot;': '·',
  '&yen;': '¥',
  '&times;': '×',
  '&deg;': '°',
  '&micro;': 'µ',
  '&sup2;': '²',
  '&sup3;': '³',
  '&le;': '≤',
  '&ge;': '≥',
  '&plusmn;': '±',
  '&minus;': '−',
}

/** The text an HTML entity or tag stands for ("&#37;" → "%", "<strong>" → ""). */
function decodeMarkup(written: string): string {
  // ("<tr><td>GRP growth (%)</td><td>5.4</td></tr>": the end of a cell is a bar between cells.)
  if (written.charCodeAt(0) === 60)
    return /^<\/t[dh]\b/i.test(written)
      ? ' | '
      : /^<\/?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table)\b/i.test(written)
        ? ' '
        : ''
  const numeric = /^&#(x[0-9a-f]+|\d+);$/i.exec(written)
  if (numeric) {
    const code = numeric[1]!.startsWith('x')
      ? parseInt(numeric[1]!.slice(1), 16)
      : Number(numeric[1])
    return code === 160 ? ' ' : code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' '
  }
  return entities[written.toLowerCase()] ?? ' '
}

// The tags a web page's text may keep, scraped carelessly ("<p>", "<strong>…</strong>", "<br/>"),
// and its entities ("&#37;", "&rsquo;").
const htmlTags = 'p|br|div|span|strong|b|em|i|u|a|li|ul|ol|h[1-6]|sup|sub|small|font|tr|td|th|table'
const htmlEntity = `&(?:${Object.keys(entities)
  .map((name) => name.slice(1, -1))
  .join('|')}|#\\d{2,6}|#x[0-9a-f]{2,5});`
// ("8.3%.<sup>1</sup><br/>": a note's mark in superscript, read as nothing.)
const markupPattern = `<sup>\\s*[\\w*†‡]{1,4}\\s*<\\/sup>|${htmlEntity}|<\\/?(?:${htmlTags})\\b[^<>]{0,200}>`
const htmlMarkup = new RegExp(markupPattern, 'i')

// Note: dot leaders between a label and its figure part cells too ("GDP growth ...... 8.5%"); a
// run of leaders is matched from its first dot only (a long run would be tried from each). In a
// row of a table aligned with spaces, two spaces part cells as well.
const textToken = readToken(3)
const tableToken = readToken(2)

function readToken(gap: number): RegExp {
  return new RegExp(
    `${markupPattern}|[（）＋％]|(?<=[^\\s|])(?:\\t+| {${gap},})(?=[^\\s|])|(?<=[^\\s|.…])\\s*(?:\\.{4,}|…{2,})\\s*(?=[^\\s|.…])`,
    'gi',
  )
}

// "…; outcome: 5.1%" after a target, "target: around 5.5%; outcome: …" on its line, "target: 6% |
// outcome: 5.8%" parted by a bar.
const outcomeOpening = new RegExp(String.raw`^\W*${outcomeLabel}`, 'i')
const targetOpening = /^\W*(?:targets?|goals?)\s*[:：]/i
const outcomeAfter = new RegExp(String.raw`^[^\n]*?[;；,]\s*${outcomeLabel}`, 'i')
const targetBarOutcome = new RegExp(
  String.raw`\b(?:targets?|goals?|plans?)\s*[:：][^|]*\|\s*${outcomeLabel}`,
  'i',
)

// "0.2 percentage points above the national average", "one percentage point below the provincial
// rate": a gap to another place's figure (not "higher than in 2022", "than a year earlier").
const gapAfter =
  /^\s*(?:percentage\s+)?points?\s+(?:above|below|ahead of|behind|(?:higher|lower|faster|slower|more|less)\s+than)\s+(?!in\b|a\s+year\b|last\s+year\b|the\s+(?:previous|last|same|end|year)\b|that\s+of\s+(?:last|the\s+previous)\s+year\b|that\s+of\s+(?:19|20)\d{2}\b|at\s+the\s+(?:end|start|beginning)\b|(?:that\s+of\s+)?(?:urban|rural)\s+residents\b|(?:19|20)\d{2}\b)/i

// "The past five years saw remarkable achievements.": a sentence that names the years it opens.
/** "Grain was sown …" ("A: (Yu Haitao) Grain was …": after the name of who answers). */
const outputOpening = new RegExp(
  String.raw`^\W*(?:[AQ]\s*[:：]\s*)?(?:\p{Lu}\p{Ll}+\s*[:：]\s*)?(?:${answerer}\s*)?(\p{Lu}\p{Ll}+)\s+(?:was|were|output|production)\b`,
  'u',
)

/** "(growth rates in %, unless a level is stated)": a note that bare figures are growths. */
const growthNoteText =
  /^\s*\(\s*growth(?:\s+rates?)?\s+(?:are\s+)?in\s+(?:%|per ?cent\b)[^()]*\)\s*$/i

// ("The past five years (2020-2024) were an extraordinary period …")
const sawYears =
  /^\W*the\s+(?:past|last)\s+(?:three|four|five|ten)\s+years\s+(?:\((?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}\)\s+)?(?:(?:have\s+)?(?:saw|seen|witnessed|been)|were)\b/i

// The arrows drawn as emoji or slanted, by the plain arrow each is read as.
const arrowRead: Record<string, string> = {
  '\u2b06': '↑',
  '\u2b07': '↓',
  '\u2197': '↑',
  '\u2198': '↓',
  '\u{1F53A}': '▲',
  '\u{1F53B}': '▼',
}

/**
 * A text as the extractor reads it: HTML entities and tags left by a web page decoded ("R&amp;D"
 * → "R&D", "4.3&#37;" → "4.3%", "<br>" → " ", "<strong>" → ""), full-width brackets as ASCII
 * ones, tab-separated columns as " | " cells, and a word broken at a line end by a hyphen joined
 * again ("en-|terprises" → "enterprises"; "high-|tech" keeps its hyphen). `origin[i]` is the
 * index in the value of the read text's character `i` (null when nothing changed); `ends` maps
 * the start of each edit that reads as something to its end.
 */
function readable(
  written: string,
  toSource: (index: number) => number,
  /** The report's text, to see where the value's lines break. */
  source = '',
  /** The value is a row of a table aligned with spaces. */
  aligned = false,
  /** The value is a row of a table flattened one cell a line: the lines its label takes. */
  cells = 0,
): { text: string; origin: Int32Array | null; ends: Map<number, number> | null } {
  const edits: Array<{ at: number; length: number; read: string }> = []
  // "│ GRP │ 579.6 billion yuan │": the sides and bars of a row of box-drawing cells read as a
  // table's bars (an edit each, so that quotes are cut from the row as written).
  const boxRow = isBoxRow(written)
  const value = boxRowAsBars(written)
  if (boxRow)
    for (let at = 0; at < value.length; at++)
      if (value.charCodeAt(at) === 124 && written.charCodeAt(at) !== 124)
        edits.push({ at, length: 1, read: '|' })
  // "Gross regional product" over "billion yuan" over "492.12": the space that joined two lines
  // stands between two cells.
  if (cells > 0) {
    // ("Growth of fixed asset in-" over "vestment": a word broken at a line's end joins its two
    // lines with no space; the break counts all the same.)
    let breaks = 0
    for (let at = value.indexOf('-'); at > 0; at = value.indexOf('-', at + 1))
      if (/[\n\r]/.test(source.slice(toSource(at) + 1, toSource(at + 1)))) breaks++
    for (let at = value.indexOf(' '); at > 0; at = value.indexOf(' ', at + 1))
      if (/[\n\r]/.test(source.slice(toSource(at - 1) + 1, toSource(at + 1))) && ++breaks >= cells)
        // ("10,000" over "people": one cell of a unit, its scale over its noun.)
        if (!(scaleAtEnd.test(value.slice(0, at)) && /^[a-z]/.test(value.slice(at + 1, at + 2))))
          edits.push({ at, length: 1, read: ' | ' })
  }
  // "21.7 bn yuan ⬇️ 2.3%", "Imports 🔺4.1%", "CPI ↘ 0.2%": an arrow drawn as an emoji or a
  // slanted arrow, read as the plain arrow (the selector that draws it so is no character of it).
  if (/[\u2b06\u2b07\u2197\u2198]|\u{1F53A}|\u{1F53B}/u.test(value))
    for (const m of value.matchAll(/([\u2b06\u2b07\u2197\u2198]|\u{1F53A}|\u{1F53B})\uFE0F?/gu))
      edits.push({ at: m.index!, length: m[0].length, read: arrowRead[m[1]!]! })
  // "GRP hit【6.47 billion yuan】 up【6.1%】year on year", "+【5.2%】": the brackets a post sets a
  // figure off with are not read (a space where a word would touch it).
  if (value.includes('【'))
    for (const m of value.matchAll(/【([^【】\n]{0,40}?\d[^【】\n]{0,40}?)】/g)) {
      const before = value[m.index! - 1] ?? ' '
      const after = value[m.index! + m[0].length] ?? ' '
      // (Not "【1】GRP grew 5.2%": the number of an item.)
      if (/^\s*(?:[1-9]|1\d)\s*$/.test(m[1]!) && /\s/.test(before) && /\p{Lu}/u.test(after))
        continue
      edits.push({ at: m.index!, length: 1, read: /[\s+\-−~≈(/]/.test(before) ? '' : ' ' })
      edits.push({
        at: m.index! + m[0].length - 1,
        length: 1,
        read: /[\p{L}\d]/u.test(after) ? ' ' : '',
      })
    }
  // "bi1lion", "ki1ometers": a letter l that optical reading took for a one, inside a word.
  if (/[a-z]1[a-z]/.test(value))
    for (const m of value.matchAll(/(?<=[a-z])1(?=[a-z])/g))
      edits.push({ at: m.index!, length: 1, read: 'l' })
  if (aligned) {
    const gap = / {3,}/g
    const row = value.trimEnd()
    for (let m = gap.exec(row); m; m = gap.exec(row))
      if (m.index > 0) edits.push({ at: m.index, length: m[0].length, read: ' | ' })
  }
  // "[00:01:24] gross regional product reached …": the time stamps of a transcript's cues are not
  // its text.
  if (value.includes(':') && value.includes('[')) {
    // ("[22.01.2024 08:30]": with the date of a channel's post.)
    const cue = /\[(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?\]\s*/g
    for (let m = cue.exec(value); m; m = cue.exec(value))
      edits.push({ at: m.index, length: m[0].length, read: ' ' })
  }
  // "2:19 over the past year the province's gdp reached …" over "2:26 the value added …": the time
  // stamps of an unpunctuated transcript's lines, in lower case, part its lines as stops would.
  if (value.includes(':') && /(?:^|\s)\d{1,2}:\d{2}\s+[a-z\d]/.test(value)) {
    // (Each at the start of a line of the source: not "from 18:00 to 2:00 the next day".)
    const stamp = /(?:^|(?<=\s))\d{1,2}:\d{2}(?::\d{2})?\s+(?=[a-z[\d])/g
    const stamps = [...value.matchAll(stamp)].filter(
      (m) =>
        m.index === 0 ||
        /[\n\r]/.test(source.slice(toSource(Math.max(0, m.index! - 2)) + 1, toSource(m.index!))),
    )
    if (stamps.length >= 2 || stamps[0]?.index === 0)
      for (const m of stamps)
        edits.push({ at: m.index!, length: m[0].length, read: m.index === 0 ? ' ' : '; ' })
  }
  // "[Deleted: 5.5%][Inserted: 5.8%]", "[Comment JL3: check …]": a document's review markup; the
  // text reads as the inserted words.
  if (value.includes('[') && /\[(?:Deleted|Inserted|Comment)\b/.test(value)) {
    const markup = /\[(?:Deleted:[^\]]{0,400}\]|Comment\b[^\]]{0,400}\]|Inserted:\s*)/g
    for (let m = markup.exec(value); m; m = markup.exec(value)) {
      if (m[0].startsWith('[Inserted')) {
        const close = value.indexOf(']', m.index)
        edits.push({ at: m.index, length: m[0].length, read: '' })
        if (close !== -1) edits.push({ at: close, length: 1, read: '' })
      } else
        edits.push({ at: m.index, length: m[0].length, read: m[0].startsWith('[C') ? ' ' : '' })
    }
  }
  // "new urban jobs → 78,000", "5G base stations → 15,600", "Newly registered market entities —
  // 196,000": an arrow or a dash after a label that holds no figure reads as its colon (not "43.5%
  // (2012) → 50.3% (2017)", a figure and the one it came to).
  // (Not the "—" of an empty cell, in a row of bars or aligned with spaces.)
  // ("Clean energy = 48.3% of installed power capacity": an equals sign too.)
  if (
    cells === 0 &&
    !aligned &&
    (value.includes('→') || value.includes(' — ') || value.includes(' = '))
  ) {
    const arrow =
      /^([^→—=:：|]{2,80}?)(?:\s*→\s*|\s+[—=]\s+)(?=[~≈]?\s*(?:[a-z.]+\s+){0,2}\d)/i.exec(value)
    if (
      arrow &&
      !/(?<![\w.])\d[\d,.]*(?!\w)/.test(arrow[1]!) &&
      // (Not "One mu = 666.7 square meters", a conversion.)
      !(arrow[0].includes('=') && /\b(?:one|a|an|two|ten|hundred|thousand)\b/i.test(arrow[1]!))
    )
      edits.push({ at: arrow[1]!.length, length: arrow[0].length - arrow[1]!.length, read: ': ' })
  }
  // "Fixed asset investment: (+5.9%)", "GRP: (around +6%)": a label's figure in brackets reads as
  // the figure (not the marker of a list's item, "…: (1) Value added …").
  if (value.includes(': (')) {
    const bracketed =
      /[:：]\s*(\()(?:(?:around|about|approx\.|over|above|within|below|at least)\s+)?(?:[+\-−]\d[\d,.]*\s*%?|\d[\d,.]*\s*%)(\))/gi
    for (let m = bracketed.exec(value); m; m = bracketed.exec(value)) {
      const open = m.index + m[0].indexOf('(')
      edits.push({ at: open, length: 1, read: '' })
      edits.push({ at: m.index + m[0].length - 1, length: 1, read: '' })
    }
  }
  // "GDP[^1]": the reference to a Markdown footnote reads as nothing.
  if (value.includes('[^')) {
    const reference = /\[\^[\w-]{1,12}\](?!:)/g
    for (let m = reference.exec(value); m; m = reference.exec(value))
      edits.push({ at: m.index, length: m[0].length, read: '' })
  }
  // "GRP: **901.7 billion yuan**, up **3.9%**": the bold marks of a post written in Markdown's
  // manner read as nothing.
  if (value.includes('**')) {
    const bold = /\*\*(?=\S)[^*\n]{1,200}?(?<=\S)\*\*/g
    for (let m = bold.exec(value); m; m = bold.exec(value)) {
      edits.push({ at: m.index, length: 2, read: '' })
      edits.push({ at: m.index + m[0].length - 2, length: 2, read: '' })
    }
  }
  // "✓ GRP growth — target: above 8% | outcome: 8.3%": a bar between the fields of a record, not
  // between the cells of a table row; it reads as a comma.
  if (
    value.charCodeAt(0) !== 124 &&
    value.length <= 400 &&
    value.includes('|') &&
    targetBarOutcome.test(value)
  )
    for (let at = value.indexOf(' | '); at !== -1; at = value.indexOf(' | ', at + 3))
      edits.push({ at, length: 3, read: ', ' })
  // "Key figures — GRP: 1.57 trillion yuan, +6.6% | Retail sales: 376.9 billion yuan, +5.2%": a
  // box of records on one line, each "label: figure"; the bars part them as stops would, and the
  // box's title is not the first label's.
  else if (
    value.charCodeAt(0) !== 124 &&
    value.length <= 1000 &&
    value.includes(' | ') &&
    value.split(' | ').every((cell) => /^[^:：|]{2,80}[:：]\s*\S/.test(cell))
  ) {
    for (let at = value.indexOf(' | '); at !== -1; at = value.indexOf(' | ', at + 3))
      edits.push({ at, length: 3, read: '; ' })
    const title =
      /^(?:key|main|major)\s+(?:figures|numbers|facts|indicators|data)\s*[—–-]+\s*/i.exec(value)
    if (title) edits.push({ at: 0, length: title[0].length, read: '' })
  }
  // "CPI +0.3%   |   surveyed urban unemployment rate 4.6%": records side by side, each a label and
  // its figure (not the cells of a row, "GRP growth (%) | 5.2 | around 5.5").
  else if (
    value.charCodeAt(0) !== 124 &&
    value.length <= 300 &&
    value.includes(' | ') &&
    !value.includes('\n') &&
    value.split('|').length <= 4 &&
    value.split('|').every((cell) => sideBySide.test(cell) && !noLabel.test(cell))
  )
    for (const m of value.matchAll(/\s+\|\s+/g))
      edits.push({ at: m.index!, length: m[0].length, read: '; ' })
  // "5.5 trillion yuan" over "Henan's gross regional product (GRP) in 2020, up 1.3 percent": a
  // big figure on a line of its own over the words that name it, read as "figure — label".
  if (source && /^\d/.test(value)) {
    const head = bigFigure.exec(value)
    const at = head ? head[0].length : -1
    if (
      at > 0 &&
      value.charCodeAt(at) === 32 &&
      /[\n\r]/.test(source.slice(toSource(at - 1) + 1, toSource(at + 1))) &&
      /^ \p{Lu}/u.test(value.slice(at, at + 2))
    )
      edits.push({ at, length: 1, read: ' — ' })
  }
  // "GRP REACHED 1,231.1 BLN YUAN UP 2.4 PCT STOP": a telex's sentences end in "STOP".
  if (value.includes(' STOP') && !/[a-z]/.test(value)) {
    const stop = /\s+STOP\b/g
    for (let m = stop.exec(value); m; m = stop.exec(value))
      edits.push({ at: m.index, length: m[0].length, read: '.' })
  }
  // A LaTeX source: "grew 3.2\\%", "445.1~billion yuan", "\\textbf{3.9\\%}", "PM$_{2.5}$", and the
  // rows of a tabular ("GRP growth (\\%) & 6.5 & 3.9 & around 6 \\\\"), read as the text they print.
  if (value.includes('\\') || value.includes('~') || value.includes('$_')) {
    const latex =
      /\\[%&$_#]|(?<=[\d.])~(?=[A-Za-z])|(?<=[A-Za-z.])~(?=[\dA-Za-z])|\\(?:textbf|emph|textit|text)\{|\$_\{|\}\$/g
    for (let m = latex.exec(value); m; m = latex.exec(value)) {
      const written = m[0]
      if (written.startsWith('\\') && written.length === 2)
        edits.push({ at: m.index, length: 1, read: '' })
      else if (written === '~') edits.push({ at: m.index, length: 1, read: ' ' })
      else if (written === '}$') edits.push({ at: m.index, length: 2, read: '' })
      else {
        edits.push({ at: m.index, length: written.length, read: '' })
        if (written.endsWith('{') && !written.startsWith('$')) {
          // The closing brace of a command's argument.
          const close = value.indexOf('}', m.index + written.length)
          if (close !== -1) edits.push({ at: close, length: 1, read: '' })
        }
      }
    }
    if (latexRow.test(value)) {
      for (let at = value.indexOf(' & '); at !== -1; at = value.indexOf(' & ', at + 3))
        edits.push({ at, length: 3, read: ' | ' })
      const end = value.lastIndexOf('\\\\')
      edits.push({ at: end, length: value.length - end, read: '' })
    }
  }
  // "| 780.3 billion yuan — GDP in 2022, up 4.4%   |": a line of a box, its borders no table's.
  if (
    value.charCodeAt(0) === 124 &&
    value.charCodeAt(value.length - 1) === 124 &&
    value.indexOf('|', 1) === value.length - 1
  ) {
    edits.push({ at: 0, length: 1, read: ' ' })
    edits.push({ at: value.length - 1, length: 1, read: ' ' })
  }
  // "7\tNew urban jobs over 2021-2023 totalled …": a row of notes numbered in their own cell
  // reads as a numbered note; "a)\tGross regional product reached …", an item of a list pasted
  // from a word processor, as its text after the mark.
  const numbered =
    value.charCodeAt(1) === 9 || value.charCodeAt(2) === 9 || value.charCodeAt(3) === 9
  const noteTab =
    numbered && /^(?:\d{1,3}|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\t[^\t]+$/i.test(value)
      ? value.indexOf('\t')
      : -1
  if (noteTab !== -1) {
    edits.push(
      /^\d+\t/.test(value)
        ? { at: noteTab, length: 1, read: '. ' }
        : { at: 0, length: noteTab + 1, read: '' },
    )
  }
  // "GRP  10.27 TRILLION YUAN  +3.7%        CPI  +2.5%": two columns of a poster side by side, a
  // record in each; the wide gap between them parts two records, not two cells of one.
  // ("CPI +0.3%      Surveyed urban unemployment rate 4.9%": a label of words in either column, not
  // a row of cells, "Fixed asset investment    +3.4%    above 5%".)
  const poster =
    value.length <= 240 && value.includes('    ') && !value.includes('\n') && !aligned
      ? (posterGap.exec(value) ?? recordsSideBySide(value))
      : null
  const columnGap =
    poster && hasFigure(poster[1]!) && hasFigure(poster[3]!) ? poster[1]!.length : -1
  if (columnGap !== -1) edits.push({ at: columnGap, length: poster![2]!.length, read: '; ' })
  // '"GRP growth","5.5","around 6","%"': the quotes and commas between cells read as bars.
  if (value.charCodeAt(0) === 34 && csvRow.test(value)) {
    edits.push({ at: 0, length: 1, read: '| ' })
    for (let at = value.indexOf('","'); at !== -1; at = value.indexOf('","', at + 3))
      edits.push({ at, length: 3, read: ' | ' })
    edits.push({ at: value.length - 1, length: 1, read: ' |' })
  } else if (value.includes(',') && (!value.includes(', ') || value.includes('"'))) {
    // 'GRP growth,% y/y,~7,1.2,"2,016.5"': a row with only some cells in quotes.
    const csv =
      toSource(value.length - 1) - toSource(0) === value.length - 1 ? plainCsv(value) : undefined
    if (csv) {
      edits.push({ at: 0, length: 0, read: '| ' })
      for (const at of csv.commas) edits.push({ at, length: 1, read: ' | ' })
      for (const at of csv.quotes) edits.push({ at, length: 1, read: '' })
      edits.push({ at: value.length, length: 0, read: ' |' })
    }
  }
  // Note: one cheap scan first; most texts hold none of these characters.
  if (
    (value.includes('   ') || value.includes('....') || /[（）＋％&<\t…]/.test(value)) &&
    (/[（）＋％]|[^\s|](?:\t+| {3,})[^\s|]|[^\s|.]\s*(?:\.{4,}|…{2,})\s*[^\s|.]/.test(value) ||
      htmlMarkup.test(value))
  ) {
    // "Local general public budget revenue growth  around 6%": in a row of a table aligned with
    // spaces (a line with a wider gap), two spaces part cells too.
    // Note: not a line of sentences ("… 6.1 percent.  Fixed asset investment …").
    const row =
      toSource(value.length - 1) - toSource(0) === value.length - 1 &&
      /[^\s|](?:\t+| {3,})[^\s|]/.test(value) &&
      !/[.!?]\s+[A-Z]/.test(value)
    const token = row ? tableToken : textToken
    // (In a row of bars, a gap parts no cells: "| 5.3   ██████████▋ | around 5.5 |".)
    const barred = value.includes(' | ')
    token.lastIndex = 0
    for (let m = token.exec(value); m; m = token.exec(value)) {
      if (m.index === noteTab || m.index === columnGap) continue
      const written = m[0]
      if (
        barred &&
        written.charCodeAt(0) === 32 &&
        /^ +$/.test(written) &&
        /[\u2580-\u259f]/.test(value.charAt(m.index + written.length))
      )
        continue
      // ("Consumption improved gradually.   Total retail sales …": spaces after a sentence's end
      // in prose part no cells.)
      if (
        !row &&
        written.charCodeAt(0) === 32 &&
        /[.!?]/.test(value.charAt(m.index - 1)) &&
        /\p{Lu}/u.test(value.charAt(m.index + written.length))
      )
        continue
      // ("(＋27 in the year)": a full-width plus too; "up 5.9％": and percent sign.)
      const read =
        written === '（'
          ? '('
          : written === '）'
            ? ')'
            : written === '＋'
              ? '+'
              : written === '％'
                ? '%'
                : // "GRP\t100 million yuan\t\t60,132.9": each tab ends a cell, empty ones too.
                  !aligned &&
                    written.charCodeAt(0) === 9 &&
                    written.length > 1 &&
                    /^\t+$/.test(written)
                  ? ` |${' |'.repeat(written.length - 1)} `
                  : written.startsWith('\t') || written.startsWith('  ') || /[.…]{2}/.test(written)
                    ? ' | '
                    : decodeMarkup(written)
      edits.push({ at: m.index, length: written.length, read })
    }
  }
  // A hyphen at a line end inside a word: the source has the line break right after it (a text
  // of one line has none).
  const oneLine = toSource(value.length - 1) - toSource(0) === value.length - 1
  if (!oneLine && value.includes('-')) {
    const broken = /([A-Za-z]+)-(?=[a-z])/g
    for (let m = broken.exec(value); m; m = broken.exec(value)) {
      const at = m.index + m[0].length - 1
      if (toSource(at + 1) - toSource(at) <= 1 || keepHyphen.test(m[1]!)) continue
      edits.push({ at, length: 1, read: '' })
    }
  }
  if (edits.length === 0) return { text: value, origin: null, ends: null }
  // Note: the edits come from several scans; they are applied in order, and one that overlaps the
  // one before it is dropped.
  // (An insertion, of length 0, goes before an edit at its place: ",,2022" reads "|  |  | 2022".)
  edits.sort(
    (a, b) => a.at - b.at || (a.length === 0 ? -1 : b.length === 0 ? 1 : b.length - a.length),
  )
  let size = value.length + 1
  for (const { length, read } of edits) size += Math.max(0, read.length - length)
  const origin = new Int32Array(size)
  const ends = new Map<number, number>()
  let text = ''
  let from = 0
  for (const { at, length, read } of edits) {
    if (at < from) continue
    for (let i = from; i < at; i++) origin[text.length + i - from] = i
    text += value.slice(from, at)
    for (let k = 0; k < read.length; k++) origin[text.length + k] = at
    if (read.length > 0) ends.set(at, at + length)
    text += read
    from = at + length
  }
  for (let i = from; i < value.length; i++) origin[text.length + i - from] = i
  text += value.slice(from)
  origin[text.length] = value.length
  return { text, origin, ends }
}

// Words that keep their hyphen when a line breaks after it ("high-|tech", "year-|on-year").
const keepHyphen =
  /^(?:high|low|new|well|self|year|non|co|multi|cross|state|world|first|second|third|large|small|medium|long|short|full|one|two|three|four|five|ten|all|re|pre|post|inter|sub|e|sci|hi|county|city|province|village|national|private|foreign|public|top|key|eco|agro|bio|tech|market|export|import|time|long|people|green|low|zero)$/i

/**
 * "by 2020 expressways will reach more than 90 percent of counties", "our goal for 2020 is …": a
 * year after the plan year that a plan names.
 */
function statedYear(text: string, planYear: number | null): number | null {
  if (planYear === null || !/(?:19|20)\d{2}/.test(text)) return null
  const year =
    /\b(?:by|through|until|in|for)\s+(?:the end of\s+)?((?:19|20)\d{2})\b(?!\s*(?:-|–|to)\s*\d)/i.exec(
      text,
    )
  return year && Number(year[1]) > planYear ? Number(year[1]) : null
}

/** "By 2025, …", "By the end of 2025, …": the year to come a statement opens on, or null. */
function openingBy(sentence: string, planYear: number | null): number | null {
  // ("Looking ahead to 2030, we aim to …": the year the plan looks to.)
  const by =
    /^\W*(?:[A-Z][\w.]{0,20}\s*[:：]\s*)?(?:by|looking (?:ahead|forward) to)\s+(?:the end of\s+)?((?:19|20)\d{2})\b(?!\s*(?:-|–|to)\s*\d)/i.exec(
      sentence,
    )
  return by && planYear !== null && Number(by[1]) > planYear ? Number(by[1]) : null
}

/**
 * "Under the 13th Five-Year Plan, by 2020 the province's GDP will exceed 6 trillion yuan, per
 * capita GDP will reach …": the year a plan's sentence names for all its clauses, unless it also
 * speaks of spans, years on average or this year.
 */
function plannedYear(clause: string, sentence: string, planYear: number | null): number | null {
  const own = statedYear(clause, planYear)
  if (own !== null || sentence === clause) return own
  if (
    yearRange.test(sentence) ||
    /\b(?:average|annual|each year|a year|this year)\b/i.test(sentence)
  )
    return null
  return statedYear(sentence, planYear)
}

/** A table cell's figure in the unit of its row; a row of growth in percent holds changes. */
function inRowUnit(draft: Draft, rowUnit: UnitOfCell, row: string): void {
  const inUnit = (value: number) => ({
    value: Number((value * rowUnit.factor).toPrecision(12)),
    unit: rowUnit.base,
  })
  // "| GRP | 1,912.6 | billion yuan | +6.8% |": a level with its change; the unit is the level's.
  if (draft.value !== null && draft.change !== null) {
    draft.unit = rowUnit.unit
    draft.base = inUnit(draft.value)
    return
  }
  // "| GRP | 100 million yuan | 61,345.1 | 3.1 | growth around 6% |": a growth written in percent
  // stays one.
  if (draft.value === null && draft.changeUnit === '%' && rowUnit.unit !== '%') return
  const number = draft.value ?? (draft.change === null ? null : Math.abs(draft.change))
  if (number === null) return
  // Note: the label is the first cell, after the bar a row may open with.
  const label = row.replace(/^\s*\|/, '').split('|')[0]!
  // "Energy consumption per unit of GRP, reduction | % | around 2.5": a fall the label names.
  // ("13   Reduction in energy consumption per unit of GRP   percent   3": or opens on it.)
  const sign =
    (draft.change !== null && draft.change < 0) ||
    (draft.change === null &&
      (/,\s*(?:reduction|decrease|decline|drop|cut)\s*$/i.test(label.trim()) ||
        /^\s*(?:\d{1,2}\.?\s+)?(?:reduction|decrease|decline|drop)\s+(?:in|of)\b/i.test(label)))
      ? -1
      : 1
  // "Urbanisation rate, change | pp | +1.0": a change in percentage points; "Minimum basic
  // pension, increase | yuan per month | +20": a change the label names, in the row's unit;
  // "GRP growth | % | 5.5": a growth in percent.
  const changeUnit = /^(?:pp|ppts?|pct\.? pts?|percentage points?)$/i.test(rowUnit.unit)
    ? 'percentage points'
    : /,\s*(?:increase|change|rise|growth|reduction|decrease)\s*$/i.test(label.trim()) ||
        rowUnit.growth === true ||
        (rowUnit.unit === '%' &&
          /\b(?:growth|increase|rise|reduction|decrease|decline|drop|CPI|consumer prices?)\b/i.test(
            label,
          ))
      ? rowUnit.unit
      : null
  if (changeUnit !== null) {
    draft.change = sign * number
    draft.changeUnit = changeUnit
    draft.value = null
    draft.unit = null
    draft.base = null
    return
  }
  draft.value = sign * number
  draft.unit = rowUnit.unit
  draft.base = inUnit(number)
  draft.change = null
  draft.changeUnit = null
}

/** Indicators measured in amounts (and the price index), never in percent. */
const amounts = new Set([
  'per_capita_disposable_income_urban',
  'per_capita_disposable_income_rural',
  'per_capita_disposable_income',
  'local_general_public_budget_revenue',
  'general_public_budget_revenue',
  'digital_economy_value_added',
  'grp',
  'fixed_asset_investment',
  'retail_sales',
  'imports_exports',
  'exports',
  'cpi',
  'grain_output',
  'rd_spending',
  'marine_economy',
  'tourism_revenue',
  'tourists',
  'private_investment',
])

/** China's provinces, autonomous regions and municipalities, and cities that report like them. */
const places = new Set([
  ...'anhui beijing chongqing fujian gansu guangdong guangxi guizhou hainan hebei heilongjiang henan hubei hunan jiangsu jiangxi jilin liaoning ningxia qinghai shaanxi shandong shanghai shanxi sichuan tianjin tibet xinjiang yunnan zhejiang macao macau shenzhen guangzhou chengdu wuhan hangzhou nanjing xiamen qingdao dalian ningbo suzhou china'.split(
    ' ',
  ),
  'inner mongolia',
  'hong kong',
  "xi'an",
])

/**
 * "| KEY NUMBERS: 2021 TARGETS |", "|  WHAT 2019 HOLDS  |": the title of a box of targets, or one
 * titled by the plan's year and a word of what is ahead (not "|  HUBEI TWO SESSIONS 2024  |").
 */
function targetsBox(title: string, planYear: number | null): boolean {
  const phrase = matchPartPhrase(title)
  if (phrase === 'targets') return true
  if (phrase !== undefined || planYear === null || title.length > 40 || hasFigure(title))
    return false
  const years = yearsIn(title)
  return (
    years.length === 1 &&
    years[0]! >= planYear &&
    /\b(?:holds|ahead|plans?|priorities|agenda|to-do|outlook|goals)\b/i.test(title)
  )
}

/** A row whose cells are joined by dot leaders: "GRP growth ........ 10.7% ........ around 10%". */
const dotLeaders = /[^\s.]\s*\.{4,}\s*[^\s.]/

/** "During this period, …", "In the same period, …": a sentence opening on the time before it. */
// ("…rose by an average of 7.8 percent a year during the period.": or at its end, "the period".)
const thatPeriod =
  /^\W*(?:during|over|in|throughout)\s+(?:this|that|the same|the)\s+(?:(?:five|\w+-year)\s+)?period\b|^(?![^.;]*\b(?:quarter|half|months?|weeks?|holiday|festival|january|february|march|april|may|june|july|august|september|october|november|december)\b)[^;]*\b(?:during|over|throughout)\s+(?:this|that|the same|the)\s+period\s*[.;]?\s*$/i

/** A subject that is empty or only a verb ("totaled", "reaching"). */
/**
 * "Total retail sales of consumer   billion yuan   586.4" over "  goods": the words of a row's
 * label that wrapped onto an indented line under it, without a figure (in lower case, as a
 * phrase goes on).
 */
function continuedBelow(
  row: RootContent,
  next: RootContent | undefined,
  text: string,
): string | undefined {
  if (next?.type !== 'paragraph' || next.children.length !== 1) return undefined
  const only = next.children[0]!
  const start = next.position?.start
  if (
    only.type !== 'text' ||
    start === undefined ||
    start.line !== (row.position?.end.line ?? 0) + 1 ||
    start.line !== next.position!.end.line
  )
    return undefined
  // "| Local general public budget | 206.2 | 2.4% |" over "|   revenue (bn yuan) |  |  |": a row
  // of bars with no figure but in its first cell, in lower case, carries on the label above it.
  const bars = boxRowAsBars(only.value)
  if (bars.trimStart().startsWith('|')) {
    const [label, ...rest] = cellsOf(bars)
    // (Not "| per capita (yuan) | — | — |" under "| GRP (bn yuan) | …": a row of its own, its
    // cells marked empty, under a label its unit ends.)
    const above = text.slice(row.position!.start.offset, row.position!.end.offset)
    return rest.length > 0 &&
      !rest.some(
        (cell) => mayHoldNumber(cell) || /^\s*(?:[-–—]+|n\/?a|\.{2,}|…)\s*$/i.test(cell),
      ) &&
      !/\)\s*$/.test(cellsOf(boxRowAsBars(above))[0] ?? '') &&
      /^[\p{Ll}(][\p{L} ()'’,%-]{0,40}$/u.test(label!.trim()) &&
      !/^of which\b/i.test(label!.trim())
      ? label!.trim()
      : undefined
  }
  if (start.column <= (row.position?.start.column ?? 1)) return undefined
  const first = only.value.trim().split(/ {3,}|\t/)[0]!
  // ("Industrial value added above designated size" over "    (billion yuan)": its unit.)
  if (/^\([^()\d]{1,30}\)$/.test(first)) return first
  // ("residents (yuan)": the label's last words and its unit.)
  if (!/^\p{Ll}[\p{L} '’-]{0,40}(?:\s*\([^()]{1,30}\))?$/u.test(first) || mayHoldNumber(first))
    return undefined
  // (Not where the row's label ends a phrase of its own: only after "of", "and", an adjective.)
  const label = text
    .slice(row.position!.start.offset, row.position!.end.offset)
    .split(/ {3,}|\t/)[0]!
  // ("Per capita disposable income" over "  of urban residents": or a phrase the line opens.)
  return /\b(?:of|and|for|in|on|to|consumer|above|per|with|urban|rural)$/i.test(label.trim()) ||
    /^(?:of|for|in|per|with)\s/i.test(first)
    ? first
    : undefined
}

/** "GRP growth — target: above 8%", "Per capita disposable income: …": the label a text opens on. */
const labelOpening = /^([^:：.;,]{2,60})[:：]\s/

const rateOrShare = /\b(?:rates?|shares?|ratios?|intensity|coverage|proportion|percentage)\b/i

/** "urban residents earning", "yuan for rural residents": a subject that names only residents. */
const residentsSubject =
  /^(?:yuan\s+)?(?:for\s+)?(urban|rural)\s+residents(?:\s+(?:earning|earned|averaged))?$/i

/** Whether a sentence names a year outside a span and the year before it ("2020" of 2021-2025). */
function namesOtherYear(sentence: string, span: string): boolean {
  const from = Number(span.slice(0, 4)) - 1
  const to = Number(span.slice(-4))
  for (const m of sentence.matchAll(/\b((?:19|20)\d{2})\b(?!\s*[-–]|\s+to\s+(?:19|20)\d{2})/g)) {
    const year = Number(m[1])
    if (year < from || year > to) return true
  }
  return false
}

/** What the figures after the last one of a sentence may take from it. */
interface LastFigure {
  sentence: string
  subject: string
  unit: string | null
  /** It was a growth in percent. */
  growth: boolean
  /** The unit of the change it was, when it counted things ("enterprises"). */
  counted: string | null
}

function lastFigure(sentence: string, draft: Draft): LastFigure {
  return {
    sentence,
    subject: draft.subject,
    unit: draft.unit,
    growth: draft.changeUnit === '%',
    counted:
      draft.value === null && draft.changeUnit !== null && /^[a-z]+s$/.test(draft.changeUnit)
        ? draft.changeUnit
        : null,
  }
}

/** "enterprises", "market entities": things counted, not a measure ("million tons", "days"). */
const countedThings =
  /^(?!.*\b(?:thousand|million|billion|trillion|hundred|yuan|dollars|tons|tonnes|hectares|mu|meters|metres|kilometers|kilometres|kilowatts|watts|hours|days|months|years|points|times|visits|trips|terms)\b)[a-z][a-z -]*[a-z]s$/

/** "newly registered", "in total", "at provincial level": words that name no thing counted. */
const nothingCounted =
  /^(?:(?:[a-z]+ly|registered|certified|established|recognized|recognised|listed|cultivated|introduced|started|completed|opened|created|compared|signed|launched|in|at|of|with|which|were|was|are|is|total|cumulative|terms|including|among|them|these|provincial|national|municipal|city|county|level|[a-z]+-level|so|far|to|date|new|added|built|ones|put)(?:\s+|$))+$/i

/** "grow", "new", "added value": words after a label that name nothing measured. */
const weakSubject =
  /^(?:grow(?:th)?|increase|rise|new|added value|value added|visits|added|add|expand|reach|number)$/i

/** "…;  foreign-invested enterprises: 40" → "foreign-invested enterprises": the label a part of a
 * line (after its last semicolon) opens on, when the figure follows it. */
function partLabel(before: string): string | undefined {
  const part = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('；')) + 1)
  return clauseLabel(part).replace(/["”]$/, '') || undefined
}

/** "Local general public budget revenue, cumulative" of "…: 51.2 billion yuan": a line's label. */
function clauseLabel(text: string): string {
  // ('"Little giant" enterprises: add 5': with the quotes of a name it opens on.)
  return /^[^\w"“]*([^:：]{2,80}?)\s*[:：]/.exec(text)?.[1] ?? ''
}

/** "kilometers", "enterprises": the unit of a stock of things counted, whose targets are levels. */
const stockUnit =
  /\b(?:kilomet(?:er|re)s|km|units|people|persons|enterprises|projects|schools|hospitals|beds|places)\b/i

/**
 * "▍24.63 billion yuan", "7.8%", "43,980 yuan / 20,746 yuan", "600,000 mu (40,000 hectares)",
 * "4th", "#1 — 14.86 billion yuan": a line that holds a figure and nothing else, perhaps after a
 * mark (not a year).
 */
const headlineFigure =
  /^\s*[▍▌▎■◆●★]?\s*(?:#\d{1,2}\s*[—–-]{1,2}\s*)?(?!(?:19|20)\d{2}\s*$)(?:(?:about|around|over|more than|nearly|almost|above)\s+)?\d[\d,.]*(?:\s*%|(?:st|nd|rd|th)\b|(?:\s+[a-zμ³²/-]+){0,4})(?:\s*\((?:about\s+)?(?:US\$\s*)?\d[\d,.]*\s*[a-z ]{0,20}\))?(?:\s*[/|]\s*\d[\d,.]*(?:\s*%|(?:\s+[a-zμ³²/-]+){0,4}))*\s*$/i
// ("#1 — 14.86 billion yuan": or the number of a listicle's item and a dash.)
const headlineMark = /^\s*[▍▌▎■◆●★]?\s*(?:#\d{1,2}\s*[—–-]{1,2}\s*)?/

/**
 * Whether a paragraph can caption a figure above it: a sentence whose words before its first
 * figure end on a comma or a stop ("Tea exports, up 21%", "That is the size of the economy. GRP
 * grew 5.8%"); not a label and its own figure ("R&D spending  0.46 billion yuan", "Surveyed urban
 * jobless rate: 5.3 pct").
 */
function captionOf(value: string): boolean {
  if (!/^\s*\p{Lu}/u.test(value) || headlineFigure.test(value)) return false
  // (A conversion in brackets is no figure of the sentence's: "Total imports and exports (about
  // US$3.7 billion), up 9.3%".)
  if (value.includes('(')) value = value.replace(/\([^()]*\)/g, '')
  const figure = /(?<![\d.,])(?!(?:19|20)\d{2}\b)\d/.exec(value)
  const before = value.slice(0, figure?.index ?? 0)
  // ("Total retail sales of consumer goods   ▲5.3%": or the change of the figure above.)
  // (Not a relative clause of the sentence's own figure: "Growth in per capita disposable income
  // of rural residents, which reached 19,460 yuan in 2025".)
  if (/,\s*(?:which|that|who)\b[^,.;，。]*$/i.test(before)) return false
  return (
    figure === null || /[,.;，。]/.test(before) || /(?:[▲▼↑↓+]|\b(?:up|down)\b)\s*$/i.test(before)
  )
}

/** Where the line before the one `offset` stands on starts (0 on the first line). */
function lineStartBefore(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 2) + 1
}

function namesNothing(subject: string): boolean {
  // "…, rising from 2.34 trillion yuan in 2017 to 2.89 trillion yuan": the change names nothing.
  return (
    subject === '' ||
    // ("GRP will exceed 50 billion yuan, with average annual growth of around 6%": the growth of
    // the measure before it, its words taken as the change's.)
    /^(?:with|and|while)$/.test(subject) ||
    // Note: lower case only: "Beijing" is a name, not a participle; nor is a sector
    // ("manufacturing accounted for 48.2% of GRP").
    /^(?:(?!(?:manufactur|hous|shipp|min|bank|cater|farm|fish|process|lodg|print|packag|build|clothing)ing$)[a-z]+(?:ing|ed)|totaled|totalled|reached|hit|up|down|rose|grew|fell|stood)(?:\s+(?:from|to)\b.*|\s+the)?$/.test(
      subject,
    ) ||
    // "Chongqing grew 5.7% in 2024 and aims for around 6% in 2025": the aim of the same subject.
    /^(?:(?:the\s+)?(?:city|province|region|government|it|we)\s+)?(?:aims?|targets?|plans?|budgets?|expects?|eyes|strives?|seeks?)(?:\s+(?:for|at|to))?$/.test(
      subject,
    ) ||
    // "…, and an average of 5.1% over the two years", "average growth over the two years was": an
    // average of the measure before it.
    /^(?:an?\s+)?average(?:\s+(?:annual\s+)?growth(?:\s+rate)?)?(?:\s+over the\b.*)?$/.test(
      subject,
    ) ||
    // "GRP growth target of around 6%, well above the 3.1% achieved": a figure it is compared with.
    /^(?:(?:well|slightly|far|just|comfortably|much)\s+)?(?:after|compared (?:with|to)|versus|vs\.?|against|below|above|under|behind|ahead of|short of|than)(?:\s+(?:the|its|a|last year['’]s|the previous year['’]s))?(?:\s+planned)?$/.test(
      subject,
    ) ||
    // "up 6.0%, the bottom end of last year's 6–6.5% target range", "…, below the official target
    // of around 6%": a target that names no measure is the target of the one before it.
    bareTarget.test(subject) ||
    trendVerb.test(subject)
  )
}

/** "…; it grew 8.4%", "it was 4.9%": a pronoun for the measure before it. */
const pronounSubject =
  /^(?:it|this|that)\s+(?:was|is|came|stood|grew|rose|fell|reached|hit|totaled|totalled|amounted|increased|decreased|dropped|declined|climbed)$/i

const bareTarget =
  /^(?:(?:well|slightly|far|just|comfortably|much)\s+)?(?:(?:hitting|exceeding|beating|missing|meeting|reaching|topping|below|above|under|over|behind|ahead of|short of|in line with|within|inside|better than|worse than|clear of|falling short of|fell short of|the (?:upper|lower|bottom|top|high|low) end of|(?:the|a) range of)\s+)*(?:(?:the|its|their|our|a|last year['’]s|the year['’]s|this year['’]s|(?:19|20)\d{2})\s+)?(?:(?:annual|official|national|original|initial|expected|projected|preset|planned|full-year|own|(?:19|20)\d{2})\s+)*(?:target|goal)(?:\s+range)?$/i

function lineStarts(text: string): number[] {
  const starts = [0]
  if (text.includes('\r')) {
    const ending = /\r\n|\r|\n/g
    for (let m = ending.exec(text); m; m = ending.exec(text)) starts.push(m.index + m[0].length)
    return starts
  }
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return starts
}

/** The line of a text's last character (not a space). */
function lastLineOf(lines: number[], value: string, toSource: (index: number) => number): number {
  let end = value.length - 1
  while (end > 0 && isSpaceCode(value.charCodeAt(end))) end--
  return pointOf(lines, toSource(Math.max(0, end))).line
}

function pointOf(starts: number[], offset: number): Point {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1, offset }
}

/** Ids from content, not order: the same figure keeps its id when other lines change. */
// Note: the key's parts are hashed in turn, never joined into one string; records with the same
// key (the same figure twice in one clause) are told apart by their count.
function assignIds(records: IndicatorRecord[]): void {
  const seen = new Map<string, number>()
  for (const record of records) {
    const hash = new Hash48()
    hash.add(record.subject).add('\u0000').add(record.number.text).add('\u0000')
    hash.add(record.period === null ? '' : String(record.period)).add('\u0000')
    // Note: a quote longer than 256 characters (a run-on sentence) is hashed by its ends and
    // length: hashing all of it for each of its many figures would grow with its square.
    const quote = record.quote
    if (quote.length <= 256) hash.add(record.kind).add('\u0000').add(quote)
    else
      hash
        .add(record.kind)
        .add('\u0000')
        .add(quote.slice(0, 128))
        .add(String(quote.length))
        .add(quote.slice(-128))
    const key = hash.hex()
    const n = seen.get(key) ?? 0
    seen.set(key, n + 1)
    record.id = `ind-${hash.add(`\u0000${n}`).hex()}`
  }
}

/**
 * 48 bits of two FNV-1a hashes as 12 hex digits: ids only need to be stable and distinct within a
 * report, and a cryptographic hash per record cost more than the rest of the record.
 */
class Hash48 {
  private a = 0x811c9dc5
  private b = 0x01000193 ^ 0x5bd1e995

  add(text: string): this {
    // Int32 arithmetic throughout; the unsigned view is taken once, in hex().
    let a = this.a | 0
    let b = this.b | 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      a = Math.imul(a ^ code, 0x01000193)
      b = Math.imul(b ^ code, 0x01000193 + 0x1f)
    }
    this.a = a >>> 0
    this.b = b >>> 0
    return this
  }

  hex(): string {
    return (
      (this.a >>> 8).toString(16).padStart(6, '0') + (this.b >>> 8).toString(16).padStart(6, '0')
    )
  }
}

function compare(records: IndicatorRecord[]): Comparison[] {
  const comparisons: Comparison[] = []
  const indicators = new Set(
    records.map((r) => r.indicator).filter((id): id is string => id !== null),
  )
  for (const indicator of indicators) {
    const of = records.filter(
      (r) =>
        r.indicator === indicator &&
        !r.flags.includes('respectively') &&
        !r.flags.includes('range'),
    )
    const target = of.find((r) => r.kind === 'target')
    if (!target) continue
    // The actual comparable with the target: a growth target compares with a growth, a level with a level.
    const actual = of.find(
      (r) =>
        r.kind === 'actual' &&
        (target.change !== null
          ? r.change !== null
          : r.value !== null && r.base?.unit === target.base?.unit),
    )
    if (!actual) continue
    comparisons.push({
      indicator,
      actual: {
        id: actual.id,
        period: actual.period,
        value: actual.value,
        change: actual.change,
        unit: actual.unit,
        changeUnit: actual.changeUnit,
      },
      target: {
        id: target.id,
        period: target.period,
        value: target.value,
        change: target.change,
        unit: target.unit,
        changeUnit: target.changeUnit,
        qualifier: target.qualifier,
      },
    })
  }
  return comparisons
}
