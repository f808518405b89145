import type { Heading, Root, RootContent } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { withoutStacks } from '../diagnostics.js'
import { boxSides, groupBlocks } from './blocks.js'
import {
  type SourceLine,
  atxHeadings,
  isSpaceCode,
  subtitleCues,
  pointAt,
  splitLines,
  unquoteLines,
} from './lines.js'
import type { Furniture } from './mdast.js'
import { reportMeta } from './meta.js'
import { frontMatterEnd, parseMarkdownReport } from './markdown.js'
import { buildOutline, makeRoot } from './outline.js'

import {
  breadcrumbSegments,
  firstHeaderCell,
  hasFigure,
  headerCell,
  isPageNumber,
  isRelatedHeading,
  isTableRow,
  isUnderline,
  matchBullet,
  matchDate,
  isWireLine,
  matchFurniture,
  matchNumbering,
  bracketedPart,
  plainCsv,
  titleWords,
  unitAlone,
  unnumberedTitle,
  yearsIn,
} from './patterns.js'

/** "━━━━━━━━": a rule of box-drawing characters, above and below a title. */
const boxRule = /^[━═─]{5,}$/
/** "━", "═", "─": the characters of a `boxRule`. */
const isRuleCode = (code: number) => code === 0x2501 || code === 0x2550 || code === 0x2500

export type { Furniture, HeadingRole, ReportMeta } from './mdast.js'

/**
 * Whether a text is Markdown: its first line is an ATX title ("# …") and at least two more ATX
 * headings follow. Plain-text reports do not start lines with "#".
 */
function looksLikeMarkdown(text: string): boolean {
  // A note may open with YAML front matter ("---", "title: …", "---") before its first heading.
  const from = frontMatterEnd(text)
  const start = text.slice(from).search(/\S/)
  if (start === -1 || !/^#\s+\S/.test(text.slice(from + start, from + start + 3))) return false
  let count = 0
  const atx = /^#{1,6}\s+\S/gm
  while (atx.exec(text) && count < 3) count++
  if (count < 3) return false
  // "# Source: …" over rows of comma-separated values: the comment lines of a data file.
  const lines = text.split('\n', 400).filter((line) => line.trim() && !line.startsWith('#'))
  return lines.filter((line) => plainCsv(line.trim())).length < Math.max(5, lines.length / 2)
}

/**
 * Parse the text of a work report into an mdast tree. Every node has a position in `file.value`;
 * page furniture and report metadata go to `file.data.furniture` and `file.data.meta`; cut-off
 * lines are reported on the file as `truncated-line` warnings. Markdown sources (`.md`) go through
 * remark-parse and come out in the same shape.
 */
export function parseReport(file: VFile): Root {
  if (file.extname === '.md' || file.extname === '.markdown') return parseMarkdownReport(file)
  const text = String(file.value ?? '')
  // A text file written in Markdown ("# Title", "## I. Review of 2020"): the Markdown parser.
  if (looksLikeMarkdown(text)) return parseMarkdownReport(file)
  const atx = atxHeadings(unquoteLines(splitLines(text), text))
  const lines = atx.lines
  // "12" over "00:01:02,500 --> 00:01:05,000" over a line of subtitle: the text runs on across the
  // cues, which are furniture, and across the blank lines between them.
  const cues = subtitleCues(lines)
  const { furniture, titleLine, skip, underlined, footnotes } = findFurniture(lines, cues)
  for (const line of atx.headings) underlined.add(line)

  const body = lines.slice()
  for (const [number, kind] of skip) body[number - 1] = blankLine(lines[number - 1]!, kind)
  if (cues)
    for (const [i, line] of body.entries())
      if (cues.has(line.line) || isBlank(line)) body[i] = { ...blankLine(line), transparent: true }
  const titleIndex = titleLine ? titleLine.line - 1 : -1
  const before = groupBlocks(body.slice(0, Math.max(titleIndex, 0)), cues !== undefined)
  const after = groupBlocks(body.slice(titleIndex + 1), cues !== undefined)
  // "│ 404.58 bn yuan   GDP in 2022, +2.3%   │": the sides of a box's row, read inside them.
  const sides: Furniture[] = []
  for (const block of [...before, ...after])
    for (const { line, start, end } of block.segments)
      if (start > line.contentStart && end < line.contentEnd && boxSides(line.content))
        for (const at of [line.contentStart, line.contentEnd - 1])
          sides.push({
            kind: 'border',
            value: text[at]!,
            position: { start: pointAt(line, at), end: pointAt(line, at + 1) },
          })
  if (sides.length > 0) {
    furniture.push(...sides)
    furniture.sort((a, b) => a.position.start.offset! - b.position.start.offset!)
  }

  const title = titleLine?.content ?? null
  // The date of the page, else of the dateline ("Delivered at … on 27 January 2021") under the title.
  // (A date in the footer comes last: "Tibet's tourism revenue up 31.5 pct in 2018 (2019-01-10)"
  // is the date of a related story.)
  const dateOf = (footer: boolean) =>
    furniture
      .filter((f) => (f.kind === 'footer') === footer)
      .map((f) => matchDate(f.value))
      .find((d) => d !== undefined)
  const published = dateOf(false) ?? datelineDate(lines, titleLine) ?? dateOf(true) ?? null
  // ("Twelve months that tested Yunnan: 2020, month by month": a title that names no report names
  // the year it looks back on, not the report's; the page's date comes first.)
  const reportYear =
    (title && (/\breport\b/i.test(title) || !published) ? titleYear(title) : undefined) ??
    namedReportYear(lines, titleLine) ??
    (published ? Number(published.slice(0, 4)) : null) ??
    yearAfterResults(text) ??
    // ("Time: 2026-01-27 16:05    Source: Putian Daily" under a headline that names no year: the
    // date the page was put up.)
    topDateYear(lines)

  const head = buildOutline(text, before, reportYear, underlined)
  // "ZHEJIANG'S 2018 GOVERNMENT WORK REPORT" over "Five years in review (2013-2017) and the
  // targets for 2018": the title's second line, no part of the report.
  const first = after[0]?.segments[0]?.line
  // (Only a line that names the review and the plan together: "Main Targets for 2024" under the
  // title is a part of its own.)
  const subtitle =
    titleLine &&
    first &&
    first.line === titleLine.line + 1 &&
    after[0]!.segments.length === 1 &&
    /\b(?:review|past|years?)\b.*\band\b.*\b(?:targets?|plans?|tasks?|goals?)\b/i.test(
      first.content,
    )
      ? first.line
      : undefined
  // "Nanchang sets 2026 targets, bets on VR and aviation" under the page's title "Nanchang sets 2026
  // targets, bets on VR and aviation - Chinadaily.com.cn": a story's headline again, no part.
  // (The part after the dash names a site, not the report: "Main Targets for 2025 - Nanchang
  // Government Work Report" over "Main Targets for 2025" is a title over its part.)
  const suffix = title ? /\s+[-–—|_]\s+([^-–—|_]{2,40})$/.exec(title) : null
  const headline =
    suffix && !titleWords.test(suffix[1]!) ? title!.slice(0, suffix.index).toLowerCase() : undefined
  const repeated = after
    .slice(0, 12)
    .find(
      (block) =>
        block.segments.length === 1 &&
        headline !== undefined &&
        headline.length >= 20 &&
        block.segments[0]!.line.content.toLowerCase() === headline,
    )?.segments[0]!.line.line
  const rest = buildOutline(text, after, reportYear, underlined, subtitle ?? repeated)
  const children = [...head.children]
  if (titleLine) {
    const position = {
      start: pointAt(titleLine, titleLine.contentStart),
      end: pointAt(titleLine, titleLine.contentEnd),
    }
    const heading: Heading = {
      type: 'heading',
      depth: 1,
      children: [{ type: 'text', value: titleLine.content, position }],
      position,
      data: { role: 'title' },
    }
    children.push(heading)
  } else {
    file.message(
      'Cannot find the report title, expected a line naming the work report near the top',
      {
        place: { line: 1, column: 1 },
        ruleId: 'missing-title',
        source: 'briefing',
      },
    )
  }
  children.push(...rest.children)

  withoutStacks(() => {
    for (const { segment, tail } of [...head.truncations, ...rest.truncations]) {
      const line = segment.line
      file.message(
        `Line appears cut off after “…${tail.trimStart()}”; the rest of it is missing from the source`,
        {
          place: { start: pointAt(line, line.contentStart), end: pointAt(line, line.contentEnd) },
          ruleId: 'truncated-line',
          source: 'briefing',
        },
      )
    }
  })

  const last = lines.at(-1)!
  const tree = makeRoot(children, pointAt(last, last.end))
  // Note: the walk is skipped when no line opens on a note's mark.
  if (footnotes.size > 0 || lines.some(opensNote))
    markFootnotes(
      tree,
      footnotes,
      furniture.filter((f) => f.kind === 'page' && /^slide\s+\d/i.test(f.value)).length,
    )
  file.data.furniture = furniture
  file.data.format = 'text'
  // ("<title>Highlights of … 2019</title>": the title of a feed's item, without the element
  // around it; markup inside a title is text.)
  const element = title?.startsWith('<')
    ? /^<([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?>(.*?)<\/\1>/.exec(title)
    : null
  const titleText = element
    ? element[2]!.replace(/<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?>/g, '').trim()
    : title
  file.data.meta = reportMeta(tree, titleText ?? null, published, reportYear, text)
  return tree
}

/** The unified plugin: `unified().use(reportParse)` parses report text into mdast. */
export function reportParse(this: Processor<Root>): void {
  this.parser = (_document, file) => parseReport(file)
}

const topWindow = 12
const bottomWindow = 20

/** The page furniture above the title and below the last line of the report, and the title line. */
function findFurniture(
  lines: readonly SourceLine[],
  cues: ReadonlySet<number> | undefined,
): {
  furniture: Furniture[]
  titleLine: SourceLine | undefined
  /** The lines that are no text, with what they are. */
  skip: Map<number, Furniture['kind'] | 'title'>
  underlined: Set<number>
  footnotes: Map<number, string>
} {
  // Only the first and last lines are looked at: the body of a long report costs nothing here.
  const top: SourceLine[] = []
  let first: SourceLine | undefined
  const menu = siteMenu(lines)
  for (const line of lines) {
    if (isBlank(line) || menu.has(line.line) || cues?.has(line.line)) continue
    first ??= line
    // (A line opening on an emoji may be the headline of a post.)
    const bullet = matchBullet(line.content)
    if (
      top.length >= topWindow ||
      (bullet && bullet.marker !== 'emoji') ||
      matchNumbering(line.content)
    )
      break
    top.push(line)
  }
  const crumbs = new Set(
    top.flatMap((l) => (/>>|»|›|\s>\s/.test(l.content) ? breadcrumbSegments(l.content) : [])),
  )
  const furnitureAt = new Map<number, Furniture['kind']>()
  for (const line of menu) furnitureAt.set(line, 'site')
  for (const line of cues ?? []) furnitureAt.set(line, 'page')
  // Setext underlines ("Review of Work in 2023" over "-------"): the line above is a heading.
  const underlined = new Set<number>()
  // A rule that opens the text (the top of a banner) underlines nothing.
  if (lines[0] && isUnderline(lines[0].content) && lines[0].content.length >= 5)
    furnitureAt.set(lines[0].line, 'rule')
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    const code = line.content.charCodeAt(0)
    // "======== Slide 3 ========": where a slide of a deck begins; the line after it is its title.
    if (
      (code === 61 ||
        code === 45 ||
        code === 35 ||
        code === 42 ||
        code === 0x2500 ||
        code === 0x2501) &&
      slideMark.test(line.content)
    ) {
      furnitureAt.set(line.line, 'page')
      const title = lines.slice(i + 1).find((l) => !isBlank(l))
      // (Not "CONTENTS   01 Review of Work in 2024  ·  02 …", the contents of the deck.)
      if (
        title &&
        !slideMark.test(title.content) &&
        title.content.length <= 100 &&
        !/^\W*contents\b/i.test(title.content)
      )
        underlined.add(title.line)
      continue
    }
    // "【2021 targets】": a heading of a post, in lenticular brackets.
    // ("🏆【Five-year scorecard | the 14th Five-Year Plan (2021-2025)】": perhaps after an emoji.)
    if (
      (code === 0x3010 || (code > 0xff && /^[^\p{L}\d【]{1,4}【/u.test(line.content))) &&
      line.content.endsWith('】') &&
      line.content.length <= 84 &&
      line.content.indexOf('】') === line.content.length - 1
    ) {
      underlined.add(line.line)
      continue
    }
    // "━━━━━━" over "📊 PART 1 | 2022 IN NUMBERS" over "━━━━━━": a title boxed between rules.
    if (
      i >= 2 &&
      isRuleCode(line.content.charCodeAt(0)) &&
      boxRule.test(line.content) &&
      boxRule.test(lines[i - 2]!.content) &&
      lines[i - 1]!.content.length <= 80 &&
      /\p{L}/u.test(lines[i - 1]!.content) &&
      // (Not "In 2023 GDP grew 5.2 percent" boxed as a figure, nor "Indicator   2025 Actual   2026
      // Target", the header of a table between its rules.)
      !hasFigure(unnumberedTitle(lines[i - 1]!.content)) &&
      !(
        /^(?:indicators?|items?|category|measures?|metrics?)\b/i.test(lines[i - 1]!.content) &&
        /\S(?: {3,}|\t+)\S.*\S(?: {3,}|\t+)\S/.test(lines[i - 1]!.content)
      ) &&
      !/[.,;:!?。]$/.test(lines[i - 1]!.content)
    ) {
      underlined.add(lines[i - 1]!.line)
      continue
    }
    // "[Review of Work in 2021]", "[Major Tasks for 2022]": a part's heading in square brackets
    // (not "[Editor: Liu Yang]", "[icon: target]" or "[Applause]").
    if (code === 91 && bracketedPart(line.content)) {
      underlined.add(line.line)
      continue
    }
    // "== Review of 2024 ==": a heading of a wiki page ("== MAIN TARGETS FOR 2025 == (p. 21)": with
    // the page it was found on after it).
    // Note: the closing marks are tested first; the regex runs on a line that has them.
    if (
      code === 61 &&
      (line.content.endsWith('==') ||
        (line.content.endsWith(')') && /==\s+\([^()=]{1,20}\)$/.test(line.content.slice(-28)))) &&
      // ("======== II. THE 14TH FIVE-YEAR PLAN PERIOD (2021-2025) ========": or more marks.)
      /^(={2,10})[^=]*[^=\s][^=]*\1(?:\s+\([^()=]{1,20}\))?$/.test(line.content)
    ) {
      underlined.add(line.line)
      continue
    }
    if ((code !== 61 && code !== 45) || !isUnderline(line.content)) continue
    const above = lines[i - 1]!
    if (
      isBlank(above) ||
      above.content.length > 100 ||
      matchBullet(above.content) ||
      isUnderline(above.content) ||
      // "Days with good air quality: 286" over the rule closing a box: a figure is not a heading
      // ("MAIN TARGETS [2]" is, with its note mark).
      hasFigure(above.content.replace(/\[\d{1,2}\]/g, '').replace(/^\(?\d{1,2}[.)]\s+/, '')) ||
      // "Indicator      2022 result      2023 target" over a rule: the header of a table (and
      // "(%)", the unit of one of its cells on the line under it).
      isTableRow(above.content) ||
      unitAlone.test(above.content) ||
      // ("Indicator   Unit   2024     Growth   2025" over "         actual   (%)   target": the
      // header's second line, its cells under those of the first.)
      // ("Indicator   Unit   2025   Change over" over "            2024 (%)": one cell of it.)
      (i >= 2 &&
        above.indent >= 8 &&
        (/\S {3,}\S/.test(above.content) || above.content.length <= 24) &&
        isTableRow(lines[i - 2]!.content))
    ) {
      // A rule of its own (around a box or a table's title) is furniture, not text.
      if (line.content.length >= 5) furnitureAt.set(line.line, 'rule')
      continue
    }
    furnitureAt.set(line.line, 'rule')
    underlined.add(above.line)
  }
  for (const line of top) {
    if (furnitureAt.has(line.line)) continue
    const kind = matchFurniture(line.content, crumbs, 'top')
    if (kind) furnitureAt.set(line.line, kind)
  }
  const candidates = top.filter((l) => !furnitureAt.has(l.line))
  // A title names the report, but a long sentence that mentions it ("…, according to the
  // government work report delivered …") is the lead of a news story, not its title.
  // A title starts with a capital, not inside a wrapped paragraph ("government work report at …").
  const alone = (l: SourceLine) => !/^\p{Ll}/u.test(l.content)
  // ("… cultural center. County magistrate" over "Zhao Jianguo delivered the government work
  // report, reviewing what was done in 2024 and": a line of a paragraph wrapped, after a line of
  // prose that goes on; not a subtitle under a headline.)
  const wrappedOn = (l: SourceLine) => {
    const before = lines[l.line - 2]
    return (
      before !== undefined &&
      before.content.length >= 50 &&
      /[.!?]\s+\p{Lu}/u.test(before.content) &&
      /[\p{Ll},]$/u.test(before.content) &&
      /[\p{Ll},]$/u.test(l.content)
    )
  }
  const named = candidates.find(
    (l) =>
      titleWords.test(l.content) &&
      l.content.length <= 160 &&
      !/[.。]$/.test(l.content) &&
      // Two sentences on a line are text, not a title; nor is a cue of a transcript.
      !/[.!?]\s+\p{Lu}/u.test(l.content) &&
      !/^\[\d{1,2}:\d{2}/.test(l.content) &&
      // (Nor "Sources: Wuzhou municipal government work report" under a box of figures.)
      !/^\W*sources?\s*[:：]/i.test(l.content) &&
      (alone(l) || l === candidates[0]) &&
      !wrappedOn(l),
  )
  // ("Xiangtan Municipal People's Government" over "Mayor's Interview: Xiangtan Sets Out Its
  // Roadmap for 2026": the name of the site above a story's headline, which names a year.)
  // (Or a section's label over it: "Business" over "Jiangxi's Ji'an eyes steady growth in 2026 …".)
  const headline =
    named === undefined &&
    candidates[0] &&
    // ("HUNAN DAILY ONLINE  |  English Edition      Wednesday, January 28, 2026": a masthead
    // with the day's date after it.)
    (siteName.test(candidates[0].content.replace(mastheadDate, '')) ||
      /^\p{Lu}[\p{L}&'’]*(?: [\p{L}&'’]+)?$/u.test(candidates[0].content))
      ? candidates.slice(1, 8).find(
          (l) =>
            /(?<![[(/-])\b(?:19|20)\d{2}\b(?![\])/-])/.test(l.content) &&
            l.content.length <= 160 &&
            (l.content.match(/\p{L}{2,}/gu)?.length ?? 0) >= 6 &&
            // (Not a byline, a date or a document's number.)
            !/^by\s|^\[|\|/i.test(l.content) &&
            !/\b\d{1,2}\s+\p{L}+\s+(?:19|20)\d{2}\b|\bNo\.\s*\d/u.test(l.content) &&
            !/[.。]$/.test(l.content) &&
            !/[.!?]\s+\p{Lu}/u.test(l.content) &&
            alone(l) &&
            !wrappedOn(l),
        )
      : undefined
  const titleLine = named ?? headline ?? candidates[0]
  // Furniture counts only above the title and in the run of furniture lines right after it.
  const titleAt = titleLine ? top.indexOf(titleLine) : -1
  let lastTop = titleAt
  while (lastTop + 1 < top.length && furnitureAt.has(top[lastTop + 1]!.line)) lastTop++
  // (A rule, and the mark of a slide: "---------- Slide 2 / 16 ----------" under the title's slide
  // is as much a mark as under any other.)
  for (const line of top.slice(lastTop + 1))
    if (furnitureAt.get(line.line) !== 'rule' && !slideMark.test(line.content))
      furnitureAt.delete(line.line)

  // Below the report: a "Related news" heading and all under it, then a run of footer lines.
  const floor = Math.max(titleLine?.line ?? 0, first?.line ?? 0)
  const below: SourceLine[] = [] // the last non-blank lines, last first
  for (let i = lines.length - 1; i >= 0 && below.length < bottomWindow; i--) {
    if (lines[i]!.line <= floor) break
    if (!isBlank(lines[i]!)) below.push(lines[i]!)
  }
  let related = below.length - 1
  while (related >= 0 && !isRelatedHeading(below[related]!.content)) related--
  for (const line of below.slice(0, related + 1)) furnitureAt.set(line.line, 'footer')
  for (let i = related >= 0 ? below[related]!.line - 2 : lines.length - 1; i >= 0; i--) {
    const line = lines[i]!
    if (line.line <= floor) break
    if (isBlank(line)) continue
    const kind = matchFurniture(line.content, crumbs, 'bottom')
    if (!kind) break
    furnitureAt.set(line.line, kind)
  }

  pageFurniture(lines, titleLine, furnitureAt)
  // ("Exported 2024-01-26 … | page 1 of 3" as the title: the title, not a page's number.)
  if (titleLine) furnitureAt.delete(titleLine.line)
  const footnotes = pageFootnotes(lines, furnitureAt)

  const furniture: Furniture[] = [...furnitureAt]
    .sort((a, b) => a[0] - b[0])
    .map(([number, kind]) => {
      const line = lines[number - 1]!
      return {
        kind,
        value: line.content,
        position: { start: pointAt(line, line.contentStart), end: pointAt(line, line.contentEnd) },
      }
    })
  const skip = new Map<number, Furniture['kind'] | 'title'>(furnitureAt)
  if (titleLine) skip.set(titleLine.line, 'title')
  return { furniture, titleLine, skip, underlined, footnotes }
}

/** The name of a site or a paper, with no number ("Huangshi Daily", "… People's Government"). */
const mastheadDate =
  /\s{2,}(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}|\d{4}-\d{2}-\d{2})\s*$/iu

const siteName =
  /^(?!.*\d)(?=.{3,80}$).*\b(?:government|daily|news|net|online|times|post|edition|english|press|media|network|portal|bureau|office|commission|channel|institute|centre|center|academy)\b/i

/**
 * The menu of a web page copied above its text: a run of at least five short lines of one to
 * four words each ("Home", "China", "Tech & Science", "Xinhua | English"), perhaps with blank
 * lines between, at the top. The line numbers of its lines.
 */
function siteMenu(lines: readonly SourceLine[]): Set<number> {
  const run: number[] = []
  const lead: number[] = []
  for (const line of lines) {
    if (isBlank(line)) continue
    const content = line.content
    // "Zhejiang Provincial People's Government", "Skip to main content | Accessibility | …": the
    // site's name and its link bar above the menu.
    const siteLine = content.length <= 80 && !titleWords.test(content) && !/\d/.test(content)
    // ("Skip to main content" over "Jiangxi Daily Online | ENGLISH" over "中文 | Subscribe | Log in
    // | Search" over "Home" over "News" …: bars of links among them.)
    if (siteLine && content.includes('|') && lead.length < 4) {
      lead.push(line.line)
      continue
    }
    if (
      content.length <= 30 &&
      /^[\p{L}][\p{L}&|'’ -]*$/u.test(content) &&
      content.split(/\s+/).length <= 4 &&
      !titleWords.test(content)
    ) {
      run.push(line.line)
      continue
    }
    if (run.length === 0 && lead.length < 2 && siteLine && !/[.!?。:：]$/.test(content)) {
      lead.push(line.line)
      continue
    }
    break
  }
  return new Set(run.length >= 5 ? [...lead, ...run] : [])
}

/**
 * Notes at the foot of a printed page: a rule of underscores or dashes standing apart, then lines
 * that open with the note's mark ("1 Industrial enterprises above designated size refer to …"),
 * each perhaps wrapped. The rule is furniture; the first line of each note, with its mark.
 */
function pageFootnotes(
  lines: readonly SourceLine[],
  furnitureAt: Map<number, Furniture['kind']>,
): Map<number, string> {
  const notes = new Map<number, string>()
  for (let i = 0; i < lines.length; i++) {
    const code = lines[i]!.content.charCodeAt(0)
    if (code !== 95 && code !== 45) continue
    if (!/^(?:_{5,}|-{5,})$/.test(lines[i]!.content)) continue
    // A rule of dashes under a line is a Setext underline; one of underscores never is.
    if (code === 45 && i > 0 && !isBlank(lines[i - 1]!)) continue
    const first = lines[i + 1]
    if (!first || !noteMark.test(first.content)) continue
    furnitureAt.set(lines[i]!.line, 'rule')
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!
      if (isBlank(line) || furnitureAt.has(line.line)) break
      const mark = noteMark.exec(line.content)
      if (mark) notes.set(line.line, mark[1]!)
      // A wrapped note goes on without a mark.
      else if (!notes.size) break
    }
  }
  unruledFootnotes(lines, furnitureAt, notes)
  return notes
}

/**
 * Notes at a page foot without a rule above them: lines numbered 1, 2, 3 … after a blank line,
 * right above the page's footer, whose numbers stand glued to words of the text ("size1").
 */
function unruledFootnotes(
  lines: readonly SourceLine[],
  furnitureAt: Map<number, Furniture['kind']>,
  notes: Map<number, string>,
): void {
  let glued: Set<string> | undefined
  for (let i = 1; i < lines.length; i++) {
    const code = lines[i]!.content.charCodeAt(0)
    if (code < 49 || code > 57 || !isBlank(lines[i - 1]!) || notes.has(lines[i]!.line)) continue
    const group: Array<[number, string]> = []
    let j = i
    for (; j < lines.length && !isBlank(lines[j]!); j++) {
      const mark = noteMark.exec(lines[j]!.content)?.[1]
      // A wrapped note goes on without a mark.
      if (!mark && group.length > 0 && !furnitureAt.has(lines[j]!.line)) continue
      if (!mark || !/^\d/.test(mark)) break
      if (group.length > 0 && Number(mark) !== Number(group.at(-1)![1]) + 1) break
      group.push([lines[j]!.line, mark])
    }
    if (group.length === 0) continue
    // "1 Calculated on a comparable basis." right under a table's rows: the notes of the table.
    const underTable =
      group[0]![1] === '1' && i >= 2 && /\S(?:\t|\s\|\s)\S/.test(lines[i - 2]!.content)
    while (j < lines.length && isBlank(lines[j]!)) j++
    if (j < lines.length && furnitureAt.get(lines[j]!.line) !== 'page' && !underTable) continue
    glued ??= new Set(
      lines.flatMap((l) =>
        // ("zombie enterprises”1": after a closing quote too.)
        [...l.content.matchAll(/[A-Za-z)”]([1-9]\d?)(?!\w|[.,]\d)/g)].map((m) => m[1]!),
      ),
    )
    if (!group.every(([, mark]) => glued!.has(mark))) continue
    for (const [line, mark] of group) notes.set(line, mark)
    i = j
  }
}

const noteMark = /^(\d{1,2}|[*†‡])\s+\S/

/** A line that opens on a note's mark: "[3] …", "Notes: …". */
function opensNote(line: SourceLine): boolean {
  const code = line.content.charCodeAt(0)
  if (code === 91) return /^\[\d{1,2}\]/.test(line.content)
  return (code === 78 || code === 110) && /^notes?\s*[:：]/i.test(line.content)
}

/**
 * The year of the report a title names: the one beside "Work Report" ("Highlights of Fujian
 * Provincial Government Work Report 2019: a look back at 2018", "The 2024 Government Work
 * Report"), else its last year.
 */
function titleYear(title: string): number | undefined {
  const named =
    /\bwork\s+report\s*(?:\(\s*)?((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s+(?:[\p{L}'’-]+\s+){0,4}(?:government\s+)?work\s+report\b/iu.exec(
      title,
    )
  if (named) return Number(named[1] ?? named[2])
  // "Report on the Implementation of the 2024 Budget" (over "and on the Draft 2025 Budget …"), "…
  // of the 2024 Plan for National Economic and Social Development": given the year after.
  const implemented =
    /\bimplementation of the\s+((?:19|20)\d{2})\s+(?:[\p{L}-]+\s+){0,3}?(?:budgets?|plan)\b/iu.exec(
      title,
    )
  if (implemented) return Number(implemented[1]) + 1
  return yearsIn(title).at(-1)
}

/** "Notes: 1 Launched in January 2018. …": notes run together after "Notes:". */
const notesLead = /^notes?\s*[:：]\s*\S/i

/** Mark the paragraphs that are page-foot notes (`data.footnote`). */
function markFootnotes(tree: Root, notes: Map<number, string>, slideMarks: number): void {
  // "Notes: Thank frontline staff. … more than 96,000 people …" under slide after slide: the
  // speaker's notes of a deck, its text; notes at the foot of a page come once or twice.
  // (Of a deck: "Slide 7 — Main targets for 2022" over its notes; a report with a note under each
  // of its tables keeps them as notes.)
  let noted = 0
  // ("Slide 3 / 14" is a page's number, furniture.)
  let slides = slideMarks
  const count = (node: Root | RootContent) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const first = node.children[0]
      if (first?.type !== 'text') return
      if (node.type === 'paragraph' && notesLead.test(first.value)) noted++
      if (/^slide\s+\d{1,3}\b/i.test(first.value)) slides++
      return
    }
    if ('children' in node) for (const child of node.children as RootContent[]) count(child)
  }
  count(tree)
  const speakerNotes = noted >= 3 && slides >= 3
  const visit = (node: Root | RootContent) => {
    if (node.type === 'paragraph') {
      const first = node.children[0]
      // "[3] At 1 US dollar = 6.97 yuan, …": a note of a web page, its mark in brackets.
      // "Notes: 1 Launched in January 2018. 2 Including …": notes run together after "Notes:".
      const bracketed =
        first?.type === 'text'
          ? (/^\[(\d{1,2})\]\s+\S/.exec(first.value)?.[1] ??
            (!speakerNotes && notesLead.test(first.value) ? 'notes' : undefined))
          : undefined
      const mark = notes.get(node.position?.start.line ?? 0) ?? bracketed
      // The pack prints them as notes (class "footnote").
      if (mark !== undefined)
        node.data = { ...node.data, footnote: mark, hProperties: { className: ['footnote'] } }
      return
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child)
  }
  visit(tree)
}

/**
 * "Headline indicators ........ 2": text, dot leaders, a page number. Note: read from the end; a
 * regex on a long run of dots would try every dot.
 */
function dotLeaders(content: string): boolean {
  const page = /\s*\d{1,4}$/.exec(content.slice(-8))
  if (!page) return false
  const end = content.length - page[0].length
  const leader = content[end - 1]
  if (leader !== '.' && leader !== '…' && leader !== '·') return false
  let start = end
  while (start > 0 && content[start - 1] === leader) start--
  if (end - start < (leader === '…' ? 2 : 4)) return false
  while (start > 0 && isSpaceCode(content.charCodeAt(start - 1))) start--
  return start > 0
}

/** The numbered entries under a "Contents" line (furniture `contents`), up to a blank line. */
function contentsFrom(
  lines: readonly SourceLine[],
  heading: SourceLine,
  furnitureAt: Map<number, Furniture['kind']>,
): void {
  const entries: SourceLine[] = []
  for (let i = heading.line; i < lines.length; i++) {
    const line = lines[i]!
    if (isBlank(line)) {
      if (entries.length > 0) break
      continue
    }
    // ("• Review of 2024 ........ 2": an entry with its page, perhaps bulleted.)
    if (matchBullet(line.content) && dotLeaders(line.content)) {
      entries.push(line)
      continue
    }
    if (
      // ("01   2025 in review": an entry may open on a year.)
      // ("02   Chart: Red Tourism, 2020–2024": a colon may stand within its title.)
      !/^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?:\p{L}|(?:19|20)\d{2}\b)[^.;:!?]{0,80}(?:[:：]\s[^.;:!?]{1,60})?$/u.test(
        line.content,
      ) ||
      hasFigure(line.content.replace(/^[\d.]+/, ''))
    )
      return
    entries.push(line)
  }
  if (entries.length < 3) return
  for (const line of [heading, ...entries]) furnitureAt.set(line.line, 'contents')
}

// ("────────  2 / 17  ────────": or a slide's number of all, between rules drawn with boxes.)
const slideMark =
  /^[=#*─━-]{3,}\s*(?:(?:slide|page)\s+\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?|\d{1,3}\s*(?:of|\/)\s*\d{1,3})\s*[=#*─━-]{3,}$/i

const credit =
  /^(?:[Bb]y\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})?|\((?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\b[^()]{0,200}\)|\((?:[Rr]eporter|[Ee]ditor|[Tt]ranslator|[Ww]riter)s?\s*[:：][^()]{0,200}\))$/u

// Note: the words are looked for as parts of the lower-cased line, the emoji only in a line with a
// character past U+25FF (not the bullets "●" and "►"); a Unicode regex costs several times a
// plain one.
/** A row whose cells before the last hold figures: a table's, not a footer's. */
function isTableRowOfFigures(content: string): boolean {
  const cells = content.split('|')
  return cells.slice(0, -1).some((cell) => hasFigure(cell))
}

const socialHint =
  /\b(?:likes?|repl(?:y|ies)|comments?|reposts?|followers?|reactions?|votes|relevant|recent|follow)\b|\s[•·]\s|^\d{1,2}[smhdw]\b/i
const pastBullets = /[\u2600-\uffff]/

const engagement = /^(?:[♥❤♡🔁💬👍↻🔄]\uFE0F?\s*\d[\d.,]*[KkMm]?\s*){2,}$/u

/**
 * A line of a social post's frame: counts of likes, comments, reposts or followers, the buttons
 * under it ("Like    Comment    Repost    Send"), the author's degree ("Mei Zhao • 1st"), the age
 * of a post ("1w • Edited"), the controls of its comments ("Most relevant ▾", "Add a comment…").
 */
function isSocialLine(content: string): boolean {
  if (
    content.length > 80 ||
    !(
      socialHint.test(content) ||
      (pastBullets.test(content) && /\p{Extended_Pictographic}/u.test(content))
    )
  )
    return false
  if (
    /^(?:most relevant|most recent|add a comment|load more comments|see more comments|view more replies|\+ follow)\b/i.test(
      content,
    )
  )
    return true
  if (/^[^•·|]{2,60}\s[•·]\s(?:1st|2nd|3rd\+?)$/.test(content)) return true
  // "▲ 48 ▼   Answer 1 · econ_watcher88 · Feb 3, 2021 · edited Feb 4, 2021", "↳ silkroad_data ·
  // ▲ 5 · Feb 4, 2021": the header of an answer or a reply in a forum, its votes, author and date.
  const parts = content.split(/\s+[•·]\s+/)
  if (
    parts.length >= 3 &&
    parts.some((part) => matchDate(part) !== undefined) &&
    parts.some((part) => /^(?:[↳▲▼]\s*)?[A-Za-z][\w.-]{2,30}$/.test(part) && /[_\d]/.test(part))
  )
    return true
  if (/^\d{1,2}[smhdw](?:\s*[•·]\s*(?:edited|\p{Extended_Pictographic}))*\s*$/iu.test(content))
    return true
  const rest = content
    .replace(/\d[\d.,]*[KkMm]?/g, ' ')
    .replace(/\p{Extended_Pictographic}|\uFE0F|\u200D|[·•|▾()]/gu, ' ')
    .replace(
      /\b(?:likes?|repl(?:y|ies)|comments?|reposts?|retweets?|shares?|send|followers?|following|views?|reactions?|bookmarks?|favou?rites?|votes|final results)\b/gi,
      ' ',
    )
    .trim()
  return (
    rest === '' &&
    // (Not "🔢 312" over the words that name it: one count behind an emoji of no post's frame.)
    /\b(?:likes?|repl(?:y|ies)|comments?|reposts?|followers?|reactions?|votes)\b|[♥❤♡👍💬🔁👁🔄↻⭐](?:\uFE0F|\p{Extended_Pictographic})*\s*\d|\p{Extended_Pictographic}\uFE0F?\s*\d.*\p{Extended_Pictographic}\uFE0F?\s*\d/iu.test(
      content,
    )
  )
}

const relatedLine =
  /^(?:related(?:\s+(?:news|stories|articles|reading|links|reports))?|read more|see also)\s*[:：]\s*\S/i

const exportLine =
  /^(?:source file|file(?:\s*name)?|exported)\s*[:：]?\s*\S+\.(?:pptx?|docx?|pdf|xlsx?|key|odp)\b/i

/**
 * Furniture of a printed page inside the body of a report converted from PDF: page numbers
 * ("- 3 -", "Page 3 of 10") and the running header or footer next to them (a line repeated on
 * several pages, such as the title).
 */
function pageFurniture(
  lines: readonly SourceLine[],
  titleLine: SourceLine | undefined,
  furnitureAt: Map<number, Furniture['kind']>,
): void {
  const candidates: SourceLine[] = []
  const runningPages: SourceLine[] = []
  const barred = new Map<string, SourceLine[]>()
  const spaced = new Map<string, SourceLine[]>()
  for (const line of lines) {
    const code = line.content.charCodeAt(0)
    // "♥ 2.4K   🔁 861   💬 73", "87 comments • 23 reposts", "Like · 14    Reply · 2 replies":
    // the likes, reposts and replies under a post, and its buttons.
    if (
      line !== titleLine &&
      line.content.length <= 80 &&
      // (The counts open on their sign: "♥", "❤", "♡", "↻" or an emoji's first half.)
      (((code === 0x2665 ||
        code === 0x2764 ||
        code === 0x2661 ||
        code === 0x21bb ||
        code === 0xd83d) &&
        engagement.test(line.content)) ||
        isSocialLine(line.content))
    ) {
      furnitureAt.set(line.line, 'byline')
      continue
    }
    // Every page number starts with a dash, "P" or "S" ("Slide 3 / 14"): most lines are passed
    // over at once.
    // ("Pingtan | 2026 Government Work Report      2": a line opening on "P" with a bar is read
    // as any other, when it is no page number.)
    const opensOnP = code === 80 || code === 112
    const mayBePage =
      code === 45 ||
      code === 0x2013 ||
      code === 0x2014 ||
      (opensOnP && !line.content.includes(' | ')) ||
      ((opensOnP || code === 83 || code === 115 || code === 91 || (code >= 49 && code <= 57)) &&
        isPageNumber(line.content))
    if (!mayBePage) {
      // "CHINA REGIONAL MACRO | Shandong GWR 2020      Page 2 of 4", "… Highlights      p. 2": a
      // running header that ends in the page number ("… · 2026 Government Work Report · 02 / 15").
      const last = line.content.charCodeAt(line.content.length - 1)
      // "Contents", then "1 Structure", "3.1 Economic performance": the table of contents of a
      // page, its entries numbered like the headings they point to.
      // ("SLIDE 2 of 16   |   CONTENTS": or a slide's title.)
      if (
        ((line.content.length === 8 || line.content.length === 17) &&
          /^(?:table of )?contents$/i.test(line.content)) ||
        (line.content.endsWith('CONTENTS') &&
          /^(?:slide|page)\s+\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?\s*[|:·—–-]\s*CONTENTS$/i.test(
            line.content,
          ))
      )
        contentsFrom(lines, line, furnitureAt)
      // "20/24": the number of a post in a thread, on a line of its own, like a page number.
      if (last >= 48 && last <= 57 && /^\d{1,3}\s*\/\s*\d{1,3}$/.test(line.content)) {
        furnitureAt.set(line.line, 'page')
        continue
      }
      // "By Ma Lin", "(Reporting by Ma Lin; Editing by Zhou Yue)": who wrote a story.
      if ((code === 66 || code === 98 || code === 40) && credit.test(line.content)) {
        furnitureAt.set(line.line, 'byline')
        continue
      }
      // "Source file: JS_GWR2026_EN_briefing_v7.pptx    Exported 2026-01-28 09:14    Slides: 14":
      // what a text was exported from, and when.
      if ((code === 83 || code === 70 || code === 69) && exportLine.test(line.content)) {
        furnitureAt.set(line.line, 'byline')
        continue
      }
      // "Related: Quanzhou's GRP tops 1.2 trillion yuan": a link to another story.
      if (
        (code === 82 || code === 114 || code === 83 || code === 115) &&
        relatedLine.test(line.content)
      ) {
        furnitureAt.set(line.line, 'footer')
        // (And the links indented under it.)
        for (
          let i = line.line;
          i < lines.length && lines[i]!.indent > line.indent && !isBlank(lines[i]!);
          i++
        )
          furnitureAt.set(lines[i]!.line, 'footer')
        continue
      }
      // "(more)", "BC-China-Economy/Report, 2nd take": where a wire story goes on in a new take.
      if (!furnitureAt.has(line.line) && (line.content === '(more)' || isWireLine(line.content))) {
        furnitureAt.set(line.line, 'page')
        continue
      }
      // "2.1  Headline indicators ........ 2": an entry of a table of contents, its page after
      // dot leaders.
      // (Not a bulleted fact: "• Old residential compounds to renovate ........ 320".)
      if (last >= 48 && last <= 57 && dotLeaders(line.content) && !matchBullet(line.content)) {
        furnitureAt.set(line.line, 'contents')
        continue
      }
      if (
        last >= 48 &&
        last <= 57 &&
        /(?:\s{2,}|\s*[|·•]\s*)(?:page\s+\d{1,4}\s+of\s+\d{1,4}|p\.\s*\d{1,4}|\d{1,4}\s*\/\s*\d{1,4})$/i.test(
          line.content.slice(-40),
        )
      )
        runningPages.push(line)
      // "2026 Government Work Report          Hunan Provincial People's Government   3": a
      // footer that ends in the page number after a gap of spaces, the same on every page but for
      // the number.
      // (Not the rows of a table, "  growth (%)        8": a footer of words, on three pages
      // or more, its numbers counting up.)
      // ("Jinan Government Work Report 2025          — 4 —": the number between dashes.)
      else if (
        (last >= 48 && last <= 57 && /\S {3,}\d{1,3}$/.test(line.content)) ||
        (last === 0x2014 && /\S {3,}— \d{1,3} —$/.test(line.content))
      ) {
        // (Right-aligned: one space fewer before "10" than before "9".)
        const footer = line.content.replace(/\s*(?:— )?\d+(?: —)?$/, '')
        if (footer.replace(/[^A-Za-z]/g, '').length < 20) continue
        const same = spaced.get(footer)
        if (same) same.push(line)
        else spaced.set(footer, [line])
      }
      // "Beiyang Advisory | Heilongjiang GWR 2024 | 2": a footer that ends in the page number
      // after a bar, the same on every page but for the number.
      // Note: a footer holds two bars at least; a row of two cells ("New urban jobs | 60") is not one.
      else if (
        last >= 48 &&
        last <= 57 &&
        /\|.*\s\|\s*\d{1,3}$/.test(line.content) &&
        !isTableRowOfFigures(line.content)
      ) {
        const footer = line.content.replace(/\d+$/, '')
        const same = barred.get(footer)
        if (same) same.push(line)
        else barred.set(footer, [line])
      }
      continue
    }
    if (isPageNumber(line.content)) candidates.push(line)
  }
  if (runningPages.length >= 2) for (const line of runningPages) furnitureAt.set(line.line, 'page')
  for (const footers of barred.values())
    if (footers.length >= 2) for (const line of footers) furnitureAt.set(line.line, 'page')
  for (const footers of spaced.values()) {
    const pages = footers.map((line) => Number(/(\d+)(?: —)?$/.exec(line.content)![1]))
    if (footers.length >= 3 && pages.every((page, i) => i === 0 || page > pages[i - 1]!))
      for (const line of footers) furnitureAt.set(line.line, 'page')
  }
  if (candidates.length === 0) return
  const counts = new Map<string, number>()
  for (const line of lines) {
    if (line.content.length >= 12 && line.content.length <= 120)
      counts.set(line.content, (counts.get(line.content) ?? 0) + 1)
  }
  // The running header or footer: a line repeated on several pages, such as the title.
  const repeated = (line: SourceLine | undefined) =>
    line !== undefined &&
    line !== titleLine &&
    (line.content === titleLine?.content || (counts.get(line.content) ?? 0) >= 2)
  // "— 1 —", "— 2 —", …: page numbers that count up through the text stand between its lines
  // even without blank lines around them.
  const numbers = candidates.map((l) => Number(/\d+/.exec(l.content)?.[0] ?? Number.NaN))
  const counting = candidates.length >= 2 && numbers.every((n, i) => i === 0 || n > numbers[i - 1]!)
  // The short lines of the text and how often each stands in it (counted once, and only when a page
  // number is followed by its running header).
  let cells: Map<string, number> | undefined
  for (const page of candidates) {
    // A page number stands apart: a blank line or the running header on either side.
    const before = lines[page.line - 2]
    const after = lines[page.line]
    const apart = (l: SourceLine | undefined) => l === undefined || isBlank(l) || repeated(l)
    // ("P4": a page of a deck stands apart always; "P1" over "1,200 spaces" is a label.)
    if ((!counting || /^P\d/i.test(page.content)) && !apart(before) && !apart(after)) continue
    furnitureAt.set(page.line, 'page')
    for (const step of [-1, 1]) {
      let i = page.line - 1 + step
      while (i >= 0 && i < lines.length && isBlank(lines[i]!)) i += step
      if (!repeated(lines[i])) continue
      furnitureAt.set(lines[i]!.line, 'page')
      // "Indicator" over "2023 Actual" over "2024 Target" under the running header: the header of
      // a table, repeated at the head of each page it runs over.
      if (step === 1)
        for (let j = i + 1; j < lines.length && j <= i + 8 && repeatedCell(lines[j]!); j++)
          furnitureAt.set(lines[j]!.line, 'page')
    }
  }

  // (A cell of a header: "Indicator", "2023 Actual", "Growth (%)"; not a part's heading, "II. Major
  // Tasks for This Year", repeated in a table of contents.)
  function repeatedCell(line: SourceLine): boolean {
    if (line.content.length < 4 || line.content.length > 40 || hasFigure(line.content)) return false
    if (
      matchNumbering(line.content) ||
      !(firstHeaderCell.test(line.content) || headerCell.test(line.content))
    )
      return false
    if (!cells) {
      cells = new Map()
      for (const other of lines)
        if (other.content.length >= 4 && other.content.length <= 40)
          cells.set(other.content, (cells.get(other.content) ?? 0) + 1)
    }
    return (cells.get(line.content) ?? 0) >= 2
  }
}

/**
 * "The province's 2025 government work report shows …": the year of the report as the lines under
 * a title without one name it.
 */
function namedReportYear(
  lines: readonly SourceLine[],
  title: SourceLine | undefined,
): number | undefined {
  for (const { wrapped } of linesUnder(lines, title, 12)) {
    // "… 2025 government work report shows", "segment: government work report 2025", "What's in
    // the 2024 Zhengzhou government work report?"
    // (The place's words capitalised: not "Reviewing 2023 in the government work report".)
    const named =
      /\b((?:19|20)\d{2})\s+(?:(?:provincial|municipal|regional)\s+)?government work report\b|\bgovernment work report\s+((?:19|20)\d{2})\b/i.exec(
        wrapped,
      ) ??
      /\b((?:19|20)\d{2})\s+(?:[A-Z][\w’'-]*\s+){1,2}(?:[Gg]overnment [Ww]ork [Rr]eport|GOVERNMENT WORK REPORT)\b/.exec(
        wrapped,
      )
    if (named) return Number(named[1] ?? named[2])
  }
  return undefined
}

/**
 * "reached 2.73 trillion yuan in 2023, up 4.3 percent": when nothing names the report's year, the
 * year its results are most often given for is the year under review, the one before the report.
 */
function yearAfterResults(text: string): number | null {
  const counts = new Map<number, number>()
  const inYear = /\bin\s+((?:19|20)\d{2})\b(?!\s*(?:-|–|to)\s*\d)/g
  for (let m = inYear.exec(text); m; m = inYear.exec(text)) {
    // Not the year a plan speaks of ("We will add 1 million jobs in 2024").
    // (The sentence is read back 300 characters at most.)
    const before = text.slice(Math.max(0, m.index - 300), m.index)
    const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), 0)
    if (/\b(?:will|would|plans?|targets?|aims?|expects?|goals?)\b/i.test(before.slice(from)))
      continue
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1)
  }
  let best: number | null = null
  for (const [year, count] of counts)
    if (
      count >= 3 &&
      (best === null || count > counts.get(best)! || (count === counts.get(best)! && year > best))
    )
      best = year
  return best === null ? null : best + 1
}

/** "WEDNESDAY, JANUARY 24, 2024 …", "24 January 2024 …": a line that opens on a date. */
// ("HEYUAN, Feb. 11, 2026 — On the sidelines …": after the place of a story's dateline.)
const datedLine =
  /^\W*(?:[A-Z][A-Z .'-]{1,30},\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d{2}\b/i

function datelineDate(
  lines: readonly SourceLine[],
  title: SourceLine | undefined,
): string | undefined {
  for (const { line, seen, wrapped } of linesUnder(lines, title, 6)) {
    // ("Date: January 9, 2024 (Tuesday), 2:30 p.m.": the date of the minutes of a meeting;
    // "AIR DATE: 18 FEB 2025 (TUE)": of a script; "WEDNESDAY, JANUARY 24, 2024 | NO. 9127": a
    // newspaper's masthead.)
    if (
      !/\b(delivered|presented|adopted|made)\b|^\W*(?:air\s+|release\s+)?date\s*[:：]/i.test(
        line.content,
      ) &&
      !datedLine.test(line.content) &&
      seen > 1
    )
      continue
    const date = matchDate(wrapped)
    if (date) return date
  }
  return undefined
}

/**
 * The first `count` non-blank lines under the title (or from the top), each with the next line
 * after it: a sentence there can wrap.
 */
function* linesUnder(
  lines: readonly SourceLine[],
  title: SourceLine | undefined,
  count: number,
): Generator<{ line: SourceLine; seen: number; wrapped: string }> {
  let seen = 0
  for (let i = title ? title.line : 0; i < lines.length && seen < count; i++) {
    const line = lines[i]!
    if (isBlank(line)) continue
    seen++
    yield { line, seen, wrapped: `${line.content} ${lines[i + 1]?.content ?? ''}` }
  }
}

function isBlank(line: SourceLine): boolean {
  return line.contentEnd === line.contentStart
}

function blankLine(line: SourceLine, kind?: Furniture['kind'] | 'title'): SourceLine {
  return {
    ...line,
    contentStart: line.end,
    contentEnd: line.end,
    content: '',
    indent: 0,
    barrier: kind === 'page' ? 'page' : true,
  }
}

/** The year of the first date written "2026-01-27" in the first lines of a page, or null. */
function topDateYear(lines: readonly SourceLine[]): number | null {
  for (const line of lines.slice(0, 20)) {
    const date = /\b((?:19|20)\d{2})-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\b/.exec(
      line.content,
    )
    if (date) return Number(date[1])
  }
  return null
}
