import type { SourceLine } from './lines.js'
import { isLatinLetter, isSpaceCode } from './lines.js'
import {
  danglingWords,
  endsWithStop,
  firstHeaderCell,
  hasFigure,
  headerCell,
  isTableRow,
  countWord,
  labelled,
  labelledCount,
  matchBullet,
  matchNumbering,
  unitAlone,
} from './patterns.js'

/** A piece of one line's content that belongs to a block. */
export interface Segment {
  readonly line: SourceLine
  readonly start: number
  readonly end: number
  /** The segment goes on with the one before it across the foot and head of a printed page. */
  readonly afterPage?: boolean
}

/** A run of lines that reads as one unit: a bullet item with its continuations, or a text block. */
export interface Block {
  readonly type: 'item' | 'text'
  readonly segments: Segment[]
  /** Whether blank lines stand between this block and the one before. */
  readonly blankBefore: boolean
  /** Items: the marker, its span and nesting level (1 = outermost). */
  readonly marker?: {
    value: string
    start: number
    end: number
    line: SourceLine
    level: number
    indent: number
  }
  /** A row of a table flattened one cell a line: the number of lines its first cell takes. */
  readonly cells?: number
  /** A paragraph of a printed page that opened on an indented line right after the one before. */
  readonly indented?: boolean
}

/**
 * Group body lines into blocks. A line joins the block before it when it is indented (a
 * hard-wrapped continuation, even after a blank line when the block has not ended its sentence),
 * or when it follows directly on a long or unfinished line (wrapped prose).
 */
export function groupBlocks(lines: readonly SourceLine[], subtitles = false): Block[] {
  const blocks: Block[] = []
  const wrapWidth = typicalWidth(lines)
  const layout: Layout = {
    wrapWidth,
    blankSeparated: paragraphsEndAtBlanks(lines, wrapWidth),
    indentOpens: paragraphsOpenIndented(lines),
    unstopped: linesUnstopped(lines),
  }
  let current: Block | undefined
  let sawBlank = false
  const stack: OpenItem[] = []
  // The text before the page furniture (a page number, a running header) just passed.
  let beforePage: Block | undefined
  // "3/5" over "OPENNESS" over "301.2 billion yuan": the title of a slide of a carousel stands
  // alone. Whether the line read follows the end of a page (the counter is furniture by now), and
  // the block of such a title.
  let afterCounter = false
  let slideTitle: Block | undefined
  const rows = flatTableRows(lines)
  let rowEnd = -1
  const cards = figureFirstCards(lines)

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (index <= rowEnd) continue
    // "Gross regional product" over "billion yuan" over "492.12" over "2.6" over "around 6.5%":
    // the cells of a row of a table flattened one a line (across the foot and head of a page).
    const row = rows.get(index)
    if (row !== undefined) {
      current = {
        type: 'text',
        segments: row.lines.map((at, k) => ({
          line: lines[at]!,
          start: lines[at]!.contentStart,
          end: lines[at]!.contentEnd,
          ...(k > 0 && at > row.lines[k - 1]! + 1 ? { afterPage: true } : {}),
        })),
        blankBefore: sawBlank,
        cells: row.label,
      }
      blocks.push(current)
      current = undefined
      rowEnd = row.lines.at(-1)!
      sawBlank = false
      afterCounter = false
      beforePage = undefined
      continue
    }
    if (line.transparent || line.contentStart === line.contentEnd)
      afterCounter = line.barrier === 'page' || afterCounter
    if (line.transparent) continue
    if (line.contentStart === line.contentEnd) {
      sawBlank = true
      // Furniture between two pieces of text (a page number) ends the block before it.
      if (line.barrier === 'page') beforePage ??= current
      if (line.barrier) current = undefined
      continue
    }
    // "│ 404.58 bn yuan   GDP in 2022, +2.3%   │": a row of a box, read inside its sides; a row
    // that goes on in lower case under one whose words run up to the side continues it.
    const inside = line.content.length > 2 ? boxInside(line) : undefined
    if (inside) {
      const segment = { line, ...inside }
      if (
        current?.segments[0] &&
        boxInside(current.segments[0].line) &&
        !sawBlank &&
        current.segments.at(-1)!.end >= current.segments.at(-1)!.line.contentEnd - 4 &&
        /^\p{Ll}/u.test(line.content.slice(inside.start - line.contentStart)) &&
        // (Not a row that opens on its figure: "│ over 2,650   High-tech firms │".)
        !figureStart.test(line.content.slice(inside.start - line.contentStart))
      )
        current.segments.push(segment)
      else {
        current = { type: 'text', segments: [segment], blankBefore: sawBlank }
        blocks.push(current)
      }
      sawBlank = false
      afterCounter = false
      beforePage = undefined
      continue
    }
    const bullet = matchBullet(line.content)
    // "… and fulfillment of" | "— 3 —" | "REPORT ON THE WORK …" | "the energy conservation …": a
    // paragraph broken by the foot and head of a printed page runs on to a line that goes on with
    // its sentence.
    if (
      beforePage &&
      !bullet &&
      beforePage.type === 'text' &&
      !endsWithStop(beforePage.segments.at(-1)!.line.content) &&
      /^[a-z]/.test(line.content)
    ) {
      beforePage.segments.push({
        line,
        start: line.contentStart,
        end: line.contentEnd,
        afterPage: true,
      })
      current = beforePage
      beforePage = undefined
      sawBlank = false
      continue
    }
    beforePage = undefined
    if (bullet) {
      const level = nestingLevel(stack, bullet.marker, line.indent, current)
      stack.length = level - 1
      stack.push({ marker: bullet.marker, indent: line.indent, item: undefined })
      let start = line.contentStart + bullet.length
      while (
        start < line.contentEnd &&
        isSpaceCode(line.content.charCodeAt(start - line.contentStart))
      )
        start++
      current = {
        type: 'item',
        segments: start < line.contentEnd ? [{ line, start, end: line.contentEnd }] : [],
        blankBefore: sawBlank,
        marker: {
          value: bullet.marker,
          start: line.contentStart,
          end: line.contentStart + bullet.length,
          line,
          level,
          indent: line.indent,
        },
      }
      stack.at(-1)!.item = current
      blocks.push(current)
    } else if (
      current &&
      current !== slideTitle &&
      // A card's figure opens a block; the line under it is its caption, and a caption that
      // wraps goes on (indented or in lower case).
      !cards.has(line) &&
      (current.type === 'text' && cards.has(current.segments[0]!.line)
        ? !sawBlank &&
          // ("858.9" over "billion yuan" over "+5.5%" over "Gross regional product (GRP)": the
          // figure's unit and change go with it too.)
          (current.segments.length === 1 ||
            current.segments.every((s) => panelPiece(s.line.content)) ||
            line.indent > 0 ||
            /^\p{Ll}/u.test(line.content))
        : // Subtitles break their sentences into short lines: a line runs on until one ends a
          // sentence.
          subtitles && current.type === 'text'
          ? !endsWithStop(current.segments.at(-1)!.line.content)
          : continues(current, line, sawBlank, layout))
    ) {
      current.segments.push({ line, start: line.contentStart, end: line.contentEnd })
    } else {
      if (line.indent === 0) stack.length = 0
      const indented =
        current !== undefined && opensIndented(current, line, sawBlank, layout.indentOpens)
      current = {
        type: 'text',
        segments: [{ line, start: line.contentStart, end: line.contentEnd }],
        blankBefore: sawBlank,
        ...(indented ? { indented: true } : {}),
      }
      blocks.push(current)
      if (afterCounter && slideCaps.test(line.content)) slideTitle = current
    }
    afterCounter = false
    sawBlank = false
  }
  return blocks
}

/**
 * "1,083.6 billion yuan" over "Gross regional product (GRP), up 5.9%", then "3rd" over "Yantai's
 * GRP ranking …": the cards of a page of figures, each a figure over its caption, perhaps under a
 * title ("Main expected targets"). A run of lines between blank lines is such cards when three
 * figures or more stand alone in it, no two together, and the run ends on a figure and its one
 * caption; a run that ends on a figure has its labels over the figures instead ("GRP growth" over
 * "Around 6%"), as has one that ends on a label and a line of words.
 */
function figureFirstCards(lines: readonly SourceLine[]): Set<SourceLine> {
  const cards = new Set<SourceLine>()
  // The run read: its figures, the place of the first among its lines, whether two stood together
  // and whether the last line read is a figure. Note: counted as the lines are read; the figures
  // of a run are gathered only when it is one of cards (most texts have none).
  let start = -1
  let size = 0
  let figures = 0
  let first = -1
  let together = false
  let lastFigure = false
  // Whether the line before the last one (not counting a caption's wrapped lines) is a figure.
  let beforeLastFigure = false
  const close = (end: number) => {
    // (Not "Foreign trade" over "Steady growth in scale": a run of labels over figures that ends
    // on a label and its words.)
    if (figures >= 3 && first <= 3 && !together && !lastFigure && beforeLastFigure)
      for (let i = start; i < end; i++)
        if (
          isCardFigure(lines[i]!) ||
          // ("▲ 6.2%" over "Fixed asset investment" after a caption: a change as a card's figure.)
          (lines[i]!.indent < 4 &&
            signedChange.test(lines[i]!.content) &&
            i > start &&
            !isCardFigure(lines[i - 1]!) &&
            !unitLine.test(lines[i - 1]!.content) &&
            !scaleLead.test(lines[i - 1]!.content) &&
            i + 1 < end &&
            isLabelLine(lines[i + 1]!.content) &&
            !signedChange.test(lines[i + 1]!.content))
        )
          cards.add(lines[i]!)
    start = -1
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.transparent) continue
    if (line.contentStart === line.contentEnd) {
      if (start >= 0) close(i)
      continue
    }
    if (start < 0) {
      start = i
      size = figures = 0
      first = -1
      together = lastFigure = beforeLastFigure = false
    }
    // (A caption's wrapped line, or a note under the cards: "Source: …", "Click to enlarge"; and
    // the unit or change under a card's figure, "Over 1" over "million".)
    if (
      line.indent >= 4 ||
      cardNote.test(line.content) ||
      (lastFigure && (unitLine.test(line.content) || signedChange.test(line.content)))
    ) {
      size++
      continue
    }
    const figure = isCardFigure(line)
    if (figure) {
      figures++
      if (first < 0) first = size
      together ||= lastFigure
    }
    beforeLastFigure = lastFigure
    // ("Down 3.1%" over "Energy consumption per unit of GRP": a change standing as a card's
    // figure ends a run of cards as well; it opens no block, the panel's rules read it.)
    lastFigure = figure || signedChange.test(line.content)
    size++
  }
  if (start >= 0) close(lines.length)
  return cards
}

const cardNote =
  /^(?:source|sources|note|notes|speaker notes?|image|photo|chart|click|tap|swipe)\b/i

function isCardFigure(line: SourceLine): boolean {
  return (
    line.indent < 4 &&
    line.content.length <= 48 &&
    !signedChange.test(line.content) &&
    cardFigure(line.content)
  )
}

/**
 * "Around 6%", "3rd", "Two", "170 yuan per month", "56,980 yuan  |  28,460 yuan": a card's figure,
 * alone on its line.
 */
function cardFigure(content: string): boolean {
  if (!/\d/.test(content)) return cardWord.test(content)
  // (Not a numbered title: "01 Economic aggregate".)
  if (/^\d{1,2}\s+\p{Lu}/u.test(content)) return false
  // ("8.62 billion yuan (≈ US$1.21 billion)": with its conversion in brackets.)
  content = content.replace(
    /\s*\((?:≈|~|about|approx\.?|approximately)?\s*(?:US\$|\$|USD)[^()]*\)$/i,
    '',
  )
  const cells = content.includes('|') ? content.split(/\s*\|\s*/) : [content]
  return cells.every(
    (cell) =>
      ((figureOnly.test(cell) || perUnit.test(cell)) && hasFigure(cell)) || ordinal.test(cell),
  )
}
const cardWord =
  /^(?:(?:over|nearly|about|around)\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten)$/i
const perUnit = /^[~≈+-]?\d[\d,.]*\s*(?:[a-z]+\s+){0,2}per\s+[a-z]+$/i
const ordinal = /^(?:no\.\s*)?\d{1,3}(?:st|nd|rd|th)$/i

/** "OPENNESS", "2024 TARGETS": a short title in capitals. */
const slideCaps = /^(?=.*[A-Z]{3})[A-Z0-9][A-Z0-9 &'’,-]{2,40}$/

// "10,000" over "people": the scale of a table's unit cell, on a line of its own (or at the end of
// a row's text read so far).
const scaleWords = '10,000|100 million|1,000|ten thousand'
const scaleCell = new RegExp(`^(?:${scaleWords})$`, 'i')
export const scaleAtEnd = new RegExp(`(?:^|\\s)(?:${scaleWords})$`, 'i')

/**
 * "+--------------+": the border of a box drawn in ASCII, or in box-drawing characters
 * ("┌──── KEY NUMBERS ────┐", "└──────┘").
 */
export const asciiBorder = /^(?:\+[-=+]{3,}\+|[┌└├╔╚╠┏┗┣][─━═┬┴┼╤╧╪┳┻╋][^│┃║]*[┐┘┤╗╝╣┓┛┫])$/

/** A line between the sides of a box drawn in box-drawing characters ("│ … │"). */
export function boxSides(content: string): boolean {
  const side = content.charCodeAt(0)
  return (
    (side === 0x2502 || side === 0x2503 || side === 0x2551) &&
    content.charCodeAt(content.length - 1) === side
  )
}

/** The inside of a box's row drawn with box-drawing sides: "│ 5,792   Macao-funded … │". */
function boxInside(line: SourceLine): { start: number; end: number } | undefined {
  const content = line.content
  // (Not a row of cells: "│ GRP │ 5.4% │".)
  if (!boxSides(content) || content.length < 3 || content.slice(1, -1).includes(content[0]!))
    return undefined
  let start = 1
  let end = content.length - 1
  while (start < end && isSpaceCode(content.charCodeAt(start))) start++
  while (end > start && isSpaceCode(content.charCodeAt(end - 1))) end--
  return { start: line.contentStart + start, end: line.contentStart + end }
}

/** A record whose label is long, with a short figure after its colon. */
const longDashed = /^[^:：\t—]{61,120}\s—\s*\S/
const longRecord = new RegExp(
  String.raw`^[^:：\t—]{61,120}[:：]\s*(?:[~≈+-]?\d[\d,.]*%?|(?:${countWord})\b)(?:\s+[^\s:：]+){0,3}$`,
  'i',
)

/** "GDP 4.71 TRILLION YUAN  +5.8%": a short line of a label, a gap of spaces and a figure. */
function isRecordLine(content: string): boolean {
  return (
    content.length <= 70 &&
    content.includes('  ') &&
    /^[\p{Lu}\d]/u.test(content) &&
    /[^\s.]\s{2,}(?:[+\-−~≈↑↓▲▼]|(?:around|about|above|within|over|at least|no less than)\s+)?\d/i.test(
      content,
    ) &&
    !/[.;:,]$/.test(content) &&
    hasFigure(content)
  )
}

// (A figure on one side of the leaders, on a short line: not the dots of a passage left out, "…
// did not come easily. ... The problems …".)
function leaderLine(content: string): boolean {
  // Note: most lines hold no run of dots; the regex is tried only on those that do.
  return content.length <= 100 && content.includes('...') && leaderRecord.test(content)
}

// (Three dots with a space before them, or four or more: not "… 1,200 new homes... Meanwhile".)
const leaderRecord =
  /^(?=.{0,100}$)(?:.*\d[\d,.]*%?(?:\s+[A-Za-z]+){0,3}(?:\s+\.{3,}|\s*\.{4,})\s*\S|.*\S(?:\s+\.{3,}|\s*\.{4,})\s*(?:[~≈]\s*|(?:around|about|over|within|above|no less than)\s+)?[+\-−]?\d)/i

/** How a text lays out its paragraphs, read from all its lines. */
interface Layout {
  /** The width its wrapped lines run to. */
  wrapWidth: number
  /** Its paragraphs end at blank lines (see `paragraphsEndAtBlanks`). */
  blankSeparated: boolean
  /** Its paragraphs open on an indented line and go on at the margin (see `paragraphsOpenIndented`). */
  indentOpens: boolean
  /** Its lines are statements that end without a stop (see `linesUnstopped`). */
  unstopped: boolean
}

function continues(block: Block, line: SourceLine, sawBlank: boolean, layout: Layout): boolean {
  const { wrapWidth, blankSeparated } = layout
  const last = block.segments.at(-1)
  if (!last) return line.indent > (block.marker?.indent ?? 0) && !sawBlank
  const previous = last.line.content
  // "■ Ten Practical Things for the People" over "  1. Add 300 public kindergarten places" over
  // "  2. Renovate …": numbered lines under an item, each an item of its own.
  const numberedLine = /^(\d{1,2})[.)]\s+\S/.exec(line.content)
  const numberAbove = numberedLine ? /^(\d{1,2})[.)]\s/.exec(previous)?.[1] : undefined
  if (
    numberedLine &&
    line.indent > 0 &&
    // (Not "ranked No." over "  1. in the province": a number wrapped.)
    !/\bNo\.$/.test(previous) &&
    ((numberedLine[1] === '1' && block.marker !== undefined && block.segments.length === 1) ||
      (numberAbove !== undefined && Number(numberAbove) === Number(numberedLine[1]) - 1))
  )
    return false
  // "✓ Imports and exports — target: over 600 billion yuan | outcome: 683.7 billion yuan, an"
  // over "    increase of 26.9%": an item wrapped under its marker, though a bar parts its fields.
  if (
    block.marker &&
    !sawBlank &&
    line.indent > block.marker.indent &&
    /^[a-z(]/.test(line.content) &&
    !previous.startsWith('|') &&
    !isTableRow(line.content)
  )
    return true
  // A table row is a record of its own, as is the border of a box drawn in ASCII ("+------+"),
  // and the unit a header's cell has on the line under it ("CAGR 20-24" over "(%)").
  if (isTableRow(line.content) || isTableRow(previous)) return false
  // "around 5% ............. GRP growth" under "2026 TARGETS": a figure and its label between dot
  // leaders, a record of its own.
  if (leaderLine(line.content) || leaderLine(previous)) return false
  if (unitAlone.test(line.content) && / {3,}/.test(previous)) return false
  // "== PART 2: MAIN TARGETS FOR 2024 ==": a heading between a wiki's marks ends its line.
  if (previous.charCodeAt(0) === 61 && /^={2,10}[^=].*={2,10}$/.test(previous)) return false
  // "<tr><td>GRP growth (%)</td><td>5.4</td></tr>": a row of an HTML table left in a page's source.
  if (
    (line.content.charCodeAt(0) === 60 && /^<tr\b/i.test(line.content)) ||
    (previous.endsWith('>') && /<\/tr>$/i.test(previous))
  )
    return false
  if (asciiBorder.test(line.content) || asciiBorder.test(previous)) return false
  // "<p><strong>Part Two: …</strong></p>" over "<p>2026 is …": a page's closed block, then the
  // next one opening.
  if (
    line.content.charCodeAt(0) === 60 &&
    /^<(?:p|h[1-6]|li|div|ul|ol)\b/i.test(line.content) &&
    /<\/(?:p|h[1-6]|li|div|ul|ol)>\s*$/i.test(previous)
  )
    return false
  // "Targets for 2026" over "~5%  GRP growth" over "over 5%  fixed-asset investment growth": a
  // figure, a gap, then what it measures, a record of a sidebar on a line of its own.
  if (
    figureThenLabel.test(line.content) ||
    ((figureThenLabel.test(previous) || figureDashLabel.test(previous)) &&
      /^\p{Lu}/u.test(line.content)) ||
    // ("5.3% — the fastest pace in the province — to reach …" under "… grew by": a wrapped
    // sentence, not a line of a sidebar.)
    (figureDashLabel.test(line.content) &&
      (!/[a-z,]\s*$/.test(previous) ||
        block.segments.some((s) => figureDashLabel.test(s.line.content))))
  )
    return false
  // "        Launch 320 key projects …" over "        Introduce 60 projects …": tasks of a plan
  // one a line, at one indentation, each opening on its verb.
  if (
    line.indent > 0 &&
    line.indent === last.line.indent &&
    taskLine.test(line.content) &&
    taskLine.test(previous)
  )
    return false
  const unfinished = !endsWithStop(previous)
  const lower = /^[a-z(]/.test(line.content)
  // A numbered heading line ("1.3 Agriculture") is a block of its own after a blank line.
  // (Not a numbered paragraph's first line that runs to the wrap width and goes on: "(2) We sped
  // up … The added value of industrial enterprises above", a blank line, "designated size …".)
  if (
    sawBlank &&
    block.type === 'text' &&
    block.segments.length === 1 &&
    matchNumbering(previous) &&
    !(unfinished && lower && last.line.end - last.line.start >= 0.75 * wrapWidth)
  )
    return false
  // "  1. THE BIG PICTURE" over "  2. INVESTMENT AND PROJECTS": a list of numbered lines, one a
  // line, at the same indentation.
  if (
    line.indent > 0 &&
    line.indent === last.line.indent &&
    block.segments.length === 1 &&
    matchNumbering(line.content) &&
    matchNumbering(previous)
  )
    return false
  // " 1   Growth of gross regional product   %   above 5": the rows of a table aligned with
  // spaces, each on a line of its own, indented or not.
  if (
    block.type === 'text' &&
    / {2}|\t|\||\.{4}|…{2}|","/.test(line.content) &&
    isTableRow(line.content) &&
    isTableRow(previous)
  )
    return false
  // "  - build 50,000 units of housing", a blank line, "  For reference, …": a paragraph at the
  // indentation of the marker, not the item's text.
  if (sawBlank && block.marker && line.indent <= block.marker.indent) return false
  // "■ MAIN TARGETS FOR 2026", a blank line, "  GRP growth: around 5.5%": an item that is the
  // title of the records under it.
  if (
    sawBlank &&
    block.marker &&
    block.segments.length === 1 &&
    previous.length <= 80 &&
    !/\p{Ll}/u.test(previous) &&
    !hasFigure(previous) &&
    labelled.test(line.content) &&
    hasFigure(line.content)
  )
    return false
  // "[GFX: FULL SCREEN -- "AT A GLANCE"" over "  GDP 4.71 TRILLION YUAN  +5.8%" over "  RETAIL
  // SALES 2.35 TRILLION YUAN  +6.9%": short indented records of a label and its figure apart from
  // the line above, each a line of its own.
  if (
    line.indent > 0 &&
    block.type === 'text' &&
    isRecordLine(line.content) &&
    (line.indent > last.line.indent || isRecordLine(previous))
  )
    return false
  // "(growth rates in %, unless a level is stated)" over "  Gross regional product: around 6": a
  // note alone on its line over the records it speaks of.
  if (/^\([^()]{3,100}\)$/.test(previous) && labelled.test(line.content) && hasFigure(line.content))
    return false
  if (line.indent > 0) {
    // "(2) Main targets for 2025" over "    a) GRP growth of above 5.5%; …": a numbered heading
    // over the numbered points under it.
    if (
      block.type === 'text' &&
      block.segments.length === 1 &&
      matchNumbering(line.content) &&
      matchNumbering(previous) &&
      !endsWithStop(previous)
    )
      return false
    // "II. Overall Requirements and Policy Orientation for 2024" over an indented paragraph.
    if (
      block.type === 'text' &&
      block.segments.length === 1 &&
      matchNumbering(previous) &&
      !endsWithStop(previous) &&
      previous.length <= 90 &&
      !hasFigure(previous) &&
      !endsOnDanglingWord(previous) &&
      /^[\p{Lu}"“]/u.test(line.content)
    )
      return false
    // "  2020 was an extraordinary year." after a short heading line: a new indented paragraph.
    // (Right under it, not after a line of 80 characters or more, or one that ends on "of": a
    // paragraph's first line, wrapped, in a text whose other paragraphs are a long line each.)
    if (
      block.type === 'text' &&
      block.segments.length === 1 &&
      last.line.end - last.line.start < 0.5 * wrapWidth &&
      (sawBlank || (last.line.end - last.line.start < 80 && !endsOnDanglingWord(previous))) &&
      /^[\p{Lu}\d"“]/u.test(line.content)
    ) {
      return false
    }
    // "    Exports: 709.4 billion yuan, +7.2%" under "    Total imports and exports: 1.16 trillion
    // yuan, +11.2%": indented records of a label and its figure, a line each.
    // (Also under a record whose line wrapped deeper: "    Total imports and exports: …" over
    // "        of which, exports: …" over "    Actual use of foreign capital: …".)
    // ("Proportion of surface water sections with Grade III or better quality: 97.4%": a long
    // label.)
    const head = block.segments[0]!.line
    // ("Provincial-level engineering technology research centers added: three": a count in words.)
    const record = (content: string) =>
      (labelled.test(content) || longRecord.test(content)) &&
      (hasFigure(content) || labelledCount.test(content))
    // ("Fixed asset investment — +9.6%" over "    of which: industrial investment — +15.8%": a
    // record indented under a whole one.)
    // (And "Actual use of foreign capital: …" back at the indentation of the records above; and
    // "    Urban residents — 34,120 yuan" under "Per capita disposable income", their label.)
    if (
      (/^["“]?\p{L}[^:：—]{0,58}[^\d:：—](?:[:：]|\s—\s)/u.test(line.content) ||
        longRecord.test(line.content)) &&
      record(line.content) &&
      (record(previous) ||
        // (Or under a record wrapped over lines deeper than it: "… (up 2.9" over "      percentage
        // points)" over "  Industrial enterprises above designated size: 862".)
        (block.segments.length >= 2 && line.indent < head.indent && record(head.content)) ||
        (line.indent > last.line.indent &&
          previous.length <= 60 &&
          /^\p{Lu}[^.:;!?,\d]*\p{L}$/u.test(previous))) &&
      (line.indent !== last.line.indent || /^\p{Ll}/u.test(line.content)) &&
      // ("… (up 1.2" over "      percentage points)": the brackets of the record's lines closed.)
      bracketsClosed(block) &&
      !goesOn(previous)
    )
      return false
    if (
      // ("5G base stations added: 540": or a model's name; '"Little giant" enterprises: add 5': or
      // a name in quotes.)
      /^(?:["“]?\p{Lu}|\d{1,2}[A-Z]\b)/u.test(line.content) &&
      record(line.content) &&
      ((line.indent === last.line.indent && record(previous)) ||
        (head !== last.line &&
          line.indent === head.indent &&
          last.line.indent > head.indent &&
          record(head.content)))
    )
      return false
    // "Total imports and exports: to remain stable with improved quality" after "…: around 5.5%",
    // as deep: a record in words among records, a line of its own.
    if (
      block.segments.length === 1 &&
      line.indent === last.line.indent &&
      wordsRecord.test(line.content) &&
      !/^(?:notes?|sources?)\s*[:：]/i.test(line.content) &&
      (record(previous) || wordsRecord.test(previous)) &&
      !goesOn(previous)
    )
      return false
    if (opensIndented(block, line, sawBlank, layout.indentOpens)) return false
    // "    Over the past five years, …" after a blank line, under a paragraph that opened as deep
    // and went on less deep: a new paragraph, though the one above was cut off ("… to").
    // ("    Grain output stood at …" after "… 1,860 units of government-subsidized rental" and a
    // blank line, in a paragraph whose lines all stand as deep: a sentence of its own.)
    if (
      sawBlank &&
      block.segments.length >= 2 &&
      line.indent === head.indent &&
      (head.indent > last.line.indent ||
        (head.indent === last.line.indent &&
          head.indent > 0 &&
          /^\p{Lu}\p{Ll}+\s/u.test(line.content) &&
          // (Not "… to the Guangdong-Hong Kong-Macao Greater Bay" over "Area rose …": a name
          // that goes on.)
          /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(previous) &&
          !endsOnDanglingWord(previous))) &&
      /^\p{Lu}/u.test(line.content)
    )
      return false
    // ("   This year we aim …" after "   Altogether 3,260 rural households had their drinking
    // water" and a blank line, in a paragraph that hangs from its first line, "A: (Huang Wenjun)
    // Last year …": as deep as the lines above it, a sentence of its own.)
    if (
      sawBlank &&
      block.segments.length >= 2 &&
      head.indent < last.line.indent &&
      line.indent === last.line.indent &&
      /^\p{Lu}\p{Ll}+\s/u.test(line.content) &&
      /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(previous) &&
      !endsOnDanglingWord(previous)
    )
      return false
    if (!sawBlank) return true
    // ("… grew at an average annual rate of 6.1%.", a blank line, "  (II) Effective investment
    // …": a numbered paragraph of its own, though its bracket opens it as a line that goes on
    // would be.)
    if (!unfinished && matchNumbering(line.content)) return false
    return (unfinished || lower) && !previous.endsWith(':')
  }
  if (sawBlank) return false
  // "858.9" over "billion yuan" over "+5.5%" over "Gross regional product (GRP)": a panel of an
  // infographic, its figure, unit and change over the label of all three.
  if (
    block.type === 'text' &&
    block.segments.length <= 3 &&
    hasFigure(block.segments[0]!.line.content) &&
    block.segments.every((s) => panelPiece(s.line.content))
  ) {
    if (signedChange.test(line.content)) return true
    if (block.segments.length >= 2 && /^\p{Lu}/u.test(line.content) && isLabelLine(line.content))
      return true
  }
  // ("40.27" over "billion yuan" over "Gross regional product (GRP)" over "▲5.6%": or its change
  // under the label; "GRP" over "36.82" over "billion yuan" over "▲ 5.1%": or under the figure
  // its label is over.)
  if (
    block.type === 'text' &&
    block.segments.length >= 2 &&
    block.segments.length <= 4 &&
    signedChange.test(line.content)
  ) {
    const pieces = block.segments.map((s) => s.line.content)
    // (Not "+3.0%" over "Fixed asset investment" over "+5.6%" over "Private investment": changes
    // each over its label.)
    if (
      (hasFigure(pieces[0]!) &&
        !signedChange.test(pieces[0]!) &&
        pieces.slice(0, -1).every(panelPiece) &&
        isLabelLine(pieces.at(-1)!)) ||
      (isLabelLine(pieces[0]!) &&
        figureOnly.test(pieces[1]!) &&
        pieces.slice(1).every((p) => panelPiece(p) && !signedChange.test(p)))
    )
      return true
  }
  // "Around 5%" over "GDP growth target": a big figure over its label (an infographic); "1. 5.5
  // trillion yuan" over "Henan's gross regional product (GRP) in 2020, up 1.3 percent …": the
  // numbered figure of a listicle over the words that name it.
  const numbered = block.segments.length === 1 ? matchNumbering(previous) : undefined
  const figure = numbered ? previous.slice(numbered.length) : previous
  // ("665.5 billion yuan (about 96 billion US dollars)": with a conversion in brackets after it.)
  const open = figure.endsWith(')') ? figure.lastIndexOf('(') : -1
  const bare = open > 0 && figure.length - open <= 62 ? figure.slice(0, open).trimEnd() : figure
  if (
    block.type === 'text' &&
    block.segments.length === 1 &&
    bare.length <= 60 &&
    figureOnly.test(bare) &&
    hasFigure(figure) &&
    (!numbered || /^\d{1,2}[.)]\s/.test(previous)) &&
    /^\p{L}/u.test(line.content) &&
    !matchNumbering(line.content) &&
    (isLabelLine(line.content) ||
      // (The numbered figure's words: they open on a name, not on a verb of a sentence.)
      (numbered !== undefined &&
        !figureOnly.test(line.content) &&
        !/^(?:we|the government|the province|the city|i|it)\b/i.test(line.content)))
  )
    return true
  // "…; and" over "(8) per capita income …": a marker that wrapping put at the start of a line,
  // in a list written inline ("…: (1) GDP growth of about 6 percent; (2) …").
  // (Not after a line of its own numbered the same way: "8. grain output …; and" over "9. …".)
  if (
    matchNumbering(line.content) &&
    (!/(?:[,;，；]\s*(?:and|or)|\b(?:and|or|of|the|to|in))$/i.test(previous) ||
      (block.segments.length === 1 &&
        /^\d{1,2}\.\s/.test(previous) &&
        /^\d{1,2}\.\s/.test(line.content) &&
        Number(/^\d+/.exec(line.content)![0]) === Number(/^\d+/.exec(previous)![0]) + 1)) &&
    !inlineListContinues(block, line.content)
  )
    return false
  const final = previous.charAt(previous.length - 1)
  // A "Label: figure" line after another starts a record of its own ("nearly 1.9 million: …"), as
  // does a "figure -- label" line ("1.16 million -- people lifted out of poverty in 2018").
  // (Not "Spokesperson: The main projected targets … this" over "year are as follows: GDP …",
  // a full line of prose wrapped in the middle of its sentence.)
  const wrapped =
    lower && unfinished && last.line.end - last.line.start >= Math.max(50, 0.75 * wrapWidth)
  // ("Projects each worth 100 million yuan or more under construction: 1,136": a long label.)
  // ("Industrial projects each with investment of over 1 billion yuan started: 11": the next of
  // them a long label too.)
  if (
    (labelled.test(line.content) || longRecord.test(line.content)) &&
    (labelled.test(previous) ||
      longRecord.test(previous) ||
      // ("Minimum basic pension for rural and non-working urban residents — raised by 15 yuan to
      // 165 yuan per month": a long label, a dash and its figure.)
      (longDashed.test(previous) && hasFigure(previous))) &&
    !wrapped
  )
    return false
  if (figureFirst.test(line.content) && figureFirst.test(previous)) return false
  // "Growth of gross regional product" over "Above 6.5%": a table's two columns flattened into
  // lines, each label over its figure.
  // ("Local general public budget revenue" over "1.436 billion yuan，up 3.2%": with its change.)
  if (
    block.type === 'text' &&
    block.segments.length === 1 &&
    (figureOnly.test(line.content) || figureAndChange.test(line.content)) &&
    // "2024 Plans" under a heading: a year is not a figure.
    hasFigure(line.content) &&
    previous.length <= 80 &&
    /^\p{Lu}/u.test(previous) &&
    // ("Average PM2.5 concentration" over "22 micrograms per cubic meter, down 8.3%": a name's
    // digits, over a figure with its change.)
    !hasFigure(
      figureAndChange.test(line.content) ? previous.replace(/\bPM\s?2\.5\b/gi, '') : previous,
    ) &&
    !endsWithStop(previous) &&
    !previous.endsWith(':')
  )
    return true
  // "Around 5%" over "GDP growth target", then "Within 5%" over …: a figure over its label, pair
  // after pair.
  if (
    block.type === 'text' &&
    block.segments.length === 2 &&
    figureOnly.test(line.content) &&
    hasFigure(line.content) &&
    figureOnly.test(block.segments[0]!.line.content) &&
    !hasFigure(previous)
  )
    return false
  // "provincial and municipal key projects, with 185.2 billion yuan invested" over "128" over
  // "projects each …": a figure alone on its line, after the words that name another, opens a
  // panel of its own.
  if (
    block.type === 'text' &&
    bareFigure.test(line.content) &&
    // ("… above designated size reached" over "2,216.": a sentence's end, wrapped.)
    !/[.。]$/.test(line.content) &&
    // ("… After Economy Tops" over "5.7 Trillion Yuan": a headline in title case goes on.)
    !/\d\s*(?:Trillion|Billion|Million|Thousand)\b/.test(line.content) &&
    !figureOnly.test(previous) &&
    !/[,:：-]$/.test(previous) &&
    !endsOnDanglingWord(previous)
  )
    return false
  // "FAI +3.6%" over "private inv. +2.1%": short records of a label and its figure, a line each.
  if (
    lower &&
    block.type === 'text' &&
    previous.length <= 60 &&
    line.content.length <= 60 &&
    figureEnd.test(previous) &&
    figureEnd.test(line.content) &&
    // ("… to 3.2" over "trillion yuan, retail sales grew 5.9%": the figure's unit goes on.)
    !/^(?:trillion|billion|million|thousand|yuan|percent|per cent|tons?|tonnes?)\b/i.test(
      line.content,
    ) &&
    !proseWord.test(previous) &&
    !proseWord.test(line.content)
  )
    return false
  if (lower || final === ',' || final === '，' || final === '-') return true
  // "… up 1.3 percent year on year despite the" over "COVID-19 epidemic. …": a line cannot end on
  // "the"; the next line goes on with its sentence, however short the line (not a note or markup
  // after a line cut off: "[Audio interrupted]", "]]></description>").
  // (Only where the next line goes on in lower case or with a figure: "Total retail sales …" after
  // "… over the" is a new sentence after a line cut off, and "II. The Year That Was" a heading.)
  if (/^(?:\p{Ll}|\d|[A-Z]{2,}[\d-])/u.test(line.content) && endsOnDanglingWord(previous))
    return true
  // "Expand effective investment" at the margin under "  Computing-related enterprises
  // attracted: more than 50": the label of the records after it, out of the record's line.
  if (
    line.indent < last.line.indent &&
    /^\p{Lu}/u.test(line.content) &&
    !hasFigure(line.content) &&
    (labelled.test(previous) || longRecord.test(previous)) &&
    // (A figure after the label's colon, at the end of its line: not "[3] Yuxinou: the railway
    // linking Chongqing with" over "Duisburg, …".)
    /[:：—]\s*[^:：—]*\d[^\s]*(?:\s+\S+){0,3}$/.test(previous) &&
    !endsOnDanglingWord(previous)
  )
    return false
  // "GRP reached **36.82 billion yuan**, up **5.1%**" over "Value added of industrial
  // enterprises … grew **7.8%**": in a post whose lines end their statements without a stop, a
  // line that ends on its figure and a line that opens on a capital are two.
  if (layout.unstopped && /[\d%*]$/.test(previous) && /^(?:\*\*)?[\p{Lu}\d]/u.test(line.content))
    return false
  // Wrapped prose: the previous line ran to the wrap width and did not end its sentence there
  // (or it did, in a text whose paragraphs end at blank lines, or open on an indented line:
  // "    The year 2024 marked …" over "China and was a crucial year for … Plan." over "Faced
  // with …", a printed page's paragraph going on at the margin).
  const width = last.line.end - last.line.start
  const goesOnAtMargin =
    layout.indentOpens &&
    block.type === 'text' &&
    line.indent === 0 &&
    !matchNumbering(line.content) &&
    // (Not a note at the page's foot: "2 Industrial enterprises with …".)
    !/^(?:\d{1,2}|\[\d{1,2}\]|[*†‡])\s+\p{Lu}/u.test(line.content)
  return (
    (unfinished || blankSeparated || goesOnAtMargin) &&
    !previous.endsWith(':') &&
    width >= Math.max(50, 0.75 * wrapWidth)
  )
}

/**
 * "    Over the five years of …" under "rose by a mere 0.4%.", in a paragraph whose first line is
 * indented like it and whose other lines are not: text taken from a printed page, each paragraph
 * opening on an indented line (the paragraph goes on with the one before it; see `indented`).
 */
function opensIndented(
  block: Block,
  line: SourceLine,
  sawBlank: boolean,
  indentOpens: boolean,
): boolean {
  const last = block.segments.at(-1)
  return (
    last !== undefined &&
    !sawBlank &&
    block.type === 'text' &&
    line.indent > 0 &&
    last.line.indent === 0 &&
    // (Or under a paragraph that went on from a page before, in a text whose paragraphs all open
    // so.)
    (block.segments[0]!.line.indent === line.indent ||
      (indentOpens && block.segments[0]!.line.indent === 0)) &&
    block.segments.length >= 2 &&
    endsWithStop(last.line.content) &&
    // ("    (1) We took solid steps …": or its number.)
    (/^[\p{Lu}\d"“]/u.test(line.content) ||
      (indentOpens && matchNumbering(line.content) !== undefined))
  )
}

/**
 * Whether the text's lines are statements written without a stop, a post's: of twelve lines of
 * words or more, not one in ten ends on a stop, and one in four or more ends on a figure.
 */
function linesUnstopped(lines: readonly SourceLine[]): boolean {
  let words = 0
  let stopped = 0
  let figures = 0
  // (Most texts end a sentence on a line in ten or more: passed over once that many are read.)
  const enough = 0.1 * lines.length
  for (const line of lines) {
    if (line.contentStart === line.contentEnd || !/\p{L}{3}/u.test(line.content)) continue
    words++
    if (endsWithStop(line.content)) {
      if (++stopped >= enough) return false
    } else if (/\d[%*]*$/.test(line.content.slice(-4))) figures++
  }
  return words >= 12 && stopped < 0.1 * words && figures >= 0.25 * words
}

/**
 * Whether the text's paragraphs open on an indented line and go on at the margin, as a printed
 * page's do: three or more indented lines stand between a line at the margin that ends a sentence
 * and one at the margin that goes on, and few indented lines have another under them.
 */
function paragraphsOpenIndented(lines: readonly SourceLine[]): boolean {
  let opens = 0
  let deep = 0
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i]!
    if (line.indent === 0 || line.contentStart === line.contentEnd) continue
    const next = lines[i + 1]!
    if (next.contentStart === next.contentEnd) continue
    if (next.indent > 0) deep++
    else {
      const before = lines[i - 1]!
      if (
        before.contentStart !== before.contentEnd &&
        before.indent === 0 &&
        endsWithStop(before.content)
      )
        opens++
    }
  }
  return opens >= 3 && opens >= 2 * deep
}

/**
 * Whether the text's paragraphs end at blank lines: most lines that end a sentence short of the
 * wrap width (a paragraph's last line) have a blank line after them. In such a text a full line
 * that ends a sentence is followed by more of its paragraph.
 */
function paragraphsEndAtBlanks(lines: readonly SourceLine[], wrapWidth: number): boolean {
  let ends = 0
  let blank = 0
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!
    const width = line.end - line.start
    if (line.contentStart === line.contentEnd || width < 20 || width >= 0.75 * wrapWidth) continue
    if (!endsWithStop(line.content)) continue
    ends++
    const next = lines[i + 1]!
    if (next.contentStart === next.contentEnd) blank++
  }
  return ends >= 5 && blank >= 0.8 * ends
}

/**
 * "+3.6%", "5.3%;", "54.47 mn t", "2.2 tn yuan": a terse record's end on a figure, in words no
 * sentence of prose uses ("rose 11.3 percent to 214.1 billion yuan" over "last year, while …").
 */
const figureEnd = /\d%?(?:\s+[a-z]{1,4}\.?){0,2}[;,]?$|\d%(?:\s*(?:yoy|y\/y))?[;,]?$/i
const proseWord = /\b(?:the|and|while|was|were|which|that|its|their|has|have|had|is|are)\b/i

// "Above", "no less than", "~": the qualifier and sign a line's figure may open on.
const lineFigure = String.raw`^(?:(?:above|below|within|around|about|over|more than|no less than|at least|nearly|approximately)\s+)?[-+~≈]?\d[\d,.]*\s*`

const figureStart = new RegExp(lineFigure, 'i')

/**
 * "1.436 billion yuan，up 3.2%", "287 million yuan   ▲ 14.8%": a figure and its change alone, in
 * words or arrows (not "388.1 billion yuan, -0.5%" over the label of the next figure).
 */
const figureAndChange = new RegExp(
  // ("97.3%, up 1.2 percentage points", "22 micrograms per cubic meter, down 8.3%")
  String.raw`${lineFigure}(?:%|(?:(?:trillion|billion|million|thousand)\s+)?[a-z]+(?:\s+[a-z]+){0,3})\s*[,，]?\s*(?:[▲▼↑↓]\s*|(?:up|down)\s+)\d[\d.,]*\s*(?:%|percentage points?|pp)?$`,
  'i',
)

const taskLine =
  /^(?:Build|Add|Raise|Renovate|Create|Keep|Ensure|Expand|Complete|Start|Launch|Cut|Reduce|Increase|Plant|Open|Train|Upgrade|Support|Attract|Introduce|Achieve|Push|Boost|Promote|Develop|Implement|Accelerate|Strengthen|Improve|Speed up|Cultivate|Supply|Host|Hold|Lift|Set up|Roll out|Carry out)\s+\S/

// "~5%", "around 6%", "640.2 billion yuan": a sidebar's figure at the start of its line.
const leadFigure = String.raw`^(?:(?:above|below|within|around|about|over|more than|no less than|at least|nearly|approximately)\s+)?[-+~≈≤≥<>]?\d[\d,.]*%?(?:\s+[a-z]+){0,2}`
const figureThenLabel = new RegExp(String.raw`${leadFigure} {2,}\p{L}`, 'iu')
/** "503.6 billion yuan — gross regional product, 2025": a figure, a dash, then its label. */
const figureDashLabel = new RegExp(String.raw`${leadFigure}\s+[—–]\s+\p{L}[^—–]{0,70}$`, 'iu')

/** "128", "291.6 billion yuan", "+4.1%", "Over 1": a figure with no more than its scale and unit. */
const bareFigure = new RegExp(
  `${lineFigure}(?:%|(?:trillion|billion|million|thousand)(?:\\s+[a-z]+)?)?$`,
  'i',
)

/** "Above 6.5%", "700,000", "Around 3%": a line that holds a figure and nothing else. */
const figureOnly = new RegExp(
  `${lineFigure}(?:%|(?:(?:trillion|billion|million|thousand)\\s+)?[a-z]+(?:\\s+[a-z]+)?)?$`,
  'i',
)

// "billion yuan", "million TEUs": the unit of a panel's figure on a line of its own.
const scaleLeads =
  '100 million|10,000|hundred million|ten thousand|trillion|billion|million|thousand'
const unitLine = new RegExp(`^(?:(?:${scaleLeads})\\s+)?[a-z]+(?:\\s+[a-z]+){0,2}$`)
// "million TEUs": a scale opening the line, whatever its noun is written in.
const scaleLead = new RegExp(`^(?:${scaleLeads})\\b`, 'i')
// "+5.5%", "Down 3.1%", "↑0.4 percentage points": a change on a line of its own.
const signedChange =
  /^(?:[+\-−↑↓▲▼]\s*\d[\d,.]*|(?:up|down)\s+\d[\d,.]*)\s*(?:%|percentage points?|pp)?$/i

/** "Gross regional product (GRP)": a short line naming a figure, neither a figure nor numbered. */
function isLabelLine(content: string): boolean {
  return !figureOnly.test(content) && content.length <= 100 && !matchNumbering(content)
}

function panelPiece(content: string): boolean {
  return figureOnly.test(content) || unitLine.test(content) || signedChange.test(content)
}

const figureFirst =
  /^(?:(?:about|around|over|more than|nearly)\s+)?[~≈]?\d[\d.,]*(?:%|\s*[a-z]+)?(?:\s*(?:-|–|to)\s*\d[\d.,]*%?)?\s+(?:--|—|–)\s+\S/i

/** An item of the list being read: its marker, indentation and block. */
interface OpenItem {
  marker: string
  indent: number
  item: Block | undefined
}

/**
 * The level a bullet takes: back to an open level with the same marker, one deeper when indented
 * further, and at equal indentation one deeper only for a lighter marker ("►" under "●") or under
 * an item that titles what follows ("• Five years in review (2018-2022)" over "-- GRP grew …").
 */
function nestingLevel(
  stack: readonly OpenItem[],
  marker: string,
  indent: number,
  previous: Block | undefined,
): number {
  const top = stack.at(-1)
  if (
    top &&
    top.item === previous &&
    top.marker !== marker &&
    Math.abs(indent - top.indent) <= 1 &&
    isTitleItem(top.item)
  )
    return stack.length + 1
  // ("• Main targets for 2023" after the "--" items under "• Five years in review": back to the
  // level of the titles.)
  if (top && top.marker !== marker) {
    for (let i = stack.length - 2; i >= 0; i--) {
      const open = stack[i]!
      if (Math.abs(indent - open.indent) > 1) break
      if (open.marker === marker && isTitleItem(open.item)) return i + 1
    }
  }
  for (let i = stack.length - 1; i >= 0; i--) {
    const open = stack[i]!
    if (indent < open.indent - 1) continue
    if (open.marker === marker || indent <= open.indent + 1) {
      if (open.marker === marker) return indent > open.indent + 1 ? i + 2 : i + 1
      return markerWeight(marker) > markerWeight(open.marker) ? i + 2 : i + 1
    }
    return i + 2
  }
  return 1
}

/** A one-line item without a figure or a stop: the title of the items under it. */
export function isTitleItem(item: Block | undefined): boolean {
  if (item?.type !== 'item' || item.segments.length !== 1) return false
  const segment = item.segments[0]!
  const text = segment.line.content.slice(
    segment.start - segment.line.contentStart,
    segment.end - segment.line.contentStart,
  )
  // ("📌 PART 02 | What will Linwu do in 2025?": a post's numbered part, its title a question.)
  if (postPart.test(text)) return true
  return text.length <= 80 && !/[.;,。；，!?]$/.test(text) && !hasFigure(text)
}

/** "PART 02 | What will Linwu do in 2025?": the number and title of a part of a post. */
export const postPart =
  /^part\s+\d{1,2}\s*[|:：–—]\s*\p{L}[^.;,。；，!\d]{0,70}(?:(?:19|20)\d{2}[^.;,。；，!\d]{0,20})?$/iu

function markerWeight(marker: string): number {
  return '►▸▹▶▷➢➤•▪○·✓✔'.includes(marker) ? 1 : 0
}

/** The lines of a row of a flattened table, and how many of them its first cell (the label) takes. */
interface FlatRow {
  lines: number[]
  label: number
}

/** "2. Per capita GRP (yuan)", "11. R&D intensity (%)": a numbered label of a row. */
const numberedLabel = /^\d{1,2}[.)]\s+\p{L}/u

/** "billion yuan", "—", "around 6% growth", "positive growth": a cell after a row's label. */
function valueCell(content: string): boolean {
  return (
    content.length > 0 &&
    content.length <= 40 &&
    // (Not the next row's numbered label: "11. R&D intensity (%)".)
    !numberedLabel.test(content) &&
    // ("In step with economic growth": a target in words, capitalised.)
    (hasFigure(content) ||
      /^[—–-]+$|^%$|^[a-z]/.test(content) ||
      /^(?:in step|in line|stable|steady|basically|keep|kept|maintain|meet|to be)\b/i.test(content))
  )
}

/**
 * A cell that cannot open the next row: "—", "1,289.9", "around 6%", "Above 6.5%" (not "PM2.5
 * average concentration" or "Surveyed urban unemployment rate[1]", labels with digits).
 */
function nextCell(content: string): boolean {
  return (
    valueCell(content) &&
    (/^[a-z\d—–%+-]/.test(content) ||
      /^(?:above|below|around|about|within|over|more than|no less than|at least|up|down|nearly|approximately)\b/i.test(
        content,
      ))
  )
}

/**
 * "Indicator" over "Unit" over "2022 Actual" over "Growth (%)" over "2023 Target", then a row's
 * cells a line each: a table flattened one cell a line, as text copied from a web page or a PDF
 * comes out. Each row (the header's too) by the index of its first line. A label may wrap ("Value
 * added of … size" over "(billion yuan)"), a row may run across the foot and head of a page (blank
 * here), and a line that names a group of rows ("I. Economic Development") is a row of one cell.
 */
function flatTableRows(lines: readonly SourceLine[]): Map<number, FlatRow> {
  const rows = new Map<number, FlatRow>()
  const nextFilled = (from: number, limit = 12) => {
    let at = from
    while (at < lines.length && at < from + limit && lines[at]!.content.length === 0) at++
    return at < lines.length && lines[at]!.content.length > 0 ? at : -1
  }
  // "(billion yuan)", "designated size": a line that goes on with the label above it.
  const continuesLabel = (at: number) =>
    /^[(a-z]/.test(lines[at]!.content) &&
    !hasFigure(lines[at]!.content) &&
    lines[at]!.content.length <= 60
  for (let i = 0; i < lines.length; i++) {
    // (The cell opens on "i" or "n": most lines are passed over at once.)
    const first = lines[i]!.content.charCodeAt(0) | 32
    if ((first !== 105 && first !== 110) || !firstHeaderCell.test(lines[i]!.content)) continue
    let width = 1
    while (
      i + width < lines.length &&
      lines[i + width]!.content.length > 0 &&
      lines[i + width]!.content.length <= 30 &&
      headerCell.test(lines[i + width]!.content) &&
      !hasFigure(lines[i + width]!.content) &&
      // (Not the first row's label, "GRP growth" over "%" or "5.6": its cells follow it.)
      !(
        i + width + 1 < lines.length &&
        valueCell(lines[i + width + 1]!.content) &&
        !/\b(?:19|20)\d{2}\b/.test(lines[i + width]!.content)
      )
    )
      width++
    if (width < 3) continue
    const found: FlatRow[] = []
    let at = nextFilled(i + width, 2)
    while (at !== -1) {
      const label = lines[at]!.content
      // ("2. Per capita GRP (yuan)": a label may be numbered.)
      const numbered = numberedLabel.test(label)
      if (label.length > 90 || (!numbered && (!/^[\p{Lu}(]/u.test(label) || nextCell(label)))) break
      // "I. Economic Development" over "1. Gross regional product …": the title of a group.
      const after = nextFilled(at + 1)
      if (after !== -1 && !valueCell(lines[after]!.content) && !continuesLabel(after)) {
        if (numbered || hasFigure(label)) break
        found.push({ lines: [at], label: 1 })
        at = after
        continue
      }
      // The label takes one line, or goes on ("… above designated size" over "(billion yuan)"):
      // as many as leave the row its cells, with the next row's label (or the end) after them.
      let row: FlatRow | undefined
      for (let label = 1; label <= 3 && !row; label++) {
        const taken = [at]
        let next = nextFilled(at + 1)
        while (taken.length < label && next === taken.at(-1)! + 1 && continuesLabel(next)) {
          taken.push(next)
          next = nextFilled(next + 1)
        }
        if (taken.length < label) break
        let cells = 0
        while (cells < width - 1 && next !== -1 && valueCell(lines[next]!.content)) {
          taken.push(next)
          cells++
          // ("10,000" over "people": a unit cell of two lines, its scale over its noun.)
          const noun = nextFilled(next + 1)
          if (
            noun === next + 1 &&
            scaleCell.test(lines[next]!.content) &&
            /^[a-z]+(?:\s+[a-z]+)?$/.test(lines[noun]!.content)
          ) {
            taken.push(noun)
            next = noun
          }
          next = nextFilled(next + 1)
        }
        if (cells < width - 1) continue
        // ("in step with economic" over "growth": the words of a last cell, wrapped.)
        while (
          next !== -1 &&
          next === taken.at(-1)! + 1 &&
          /^[a-z]/.test(lines[taken.at(-1)!]!.content) &&
          !hasFigure(lines[taken.at(-1)!]!.content) &&
          continuesLabel(next) &&
          !/^[(]/.test(lines[next]!.content)
        ) {
          taken.push(next)
          next = nextFilled(next + 1)
        }
        if (next !== -1 && (nextCell(lines[next]!.content) || continuesLabel(next))) continue
        row = { lines: taken, label }
      }
      if (!row) break
      found.push(row)
      at = nextFilled(row.lines.at(-1)! + 1)
    }
    if (found.filter((row) => row.lines.length > row.label).length < 2) continue
    rows.set(i, { lines: Array.from({ length: width }, (_, k) => i + k), label: 1 })
    for (const row of found) rows.set(row.lines[0]!, row)
    const last = found.at(-1)!.lines.at(-1)!
    i = last
  }
  return rows
}

/** The width lines are wrapped at: the 90th percentile of non-blank line lengths. */
function typicalWidth(lines: readonly SourceLine[]): number {
  // A histogram, not a sort: linear in the number of lines.
  const histogram = new Uint32Array(1001)
  let count = 0
  for (const line of lines) {
    if (line.contentEnd === line.contentStart) continue
    histogram[Math.min(line.end - line.start, 1000)]!++
    count++
  }
  if (count === 0) return 80
  let seen = 0
  for (let width = 0; width <= 1000; width++) {
    seen += histogram[width]!
    if (seen > count * 0.9) return width
  }
  return 80
}

/**
 * Whether a line starting "(6)" continues a block that already holds "(5)" inside its text: an
 * inline list wrapped at a marker.
 */
function inlineListContinues(block: Block, content: string): boolean {
  const marker = /^\((\d{1,2})\)\s/.exec(content)
  if (!marker) return false
  const before = `(${Number(marker[1]) - 1})`
  return block.segments.some((segment, i) => {
    const at = segment.line.content.indexOf(before)
    return at > 0 || (at === 0 && i > 0)
  })
}

/** The block's text: segments joined by one space, or by nothing after a hyphen that breaks a word. */
export function joinSegments(
  text: string,
  segments: readonly Segment[],
): { value: string; starts: number[] } {
  let value = ''
  const starts: number[] = []
  for (const segment of segments) {
    const piece = text.slice(segment.start, segment.end)
    if (value && !(brokenWord(value) && isLatinLetter(piece.charCodeAt(0)))) value += ' '
    starts.push(value.length)
    value += piece
  }
  return { value, starts }
}

/** Whether a line ends on a word an English sentence cannot end on ("the", "of", "and"). */
/** "Total imports and exports: to remain stable": a capitalized label and words after its colon. */
const wordsRecord = /^\p{Lu}[^:：]{1,59}[:：]\s+\S/u

/**
 * Whether every bracket the lines of a block opened is closed: over the lines of a record wrapped
 * over three lines at most whose last line closes one ("… (up 2.9" over "percentage points)");
 * otherwise on its last line.
 */
function bracketsClosed(block: Block): boolean {
  const wrapped = block.segments.length <= 3 && block.segments.at(-1)!.line.content.includes(')')
  let depth = 0
  for (const segment of wrapped ? block.segments : block.segments.slice(-1))
    for (const char of segment.line.content)
      if (char === '(') depth++
      else if (char === ')') depth--
  return depth === 0
}

/** Whether a record's line goes on in the next ("…, up 5%,", "… and"): a comma, a colon, a word. */
function goesOn(text: string): boolean {
  return /[,;:(]$|\b(?:and|or|of|the|to|in|by|up|down)$/i.test(text)
}

function endsOnDanglingWord(text: string): boolean {
  return danglingWords.has(text.slice(text.lastIndexOf(' ') + 1).toLowerCase())
}

/** Whether the text ends in a letter and a hyphen: a word broken at the end of a line. */
function brokenWord(text: string): boolean {
  return text.endsWith('-') && isLatinLetter(text.charCodeAt(text.length - 2))
}
