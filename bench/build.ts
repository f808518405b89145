/**
 * Build benchmark: a cold full build of the sample (HTML, pack PDF, every handout PDF), a rebuild
 * with nothing changed, and the baseline of printing the same HTML files with one
 * `chromium --headless --print-to-pdf` process per file, all measured in the same run. Peak memory
 * is the largest sum of the proportional set sizes (PSS) of the build's whole process tree (node
 * and browser), sampled every 25 ms.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

export interface BuildBench {
  coldMs: number
  rebuildMs: number
  baselineMs: number
  baselineFiles: number
  coldToBaseline: number
  rebuildToCold: number
  peakMemoryMb: number
}

/** Run a command; return its wall time and the peak resident memory of its process tree. */
async function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ ms: number; peakKb: number }> {
  const start = performance.now()
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  let peakKb = 0
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, treeRssKb(child.pid!))
  }, 25)
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)))
  clearInterval(timer)
  if (code !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${code}): ${stderr.slice(-2000)}`)
  return { ms: performance.now() - start, peakKb }
}

function treeRssKb(root: number): number {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parents.set(Number(entry), ppid)
    } catch {
      // the process ended
    }
  }
  const inTree = (pid: number): boolean => {
    for (
      let p: number | undefined = pid, depth = 0;
      p !== undefined && p > 1 && depth < 64;
      p = parents.get(p), depth++
    )
      if (p === root) return true
    return false
  }
  let total = 0
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue
    try {
      // Note: proportional set size, so pages the browser's processes share count once, not per process.
      const pss = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))
      total += Number(pss?.[1] ?? 0)
    } catch {
      // the process ended
    }
  }
  return total
}

export async function benchBuild(
  browser = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium',
): Promise<BuildBench> {
  const work = mkdtempSync(path.join(tmpdir(), 'briefing-bench-'))
  const out = path.join(work, 'output')
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1709596800', CI: 'true' }
  try {
    const cold = await measure(
      'node',
      ['bin/briefing.js', 'build', 'sources/fujian-2024.txt', '--out', out],
      env,
    )
    const rebuild = await measure(
      'node',
      ['bin/briefing.js', 'build', 'sources/fujian-2024.txt', '--out', out],
      env,
    )
    const dir = path.join(out, 'fujian-2024')
    const html = [
      'index.html',
      ...readdirSync(path.join(dir, 'handouts'))
        .filter((f) => f.endsWith('.html'))
        .map((f) => `handouts/${f}`),
    ]
    const baselineStart = performance.now()
    for (const [i, file] of html.entries()) {
      await measure(browser, [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--no-pdf-header-footer',
        `--user-data-dir=${path.join(work, `profile-${i}`)}`,
        `--print-to-pdf=${path.join(work, `baseline-${i}.pdf`)}`,
        `file://${path.join(dir, file)}`,
      ])
    }
    const baselineMs = performance.now() - baselineStart
    return {
      coldMs: cold.ms,
      rebuildMs: rebuild.ms,
      baselineMs,
      baselineFiles: html.length,
      coldToBaseline: cold.ms / baselineMs,
      rebuildToCold: rebuild.ms / cold.ms,
      peakMemoryMb: cold.peakKb / 1024,
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
