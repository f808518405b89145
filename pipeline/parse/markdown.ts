import type { Heading, Paragraph, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { VFile } from 'vfile'
import type { Furniture } from './mdast.js'
import { reportMeta } from './meta.js'
import { matchDate, matchNumbering, matchPartPhrase, yearsIn } from './patterns.js'

/**
 * Markdown sources: remark's own parser builds the tree; headings then get the same report roles as
 * in plain-text reports (the first depth-1 heading is the title, numbered headings are sections,
 * depth-2 headings and headings naming a part are parts, the rest are topics).
 */
export function parseMarkdownReport(file: VFile): Root {
  const source = String(file.value ?? '')
  // YAML front matter is the note's metadata, not its text: it is read as blanks (offsets kept).
  const matter = frontMatterEnd(source)
  const tree = fromMarkdown(
    matter === 0 ? source : source.slice(0, matter).replace(/[^\r\n]/g, ' ') + source.slice(matter),
  )
  splitTableRows(tree, source)
  codeAsText(tree, source)
  let title: string | null = null
  for (const node of tree.children) {
    if (node.type !== 'heading') continue
    const text = headingText(node)
    const numbering = matchNumbering(text)
    const years = yearsIn(text)
    const phrase = matchPartPhrase(text)
    if (node.depth === 1 && title === null) {
      title = text
      node.data = { role: 'title' }
    } else if (
      (numbering && !(node.depth <= 2 && phrase !== undefined)) ||
      (node.depth > 2 && phrase !== 'targets')
    ) {
      node.data = numbering
        ? { role: 'section', numbering: numbering.value, numberingStyle: numbering.style }
        : { role: 'topic' }
    } else if (
      (node.depth <= 2 &&
        (phrase !== undefined ||
          years.length > 0 ||
          // "## The year ahead", "## Outlook", "## What comes next": the plan (not "## Next-
          // generation industries").
          /^(?:the\s+)?(?:(?:year|road|work|months)\s+ahead|outlook|looking\s+(?:ahead|forward)|next\s+steps|what\s+comes\s+next|the\s+coming\s+year)\b/i.test(
            text,
          ))) ||
      phrase === 'targets'
    ) {
      // "## II. Targets for 2021": a numbered heading that names a part is the part.
      // ("## Looking back at 2019": one that names only past years reviews them.)
      const titleYear = title ? yearsIn(title).at(-1) : undefined
      const kind =
        phrase ??
        (titleYear !== undefined && years.length > 0 && years.every((y) => y < titleYear)
          ? 'review'
          : 'plan')
      node.data = {
        role: 'part',
        kind,
        ...(years.length > 0 ? { years } : {}),
        ...(numbering ? { numbering: numbering.value, numberingStyle: numbering.style } : {}),
      }
    } else {
      node.data = { role: 'topic' }
    }
  }
  const published = matchDate(String(file.value ?? '').slice(0, 2000)) ?? null
  const reportYear =
    (title ? yearsIn(title).at(-1) : undefined) ??
    (published ? Number(published.slice(0, 4)) : null)
  file.data.furniture = frontMatterLines(source, matter)
  file.data.format = 'markdown'
  file.data.meta = reportMeta(tree, title, published, reportYear, String(file.value ?? ''))
  return tree
}

/**
 * "Compare with the notes (`notes/2026-01-20-changle.md`)": code inside a line is text of the line
 * (its backticks are the syntax), so that no character of the source is lost from the tree.
 */
function codeAsText(node: Root | RootContent, source: string): void {
  if (!('children' in node)) return
  node.children.forEach((child, i) => {
    if (child.type !== 'inlineCode' || child.position?.start.offset === undefined) {
      codeAsText(child, source)
      return
    }
    const { start, end } = child.position
    const at = source.slice(start.offset!, end.offset).indexOf(child.value)
    // (A code span wrapped over lines has its line breaks read as spaces: left as it is.)
    if (at < 0 || child.value.includes('\n')) return
    const from = start.offset! + at
    ;(node.children as RootContent[])[i] = {
      type: 'text',
      value: child.value,
      position: {
        start: { line: start.line, column: start.column + at, offset: from },
        end: {
          line: start.line,
          column: start.column + at + child.value.length,
          offset: from + child.value.length,
        },
      },
    }
  })
}

/**
 * "| Indicator | 2023 actual | 2024 target |": a pipe table (not CommonMark) is read by remark as one
 * paragraph; each of its rows becomes a paragraph of its own, as rows of plain-text reports are.
 */
function splitTableRows(tree: Root, source: string): void {
  tree.children = tree.children.flatMap((node): RootContent[] => {
    if (node.type !== 'paragraph' || !node.position) return [node]
    const { start, end } = node.position
    if (start.line === end.line || start.offset === undefined || end.offset === undefined)
      return [node]
    const text = source.slice(start.offset, end.offset)
    const lines = text.split(/\r?\n/)
    if (!lines.every((line) => /^\s*\|.*\|\s*$/.test(line))) return [node]
    let offset = start.offset
    return lines.map((line, i): Paragraph => {
      const lead = line.length - line.trimStart().length
      const value = line.trim()
      const from = offset + lead
      offset += line.length + (text[offset - start.offset! + line.length] === '\r' ? 2 : 1)
      const column = (i === 0 ? start.column : 1) + lead
      return {
        type: 'paragraph',
        children: [
          {
            type: 'text',
            value,
            position: {
              start: { line: start.line + i, column, offset: from },
              end: {
                line: start.line + i,
                column: column + value.length,
                offset: from + value.length,
              },
            },
          },
        ],
        position: {
          start: { line: start.line + i, column, offset: from },
          end: { line: start.line + i, column: column + value.length, offset: from + value.length },
        },
      }
    })
  })
}

/** The lines of a note's front matter, kept as furniture. */
function frontMatterLines(source: string, end: number): Furniture[] {
  const lines: Furniture[] = []
  let line = 1
  for (let start = 0; start < end; line++) {
    const next = source.indexOf('\n', start)
    const stop = next === -1 || next >= end ? end : next
    const value = source.slice(start, stop).replace(/\r$/, '')
    if (value.trim() !== '')
      lines.push({
        kind: 'metadata',
        value,
        position: {
          start: { line, column: 1, offset: start },
          end: { line, column: value.length + 1, offset: start + value.length },
        },
      })
    start = stop + 1
  }
  return lines
}

/**
 * Where the YAML front matter that opens a Markdown note ends ("---", "key: value" lines, "---"),
 * or 0 when the text opens otherwise.
 */
export function frontMatterEnd(text: string): number {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text)
  if (!open) return 0
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m
  const rest = text.slice(open[0].length)
  const end = close.exec(rest)
  if (!end) return 0
  const body = rest.slice(0, end.index)
  // Every line of it a key, a list item, a continuation or blank: YAML, not a rule over text.
  const lines = body.split(/\r?\n/)
  if (!lines.every((line) => /^(?:[\w-]+\s*:|\s+\S|-\s|\s*$|#)/.test(line))) return 0
  // (At least one key: "---", "# Government Work Report 2024", "---" is a heading between rules.)
  if (!lines.some((line) => /^[\w-]+\s*:/.test(line))) return 0
  return open[0].length + end.index + end[0].length
}

function headingText(node: Heading): string {
  return node.children.map((child) => ('value' in child ? child.value : '')).join('')
}
