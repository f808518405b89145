import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFString,
  ParseSpeeds,
} from 'pdf-lib'
import type { PdfJob } from './types.js'

/**
 * Pages (1-based) on which the outline entries with the given titles point, read from the outline
 * Chromium writes from the headings.
 */
export async function headingPages(
  pdf: Uint8Array,
  titles: string[],
): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(pdf, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  })
  const pageIndex = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]))
  // Note: Chromium joins the lines of a wrapped heading without a space, so titles compare without
  // whitespace.
  const key = (title: string) => title.replace(/\s+/g, '')
  const wanted = new Map(titles.map((t) => [key(t), t]))
  const found = new Map<string, number>()
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const visit = (ref: unknown) => {
    let item = ref instanceof PDFRef ? doc.context.lookupMaybe(ref, PDFDict) : undefined
    while (item) {
      const title = decodeTitle(item.get(PDFName.of('Title')))
      const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray)
      const pageRef = dest?.get(0)
      const original = title === undefined ? undefined : wanted.get(key(title))
      if (original !== undefined && !found.has(original) && pageRef instanceof PDFRef) {
        const page = pageIndex.get(pageRef.toString())
        if (page !== undefined) found.set(original, page)
      }
      visit(item.get(PDFName.of('First')))
      const next = item.get(PDFName.of('Next'))
      item = next instanceof PDFRef ? doc.context.lookupMaybe(next, PDFDict) : undefined
    }
  }
  if (outlines) visit(outlines.get(PDFName.of('First')))
  return found
}

/**
 * Chromium names the structure elements of a tagged PDF after its DOM nodes ("node00004318"), and
 * those numbers depend on what the reused page printed before: renumber them in their own order
 * (the ID tree stays sorted), everywhere they stand (/ID, the ID tree, table /Headers).
 */
function stableStructureIds(doc: PDFDocument): void {
  const isId = (value: unknown): value is PDFString =>
    value instanceof PDFString && /^node\d+$/.test(value.asString())
  const found = new Set<string>()
  const walk = (
    value: unknown,
    visit: (owner: PDFDict | PDFArray, key: PDFName | number, s: PDFString) => void,
  ) => {
    if (value instanceof PDFDict) {
      for (const [key, entry] of value.entries()) {
        if (isId(entry)) visit(value, key, entry)
        else walk(entry, visit)
      }
    } else if (value instanceof PDFArray) {
      for (let i = 0; i < value.size(); i++) {
        const entry = value.get(i)
        if (isId(entry)) visit(value, i, entry)
        else walk(entry, visit)
      }
    }
  }
  const objects = doc.context.enumerateIndirectObjects().map(([, object]) => object)
  for (const object of objects) walk(object, (_owner, _key, s) => found.add(s.asString()))
  if (found.size === 0) return
  const order = [...found].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)))
  const renamed = new Map(order.map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`]))
  for (const object of objects) {
    walk(object, (owner, key, s) => {
      const next = PDFString.of(renamed.get(s.asString())!)
      if (owner instanceof PDFDict) owner.set(key as PDFName, next)
      else owner.set(key as number, next)
    })
  }
}

function decodeTitle(value: unknown): string | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText().trim()
  return undefined
}

/**
 * Set the document metadata and pin the dates: Chromium stamps the clock into CreationDate and
 * ModDate, which would make every build differ.
 */
export async function finishPdf(pdf: Uint8Array, job: PdfJob): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  })
  doc.setTitle(job.title, { showInWindowTitleBar: true })
  doc.setSubject(job.subject)
  doc.setKeywords(job.keywords)
  doc.setCreator(job.creator)
  doc.setProducer(`${job.creator} (Chromium, pdf-lib)`)
  doc.setCreationDate(job.date)
  doc.setModificationDate(job.date)
  doc.setLanguage('en')
  stableStructureIds(doc)
  return doc.save({
    useObjectStreams: false,
    updateFieldAppearances: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
  })
}
