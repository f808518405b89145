/**
 * The line-level vocabulary of report layouts: bullets, section numbering, page furniture and the
 * phrases that name the parts of a work report. Kept apart from the grouping logic so that a new
 * layout usually means a new pattern here, not new control flow.
 */

import { isSpaceCode } from './lines.js'

/** A bullet marker at the start of a line's content. */
export interface Bullet {
  marker: string
  /** Length of the marker in characters (without the space after it). */
  length: number
}

// Symbols that are bullets even when glued to the text; ASCII dashes and `*` need a space after them
// so that "-5%" or "*Note" stay text. Checked by character, not by regex: this runs on every line.
const symbolBullets = new Set('●►▸▹■□•▪◆◇○◎▶▷➢➤✓✔·')
const dashBullets = new Set(['-', '–', '—', '*'])

// "📈 GRP hit …", "✅ Renovated …", "▫️ Yes": an emoji before a space opens an item of a post;
// whichever emoji it is, the items are of one list.
// ("▲ 6.8%", "▼ 0.3%": arrows of a change, not marks of an item.)
const emojiBullet =
  /^(?:\p{Extended_Pictographic}|(?![\u25B2-\u25BD])[\u25A0-\u25FF])\uFE0F?(?=[ \t\u00a0])/u

export function matchBullet(content: string): Bullet | undefined {
  const first = content.charAt(0)
  // ("▪️ GDP growth": with the selector that asks for the emoji's form.)
  if (symbolBullets.has(first))
    return { marker: first, length: content.charCodeAt(1) === 0xfe0f ? 2 : 1 }
  if (content.charCodeAt(0) >= 0x2190 && !dashBullets.has(first)) {
    const emoji = emojiBullet.exec(content)
    if (!emoji) return undefined
    // "📈 THE 2024 SCORECARD", "📊 2023 at a glance: Review of Work in 2023": a heading.
    const rest = content.slice(emoji[0].length).trim()
    if (!hasFigure(rest) && (!/\p{Ll}/u.test(rest) || matchPartPhrase(rest) !== undefined))
      return undefined
    return { marker: 'emoji', length: emoji[0].length }
  }
  // "&bull; GRP growth of around 8%;<br/>": a bullet written as an HTML entity.
  if (first === '&') {
    const entity = /^&(?:bull|#8226|#x2022|middot|#183);(?=[ \t\u00a0])/i.exec(content)
    return entity ? { marker: '•', length: entity[0].length } : undefined
  }
  // "    o Local general public budget revenue: …": the sub-bullet of a word processor's outline.
  if (first === 'o' && /^o[ \t\u00a0]+\p{Lu}/u.test(content)) return { marker: 'o', length: 1 }
  if (!dashBullets.has(first)) return undefined
  // ("--GDP growth of around 7.5 percent;": or glued to the item's capital.)
  if (
    first === '-' &&
    content.charAt(1) === '-' &&
    (isSpaceAt(content, 2) ||
      // (Not "--East and West alike--to achieve", an aside wrapped to the start of a line.)
      (/^--\p{Lu}/u.test(content.slice(0, 3)) && !content.includes('--', 2)))
  )
    return { marker: '--', length: 2 }
  return isSpaceAt(content, 1) ? { marker: first, length: 1 } : undefined
}

function isSpaceAt(text: string, index: number): boolean {
  return index < text.length && isSpaceCode(text.charCodeAt(index))
}

/** A section number at the start of a line: "IV.", "Fourth,", "1.", "(1)", "Part Two", "一、". */
export interface Numbering {
  /** The number as the report writes it, without punctuation: "IV", "Fourth", "1", "(1)". */
  value: string
  /** The numbering style; styles nest in the order a report first uses them. */
  style: string
  /** Length of the prefix including punctuation and the space after it. */
  length: number
}

const ordinals = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
  'Twelfth',
]
const cardinals = [
  'One',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
  'Eleven',
  'Twelve',
]

const numberingPatterns: Array<{
  style: string
  regex: RegExp
  value: (m: RegExpExecArray) => string
}> = [
  { style: 'roman', regex: /^([IVX]{1,5})[.．、]\s*(?=\S)/, value: (m) => m[1]! },
  {
    style: 'ordinal',
    regex: new RegExp(`^(${ordinals.join('|')})(?:ly)?\\s*[,，:：]\\s*`),
    value: (m) => m[1]!,
  },
  {
    style: 'part',
    // ("PART 1  LOOKING BACK AT 2019": in capitals too.)
    regex: new RegExp(
      `^(?:Part|PART)\\s+(${cardinals.join('|')}|${cardinals.join('|').toUpperCase()}|[IVX]{1,5}|\\d{1,2})\\b[.:：,，]?\\s*`,
    ),
    // ("PART TWO": the same part as "Part Two".)
    value: (m) =>
      `Part ${/^[A-Z]{3,}$/.test(m[1]!) && !/^[IVX]+$/.test(m[1]!) ? m[1]![0] + m[1]!.slice(1).toLowerCase() : m[1]!}`,
  },
  { style: 'arabic', regex: /^(\d{1,2})[.．、](?!\d)\s*(?=\S)/, value: (m) => m[1]! },
  // "1.2 Innovation", "2.2.1 Manufacturing": a decimal number before a capitalised heading; each
  // level of numbers is a style of its own.
  // Note: not a figure in title case ("5.7 Trillion Yuan").
  {
    style: 'decimal',
    regex:
      /^(\d{1,2}\.\d{1,2})\.?\s+(?=\p{Lu})(?!(?:Trillion|Billion|Million|Thousand|Percent|Per Cent|Yuan)\b)/u,
    value: (m) => m[1]!,
  },
  {
    style: 'decimal-3',
    regex: /^(\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s+(?=\p{Lu})/u,
    value: (m) => m[1]!,
  },
  // "02 Main Targets for 2026", "01 Economic aggregate": a number padded with a zero, the
  // section of a deck or a page of graphics.
  // ("01 | 2025 IN REVIEW": after a bar, and before the year it names.)
  {
    style: 'zero-padded',
    regex: /^(0[1-9])(?:\s+|\s*[|—–]\s*)(?=\p{Lu}|(?:19|20)\d{2}\s+\p{L})/u,
    value: (m) => m[1]!,
  },
  // "2  REVIEW OF WORK IN 2024": a number, then spaces, before a heading in capitals.
  {
    style: 'arabic-spaced',
    regex: /^(\d{1,2})\s{2,}(?=\p{Lu}{2,}[\p{Lu}\d\s,'’&:-]*$)/u,
    value: (m) => m[1]!,
  },
  { style: 'paren-arabic', regex: /^[(（](\d{1,2})[)）]\s*(?=\S)/, value: (m) => `(${m[1]!})` },
  { style: 'paren-roman', regex: /^[(（]([IVX]{1,5})[)）]\s*(?=\S)/, value: (m) => `(${m[1]!})` },
  // "A. Steady growth": a capital letter numbers a section only before a capitalised heading.
  { style: 'alpha', regex: /^([A-Z])[.．]\s+(?=[\p{Lu}"“])/u, value: (m) => m[1]! },
  // "a) GRP growth of above 5.5%": the points under a numbered heading of an outline.
  { style: 'alpha-paren', regex: /^([a-h])\)\s+(?=\p{L})/u, value: (m) => `${m[1]!})` },
  { style: 'cjk', regex: /^([一二三四五六七八九十]{1,3})[、.．]\s*/, value: (m) => m[1]! },
  {
    style: 'paren-cjk',
    regex: /^[(（]([一二三四五六七八九十]{1,3})[)）]\s*/,
    value: (m) => `(${m[1]!})`,
  },
]

// Every numbering starts with one of these; most lines are rejected on their first characters.
const numberingStart = new RegExp(
  `^(?:[A-Z][.．]|[a-h]\\)|[IVX]|Part\\s|PART\\s|${ordinals.join('|')}|[\\d(（一二三四五六七八九十])`,
)

export function matchNumbering(content: string): Numbering | undefined {
  if (!numberingStart.test(content)) return undefined
  for (const { style, regex, value } of numberingPatterns) {
    const match = regex.exec(content)
    if (match) {
      // "I." must be followed by text, and "I am" is not a numbering: the regex requires a dot.
      return { value: value(match), style, length: match[0].length }
    }
  }
  return undefined
}

/** Kinds of page furniture a web page or PDF export puts around a report. */
export type FurnitureKind = 'breadcrumb' | 'byline' | 'site' | 'footer' | 'page' | 'contents'

const breadcrumb = /(>>|»|›|\s>\s)|^(home|you are here)\b/i
const byline =
  /^(?:published\s+(?:on\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b.*|reading time\s*[:：].*)$|^(source|updated|last updated|update time|exported (?:from|on|by)|converted from|generated (?:from|on|by)|date|air date|broadcast|released|published|editor|author|writer|translator|clicks?|views?|hits|font size|print|share(\s+(to|on))?|来源|发布时间|发布日期|时间|日期|浏览次数|点击数|阅读数|责任编辑|编辑|作者|字号)\s*[:：|]/i
const footer =
  /^(【打印】|【关闭】|\[?print\]?\s*(\||$)|\[?close\]?$|back to top|copyright|©|all rights reserved|related (news|stories|links)|editor\s*[:：]|source\s*[:：]|责任编辑\s*[:：]|来源\s*[:：]|share\s*(to|on)?\s*[:：]|icp\b|contact us\b|contact the (?:writer|author|reporter)s?\b|site\s?map\b|(?:back to (?:the )?)?top$|most (?:viewed|popular|read|shared)\b|registration number\b|license for publishing\b|\[(?:previous|prev|next)(?:\s+(?:article|story|post|page))?\]|(?:previous|prev|next)\s+(?:article|story|post)\s*[:：]|上一篇|下一篇|(?:sponsor(?:ed by)?|organi[sz]ed by|hosted by|address|tel|fax|postcode|zip code|website identification code|public security (?:filing|record)(?: no\.?)?)\s*[:：]|best viewed\b|note\s*[:：]\s*browsers?\b|related\s*[:：]|\+\d{1,3}[\s-]\d|.{0,80}\((?:c|C)\)\s*(?:19|20)\d{2}|.{0,30}\bICP\b.{0,20}\d)/i
const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

// A date stamp, perhaps with the time and a source ("2024-01-23 15:02:11 | Source: Xinhua").
// ("March 2025" under a brief's title: the month it came out.)
const dateOnly = new RegExp(
  String.raw`^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s*\|\s*[^|]{1,60}){0,3}$|^(?:${months.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\s+(?:19|20)\d{2}$`,
)

/**
 * A page number on a line of its own: "- 3 -", "— 12 —", "Page 3", "Page 3 of 10", and a slide's
 * ("Slide 3 / 14").
 */
export function isPageNumber(content: string): boolean {
  // ("P4": the page of a deck printed to PDF.)
  // ("[Slide 3 / 16]": in brackets.)
  // ("1 2 Next   >>|", "Previous   1 2": the page links of a story split over pages.)
  if (
    /^(?:[|<«]+\s*)?(?:(?:previous|prev)\s+)?(?:\d{1,3}\s+){0,11}\d{1,3}(?:\s+(?:next|last))?(?:\s*[>»|]+)?$/i.test(
      content,
    ) &&
    (/\b(?:next|previous|prev)\b/i.test(content) || /\d\s*[>»]+$/.test(content))
  )
    return true
  return /^[-–—]\s*\d{1,4}\s*[-–—]$|^page\s*[:：]?\s+\d{1,4}(\s+of\s+\d{1,4})?$|^\[?\s*slide\s+\d{1,3}\s*(?:\/|of)\s*\d{1,3}\s*\]?$|^P\d{1,3}$/i.test(
    content,
  )
}
// A heading over the links a page lists after an article: it and all below it are furniture.
// ("[Related reading]", "【Related news】": between brackets too.)
const relatedWords = String.raw`(?:(?:related|more|recommended|further|latest|popular)\s+(?:news|stories|links|reading|articles|reports|content)|related|see also|read more)`
const relatedHeading = new RegExp(
  // ("👇 Recommended reading": perhaps after a sign or an emoji.)
  String.raw`^[^A-Za-z\d\[【]{0,6}(?:${relatedWords}|[\[【]\s*${relatedWords}\s*[\]】])\s*[:：]?$`,
  'i',
)

/**
 * The words of a title without its number, its panel's circled number or its slide count
 * ("SECTION 2 | TARGETS FOR 2024", "PANEL ⑦ TARGETS FOR 2022 … Slide 7 of 8", "2. TARGETS"), to
 * see whether it holds a figure of its own.
 */
export function unnumberedTitle(text: string): string {
  return text
    .replace(/[━═─▬■◆]+/g, ' ')
    .replace(/\s+slide\s+\d{1,3}\s+of\s+\d{1,3}\s*$/i, '')
    .replace(/[①-⑳]/g, '')
    .trim()
    .replace(
      /^(?:[\p{Extended_Pictographic}\uFE0F]+\s*)?(?:(?:part|section|panel|chapter|slide)\s+\d{1,3}\b|\d{1,2}[.)])\s*[|:：.–—-]?\s*/iu,
      '',
    )
}

/** "[Major Tasks for 2022]": a line that is a part's heading in square brackets. */
export function bracketedPart(content: string): boolean {
  return (
    content.endsWith(']') &&
    content.length <= 80 &&
    content.indexOf(']') === content.length - 1 &&
    !/[:：,;]/.test(content) &&
    bracketedKind(content.slice(1, -1))
  )
}

/**
 * A part a bracketed heading names: a review or targets, or a plan with its year or its tasks
 * (not "[More figures will follow]").
 */
function bracketedKind(words: string): boolean {
  const kind = matchPartPhrase(words)
  return (
    kind === 'review' ||
    kind === 'targets' ||
    (kind === 'plan' && (/(?:19|20)\d{2}/.test(words) || /\b(?:tasks|work)\b/i.test(words)))
  )
}

/**
 * A bar of short links: three or more segments between "|", each a few words without sentence
 * punctuation ("English | Chinese | Search"), or links in brackets ("[Print this page] [Close]").
 */
const menuWord =
  /^(?:search|home|mobile|rss|login|log in|sign in|register|english|中文|about us|contact us|subscribe|e-paper|newsletters?|menu|apps?)$/i

function isLinkBar(content: string): boolean {
  if (content.length > 160) return false
  // (Not a part's heading in brackets: "[Review of Work in 2021]".)
  if (content.startsWith('['))
    return /^(\[[^\][]{1,40}\]\s*)+$/.test(content) && !bracketedPart(content)
  // "in  Home · My Network · Jobs · Messaging": a bar of links parted by middle dots too.
  // ("Search    Mobile    RSS    中文": or by wide gaps, with a word of a site's menu.)
  if (!content.includes('|') && !content.includes(' · ') && /\S {3,}\S/.test(content)) {
    const words = content.trim().split(/ {3,}|\t+/)
    return (
      words.length >= 3 &&
      words.every((w) => w.length <= 20 && !/\d/.test(w)) &&
      words.some((w) => menuWord.test(w))
    )
  }
  let segments = content.split(content.includes('|') ? '|' : ' · ')
  // ("Yangtze News Agency | Home  Politics  Economy  Video": a site's name, then its menu in wide
  // gaps, with a word of a site's menu.)
  if (content.includes('|') && /\S {2,}\S/.test(content)) {
    const pieces = content.split(/\s*\|\s*| {2,}/).filter((piece) => piece.trim() !== '')
    if (pieces.some((piece) => menuWord.test(piece.trim()))) segments = pieces
  }
  if (segments.length < 3) return false
  // Short segments without sentence punctuation, and not figures (a row of a table is not a menu).
  return segments.every((segment) => {
    const words = segment.trim().split(/\s+/)
    if (words.length > 4 || segment.length > 40) return false
    // ("Exports down 3.2% | Imports up 4.1% | CPI down 0.2%": figures; "2025 Sessions" is a link.)
    if (
      /\d/.test(segment) &&
      /\d\s*(?:%|percent\b|per cent\b|(?:billion|million|trillion)\b|yuan\b)|(?:\b(?:up|down)\s+|(?:^|\s)[▲▼↑↓+]\s*)\d/i.test(
        segment,
      )
    )
      return false
    return !/[.!?;,，。；]\s*$/.test(segment) && /\p{L}/u.test(segment)
  })
}

/** Classify a line outside the report body as page furniture, or undefined when it is text. */
export function matchFurniture(
  content: string,
  crumbs: ReadonlySet<string>,
  where: 'top' | 'bottom',
): FurnitureKind | undefined {
  if (where === 'top') {
    if (breadcrumb.test(content) && content.length <= 160) return 'breadcrumb'
    if (byline.test(content) || dateOnly.test(content)) return 'byline'
    // "Wednesday, January 14, 2026    Cloudy  2~8°C    AQI 76": the day's date over a page.
    if (
      /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:\p{L}+\s+\d{1,2}|\d{1,2}\s+\p{L}+),?\s+(?:19|20)\d{2}\b/iu.test(
        content,
      )
    )
      return 'byline'
    if (crumbs.has(normalise(content)) || isLinkBar(content)) return 'site'
    // "From: Chen Yu <…>", "Sent: Thursday, March 6, 2025": the header of a mail.
    if (/^(?:from|sent|to|cc|bcc)\s*:\s*\S/i.test(content) && content.length <= 160) return 'byline'
    // "AGY0417 3 ECO /AGY-ECONOMIC SERVICE", "BC-China-Economy/Report, 1st Ld-Writethru, 790
    // words", "(PIX) (FACTBOX)": the routing lines of a news agency's wire.
    if (isWireLine(content)) return 'site'
    // "FOR IMMEDIATE RELEASE", "Release No. FJIO-PR-2025-006", "Information Office of the …":
    // the head of a press release.
    if (
      content.length <= 100 &&
      /^(?:for immediate release|embargoed\b.*|(?:press|news|media) release|release no\.?\s*[:：]?\s*\S+|(?:the\s+)?(?:information|press|news) office of\b.*)$/i.test(
        content,
      )
    )
      return 'site'
    // "Xinhua | English.news.cn": the name of the site and its address.
    if (/^[A-Za-z][\w &'-]{0,30}\s*\|\s*[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org)$/i.test(content))
      return 'site'
    // "File photo taken in 2019 shows a view of … [Photo/Shishi Daily]": a photo's caption over a
    // story.
    if (
      content.length <= 300 &&
      (/^(?:file photo|photo taken|photo\s*[:：])/i.test(content) ||
        /[[(]photo(?:\s*\/|\s+by\b)[^\])]{1,60}[\])]$/i.test(content))
    )
      return 'byline'
    // "View this email in your browser | Forward to a colleague": a newsletter's own controls.
    if (
      /^(?:view (?:this|it|the) (?:email|e-mail|message|newsletter) (?:in|on) (?:your|a) (?:web )?browser|forward to a (?:friend|colleague)|unsubscribe|update your preferences)\b/i.test(
        content,
      ) &&
      content.length <= 120
    )
      return 'site'
    // "Text size:  A  A  A", "Skip to main content": the page's own controls.
    if (/^(?:text|font)\s+size\s*[:：]/i.test(content) && content.length <= 40) return 'site'
    if (
      /^(?:skip to (?:the )?(?:main )?content|skip navigation|jump to (?:main )?content)$/i.test(
        content,
      )
    )
      return 'site'
    // "DBW ENGLISH  |  Northeast Net": the site's names, parted by a bar, over its menu.
    if (
      content.length <= 50 &&
      /^[\p{L}][\p{L}&.' -]{1,24}\s+\|\s+[\p{L}][\p{L}&.' -]{1,24}$/u.test(content) &&
      // (A name ends on such a word: not "Online Economy | Digital Trade Booms", a headline.)
      /\b(?:english|net|news|daily|online|times|post|web|network|media|channel)\s*(?:\||$)|\.(?:com|cn)\b/i.test(
        content,
      ) &&
      !titleWords.test(content)
    )
      return 'site'
    // "Jiujiang Municipal People's Government | 九江市人民政府": the site's name in English and in
    // Chinese.
    // ("HUANGSHI DAILY · English Edition": a paper's name and its edition.)
    if (
      /^[\p{L}][\p{L} .&'’-]{1,40}\s*[·|–-]\s*english\s+(?:edition|version|channel|site|service)$/iu.test(
        content,
      ) &&
      // (Not "Shanghai Government Work Report - English Version", the report's own title.)
      !titleWords.test(content)
    )
      return 'site'
    // ("Mianyang Municipal People’s Government  |  English": or the language of the page.)
    if (
      /^[\p{L}][\p{L}'’ .-]{2,60}\s+\|\s+(?:\p{Script=Han}{2,20}|english|chinese)$/iu.test(content)
    )
      return 'site'
    // "CHINA REGIONS  |  FEATURE": the section and the kind of story, in capitals.
    if (
      /^[A-Z][A-Z&' -]{1,30}\s+\|\s+[A-Z][A-Z&' -]{1,30}$/.test(content) &&
      !titleWords.test(content)
    )
      return 'site'
    return undefined
  }
  if (
    footer.test(content) ||
    // ("Next: Fourth Session of the 17th … CPPCC Committee opens": a link to another story, with
    // no figure of its own.)
    (/^(?:previous|prev|next)\s*[:：]/i.test(content) && !hasFigure(content)) ||
    dateOnly.test(content) ||
    isWireLine(content) ||
    /^-*\s*ends?\s*-*$/i.test(content) ||
    (byline.test(content) && content.length <= 120) ||
    isLinkBar(content)
  )
    return 'footer'
  return undefined
}

/** A routing line of a news agency's wire: its code, its slug, or its tags. */
export function isWireLine(content: string): boolean {
  const first = content.charCodeAt(0)
  return (
    content.length <= 100 &&
    ((first >= 65 && first <= 90) || first === 40) &&
    (/^[A-Z]{2,6}\d{3,6}\b[^a-z]*$/.test(content) ||
      /^[A-Z]{2}-[A-Z][\w-]*(?:\/[\w-]+)*,/.test(content) ||
      /^(?:\([A-Z]{2,12}\)\s*)+$/.test(content))
  )
}

/** A short line heading the list of related links below an article ("Related news:"). */
export function isRelatedHeading(content: string): boolean {
  return content.length <= 40 && relatedHeading.test(content)
}

/** The segments of a breadcrumb line ("Home >> New Initiatives" → "home", "new initiatives"). */
export function breadcrumbSegments(content: string): string[] {
  return content
    .split(/>>|»|›|\s>\s|\|/)
    .map(normalise)
    .filter((segment) => segment.length > 0)
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/** A publication date in furniture: "2024-03-05", "2019/01/30", "March 5, 2024". */
export function matchDate(content: string): string | undefined {
  const iso = /\b((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(content)
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`
  // ("January 25th, 2018", "JANUARY 24, 2024")
  // (A month's name or its first three letters or more: not "Issue No. 1, 2026".)
  const monthOf = (word: string) => {
    const lower = word.toLowerCase()
    return lower.length < 3 ? -1 : months.findIndex((m) => m.startsWith(lower))
  }
  for (const long of content.matchAll(
    /\b([A-Z][A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/g,
  )) {
    const month = monthOf(long[1]!)
    if (month >= 0)
      return `${long[3]}-${String(month + 1).padStart(2, '0')}-${long[2]!.padStart(2, '0')}`
  }
  // "27 January 2021"
  for (const dayFirst of content.matchAll(
    /\b(\d{1,2})\s+([A-Z][A-Za-z]+)\.?,?\s+((?:19|20)\d{2})\b/g,
  )) {
    const month = monthOf(dayFirst[2]!)
    if (month >= 0)
      return `${dayFirst[3]}-${String(month + 1).padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`
  }
  return undefined
}

/** Words a title of a work report contains. */
export const titleWords =
  /\b(work report|report on the work|government work|work of the government)\b/i

const year = /\b(19[5-9]\d|20\d{2})\b/g

/** Two years joined as a span: "2016-2020", "2013 to 2017", "2012—2016", "2019至2023". */
export const yearRange = /\b((?:19|20)\d{2})\s*(?:-|–|—|to|至)\s*((?:19|20)\d{2})\b/

/** A year mentioned in a heading. */
export function yearsIn(text: string): number[] {
  const years: number[] = []
  year.lastIndex = 0
  for (let m = year.exec(text); m; m = year.exec(text)) years.push(Number(m[1]))
  return years
}

/** What a part of a report is about, from the words of its heading. */
export type PartKind = 'review' | 'targets' | 'plan' | 'notes'

const partPhrases: Array<[RegExp, PartKind]> = [
  // Notes, sources and disclaimers explain the report; their numbers are not figures.
  [
    // ("VOCABULARY", "COMPREHENSION QUIZ", "ANSWER KEY", "Words to know": a lesson's exercises
    // and word lists, whose numbers are examples and wrong answers.)
    /^(?:(?:end)?notes?|sources?|references?|disclaimers?|(?:important|analyst) disclosures?|glossary|see also|external links|(?:methodology|methodological) notes|methodology|change ?log|(?:revision|version) history|vocabulary|words to know|key words|(?:comprehension )?quiz|test yourself|answer key|answers|discussion (?:questions?|tasks?)|writing task(?: \([^()]*\))?|exercises?)\s*[:：]?$/i,
    'notes',
  ],
  // "2024 OUTTURN vs 2024 TARGETS": results set against the targets are results.
  // ("JOBS, PRICES AND INCOMES: ON TARGET", "Jobs Exceeded the Target": how results stood.)
  // ("The headline: growth target met", "Demand: where the plan slipped": and how they went.)
  [
    /\b(?:outturns?|scorecard|report card|outcomes)\b|\btargets?\s+(?:met|missed|exceeded|hit|achieved|beaten|overshot)\s*$|\b(?:plan|targets?)\s+(?:slipped|fell short|faltered|stalled|held up|delivered)\b|[:：—–-]\s*(?:on|off|ahead of|behind)\s+targets?\s*$|(?<!\b(?:will|to|would)\s+)\b(?:(?<!\bwe\s+)beat|missed|exceeded|met|achieved|fulfilled|accomplished)\s+(?:the\s+)?(?:[\w-]+\s+)?targets?\b/i,
    'review',
  ],
  [/\btargets?\b|\bgoals?\b.*\bas follows\b|\bexpected goals\b|目标/i, 'targets'],
  // "Last year:" / "This year:" over the results and the tasks of each topic.
  [/^(?:last|the past) year\s*[:：]?$/i, 'review'],
  [/^(?:this|next|the coming) year\s*[:：]?$/i, 'plan'],
  [
    /\b(review|retrospect|achievements|past (year|(three|four|five|ten|\d+) years)|work (done|in|during) (the past|\d{4}))\b|(?:^|[|:：]\s*)(three|four|five|ten) years of (progress|achievements|development|the \d{1,2}(st|nd|rd|th) five-year plan)\b/i,
    'review',
  ],
  [/回顾/, 'review'],
  // "The 13th Five-Year Plan (2016-2020)" names a period, not a plan part.
  [/\b(tasks|(?<!five-year )plan|priorities|arrangements|work hard|will)\b|任务|安排/i, 'plan'],
]

/**
 * "A year of steady gains in 2025 -- and a to-do list for 2026": a subtitle of the whole story,
 * its year gone by and its year ahead, not a part.
 */
export const yearAndNext =
  /\b(?:gains?|growth|results?|achievements?|progress|review)\b[^.;:]{0,20}\b(?:19|20)\d{2}\b[^.;:]{0,10}(?:--|—|–|\band\b|&)[^.;:]{0,30}\b(?:plans?|to-do|agenda|targets?|goals?|tasks?)\b[^.;:]{0,12}\b(?:19|20)\d{2}\b/i

/** The part a heading names by its words, if it names one. */
const headlineOfTarget =
  /\b(?:(?:growth\s+)?targets?\s+(?:held|kept|unchanged|maintained|raised|lowered|trimmed|cut)\b|an?\s+(?:[\w-]+\s+){0,3}targets?\b|(?:sets?|carries|keeps|raises|lowers|cuts|eyes|unveils|announces|misses|beats|meets|hits|trims|holds)\s+(?:[\w-]+\s+){0,4}targets?\b)/i

export function matchPartPhrase(text: string): PartKind | undefined {
  // "== References ==": the words between a wiki heading's marks.
  // "=== Sheet: Notes ===": the name of a sheet of a workbook.
  const words =
    text.charCodeAt(0) === 61
      ? text.replace(/^=+\s*|\s*=+$/g, '').replace(/^(?:sheet|tab|worksheet)\s*[:：]\s*/i, '')
      : text
  for (const [regex, kind] of partPhrases) {
    if (!regex.test(words)) continue
    // "QINGHAI: GREEN POWER CARRIES A FASTER GROWTH TARGET", "Henan sets a growth target of 6%":
    // the headline of a story that speaks of a target, not a part of targets.
    // (Not a lead-in: "The report sets the following main targets for 2025:".)
    if (
      kind === 'targets' &&
      headlineOfTarget.test(words) &&
      !/[:：]\s*$|\bfollowing\b/i.test(words)
    )
      continue
    // A workbook's sheet of notes holds figures of its own; its change log does not.
    if (kind === 'notes' && words !== text && /^notes?$/i.test(words) && /sheet|tab/i.test(text))
      return undefined
    return kind
  }
  return undefined
}

/**
 * A "Label: value" record line ("New urban jobs: over 430,000", "Grain output — 75.07 million
 * tons", "Grain output<tab>75.07 million tons").
 */
export const labelled = /^[^:：\t—]{2,60}(?:[:：]|\s—\s|\t)\s*\S/

/** A small count in words ("three"), as a record's figure after its label. */
export const countWord = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve'

/** "Research centers added: three": a label and a small count in words after its colon. */
// ("Lakefront wetland parks opened: six parks": with the things counted after it.)
export const labelledCount = new RegExp(`[:：]\\s*(?:${countWord})(?:\\s+[a-z][a-z-]*s)?\\s*$`, 'i')

/** "(%)", "(billion yuan)": a unit in brackets alone on its line, under a header's cell. */
export const unitAlone = /^\([^()]{1,12}\)$/

/** "Indicator", "Item": the first cell of a table's header. */
export const firstHeaderCell =
  /^(?:indicators?|items?|indicator name|name of indicator|products?|product name|sectors?|categor(?:y|ies))$/i

/** "Unit", "2022 Actual", "Growth (%)", "2023 Target": the cell of a column's header. */
export const headerCell =
  /\b(?:units?|actual|results?|targets?|goals?|plans?|planned|expected|growth|change|increase|y\/y|yoy|(?:19|20)\d{2})\b|%/i

/** The line that says where and when a report was delivered: a dateline, never a heading. */
export const dateline =
  /^[(（—–-]*\s*((delivered|presented|made|given)\s+(at|to|on|before)\b|(at|on) the \S+ session of\b)|^[(（].*\bsession of the\b.*\bcongress\b/i

const salutation =
  /^((fellow|dear|distinguished|respected|honou?red|esteemed)\b[^.!?;]{0,60}|(ladies and gentlemen|comrades|friends)\b[^.!?;]{0,40})[,，:：!！]$/i

/** An address to the audience ("Fellow Deputies,"): ends on a comma without being cut off. */
export function isSalutation(text: string): boolean {
  return text.length <= 80 && salutation.test(text)
}

/**
 * "│ GRP │ 579.6 billion yuan, up 4.2% │ growth of around 5% │": a row of cells drawn in
 * box-drawing characters (not "│ 5,792   Macao-funded enterprises │", a line of text in a box).
 */
export function isBoxRow(content: string): boolean {
  const text = content.trim()
  const side = text[0]
  return (
    (side === '│' || side === '┃' || side === '║') &&
    text.length > 4 &&
    text.endsWith(side) &&
    text.includes(` ${side} `) &&
    !text.includes('\n') &&
    // (Not "│ GRP grew 5.2 percent. │ Retail sales rose 4.1 percent. │", sentences in a box.)
    !text
      .slice(1, -1)
      .split(side)
      .some((cell) => /[.。!?]\s*$/.test(cell.trim()))
  )
}

/** A row of box-drawing cells with its sides and bars read as a table's bars (other text as is). */
export function boxRowAsBars(content: string): string {
  return isBoxRow(content) ? content.replace(/[│┃║]/g, '|') : content
}

/** Words after which an English sentence cannot end: a line ending in one was cut off. */
export const danglingWords = new Set(
  'a an the of in on at to for from by with and or but nor as than that which who whose whom were was is are be been being has have had per its their our your his her into onto upon over under about between among such like including via whether if while when where'.split(
    ' ',
  ),
)

/**
 * Whether the text ends with punctuation that can end a sentence or list item (`. ! ? ; : 。 ！ ？ ；
 * ： …`), perhaps followed by closing quotes or brackets. Looks at the last characters only: a regex
 * anchored at the end would be tried at every position of a long paragraph.
 */
export function endsWithStop(text: string): boolean {
  let end = text.length
  while (end > 0 && isCloser(text.charCodeAt(end - 1))) end--
  return end > 0 && isStop(text.charCodeAt(end - 1))
}

// " ' ” ’ ) ）
function isCloser(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0x29 ||
    code === 0xff09
  )
}

// . ! ? ; : 。 ！ ？ ； ： …
function isStop(code: number): boolean {
  switch (code) {
    case 0x2e:
    case 0x21:
    case 0x3f:
    case 0x3b:
    case 0x3a:
    case 0x3002:
    case 0xff01:
    case 0xff1f:
    case 0xff1b:
    case 0xff1a:
    case 0x2026:
      return true
    default:
      return false
  }
}

/**
 * A figure other than a year, an ordinal, a name's digits ("PM2.5" still counts) or a footnote mark
 * after a word ("dual circulation4").
 */
export function hasFigure(text: string): boolean {
  if (!/\d/.test(text)) return false
  return /\d/.test(
    text
      .replace(/\b(19|20)\d{2}\b/g, '')
      .replace(/\b\d+(st|nd|rd|th)\b/gi, '')
      // "5-YEAR SCORECARD": a span, not a figure.
      .replace(/\b\d{1,2}-years?\b/gi, '')
      .replace(/([a-z]{3})\d{1,2}\b/g, '$1'),
  )
}

/**
 * 'GRP growth,% y/y,~7,1.2,"2,016.5",revised from 4.5%': a row of comma-separated values with
 * only the cells that hold a comma in quotes. The offsets of the commas that part cells and of
 * the quotes around cells, or undefined when the line is not such a row (prose has a space after
 * its commas, and a number's thousands stand in quotes in a row of values).
 */
export function plainCsv(row: string): { commas: number[]; quotes: number[] } | undefined {
  if (row.length < 5 || !row.includes(',') || row.includes('\n')) return undefined
  const commas: number[] = []
  const quotes: number[] = []
  let quoted = false
  for (let i = 0; i < row.length; i++) {
    const code = row.charCodeAt(i)
    if (code === 34 && (quoted || i === 0 || row.charCodeAt(i - 1) === 44)) {
      quoted = !quoted
      quotes.push(i)
    } else if (code === 44 && !quoted) {
      // ("5,000" is a number; "137,5.4,150" is three cells, a decimal going on with no group.)
      if (
        row.charCodeAt(i + 1) === 32 ||
        (/\d,\d{3}(?!\d)/.test(row.slice(Math.max(0, i - 1), i + 5)) &&
          !/\.\d+$/.test(row.slice(Math.max(0, i - 12), i)))
      )
        return undefined
      commas.push(i)
    }
  }
  if (quoted || commas.length < 3) return undefined
  // A row of values holds an empty cell, a figure or a quoted cell; wrapped prose whose commas
  // lost their spaces ("exports,imports,services trade … grew,by 3 percent") does not.
  // (A header, "Indicator,Unit,Target,Actual,Notes", is of short cells only.)
  const cells = [-1, ...commas, row.length]
  let short = true
  for (let k = 0; k + 1 < cells.length; k++) {
    const cell = row.slice(cells[k]! + 1, cells[k + 1]).trim()
    if (cell === '' || cell.startsWith('"') || /^[~<>≥≤=+\-−]*\s*\d[\d.,]*\s*%?$/.test(cell))
      return { commas, quotes }
    if (cell.split(/\s+/).length > 3) short = false
  }
  return short ? { commas, quotes } : undefined
}

/** A row of a LaTeX tabular: cells parted by " & ", ending in "\\\\" ("GRP growth (\\%) & 6.5 \\\\"). */
export const latexRow =
  /^(?:\\&|[^&\n]){1,120}(?: & (?:\\&|[^&\n]){0,80}){1,12}\s*\\\\\s*(?:\\hline\s*)?$/

/** A row of a plain-text table: cells separated by " | ", or by at least two "|". */
export function isTableRow(content: string): boolean {
  if (content.includes(' | ') || isBoxRow(content)) return true
  // "Indicator & 2020 target & 2020 actual & 2021 target \\": a row of a LaTeX tabular.
  if (content.includes(' & ') && latexRow.test(content)) return true
  // 'GRP growth,% y/y,~7,1.2,"2,016.5"': a row of comma-separated values.
  if (content.includes(',') && plainCsv(content)) return true
  // '"GRP growth","5.5","around 6","%"': a row of quoted comma-separated values.
  if (content.charCodeAt(0) === 34 && /^"[^"]*"(?:,"[^"]*"){2,}$/.test(content)) return true
  // "Indicator      Value      Change": the header of columns aligned with spaces, without a figure.
  if (/^(?:indicators?|items?)(?: {3,}|\t+)\S/i.test(content)) return true
  // "CODE  SECTOR      UNIT      VALUE      GROWTH      SHARE OF GRP": three or more cells aligned
  // with spaces, of which one names a unit, a growth, a year, actuals or targets.
  if (
    /^\p{L}/u.test(content) &&
    /\S(?: {3,}|\t+)\S.*\S(?: {3,}|\t+)\S/u.test(content) &&
    headerCell.test(content)
  )
    return true
  // "Grain output                19.74 million tons": columns aligned with spaces or tabs.
  // (" 1   Growth of gross regional product   %   above 5": after the number of its row too.)
  // (a numbered line needs two gaps: "11<tab>Rural revitalisation …" is a numbered note.)
  if (
    (/^[\p{L}(]/u.test(content) ||
      (/^\d{1,3}\.?\s+[\p{L}(]/u.test(content) &&
        /\S(?: {3,}|\t+)\S.*\S(?: {3,}|\t+)\S/u.test(content))) &&
    /\S(?: {3,}|\t+)\S/u.test(content) &&
    /\d/.test(content)
  )
    return true
  // "GDP growth .............. 8.5%": a label and its figure joined by dot leaders.
  if (
    (content.includes('....') || content.includes('……')) &&
    /^[\p{L}(]/u.test(content) &&
    // ("Retail sales growth ........ about 7%": with a qualifier before the figure.)
    /[^\s.…]\s*(?:\.{4,}|…{2,})\s*(?:(?:around|about|above|over|within|below|more than|no less than|at least|up|down)\s+)?[~≈<>≥≤+-]?\d/u.test(
      content,
    )
  )
    return true
  let count = 0
  for (let i = content.indexOf('|'); i !== -1; i = content.indexOf('|', i + 1)) count++
  return count >= 2
}

/** A setext underline ("=====" or "-----") under a heading line. */
export function isUnderline(content: string): boolean {
  return /^(?:={3,}|-{3,})$/.test(content)
}
