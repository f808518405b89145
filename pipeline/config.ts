import os from 'node:os'
import path from 'node:path'
import { CliError } from './errors.js'

/** Options as a user gives them (CLI flags or a script): all optional, loosely typed. */
export interface UserBuildOptions {
  sources?: string[]
  out?: string
  templates?: string
  lexicon?: string
  only?: string
  concurrency?: number | string
  force?: boolean
  timings?: boolean
  pdf?: boolean
  cwd?: string
}

/** Normalised build options, with the defaults documented here. */
export interface BuildConfig {
  cwd: string
  /** Report files; default: every .txt/.md file in sources/. */
  sources: string[]
  /** Output root; default output/. Each report gets output/<name>/. */
  outDir: string
  /** Directory whose files override the default theme's. */
  templatesDir: string | undefined
  /** An indicator lexicon tried before the built-in one. */
  lexicon: string | undefined
  /** Build only the handouts whose number or slug matches (e.g. "03" or "reform"). */
  only: string | undefined
  /** Pages printed at once; default: the number of CPUs, at most 4. */
  concurrency: number
  /** Rebuild everything, ignoring the manifest. */
  force: boolean
  /** Print stage times. */
  timings: boolean
  /** Print PDFs (default true). */
  pdf: boolean
}

/** Normalise user options once, with clear messages for bad values. */
export function resolveConfig(options: UserBuildOptions): BuildConfig {
  const cwd = options.cwd ?? process.cwd()
  const concurrency =
    options.concurrency === undefined
      ? Math.min(4, Math.max(1, os.cpus().length))
      : Number(options.concurrency)
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    throw new CliError(
      `Invalid --concurrency \`${String(options.concurrency)}\`, expected a whole number from 1 to 32`,
      { exitCode: 2 },
    )
  }
  return {
    cwd,
    sources: (options.sources ?? []).map((s) => path.resolve(cwd, s)),
    outDir: path.resolve(cwd, options.out ?? 'output'),
    templatesDir:
      options.templates === undefined ? undefined : path.resolve(cwd, options.templates),
    lexicon: options.lexicon === undefined ? undefined : path.resolve(cwd, options.lexicon),
    only: options.only,
    concurrency,
    force: options.force ?? false,
    timings: options.timings ?? false,
    pdf: options.pdf ?? true,
  }
}
