import type { Heading, Root, RootContent } from 'mdast'
import type { IndicatorRecord } from '../extract/index.js'

/** A part of the report that gets its own part of the pack and its own handout. */
export interface Unit {
  /** 1-based order; handouts are named `<nn>-<slug>`. */
  index: number
  slug: string
  title: string
  /** Headings above the unit that had no text of their own ("Major work and achievements in 2023"). */
  context: string[]
  heading: Heading
  /** The nodes after the heading, up to the next unit. */
  nodes: RootContent[]
  /** What the unit is: the review, the targets or the plan. */
  kind: 'review' | 'targets' | 'plan' | 'other'
  records: IndicatorRecord[]
  /** Source offsets the unit spans. */
  start: number
  end: number
}

/**
 * Cut the tree into units at part headings and at first-level section headings (the numbering
 * style a part uses first). A heading with nothing but sub-units under it becomes context.
 */
export function splitUnits(tree: Root, records: readonly IndicatorRecord[]): Unit[] {
  const units: Unit[] = []
  let context: string[] = []
  let partHeading: Heading | undefined
  let firstStyle: string | undefined
  let current: Omit<Unit, 'index' | 'slug' | 'records' | 'end'> | undefined
  const pending: Array<Omit<Unit, 'index' | 'slug' | 'records' | 'end'>> = []

  const close = () => {
    if (!current) return
    if (current.nodes.length > 0) pending.push(current)
    else context = [...context, current.title]
    current = undefined
  }

  for (const node of tree.children) {
    if (node.type === 'heading' && node.data?.role === 'title') continue
    const boundary =
      node.type === 'heading' &&
      (node.data?.role === 'part' ||
        (node.data?.role === 'section' &&
          (firstStyle === undefined || node.data.numberingStyle === firstStyle)))
    if (boundary) {
      close()
      const heading = node as Heading
      if (heading.data?.role === 'part') {
        if (heading.depth <= 2) {
          context = []
          partHeading = heading
        }
        firstStyle = undefined
      } else firstStyle = heading.data?.numberingStyle
      current = {
        title: textOf(heading),
        context: [...context],
        heading,
        nodes: [],
        kind: unitKind(heading, partHeading),
        start: heading.position?.start.offset ?? 0,
      }
      continue
    }
    if (!current) {
      // Text before the first part: a unit of its own, headed by nothing.
      continue
    }
    current.nodes.push(node)
  }
  close()

  pending.forEach((unit, i) => {
    const end = pending[i + 1]?.start ?? Number.POSITIVE_INFINITY
    units.push({
      ...unit,
      index: i + 1,
      slug: slugify(unit.title),
      end,
      records: records.filter(
        (r) => (r.position.start.offset ?? 0) >= unit.start && (r.position.start.offset ?? 0) < end,
      ),
    })
  })
  return units
}

function unitKind(heading: Heading, part: Heading | undefined): Unit['kind'] {
  const kind = heading.data?.kind ?? part?.data?.kind
  if (kind === 'review' || kind === 'targets' || kind === 'plan') return kind
  return 'other'
}

/** Text of a heading or any node. */
export function textOf(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('')
  return ''
}

/** A file-name slug: "I. We actively developed new drivers…" → "i-we-actively-developed-new-drivers". */
export function slugify(title: string): string {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    if (slug && slug.length + word.length + 1 > 40) break
    slug = slug ? `${slug}-${word}` : word
  }
  return slug || 'section'
}
