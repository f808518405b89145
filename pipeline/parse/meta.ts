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
    const years = node.data.years!
    // "The 13th Five-Year Plan in Review (2016-2020)": a review ends with the last year it names;
    // "Main Targets: 2022 vs 2023", "Targets for the 14th Five-Year Plan (2021-2025)": a plan is
    // for the report's year when the heading names it, else for the latest year named.
    if (node.data.kind === 'review')
      reviewedYear ??=
        reportYear !== null && years.includes(reportYear - 1) ? reportYear - 1 : Math.max(...years)
    else if (node.data.kind === 'plan' || node.data.kind === 'targets')
      planYear ??=
        reportYear !== null && years.includes(reportYear) ? reportYear : Math.max(...years)
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
