import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type BuildEffects, type BuildResult, build } from '../../pipeline/build.js'
import { type UserBuildOptions, resolveConfig } from '../../pipeline/config.js'
import { browserIdentity } from '../../pipeline/pdf/browser.js'

/** The repository root. */
export const root = path.resolve(import.meta.dirname, '../..')

/** 2024-03-05T00:00:00Z: the date every test build is stamped with. */
export const sourceDateEpoch = 1709596800

/** The sample report every end-to-end test builds. */
export const sampleSource = path.join(root, 'sources/fujian-2024.txt')

/** Real build effects (as `runBuild` makes them) that count browser launches and keep the log. */
export interface CountingEffects extends BuildEffects {
  /** How many times the build launched a printer. */
  launches: number
  lines: string[]
}

/**
 * The effects of `briefing build` with the clock and SOURCE_DATE_EPOCH pinned: the real printer
 * (Chromium through puppeteer), loaded lazily as the CLI does.
 */
export function realEffects(): CountingEffects {
  const effects: CountingEffects = {
    launches: 0,
    lines: [],
    log: (line) => void effects.lines.push(line),
    clock: () => 0,
    sourceDateEpoch,
    launchPrinter: async (concurrency) => {
      effects.launches++
      const { launchPrinter } = await import('../../pipeline/pdf/index.js')
      return launchPrinter({ concurrency, log: (line) => void effects.lines.push(line) })
    },
    printerIdentity: () => browserIdentity(),
  }
  return effects
}

/** A fresh temporary working directory with `sources/<name>` copied or written into it. */
export function workspace(
  prefix: string,
  sources: Record<string, string> = { 'fujian-2024.txt': sampleSource },
): string {
  const work = mkdtempSync(path.join(tmpdir(), `briefing-${prefix}-`))
  mkdirSync(path.join(work, 'sources'))
  for (const [name, from] of Object.entries(sources)) {
    cpSync(from, path.join(work, 'sources', name))
  }
  return work
}

/** A build of every source of a workspace into its output/ directory. */
export interface Built {
  work: string
  out: string
  /** output/fujian-2024 (the first report's directory). */
  dir: string
  result: BuildResult
  effects: CountingEffects
}

/** Build a workspace for real (with PDFs unless `pdf: false`). */
export async function buildWorkspace(
  work: string,
  options: UserBuildOptions = {},
  effects: CountingEffects = realEffects(),
): Promise<Built> {
  const out = path.join(work, 'output')
  const result = await build(resolveConfig({ cwd: work, out, ...options }), effects)
  const dir = result.reports[0]?.dir ?? path.join(out, 'fujian-2024')
  return { work, out, dir, result, effects }
}

/** One build of the sample report into a new temporary directory. */
export async function buildSample(prefix: string, options: UserBuildOptions = {}): Promise<Built> {
  return buildWorkspace(workspace(prefix), options)
}

/** Every file under a directory, as paths relative to it, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(dir, path.join(prefix, entry.name))
        : [path.join(prefix, entry.name)],
    )
    .sort()
}
