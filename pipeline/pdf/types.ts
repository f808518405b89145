/** A document to print. */
export interface PdfJob {
  html: string
  kind: 'pack' | 'handout'
  title: string
  subject: string
  keywords: string[]
  creator: string
  /** Stamped as creation and modification date (from SOURCE_DATE_EPOCH), never the clock. */
  date: Date
  /** Report title for the running header. */
  headerTitle: string
  /** The sections of the document, by the id of their element, for running headers and the TOC. */
  sections: Array<{ id: string; title: string }>
}

/** A browser with a bounded pool of pages. */
export interface Printer {
  print(job: PdfJob): Promise<Uint8Array>
  close(): Promise<void>
}
