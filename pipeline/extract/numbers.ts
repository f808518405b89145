/**
 * The number vocabulary of report English: digits with thousands separators and decimals, number
 * words, scale words. Pure functions over strings.
 */

const small: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
}

/** Scale words, longest first so that "ten thousand" wins over "thousand". */
export const scales: ReadonlyArray<[string, number]> = [
  ['hundred million', 1e8],
  ['ten thousand', 1e4],
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
  ['hundred', 1e2],
]

// Numbers said in words, as a transcript writes them: "two hundred and seventy six point five",
// "sixty one thousand three hundred", "four-point-seven" (a script), "twenty twenty four" (a year).
const units = 'one|two|three|four|five|six|seven|eight|nine'
const teens = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
const tens = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
// ("nought point three", "a hundred and six", "six and a half": as a speaker says them.)
const upTo99 = `(?:(?:${tens})(?:[\\s-](?:${units}))?|${teens}|${units}|zero|nought)`
// (Not "a hundred good ones": "a hundred" only with what it adds.)
const upTo999 = `(?:(?:${units})\\s+hundred(?:\\s+(?:and\\s+)?${upTo99})?|a\\s+hundred\\s+and\\s+${upTo99}|${upTo99})`
const spoken = `${upTo999}(?:\\s+thousand(?:\\s+(?:and\\s+)?${upTo999})?)?(?:[\\s-]+point(?:[\\s-]+(?:zero|nought|oh|${units}))+|\\s+and\\s+a\\s+half)?`
/** A number said in one word up to 99: "five", "twenty-three". */
export const numberWord = new RegExp(`^${upTo99}$`, 'i')
const spokenYear = `(?:nineteen|twenty)\\s+(?:(?:${tens})(?:[\\s-](?:${units}))?|${teens}|oh\\s+(?:${units}))`

/**
 * A number as written: digits ("5,400", "5.4", ".5") or number words ("two", "twenty-five",
 * "six point three"). Word numbers must stand alone (not inside "someone" or "often").
 */
export const numberPattern = new RegExp(
  `(?<![\\w.](?<!RMB|CNY|USD|HKD|\\bc\\.))(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|\\b(?:${spokenYear}|${spoken}|hundred(?:\\s+thousand)?)\\b`,
  'gi',
)

/** "twenty twenty four", "nineteen ninety eight": a year said in words. */
export const spokenYearPattern = new RegExp(`^${spokenYear}$`, 'i')

/**
 * The value of a number as written ("5,400" → 5400, "two" → 2, "twenty-five" → 25, "ten
 * thousand" → 10000).
 */
export function numberValue(text: string): number {
  if (/\d/.test(text)) return Number(text.replace(/,/g, ''))
  const words = text.toLowerCase().split(/[\s-]+/)
  // "twenty twenty four": the century, then the year in it.
  if (words.length >= 2 && spokenYearPattern.test(text)) {
    const rest = words.slice(1).filter((w) => w !== 'oh')
    return small[words[0]!]! * 100 + rest.reduce((sum, w) => sum + (small[w] ?? Number.NaN), 0)
  }
  let total = 0
  let current = 0
  let fraction = ''
  let point = false
  // ("six and a half": a half more.)
  const half = /\band a half$/.test(text.toLowerCase()) ? 0.5 : 0
  for (const word of half ? words.slice(0, -3) : words) {
    if (word === 'and') continue
    if (word === 'a') {
      current ||= 1
      continue
    }
    if (word === 'nought' || word === 'oh') {
      if (point) fraction += '0'
      continue
    }
    if (point) fraction += String(small[word] ?? Number.NaN)
    else if (word === 'point') point = true
    else if (word === 'hundred') current = (current || 1) * 100
    else if (word === 'thousand') {
      total += (current || 1) * 1000
      current = 0
    } else current += small[word] ?? Number.NaN
  }
  const whole = total + current + half
  return fraction ? Number(`${whole}.${fraction}`) : whole
}

/** Whether the number was written in words. */
export function isWordNumber(text: string): boolean {
  return !/\d/.test(text)
}

/** A scale word at the start of `rest` ("trillion yuan" → trillion, 1e12). */
export function matchScale(
  rest: string,
): { word: string; factor: number; length: number } | undefined {
  const lower = rest.slice(0, 16).toLowerCase()
  // Every scale word starts with h, t, b or m.
  if (!/^[htbm]/.test(lower)) return undefined
  for (const [word, factor] of scales) {
    if (lower.startsWith(word) && !/[a-z]/.test(lower[word.length] ?? ''))
      return { word, factor, length: word.length }
  }
  // "mn tonnes", "bn yuan", "bln yuan": abbreviations, read as the words.
  const short = /^(mn|bn|trn|tn|mln|bln|trln)(?![a-z])/.exec(lower)
  if (short) {
    const word = short[1]!.startsWith('m')
      ? 'million'
      : short[1]!.startsWith('b')
        ? 'billion'
        : 'trillion'
    return { word, factor: scales.find(([w]) => w === word)![1], length: short[1]!.length }
  }
  return undefined
}
