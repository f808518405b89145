import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { type BuildEffects, build } from '../../pipeline/build.js'
import { resolveConfig } from '../../pipeline/config.js'

const root = path.resolve(import.meta.dirname, '../..')
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** Effects with a fixed clock and a printer that must not be needed (or fails on purpose). */
function effects(printer: 'forbidden' | 'failing' = 'forbidden', log: string[] = []): BuildEffects {
  return {
    log: (line) => void log.push(line),
    clock: () => 0,
    sourceDateEpoch: 1709596800,
    printerIdentity: () => 'test-browser',
    launchPrinter: async () => {
      if (printer === 'forbidden') throw new Error('no browser may be launched in this build')
      return {
        print: async () => {
          throw new Error('the printer failed')
        },
        close: async () => undefined,
      }
    },
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)],
  )
}

describe('briefing build (HTML, data and charts)', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'briefing-build-'))
  const out = path.join(work, 'output')
  const templates = path.join(work, 'templates')
  mkdirSync(path.join(work, 'sources'))
  cpSync(path.join(root, 'sources/fujian-2024.txt'), path.join(work, 'sources/fujian-2024.txt'))
  const config = (extra = {}) => resolveConfig({ cwd: work, out, pdf: false, ...extra })
  const dir = path.join(out, 'fujian-2024')

  beforeAll(async () => {
    await build(config(), effects())
  })

  it('writes the pack, one handout per section, the dataset, charts and a manifest', () => {
    const files = listFiles(dir).sort()
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        'dataset.json',
        'dataset.csv',
        'datapackage.json',
        'manifest.json',
      ]),
    )
    const handouts = files.filter((f) => f.startsWith('handouts/'))
    expect(handouts).toHaveLength(16)
    expect(handouts[0]).toBe('handouts/01-review-of-work-during-2023.html')
    expect(
      files.filter((f) => f.startsWith('charts/') && f.endsWith('.vl.json')).length,
    ).toBeGreaterThanOrEqual(3)
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
    for (const [name, entry] of Object.entries<{ sha256: string }>(manifest.files))
      expect(sha(path.join(dir, name))).toBe(entry.sha256)
    expect(manifest.tool).toMatchObject({ name: 'briefing' })
  })

  it('skips a report whose inputs did not change, without parsing or a browser', async () => {
    const before = Object.fromEntries(listFiles(dir).map((f) => [f, sha(path.join(dir, f))]))
    const result = await build(config(), effects())
    expect(result.reports[0]).toMatchObject({ upToDate: true, written: [] })
    expect(result.browserLaunched).toBe(false)
    expect(Object.fromEntries(listFiles(dir).map((f) => [f, sha(path.join(dir, f))]))).toEqual(
      before,
    )
  })

  it('rebuilds only what uses a changed template', async () => {
    mkdirSync(path.join(templates, 'layouts'), { recursive: true })
    const handout = readFileSync(path.join(root, 'templates/layouts/handout.hbs'), 'utf8')
    writeFileSync(
      path.join(templates, 'layouts/handout.hbs'),
      handout.replace('<main>', '<main class="changed">'),
    )
    const result = await build(config({ templates }), effects())
    const written = result.reports[0]!.written
    expect(written.length).toBe(16)
    expect(written.every((f) => f.startsWith('handouts/') && f.endsWith('.html'))).toBe(true)
    expect(readFileSync(path.join(dir, written[0]!), 'utf8')).toContain('<main class="changed">')
  })

  it('leaves the previous outputs intact when a build fails', async () => {
    const before = Object.fromEntries(listFiles(dir).map((f) => [f, sha(path.join(dir, f))]))
    // PDFs are due (none was printed yet) and the printer fails.
    await expect(
      build(resolveConfig({ cwd: work, out, templates, pdf: true }), effects('failing')),
    ).rejects.toThrow('the printer failed')
    expect(Object.fromEntries(listFiles(dir).map((f) => [f, sha(path.join(dir, f))]))).toEqual(
      before,
    )
    expect(readdirSync(dir).some((f) => f.startsWith('.staging'))).toBe(false)
  })

  it('reports an unreadable source and builds nothing for it', async () => {
    writeFileSync(path.join(work, 'empty.txt'), '')
    const result = await build(
      resolveConfig({ cwd: work, out, pdf: false, sources: ['empty.txt'] }),
      effects(),
    )
    expect(result.reports[0]!.error).toMatch(/empty/)
    expect(existsSync(path.join(out, 'empty'))).toBe(false)
  })

  it('builds only the handouts of --only', async () => {
    const other = path.join(work, 'only')
    const result = await build(
      resolveConfig({ cwd: work, out: other, pdf: false, only: '03' }),
      effects(),
    )
    expect(result.reports[0]!.written.filter((f) => f.startsWith('handouts/'))).toEqual([
      'handouts/03-ii-we-moved-faster-to-make-fujian-a.html',
    ])
  })
})
