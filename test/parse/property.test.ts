import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { coverageProblems, parseText } from '../helpers/parse.js'

const sample = readFileSync(new URL('../../sources/fujian-2024.txt', import.meta.url), 'utf8')
const sampleLines = sample.split('\n')

// Pieces report text is made of: markers, numbering, figures, wrap indentation, furniture.
const piece = fc.constantFrom(
  '●',
  '►',
  '■',
  '•',
  '-',
  '--',
  '*',
  'I.',
  'IV.',
  'First,',
  '1.',
  '(2)',
  'Part One',
  '一、',
  '\u00a0\u00a0\u00a0',
  '\t',
  '  ',
  '\n',
  '\r\n',
  '\n\n',
  'Home >> News',
  'Source: | 2024-03-05 08:36',
  'Print | Close',
  'Review of Work During 2023',
  'The main targets are as follows:',
  'GRP grew by 5.2%.',
  'in',
  'and',
  'per',
  'Guangdong-Hong Kong-',
  'Macao',
  '5.4 trillion yuan',
  'were',
  '.',
  ';',
  ':',
  '“',
  '’',
  'Work Report 2024',
  '\ufeff',
  'Notes:',
  'percentage points',
  '中文',
  '# Heading',
  '',
)
const reportish = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 12 }), fc.constantFrom(...sampleLines)), {
    maxLength: 60,
  })
  .map((parts) => parts.join(' '))

/** The sample with lines dropped, duplicated, swapped, cut or re-indented. */
const mutatedSample = fc
  .array(
    fc.record({
      kind: fc.constantFrom('drop', 'duplicate', 'cut', 'indent', 'swap', 'join'),
      at: fc.nat({ max: sampleLines.length - 1 }),
      n: fc.nat({ max: 80 }),
    }),
    { minLength: 1, maxLength: 20 },
  )
  .map((edits) => {
    const lines = [...sampleLines]
    for (const { kind, at, n } of edits) {
      const line = lines[at] ?? ''
      if (kind === 'drop') lines.splice(at, 1)
      else if (kind === 'duplicate') lines.splice(at, 0, line)
      else if (kind === 'cut') lines[at] = line.slice(0, n)
      else if (kind === 'indent') lines[at] = '\u00a0'.repeat(n % 9) + line
      else if (kind === 'swap')
        [lines[at], lines[n % lines.length]] = [lines[n % lines.length] ?? '', line]
      else lines.splice(at, 2, `${line}${lines[at + 1] ?? ''}`)
    }
    return lines.join(n(edits.length))
  })

function n(count: number): string {
  return count % 3 === 0 ? '\r\n' : '\n'
}

describe('parse never throws and never loses a character', () => {
  it('on random report-like text', () => {
    fc.assert(
      fc.property(reportish, (text) => {
        const { tree, file } = parseText(text)
        expect(coverageProblems(text, tree, file)).toEqual([])
      }),
      { numRuns: 3000 },
    )
  })

  it('on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const { tree, file } = parseText(text)
        expect(coverageProblems(text, tree, file)).toEqual([])
      }),
      { numRuns: 2000 },
    )
  })

  it('on mutations of the sample report', () => {
    fc.assert(
      fc.property(mutatedSample, (text) => {
        const { tree, file } = parseText(text)
        expect(coverageProblems(text, tree, file)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('on the sample itself', () => {
    const { tree, file } = parseText(sample, 'fujian-2024.txt')
    expect(coverageProblems(sample, tree, file)).toEqual([])
  })
})
