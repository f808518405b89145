import { describe, expect, it } from 'vitest'
import {
  cellIndex,
  cellText,
  columnYears,
  isRow,
  tableHeader,
} from '../../pipeline/extract/tables.js'

const meta = { title: null, published: null, reportYear: 2021, reviewedYear: 2020, planYear: 2021 }

describe('table columns', () => {
  it('reads the year, kind and plan each header cell names', () => {
    const columns = tableHeader(
      '| Indicator | 2020 result | 2021 target | 2025 target (14th FYP) |',
      meta,
      '',
    )
    expect(columns?.map((c) => [c.year, c.kind, c.plan])).toEqual([
      [null, null, null],
      [2020, 'actual', null],
      [2021, 'target', null],
      [2025, 'target', '2021-2025'],
    ])
  })

  it('takes a year alone by the reviewed year, and a title in percent for every cell', () => {
    const columns = tableHeader(
      'Indicator      2020      2021',
      meta,
      'TABLE 1 (% y/y unless stated)',
    )
    expect(columns?.map((c) => [c.year, c.kind, c.percent])).toEqual([
      [null, null, true],
      [2020, 'actual', true],
      [2021, 'target', true],
    ])
  })

  it('does not take a row of figures or prose for a header', () => {
    expect(tableHeader('| GRP growth | 6.5% | 5.5% |', meta, '')).toBeUndefined()
    expect(isRow('GDP grew by 6.5% in 2020, up from 6.1%.')).toBe(false)
    expect(isRow('Grain output        19.74 million tons')).toBe(true)
  })

  it('finds the cell of a figure and the period it stands for', () => {
    const row = '| New urban jobs | over 850,000 | over 4.5 million in 2021-2025 |'
    const columns = tableHeader('| Indicator | 2021 target | 2025 target (14th FYP) |', meta, '')!
    const at = row.indexOf('4.5')
    expect(cellIndex(row, at)).toBe(2)
    expect(cellText(row, at).trim()).toBe('over 4.5 million in 2021-2025')
    expect(columnYears(columns[2]!, cellText(row, at), meta)).toBe('2021-2025')
    expect(columnYears(columns[2]!, ' around 6% a year on average ', meta)).toBe('2021-2025')
    expect(columnYears(columns[2]!, ' 41% ', meta)).toBe(2025)
    expect(columnYears(columns[1]!, ' over 850,000 ', meta)).toBe(2021)
  })
})
