import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostics } from '../../pipeline/diagnostics.js'
import { outlineText } from '../../pipeline/parse/outline-text.js'
import { coverageProblems, nodesOf, parseBytes, textNodes } from '../helpers/parse.js'

const root = path.resolve(import.meta.dirname, '../..')
const reports = path.join(root, 'test/fixtures/reports')

interface Expected {
  meta: Record<string, unknown>
  headings: Array<{ line: number; role: string; numbering: string | null; text: string }>
  furnitureLines: number[]
  truncatedLines: number[]
}

const blind = path.join(root, 'test/fixtures/blind')
const cases = [
  { name: 'fujian-2024', file: path.join(root, 'sources/fujian-2024.txt') },
  ...readdirSync(blind)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f.replace(/\.txt$/, ''), file: path.join(blind, f) })),
  ...readdirSync(reports)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f.replace(/\.txt$/, ''), file: path.join(reports, f) })),
]

describe.each(cases)('golden parse of $name', ({ name, file }) => {
  const bytes = readFileSync(file)
  const { tree, file: vfile } = parseBytes(bytes, `${name}.txt`)

  it('matches the stored outline and diagnostics', async () => {
    const text = `${outlineText(tree)}\n${formatDiagnostics([vfile], { verbose: true })}`
    await expect(text).toMatchFileSnapshot(
      path.join(root, `test/fixtures/parse/${name}.outline.txt`),
    )
  })

  it('loses no character', () => {
    expect(coverageProblems(String(vfile.value), tree, vfile)).toEqual([])
  })

  const expectedPath = path.join(reports, `${name}.outline.json`)
  let expected: Expected | undefined
  try {
    expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected
  } catch {
    expected = undefined
  }
  if (!expected) return
  const want = expected

  it('finds the hand-labelled metadata', () => {
    expect(vfile.data.meta).toEqual(want.meta)
  })

  it('finds the hand-labelled headings with their roles and numbering', () => {
    const got = nodesOf(tree, 'heading').map((h) => ({
      line: h.position!.start.line,
      role: h.data?.role,
      numbering: h.data?.numbering ?? null,
      text: textNodes({ type: 'root', children: [h] })[0]!.value,
    }))
    expect(got.map(({ line, role, numbering }) => ({ line, role, numbering }))).toEqual(
      want.headings.map(({ line, role, numbering }) => ({ line, role, numbering })),
    )
  })

  it('recognises the furniture and the cut-off lines', () => {
    const furniture = (vfile.data.furniture ?? []).map((f) => f.position.start.line)
    expect(furniture).toEqual(want.furnitureLines)
    const truncated = vfile.messages.filter((m) => m.ruleId === 'truncated-line').map((m) => m.line)
    expect(truncated).toEqual(want.truncatedLines)
  })
})
