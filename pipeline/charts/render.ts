import type { Spec as VegaSpec, View } from 'vega'
import { textWidth } from './text.js'

type Vega = typeof import('vega')
type VegaLite = typeof import('vega-lite')

interface TextItem {
  fontSize?: number | string
  fontWeight?: number | string
  limit?: number
}

let modules: Promise<{ vega: Vega; vegaLite: VegaLite }> | undefined

/** Vega and Vega-Lite, loaded on first use (they are heavy), measuring text as the chart fonts do. */
function load(): Promise<{ vega: Vega; vegaLite: VegaLite }> {
  modules ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vegaLite]) => {
    useChartFontMetrics(vega)
    return { vega, vegaLite }
  })
  return modules
}

/**
 * Note: without node-canvas Vega guesses every character is 0.8 em wide, which is too wide for
 * Latin text and too narrow for Chinese, so label columns and margins came out wrong. Vega lets a
 * program supply its own measure (vl-convert does the same); ours is the widest of the chart fonts.
 */
function useChartFontMetrics(vega: Vega): void {
  const metrics = (vega as unknown as { textMetrics: { width: unknown } }).textMetrics
  metrics.width = (item: TextItem, text: unknown): number => {
    const line = text == null ? '' : String(text).trim()
    const size = item.fontSize == null ? 11 : Number(item.fontSize) || 0
    const weight = item.fontWeight
    const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600
    const width = textWidth(line, size, bold)
    // Vega truncates text to `limit` with an ellipsis; the truncated text is never wider.
    return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width
  }
}

/** Compile a Vega-Lite spec to Vega, collecting Vega-Lite's warnings instead of printing them. */
export async function compileSpec(
  spec: Record<string, unknown>,
): Promise<{ vega: VegaSpec; warnings: string[] }> {
  const { vega, vegaLite } = await load()
  const warnings: string[] = []
  const logger = collectingLogger(vega, warnings)
  // Note: Vega tags inline data rows with ids; compile a copy so that the spec stays as it was.
  const copy = structuredClone(spec) as unknown as Parameters<VegaLite['compile']>[0]
  const compiled = vegaLite.compile(copy, { logger })
  return { vega: compiled.spec, warnings }
}

/** A headless Vega view of a Vega-Lite spec, laid out and ready to render or inspect. */
export async function chartView(
  spec: Record<string, unknown>,
): Promise<{ view: View; warnings: string[] }> {
  const { vega } = await load()
  const compiled = await compileSpec(spec)
  const warnings = compiled.warnings
  const view = new vega.View(vega.parse(compiled.vega), {
    renderer: 'none',
    logger: collectingLogger(vega, warnings),
  })
  await view.runAsync()
  return { view, warnings }
}

/**
 * Render a Vega-Lite spec to SVG: the same bytes on every run, with an accessible name and
 * description on the root element.
 */
export async function renderSvg(
  spec: Record<string, unknown>,
  accessible: { id: string; title: string; description: string },
): Promise<string> {
  const { vega } = await load()
  const { view } = await chartView(spec)
  try {
    // Note: clip-path and gradient ids count up across renders unless reset.
    vega.resetSVGDefIds()
    return labelSvg(await view.toSVG(), accessible)
  } finally {
    view.finalize()
  }
}

function labelSvg(svg: string, { id, title, description }: Record<string, string>): string {
  const end = svg.indexOf('>')
  if (!svg.startsWith('<svg ') || end < 0) throw new Error('Vega rendered no <svg> element')
  const ids = { title: `${id}-title`, desc: `${id}-desc` }
  const attributes = [
    'role="graphics-document document"',
    'aria-roledescription="chart"',
    `aria-label="${escapeXml(title!)}"`,
    `aria-describedby="${escapeXml(ids.desc)}"`,
  ].join(' ')
  const head = `<title id="${escapeXml(ids.title)}">${escapeXml(title!)}</title><desc id="${escapeXml(ids.desc)}">${escapeXml(description!)}</desc>`
  return `<svg ${attributes} ${svg.slice(5, end + 1)}${head}${svg.slice(end + 1)}`
}

/** Text made safe inside XML attributes and elements. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

function collectingLogger(vega: Vega, messages: string[]) {
  return vega.logger(vega.Warn, undefined, (_method: string, level: string, input: unknown[]) => {
    messages.push([level, ...input.map(String)].join(' '))
  })
}
