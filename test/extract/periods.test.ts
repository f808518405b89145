import { describe, expect, it } from 'vitest'
import {
  futureIndex,
  namedTarget,
  newTarget,
  openingSpan,
  planYears,
  reportsResult,
} from '../../pipeline/extract/periods.js'

const meta = { title: null, published: null, reportYear: 2021, reviewedYear: 2020, planYear: 2021 }

describe('periods and kinds from the words of a report', () => {
  it('names the years of a Five-Year Plan', () => {
    expect(planYears('the 13th Five-Year Plan')).toBe('2016-2020')
    expect(planYears('2025 target (14th FYP)')).toBe('2021-2025')
    expect(planYears('the third plenary session')).toBeNull()
  })

  it('reads the span of years a sentence opens on', () => {
    expect(openingSpan('Over the past five years, GRP grew by 6.5% a year.', meta)).toBe(
      '2016-2020',
    )
    expect(openingSpan('From 2016 to 2020, we created 5 million jobs.', meta)).toBe('2016-2020')
    expect(
      openingSpan(
        'Looking back over the first four years of the 13th Five-Year Plan period, GRP grew.',
        meta,
      ),
    ).toBe('2016-2019')
    expect(openingSpan('Last year, GRP grew by 3.9%.', meta)).toBeNull()
  })

  it('tells plans, targets named as such and reported results apart', () => {
    expect(futureIndex('Fixed-asset investment is to grow by around 6%.')).toBeGreaterThan(0)
    expect(futureIndex('Fixed-asset investment grew by 6%.')).toBe(-1)
    expect(namedTarget('beating the annual target of ', ' new jobs')).toBe(true)
    expect(namedTarget('The ', ' percent target for rural income growth')).toBe(true)
    expect(namedTarget('Exports rose by ', ' percent')).toBe(false)
    expect(newTarget('The GDP growth target of above 4.5 per cent is cautious.')).toBe(true)
    expect(newTarget('GRP grew 7.5%, exceeding the annual target of 7%.')).toBe(false)
    expect(
      reportsResult(
        'fixed asset investment fell 5.7 per cent',
        'Fixed asset investment fell 5.7 per cent.',
      ),
    ).toBe(true)
    expect(
      reportsResult('GDP growth of around 5%', 'The main targets are: GDP growth of around 5%.'),
    ).toBe(false)
  })
})
