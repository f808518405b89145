import type { Root } from 'mdast'
import type { ReportMeta } from './mdast.js'

/** Years of the review and plan parts, from their headings, with the title's year as fallback. */
export function reportMeta(
  tree: Root,
  title: string | null,
  published: string | null,
  reportYear: number | null,
): ReportMeta {
  let reviewedYear: number | null = null
  let planYear: number | null = null
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.data?.role !== 'part') continue
    const year = node.data.years?.[0]
    if (year === undefined) continue
    if (node.data.kind === 'review') reviewedYear ??= year
    // "Main Targets: 2022 vs 2023": a plan is for the latest year its heading names.
    else if (node.data.kind === 'plan' || node.data.kind === 'targets')
      planYear ??= Math.max(...node.data.years!)
  }
  const year = reportYear ?? planYear ?? (reviewedYear === null ? null : reviewedYear + 1)
  return {
    title,
    published,
    reportYear: year,
    // Note: a report reviews the year before the one it is delivered in; used only when no review
    // heading names its year.
    reviewedYear: reviewedYear ?? (year === null ? null : year - 1),
    planYear: planYear ?? year,
  }
}
