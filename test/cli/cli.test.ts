import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../pipeline/cli.js'

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  })
  return { code, stdout, stderr }
}

const sample = 'sources/fujian-2024.txt'
const dir = mkdtempSync(path.join(tmpdir(), 'briefing-cli-'))

describe('briefing CLI', () => {
  it('prints help and version', async () => {
    expect((await run('--help')).stdout).toMatch(/Usage: briefing <command>/)
    expect((await run('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it('rejects unknown commands and flags with exit 2', async () => {
    const unknown = await run('frobnicate')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/Unknown command `frobnicate`/)
    expect((await run('parse', '--nope', sample)).code).toBe(2)
    expect((await run()).code).toBe(2)
  })

  it('parse --json prints the tree with metadata', async () => {
    const { code, stdout } = await run('parse', '--json', sample)
    expect(code).toBe(0)
    const tree = JSON.parse(stdout)
    expect(tree.type).toBe('root')
    expect(tree.data.meta).toMatchObject({
      reportYear: 2024,
      reviewedYear: 2023,
      published: '2024-03-05',
    })
    expect(tree.children[0].position.start).toEqual({
      line: 5,
      column: 1,
      offset: tree.children[0].position.start.offset,
    })
  })

  it('check prints path:line:col diagnostics and exits 1 only with --frail on warnings', async () => {
    const plain = await run('check', sample)
    expect(plain.code).toBe(0)
    expect(plain.stderr).toContain('sources/fujian-2024.txt:63:1 warning Line appears cut off')
    expect(plain.stderr).toMatch(/truncated-line\n/)
    for (const line of [63, 183, 195, 198])
      expect(plain.stderr).toMatch(
        new RegExp(`fujian-2024\\.txt:${line}:\\d+ warning .*truncated-line`),
      )
    expect((await run('check', '--frail', sample)).code).toBe(1)
  })

  it('reports bad input with file, line and column and exit 1, never a stack trace', async () => {
    const empty = path.join(dir, 'empty.txt')
    writeFileSync(empty, '')
    const binary = path.join(dir, 'scan.txt')
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0x00]))
    for (const file of [empty, binary, path.join(dir, 'missing.txt')]) {
      for (const command of ['check', 'parse']) {
        const result = await run(command, file)
        expect(result.code).toBe(1)
        expect(result.stderr).toMatch(
          new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ error `),
        )
        expect(result.stderr).not.toMatch(/\n\s+at /)
      }
    }
  })
})
