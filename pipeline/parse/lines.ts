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
  /** A blanked line of furniture: no block continues across it. */
  readonly barrier?: boolean
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
