import type { Heading, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { VFile } from 'vfile'
import { reportMeta } from './meta.js'
import { matchDate, matchNumbering, matchPartPhrase, yearsIn } from './patterns.js'

/**
 * Markdown sources: remark's own parser builds the tree; headings then get the same report roles as
 * in plain-text reports (the first depth-1 heading is the title, numbered headings are sections,
 * depth-2 headings and headings naming a part are parts, the rest are topics).
 */
export function parseMarkdownReport(file: VFile): Root {
  const tree = fromMarkdown(String(file.value ?? ''))
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
    } else if (node.depth <= 2 || phrase === 'targets') {
      // "## II. Targets for 2021": a numbered heading that names a part is the part.
      const kind = phrase ?? 'plan'
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
  file.data.furniture = []
  file.data.format = 'markdown'
  file.data.meta = reportMeta(tree, title, published, reportYear)
  return tree
}

function headingText(node: Heading): string {
  return node.children.map((child) => ('value' in child ? child.value : '')).join('')
}
