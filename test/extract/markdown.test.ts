import { describe, expect, it } from 'vitest'
import { extractIndicators } from '../../pipeline/extract/index.js'
import { parseText } from '../helpers/parse.js'

describe('extraction from Markdown sources', () => {
  const md = [
    '# Government Work Report of Demo City 2024',
    '',
    '## Review of Work During 2023',
    '',
    'Industrial output grew by 6.2% and **exports** rose by 4%.',
    '',
    '## Main Targets for 2024',
    '',
    '- GDP growth of around 5%;',
  ].join('\n')
  const { tree, file } = parseText(md, 'demo.md')
  const { indicators } = extractIndicators(tree, file)

  it('reads a paragraph with inline markup as one text', () => {
    const exports = indicators.find((r) => r.number.text === '4')!
    expect(exports).toMatchObject({
      subject: 'exports',
      change: 4,
      changeUnit: '%',
      kind: 'actual',
      period: 2023,
    })
    // The number's position is in the Markdown source, past the `**` markup.
    expect(md.slice(exports.number.position.start.offset, exports.number.position.end.offset)).toBe(
      '4',
    )
    expect(md.slice(exports.position.start.offset, exports.position.end.offset)).toBe(
      'exports** rose by 4%',
    )
  })

  it('reads each row of a pipe table with its column, and no figures under Sources', () => {
    const table = [
      '# Demo City: 2024 Government Work Report, analyst briefing',
      '',
      '*Internal note 24/017, 29 January 2024.*',
      '',
      '## 2024 targets',
      '',
      '| Indicator | 2023 actual | 2024 target |',
      '|---|---|---|',
      '| GDP growth | 4.6% | around 5% |',
      '| Surveyed urban unemployment rate | 5.2% | within 5.5% |',
      '',
      '## Sources',
      '',
      '1. Demo City Government, Report on the Work of the Government, pp. 1-38.',
    ].join('\r\n')
    const parsed = parseText(table, 'table.md')
    const got = extractIndicators(parsed.tree, parsed.file).indicators
    expect(
      got.map((r) => [r.number.text, r.indicator, r.value, r.change, r.kind, r.period]),
    ).toEqual([
      ['4.6', 'grp', null, 4.6, 'actual', 2023],
      ['5', 'grp', null, 5, 'target', 2024],
      ['5.2', 'urban_unemployment_rate', 5.2, null, 'actual', 2023],
      ['5.5', 'urban_unemployment_rate', 5.5, null, 'target', 2024],
    ])
    // Each row is quoted and placed as written, on its own line.
    const row = got[2]!
    expect(row.position.start.line).toBe(10)
    expect(table.slice(row.number.position.start.offset, row.number.position.end.offset)).toBe(
      '5.2',
    )
  })

  it('takes period and kind from the Markdown headings', () => {
    expect(indicators.find((r) => r.number.text === '5')).toMatchObject({
      indicator: 'grp',
      kind: 'target',
      period: 2024,
      qualifier: 'around',
    })
  })
})
