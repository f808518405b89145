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
  return doc.save({
    useObjectStreams: false,
    updateFieldAppearances: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
  })
}
