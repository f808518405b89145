/** One physical line of the source, with the span of its visible content. */
export interface SourceLine {
  /** 1-based line number. */
  readonly line: number
  /** Offset of the first character of the line. */
  readonly start: number
  /** Offset just past the last character before the line ending. */
  readonly end: number
  /** Offset of the first non-whitespace character (`end` when blank). */
  readonly contentStart: number
  /** Offset just past the last non-whitespace character. */
  readonly contentEnd: number
  /** The visible content: `text.slice(contentStart, contentEnd)`. */
  readonly content: string
  /** Width of the leading whitespace, tabs counted as 4. */
  readonly indent: number
  /**
   * A blanked line of furniture: no block continues across it, but for a paragraph broken by the
   * foot and head of a printed page (`page`).
   */
  readonly barrier?: boolean | 'page'
  /** A line the text runs across as if it were not there (the cue marks of subtitles). */
  readonly transparent?: boolean
}

/** The timing of a subtitle's cue: "00:01:02,500 --> 00:01:05,000". */
export const cueTimingPattern = String.raw`\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}`
const cueTiming = new RegExp(`^${cueTimingPattern}(?:\\s.*)?$`)

/**
 * The lines of a subtitle file's cue numbers and timings ("12" over "00:01:02,500 -->
 * 00:01:05,000"), when at least three cues are written so; else undefined.
 */
export function subtitleCues(lines: readonly SourceLine[]): Set<number> | undefined {
  const cues = new Set<number>()
  let timings = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (
      line.content.length < 20 ||
      (line.content.charCodeAt(1) !== 58 && line.content.charCodeAt(2) !== 58)
    )
      continue
    if (!cueTiming.test(line.content)) continue
    timings++
    cues.add(line.line)
    const above = lines[i - 1]
    if (above && /^\d{1,5}$/.test(above.content)) cues.add(above.line)
  }
  return timings >= 3 ? cues : undefined
}

/** A letter of the Latin alphabet, A-Z or a-z. */
export function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** The characters of JavaScript's `\s`: includes NBSP (U+00A0), U+3000 and the BOM. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Split text into lines; CRLF, CR and LF all end a line. Linear in the length of the text. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = []
  let start = 0
  let number = 1
  // The next LF and CR at or after `start`, found with indexOf (native, much faster than a loop
  // over characters) and searched again only once passed: each character is looked at once.
  let nextLF = text.indexOf('\n')
  let nextCR = text.indexOf('\r')
  while (start <= text.length) {
    if (nextLF !== -1 && nextLF < start) nextLF = text.indexOf('\n', start)
    if (nextCR !== -1 && nextCR < start) nextCR = text.indexOf('\r', start)
    const end = Math.min(nextLF === -1 ? text.length : nextLF, nextCR === -1 ? text.length : nextCR)
    let contentStart = start
    let indent = 0
    while (contentStart < end && isSpaceCode(text.charCodeAt(contentStart))) {
      indent += text.charCodeAt(contentStart) === 9 ? 4 : 1
      contentStart++
    }
    let contentEnd = end
    while (contentEnd > contentStart && isSpaceCode(text.charCodeAt(contentEnd - 1))) contentEnd--
    lines.push({
      line: number,
      start,
      end,
      contentStart,
      contentEnd,
      content: text.slice(contentStart, contentEnd),
      indent: contentStart === contentEnd ? 0 : indent,
    })
    if (end >= text.length) break
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1)
    number++
  }
  return lines
}

/** A unist point for an offset on a known line. */
export function pointAt(
  line: SourceLine,
  offset: number,
): { line: number; column: number; offset: number } {
  return { line: line.line, column: offset - line.start + 1, offset }
}

/**
 * The lines of an e-mail's quoted text ("> The province's GRP reached …", "> > older reply") read
 * without their quote marks, as if each mark were a space: their content and indent change, their
 * offsets stay those of the source. A line counts as quoted in a run of two or more such lines
 * (a lone "> 5%" may be a bound).
 */
export function unquoteLines(lines: SourceLine[], text: string): SourceLine[] {
  const marks = lines.map((line) => quoteMarks(line, text))
  if (!marks.some((n, i) => n > 0 && (marks[i - 1]! > 0 || marks[i + 1]! > 0))) return lines
  return lines.map((line, i) => {
    const n = marks[i]!
    if (n === 0 || !(marks[i - 1]! > 0 || marks[i + 1]! > 0)) return line
    let contentStart = line.contentStart
    let indent = line.indent
    for (let k = 0; k < n; k++) {
      contentStart++
      indent++
      while (contentStart < line.contentEnd && isSpaceCode(text.charCodeAt(contentStart))) {
        indent += text.charCodeAt(contentStart) === 9 ? 4 : 1
        contentStart++
      }
    }
    const blank = contentStart >= line.contentEnd
    return {
      ...line,
      contentStart: blank ? line.end : contentStart,
      contentEnd: blank ? line.end : line.contentEnd,
      content: blank ? '' : text.slice(contentStart, line.contentEnd),
      indent: blank ? 0 : indent,
    }
  })
}

/**
 * "## 1. At a glance: results in 2022" in a plain-text newsletter: a Markdown heading line in a
 * text that is not Markdown. Read without its marks (offsets stay those of the source); the line
 * numbers are returned as headings. One "#" is left alone: it opens the comment lines of data files.
 */
export function atxHeadings(lines: SourceLine[]): { lines: SourceLine[]; headings: number[] } {
  const headings: number[] = []
  const read = lines.map((line) => {
    if (line.content.charCodeAt(0) !== 35 || line.content.charCodeAt(1) !== 35) return line
    const marks = /^#{2,6}[ \t]+(?=\S)/.exec(line.content)
    if (!marks || line.content.length - marks[0].length > 120) return line
    headings.push(line.line)
    return {
      ...line,
      contentStart: line.contentStart + marks[0].length,
      content: line.content.slice(marks[0].length),
    }
  })
  return headings.length > 0 ? { lines: read, headings } : { lines, headings }
}

/** The number of quote marks ("> > ") a line opens with. */
function quoteMarks(line: SourceLine, text: string): number {
  let n = 0
  let at = line.contentStart
  while (at < line.contentEnd && text.charCodeAt(at) === 62) {
    const next = text.charCodeAt(at + 1)
    if (at + 1 < line.contentEnd && next !== 62 && !isSpaceCode(next)) break
    n++
    at++
    while (at < line.contentEnd && isSpaceCode(text.charCodeAt(at))) at++
  }
  return n
}
