import type { Root, RootContent } from 'mdast'

/**
 * A one-line-per-node outline of a parsed report: what golden fixtures store and what
 * `briefing parse --outline` prints. Text is cut at 60 characters.
 */
export function outlineText(tree: Root): string {
  const out: string[] = []
  const visit = (node: RootContent, indent: string) => {
    const at = node.position ? `${node.position.start.line}:${node.position.start.column}` : '?'
    if (node.type === 'heading') {
      const d = node.data ?? {}
      const tags = [d.role, d.kind, d.numbering && `#${d.numbering}`].filter(Boolean).join(' ')
      out.push(`${indent}${at} h${node.depth} ${tags} | ${clip(plain(node))}`)
    } else if (node.type === 'paragraph') {
      const tags = `${node.data?.truncated ? ' truncated' : ''}${node.data?.footnote ? ' footnote' : ''}`
      out.push(`${indent}${at} p${tags} | ${clip(plain(node))}`)
    } else if (node.type === 'list') {
      for (const item of node.children) {
        const first = item.children[0]
        const marker = item.data?.marker ?? '-'
        const text = first && first.type === 'paragraph' ? plain(first) : ''
        out.push(
          `${indent}${item.position?.start.line}:${item.position?.start.column} ${marker}${item.data?.truncated ? ' truncated' : ''} | ${clip(text)}`,
        )
        for (const child of item.children.slice(1)) visit(child, indent + '  ')
      }
    } else {
      out.push(`${indent}${at} ${node.type}`)
    }
  }
  for (const node of tree.children) visit(node, '')
  return out.join('\n') + '\n'
}

function plain(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as RootContent[]).map(plain).join('')
  return ''
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}
