import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { VFile } from 'vfile'
import type { BuildConfig } from './config.js'
import { CliError } from './errors.js'
import type { Dataset, IndicatorRecord } from './extract/index.js'
import { compileLexicon, defaultLexicon, readLexiconFile } from './extract/lexicon.js'
import { datapackage, datasetCsv, datasetJson } from './extract/writers.js'
import type { PdfJob, Printer } from './pdf/types.js'
import type { ChartView, RenderInput, Theme, Unit } from './render/index.js'
import { readThemeFiles } from './render/theme-files.js'
import { toolFingerprint, toolVersion } from './version.js'

/** What a build does to the world: logging, the clock, the browser. Tests pass their own. */
export interface BuildEffects {
  log(line: string): void
  /** Milliseconds, for --timings. */
  clock(): number
  /** Seconds since 1970 to stamp into outputs; undefined → the report's publication date. */
  sourceDateEpoch: number | undefined
  /**
   * Start the PDF printer: at most once a build, and only when the inputs of a report changed (it
   * starts while the report is rendered) or a PDF must be printed.
   */
  launchPrinter(concurrency: number): Promise<Printer>
  /** An identity of the browser (path, size, date) that needs no launch, for cache keys. */
  printerIdentity(): string
}

/** The result of building one report. */
export interface ReportResult {
  name: string
  dir: string
  written: string[]
  unchanged: string[]
  printed: number
  upToDate: boolean
  file: VFile | undefined
  error: string | undefined
}

export interface BuildResult {
  reports: ReportResult[]
  timings: Record<string, number>
  browserLaunched: boolean
}

interface Output {
  /** Path relative to the report's directory. */
  path: string
  /** Key of everything the output depends on. */
  key: string
  content?: string | Uint8Array
  /** PDFs: printed only when their key changed. */
  print?: PdfJob
}

interface Manifest {
  tool: { name: string; version: string; code: string; node: string; browser: string | null }
  source: { path: string; sha256: string }
  key: string
  files: Record<string, { sha256: string; key: string }>
}

/**
 * Build the briefing pack of every source: dataset files, charts, the HTML pack and handouts, and
 * their PDFs. Every output is keyed on the content of what it depends on (source, templates,
 * lexicon, tool version, browser); a rebuild writes and prints only what changed, and a report whose
 * inputs are all unchanged is skipped without parsing. New files are staged and renamed into place
 * once all are ready, so a failed build leaves the previous outputs intact.
 */
export async function build(config: BuildConfig, effects: BuildEffects): Promise<BuildResult> {
  const timings: Record<string, number> = {}
  const time = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
    const start = effects.clock()
    try {
      return await work()
    } finally {
      timings[stage] = (timings[stage] ?? 0) + effects.clock() - start
    }
  }
  const sources = config.sources.length > 0 ? config.sources : await defaultSources(config.cwd)
  // Note: the stages load when a report has to be built; an up-to-date check needs none of them.
  const themeFiles = await time('templates', () => readThemeFiles(config.templatesDir))
  let theme: Theme | undefined
  const lexiconFiles = config.lexicon ? [readLexicon(config.lexicon)] : []
  const lexicon =
    lexiconFiles.length > 0
      ? compileLexicon([
          ...lexiconFiles,
          readLexiconFile(new URL('./extract/lexicon.json', import.meta.url)),
        ])
      : defaultLexicon()
  const lexiconKey = hash(JSON.stringify(lexiconFiles))
  const browser = config.pdf ? effects.printerIdentity() : null
  let printer: Promise<Printer> | undefined
  const getPrinter = () => (printer ??= effects.launchPrinter(config.concurrency))

  const reports: ReportResult[] = []
  try {
    for (const source of sources) {
      reports.push(await buildReport(source))
    }
  } finally {
    if (printer) await (await printer.catch(() => undefined))?.close()
  }
  return { reports, timings, browserLaunched: printer !== undefined }

  async function buildReport(sourcePath: string): Promise<ReportResult> {
    const name = path.basename(sourcePath).replace(/\.[^.]+$/, '')
    const dir = path.join(config.outDir, name)
    const result: ReportResult = {
      name,
      dir,
      written: [],
      unchanged: [],
      printed: 0,
      upToDate: false,
      file: undefined,
      error: undefined,
    }
    const bytes = await readFile(sourcePath).catch(() => undefined)
    const sourceSha = bytes ? hash(bytes) : ''
    const themeKey = hash([...themeFiles.values()].map((f) => `${f.name}:${f.sha256}`).join('\n'))
    const reportKey = hash(
      JSON.stringify([
        toolFingerprint(),
        sourceSha,
        themeKey,
        lexiconKey,
        browser,
        config.only ?? null,
        config.pdf,
        effects.sourceDateEpoch ?? null,
      ]),
    )
    const manifest = await readManifest(dir)

    if (
      bytes &&
      !config.force &&
      manifest?.key === reportKey &&
      (await filesIntact(dir, manifest))
    ) {
      result.upToDate = true
      result.unchanged = Object.keys(manifest.files)
      effects.log(`${name}: up to date (${result.unchanged.length} files)`)
      return result
    }

    // Note: the browser starts while the report is parsed and rendered; a changed report usually
    // means PDFs to print.
    if (config.pdf && bytes && manifest?.key !== reportKey) void getPrinter().catch(() => undefined)
    const [{ isUnreadable, readSource }, { parseReport }, { extractIndicators }, render] =
      await time('load', () =>
        Promise.all([
          import('./source.js'),
          import('./parse/index.js'),
          import('./extract/index.js'),
          import('./render/index.js'),
        ]),
      )
    const { handoutPath, renderHandout, renderPack, reportUnits } = render
    const compiled = (theme ??= await time('templates', () => render.compileTheme(themeFiles)))
    const file = await time('read', () =>
      readSource(path.relative(config.cwd, sourcePath) || sourcePath, config.cwd),
    )
    result.file = file
    if (isUnreadable(file)) {
      result.error = file.messages[0]?.reason ?? 'unreadable'
      effects.log(`${name}: cannot build: ${result.error}`)
      return result
    }
    const tree = await time('parse', () => parseReport(file))
    const dataset = await time('extract', () => extractIndicators(tree, file, { lexicon }))
    const meta = file.data.meta!
    const buildDate = new Date(
      (effects.sourceDateEpoch ?? defaultEpoch(meta.published)) * 1000,
    ).toISOString()
    const units = reportUnits({ tree, dataset })
    const selected = config.only ? units.filter((u) => matchesOnly(u, config.only!)) : units
    if (config.only && selected.length === 0) {
      throw new CliError(
        `--only ${config.only} matches no section of ${name}; sections: ${units.map((u) => `${String(u.index).padStart(2, '0')}-${u.slug}`).join(', ')}`,
        { exitCode: 2 },
      )
    }

    const { buildCharts, sectionChart } = await time('charts', () => import('./charts/index.js'))
    const reportTitle = meta.title ?? name
    const charts = await time('charts', () =>
      buildCharts(dataset, { reportTitle, href: (r: IndicatorRecord) => `#fig-${r.id}` }),
    )
    const unitCharts = new Map<number, ChartView>()
    const input: RenderInput = {
      tree,
      source: String(file.value),
      sourceName: path.basename(sourcePath),
      meta,
      furniture: file.data.furniture ?? [],
      dataset,
      charts,
      unitCharts,
      labels: new Map(lexicon.entries.map((e) => [e.id, e.label])),
      generator: `briefing ${toolVersion()}`,
      buildDate,
    }
    const dataKey = hash(JSON.stringify([toolFingerprint(), sourceSha, lexiconKey]))
    const outputs: Output[] = []
    const stale: Output[] = []
    const printing: Array<Promise<void>> = []
    let printStart: number | undefined
    // Outputs whose key and file are unchanged are kept as they are; the rest are produced. A PDF
    // starts printing as soon as its HTML is ready, while the next pages are still being rendered.
    const add = async (output: Output) => {
      outputs.push(output)
      const entry = manifest?.files[output.path]
      const target = path.join(dir, output.path)
      const unchanged =
        !config.force &&
        entry?.key === output.key &&
        existsSync(target) &&
        hash(await readFile(target)) === entry.sha256
      if (unchanged) {
        result.unchanged.push(output.path)
        return
      }
      stale.push(output)
      if (!output.print) return
      printStart ??= effects.clock()
      const job = output.print
      const printed = getPrinter()
        .then((printer) => printer.print(job))
        .then((pdf) => {
          output.content = pdf
          result.printed++
          effects.log(`${name}: printed ${output.path}`)
        })
      // Note: handled here so that a failure before the pages are all rendered is not "unhandled";
      // it is still raised below, by Promise.all.
      printed.catch(() => undefined)
      printing.push(printed)
    }
    const packDeps = hash(
      theme
        .dependencies('pack')
        .map((f) => f.sha256)
        .join(),
    )
    const handoutDeps = hash(
      theme
        .dependencies('handout')
        .map((f) => f.sha256)
        .join(),
    )

    await time('render', async () => {
      await add({
        path: 'dataset.json',
        key: dataKey,
        content: datasetJson(withRelativePath(dataset, config.cwd)),
      })
      await add({ path: 'dataset.csv', key: dataKey, content: datasetCsv(dataset) })
      await add({
        path: 'datapackage.json',
        key: dataKey,
        content: datapackage(withRelativePath(dataset, config.cwd)),
      })
      for (const chart of charts) {
        const spec = (chart as ChartView & { spec?: unknown }).spec
        await add({
          path: `charts/${chart.id}.vl.json`,
          key: dataKey,
          content: `${JSON.stringify(spec, null, 2)}\n`,
        })
        await add({ path: `charts/${chart.id}.svg`, key: dataKey, content: chart.svg })
      }
      const packHtml = renderPack(compiled, input, units)
      await add({
        path: 'index.html',
        key: hash(`${dataKey}:${packDeps}:${buildDate}`),
        content: packHtml,
      })
      if (config.pdf && !config.only) {
        await add({
          path: 'briefing.pdf',
          key: hash(`${hash(packHtml)}:${browser}:${toolFingerprint()}`),
          print: pdfJob(input, packHtml, 'pack', units, reportTitle, buildDate),
        })
      }
    })
    for (const unit of selected) {
      const chart = await time('charts', () =>
        sectionChart(
          dataset,
          unit.records,
          `section-${String(unit.index).padStart(2, '0')}`,
          unit.title,
          {
            reportTitle,
            href: (r: IndicatorRecord) => `../index.html#fig-${r.id}`,
          },
        ),
      )
      if (chart) unitCharts.set(unit.index, chart)
      await time('render', async () => {
        const html = renderHandout(compiled, input, unit)
        await add({
          path: handoutPath(unit),
          key: hash(`${dataKey}:${handoutDeps}:${buildDate}:${unit.index}`),
          content: html,
        })
        if (config.pdf) {
          await add({
            path: handoutPath(unit, 'pdf'),
            key: hash(`${hash(html)}:${browser}:${toolFingerprint()}`),
            print: pdfJob(
              input,
              html,
              'handout',
              [unit],
              `${unit.title} — ${reportTitle}`,
              buildDate,
            ),
          })
        }
      })
    }
    try {
      await Promise.all(printing)
    } finally {
      if (printStart !== undefined) timings.pdf = (timings.pdf ?? 0) + effects.clock() - printStart
    }

    await time('write', async () => {
      const staging = path.join(dir, `.staging-${process.pid}`)
      await rm(staging, { recursive: true, force: true })
      try {
        for (const output of stale) {
          const target = path.join(staging, output.path)
          await mkdir(path.dirname(target), { recursive: true })
          await writeFile(target, output.content!)
        }
        for (const output of stale) {
          const target = path.join(dir, output.path)
          await mkdir(path.dirname(target), { recursive: true })
          await rename(path.join(staging, output.path), target)
          result.written.push(output.path)
        }
      } finally {
        await rm(staging, { recursive: true, force: true })
      }
      const files: Manifest['files'] = {}
      for (const output of outputs) {
        const content = output.content ?? (await readFile(path.join(dir, output.path)))
        files[output.path] = { sha256: hash(content), key: output.key }
      }
      const next: Manifest = {
        tool: {
          name: 'briefing',
          version: toolVersion(),
          code: toolFingerprint(),
          node: process.versions.node.split('.')[0]!,
          browser,
        },
        source: { path: path.relative(config.cwd, sourcePath), sha256: sourceSha },
        key: reportKey,
        files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b))),
      }
      await writeAtomic(path.join(dir, 'manifest.json'), `${JSON.stringify(next, null, 2)}\n`)
    })
    const warnings = file.messages.filter((m) => m.fatal === false).length
    effects.log(
      `${name}: ${result.written.length} written, ${result.unchanged.length} unchanged, ${result.printed} PDFs printed, ${dataset.indicators.length} figures, ${warnings} warnings`,
    )
    return result
  }
}

function pdfJob(
  input: RenderInput,
  html: string,
  kind: 'pack' | 'handout',
  units: readonly Unit[],
  title: string,
  buildDate: string,
): PdfJob {
  return {
    html,
    kind,
    title,
    subject:
      kind === 'pack'
        ? `Briefing pack of ${input.meta.title ?? input.sourceName}`
        : `Handout: ${units[0]?.title ?? ''}`,
    keywords: [
      'work report',
      String(input.meta.reportYear ?? ''),
      kind === 'pack' ? 'briefing pack' : 'handout',
      'indicators',
    ].filter(Boolean),
    creator: input.generator,
    date: new Date(buildDate),
    headerTitle: input.meta.title ?? input.sourceName,
    sections: [
      ...(kind === 'pack' ? [{ id: 'key-figures', title: 'Key figures' }] : []),
      ...(kind === 'pack' && input.charts.length > 0 ? [{ id: 'charts', title: 'Charts' }] : []),
      ...units.map((u) => ({
        id: `section-${String(u.index).padStart(2, '0')}-${u.slug}`,
        title: u.title,
      })),
      ...(kind === 'pack'
        ? [
            { id: 'indicator-table', title: 'All indicators' },
            { id: 'source', title: 'Annotated source' },
          ]
        : []),
    ],
  }
}

function matchesOnly(unit: Unit, only: string): boolean {
  const key = `${String(unit.index).padStart(2, '0')}-${unit.slug}`
  return (
    key.startsWith(only) || unit.slug.includes(only.toLowerCase()) || String(unit.index) === only
  )
}

async function defaultSources(cwd: string): Promise<string[]> {
  const dir = path.join(cwd, 'sources')
  const names = await readdir(dir).catch(() => {
    throw new CliError(`No SOURCES given and no sources/ directory in ${cwd}`, { exitCode: 2 })
  })
  const files = names.filter((n) => /\.(txt|md|markdown)$/i.test(n)).sort()
  if (files.length === 0) throw new CliError(`No .txt or .md reports in ${dir}`, { exitCode: 2 })
  return files.map((n) => path.join(dir, n))
}

function readLexicon(file: string) {
  try {
    return readLexiconFile(file)
  } catch (error) {
    throw new CliError(`Cannot use the lexicon ${file}: ${(error as Error).message}`)
  }
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest
  } catch {
    return undefined
  }
}

async function filesIntact(dir: string, manifest: Manifest): Promise<boolean> {
  for (const [name, entry] of Object.entries(manifest.files)) {
    const content = await readFile(path.join(dir, name)).catch(() => undefined)
    if (!content || hash(content) !== entry.sha256) return false
  }
  return true
}

async function writeAtomic(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, content)
  await rename(temporary, file)
}

function withRelativePath(dataset: Dataset, cwd: string): Dataset {
  return {
    ...dataset,
    source: {
      ...dataset.source,
      path: path.isAbsolute(dataset.source.path)
        ? path.relative(cwd, dataset.source.path)
        : dataset.source.path,
    },
  }
}

/** Without SOURCE_DATE_EPOCH: the report's publication date, else 2000-01-01 — never the clock. */
function defaultEpoch(published: string | null): number {
  const date = published ? Date.parse(`${published}T00:00:00Z`) : Number.NaN
  return Number.isNaN(date) ? 946_684_800 : date / 1000
}

function hash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}
