import type { Position } from 'unist'
import type { PartKind } from './patterns.js'

/** Roles of headings in a work report. */
export type HeadingRole = 'title' | 'part' | 'section' | 'topic'

/** A piece of page furniture: recognised, kept with its position, not content. */
export interface Furniture {
  kind:
    | 'breadcrumb'
    | 'byline'
    | 'site'
    | 'footer'
    | 'rule'
    | 'page'
    | 'contents'
    | 'metadata'
    // The sides of a box drawn around a line of text ("│ 5,792   Macao-funded enterprises │").
    | 'border'
  value: string
  position: Position
}

/** Report metadata, found in the title, the furniture and the part headings. */
export interface ReportMeta {
  title: string | null
  /** Publication date (YYYY-MM-DD) from the page furniture. */
  published: string | null
  /** The year in the report's title (or its publication year). */
  reportYear: number | null
  /** The year the review part reports on. */
  reviewedYear: number | null
  /** The year the targets and tasks are for. */
  planYear: number | null
}

declare module 'mdast' {
  interface TextData {
    /**
     * Spans of the source inside the text's span that its value runs across (`[start, end)`
     * offsets): the foot and head of a printed page between the two halves of a paragraph.
     */
    skip?: Array<[number, number]>
  }
  interface HeadingData {
    role?: HeadingRole
    /** Section number as written: "IV", "Fourth", "1", "(1)". */
    numbering?: string
    /** Numbering style ("roman", "ordinal", "arabic", ...), for sections. */
    numberingStyle?: string
    /** What a part is about. */
    kind?: PartKind
    /** Years named in the heading. */
    years?: number[]
    /** Where the bullet of an item read as a heading stands ("• Main targets for 2023"). */
    markerPosition?: Position
  }
  interface ListData {
    marker?: string
  }
  interface ListItemData {
    marker?: string
    /** Where the bullet marker stands. */
    markerPosition?: Position
    /** The source line ended before the item did. */
    truncated?: boolean
  }
  interface ParagraphData {
    truncated?: boolean
    /** A note at the foot of a printed page ("1 Industrial enterprises … refer to …"): its mark. */
    footnote?: string
    /**
     * A row of a table flattened one cell a line: each of its lines is a cell, but for the lines
     * its first cell (the label) takes, this many.
     */
    cells?: number
    /**
     * The paragraph opened on an indented line right under the one before (a printed page's
     * paragraphs): it goes on with the time the one before spoke of.
     */
    indented?: boolean
  }
}

declare module 'vfile' {
  interface DataMap {
    meta: ReportMeta
    furniture: Furniture[]
    /** How the source was read: as a plain-text report or as Markdown. */
    format: 'text' | 'markdown'
  }
}
