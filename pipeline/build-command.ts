import { performance } from 'node:perf_hooks'
import { build, type BuildEffects } from './build.js'
import { type UserBuildOptions, resolveConfig } from './config.js'
import { formatDiagnostics } from './diagnostics.js'
import { browserIdentity } from './pdf/browser.js'
import { CliError, exitCodes } from './errors.js'
import type { Io } from './cli.js'

/** `briefing build`: options → config → build(), then a summary; the exit code says if all built. */
export async function runBuild(
  options: UserBuildOptions,
  io: Io,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const config = resolveConfig(options)
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch !== undefined && !/^\d+$/.test(epoch)) {
    throw new CliError(`SOURCE_DATE_EPOCH must be a whole number of seconds, got \`${epoch}\``, {
      exitCode: exitCodes.usage,
    })
  }
  const interactive = Boolean(process.stderr.isTTY) && !env.CI
  const started = performance.now()
  const effects: BuildEffects = {
    log: (line) => io.stderr(interactive ? `\x1b[2K\r${line}\n` : `${line}\n`),
    clock: () => performance.now(),
    sourceDateEpoch: epoch === undefined ? undefined : Number(epoch),
    launchPrinter: async (concurrency) => {
      const { launchPrinter } = await import('./pdf/index.js')
      return launchPrinter({ concurrency, log: (line) => io.stderr(`${line}\n`) })
    },
    // Note: only a stat of the browser binary; puppeteer loads when a PDF must be printed.
    printerIdentity: () => browserIdentity(env),
  }
  const result = await build(config, effects)
  const failed = result.reports.filter((r) => r.error !== undefined)
  for (const report of failed) if (report.file) io.stderr(formatDiagnostics([report.file]))
  const warned = result.reports.filter(
    (r) => r.file && r.file.messages.some((m) => m.fatal === false),
  )
  if (warned.length > 0)
    io.stderr(
      `${warned.map((r) => `${r.name}: ${r.file!.messages.filter((m) => m.fatal === false).length} warnings (see \`briefing check\`)`).join('\n')}\n`,
    )
  if (config.timings) {
    const stages = Object.entries(result.timings).map(
      ([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`,
    )
    io.stderr(
      `timings: ${stages.join(', ')}; total ${(performance.now() - started).toFixed(0)} ms${result.browserLaunched ? '' : '; no browser launched'}\n`,
    )
  }
  return failed.length > 0 ? exitCodes.input : exitCodes.ok
}
