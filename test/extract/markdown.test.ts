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

  it('takes period and kind from the Markdown headings', () => {
    expect(indicators.find((r) => r.number.text === '5')).toMatchObject({
      indicator: 'grp',
      kind: 'target',
      period: 2024,
      qualifier: 'around',
    })
  })
})
