/**
 * The HTML pack and handouts as a reader opens them: from disk (file://) in Chromium, offline.
 * No console noise, no request leaving the output, every link lands, every chart has a name.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Built, buildSample, root } from '../helpers/built.js'

const slow = 120_000
const artifacts = path.join(root, 'test-artifacts')

/** The few DOM members the page functions below use (the project compiles without lib.dom). */
interface DomElement {
  id: string
  getAttribute(name: string): string | null
  getAttributeNS(namespace: string, name: string): string | null
  textContent: string | null
  getBoundingClientRect(): { top: number; bottom: number; height: number }
}
interface DomDocument {
  querySelectorAll(selector: string): Iterable<DomElement>
  getElementById(id: string): DomElement | null
}

/** What a loaded page said and asked for. */
interface Opened {
  page: Page
  url: string
  /** Console errors and warnings, page errors, failed and outside requests. */
  problems: string[]
  requests: string[]
}

interface PageLinks {
  /** Raw href values of HTML and SVG links. */
  hrefs: string[]
  ids: string[]
}

describe('the HTML pack and handouts in Chromium', () => {
  let built: Built
  let browser: Browser
  const opened = new Map<string, Opened>()

  beforeAll(async () => {
    built = await buildSample('browser', { pdf: false })
    expect(built.effects.launches).toBe(0)
    browser = await puppeteer.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
  }, slow)

  afterAll(async () => {
    await browser?.close()
  })

  /** Open a file of the output once (later calls reuse the page), recording every problem. */
  async function open(file: string): Promise<Opened> {
    const url = pathToFileURL(file).href
    const known = opened.get(url)
    if (known) return known
    const page = await browser.newPage()
    await page.setViewport({ width: 1280, height: 900 })
    const result: Opened = { page, url, problems: [], requests: [] }
    page.on('console', (message) => {
      if (['error', 'warn', 'warning', 'assert'].includes(message.type())) {
        result.problems.push(`console ${message.type()}: ${message.text()}`)
      }
    })
    page.on('pageerror', (error) => void result.problems.push(`page error: ${String(error)}`))
    page.on('requestfailed', (request) => {
      result.problems.push(
        `request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`,
      )
    })
    page.on('request', (request) => {
      result.requests.push(request.url())
      if (!/^(file|data):/.test(request.url())) {
        result.problems.push(`request outside the output: ${request.url()}`)
      }
    })
    const response = await page.goto(url, { waitUntil: 'load' })
    expect(response?.ok() ?? true, url).toBe(true)
    opened.set(url, result)
    return result
  }

  /** Links and element ids of an opened page, from its DOM. */
  const linksOf = (page: Page): Promise<PageLinks> =>
    page.evaluate(() => {
      const document = (globalThis as unknown as { document: DomDocument }).document
      const xlink = 'http://www.w3.org/1999/xlink'
      return {
        hrefs: [...document.querySelectorAll('a')]
          .map((a) => a.getAttribute('href') ?? a.getAttributeNS(xlink, 'href'))
          .filter((href): href is string => href !== null),
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      }
    })

  const handoutFiles = () =>
    readdirSync(path.join(built.dir, 'handouts'))
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => path.join(built.dir, 'handouts', f))

  /** The handout with a chart of its own (the review's growth rates), figures and a table. */
  const handoutFile = () => handoutFiles().find((f) => path.basename(f).startsWith('01-'))!

  it('opens index.html with no console errors, failed or outside requests', async () => {
    const { problems, requests, page } = await open(path.join(built.dir, 'index.html'))
    expect(problems).toEqual([])
    expect(requests.length).toBeGreaterThan(0)
    expect(await page.title()).toBe(
      'Highlights of Fujian Provincial Government Work Report 2024 — briefing pack',
    )
  })

  it(
    'opens every handout with no console errors, failed or outside requests',
    async () => {
      const files = handoutFiles()
      expect(files).toHaveLength(16)
      expect(files).toContain(handoutFile())
      for (const file of files) {
        const { problems } = await open(file)
        expect(problems, path.basename(file)).toEqual([])
      }
    },
    slow,
  )

  it(
    'resolves every link to an element id or a file of the output',
    async () => {
      const outputDir = pathToFileURL(`${built.dir}/`).href
      let checked = 0
      let crossFile = 0
      for (const file of [path.join(built.dir, 'index.html'), ...handoutFiles()]) {
        const { page, url } = await open(file)
        const { hrefs, ids } = await linksOf(page)
        expect(new Set(ids).size, `${file}: duplicate ids`).toBe(ids.length)
        expect(hrefs.length, file).toBeGreaterThan(0)
        for (const href of hrefs) {
          const where = `${path.relative(built.dir, file)}: href="${href}"`
          checked++
          if (href.startsWith('#')) {
            expect(ids, where).toContain(decodeURIComponent(href.slice(1)))
            continue
          }
          const target = new URL(href, url)
          expect(target.protocol, where).toBe('file:')
          expect(target.href.startsWith(outputDir), `${where} leaves the output`).toBe(true)
          const targetFile = fileURLToPath(target)
          expect(existsSync(targetFile), `${where}: no file ${targetFile}`).toBe(true)
          if (target.hash) {
            crossFile++
            const other = await open(targetFile)
            const { ids: otherIds } = await linksOf(other.page)
            expect(otherIds, where).toContain(decodeURIComponent(target.hash.slice(1)))
          }
        }
      }
      expect(checked).toBeGreaterThan(300)
      // Handout figures point into the pack's annotated source.
      expect(crossFile).toBeGreaterThan(50)
    },
    slow,
  )

  it('gives every image and chart an accessible name', async () => {
    for (const file of [path.join(built.dir, 'index.html'), handoutFile()]) {
      const { page } = await open(file)
      // Images, charts (outermost <svg>, not the <svg> of a mark inside one) and role=img.
      const images = await page.$$('img, svg:not(svg svg), [role~="img"]')
      expect(images.length, file).toBeGreaterThan(0)
      for (const image of images) {
        const node = await page.accessibility.snapshot({ root: image, interestingOnly: false })
        const markup = await image.evaluate((e) =>
          (e as unknown as { outerHTML: string }).outerHTML.slice(0, 160),
        )
        expect(['image', 'img', 'graphics-document'], markup).toContain(node?.role)
        expect(node?.name?.trim(), markup).toBeTruthy()
      }
    }
  })

  it('sets the annotated source line under line, with no blank line between', async () => {
    const { page } = await open(path.join(built.dir, 'index.html'))
    const boxes = await page.evaluate(() => {
      const document = (globalThis as unknown as { document: DomDocument }).document
      return [...document.querySelectorAll('.source-lines > li')]
        .slice(0, 60)
        .map((li) => li.getBoundingClientRect())
        .map(({ top, bottom, height }) => ({ top, bottom, height }))
    })
    expect(boxes.length).toBe(60)
    for (let i = 1; i < boxes.length; i++) {
      const gap = boxes[i]!.top - boxes[i - 1]!.bottom
      expect(gap, `gap above source line ${i + 1}`).toBeLessThan(boxes[i - 1]!.height / 4)
    }
  })

  it('writes chart captions without doubled punctuation', async () => {
    for (const file of [path.join(built.dir, 'index.html'), ...handoutFiles()]) {
      const { page } = await open(file)
      const captions = await page.evaluate(() => {
        const document = (globalThis as unknown as { document: DomDocument }).document
        return [...document.querySelectorAll('figcaption')].map((e) => e.textContent ?? '')
      })
      for (const caption of captions) {
        expect(caption, path.basename(file)).not.toMatch(/\.\.(?!\.)|\.:/)
      }
    }
  })

  it(
    'saves full-page screenshots of the pack and a handout',
    async () => {
      mkdirSync(artifacts, { recursive: true })
      for (const [file, name] of [
        [path.join(built.dir, 'index.html'), 'pack.png'],
        [handoutFile(), 'handout.png'],
      ] as const) {
        const { page } = await open(file)
        // Note: a background tab renders no frames (the screenshot then waits until the test times
        // out), and the pack is ~56,000 px tall: zlib's default PNG level takes minutes on it.
        await page.bringToFront()
        const target = path.join(artifacts, name)
        await page.screenshot({ path: target, fullPage: true, optimizeForSpeed: true })
        const png = readFileSync(target)
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
        // Full page: as wide as the viewport, taller than one screen.
        expect(png.readUInt32BE(16)).toBe(1280)
        expect(png.readUInt32BE(20)).toBeGreaterThan(900)
      }
    },
    slow,
  )
})
