import type { Root, RootContent, Text } from 'mdast'
import { VFile } from 'vfile'
import { parseReport } from '../../pipeline/parse/index.js'
import { decodeSource } from '../../pipeline/source.js'

/** Parse a string as a report file. */
export function parseText(text: string, path = 'report.txt'): { tree: Root; file: VFile } {
  const file = new VFile({ path, value: text })
  return { tree: parseReport(file), file }
}

/** Parse bytes through decoding, as the CLI does. */
export function parseBytes(bytes: Uint8Array, path = 'report.txt'): { tree: Root; file: VFile } {
  const file = decodeSource(bytes, path)
  return { tree: parseReport(file), file }
}

/** Every text node of a tree, in document order. */
export function textNodes(tree: Root): Text[] {
  const found: Text[] = []
  const visit = (node: Root | RootContent) => {
    if (node.type === 'text') found.push(node)
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child)
  }
  visit(tree)
  return found
}

/** Every node of a given type, in document order. */
export function nodesOf<T extends RootContent['type']>(
  tree: Root,
  type: T,
): Array<Extract<RootContent, { type: T }>> {
  const found: Array<Extract<RootContent, { type: T }>> = []
  const visit = (node: Root | RootContent) => {
    if (node.type === type) found.push(node as Extract<RootContent, { type: T }>)
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child)
  }
  visit(tree)
  return found
}

/**
 * The no-character-lost property. Returns the problems found (empty when it holds):
 * - every non-whitespace character of the input is covered by exactly one text node, bullet marker
 *   or piece of furniture;
 * - every text node's value is its source span with only whitespace changed (no invented text).
 */
export function coverageProblems(text: string, tree: Root, file: VFile): string[] {
  const problems: string[] = []
  const counts = new Uint8Array(text.length)
  const cover = (start: number | undefined, end: number | undefined, what: string) => {
    if (start === undefined || end === undefined || start > end || end > text.length) {
      problems.push(`${what}: bad span ${start}-${end}`)
      return
    }
    for (let i = start; i < end; i++) counts[i]! += 1
  }
  // Markdown sources: the syntax (list markers, "#", "**", "> ") stands outside the text nodes,
  // and inside the span of a text that runs over lines of a quote.
  const markdown = file.data.format === 'markdown'
  // (An e-mail's quoted lines keep their marks in the source too.)
  const bare = (s: string) => s.replace(/[\s>]/g, '')
  // A text runs across the furniture lines inside its span (the cues of subtitles), as it runs
  // across the marks of a quote: those characters are the furniture's, not the text's.
  const furnished = new Uint8Array(text.length)
  for (const piece of file.data.furniture ?? [])
    furnished.fill(1, piece.position.start.offset, piece.position.end.offset)
  for (const node of textNodes(tree)) {
    const { start, end } = node.position!
    let own = ''
    for (let i = start.offset!; i < end.offset!; i++) {
      if (furnished[i]) continue
      counts[i]! += 1
      own += text[i]
    }
    if (start.offset === undefined || end.offset === undefined || end.offset > text.length)
      problems.push(`text: bad span ${start.offset}-${end.offset}`)
    if (bare(own) !== bare(node.value))
      problems.push(`text at ${start.line}:${start.column} differs from its source span`)
  }
  for (const item of nodesOf(tree, 'listItem')) {
    // An ordered Markdown list's marker ("1.") stands before the item's first child.
    const marker = markdown
      ? { start: item.position?.start, end: item.children[0]?.position?.start }
      : item.data?.markerPosition
    if (markdown && /^\s*[-*+]\s*$/.test(text.slice(marker?.start?.offset, marker?.end?.offset)))
      continue
    cover(marker?.start?.offset, marker?.end?.offset, 'marker')
  }
  // ("• Main targets for 2023": the bullet of an item that titles a part.)
  for (const heading of nodesOf(tree, 'heading')) {
    const marker = heading.data?.markerPosition
    if (marker) cover(marker.start.offset, marker.end.offset, 'heading marker')
  }
  for (const piece of file.data.furniture ?? [])
    cover(piece.position.start.offset, piece.position.end.offset, 'furniture')
  // A Markdown link's brackets and destination ("[full text](http://…)") are its syntax.
  if (markdown)
    for (const link of nodesOf(tree, 'link'))
      for (let i = link.position!.start.offset!; i < link.position!.end.offset!; i++)
        if (counts[i] === 0) counts[i] = 1
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue
    if (markdown && counts[i] === 0 && /[#*_\-+>`]/.test(text[i]!)) continue
    // The marks of an e-mail's quoted lines ("> > text") stand outside the text, as in Markdown.
    if (
      counts[i] === 0 &&
      text[i] === '>' &&
      /(?:^|\n)[\s>]*$/.test(text.slice(Math.max(0, i - 40), i))
    )
      continue
    // (And the marks of a "## " heading line in a plain text, as in Markdown.)
    if (
      counts[i] === 0 &&
      text[i] === '#' &&
      /(?:^|\n)[ \t]*#*$/.test(text.slice(Math.max(0, i - 10), i)) &&
      /^#*[ \t]/.test(text.slice(i, i + 8))
    )
      continue
    if (counts[i] !== 1) {
      problems.push(
        `character ${JSON.stringify(text[i])} at offset ${i} covered ${counts[i]} times`,
      )
      if (problems.length > 5) break
    }
  }
  return problems
}
