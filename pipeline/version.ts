import { readFileSync } from 'node:fs'

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
