import { fontWidths } from './font-widths.js'

/**
 * Note: widths are the widest of the fonts a chart may be drawn in (font-widths.ts), plus 3% for
 * Noto Sans (not installed where the table was made, narrower than DejaVu Sans) and for renderers
 * that round advances to whole pixels. Characters outside the table (Han, kana, Hangul, full-width
 * forms, anything unknown) count as a full em, which is what CJK fonts give them.
 */
const MARGIN = 1.03
const FULL_EM = 1000
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff])

const advances = {
  regular: expand(fontWidths.regular),
  bold: expand(fontWidths.bold),
}

function expand(ranges: Array<[number, number[]]>): Map<number, number> {
  const map = new Map<number, number>()
  for (const [first, widths] of ranges) {
    widths.forEach((width, i) => {
      if (width >= 0) map.set(first + i, width)
    })
  }
  return map
}

/** Width in pixels of one line of text at a font size, as wide as any of the chart fonts draws it. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? advances.bold : advances.regular
  let units = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (ZERO_WIDTH.has(code) || (code >= 0x300 && code <= 0x36f)) continue
    units += table.get(code) ?? FULL_EM
  }
  return (units / 1000) * fontSize * MARGIN
}

export interface WrapOptions {
  fontSize: number
  bold?: boolean
  /** Lines beyond this are dropped and the last line kept ends with an ellipsis. */
  maxLines?: number
}

const CJK = '[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]'
/** Break opportunities inside a word: after a hyphen or slash, around each CJK character. */
const INNER_BREAK = new RegExp(`(?<=[^\\s/-][/-])(?=[^\\s/-])|(?<=${CJK})|(?=${CJK})`, 'u')

/** The unbreakable pieces of a text, each with the spaces that follow it. */
function pieces(text: string): string[] {
  return text
    .trim()
    .split(/(?<=\s)(?=\S)/u)
    .flatMap((word) => word.split(INNER_BREAK))
    .filter((piece) => piece !== '')
}

/** Wrap text into lines no wider than `width` pixels (measured with `textWidth`). */
export function wrapText(text: string, width: number, options: WrapOptions): string[] {
  const measure = (s: string) => textWidth(s, options.fontSize, options.bold)
  const lines: string[] = []
  let line = ''
  for (const piece of pieces(text)) {
    const next = line + piece
    if (line === '' || measure(next.trimEnd()) <= width) {
      line = line === '' ? piece.trimStart() : next
      continue
    }
    lines.push(line.trimEnd())
    line = piece.trimStart()
  }
  if (line.trim() !== '') lines.push(line.trimEnd())
  // A piece wider than the line on its own (a long word, a URL): break it between characters.
  const fitted = lines.flatMap((l) => (measure(l) <= width ? [l] : hardBreak(l, width, measure)))
  const max = options.maxLines ?? Infinity
  if (fitted.length <= max) return fitted
  const kept = fitted.slice(0, max)
  kept[max - 1] = ellipsize(`${kept[max - 1]} ${fitted[max]}`, width, measure)
  return kept
}

/** Shorten text to fit `width`, ending with an ellipsis at a word boundary where there is one. */
export function ellipsize(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text
  const chars = [...text]
  let end = chars.length
  while (end > 0 && measure(`${chars.slice(0, end).join('')}…`) > width) end--
  let cut = chars.slice(0, end).join('')
  const space = cut.lastIndexOf(' ')
  if (space > cut.length / 2) cut = cut.slice(0, space)
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`
}

function hardBreak(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = []
  let line = ''
  for (const char of text) {
    if (line !== '' && measure(line + char) > width) {
      lines.push(line)
      line = ''
    }
    line += char
  }
  if (line !== '') lines.push(line)
  return lines
}
