/**
 * `npm run bench`: throughput of the stages on the sample report and on the sample repeated 100
 * times (to show growth is linear). Prints a table and writes output/bench.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { VFile } from 'vfile'
import { extractIndicators } from '../pipeline/extract/index.js'
import { defaultLexicon } from '../pipeline/extract/lexicon.js'
import { parseReport } from '../pipeline/parse/index.js'
import { benchBuild } from './build.js'

interface Row {
  stage: string
  input: string
  bytes: number
  msPerRun: number
  mbPerSecond: number
}

const sample = readFileSync('sources/fujian-2024.txt', 'utf8')
const inputs = [
  { name: 'sample', text: sample },
  { name: 'sample ×10', text: Array.from({ length: 10 }, () => sample).join('\n') },
  { name: 'sample ×100', text: Array.from({ length: 100 }, () => sample).join('\n') },
]

function measure(stage: string, run: (text: string) => void): Row[] {
  return inputs.map(({ name, text }) => {
    const bytes = Buffer.byteLength(text)
    // Warm up for a second (at least three runs), so that the code measured is the optimised code a
    // long run or a batch of reports gets.
    const warm = performance.now() + 1000
    for (let i = 0; i < 3 || performance.now() < warm; i++) run(text)
    const times: number[] = []
    const deadline = performance.now() + 1500
    while (times.length < 5 || (performance.now() < deadline && times.length < 200)) {
      const start = performance.now()
      run(text)
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    const ms = times[Math.floor(times.length / 2)]!
    return {
      stage,
      input: name,
      bytes,
      msPerRun: round(ms),
      mbPerSecond: round(bytes / 1e6 / (ms / 1000)),
    }
  })
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

// Note: the lexicon is compiled once, but each run starts with an empty cache of looked-up
// subjects, as a run of the CLI on one report does; a cache kept warm across runs of the same text
// would flatter the figure.
const lexicon = defaultLexicon()
const rows = [
  ...measure('parse', (text) => void parseReport(new VFile({ path: 'bench.txt', value: text }))),
  ...measure('parse+extract', (text) => {
    const file = new VFile({ path: 'bench.txt', value: text })
    extractIndicators(parseReport(file), file, { lexicon: { ...lexicon, cache: new Map() } })
  }),
]

console.log('stage          input          bytes        ms/run    MB/s')
for (const row of rows) {
  console.log(
    `${row.stage.padEnd(14)} ${row.input.padEnd(14)} ${String(row.bytes).padStart(9)} ${row.msPerRun.toFixed(2).padStart(12)} ${row.mbPerSecond.toFixed(1).padStart(7)}`,
  )
}
for (const stage of new Set(rows.map((r) => r.stage))) {
  const of = rows.filter((r) => r.stage === stage)
  const growth = of.at(-1)!.msPerRun / of[0]!.msPerRun / (of.at(-1)!.bytes / of[0]!.bytes)
  console.log(`${stage}: time per byte at 100× is ${growth.toFixed(2)}× that at 1× (1.00 = linear)`)
}
const skipBuild = process.argv.includes('--no-build')
const build = skipBuild ? undefined : await benchBuild()
if (build) {
  console.log(`\nbuild of the sample (HTML, pack PDF, ${build.baselineFiles - 1} handout PDFs):`)
  console.log(`  cold build               ${build.coldMs.toFixed(0)} ms`)
  console.log(
    `  baseline: ${build.baselineFiles} × chromium --print-to-pdf ${build.baselineMs.toFixed(0)} ms`,
  )
  console.log(`  cold / baseline          ${build.coldToBaseline.toFixed(3)} (goal ≤ 0.5)`)
  console.log(
    `  no-change rebuild        ${build.rebuildMs.toFixed(0)} ms = ${build.rebuildToCold.toFixed(3)} of cold (goal ≤ 0.05)`,
  )
  console.log(`  peak memory (process tree PSS) ${build.peakMemoryMb.toFixed(0)} MB (goal ≤ 1536)`)
}
mkdirSync('output', { recursive: true })
writeFileSync(
  'output/bench.json',
  `${JSON.stringify({ node: process.version, rows, build }, null, 2)}\n`,
)
