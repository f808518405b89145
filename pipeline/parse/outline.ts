import type {
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast'
import type { Position } from 'unist'
import { type Block, type Segment, isTitleItem, joinSegments, postPart } from './blocks.js'
import { isLatinLetter, isSpaceCode, pointAt } from './lines.js'
import type { HeadingRole } from './mdast.js'
import {
  type PartKind,
  danglingWords,
  dateline,
  endsWithStop,
  isSalutation,
  hasFigure,
  isTableRow,
  labelled,
  labelledCount,
  matchNumbering,
  matchPartPhrase,
  yearAndNext,
  unitAlone,
  unnumberedTitle,
  yearRange,
  yearsIn,
} from './patterns.js'

/** A block that was judged a cut-off line, for the caller to report. */
export interface Truncation {
  segment: Segment
  tail: string
}

/**
 * Turn blocks into mdast: items into (nested) lists, text blocks into headings with a report role
 * or paragraphs. Heading depths follow the report's structure: title 1, parts 2 (a part that only
 * introduces a list, "The main targets are as follows:", hangs under the open part), numbered
 * sections below their part in the order their numbering styles first appear, topics below those.
 */
export function buildOutline(
  text: string,
  blocks: readonly Block[],
  reportYear: number | null,
  /** Lines underlined as headings (setext "====" / "----"). */
  forced: ReadonlySet<number> = new Set(),
  /** The line right under the title that goes on with it, if any. */
  subtitle?: number,
): { children: RootContent[]; truncations: Truncation[] } {
  const children: RootContent[] = []
  const truncations: Truncation[] = []
  let items: Block[] = []
  let partDepth = 0
  let styles: string[] = []
  let structuralDepth = 1
  let partKind: PartKind | undefined
  // Numbered parts that name no time, read as the plan (see reviewGoesOn).
  const untimed = new Set<Heading>()
  let partItems: ItemText[] = []
  let partStyle: string | undefined
  // A deck of slides ("Slide 4 / 18" over each): its "Notes:" are what the speaker says, not notes
  // that explain terms.
  const deck = (text.match(/^[ \t]*slide\s+\d{1,3}\s*(?:\/|of)\s*\d{1,3}\b/gim)?.length ?? 0) >= 2

  const flush = () => {
    if (items.length === 0) return
    children.push(...buildLists(text, items, partItems))
    items = []
  }

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    const next = blocks[index + 1]
    // "• Main targets for 2023" over its "--" items: a bullet that titles a part of the report.
    // (Or one boxed between rules: "━━━" over "📊 PART 1 | 2022 IN NUMBERS" over "━━━".)
    // ("🎯 PART 02 | 2026 main targets" over lines of records: a numbered part after its emoji.)
    const titleItem =
      block.type === 'item' &&
      (titlesPart(text, block, next, reportYear, blocks[index - 1]) ||
        (block.segments.length === 1 &&
          (forced.has(block.segments[0]!.line.line) ||
            /^part\s+\d{1,2}\s*[|｜]\s*\S/iu.test(
              text.slice(block.segments[0]!.start, block.segments[0]!.end),
            ))))
    if (block.type === 'item' && !titleItem) {
      items.push(block)
      continue
    }
    flush()
    // A row of a table flattened one cell a line: a paragraph whose lines are its cells.
    if (block.cells) {
      const row = makeParagraph(text, block.segments)
      row.data = { cells: block.cells }
      children.push(row)
      continue
    }
    const { value, starts } = joinSegments(text, block.segments)
    const numbering = matchNumbering(value)
    // (A bullet that titles a part stays in the tree, before its heading: "● IV. The main targets
    // are as follows:".)
    const pushHeading = (heading: Heading) => {
      const marker = titleItem ? block.marker! : undefined
      if (marker)
        heading.data!.markerPosition = {
          start: pointAt(marker.line, marker.start),
          end: pointAt(marker.line, marker.end),
        }
      children.push(heading)
    }

    // "Part One: Review of the Past Five Years", "1. Review of Work in 2020": numbered parts.
    const rest = numbering ? value.slice(numbering.length) : ''
    // "9. Rural income growth ranked 3rd in the country" between "8. … 35,506 yuan …" and "10.
    // Consumer prices: up 2.6%": one of a run of numbered records.
    // ("15. Residents' income growth in 2019 will be kept …" after "14. Per capita disposable
    // income … reached 35,810 yuan", last before a topic's title: the run's last record.)
    const inRecords =
      numbering !== undefined &&
      numberedRecord(text, blocks[index - 1], numbering.style) &&
      (numberedRecord(text, next, numbering.style) ||
        // (Of a sentence only: not "3. Looking to 2024" over its topics.)
        (/[.。]$/.test(value) && titleAfterRun(text, next, numbering.style)))
    const numberedPart =
      numbering !== undefined &&
      // ("08" over "MAIN TARGETS FOR 2026": or its number on a line of its own.)
      (block.segments.length === 1 ||
        (block.segments.length === 2 && /^\s*\d{1,2}\s*$/.test(block.segments[0]!.line.content))) &&
      rest.length <= 90 &&
      !hasFigure(rest) &&
      // (In a run of them, "15. Residents' income growth in 2019 will be kept …" is one more.)
      !(inRecords && recordNotPart(rest)) &&
      (numbering.style === 'part' ||
        // "1 ABOUT THIS NOTE", then "2 REVIEW OF WORK IN 2024": the parts are numbered like the
        // first numbered heading.
        ((styles.length === 0 ||
          numbering.style === partStyle ||
          (partStyle === undefined &&
            numbering.style === styles[0] &&
            // Chinese headings over their translation number the parts the translation names.
            !numbering.style.includes('cjk'))) &&
          (/^(?:review|main (?:projected |expected )?targets|targets|overall requirements|(?:major |key )?tasks|priorities|work plan)\b/i.test(
            rest,
          ) ||
            // "7. METHODOLOGY NOTES": notes are a part of their own.
            matchPartPhrase(rest) === 'notes' ||
            // "一、过去五年工作回顾" over its translation: a part in Chinese.
            /(?:回顾|目标|任务)$/.test(rest) ||
            // "I. Work in 2022 and the Past Five Years": a part's words and its year.
            (yearsIn(rest).length > 0 && matchPartPhrase(rest) !== undefined) ||
            // "II. Progress over the Past Three Years" after "I. Review of Work in 2019": the
            // next heading in the style the parts are numbered in.
            (numbering.style === partStyle && !/[.。;；:：]$/.test(rest)) ||
            // "1. HOW 2020 WENT": the first numbered heading, before any part, names a year.
            (partKind === undefined &&
              styles.length === 0 &&
              rest.length <= 60 &&
              yearsIn(rest).length > 0 &&
              !/[.。;；:：,，]$/.test(rest)))))

    // "3. Growth for the share of good air quality days is given in percentage points." under
    // "Notes: 1. … 2. …": the next note of a list of notes on a line, not a section.
    const previousBlock = blocks[index - 1]
    if (
      numbering &&
      /^\d{1,2}$/.test(numbering.value) &&
      previousBlock?.type === 'text' &&
      !numberedPart
    ) {
      const before = joinSegments(text, previousBlock.segments).value
      if (
        /^\W*(?:notes?|sources?|explanations?)\s*[:：]/i.test(before) &&
        new RegExp(String.raw`(?:^|\s)${Number(numbering.value) - 1}[.)]\s`).test(before)
      ) {
        children.push(makeParagraph(text, block.segments))
        continue
      }
    }

    if (numbering && partKind !== 'notes' && !numberedPart) {
      const split = firstSentenceEnd(value, numbering.length)
      const heading = value.slice(0, split).trimEnd()
      // "7. Growth of per capita income in step with economic growth;", "4. **Income:** growth in
      // step with the economy.": an item of a list.
      // ("10. Energy consumption per unit of GRP … to meet the targets set by Shiyan City." under
      // "9. The share of days with good air quality no less than 95%, …": the next of a list of
      // numbered lines read as paragraphs, one of them.)
      const last = children.at(-1)
      const lastText =
        last?.type === 'paragraph' && last.children[0]?.type === 'text'
          ? last.children[0].value
          : ''
      const lastNumber = lastText === '' ? undefined : matchNumbering(lastText)
      const listItem =
        (split === value.length &&
          /[.;；。]$/.test(value) &&
          lastNumber !== undefined &&
          lastNumber.style === numbering.style &&
          /^\d{1,2}$/.test(numbering.value) &&
          Number(lastNumber.value) === Number(numbering.value) - 1) ||
        (split === value.length && inRecords) ||
        (split === value.length &&
          (/[;；,，]$/.test(heading) ||
            /^(?:\*\*|__)[^:：*_]{1,40}[:：](?:\*\*|__)\s+\S/.test(
              value.slice(numbering.length).trim(),
            )))
      if (
        heading.length <= 200 &&
        !listItem &&
        (!hasFigure(heading.slice(numbering.length)) || capitalHeadline.test(heading)) &&
        // ("18. The province's regional innovation capability ranked 1st nationwide. …": a rank.)
        !/\b(?:rank(?:ed|ing|s)?|placed)\s+(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\b/i.test(heading)
      ) {
        const at = styles.indexOf(numbering.style)
        styles = at >= 0 ? styles.slice(0, at + 1) : [...styles, numbering.style]
        const depth = Math.min(6, Math.max(partDepth, 1) + styles.length)
        structuralDepth = depth
        const head = sliceSegments(block.segments, starts, 0, heading.length)
        pushHeading(
          makeHeading(text, head, depth, 'section', {
            numbering: numbering.value,
            numberingStyle: numbering.style,
          }),
        )
        const restStart = skipSpace(value, split)
        if (restStart < value.length) {
          const rest = makeParagraph(
            text,
            sliceSegments(block.segments, starts, restStart, value.length),
          )
          // ("(7) We improved people's wellbeing. … and over 1.3 million rural residents were":
          // the text after its lead sentence cut off.)
          markCutOff(rest, value, block, truncations)
          children.push(rest)
        }
        continue
      }
    }

    if (
      numberedPart ||
      titleItem ||
      forced.has(block.segments[0]!.line.line) ||
      isHeadingLike(block, value, next, blocks[index - 1])
    ) {
      // Note: not the year of a date or of the report a heading names ("Full-year outturn (2023
      // report, delivered 13/01/2023)"), nor of a code ("SLUG: LIANGHUI-GOVWORKREPORT-2025").
      // (Nor of a date by its month: "Mayor's Office · January 2025" on a title slide.)
      const years = yearsIn(
        /\d[/.-]\d|\d\s+report\b|[A-Za-z]-\d|[·|]\s*\p{Lu}\p{Ll}+\s+\d/iu.test(value)
          ? value
              .replace(/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/g, '')
              .replace(/\b(?:19|20)\d{2}\s+(?:(?:government\s+)?work\s+)?report\b/gi, '')
              .replace(/[A-Za-z]-(?:19|20)\d{2}\b/g, '')
              .replace(
                /[·|]\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2}\s*$/,
                '',
              )
          : value,
      )
      // Note: a numbered part's words come after its number ("7. METHODOLOGY NOTES").
      const phrase = matchPartPhrase((numberedPart ? rest : value).replace(slideTitle, ''))
      // "GUIZHOU PROVINCE - 2024 GOVERNMENT WORK REPORT: KEY FIGURES AND TARGETS": a heading that
      // names the report heads all of it, not one part.
      const namesReport = !numberedPart && /\b(?:work report|report on the work)\b/i.test(value)
      // Each slide of a deck is a part of its own; one that names no time speaks of the results.
      const slide = /^(?:slide|panel)\s+\d/i.test(value)
      // "Last year:" / "This year:" under each topic: the results and the tasks of the topic.
      const yearLead = yearLeadIn.test(value)
      const isPart =
        block.segments[0]!.line.line !== subtitle &&
        // ("Q2. By how much did GDP grow in 2024?" in a quiz: a question among the notes.)
        !(partKind === 'notes' && /\?\s*$/.test(value)) &&
        (slide ||
          numberedPart ||
          (!namesReport && years.length > 0 && !/[.。]$/.test(value) && !yearAndNext.test(value)) ||
          // (Not "Numbers, targets and what's next for our city 👇": a list of what a post holds.)
          (!namesReport && phrase === 'targets' && !/\w,\s+targets?\s+and\s/i.test(value)) ||
          (phrase === 'notes' &&
            !(
              deck &&
              /^\W*(?:speaker\s+)?notes?\s*[:：]?\s*$/i.test(value) &&
              // (Not "Notes:" over "1. … 2. …", notes that explain terms.)
              !/^\s*(?:\d{1,2}[.)]|\[\d{1,2}\]|\*)\s/.test(next?.segments[0]?.line.content ?? '')
            )) ||
          (phrase === 'review' && /^(?:review|(?:three|four|five|ten) years of)\b/i.test(value)) ||
          yearLead)
      if (isPart) {
        // "Key Work in 2022" in the report of 2022: the work to come, not a review.
        const ahead =
          phrase === 'review' &&
          reportYear !== null &&
          years.length > 0 &&
          years.every((y) => y >= reportYear)
        // "NOTES ON THE 13TH FIVE-YEAR PLAN (2016-2020)" in the report of 2017: years that run
        // past the report's are the plan's.
        const runsOn =
          reportYear !== null &&
          years.length === 2 &&
          years[0]! < reportYear &&
          years[1]! > reportYear &&
          yearRange.test(value)
        const kind: PartKind = ahead
          ? 'plan'
          : (phrase ??
            (runsOn
              ? 'plan'
              : reportYear !== null && years.some((y) => y < reportYear)
                ? 'review'
                : slide && years.length === 0
                  ? 'review'
                  : 'plan'))
        // A lead-in ending in a colon hangs under the open part; notes always start a part.
        const subPart = kind !== 'notes' && (value.endsWith(':') || value.endsWith('：'))
        if (yearLead) {
          // Note: below the topic (beside the lead-in before it), which the next topic closes.
          const above = children.findLast((c): c is Heading => c.type === 'heading')
          const leads = (c: RootContent): boolean =>
            c.type === 'heading' &&
            c.data?.role === 'part' &&
            c.children[0]?.type === 'text' &&
            yearLeadIn.test(c.children[0].value)
          // ("The past five years (2013-2017)" over "Last year": a part of its own time beside it;
          // "This year" after the topics under "Last year", beside that.)
          const lead = children.findLast(leads) as Heading | undefined
          const depth =
            above && (leads(above) || (above.data?.role === 'part' && above.data.years))
              ? above.depth
              : above?.data?.role === 'topic' && lead && lead.depth < above.depth
                ? lead.depth
                : Math.min(6, (above?.depth ?? structuralDepth) + 1)
          pushHeading(makeHeading(text, block.segments, depth, 'part', { kind }))
          continue
        }
        // "=== Sheet: Targets ===": a wiki heading's depth is its marks'.
        const marks = value.charCodeAt(0) === 61 ? /^(={2,6})[^=]/.exec(value) : null
        // "REVIEW OF 2025" over "Main indicators", then "The 14th Five-Year Plan period
        // (2021-2025) at a glance": a span's heading written like the topics under a part in
        // capitals hangs under the part beside them.
        const wordsOf = (h: Heading) => (h.children[0]?.type === 'text' ? h.children[0].value : '')
        const lastPart = children.findLast(
          (c): c is Heading => c.type === 'heading' && c.data?.role === 'part',
        )
        const besideTopics =
          years.length === 2 &&
          /\p{Ll}/u.test(value) &&
          lastPart !== undefined &&
          !/\p{Ll}/u.test(wordsOf(lastPart)) &&
          children
            .slice(children.indexOf(lastPart) + 1)
            .some(
              (c) => c.type === 'heading' && c.data?.role === 'topic' && /\p{Ll}/u.test(wordsOf(c)),
            )
        const depth = marks ? marks[1]!.length : (subPart || besideTopics) && partDepth >= 2 ? 3 : 2
        if (depth === 2) partDepth = 2
        partKind = kind
        truncations.push(...truncatedItems(partItems))
        partItems = []
        styles = []
        // (And the topics after it stand beside it.)
        structuralDepth = besideTopics ? depth - 1 : depth
        if (numberedPart) partStyle = numbering!.style
        const data = {
          kind,
          ...(years.length > 0 ? { years } : {}),
          ...(numbering ? { numbering: numbering.value, numberingStyle: numbering.style } : {}),
        }
        const heading = makeHeading(text, block.segments, depth, 'part', data)
        // (Not "II. Main Goals for the 14th Five-Year Plan Period", which names the plan.)
        if (
          numberedPart &&
          !slide &&
          phrase === undefined &&
          years.length === 0 &&
          !/\b(?:goals?|targets?|objectives?|plans?|tasks?|blueprint|outlook|next|coming|ahead|future|looking|requirements?|principles?|suggestions?|vision|priorities|arrangements)\b/i.test(
            value,
          )
        )
          untimed.add(heading)
        pushHeading(heading)
      } else {
        // "== Reception ==": a wiki page's heading has the level its marks give, beside the parts.
        const marks = value.charCodeAt(0) === 61 ? /^(={2,6})[^=]/.exec(value) : null
        const depth = marks ? marks[1]!.length : Math.min(6, structuralDepth + 1)
        pushHeading(makeHeading(text, block.segments, depth, 'topic', {}))
      }
      continue
    }

    const paragraph = makeParagraph(text, block.segments, value)
    if (block.indented) paragraph.data = { indented: true }
    markCutOff(paragraph, value, block, truncations)
    children.push(paragraph)
  }
  flush()
  truncations.push(...truncatedItems(partItems))
  truncations.sort((a, b) => a.segment.start - b.segment.start)
  demoteQuestions(children)
  reviewGoesOn(children, untimed)
  return { children, truncations }
}

/**
 * "PART 1 | 2022 IN NUMBERS", "PART 2 | PEOPLE'S LIVES", "PART 3 | 2023 TARGETS": a numbered part
 * that names no time, between a part of results and a part that names the targets or plans of a
 * year, goes on with the results; it is not the plan that such a part is taken for elsewhere.
 */
function reviewGoesOn(children: RootContent[], untimed: ReadonlySet<Heading>): void {
  if (untimed.size === 0) return
  const parts = children.filter(
    (c): c is Heading => c.type === 'heading' && c.data?.role === 'part',
  )
  // The last part that names the targets or the plan of a year.
  const lastNamed = parts.findLastIndex(
    (h) =>
      h.data?.kind === 'targets' || (h.data?.kind === 'plan' && (h.data.years?.length ?? 0) > 0),
  )
  for (let i = 1; i < lastNamed; i++) {
    const heading = parts[i]!
    if (untimed.has(heading) && parts[i - 1]!.data?.kind === 'review') heading.data!.kind = 'review'
  }
}

/**
 * "How did Shaanxi do in 2024?" right over "What's on the list for 2025?": questions an
 * introduction asks one after the other announce the text, they do not divide it into parts.
 */
function demoteQuestions(children: RootContent[]): void {
  for (let i = 0; i < children.length; i++) {
    let j = i
    while (j < children.length && isQuestionPart(children[j]!)) j++
    if (j - i >= 2)
      for (const node of children.slice(i, j)) node.data = { role: 'topic' } as Heading['data']
    i = j
  }
}

function isQuestionPart(node: RootContent): node is Heading {
  if (node.type !== 'heading' || node.data?.role !== 'part') return false
  const last = node.children.at(-1)
  return last?.type === 'text' && /[?？]\s*$/.test(last.value)
}

interface ItemText {
  item: ListItem
  segment: Segment
  value: string
}

/**
 * Items cut off in a part: those ending on a dangling word or mark, and, where the part's items end
 * their sentences with punctuation (a review written in sentences), those that stop without it.
 */
function truncatedItems(items: readonly ItemText[]): Truncation[] {
  const found: Truncation[] = []
  const endings = items.map(({ value }) => ended(value))
  const cuts = items.map(({ value }, i) => (endings[i] ? undefined : danglingTail(value)))
  // Items that need no stop: "Energy consumption per unit of GDP: down 3.2 percent", a record of a
  // label and a short figure, and "◆ The economy grew steadily", a short title without a figure
  // over items of another mark.
  const unstopped = (value: string, i: number) => {
    const label = labelled.exec(value)
    // (Or its fields parted by bars: "Contact: … | Ref. …".)
    if (label)
      return (value.length - label[0].length <= 40 && hasFigure(value)) || value.includes(' | ')
    const next = items[i + 1]?.item.data?.marker
    return (
      value.length <= 60 &&
      next !== undefined &&
      next !== items[i]!.item.data?.marker &&
      !hasFigure(value) &&
      /^\p{Lu}/u.test(value)
    )
  }
  let whole = 0
  let wholeEnded = 0
  for (let i = 0; i < items.length; i++) {
    if (cuts[i] !== undefined) continue
    whole++
    if (endings[i]) wholeEnded++
  }
  const sentences = whole >= 4 && wholeEnded / whole >= 0.75
  items.forEach(({ item, segment, value }, i) => {
    const cut =
      cuts[i] ?? (sentences && !endings[i] && !unstopped(value, i) ? value.slice(-20) : undefined)
    if (!cut) return
    item.data = { ...item.data, truncated: true }
    found.push({ segment, tail: cut })
  })
  return found
}

/**
 * A standalone short line that heads what follows: no figures, one sentence, not cut off. Not a
 * dateline ("Delivered at the ... Session of the ... People's Congress"), not a "Label: value"
 * record among others, and not a sentence that leads into what follows with clauses of its own
 * ("In 2025, we will ..., including:").
 */
/** "Slide 6 | ", "SLIDE 3 of 16   |   ", "PANEL 1 | ": the number of a slide or panel before its title. */
const slideTitle = /^(?:slide|panel)\s+\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?\s*[|:：–—-]\s*(?=\S)/i

function isHeadingLike(
  block: Block,
  value: string,
  next: Block | undefined,
  previous: Block | undefined,
): boolean {
  if (block.segments.length !== 1 || value.length > 130) return false
  // "** 2025 IN REVIEW **": a title between the marks of bold type; "11:24  Industry tasks for
  // 2026": the title of a live blog's entry, after its time.
  // ("<p><strong>Part Two: Main Targets for 2026</strong></p>": or between a page's tags.)
  value = value
    .replace(
      /^(?:<(?:p|h[1-6]|strong|b|div|span)\b[^<>]{0,80}>\s*)+([^<>]+?)(?:\s*<\/(?:p|h[1-6]|strong|b|div|span)>)+$/i,
      '$1',
    )
    .replace(/^(\*\*|__)\s*([^*_]+?)\s*\1$/, '$2')
    .replace(/^(?:[01]?\d|2[0-3]):[0-5]\d\s{2,}(?=\p{Lu})/u, '')
  // ("[Overall economy]", "[14th Five-Year Plan period (2021–2025)]": or between square brackets.)
  const bracketed = /^\[([^[\]]{1,80})\]$/.exec(value)?.[1]?.trim()
  if (bracketed !== undefined && bracketTitle(bracketed)) value = bracketed
  // "━━ PANEL ⑦ TARGETS FOR 2022 ━━   Slide 7 of 8": a title between rules, on a poster's panel
  // (not "━━ 2023 GDP: up 5.2% ━━", a figure).
  if (framedTitle.test(value) && !hasFigure(unnumberedTitle(value))) return true
  // "Slide 6 | Five-year record, 2013-2017": the title of a slide of a deck exported as text;
  // "PANEL 1 | THE ECONOMY IN 2024", of a panel of an infographic.
  // ("SLIDE 3 of 16   |   2025 IN NUMBERS" over rows aligned with spaces: not their header.)
  if (slideTitle.test(value)) return true
  // "Indicator      Target      Unit" over rows aligned with spaces: the header of a table.
  if (
    next?.type === 'text' &&
    (value.includes('   ') || value.includes('\t')) &&
    /\S(?: {3,}|\t+)\S/.test(value) &&
    isTableRow(next.segments[0]!.line.content)
  )
    return false
  // "[Item 1]  2025 review  (report part I)": an item of the agenda of minutes, then its title.
  if (
    /^\[(?:agenda\s+)?(?:item|topic|session)\s+\d{1,2}\]\s+[\p{L}\d]/iu.test(value) &&
    !hasFigure(value.replace(/^\[[^\]]*\]/, '').replace(/\b(?:19|20)\d{2}\b/g, ''))
  )
    return true
  // "FACT SHEET D | THE 14TH FIVE-YEAR PLAN PERIOD IN NUMBERS (2021-2025)": a title in capitals,
  // its label and its words parted by one bar.
  if (
    /^(?:FACT SHEET|SHEET|SECTION|CHAPTER|MODULE)\s+[A-Z\d]{1,3}\s+\|\s+[^|\p{Ll}]{3,90}$/u.test(
      value,
    ) &&
    !hasFigure(value)
  )
    return true
  // "(%)" under a header's cell: its unit, alone on its line.
  if (isTableRow(value) || unitAlone.test(value)) return false
  // "Research centers added: three": a label of what was done and its count in words.
  if (
    labelledCount.test(value) &&
    /\b(?:added|built|opened|created|launched|completed|renovated|established|recognized|recognised|started|signed|introduced|cultivated|listed|set up)\s*[:：][^:：]*$/i.test(
      value,
    )
  )
    return false
  // "Growth over 2021 (%)", "Grain output (million tons)": the header of a table's column or the
  // label of a figure, with its unit.
  // (Not "Main Targets for 2022 (%)", a part's heading over a table of its figures.)
  if (
    value.endsWith(')') &&
    unitInBrackets.test(value) &&
    !(yearsIn(value).length > 0 && matchPartPhrase(value) !== undefined)
  )
    return false
  // "Source: Jiangsu GWR 2018; …": a credit line under a slide or table.
  if (/^(?:sources?|notes?|data|key|legend)\s*[:：]\s*\S/i.test(value)) return false
  // "2020 plans", "2023 TO-DO LIST": a heading may open on the year it is about; "🗓️ 2022 PLAN:
  // PROJECTS": the emoji before the title of a post.
  // Note: check marks and arrows mark the items of a list, not titles.
  // ("▌MAIN TARGETS FOR 2018": the bar a web page sets before its section titles.)
  const words = /^[✅✔☑✓❌⭐👉➡▶►]/u.test(value)
    ? value
    : value.replace(/^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+|[▌▍▎▐█])\s*/u, '')
  if (
    // ("14th Five-Year Plan period (2021-2025)" over its items, a title of its span alone.)
    !(
      // ("14TH FIVE-YEAR PLAN (2021-2025) AT A GLANCE": or on the plan's ordinal.)
      // ("2025: A Year in Review": or on the year, a colon and a title.)
      // ("2025 · Report Card", "2026 · Main Targets": or the year, a dot and a title.)
      /^(?:[\p{Lu}\p{Lo}"“‘'(]|(?:19|20)\d{2}\s+\p{L}|(?:19|20)\d{2}\s*[:：·•|]\s*\p{Lu}|\d{1,2}-(?:year|YEAR)\b|\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)\s+(?:Five-Year\s+Plan|FIVE-YEAR\s+PLAN)\b(?!.*[.!?。]$))/u.test(
        words,
      ) ||
      // ("2025 (actual)", "2026 (targets)": the year of a box's figures, and their kind.)
      /^(?:19|20)\d{2}\s+\((?:actuals?|results?|outturn|preliminary|targets?|goals?|plan|projected|expected|estimates?)\)\s*[:：]?$/i.test(
        words,
      ) ||
      /^\d{1,2}(?:st|nd|rd|th)\s+five-year\s+plan(?:\s+period)?\s*\(?(?:19|20)\d{2}\s*[-–]\s*(?:(?:19|20)?\d{2})\)?\s*[:：]?$/i.test(
        words,
      )
    ) ||
    // "2024 PRIORITY 1: A MODERN INDUSTRIAL SYSTEM": the number of a priority names it;
    // "1. *HEBEI ECONOMY GROWS 5.4% IN 2024*": a numbered headline in capitals holds its figure.
    // ("Q5. What did Hainan achieve …?": the number of a question.)
    (hasFigure(value.replace(itemNumber, '').replace(questionNumber, '')) &&
      !capitalHeadline.test(value))
  )
    return false
  if (
    /[.!?。]["'”’]?\s+[\p{Lu}]/u.test(value.replace(questionNumber, '')) ||
    /[,，;；]$/.test(value)
  )
    return false
  if (dateline.test(value) || isLeadIn(value)) return false
  // "2022 IN REVIEW: A YEAR OF SHOCKS": a line in capitals is a heading even among records.
  if (labelled.test(value) && /\p{Ll}/u.test(value) && (isRecord(previous) || isRecord(next)))
    return false
  if (next?.type === 'item') return true
  // "Local general public budget revenue" over "  growth (%)    6.5    around 5": the first words
  // of a table row's label (or over "  (billion yuan)    41.08 …", its unit; not over "(1) GDP growth
  // …", the first of a numbered list).
  if (
    next?.type === 'text' &&
    /^(?:\p{Ll}|\([^()\d]{1,30}\)\s)/u.test(next.segments[0]!.line.content) &&
    isTableRow(next.segments[0]!.line.content)
  )
    return false
  // "What are the targets for 2022?", "Q2. Did investment and trade recover?": a question standing
  // alone over a paragraph.
  const question =
    /^(?:what|how|why|where|which|who)\b[^?？]{0,80}[?？]$/i.test(value) ||
    (questionNumber.test(value) && /^[^?？]{0,90}[?？]$/.test(value))
  if (endsWithStop(value) && !/[:：]$/.test(value) && !question) return false
  if (cutOff(value)) return false
  return value.length <= 90
}

/**
 * The words of a title between square brackets: a few words without a colon, in lower case or
 * naming a year; not "[VO]", "[Photo: …]", "[Applause]", "[Edited by Li Wei]", a script's or a
 * page's notes.
 */
function bracketTitle(words: string): boolean {
  return (
    words.split(/\s+/).length <= 8 &&
    !/[:：]/.test(words) &&
    (/\p{Ll}/u.test(words) || /\b(?:19|20)\d{2}\b/.test(words)) &&
    !/\b(?:applause|laughter|audio|video|music|transcript|photo|inaudible|crosstalk|by|edited|compiled|written|translated|reported|accessed|updated|published|posted)\b/i.test(
      words,
    )
  )
}

const framedTitle =
  /^([━═─▬■◆=]{2,})\s*[^━═─▬■◆\s][^━═─▬■◆]{0,100}?\s*\1(?:\s+slide\s+\d{1,3}\s+of\s+\d{1,3})?$/iu

/** "Q5. ": the number of a question of a list of questions and answers. */
const questionNumber = /^Q\d{1,2}[.:)]?\s+(?=\p{Lu})/u

const unitInBrackets =
  /\((?:%|per ?cent|(?:(?:ten |hundred )?(?:thousand|million|billion|trillion|100 million|10,000)\s+)?(?:yuan|RMB|US dollars|tons|tonnes|hectares|people|kilometers|km|kWh))\)$/i

const capitalHeadline = /^\d{1,2}[.)]\s+\*[^*\p{Ll}]{6,100}\*$/u

const itemNumber =
  /\b(?:PRIORITY|Priority|PILLAR|Pillar|CHAPTER|Chapter|SECTION|Section|TASK|Task|THEME|Theme|PART|Part)\s+\d{1,2}\b/g

/** A one-line text block of the "Label: value" form. */
function isRecord(block: Block | undefined): boolean {
  if (block?.type !== 'text' || block.segments.length !== 1) return false
  const segment = block.segments[0]!
  return labelled.test(segment.line.content)
}

/**
 * A sentence of eight words or more with a comma between its clauses, ending in "." or ":": it
 * leads into what follows rather than heading it. One that announces the targets with a colon
 * still opens the targets part ("In 2024, the main targets are as follows:").
 */
function isLeadIn(value: string): boolean {
  if (!/[.:：。]$/.test(value) || !/[,，]\s/.test(value)) return false
  let words = 1
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 32) words++
  if (words < 8) return false
  return !(/[:：]$/.test(value) && matchPartPhrase(value) === 'targets')
}

/** End of the first sentence after `from`, or the end of the text. */
function firstSentenceEnd(value: string, from: number): number {
  const match = /[.!?。！？](?=\s+["“]?[\p{Lu}\p{Lo}])/u.exec(value.slice(from))
  return match ? from + match.index + 1 : value.length
}

function skipSpace(value: string, index: number): number {
  while (index < value.length && /\s/.test(value[index]!)) index++
  return index
}

// Note: the end-of-text checks look at a short tail only; anchored regexes on whole items would
// scan every position of long paragraphs.
function ended(value: string): boolean {
  if (endsWithStop(value)) return true
  // "… on a comparable basis.[1]": a stop before a note's mark.
  if (value.endsWith(']') && endsWithStop(value.replace(/\[\d{1,2}\]$/, ''))) return true
  // "...; and" / "..., or": a list item that leads into the next.
  const tail = value.slice(-12)
  return (tail.endsWith('and') || tail.endsWith('or')) && /[;,；，]\s*(and|or)$/.test(tail)
}

/** Flag a paragraph whose block's text (`value`) ends cut off, and note where for the warning. */
function markCutOff(
  paragraph: Paragraph,
  value: string,
  block: Block,
  truncations: Truncation[],
): void {
  const cut = cutOff(value)
  if (!cut) return
  paragraph.data = { ...paragraph.data, truncated: true }
  truncations.push({ segment: block.segments.at(-1)!, tail: cut })
}

/** What makes a line read as cut off: a trailing word a sentence cannot end on, or a dangling mark. */
function cutOff(value: string): string | undefined {
  return ended(value) || isTableRow(value) ? undefined : danglingTail(value)
}

/** The tail of a text that does not end its sentence, when it stops on a dangling word or mark. */
function danglingTail(value: string): string | undefined {
  if (value.length === 0 || isSalutation(value)) return undefined
  const final = value.charAt(value.length - 1)
  const tail = value.slice(-20)
  if (',，(（"“‘-'.includes(final)) return tail
  if ((final === '’' || final === "'") && isLatinLetter(value.charCodeAt(value.length - 2)))
    return tail
  let start = value.length
  while (start > 0 && isLatinLetter(value.charCodeAt(start - 1))) start--
  // Dangling words are short: a longer final word is not looked up.
  if (start < value.length && value.length - start <= 12) {
    if (danglingWords.has(value.slice(start).toLowerCase())) return tail
  }
  return undefined
}

/**
 * An item of one line without a figure or a stop that names a part of the report ("Main targets
 * for 2023", "Five years in review (2018-2022)") over items nested under it.
 */
function titlesPart(
  text: string,
  block: Block,
  next: Block | undefined,
  reportYear: number | null,
  previous?: Block,
): boolean {
  if (!isTitleItem(block)) return false
  const { value } = joinSegments(text, block.segments)
  // "■ 2025 IN REVIEW" over "Economy" over its items: a title in capitals heads what follows it,
  // items or not.
  const capitals = !/\p{Ll}/u.test(value.replace(/\([^()]*\)/g, '')) && /\p{Lu}{3}/u.test(value)
  // ("■ I. Review of Work in 2025" over a paragraph: a part numbered in Roman numerals.)
  const roman = /^[IVX]{1,4}\.\s+\p{Lu}/u.test(value) && !/[.!?。]$/.test(value)
  // ("▶  Targets for 2025", a blank line, then a paragraph a target: an item alone over paragraphs,
  // naming its year.)
  const alone =
    yearsIn(value).length > 0 &&
    next !== undefined &&
    next.type !== 'item' &&
    next.blankBefore &&
    (previous?.type !== 'item' || previous.marker!.value !== block.marker!.value)
  // ("📌 PART 02 | What will Linwu do in 2025?": a post's numbered part that names its year.)
  if (postPart.test(value) && yearsIn(value).length > 0) return true
  if (
    !capitals &&
    !roman &&
    !alone &&
    (next?.type !== 'item' || next.marker!.level <= block.marker!.level)
  )
    return false
  // Note: most titles of items name no part; a cheap test of the words first.
  if (
    !/\d{4}|target|goal|review|retrospect|achievement|year|task|plan|priorit|arrangement|requirement|scorecard|回顾|目标|任务/i.test(
      value,
    )
  )
    return false
  // ("• Results against targets", "• Tasks completed in 2023": results, under the review; not
  // "• Main targets to be achieved in 2024".)
  const ahead =
    /\bto be\b/i.test(value) ||
    (reportYear !== null && yearsIn(value).some((year) => year >= reportYear))
  if (
    !ahead &&
    /\b(?:results?|against|completed|achieved|met|fulfilled|accomplished|progress|outturns?|outcomes?|performance)\b/i.test(
      value,
    )
  )
    return false
  // (Not "● Plan more projects" over its tasks: a title of the plan's work, not a part.)
  const phrase = matchPartPhrase(value)
  return (
    phrase === 'targets' ||
    phrase === 'review' ||
    (phrase === 'plan' && yearsIn(value).length > 0) ||
    // ("■ LOOKING BACK: THE 14TH FIVE-YEAR PLAN PERIOD (2021-2025)": a title that names its years.)
    (capitals && phrase === undefined && yearsIn(value).length > 0)
  )
}

/** In a run of numbered records, a line that names no part, or a sentence with the plan's words. */
function recordNotPart(rest: string): boolean {
  const phrase = matchPartPhrase(rest)
  return phrase === undefined || (phrase === 'plan' && /[.。]$/.test(rest))
}

/**
 * Whether a block is the title of a topic after a run of numbered records ("Innovation-driven
 * development" after "15. …"): short, without a figure, not numbered in the run's style.
 */
function titleAfterRun(text: string, block: Block | undefined, style: string): boolean {
  if (!block || block.type !== 'text' || block.segments.length !== 1) return false
  const { value } = joinSegments(text, block.segments)
  return value.length <= 60 && !hasFigure(value) && matchNumbering(value)?.style !== style
}

/** Whether a block is a numbered line of the style given that holds a figure ("10. CPI: up 2.6%"). */
function numberedRecord(text: string, block: Block | undefined, style: string): boolean {
  if (!block || block.type !== 'text' || block.segments.length === 0) return false
  const { value } = joinSegments(text, block.segments)
  const numbering = matchNumbering(value)
  return numbering?.style === style && hasFigure(value.slice(numbering.length))
}

function buildLists(text: string, items: readonly Block[], owners: ItemText[]): List[] {
  const roots: List[] = []
  // Open lists by level: stack[0] is the outermost.
  const stack: Array<{ list: List; level: number }> = []

  for (const block of items) {
    const marker = block.marker!
    while (stack.length > 0 && stack.at(-1)!.level > marker.level) stack.pop()
    // A change of marker at the same level starts a new list, as in Markdown.
    if (stack.at(-1)?.level === marker.level && stack.at(-1)!.list.data?.marker !== marker.value)
      stack.pop()
    let top = stack.at(-1)
    if (!top || top.level < marker.level) {
      const list: List = {
        type: 'list',
        ordered: false,
        spread: false,
        children: [],
        data: { marker: marker.value },
      }
      const parent = top?.list.children.at(-1)
      if (parent) parent.children.push(list)
      else roots.push(list)
      top = { list, level: marker.level }
      stack.push(top)
    }
    const { value } = joinSegments(text, block.segments)
    const markerPosition: Position = {
      start: pointAt(marker.line, marker.start),
      end: pointAt(marker.line, marker.end),
    }
    const item: ListItem = {
      type: 'listItem',
      spread: false,
      checked: null,
      children: block.segments.length > 0 ? [makeParagraph(text, block.segments, value)] : [],
      data: { marker: marker.value, markerPosition },
    }
    top.list.children.push(item)
    if (value) owners.push({ item, segment: block.segments.at(-1)!, value })
  }
  for (const list of roots) setListPositions(list)
  return roots
}

function setListPositions(list: List): void {
  for (const item of list.children) {
    for (const child of item.children) if (child.type === 'list') setListPositions(child)
    const last = item.children.at(-1)
    const start = item.data?.markerPosition?.start
    if (start) item.position = { start, end: last?.position?.end ?? item.data!.markerPosition!.end }
  }
  const first = list.children[0]?.position
  const last = list.children.at(-1)?.position
  if (first && last) list.position = { start: first.start, end: last.end }
}

// Note: a paragraph or heading and its one text node span the same source; they share one
// (read-only) position object, which halves the allocations of large reports.
function makeText(
  text: string,
  segments: readonly Segment[],
  value = joinSegments(text, segments).value,
  position = spanOf(segments),
): Text {
  // The page's foot and head between two segments: from the first character after the one to the
  // last before the other that is not a space.
  const skip: Array<[number, number]> = []
  segments.forEach((segment, i) => {
    if (!segment.afterPage || i === 0) return
    let from = segments[i - 1]!.end
    let to = segment.start
    while (from < to && isSpaceCode(text.charCodeAt(from))) from++
    while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--
    if (from < to) skip.push([from, to])
  })
  return skip.length > 0
    ? { type: 'text', value, position, data: { skip } }
    : { type: 'text', value, position }
}

function makeParagraph(text: string, segments: readonly Segment[], value?: string): Paragraph {
  const position = spanOf(segments)
  const children: PhrasingContent[] = [makeText(text, segments, value, position)]
  return { type: 'paragraph', children, position }
}

const yearLeadIn = /^(?:this|next|last|the (?:past|coming)) year\s*[:：]?$/i

function makeHeading(
  text: string,
  segments: readonly Segment[],
  depth: number,
  role: HeadingRole,
  data: NonNullable<Heading['data']>,
): Heading {
  const position = spanOf(segments)
  return {
    type: 'heading',
    depth: depth as Heading['depth'],
    children: [makeText(text, segments, undefined, position)],
    position,
    data: { role, ...data },
  }
}

function spanOf(segments: readonly Segment[]): Position {
  const first = segments[0]!
  const last = segments.at(-1)!
  return { start: pointAt(first.line, first.start), end: pointAt(last.line, last.end) }
}

/** The segments covering `[from, to)` of the joined value. */
function sliceSegments(
  segments: readonly Segment[],
  starts: readonly number[],
  from: number,
  to: number,
): Segment[] {
  const result: Segment[] = []
  segments.forEach((segment, i) => {
    const begin = starts[i]!
    const end = begin + (segment.end - segment.start)
    const lo = Math.max(from, begin)
    const hi = Math.min(to, end)
    if (lo < hi)
      result.push({
        line: segment.line,
        start: segment.start + (lo - begin),
        end: segment.start + (hi - begin),
        ...(segment.afterPage && result.length > 0 ? { afterPage: true } : {}),
      })
  })
  return result
}

/** The root of a parsed report. */
export function makeRoot(
  children: RootContent[],
  end: { line: number; column: number; offset: number },
): Root {
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } }
}
