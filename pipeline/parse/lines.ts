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
}

// Note: JavaScript's `\s` already covers NBSP (U+00A0), the ideographic space (U+3000) and the BOM.
const space = /\s/

/** Split text into lines; CRLF, CR and LF all end a line. Linear in the length of the text. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = []
  let start = 0
  let number = 1
  while (start <= text.length) {
    let end = start
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
    let contentStart = start
    let indent = 0
    while (contentStart < end && space.test(text[contentStart]!)) {
      indent += text[contentStart] === '\t' ? 4 : 1
      contentStart++
    }
    let contentEnd = end
    while (contentEnd > contentStart && space.test(text[contentEnd - 1]!)) contentEnd--
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
