import type { Browser, Page } from 'puppeteer-core'
import { CliError } from '../errors.js'
import { findBrowser } from './browser.js'
import { finishPdf, headingPages } from './postprocess.js'
import type { PdfJob, Printer } from './types.js'

export { browserIdentity, findBrowser } from './browser.js'
export type { PdfJob, Printer } from './types.js'

/** Flags for a headless, sandbox-free (root in CI), offline Chromium. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
]

/**
 * Launch one browser and print through a pool of at most `concurrency` pages. Every network
 * request is blocked, JavaScript is off, the timeout grows with the document, and a crashed browser
 * is relaunched once.
 */
export async function launchPrinter(options: {
  concurrency: number
  log?: (line: string) => void
}): Promise<Printer> {
  const executablePath = await findBrowser()
  const puppeteer = await import('puppeteer-core')
  const launch = () =>
    puppeteer
      .launch({ executablePath, headless: true, args: chromiumArgs, userDataDir: undefined })
      .catch((error: Error) => {
        throw new CliError(
          `Cannot start the browser ${executablePath}: ${error.message.split('\n')[0]}`,
        )
      })
  let browser: Browser = await launch()
  let restarted = false
  let active = 0
  const waiting: Array<() => void> = []
  const acquire = async () => {
    if (active >= options.concurrency) await new Promise<void>((resolve) => waiting.push(resolve))
    active++
  }
  const release = () => {
    active--
    waiting.shift()?.()
  }

  // Pages are kept and reused: at most `concurrency` of them, each set up once.
  let idle: Page[] = []
  const openPage = async () => {
    const page = await browser.newPage()
    await page.setJavaScriptEnabled(false)
    await page.setRequestInterception(true)
    page.on('request', (request) => {
      // Note: the HTML is self-contained; anything it asks for is refused, nothing is fetched.
      void request.abort('blockedbyclient').catch(() => undefined)
    })
    return page
  }
  const printOnce = async (job: PdfJob): Promise<Uint8Array> => {
    const page = idle.pop() ?? (await openPage())
    let healthy = false
    try {
      const pdf = await printJob(page, job)
      healthy = true
      return pdf
    } finally {
      if (healthy) idle.push(page)
      else await page.close().catch(() => undefined)
    }
  }

  return {
    async print(job) {
      await acquire()
      try {
        try {
          return await printOnce(job)
        } catch (error) {
          if (browser.connected || restarted) throw error
          // The browser crashed: start it again, once per build.
          restarted = true
          options.log?.('the browser stopped; restarting it once')
          idle = []
          browser = await launch()
          return await printOnce(job)
        }
      } finally {
        release()
      }
    },
    async close() {
      await browser.close().catch(() => undefined)
    },
  }
}

/**
 * Print one document on a page set up by the printer (JavaScript off, requests blocked). The pack
 * is printed twice: the second time with the real TOC page numbers.
 */
export async function printJob(page: Page, job: PdfJob): Promise<Uint8Array> {
  const timeout = 30_000 + Math.ceil(job.html.length / 10_000) * 1_000
  const html = withPrintStyles(job)
  const print = async (document: string) => {
    await page.setContent(document, { waitUntil: 'load', timeout })
    return page.pdf({
      format: 'A4',
      printBackground: true,
      outline: true,
      tagged: true,
      preferCSSPageSize: true,
      timeout,
    })
  }
  let pdf = await print(html)
  if (job.kind === 'pack') {
    const pages = await headingPages(
      pdf,
      job.sections.map((s) => s.title),
    )
    const numbered = fillToc(html, job, pages)
    if (numbered !== html) pdf = await print(numbered)
  }
  return finishPdf(pdf, job)
}

/**
 * Print-only CSS: a running header with the report title and the section (named pages, one per
 * section, each with its own margin box text) and a "page X of Y" footer.
 */
function withPrintStyles(job: PdfJob): string {
  const css: string[] = [
    `@page { @top-left { content: ${cssString(job.headerTitle)}; font: 8pt 'Noto Sans', 'Noto Sans CJK SC', sans-serif; color: #5b6670; }
      @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Noto Sans', sans-serif; color: #5b6670; } }`,
    `@page :first { @top-left { content: none; } }`,
  ]
  if (job.kind === 'handout') {
    // Note: a handout is one section; a named page on its heading would break the page after it.
    css.push(
      `@page { @top-right { content: ${cssString(shorten(job.sections[0]?.title ?? '', 60))}; font: 8pt 'Noto Sans', 'Noto Sans CJK SC', sans-serif; color: #5b6670; } }`,
    )
    return job.html.replace(
      '</head>',
      `<style media="print">\n${css.join('\n')}\n</style>\n</head>`,
    )
  }
  job.sections.forEach((section, i) => {
    const name = `s${i + 1}`
    css.push(`@media print { #${cssIdent(section.id)} { page: ${name}; } }`)
    css.push(
      `@page ${name} { @top-right { content: ${cssString(shorten(section.title, 60))}; font: 8pt 'Noto Sans', 'Noto Sans CJK SC', sans-serif; color: #5b6670; } }`,
    )
  })
  // The colophon after the last part stays on that part's pages.
  css.push(`@media print { .colophon { page: s${job.sections.length}; } }`)
  const style = `<style media="print">\n${css.join('\n')}\n</style>`
  return job.html.replace('</head>', `${style}\n</head>`)
}

function fillToc(html: string, job: PdfJob, pages: Map<string, number>): string {
  let result = html
  for (const { id, title } of job.sections) {
    const page = pages.get(title)
    if (page === undefined) continue
    result = result.replace(
      `<span class="toc-page" data-for="${id}"></span>`,
      `<span class="toc-page" data-for="${id}">${page}</span>`,
    )
  }
  return result
}

function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`
}

function cssIdent(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}
