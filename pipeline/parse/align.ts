import type { Text } from 'mdast'
import { cueTimingPattern, isSpaceCode } from './lines.js'

/** Offsets between a text node's value and the report text it was joined from. */
export interface Alignment {
  /** Source offset of a value offset (clamped to the node). */
  toSource(index: number): number
  /** Value offset of a source offset inside the node, or -1 for whitespace the value dropped. */
  toValue(offset: number): number
}

/**
 * Align a text node with its source. A value is its source span with hard-wrap whitespace folded
 * (and, in Markdown, the `>` marks of a block quote's lines dropped), so walking both in step,
 * skipping source whitespace and quote marks the value lacks, maps every character.
 */
/** Whether the `>` at `at` marks a line of a block quote: only spaces and marks before it. */
function quoteMark(source: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const code = source.charCodeAt(k)
    if (code === 10 || code === 13) return true
    if (code !== 62 && !isSpaceCode(code)) return false
  }
  return true
}

// A cue's number over its timing, or a timing alone: never a line of text, which may open on a
// digit ("2.5 percent …" after cue "2").
const cueLine = new RegExp(String.raw`(?:\d{1,5}[ \t]*\r?\n)?${cueTimingPattern}[^\n]*`, 'y')

/**
 * Where a subtitle cue's number or timing line that starts at `at` ends ("12", "00:01:02,500 -->
 * 00:01:05,000"), or -1: the value runs on across them.
 */
function cueEnd(source: string, at: number): number {
  const before = source.charCodeAt(at - 1)
  if (at > 0 && before !== 10 && before !== 13) return -1
  cueLine.lastIndex = at
  const cue = cueLine.exec(source)
  return cue ? at + cue[0].length : -1
}

export function alignText(node: Text, source: string): Alignment {
  const start = node.position?.start.offset ?? 0
  const value = node.value
  // Most text nodes are one line: the value is the source itself.
  if (node.position?.end.offset === start + value.length && source.startsWith(value, start)) {
    return {
      toSource: (index) => start + Math.max(0, Math.min(index, value.length)),
      toValue: (offset) => (offset >= start && offset < start + value.length ? offset - start : -1),
    }
  }
  const map = new Int32Array(value.length + 1)
  // The foot and head of a page the value runs across, in order.
  const skip = node.data?.skip ?? []
  let next = 0
  let j = start
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    while (j < source.length && code !== source.charCodeAt(j)) {
      if (next < skip.length && j >= skip[next]![0]) {
        j = Math.max(j, skip[next]![1])
        next++
        continue
      }
      const at = source.charCodeAt(j)
      if (isSpaceCode(at) || (at === 62 && !isSpaceCode(code) && quoteMark(source, j))) j++
      else if (at >= 48 && at <= 57 && isSpaceCode(code)) {
        // (A digit where the value has the space that joined two cues of subtitles.)
        const end = cueEnd(source, j)
        if (end === -1) break
        j = end
      } else break
    }
    map[i] = j
    if (code === source.charCodeAt(j)) j++
  }
  map[value.length] = j
  return {
    toSource: (index) => map[Math.max(0, Math.min(index, value.length))]!,
    toValue: (offset) => {
      // map is non-decreasing: binary search for the value index at that offset.
      let lo = 0
      let hi = value.length - 1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const at = map[mid]!
        if (at === offset) return value.charCodeAt(mid) === source.charCodeAt(offset) ? mid : -1
        if (at < offset) lo = mid + 1
        else hi = mid - 1
      }
      return -1
    },
  }
}
