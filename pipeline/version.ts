import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

let cached: string | undefined

/** The version of briefing, from its package.json (found from pipeline/ and from dist/pipeline/). */
export function toolVersion(): string {
  if (cached) return cached
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as {
        name?: string
        version: string
      }
      if (pkg.name === 'briefing') return (cached = pkg.version)
    } catch {
      // try the next candidate
    }
  }
  throw new Error('Cannot find the package.json of briefing')
}

let fingerprint: string | undefined

/**
 * The version and a hash of the code that runs (every module of the pipeline and its data files):
 * outputs keyed on it are rebuilt when the code changes, even without a new version number.
 */
export function toolFingerprint(): string {
  if (fingerprint) return fingerprint
  const root = path.dirname(fileURLToPath(import.meta.url))
  const hash = createHash('sha256').update(toolVersion())
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) visit(file)
      else if (/\.(js|ts|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file))
      }
    }
  }
  visit(root)
  return (fingerprint = `${toolVersion()}+${hash.digest('hex').slice(0, 16)}`)
}
