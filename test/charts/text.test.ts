import { describe, expect, it } from 'vitest'
import { domainWithRoom } from '../../pipeline/charts/bars.js'
import {
  commonPeriod,
  formatNumber,
  recordLabel,
  shortenSubject,
  uniqueLabels,
} from '../../pipeline/charts/labels.js'
import { ellipsize, textWidth, wrapText } from '../../pipeline/charts/text.js'

describe('textWidth', () => {
  it('measures with font metrics, wider for wider glyphs and for bold', () => {
    // DejaVu Sans, the widest of the fonts: "i" is 0.278 em, "W" 0.989 em; plus the 3% margin.
    expect(textWidth('i', 100)).toBeCloseTo(27.8 * 1.03, 0)
    expect(textWidth('W', 100)).toBeCloseTo(98.9 * 1.03, 0)
    expect(textWidth('Growth', 11, true)).toBeGreaterThan(textWidth('Growth', 11))
    expect(textWidth('iiii', 10)).toBeLessThan(textWidth('MMMM', 10))
  })

  it('gives Chinese characters a full em and zero-width characters nothing', () => {
    expect(textWidth('国内生产总值', 10)).toBeCloseTo(60 * 1.03, 5)
    expect(textWidth('a\u200bb', 10)).toBe(textWidth('ab', 10))
  })
})

describe('wrapText', () => {
  const long =
    'I. We actively developed new drivers of growth and strengthened the foundation of the real economy.'

  it('breaks at spaces into lines no wider than asked', () => {
    const lines = wrapText(long, 200, { fontSize: 11 })
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(200)
    expect(lines.join(' ')).toBe(long)
  })

  it('ends the last allowed line with an ellipsis', () => {
    const lines = wrapText(long, 150, { fontSize: 11, maxLines: 2 })
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(/…$/)
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(150)
  })

  it('breaks after hyphens, between Chinese characters and inside words too long for a line', () => {
    expect(wrapText('high-quality development', 60, { fontSize: 11 })[0]).toBe('high-')
    const chinese = wrapText('国内生产总值和城乡居民收入', 50, { fontSize: 10 })
    expect(chinese.join('')).toBe('国内生产总值和城乡居民收入')
    for (const line of chinese) expect(textWidth(line, 10)).toBeLessThanOrEqual(50)
    for (const line of wrapText('Supercalifragilisticexpialidocious', 50, { fontSize: 11 }))
      expect(textWidth(line, 11)).toBeLessThanOrEqual(50)
  })

  it('ellipsize keeps text that fits and cuts at a word otherwise', () => {
    const measure = (s: string) => textWidth(s, 10)
    expect(ellipsize('Short', 100, measure)).toBe('Short')
    expect(ellipsize('Total retail sales of consumer goods', 100, measure)).toMatch(
      /^Total retail\b.*…$/,
    )
  })
})

describe('labels', () => {
  it('names a record by its indicator, else by its subject shortened', () => {
    expect(recordLabel({ indicator: 'grp', subject: 'GDP' })).toBe('Gross regional product')
    expect(recordLabel({ indicator: 'made_up_indicator', subject: 'x' })).toBe('Made up indicator')
    expect(
      recordLabel({
        indicator: null,
        subject:
          'Exports of the “New Three”, namely electric vehicles, lithium batteries and solar cells',
      }),
    ).toBe('Exports of the “New Three”')
    expect(shortenSubject('the number of green walkways in cumulative terms')).toBe(
      'Number of green walkways',
    )
    expect(shortenSubject('a '.repeat(10) + 'word '.repeat(20)).length).toBeLessThanOrEqual(61)
  })

  it('reads the label from the quote when the subject names nothing', () => {
    const record = (subject: string, quote: string, figure: string) => ({
      indicator: null,
      subject,
      quote,
      number: {
        text: figure,
        position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      },
    })
    expect(recordLabel(record('up', 'Fixed asset investment: up 10.4%', '10.4'))).toBe(
      'Fixed asset investment',
    )
    expect(recordLabel(record('up', 'Online retail sales: up 21.5%', '21.5'))).toBe(
      'Online retail sales',
    )
    expect(recordLabel(record('up', 'up 5%', '5'))).toBe('Up')
  })

  it('formats numbers with separators and a true minus sign', () => {
    expect(formatNumber(-0.2)).toBe('\u22120.2')
    expect(formatNumber(841130)).toBe('841,130')
    expect(formatNumber(2300)).toBe('2,300')
    expect(formatNumber(0.1 + 0.2)).toBe('0.3')
    expect(formatNumber(5)).toBe('5')
  })

  it('finds the period most figures have', () => {
    expect(commonPeriod([2023, 2023, '2019-2023', null])).toBe('2023')
    expect(commonPeriod(['2013-2017'])).toBe('2013–2017')
    expect(commonPeriod([2023, 2024])).toBe('2024')
    expect(commonPeriod([null])).toBeNull()
  })

  it('tells repeated labels apart by their source line', () => {
    const rows = uniqueLabels([
      { label: 'Exports', line: 3 },
      { label: 'Exports', line: 9 },
      { label: 'Imports', line: 9 },
    ])
    expect(rows.map((r) => r.label)).toEqual(['Exports (line 3)', 'Exports (line 9)', 'Imports'])
  })
})

describe('domainWithRoom', () => {
  it('widens the domain so that every label fits past its bar', () => {
    const items = [
      { value: 49.8, text: '49.8%' },
      { value: -0.2, text: '−0.2%' },
    ]
    const width = 400
    const [lo, hi] = domainWithRoom(items, width)
    const px = (v: number) => ((v - lo) / (hi - lo)) * width
    expect(px(49.8) + textWidth('49.8%', 10) + 3).toBeLessThanOrEqual(width)
    expect(px(-0.2) - textWidth('−0.2%', 10) - 3).toBeGreaterThanOrEqual(0)
    expect(lo).toBeLessThan(0)
  })
})
