/**
 * Writes `font-widths.ts`: for each character charts commonly show, the widest advance width among
 * the fonts a chart may be drawn in (its font list and the usual `sans-serif` fallbacks). Run it on
 * purpose only, after reading the diff:
 *
 *   npx tsx pipeline/charts/generate-font-widths.ts > pipeline/charts/font-widths.ts
 *   npx prettier --write pipeline/charts/font-widths.ts
 *
 * Note: reads the sfnt tables it needs (head, hhea, hmtx, cmap, name) itself, so that no font
 * library is a dependency for what is a one-off measurement.
 */
import { readFileSync } from 'node:fs'

const regular = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
]
const bold = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
]
/** Latin, Latin-1, Latin Extended-A, pinyin vowels with caron, punctuation, minus sign. */
const ranges: Array<[number, number]> = [
  [0x20, 0x17f],
  [0x1cd, 0x1dc],
  [0x2010, 0x2044],
  [0x2212, 0x2212],
]

interface Font {
  name: string
  /** Advance width in thousandths of an em, or undefined when the font has no glyph. */
  advance(codePoint: number): number | undefined
}

function readFont(path: string): Font {
  const bytes = readFileSync(path)
  // A collection (.ttc): the first font; CJK collections share their Latin and Han glyphs.
  const base = bytes.toString('latin1', 0, 4) === 'ttcf' ? bytes.readUInt32BE(12) : 0
  const tables = new Map<string, number>()
  for (let i = 0; i < bytes.readUInt16BE(base + 4); i++) {
    const record = base + 12 + 16 * i
    tables.set(bytes.toString('latin1', record, record + 4), bytes.readUInt32BE(record + 8))
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag)
    if (offset === undefined) throw new Error(`${path}: no ${tag} table`)
    return offset
  }
  const unitsPerEm = bytes.readUInt16BE(table('head') + 18)
  const metrics = bytes.readUInt16BE(table('hhea') + 34)
  const hmtx = table('hmtx')
  const glyphOf = cmap(bytes, table('cmap'))
  return {
    name: `${nameOf(bytes, table('name'), 4)} ${nameOf(bytes, table('name'), 5)}`,
    advance(codePoint) {
      const glyph = glyphOf(codePoint)
      if (glyph === 0) return undefined
      const units = bytes.readUInt16BE(hmtx + 4 * Math.min(glyph, metrics - 1))
      return Math.ceil((units * 1000) / unitsPerEm)
    },
  }
}

function cmap(bytes: Buffer, start: number): (codePoint: number) => number {
  const subtables = new Map<string, number>()
  for (let i = 0; i < bytes.readUInt16BE(start + 2); i++) {
    const record = start + 4 + 8 * i
    const key = `${bytes.readUInt16BE(record)}/${bytes.readUInt16BE(record + 2)}`
    subtables.set(key, start + bytes.readUInt32BE(record + 4))
  }
  const at = ['3/10', '0/4', '3/1', '0/3'].map((k) => subtables.get(k)).find((o) => o !== undefined)
  if (at === undefined) throw new Error('no Unicode cmap')
  const format = bytes.readUInt16BE(at)
  if (format === 12) {
    const groups = bytes.readUInt32BE(at + 12)
    return (c) => {
      for (let i = 0; i < groups; i++) {
        const g = at + 16 + 12 * i
        const first = bytes.readUInt32BE(g)
        if (c >= first && c <= bytes.readUInt32BE(g + 4))
          return bytes.readUInt32BE(g + 8) + c - first
      }
      return 0
    }
  }
  if (format !== 4) throw new Error(`cmap format ${format} is not supported`)
  const segments = bytes.readUInt16BE(at + 6) / 2
  const ends = at + 14
  const starts = ends + 2 * segments + 2
  const deltas = starts + 2 * segments
  const offsets = deltas + 2 * segments
  return (c) => {
    for (let i = 0; i < segments; i++) {
      if (c > bytes.readUInt16BE(ends + 2 * i)) continue
      const first = bytes.readUInt16BE(starts + 2 * i)
      if (c < first) return 0
      const delta = bytes.readInt16BE(deltas + 2 * i)
      const rangeOffset = bytes.readUInt16BE(offsets + 2 * i)
      if (rangeOffset === 0) return (c + delta) & 0xffff
      const glyph = bytes.readUInt16BE(offsets + 2 * i + rangeOffset + 2 * (c - first))
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff
    }
    return 0
  }
}

function nameOf(bytes: Buffer, start: number, id: number): string {
  const count = bytes.readUInt16BE(start + 2)
  const strings = start + bytes.readUInt16BE(start + 4)
  for (let i = 0; i < count; i++) {
    const record = start + 6 + 12 * i
    if (bytes.readUInt16BE(record + 6) !== id || bytes.readUInt16BE(record) !== 3) continue
    const from = strings + bytes.readUInt16BE(record + 10)
    const utf16 = Buffer.from(bytes.subarray(from, from + bytes.readUInt16BE(record + 8)))
    return utf16.swap16().toString('utf16le')
  }
  return '?'
}

function widths(paths: string[]): { fonts: string[]; ranges: Array<[number, number[]]> } {
  const fonts = paths.map(readFont)
  return {
    fonts: fonts.map((f) => f.name),
    ranges: ranges.map(([first, last]) => {
      const row: number[] = []
      for (let c = first; c <= last; c++) {
        const advances = fonts.map((f) => f.advance(c)).filter((w) => w !== undefined)
        row.push(advances.length > 0 ? Math.max(...advances) : -1)
      }
      return [first, row]
    }),
  }
}

const table = { regular: widths(regular), bold: widths(bold) }
process.stdout.write(`/**
 * Advance widths in thousandths of an em: per character, the widest of
 * ${[...table.regular.fonts, ...table.bold.fonts].join(',\n * ')}.
 * -1: no font has the character. Generated by generate-font-widths.ts; do not edit.
 */
export const fontWidths: Record<'regular' | 'bold', Array<[number, number[]]>> = ${JSON.stringify({
  regular: table.regular.ranges,
  bold: table.bold.ranges,
})}
`)
