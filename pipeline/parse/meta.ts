import type { Root } from 'mdast'
import type { ReportMeta } from './mdast.js'

/**
 * Years of the review and plan parts, from their headings, with the title's year as fallback; with
 * neither, the year the text names most with the year before it.
 */
export function reportMeta(
  tree: Root,
  title: string | null,
  published: string | null,
  reportYear: number | null,
  text: string,
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
  const year =
    reportYear ?? planYear ?? (reviewedYear === null ? null : reviewedYear + 1) ?? yearOfText(text)
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

/**
 * The year Y whose mentions, with those of Y - 1, are the most in the text, or null when no one
 * year is: a report speaks mostly of the year it reviews and the year it plans for. (Under a site's
 * name, "Review of last year" and "This year's targets". A text naming 2023 alone may review it or
 * plan for it.)
 */
function yearOfText(text: string): number | null {
  const counts = new Map<number, number>()
  for (const m of text.matchAll(/(?<![\d.,-])(20[0-4]\d)(?![\d%]|[.,]\d)/g))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1)
  let best: number | null = null
  let most = 0
  let tied = false
  for (const year of new Set([...counts.keys()].flatMap((y) => [y, y + 1]))) {
    const count = (counts.get(year) ?? 0) + (counts.get(year - 1) ?? 0)
    if (count === most) tied = true
    else if (count > most) [best, most, tied] = [year, count, false]
  }
  return tied ? null : best
}
