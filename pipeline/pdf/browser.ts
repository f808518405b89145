import { existsSync, statSync } from 'node:fs'
import { CliError } from '../errors.js'

const debianChromium = '/usr/bin/chromium'

/**
 * The browser to print with: `PUPPETEER_EXECUTABLE_PATH`, else Debian's /usr/bin/chromium, else the
 * browser puppeteer installed itself. A clear message names these options when there is none.
 */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const configured = env.PUPPETEER_EXECUTABLE_PATH
  if (configured) {
    if (existsSync(configured)) return configured
    throw new CliError(
      `PUPPETEER_EXECUTABLE_PATH is set to ${configured}, but there is no such file`,
    )
  }
  if (existsSync(debianChromium)) return debianChromium
  try {
    const puppeteer = await import('puppeteer-core')
    const own = puppeteer.executablePath?.('chrome')
    if (own && existsSync(own)) return own
  } catch {
    // puppeteer has no browser of its own here
  }
  throw new CliError(
    'Cannot find a browser to print PDFs with. Install Debian’s chromium (apt-get install -y chromium, or run `make`), ' +
      'or set PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium binary, or install puppeteer’s own browser. ' +
      'To build without PDFs, pass --no-pdf.',
  )
}

/** An identity of the browser for cache keys, without launching it: path, size and date. */
export function browserIdentity(env: NodeJS.ProcessEnv = process.env): string {
  const candidate = env.PUPPETEER_EXECUTABLE_PATH ?? debianChromium
  try {
    const stat = statSync(candidate)
    return `${candidate}:${stat.size}:${Math.floor(stat.mtimeMs)}`
  } catch {
    return `${candidate}:missing`
  }
}
