import type { Link, Root, RootContent, Text } from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { IndicatorRecord } from '../extract/index.js'
import { alignText } from '../parse/align.js'

const processor = unified().use(remarkRehype).use(rehypeStringify)

/**
 * Render report nodes to HTML through remark-rehype, with every figure turned into a link to its
 * anchor. Text is escaped by hast; nothing of the report is ever read as markup. Heading depths
 * are shifted so that `topDepth` maps to `<h{htmlTop}>`.
 */
export function nodesToHtml(
  nodes: readonly RootContent[],
  source: string,
  records: readonly IndicatorRecord[],
  href: (record: IndicatorRecord) => string,
  shift: { topDepth: number; htmlTop: number },
): string {
  const copy = structuredClone(nodes) as RootContent[]
  const root: Root = { type: 'root', children: copy }
  linkFigures(root, source, records, href)
  shiftHeadings(root, shift.topDepth, shift.htmlTop)
  const hast = processor.runSync(root)
  return processor.stringify(hast)
}

function shiftHeadings(node: Root | RootContent, topDepth: number, htmlTop: number): void {
  if (node.type === 'heading')
    node.depth = Math.min(6, Math.max(1, node.depth - topDepth + htmlTop)) as typeof node.depth
  if ('children' in node)
    for (const child of node.children as RootContent[]) shiftHeadings(child, topDepth, htmlTop)
}

/** Split text nodes around the figures they contain and wrap each figure in a link. */
function linkFigures(
  node: Root | RootContent,
  source: string,
  records: readonly IndicatorRecord[],
  href: (record: IndicatorRecord) => string,
): void {
  if (!('children' in node)) return
  const children = node.children as RootContent[]
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    if (child.type !== 'text') {
      linkFigures(child, source, records, href)
      continue
    }
    const replaced = splitText(child, source, records, href)
    if (replaced.length > 1) {
      children.splice(i, 1, ...replaced)
      i += replaced.length - 1
    }
  }
}

function splitText(
  node: Text,
  source: string,
  records: readonly IndicatorRecord[],
  href: (record: IndicatorRecord) => string,
): RootContent[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return [node]
  // Each record's main number and the number of its change link to the record.
  const inside = records
    .flatMap((r) => [
      { record: r, at: r.number.position },
      ...(r.changeNumber ? [{ record: r, at: r.changeNumber.position }] : []),
    ])
    .filter(({ at }) => at.start.offset! >= start && at.end.offset! <= end)
    .sort((a, b) => a.at.start.offset! - b.at.start.offset!)
  if (inside.length === 0) return [node]
  const { toValue } = alignText(node, source)
  const parts: RootContent[] = []
  let cursor = 0
  let lastEnd = -1
  for (const { record, at } of inside) {
    const from = toValue(at.start.offset!)
    const to = toValue(at.end.offset! - 1) + 1
    // Two records can share one number ("respectively" pairs point at their own; ranges differ).
    if (from < cursor || from === lastEnd || from < 0 || to > node.value.length) continue
    if (from > cursor) parts.push({ type: 'text', value: node.value.slice(cursor, from) })
    const link: Link = {
      type: 'link',
      url: href(record),
      title: `${record.subject} — line ${record.number.position.start.line}`,
      children: [{ type: 'text', value: node.value.slice(from, to) }],
      data: { hProperties: { className: ['figure'], dataRecord: record.id } },
    }
    parts.push(link)
    cursor = to
    lastEnd = to
  }
  if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) })
  return parts
}
