import type Handlebars from 'handlebars'

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** Format a number with thousands separators, keeping the decimals as written. */
export function formatNumber(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return ''
  const [whole, fraction] = String(Math.abs(value)).split('.')
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${value < 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`
}

/** "5.4 trillion yuan", "4.8%", "3rd". */
export function formatQuantity(value: unknown, unit: unknown): string {
  if (typeof value !== 'number') return ''
  if (unit === '%') return `${formatNumber(value)}%`
  if (unit === 'rank') return ordinal(value)
  return unit ? `${formatNumber(value)} ${String(unit)}` : formatNumber(value)
}

/** "▲ 4.5%", "▼ 0.2%", "▲ 3.4 pp". */
export function formatChange(change: unknown, unit: unknown): string {
  if (typeof change !== 'number') return ''
  const arrow = change > 0 ? '▲' : change < 0 ? '▼' : '■'
  const magnitude = formatNumber(Math.abs(change))
  const suffix =
    unit === '%' ? '%' : unit === 'percentage points' ? ' pp' : unit ? ` ${String(unit)}` : ''
  return `${arrow} ${magnitude}${suffix}`
}

/** A planned change, without the arrow of a reported one: "+5.5%", "−2 pp". */
export function formatSigned(change: unknown, unit: unknown): string {
  if (typeof change !== 'number') return ''
  const suffix =
    unit === '%' ? '%' : unit === 'percentage points' ? ' pp' : unit ? ` ${String(unit)}` : ''
  return `${change > 0 ? '+' : change < 0 ? '−' : '±'}${formatNumber(Math.abs(change))}${suffix}`
}

function ordinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** "2024-03-05" → "5 March 2024". */
export function formatDate(iso: unknown): string {
  if (typeof iso !== 'string') return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`
}

/** The helpers templates can use; all return plain strings that Handlebars escapes. */
export function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('number', (value: unknown) => formatNumber(value))
  hb.registerHelper('quantity', (value: unknown, unit: unknown) => formatQuantity(value, unit))
  hb.registerHelper('change', (change: unknown, unit: unknown) => formatChange(change, unit))
  hb.registerHelper('signed', (change: unknown, unit: unknown) => formatSigned(change, unit))
  hb.registerHelper('capital', (text: unknown) =>
    typeof text === 'string' ? text.charAt(0).toUpperCase() + text.slice(1) : '',
  )
  hb.registerHelper('changeClass', (change: unknown) =>
    typeof change !== 'number' ? '' : change > 0 ? 'up' : change < 0 ? 'down' : 'flat',
  )
  hb.registerHelper('qualifier', (q: unknown) => (typeof q === 'string' && q ? q : ''))
  hb.registerHelper('date', (iso: unknown) => formatDate(iso))
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b)
  hb.registerHelper('join', (list: unknown, separator: unknown) =>
    Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : '',
  )
  hb.registerHelper('pad2', (n: unknown) => String(n).padStart(2, '0'))
}
