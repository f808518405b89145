import { rename, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { formatDiagnostics } from './diagnostics.js'
import { CliError, exitCodes } from './errors.js'
import { compileLexicon, readLexiconFile } from './extract/lexicon.js'
import { toolVersion } from './version.js'

/** The stages the report commands use, loaded when one runs (a build loads its own). */
async function stages() {
  const [source, parse, outline, extract, writers] = await Promise.all([
    import('./source.js'),
    import('./parse/index.js'),
    import('./parse/outline-text.js'),
    import('./extract/index.js'),
    import('./extract/writers.js'),
  ])
  return { ...source, ...parse, ...outline, ...extract, ...writers }
}

const usage = `Usage: briefing <command> [options]

Turns the text of a government work report into a traceable briefing pack.

Commands:
  parse FILE        Parse a report; print its outline (or the mdast tree with --json)
  check FILE...     Report problems in reports as path:line:col diagnostics
  extract FILE      Print the indicator dataset of a report (JSON or CSV)
  build [SOURCES...] Build the briefing packs (default: every report in sources/)

Options:
  --json            parse: print the tree as JSON
  --frail           check: exit 1 on warnings too
  --format F        extract: json (default) or csv
  -o, --output PATH extract: write to PATH (atomically) instead of standard output
  --lexicon FILE    extract, check, build: an indicator lexicon tried before the built-in one
  --out DIR         build: output directory (default output/)
  --templates DIR   build: templates overriding the default theme's
  --only SECTION    build: only the handouts of SECTION (number or slug, e.g. 03 or reform)
  --concurrency N   build: pages printed at once (default: CPUs, at most 4)
  --force           build: rebuild everything, ignoring the manifest
  --no-pdf          build: HTML, data and charts only
  --timings         build: print the time of each stage
  --verbose         check: print info messages too
  --debug           show stack traces of unexpected failures
  -h, --help        show this help
  -v, --version     show the version

Exit codes: 0 fine, 1 problems in the input, 2 wrong command line, 70 internal error.`

/** Run the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const debug = argv.includes('--debug')
  try {
    return await run(argv, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`briefing: ${error.message}\n`)
      if (debug && error.stack) io.stderr(`${error.stack}\n`)
      return error.exitCode
    }
    io.stderr(`briefing: internal error: ${(error as Error).message ?? String(error)}\n`)
    io.stderr(
      debug
        ? `${(error as Error).stack}\n`
        : 'Run again with --debug for the stack trace, and report it as a bug.\n',
    )
    return exitCodes.internal
  }
}

/** Where the CLI writes; tests pass their own. */
export interface Io {
  stdout(text: string): void
  stderr(text: string): void
}

const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
}

async function run(argv: string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        frail: { type: 'boolean' },
        verbose: { type: 'boolean' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        lexicon: { type: 'string' },
        out: { type: 'string' },
        templates: { type: 'string' },
        only: { type: 'string' },
        concurrency: { type: 'string' },
        force: { type: 'boolean' },
        'no-pdf': { type: 'boolean' },
        timings: { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${usage}`, { exitCode: exitCodes.usage })
  }
  const { values, positionals } = parsed
  if (values.version) {
    io.stdout(`${toolVersion()}\n`)
    return exitCodes.ok
  }
  const [command, ...files] = positionals
  if (values.help || command === undefined || command === 'help') {
    io.stdout(`${usage}\n`)
    return command === undefined && !values.help ? exitCodes.usage : exitCodes.ok
  }
  switch (command) {
    case 'parse': {
      const { isUnreadable, outlineText, parseReport, readSource } = await stages()
      if (files.length !== 1)
        throw new CliError(`parse takes one FILE, got ${files.length}\n\n${usage}`, {
          exitCode: exitCodes.usage,
        })
      const file = await readSource(files[0]!)
      if (isUnreadable(file)) {
        io.stderr(formatDiagnostics([file]))
        return exitCodes.input
      }
      const tree = parseReport(file)
      if (values.json) {
        io.stdout(
          `${JSON.stringify({ ...tree, data: { meta: file.data.meta, furniture: file.data.furniture } }, null, 2)}\n`,
        )
      } else {
        io.stdout(outlineText(tree))
      }
      if (file.messages.some((m) => m.fatal !== undefined)) io.stderr(formatDiagnostics([file]))
      return file.messages.some((m) => m.fatal === true) ? exitCodes.input : exitCodes.ok
    }
    case 'check': {
      const { extractIndicators, isUnreadable, parseReport, readSource } = await stages()
      if (files.length === 0)
        throw new CliError(`check takes one or more FILEs\n\n${usage}`, {
          exitCode: exitCodes.usage,
        })
      const lexicon = loadLexicon(values.lexicon)
      const checked = []
      for (const path of files) {
        const file = await readSource(path)
        if (!isUnreadable(file)) extractIndicators(parseReport(file), file, { lexicon })
        checked.push(file)
      }
      io.stderr(formatDiagnostics(checked, { verbose: values.verbose ?? false }))
      const messages = checked.flatMap((f) => f.messages)
      const failed = messages.some((m) => m.fatal === true || (values.frail && m.fatal === false))
      return failed ? exitCodes.input : exitCodes.ok
    }
    case 'build': {
      const { runBuild } = await import('./build-command.js')
      return runBuild(
        {
          sources: files,
          out: values.out,
          templates: values.templates,
          lexicon: values.lexicon,
          only: values.only,
          concurrency: values.concurrency,
          force: values.force,
          timings: values.timings,
          pdf: !values['no-pdf'],
        },
        io,
      )
    }
    case 'extract': {
      const { datasetCsv, datasetJson, extractIndicators, isUnreadable, parseReport, readSource } =
        await stages()
      if (files.length !== 1)
        throw new CliError(`extract takes one FILE, got ${files.length}\n\n${usage}`, {
          exitCode: exitCodes.usage,
        })
      const format = values.format ?? 'json'
      if (format !== 'json' && format !== 'csv') {
        throw new CliError(`Unknown format \`${format}\`, expected \`json\` or \`csv\``, {
          exitCode: exitCodes.usage,
        })
      }
      const lexicon = loadLexicon(values.lexicon)
      const file = await readSource(files[0]!)
      if (isUnreadable(file)) {
        io.stderr(formatDiagnostics([file]))
        return exitCodes.input
      }
      const dataset = extractIndicators(parseReport(file), file, { lexicon })
      const text = format === 'csv' ? datasetCsv(dataset) : datasetJson(dataset)
      if (values.output) await writeAtomically(values.output, text)
      else io.stdout(text)
      if (file.messages.some((m) => m.fatal !== undefined)) io.stderr(formatDiagnostics([file]))
      return exitCodes.ok
    }
    default:
      throw new CliError(
        `Unknown command \`${command}\`, expected \`parse\`, \`check\`, \`extract\` or \`build\`\n\n${usage}`,
        { exitCode: exitCodes.usage },
      )
  }
}

function loadLexicon(path: string | undefined) {
  if (path === undefined) return undefined
  try {
    return compileLexicon([
      readLexiconFile(path),
      readLexiconFile(new URL('./extract/lexicon.json', import.meta.url)),
    ])
  } catch (error) {
    throw new CliError(`Cannot use the lexicon ${path}: ${(error as Error).message}`, {
      exitCode: exitCodes.input,
    })
  }
}

/** Write to a temporary name and rename: a failed write leaves the earlier file intact. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  try {
    await writeFile(temporary, text)
    await rename(temporary, path)
  } catch (error) {
    throw new CliError(
      `Cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { exitCode: exitCodes.input },
    )
  }
}
