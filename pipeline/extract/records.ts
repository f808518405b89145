import { isSpaceCode } from '../parse/lines.js'
import {
  type Clause,
  namedAfter,
  reckonedAgain,
  rowMark,
  thanBefore,
  totalAfter,
} from './clauses.js'
import type { IndicatorRecord } from './index.js'
import { matchScale } from './numbers.js'
import { unitOfText } from './tables.js'
import {
  type Mention,
  compoundNoun,
  firstWord,
  isPluralNoun,
  perSoMany,
  addedInBrackets,
  rangeJoin,
  round,
} from './quantity.js'

/**
 * "Per capita disposable income, urban / rural: 61,270 / 33,910 yuan (▲4.7% / ▲6.8%)": two levels
 * parted by a slash, each of one of the two names the label parts the same way, with their
 * changes parted the same way after them.
 */
function slashPairs(clause: Clause, drafts: Draft[]): Draft[] | undefined {
  const [a, b] = drafts
  if (!a || !b || a.value === null || b.value === null || !clause.text.includes('/')) return
  const between = clause.text.slice(a.numberEnd, b.numberStart)
  // ("urban / rural: 46,210 and 25,860 yuan resp.": or by "and", under a label parted by a slash.)
  // ("Per capita disposable income — urban 52,480 yuan / rural 30,917 yuan": or each level after
  // its own name.)
  const inline = /^\s*(?:[A-Za-z]+\s*)?\/\s*([A-Za-z]+)\s+$/.exec(between)
  const label = inline
    ? /^\W*(.*?)(?:\s*[—–:：,-]\s*|\s+)\b([A-Za-z]+)\s+$/.exec(clause.text.slice(0, a.numberStart))
    : /^\s*(?:[A-Za-z]+\s*)?(?:\/|and)\s*$/.test(between)
      ? // ("of urban / rural residents：**41,880 yuan / 21,346 yuan**": whose, then a bold mark.)
        /^\W*(.*?)(?:,\s*|\s+)?\b([A-Za-z]+)\s*\/\s*([A-Za-z]+)(?:\s+residents)?\s*[:：]\s*(?:\*\*|__)?\s*$/.exec(
          clause.text.slice(0, a.numberStart),
        )
      : null
  if (inline && label) label[3] = inline[1]!
  if (!label || a.change !== null) return
  const rest = drafts.slice(2)
  // ("(▲4.7% / ▲6.8%)": the first change read as the second level's, the second on its own.)
  // ("(up 4.7% and 6.5% respectively)": the second change read as a level in the same unit.)
  const alone = rest
    .slice(0, b.change === null ? 2 : 1)
    .map((d) =>
      d.change === null && d.value !== null && b.change !== null && d.unit === b.changeUnit
        ? { ...d, change: Math.sign(b.change) * d.value, changeUnit: d.unit, value: null }
        : d,
    )
  if (alone.some((d) => d.value !== null || d.change === null)) return
  const changes = [
    ...(b.change === null || b.changeNumber === null
      ? []
      : [{ change: b.change, changeUnit: b.changeUnit, changeNumber: b.changeNumber }]),
    ...alone.map((d) => ({
      change: d.change,
      changeUnit: d.changeUnit,
      changeNumber: { start: d.numberStart, end: d.numberEnd },
    })),
  ]
  if (changes.length !== 0 && changes.length !== 2) return
  const pair = [a, b].map((d, i) => ({
    ...d,
    subject: label[1] ? `${label[1]}, ${label[i + 2]!}` : label[i + 2]!,
    ...(d.unit === null && b.unit !== null
      ? { unit: b.unit, base: { value: d.value!, unit: b.base?.unit ?? b.unit } }
      : {}),
    ...(changes[i] ?? {}),
    flags: clause.respectively ? [...d.flags, 'respectively'] : d.flags,
  }))
  return [...pair, ...rest.slice(alone.length)]
}

/**
 * "31 micrograms per cubic meter (▼2)": a change in brackets right after a level in a unit of
 * measure, written with only its sign, counts in the level's unit (not a level in percent, whose
 * bare change may be points or percent).
 */
function bracketedSign(text: string, m: Mention, next: Mention): boolean {
  return (
    m.unit !== null &&
    m.unit !== '%' &&
    !scaleOnly.test(m.unit) &&
    /^\s*\(\s*[▲▼↑↓+\-−]\s*\d/.test(text.slice(m.end, next.end)) &&
    /^\s*\)/.test(text.slice(next.end, next.end + 3))
  )
}

/** "(Yu Haitao)": the name of who answers a question, in brackets after "A:". */
// ("A: [Mi Zhiqiang, Deputy Director of the County Bureau of Agriculture] Grain was sown …": or
// in square brackets, with a title.)
export const answerer = String.raw`(?:\((?:\p{Lu}\p{Ll}+\s*){2,4}\)|\[\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}(?:,[^\]\n]{2,120})?\])`
const answererOpening = new RegExp(String.raw`^\W*${answerer}\s+(?=\S)`, 'u')

/** A record before the document context (period, kind, section, position) is added. */
export type Draft = Pick<
  IndicatorRecord,
  'subject' | 'value' | 'unit' | 'base' | 'change' | 'changeUnit' | 'qualifier' | 'flags'
> & {
  /** The main figure (offsets in the clause) and the number as written. */
  numberStart: number
  numberEnd: number
  numberText: string
  /** A change stated with its own number next to the main figure (offsets in the clause). */
  changeNumber: { start: number; end: number } | null
  /** "1.40% of GDP": a share of what the subject names, not the subject itself. */
  share?: boolean
  /** What the share is of ("installed power capacity"). */
  shareOf?: string
  /** "about 33,000 in 2017": the year written right after the figure. */
  year?: number
}

const rateLike =
  /\b(rate|ratio|share|proportion|percentage|coverage|index|level of|density|air quality)\b/i

/**
 * A rate, or an intensity ("R&D intensity, 3 percent"), whose percentage is a level; not a fall in
 * one ("Decline in carbon intensity: 3%").
 */
function rateOrIntensity(text: string): boolean {
  return (
    rateLike.test(text) ||
    (/\bintensity\b/i.test(text) &&
      !/\b(?:reduction|decline|decrease|cut|drop|fall|lower)\b/i.test(text))
  )
}
const levelVerbs =
  /\s*\b(?:(?:has|have|had)\s+been\s+(?:growing|increasing|rising|expanding|declining|falling|dropping)|(?:has|have|had)\s+(?:grown|risen|fallen)|(?:(?:has|have|had)\s+)?(?:will rise to|will fall to|held steady at|held stable at|held at|edged up|edging up|edging down|inching up|ticking up|ticking down|went up|moved up|ticked up|picked up|edged down|went down|increased to|rose to|increased from|rose from|grew from|went from|jumped from|climbed from|expanded from|fell from|dropped from|declined from|rising from|growing from|increasing from|climbing from|falling from|dropping from|raised|raise|brought|reached|reaches|hit|hits|totaled|totalled|amounted to|came to|stood at|was|were|is|are|averaged|accounted for|accounts for|account for|made up|makes up|make up|represented|represents|comprised|exceeded|surpassed|exceeding|surpassing|topping|reaching|kept|maintained|remained|stayed(?=\s+(?:at|above|below|within|around|over|under|steady|stable|flat)\b|\s*$)|stays(?=\s+(?:at|above|below|within|around|over|under|steady|stable|flat)\b|\s*$)|contributed to|employed|generated|produced|projected to be|expected to be|recorded|posted|achieved|numbered|topped|tops|will top|to top|passed|accounting for|rebounded|recovered|climbed|gained|jumped|surged|soared|increase|grow|grew|grows|rose|rises|increased|dropped|fell|falls|declined|decreased|shrank|shrunk|contracted|slipped|slid|dipped|plunged|plummeted|tumbled|eased|slumped|up|down|expand|expanded|cut|reduce|lower|contributed|contributes|came in at))\b/i

const levelVerbsAll = new RegExp(levelVerbs.source, 'gi')

/** Turn the figures of a clause into draft records. */
export function clauseRecords(clause: Clause): Draft[] {
  const figures = clause.mentions.filter((m) => !m.excluded)
  if (figures.length === 0) return []
  const drafts: Draft[] = []
  const used = new Set<Mention>()
  const tableChange = (m: Mention) => isTableChange(clause, m)
  for (let i = 0; i < figures.length; i++) {
    const m = figures[i]!
    if (used.has(m)) continue
    used.add(m)
    const next = figures[i + 1]
    if (m.rank) {
      drafts.push(
        draft(clause, m, { subject: rankSubject(clause, m), value: m.value, unit: 'rank' }),
      )
      continue
    }
    const label = leadingLabel(clause, m)
    // "cut emissions of sulfur dioxide and nitrogen oxides by 3% and 4%": a fall listed after
    // another.
    const listed =
      m.unit === '%' &&
      m.change === 0 &&
      !label &&
      m.qualifier === null &&
      /^\s*(?:respectively\b|[,.;)]|$)/i.test(clause.text.slice(m.end))
        ? listedFall.exec(clause.sentence.slice(0, clause.sentence.indexOf(clause.text) + m.start))
        : null
    const isChange =
      m.change !== 0 ||
      listed !== null ||
      tableChange(m) ||
      // "Real GRP growth was 5.5%": a growth stated as a level is a change ("The average growth
      // rate over the two years of 2020 and 2021 was 3.5 percent": a growth over some years).
      (m.unit === '%' &&
        m.levelCue !== null &&
        /\bgrowth(?:\s+rate)?(?:\s+over\s+the\s+[^,;:]{1,50}?)?\s+(?:was|were|is|stood at|came in at|reached|hit|averaged|(?:eased|slowed|picked up|quickened|accelerated|fell|rose|dropped|edged (?:up|down)|recovered|rebounded) to)\s*$/i.test(
          beforeOf(clause, m.start),
        ) &&
        !/\b(?:contribution|share|proportion|ratio)\b/i.test(beforeOf(clause, m.start))) ||
      // "CPI inflation came in at 3.0%": a price index in percent is its rise.
      (m.unit === '%' &&
        m.levelCue !== null &&
        /\b(?:CPI|consumer price index|inflation)\s*(?:\w+\s+){0,3}$/i.test(
          beforeOf(clause, m.start),
        ) &&
        !/\b(?:rate|share)\b/i.test(beforeOf(clause, m.start))) ||
      (m.unit === '%' && /\b(?:growth|increase)$/i.test(targetFor(clause, m) ?? '')) ||
      // "GRP will grow at an average annual rate of around 6 percent", "The 2022 GRP growth target
      // is unchanged at around 6.5%": a rate of growth.
      (m.unit === '%' && growthRate.test(beforeOf(clause, m.start).slice(-80))) ||
      // "CPI: around 3%": a price index in percent is its rise.
      (m.unit === '%' &&
        /^[\s(]*(?:CPI|consumer price index|consumer prices|inflation)\s*[:：]?\s*$/i.test(
          beforeOf(clause, m.start),
        )) ||
      // "The fiscal revenue target of 6%", "the 10 per cent investment target": an amount in
      // percent is its growth (not a share it "accounted for").
      (m.unit === '%' &&
        !m.followedByOf &&
        !/^(?:accounted|accounts|represented|represents|comprised|made up|makes up)$/.test(
          m.levelCue ?? '',
        ) &&
        (i === 0 || figures[i - 1]!.change === 0) &&
        amountInPercent(clause, m)) ||
      // "Growth of gross regional product Above 6.5%": a table's label, flattened onto the line
      // of its figure, names a change.
      (m.unit === '%' &&
        !m.followedByOf &&
        i === 0 &&
        changeLabel.test(clause.text) &&
        !/[,;:]/.test(beforeOf(clause, m.start)) &&
        !rateOrIntensity(beforeOf(clause, m.start))) ||
      // "+3.0% y/y vs the 5% target", "well within our control target of around 3 percent": a
      // target in percent set for a growth.
      (m.unit === '%' && !m.followedByOf && growthTarget(clause, m)) ||
      (m.unit === '%' &&
        m.levelCue === null &&
        !m.followedByOf &&
        !rateOrIntensity(beforeOf(clause, m.start)) &&
        (label
          ? changeLabel.test(label) ||
            (/\b(?:growth|increase|rise)\b/i.test(label) && !rateOrIntensity(label)) ||
            // ("11.2% — How fast the value added of industry grew": a caption that says so.)
            /^how fast\b|\b(?:grew|rose|increased)$/i.test(label)
          : elliptical(clause, m)) &&
        // "Days with good air quality: 73.5%, up 2.1 percentage points": a level and its change.
        !(next && changeFollows(clause, m, next)))
    if (isChange) {
      // "…fell 8.1 percent, and investment in infrastructure 10.5 percent": the fall before.
      if (m.change === 0 && !label && ellipsisSign(clause, beforeOf(clause, m.start)) === -1)
        m.change = -1
      if (listed) m.change = -1
      // "Reduction in energy consumption per unit of GRP Around 2.5%": a fall its label names.
      // ("Energy consumption per unit of GRP, reduction (%) | 3.5": or after the measure.)
      if (
        m.change === 0 &&
        (/^[|\s]*(?:an?\s+)?(?:decline|decrease|drop|fall|reduction)\s+(?:in|of)\b/i.test(
          clause.text,
        ) ||
          // ("2.5% | reduction in energy consumption per unit of GRP": or on a card after it.)
          /^\s*\|\s*(?:an?\s+)?(?:decline|decrease|drop|fall|reduction|cut)\s+(?:in|of)\b/i.test(
            clause.text.slice(m.end),
          ) ||
          (clause.bar !== -1 &&
            /,\s*(?:reduction|decrease|decline|drop|cut)\s*(?:\([^()]*\))?\s*$/i.test(
              clause.text.slice(0, clause.bar),
            )))
      )
        m.change = -1
      // "increased by 162 to 832": the change and the level reached, one record.
      // "fell by 0.1 per cent (to 225.7 billion yuan)", "rose by 32.1% to RMB 573.9 billion",
      // "rebounded to growth of 2.2 per cent for the full year, reaching 2.62 trillion yuan"
      if (
        next &&
        !next.range &&
        next.change === 0 &&
        !tableChange(next) &&
        // ("rose 2.1 percent on a comparable basis to 150.4 billion yuan")
        // ("expanded 5.9 percent last year to 181.26 billion yuan", "rose 5.2 percent to reach …")
        (/^\s*(?:(?:compared with|over|from)\s+(?:the\s+)?(?:previous|last)\s+year\s*|last\s+year\s*|year[- ]on[- ]year\s*|y\/y\s*|yoy\s*|in\s+(?:19|20)\d{2}(?:\s+alone)?\s*|on\s+a\s+comparable\s+basis\s*|at\s+comparable\s+prices\s*|in\s+real\s+terms\s*)?,?\(?\s*(?:to(?:\s+(?:reach|hit|total|stand\s+at))?|at)\s+(?:RMB|US\$|\$|¥)?\s*$/i.test(
          clause.text.slice(m.end, next.start),
        ) ||
          /^[^.;]{0,40},\s*(?:reaching|totaling|totalling|hitting)\s+(?:RMB|US\$|\$|¥)?\s*$/i.test(
            clause.text.slice(m.end, next.start),
          ))
      ) {
        used.add(next)
        drafts.push(
          draft(clause, next, {
            subject: cardLabel(clause, m) ?? subjectBefore(clause, m),
            value: next.value,
            unit: next.unit,
            base: base(next),
            change: signed(m),
            // "by RMB 10 to RMB 150 per month": the change is in the level's unit.
            changeUnit:
              m.unit !== null && next.unit?.startsWith(`${m.unit} per `)
                ? next.unit
                : (m.unit ?? changeUnitOf(next)),
            qualifier: next.qualifier ?? m.qualifier,
            changeNumber: { start: m.numberStart, end: m.numberEnd },
          }),
        )
        continue
      }
      drafts.push(
        draft(clause, m, {
          subject: label ? label.replace(changeLabel, '') : changeSubject(clause, m),
          ...labelYear(label),
          change: signed(m),
          changeUnit: m.unit ?? (tableChange(m) || percentCell(clause, m) ? '%' : null),
        }),
      )
      continue
    }
    // "added 1,027 high-tech enterprises, bringing the total to 3,141": what was added, and the
    // total it brought, two figures of one subject (as "Added N things" is a value of its own).
    if (
      next &&
      next.change === 0 &&
      !next.range &&
      // "Two new subway lines opened, bringing the total length … to 727 kilometers": another quantity.
      (next.unit === null || m.unit === null || next.baseUnit === m.baseUnit) &&
      totalAfter.test(clause.text.slice(m.end, next.start).replace(/^[^,;]{0,60},/, ''))
    ) {
      used.add(next)
      const subject = levelSubject(clause, m)
      drafts.push(
        draft(clause, m, { subject, value: m.value, unit: m.unit, base: base(m) }),
        draft(clause, next, {
          subject,
          value: next.value,
          unit: next.unit ?? m.unit,
          base: next.unit
            ? base(next)
            : m.unit
              ? { value: next.value, unit: m.baseUnit ?? m.unit }
              : null,
          qualifier: next.qualifier,
        }),
      )
      continue
    }
    // A level, with the change stated right after it.
    const attached = next !== undefined && changeFollows(clause, m, next)
    if (attached) used.add(next)
    drafts.push(
      draft(clause, m, {
        subject: label ?? levelSubject(clause, m),
        ...labelYear(label),
        value: m.value,
        unit: m.unit,
        base: base(m),
        change: attached ? (next.change === 0 ? next.value : signed(next)) : null,
        // "219 days of good air quality, 12 more than in 2018": a count's change counts the same.
        changeUnit: attached
          ? (next.unit ??
            (next.changeCue === 'than' && m.countedNoun
              ? m.baseUnit
              : bracketedSign(clause.text, m, next)
                ? m.unit
                : null))
          : null,
        changeNumber: attached ? { start: next.numberStart, end: next.numberEnd } : null,
        share: m.unit === '%' && m.followedByOf,
        ...(m.unit === '%' && m.followedByOf
          ? { shareOf: shareOf(clause.text.slice(m.end).replace(/^\s+of\s+/i, '')) }
          : {}),
      }),
    )
  }
  for (const d of drafts) countedByNumberOf(d)
  for (const d of drafts) unitFromHeader(clause, d)
  // Figures that measure what the one before does.
  for (let i = 1; i < drafts.length; i++) {
    const [a, b] = [drafts[i - 1]!, drafts[i]!]
    const opening = clause.text.slice(Math.max(0, b.numberStart - 50), b.numberStart)
    // "GDP growth of 6%-7%": the two ends of a range.
    if (
      a.flags.includes('range') &&
      b.flags.includes('range') &&
      rangeJoin.test(clause.text.slice(a.numberEnd, b.numberStart))
    ) {
      // "6.5%-7% -- growth target for 2019": the label after the range names both ends.
      if (a.subject === '' && b.subject !== '') a.subject = b.subject
      else b.subject = a.subject
      // "6%-7% in 2022": the year after the range is the lower end's too.
      if (a.year === undefined && b.year !== undefined) a.year = b.year
      // "growth in imports and exports, 8%-10%": the upper end is a change like the lower one.
      if (a.change !== null && b.change === null && b.value !== null && b.unit === a.changeUnit)
        readAsChange(b, a.change)
    }
    // "New urban jobs 286,000 vs target of at least 260,000": its target.
    else if (vsTarget.test(opening)) b.subject = a.subject
    // "Days with good air quality: 311 (85.2% of the year)", "…, or 79.2 percent of the total":
    // the share the figure before is of its whole.
    else if (
      b.share &&
      a.value !== null &&
      a.unit !== '%' &&
      /(?:\(|,\s*or)\s*$/.test(opening) &&
      /^(?:the\s+)?(?:total|year|whole year)(?!['’]s)\b(?!\s+(?:target|plan|goal))/i.test(
        b.shareOf ?? '',
      )
    )
      b.subject = a.subject
    // "retail sales by 2%, or 5% in real terms": the same change reckoned otherwise.
    else if (
      reckonedAgain(
        clause.text.slice(a.numberEnd, b.numberStart),
        clause.text.slice(b.numberEnd, b.numberEnd + 40),
      )
    )
      b.subject = a.subject
    // "CPI 1.7% (2022: 2.3%)": its figure of another year.
    else if (/\(\s*(?:19|20)\d{2}\s*[:：]\s*$/.test(opening)) {
      b.subject = a.subject
      const changed = a.change !== null && a.value === null
      if (changed && b.change === null && b.value !== null && b.unit === a.changeUnit)
        readAsChange(b, 1)
    }
  }
  // "High-tech enterprises: 4,368": the label names what is counted.
  // ("National high-tech enterprises: increase by 15": and what the change counts.)
  const label =
    // ("National high-tech enterprises: increase the number by 15")
    /^([^:：]{2,60})[:：]\s*(?:(?:an?\s+)?(?:net\s+)?(?:increase|addition|rise|gain)\s+(?:by|of)\s+|(?:up|add|added)\s+|(?:increase|raise)\s+(?:the|their|its)\s+number\s+by\s+)?$/i.exec(
      clause.text.slice(0, figures[0]?.start ?? 0),
    )
  if (label) for (const d of drafts) countedByLabel(d, label[1]!)
  // "Surveyed urban unemployment rate: 4.9": a rate or share the label names, in percent.
  if (label && rateLabel.test(label[1]!) && !notPercentRate.test(label[1]!))
    for (const d of drafts)
      if (d.value !== null && d.unit === null && d.change === null && Math.abs(d.value) <= 100) {
        d.unit = '%'
        d.base = { value: d.value, unit: '%' }
      }
  // "High-tech enterprises exceeded 32,000", "1.25 million: new urban jobs": the subject is
  // what is counted.
  for (const d of drafts) countedBySubject(d)
  // "grew at an average annual rate of 5.1 percent, adding 830 billion yuan to its economic
  // aggregate": what the growth added to the total, a change.
  for (const d of drafts)
    if (
      d.value !== null &&
      d.change === null &&
      /\badding\s+(?:(?:RMB|US\$|\$|¥)\s*)?$/i.test(clause.text.slice(0, d.numberStart)) &&
      /^[^,;]{0,30}?\s+to\s+(?:its|the|their)\s+(?:economic\s+|economy['’]s\s+)?(?:aggregate|total|output|size|GDP|GRP)\b/i.test(
        clause.text.slice(d.numberEnd, d.numberEnd + 80),
      )
    )
      readAsChange(d, 1)
  // "…928,000, of which 236,000 were private enterprises": what the part counted is.
  for (const d of drafts) {
    if (!uncountedYet(d) || d.value === null || !/^\W*of which\s*$/i.test(d.subject)) continue
    const were = /^\s+(?:were|are|was|is)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})/i.exec(
      clause.text.slice(d.numberEnd),
    )
    const words = were ? headPhrase(were[1]!).split(/\s+/) : []
    if (isPluralNoun(words.at(-1) ?? '')) {
      countAs(d, compoundNoun(words, words.length - 1))
      d.subject = were![1]!
    }
  }
  const paired = slashPairs(clause, drafts)
  if (paired) return paired
  if (clause.respectively) return distribute(clause, drafts)
  return drafts
}

// Plural subjects that are amounts, not counts ("exports reached 1.2 trillion").
const uncounted =
  /\b(?:numbers|exports|imports|sales|revenues|earnings|savings|deposits|loans|assets|profits|taxes|funds|expenditures|receipts|bonds|proceeds|investments|reserves|payments|subsidies|costs|fees|outputs|volumes|emissions|losses|prices|rates|wages|incomes|benefits|pensions)\s*$/i

const changeLabel =
  /^(?:an?\s+)?(?:rise|increase|growth|gain|decline|decrease|drop|fall|reduction)\s+(?:in|of)\s+(?:the\s+)?/i

/**
 * "1.25 million: new urban jobs", "5.1%: surveyed urban unemployment rate": a figure first, then
 * a colon and what it measures. The label, or undefined.
 */
/** "about 1 million -- people to be lifted out of poverty in 2019": the year a label names. */
function labelYear(label: string | undefined): { year?: number } {
  // (Not "urban jobs created in 2021-2025", a span the clause's period gives.)
  const year = label
    ? /\b(?:in|for|by)\s+((?:19|20)\d{2})\b(?!\s*[-–—]\s*(?:19|20)\d{2})/.exec(label)
    : null
  return year ? { year: Number(year[1]) } : {}
}

function leadingLabel(clause: Clause, m: Mention): string | undefined {
  // Note: a clause starts at a word, so a figure far into it has words before it.
  // "6.5%-7% -- growth target for 2019": the lower end of a range stands before the figure.
  const lead = clause.text.slice(0, m.start).replace(/^\s*[~≈]?\d[\d.,]*%?\s*(?:-|–|to)\s*$/, '')
  if (m.start > 12 || !/^[\s\d\ufe0f\u20e3\p{Extended_Pictographic}]*$/u.test(lead))
    return undefined
  // "7⃣ 6.8% — …": a keycap before the figure numbers the item.
  if (/\d/.test(lead) && !lead.includes('\u20e3')) return undefined
  // "1.25 million: new urban jobs", "5.3% — GDP growth in 2024"
  // ("703.34 billion yuan — GDP  ▲8.1%": not the change after the label.)
  // ("91.2%            Days with good air quality": a card's figure, a gap, then its label.)
  // (Or the gap read as a bar, "91.2% | Days with good air quality", a label with no figure.)
  // ("621.7 billion yuan (US$86.5 billion) — total imports and exports": past a conversion.)
  const after =
    /^(?:\s*\([^()]{1,40}\))?\s*(?:[:：]|\s[—–]{1,2}\s|\s--\s|\s{3}(?=\s*\p{Lu})|\s*\|\s*(?=\p{Lu}(?:[^|\d]|(?:19|20)\d{2})*$)|(?:\s*\|)+\s*(?=\p{Ll}[^|]*$))\s*([^,，;；(▲▼↑↓]+(?:,\s*(?:urban|rural)(?:\s+residents)?(?=\s*(?:[,;(]|$)))?)/u.exec(
      clause.text.slice(m.end),
    )
  if (after) return after[1]!.trim()
  // "4.2% surveyed urban unemployment rate", "Around 5% GDP growth target": what a percentage
  // measures, right after it (not "5% of", "5% in 2024", "5% increase in").
  const direct =
    m.unit === '%' && !m.followedByOf
      ? /^\s+(?!(?:of|in|on|at|for|from|to|and|or|than|by|vs|y\/y|yoy|year|years|a|an|the|over|higher|lower|more|less|up|down|increase|growth|rise|gain|decrease|decline|drop|fall|reduction|respectively|each|per|points?|pts?|p\.a|actual|target|goal|plan|outturn|result|estimate|forecast)\b)([A-Za-z][^,，;；(:：]*)/i.exec(
          clause.text.slice(m.end),
        )
      : null
  return direct ? direct[1]!.trim() : undefined
}

/**
 * "GDP | 755.1 billion yuan | 9.2%": in a table row a bare percentage after the label is the
 * growth column, unless the label names a rate.
 */
/** The label of a table row before its first bar, with its last line under the row. */
function rowLabel(clause: Clause): string {
  const label = clause.text.slice(0, clause.bar)
  return clause.labelBelow ? `${label} ${clause.labelBelow}` : label
}

function isTableChange(clause: Clause, m: Mention): boolean {
  const bar = clause.bar
  if (m.change !== 0 || bar === -1 || m.start <= bar) return false
  // "GDP growth (%) | around 6.5 | 6.8": the row's label gives the unit.
  const percentRow =
    m.unit === null && (clause.percentCells === true || percentLabel.test(rowLabel(clause)))
  if (m.unit !== '%' && !percentRow) return false
  // ("Manufacturing value added   29.4% of GRP": a share of the whole it names.)
  if (m.followedByOf && m.unit === '%' && !clause.columned) return false
  // "| Forest coverage | 40.2% | 41% |" under "| Indicator | 2021 target | 2025 target |"
  if (clause.columned || percentRow)
    // (A fall named after the measure or before it, ", reduction (%)", "Reduction in …"; not
    // "Completion rate of emission reduction tasks".)
    return /\b(?:growth|increase|rise|decline|decrease|drop|fall|CPI|consumer prices?|inflation)\b|y\/y|\byoy\b|year[- ]on[- ]year|,\s*reduction\b|^[|\s]*reduction\s+in\b/i.test(
      rowLabel(clause),
    )
  // "Consumer price index | - | 2.0%": after an empty level cell, the growth column.
  if (/\|\s*[-–—]\s*\|\s*$/.test(clause.text.slice(Math.max(0, m.start - 12), m.start))) return true
  return !rateOrIntensity(clause.text.slice(Math.max(0, bar - 300), bar))
}

/** "Real GRP (% y/y) | -1.9": a figure in a row or table of percentages. */
function percentCell(clause: Clause, m: Mention): boolean {
  const bar = clause.bar
  return (
    m.unit === null &&
    bar !== -1 &&
    m.start > bar &&
    (clause.percentCells === true || percentLabel.test(rowLabel(clause)))
  )
}

/** "Tourism revenue (billion yuan) | 812.0 | 21.3%": the unit the row's label gives in brackets. */
function unitFromHeader(clause: Clause, d: Draft): void {
  if (d.value === null || d.unit !== null) return
  // "Grain output (10,000 tons): 107.4", "Registered urban unemployment rate (%): no more than
  // 3.5": a label's unit in brackets before its colon.
  // (Or right before the figure, after a label with no number: "Average wage (RMB/month) 8,214".)
  const colon =
    clause.bar === -1
      ? /\(([^()]{1,30})\)\s*(?:[:：]\s*)?(?:(?:about|around|approximately|nearly|over|above|more than|at least|no less than|no more than|within|all)\s+)?$/i.exec(
          clause.text.slice(Math.max(0, d.numberStart - 60), d.numberStart),
        )
      : null
  if (
    colon &&
    !/[:：]/.test(colon[0]) &&
    /[\d(]/.test(clause.text.slice(0, d.numberStart - colon[0].length))
  )
    return
  // (Of units only: not "Consumer price index (year on year): 2.5", "(December): 5.1".)
  if (
    colon &&
    !/^(?:%|per ?cent|(?:RMB|CNY|yuan)\s*(?:\/|per\s+)\s*(?:month|year|person|capita)|(?:RMB|CNY)(?:\s*(?:bn|mn|billion|million|trillion|100 million|10,000))?|(?:(?:100 million|10,000|[\d,]+|hundred million|ten thousand|trillion|billion|million|thousand|mn|bn)\s+)?(?:yuan|rmb|people|persons|person-times|tons|tonnes|hectares|mu|kilomet(?:er|re)s|km|kilowatts|kwh|teus?|units|households|enterprises|jobs|days|micrograms per cubic met(?:er|re)))$/i.test(
      colon[1]!.trim(),
    )
  )
    return
  const bar = colon ? d.numberStart - colon[0].length + colon[0].indexOf(')') + 1 : clause.bar
  if (bar === -1 || d.numberStart < bar) return
  // "Grain output (million tons) | …", "Grain output, million tons | …"
  const label = clause.text.slice(Math.max(0, bar - 40), bar)
  const bracket =
    /\(([^()]{1,30})\)\s*$/.exec(label) ??
    // ("Urban disposable income per capita, yuan   38,920", "PM2.5, µg/m³   17": or a unit alone.)
    /,\s*(%|(?:hundred million|ten thousand|trillion|billion|million|thousand|mn|bn)\s+[a-z]+|yuan|tons|tonnes|hectares|km|kilomet(?:er|re)s|people|persons|days|[µμu]g\/m[³3])\s*$/i.exec(
      label,
    ) ??
    (clause.parentUnit ? (['', clause.parentUnit] as const) : null) ??
    // ("R&D spending as % of GRP | 4.16": a share in percent.)
    (/\bas\s+(?:an?\s+)?(?:%|percentage|share)\s+of\b/i.test(label) ? (['', '%'] as const) : null)
  // "Surveyed urban unemployment rate | 5.2" in a table of percentages: a rate in percent.
  if (!bracket && clause.percentCells && rateLike.test(label) && Math.abs(d.value) <= 100) {
    d.unit = '%'
    d.base = { value: d.value, unit: '%' }
    return
  }
  if (!bracket || !/[A-Za-z%]/.test(bracket[1]!)) return
  // "(100 million yuan)", "(RMB/month)", "(RMB)": a scale of digits, a currency, a unit per time.
  const cell =
    /^(?:RMB|CNY)\b|\/\s*(?:month|year|person|capita)\b|^(?:100 million|10,000|ten thousand|hundred million)\s/i.test(
      bracket[1]!.trim(),
    )
      ? unitOfText(bracket[1]!.trim())
      : undefined
  if (cell && (cell.factor !== 1 || cell.unit !== bracket[1]!.trim())) {
    d.unit = cell.unit
    d.base = { value: round(d.value * cell.factor), unit: cell.base }
    d.subject = tidy(d.subject.replace(/\s*\([^()]*\)\s*$/, '').replace(bracket[0], ''))
    return
  }
  // "(RMB bn)", "(US$ million)": the currency written before the scale.
  const written = bracket[1]!
    .trim()
    .replace(/^(?:RMB|CNY)\s+(\S+)$/i, '$1 yuan')
    .replace(/^(?:US\$|USD)\s*(\S+)$/i, '$1 US dollars')
  // "R&D spending (% of GRP)": a share of what the bracket names, in percent.
  const shareIn = /^%\s+of\s+(\S.*)$/i.exec(written)
  if (shareIn) {
    d.unit = '%'
    d.base = { value: d.value, unit: '%' }
    d.share = true
    d.shareOf = shareIn[1]!
    d.subject = tidy(d.subject.replace(bracket[0], ''))
    return
  }
  const scale = matchScale(written)
  const rest = (scale ? written.slice(scale.length) : written).trim()
  // "(mn tonnes)": the scale word as a word.
  d.unit = /^(?:%|per ?cent|percent)(?:,?\s*(?:y\/y|yoy|avg\.?|average))?$/i.test(written)
    ? '%'
    : scale
      ? `${scale.word}${rest ? ` ${rest}` : ''}`
      : written
  d.base = {
    value: round(d.value * (scale?.factor ?? 1)),
    unit: d.unit === '%' ? '%' : rest || written,
  }
  d.subject = tidy(d.subject.replace(/\s*\([^()]*\)\s*$/, '').replace(bracket[0], ''))
}

/** The first cell of a table row when the figure stands in a later one ("Tourists received"). */
function tableLabel(clause: Clause, m: Mention): string | undefined {
  const bar = clause.bar
  if (bar === -1 || m.start < bar) return undefined
  // (Past a cell of the row's number the row's label ends at: "| 1 | GRP | …".)
  const first = clause.text
    .slice(0, bar)
    .replace(/^[\s|]+/, '')
    .replace(/^\d{1,3}\.?\s*\|\s*/, '')
  // ("Tourists received: 6.72 million visits ▲11.3%  |  tourism revenue 7.15 billion yuan": records
  // side by side, each with its own label; "Per capita disposable income:  urban 46,120 yuan  |
  // rural 25,370 yuan": or the residents of the label before the colon.)
  // (A figure of its own in the first cell, not "5G" in its label.)
  if (/(?:^|\s)[+▲▼↑↓-]?\d[\d,.]*(?:\s|%|$)/.test(first)) {
    const own = clause.text
      .slice(clause.text.lastIndexOf('|', m.start) + 1, m.start)
      .replace(
        /\s*(?:[~≈≥≤<>+]|\b(?:around|about|above|over|more than|nearly|at least|within))\s*$/i,
        '',
      )
      .trim()
    // (Not the words of a target's cell, "| growth of 6", "| stable at 4,700", nor a word that
    // says only which part or how counted, "| industrial 4.2 billion yuan", "| total 3,200".)
    const measure = /^([^:：]{2,60})[:：]\s*(?:urban|rural)\b/i.exec(first)?.[1]
    if (
      /^\p{L}[\p{L}&'’ -]{1,60}$/u.test(own) &&
      (own.includes(' ') || (measure !== undefined && /^(?:urban|rural)$/i.test(own))) &&
      own
        .toLowerCase()
        .split(/\s+/)
        .some(
          (w) =>
            !/^(?:growth|growing|of|up|down|by|to|at|increase|increased|rise|rose|stable|steady|kept|keep|target|actual|about|around|over|above|more|less|than|nearly|within|no|and|or|in|the|an?|rate|y-o-y|yoy|change|reach|reached)$/.test(
              w,
            ),
        )
    ) {
      return measure && /^(?:urban|rural)$/i.test(own)
        ? `${measure.trim()} of ${own} residents`
        : own
    }
  }
  // "1 | Growth of gross regional product | % | above 5": a row numbered in its first cell.
  const label = rowMark.test(first.trim()) ? (clause.text.slice(bar).split('|')[1] ?? '') : first
  const cell = label.replace(percentLabel, '').trim()
  // "  growth" under "Goods imports & exports": the growth of the row it stands under (in the words
  // the lexicon reads: "  y-o-y growth rate (%)" is its growth).
  if (clause.parentLabel && bareGrowth.test(cell))
    return `${clause.parentLabel} ${cell.replace(/^(?:y-o-y|yoy|y\/y|year-on-year)\s+(?=\S)/i, '').replace(/\s+rate$/i, '')}`
  // "  urban residents" under "Per capita disposable income of residents": the measure of the row
  // above, of the residents the row names.
  if (clause.parentLabel && residentsRow.test(cell))
    return `${clause.parentLabel.replace(/\s+of\s+(?:all\s+)?residents$/i, '')} of ${cell.replace(/^of\s+/i, '').replace(/^(urban|rural)$/i, '$1 residents')}`
  return cell || undefined
}

/** "urban residents", "of rural residents": a row of a measure's part, named by whose it is. */
export const residentsRow = /^(?:of\s+)?(?:urban|rural)(?:\s+residents)?$/i

/** Whether `next` is the change of the level `m`, stated right after it ("…, up 4.5%"). */
function changeFollows(clause: Clause, m: Mention, next: Mention): boolean {
  if (next.change === 0 && !isTableChange(clause, next)) return false
  const between = clause.text.slice(m.end, next.start)
  // In a table with a column per year, the next cell is another year's figure.
  if (clause.columned && between.includes('|')) return false
  if (clause.pairs && !clause.pairs(m.start, next.start)) return false
  if (next.changeCue === 'than') return thanBefore(m, next, between)
  // "4.86 trillion yuan (+3.8%)", "7.11 trillion yuan, +5.5% y/y", "68.8% in 2017, +5.8ppt",
  // "over 8,100 (net +1,050)", "1,126   (net +138)",
  // "3.32 trillion yuan, broadly flat (−0.1%)", "40.1 mn tourists received (+20.3%)", "36.4% of GRP
  // (+1.1 percentage points)": a signed change after it.
  if (
    /^(?:\s*(?:\|\s*)?(?:[(（]\s*(?:net\s+)?|[,，])?\s*|[^,;，；|]{0,60}[,，]\s*|[,，]\s*(?:[a-z]+\s+){0,2}[a-z]+\s*[(（]\s*|\s+(?:[—–]\s+)?[a-z]+(?:\s+[A-Za-z]+){0,3}\s*[(（]\s*)$/.test(
      between,
    ) &&
    (next.changeCue === 'cue' || next.changeCue === 'points') &&
    /[-−+↑↓▲▼△▽]/.test(clause.text[next.start] ?? '')
  )
    return true
  // "47.2% of the total (up 1.9 percentage points)": a change in words in brackets after it.
  if (
    (next.changeCue === 'cue' || next.changeCue === 'points') &&
    // ("58 | high-tech enterprises (up 12)": or after the noun it counts.)
    /^(?:\s+of\s+(?:the\s+)?[A-Za-z][A-Za-z ]{0,40}|\s*(?:\|\s*)?[a-z][a-z -]{0,40})?\s*[(（]\s*(?:up|down)\s+$/i.test(
      between,
    )
  )
    return true
  // "75 (11 added)", "1,132, adding 190 in the year": how many of the count are new.
  if (
    next.changeCue === 'cue' &&
    (/^\s*\(\s*$/.test(between) || /^\s*,\s*adding\s+$/i.test(between)) &&
    /^\s*(?:\(|,\s*adding)/i.test(between) &&
    (addedInBrackets.test(clause.text.slice(next.end, next.end + 32)) ||
      /^\s+in\s+the\s+year\b|^\s*(?:[,;.)]|$)/i.test(clause.text.slice(next.end, next.end + 32)))
  )
    return true
  // "703.34 billion yuan" over "GDP  ▲8.1%", "271 trips China-Europe (Xiamen) freight trains
  // +23.2%": the words a poster puts after a figure, then its change.
  if (
    (next.changeCue === 'cue' || next.changeCue === 'points') &&
    // ("… (GRP)   ▲ 5.7%": the gap before the change read as a bar.)
    // ("8.62 billion yuan (≈ US$1.21 billion) Imports and exports   ▲ 18.4%": past a conversion.)
    /^(?:\s*\([^()]*\))?\s+[^,;，；|\d]{1,80}?(?:\s*\|)?\s+$/.test(between) &&
    (/[▲▼↑↓△▽]/.test(clause.text[next.start] ?? '') ||
      (/\s{2,}$/.test(between) && /[+−]/.test(clause.text[next.start] ?? '')))
  )
    return true
  // ("44,612 yuan — Per capita disposable income of urban residents up 4.6%": or its change in
  // words, after a dash and the label.)
  // (The figure opens its clause, as on a card: not "GRP reached 14.27 billion yuan — industrial
  // value added up 6.1%".)
  if (
    next.changeCue === 'cue' &&
    /^\W*$/.test(clause.text.slice(0, m.start)) &&
    /^\s+[—–]\s+[^,;，；|\d]{1,80}?\s+(?:up|down)\s+$/i.test(between)
  )
    return true
  // "404.58 bn yuan   GDP in 2022, +2.3%": the label after a gap, then the change after a comma.
  if (
    (next.changeCue === 'cue' || next.changeCue === 'points') &&
    // (The gap read as a bar between cells: "404.58 bn yuan | GDP in 2022, +2.3%".)
    /^(?:\s{3,}|\s*\|\s*)[^;；|\d]{1,80}?(?:(?:19|20)\d{2})?,\s*$/.test(between) &&
    /[-−+]/.test(clause.text[next.start] ?? '')
  )
    return true
  // "| Gross regional product | 1,912.6 | billion yuan | +6.8% |": a signed change in the next
  // cell, past a cell that gives the level's unit.
  if (
    clause.bar !== -1 &&
    (next.changeCue === 'cue' || next.changeCue === 'points') &&
    /[-−+↑↓▲▼△▽]/.test(clause.text[next.start] ?? '') &&
    /^\s*\|\s*[A-Za-z%][A-Za-z% ]{0,30}\s*\|\s*$/.test(between)
  )
    return true
  // (Not "120 billion yuan, with a rise of 8 percent in tax revenue": a change of another thing,
  // named after it.)
  if (
    /\b(?:rise|increase|growth|gain|drop|decline|decrease|fall|reduction)\s+of\s*$/i.test(
      between,
    ) &&
    /^\s+(?:in|of)\s+(?!(?:real|nominal|comparable|value|volume|dollar|yuan|RMB)\b|(?:19|20)\d{2}\b|the\s+(?:year|period|first|second|third|fourth|same)\b)[a-z]/i.test(
      clause.text.slice(next.end, next.end + 40),
    )
  )
    return false
  // "82,360 yuan for urban residents (up 4.3%)": whose level it is, then its change in brackets.
  if (/^\s+for\s+[^,;()\d]{1,40}\(\s*(?:up|down|\+|-|−)?\s*$/i.test(between)) return true
  // "3.21 trillion yuan, a 4.9 percent increase"
  if (
    /^\s*[,，]\s*an?\s*$/i.test(between) &&
    namedAfter.test(clause.text.slice(next.end, next.end + 30))
  )
    return true
  return (
    /^\s*\|\s*$/.test(between) ||
    // ("4.29 trillion yuan, edging down 0.1 percent", "8,900 with a net gain of 1,050")
    // ("14.27 billion yuan — up 5.6% year on year": or after a dash.)
    // ("21.6 billion yuan last year, jumping 38.7 percent": after the year it is of.)
    /^(?:\s+(?:last|this)\s+year(?=\s*[,，])|\s+in\s+(?:19|20)\d{2}(?=\s*[,，]))?(?:[\s,，(|]*|\s+[—–]{1,2}\s+)(?:with\s+)?(?:an?\s+)?(?:negative\s+)?(?:(?:slight|modest|marginal|steady|sharp|solid|robust|strong)\s+)?(?:(?:year-on-year|annual|net)\s+)?(?:which\s+(?:rose|grew|increased|surged|jumped|climbed|soared|fell|dropped|declined)|(?<=net\s+)addition|(?:(?:edging|inching|ticking|creeping)\s+(?=up|down))?(?:increase|decrease|rise|drop|decline|growth|gain|jump|surge|up|down|rising|growing|increasing|decreasing|dropping|falling|declining|surging|soaring|jumping|climbing|slipping|sliding|dipping))\b/i.test(
      between,
    ) ||
    /[,，]\s*(?:(?:an?|with)\s+)?(?:negative\s+)?(?:(?:year-on-year|annual|net)\s+)?(?:increase|decrease|rise|drop|decline|growth|gain|jump|surge|up|down|rising|growing|dropping|falling|declining|adding)\b[^,，]*$/i.test(
      between,
    )
  )
}

const rateLabel = /\b(?:rates?|shares?|proportion|percentage|coverage)\b/i
const notPercentRate =
  /\b(?:growth|exchange|interest|birth|death|mortality|fertility)\s+rates?\b|\brate of (?:[\w-]+\s+){0,3}growth\b|\bper\s+(?:thousand|1,000|10,000|100,000|mille)\b|‰/i

function countedByLabel(d: Draft, written: string): void {
  // ("Urban jobs created over the five years: 63,800": the span names nothing counted.)
  const label = written.endsWith('years')
    ? written.replace(
        /\s+(?:over|during|in)\s+(?:the\s+)?(?:past\s+)?(?:five|\d{1,2})\s+years$/i,
        '',
      )
    : written
  // "trips made by China-Europe freight trains": the noun before a participle or preposition.
  const phrase = headPhrase(label)
  // ("Total retail sales of consumer goods: around 6", "Total imports and exports: 6": an amount,
  // not things counted.)
  if (uncounted.test(phrase)) return
  const head = phrase.split(/\s+/)
  if (isPluralNoun(head.at(-1) ?? ''))
    return countAs(
      d,
      perSoMany(compoundNoun(head, head.length - 1), label.slice(phrase.length)).head,
    )
  // "Passenger throughput of airports": what is measured is the throughput, not airports.
  if (
    /\s+of\s+/i.test(label.slice(phrase.length, phrase.length + 5)) &&
    !/^(?:out|up|off|down|away|back|[a-z]+ed)$/i.test(head.at(-1) ?? '')
  )
    return
  const words = label.split(/\s+/)
  let at = words.length - 1
  while (at >= 0 && !isPluralNoun(words[at]!)) at--
  if (at < 0) return
  countAs(d, compoundNoun(words, at))
}

/** "High-tech enterprises exceeded 32,000": a plural subject that is not an amount. */
export function countedBySubject(d: Draft): void {
  if (!uncountedYet(d) || d.unit === 'rank' || trendVerb.test(d.subject)) return
  if (uncounted.test(d.subject) || /\bnumbers? of\b/i.test(d.subject)) return
  // "Days with good air quality numbered 316": the noun before the first preposition (not an
  // amount's: "Retail sales of consumer goods | 7").
  const subject = d.subject.replace(/[“”"]/g, '')
  const head = headPhrase(subject)
  if (uncounted.test(head)) return
  const words = head.split(/\s+/)
  if (isPluralNoun(words.at(-1) ?? ''))
    countAs(d, perSoMany(compoundNoun(words, words.length - 1), subject.slice(head.length)).head)
}

/**
 * "…, eases to 35 in 2024, then drops to 32 in 2025": a verb of a trend in the present tense, all
 * a clause says before its figure; it names nothing, and counts nothing.
 */
export const trendVerb =
  /^(?:(?:and|then|but|before)\s+)?(?:rises|falls|drops|eases|climbs|dips|slips|grows|jumps|edges\s+(?:up|down)|reaches|hits|tops|peaks|rebounds|recovers|declines|slides|sinks|soars|surges|plunges|returns|settles)(?:\s+(?:to|at|back\s+to))?$/i

/**
 * The words of a noun phrase up to its first preposition or participle: "infectious disease beds
 * in the province", "trips departing from Gansu", "enterprises each with …" → the head's phrase.
 */
function headPhrase(phrase: string): string {
  return phrase.split(
    // ("tourists the city aims to receive", "5G base stations built last year": a clause after it.)
    // ('"Little giant" enterprises (specialized, refined, …)': a note in brackets after it.)
    /\s*\([^()]*\)$|\s+(?:in|at|over|across|of|with|for|from|under|above|below|on|via|through|between|among|each|to|per)\s+|\s+[a-z]+(?:ing|ed)\s+(?:in|from|at|by|on|to|into|for|with|across|out|up|off)\b|\s+[a-z]+ed$|\s+(?:the|we|it|they)\s+|\s+(?:built|made|sold|held|grown|won|set up|newly|recently)\b/i,
  )[0]!
}

const scaleOnly = /^(thousand|million|billion|trillion|ten thousand|hundred million)$/

/** Whether a counted noun would still change the draft: its unit or change unit is missing. */
function uncountedYet(d: Draft): boolean {
  return (
    (d.value !== null && (d.unit === null || scaleOnly.test(d.unit))) ||
    (d.change !== null && d.changeUnit === null)
  )
}

function countAs(d: Draft, noun: string): void {
  // ("1,124 in cumulative terms": how it is counted, not what.)
  if (/^(?:terms|total|all|cum)$/i.test(noun)) return
  if (d.value !== null && (d.unit === null || scaleOnly.test(d.unit))) {
    d.unit = d.unit ? `${d.unit} ${noun}` : noun
    d.base = { value: d.base?.value ?? d.value, unit: noun }
  }
  if (d.change !== null && d.changeUnit === null) d.changeUnit = noun
}

/** "The number of X exceeded 12,000": the unit is X's head noun ("enterprises"). */
function countedByNumberOf(d: Draft): void {
  const of = /\bnumber of\s+(?:the\s+)?(.+)$/i.exec(d.subject)
  if (!of) return
  // "the number of infectious disease beds in the province": the noun before the preposition.
  const things = of[1]!.replace(/[“”"]/g, '')
  const phrase = headPhrase(things)
  const words = phrase.trim().split(/\s+/)
  // "the number of Macao residents living and working in Hengqin": the last plural noun.
  let at = words.length - 1
  while (at > 0 && !isPluralNoun(words[at]!)) at--
  if (!isPluralNoun(words[at]!)) at = words.length - 1
  if (!/^[A-Za-z-]+$/.test(words[at] ?? '') || /^(?:and|or|of|the)$/i.test(words[at]!)) return
  const noun = compoundNoun(words, at)
  countAs(d, at === words.length - 1 ? perSoMany(noun, things.slice(phrase.length)).head : noun)
}

function draft(clause: Clause, m: Mention, fields: Partial<Draft>): Draft {
  return {
    subject: tidy(fields.subject ?? ''),
    value: fields.value ?? null,
    unit: fields.value === undefined || fields.value === null ? null : (fields.unit ?? null),
    base:
      fields.base ??
      (fields.value !== undefined && fields.value !== null && fields.unit
        ? { value: m.baseValue, unit: m.baseUnit ?? fields.unit }
        : null),
    change: fields.change ?? null,
    changeUnit:
      fields.change === undefined || fields.change === null ? null : (fields.changeUnit ?? null),
    qualifier: fields.qualifier ?? m.qualifier,
    flags: m.range ? ['range'] : [],
    numberStart: m.numberStart,
    numberEnd: m.rank ? m.end : m.numberEnd,
    numberText: clause.text.slice(m.numberStart, m.rank ? m.end : m.numberEnd),
    changeNumber: fields.changeNumber ?? null,
    ...(fields.share ? { share: true } : {}),
    ...(fields.shareOf ? { shareOf: fields.shareOf } : {}),
    ...yearAfter(clause, m),
    ...yearOfLabel(clause, m, fields.subject ?? ''),
    ...(fields.year === undefined ? {} : { year: fields.year }),
  }
}

/** "GDP in 2023: 1.12 trillion yuan": the year the label before the figure names. */
function yearOfLabel(clause: Clause, m: Mention, subject: string): { year?: number } {
  if (!/\d$/.test(subject)) return {}
  const year = /\s(?:in|for)\s+((?:19|20)\d{2})$/.exec(subject)
  return year && /[:：]\s*$/.test(clause.text.slice(0, m.start)) ? { year: Number(year[1]) } : {}
}

/**
 * "increased from about 33,000 in 2017 to over 69,000 in 2022", "one trillion yuan by 2025": a
 * year stated with the figure.
 */
function yearAfter(clause: Clause, m: Mention): { year?: number } {
  // Note: most figures have no year after them; a cheap test first.
  const ahead = clause.text.slice(m.end, m.end + 28)
  if (!/(?:19|20)\d{2}/.test(ahead) && !clause.sentence.includes('(')) return {}
  const year =
    /^(?:\s+of\s+(?:the\s+)?[A-Za-z&]+|\s+(?:achieved|recorded|registered|posted|reported|seen|logged))?(?:\s+(?:in|for|by(?: the end of)?|at(?: the)? end[- ](?:of )?)\s*|\s*\(\s*(?=(?:19|20)\d{2}\s*\)))((?:19|20)\d{2})\b(?!\s*(?:-|–|to)\s*(?:19|20)\d{2}\b)/.exec(
      clause.text.slice(m.end, m.end + 28),
    )
  if (year) return { year: Number(year[1]) }
  // "CPI 1.7% (2016: 2.3%)", "… growth of 6% (2024: down 2.3%)", "up 9% (2024: 87.4 billion yuan,
  // 30.7% of GRP)": the year a bracket opens on, anywhere inside it before a semicolon.
  const at = clause.sentence.indexOf(clause.text)
  const lead = clause.sentence.slice(Math.max(0, at + m.start - 120), at + m.start)
  const open = lead.lastIndexOf('(')
  const inside =
    open === -1 || lead.includes(')', open) || /[;；]/.test(lead.slice(open))
      ? null
      : /^\(\s*((?:19|20)\d{2})(?:\s+(?:actual|result|outturn))?\s*[:：]/i.exec(lead.slice(open))
  return inside ? { year: Number(inside[1]) } : {}
}

function base(m: Mention): { value: number; unit: string } | null {
  return m.unit ? { value: m.baseValue, unit: m.baseUnit ?? m.unit } : null
}

function signed(m: Mention): number {
  return m.change < 0 ? -m.value : m.value
}

function changeUnitOf(m: Mention): string | null {
  return m.unit
}

/**
 * The text of a clause before a figure, at most its last 300 characters (cut at a word): what
 * names a figure stands near it, and the tests on it stay short in run-on sentences.
 */
function beforeOf(clause: Clause, at: number): string {
  if (at <= 300) return clause.text.slice(0, at)
  const space = clause.text.indexOf(' ', at - 300)
  return clause.text.slice(space === -1 || space >= at ? at - 300 : space + 1, at)
}

const amountNoun =
  /\b(?:revenue|investment|sales|exports|imports|income|output|GDP|GRP|consumption|trade)(?:\s+(?:targets?|goals?))?$/i

const amountWord =
  /revenue|investment|sales|exports|imports|income|output|GDP|GRP|consumption|trade/i

function amountInPercent(clause: Clause, m: Mention): boolean {
  // Note: a cheap test of the clause first; most percentages are rates of other things.
  if (!amountWord.test(clause.text)) return false
  // ("with tax revenue accounting for 61.8%": its share of a whole.)
  if (
    /\b(?:accounting|accounted|accounts|account)\s+for\s+(?:(?:about|around|over|nearly|more than|almost)\s+)?$/i.test(
      clause.text.slice(Math.max(0, m.start - 40), m.start),
    )
  )
    return false
  const subject = levelSubject(clause, m)
  return amountNoun.test(subject) && !rateLike.test(subject) && !/\bintensity\b/i.test(subject)
}

const targetBefore =
  /\b(?:targets?|goals?)\s*(?:(?:of|is|was|at|to be|band of)\s+)?[:：]?\s*(?:(?:around|about|above|over|at least|no less than|within|more than|nearly)\s+)?["“]?$/i
const targetAfter = /^["”]?\s*(?:[\w'’-]+\s+){0,3}?(?:targets?|goals?|target band)\b/i
const growthWord =
  /\b(?:growth|grow|grew|grown|increase|rise|rose|GDP|GRP|revenue|investment|sales|exports|imports|trade|income|output|consumption|CPI|inflation|consumer prices)\b/i

/**
 * "+3.0% y/y vs the 5% target", "our control target of around 3 percent", "A 4% revenue growth
 * target": a target in percent, in a sentence of growth, is the growth it sets; not a target
 * rate ("the unemployment rate target of 5.5%").
 */
function growthTarget(clause: Clause, m: Mention): boolean {
  if (!/target|goal/i.test(clause.sentence)) return false
  const before = beforeOf(clause, m.start).slice(-60)
  const after = clause.text.slice(m.end, m.end + 60)
  if (!targetBefore.test(before) && !targetAfter.test(after)) return false
  // Note: the growth is named near the target, not in another clause ("We met the unemployment
  // target of 5.5%, and GDP grew 5.2%").
  const near = `${before} ${after}`.replace(/\bgrowth rate\b/gi, 'growth')
  const sentenceBefore = clause.sentence.slice(
    0,
    Math.max(0, clause.sentence.indexOf(clause.text)) + m.start,
  )
  return (
    (growthWord.test(near) || growthWord.test(sentenceBefore.slice(-200))) &&
    !rateOrIntensity(near) &&
    !/\bunemployment\b/i.test(near)
  )
}

const growthRate =
  /\b(?:(?:grow|grows|growing|expand|expanding|increase|increasing|rise|rising)\s+at\s+(?:an?\s+)?(?:(?:average|annual|yearly)\s+){0,2}(?:rate|pace)\s+of|growth\s+(?:target|goal)s?\b[^,;:]{0,30}?\b(?:at|of|is|was|to be|to))(?:\s+(?:also|again|still|now))?\s*$/i

/**
 * A level read as a change like the one before it ("up 4.6% and 6.4%", "8%-10%"): its value, with
 * the sign of `like`, becomes the change.
 */
export function readAsChange(d: Draft, like: number): void {
  d.change = like < 0 ? -d.value! : d.value
  d.changeUnit = d.unit
  d.value = null
  d.unit = null
  d.base = null
}

const vsTarget =
  /\b(?:vs\.?|versus|against)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:target|goal|plan)(?:\s+(?:of|was))?\s+(?:(?:around|about|above|over|at least|no less than|within|more than|nearly)\s+)?$/i

/** "X, 12.9 percent" in a list of targets: a growth rate given without a verb. */
function elliptical(clause: Clause, m: Mention): boolean {
  const before = beforeOf(clause, m.start)
  // "Days with good air quality: 90.8%": a label that names no change gives a level; in a list
  // after "grew as follows:" the label is what grew.
  if (/[:：]\s*$/.test(before))
    return /\b(?:growth|increase|rise|grew|growing|change|decline|decrease)\b/i.test(
      clause.sentence,
    )
  // "Of general public budget expenditure, 76.8 percent went to …": a share of what is named.
  if (/^\W*of\s/i.test(before)) return false
  if (/,\s*$/.test(before) || /^\s*$/.test(before)) return true
  return ellipsisSign(clause, before) !== 0
}

/**
 * "Industrial investment went up 11.2 percent, and investment in technological upgrading 18.5
 * percent": a noun after the change of the clause before, its verb left out; the sign of that
 * change (0 when the clause is not such a noun).
 */
function ellipsisSign(clause: Clause, before: string): 1 | -1 | 0 {
  const at = clause.sentence.indexOf(clause.text)
  if (
    at > 0 &&
    /^\s*(?:and\s+)?[a-z][a-z -]{2,60}?\s*$/i.test(before) &&
    // (A flow, not a rate or level: "…, and capacity utilization 76.5 percent", "the Engel
    // coefficient 28.5 percent".)
    /\b(?:investment|sales|output|revenue|exports|imports|income|consumption|spending|value added|turnover|trade)\b/i.test(
      before,
    ) &&
    !/\b(?:rates?|ratios?|utili[sz]ation|shares?|coverage|proportion|intensity|levels?|coefficient)\b/i.test(
      before,
    ) &&
    !/\b(?:is|are|was|were|be|been|has|have|had|will|would|reached|hit|totaled|totalled|stood|came|made|accounted|amounted)\b/i.test(
      before,
    )
  ) {
    const change = changeBeforeEllipsis.exec(clause.sentence.slice(0, at))
    if (change) return change[1] ? 1 : -1
  }
  return 0
}

const listedFall =
  /\b(cut|cutting|reduce|reduced|reducing|lower|lowered|lowering|decrease|decreased|fell|dropped|declined)\b[^.;]{0,80}?\bby\s+\d[\d.]*\s*(?:%|percent|per cent)\s*(?:,|and|,\s*and)\s*$/i

const changeBeforeEllipsis =
  /\b(?:(went up|grew|rose|increased|was up|were up)|fell|dropped|declined|decreased|went down|was down|were down)\s+(?:by\s+)?\d[\d.]*\s*(?:%|-?percent|-?per cent)\s*,?\s*(?:and\s*)?$/i

/** "The 8.5 percent target for rural income growth": what a figure named a target is for. */
function targetFor(clause: Clause, m: Mention): string | undefined {
  // ("has set a target of around 5 percent for its economic growth this year")
  const target =
    /^\s*targets?\s+for\s+(.+)$/i.exec(clause.text.slice(m.end, m.end + 120)) ??
    (/\b(?:target|goal)\s+(?:of|at)\s+(?:(?:around|about|above|over|at least|no less than|within|more than|nearly)\s+)?$/i.test(
      clause.text.slice(Math.max(0, m.start - 40), m.start),
    )
      ? /^\s+for\s+(?:its|their|the)\s+(?!(?:\w+\s+)?(?:year|years|period|plan)\b)(.+)$/i.exec(
          clause.text.slice(m.end, m.end + 120),
        )
      : null)
  return target
    ? ofPhrase(
        target[1]!.replace(/\s+(?:shows?|showed|means|reflects?|signals?|will|would)\b.*$/i, ''),
      )
    : undefined
}

/** The subject of a level: the words before its verb, or the counted noun. */
/** "We raised minimum basic pension benefits … to", "will aim to keep economic growth at": the object. */
const raisedObject =
  /(?:^|\b(?:we|will|would|to|has|have|had)\s+|["“]|,\s*(?=\w+ing\b))(?:raised?|increased?|brought|bring|lifted|lift|lowered|lower|reduced?|cut|kept|keep|maintained|maintain|expanded|expand|grow|set|sets|push|pushed|take|took|lifting|raising|bringing|pushing|keeping)\s+(?!(?:to|at|by)\b)([^,;]+?)(?:\s+(?:down|up))?(?:\s+(?:to|at)(?:\s+(?:RMB|US\$|\$|¥))?|(?<=[a-z])(?<!\b(?:by|of|from|in|with|rmb)))\s*$/i

/**
 * The thing named right before a verb, when it is a thing and not a place or who speaks ("The
 * digital economy" before "achieved value added of …").
 */
function ownerBefore(text: string): string | undefined {
  // ("…, and the digital economy5 generated …": after the clause before, a footnote's digit left
  // off.)
  const prefix = text.replace(/\d{1,2}\s*$/, '').trimEnd()
  const owner =
    /(?:^|[,;:]\s*|\b(?:and|while|as|with|said|says|noted|that)\s+)\W*(?:the\s+)?((?:[A-Za-z][\w'’-]*\s+){0,3}[a-z][a-z'’-]*)$/.exec(
      prefix,
    )?.[1]
  return owner &&
    !/(?:^|\s)(?:we|it|they|county|city|province|region|district|government|town|port|report|municipality)$/i.test(
      owner,
    )
    ? owner
    : undefined
}

/** "The marine economy generated": who made the amount after the verb, if the words name a thing. */
function ownerOfMade(before: string): string | undefined {
  const verb =
    /\b(?:generated|earned|achieved|realized|realised|recorded|posted|created|added|brought in)\s*$/i.exec(
      before,
    )
  return verb ? ownerBefore(before.slice(0, verb.index)) : undefined
}

function levelSubject(clause: Clause, m: Mention): string {
  const before = beforeOf(clause, m.start)
  const after = clause.text.slice(m.end)
  const target = targetFor(clause, m)
  if (target) return target
  // "Grain output reached 428,600 tons from a sown area of about 62,400 hectares", "… from
  // 71,800 hectares sown to grain": the area the grain was sown on.
  if (m.unit !== null && /^(?:hectares|mu|ha)$/.test(m.unit)) {
    // (Sown after grain, with no other crop named between: not "vegetables were harvested from a
    // planted area of 3,000 hectares".)
    const sownAt =
      /\b(?:from|on|with|over)\s+(?:a|an|the)\s+(?:grain[- ])?sown\s+area\s+of\s*$/i.exec(before)
    const sentenceBefore = clause.sentence.slice(
      0,
      Math.max(0, clause.sentence.indexOf(clause.text)) + (sownAt?.index ?? 0),
    )
    if (
      sownAt &&
      /\bgrain\b(?!(?:[^.;]|\.(?=\d))*\b(?:vegetables?|fruits?|tea|cotton|oil crops?|tobacco|flowers|orchards?|rapeseed)\b)(?:[^.;]|\.(?=\d))*$/i.test(
        sentenceBefore,
      )
    )
      return 'grain sown area'
    if (/^\s+(?:of\s+(?:land\s+)?)?(?:sown|planted)\s+(?:to|with)\s+grain\b/i.test(after))
      return 'area sown to grain'
  }
  // "46,213 yuan, +4.6% | per capita disposable income of urban residents": a card's label after
  // its figure and change.
  const card =
    m.unit !== null && before.trim() === ''
      ? // ("55.9 billion yuan  ▲5.1% | …", "21.9 billion yuan (about 3.1 billion US dollars), down
        // 1.8% | …": with its change after an arrow or a word, or a conversion in brackets.)
        /^(?:\s*(?:\([^()|]*\)|,|(?:up|down)\s+\d[\d.,]*\s*%|[+\-−▲▼↑↓]\s*\d[\d.,]*\s*(?:%|percentage points?)))*\s*\|\s*(\p{L}[^|\d]{2,80}?)\s*$/u.exec(
          after,
        )
      : null
  if (card) return card[1]!
  // "301.46 billion yuan ... GRP, up 5.4%": a figure, then dot leaders to its label.
  const leader =
    before.trim() === ''
      ? /^\s*(?:\.{3,}|…+)\s*(\p{L}[^,;|]{1,80}?)\s*(?:,\s*(?:up|down|[+\-−▲▼]\s*\d)[^|]*)?$/u.exec(
          after,
        )
      : null
  if (leader) return leader[1]!
  // "Tourists received | 90 million person-times | 49.9%": the row's first cell.
  const cell = tableLabel(clause, m)
  if (cell) return cell
  // "858.9 billion yuan +5.5% Gross regional product (GRP)": a panel of an infographic, its label
  // after the figure and its change.
  const panel =
    before.trim() === '' && m.unit !== null
      ? // ("703.34 billion yuan" over "GDP  ▲8.1%": or with the change after the label.)
        /^\s+(?:[+\-−↑↓▲▼]\s*\d[\d.,]*\s*(?:%|percentage points?)\s+)?(\p{Lu}[^,;:|.▲▼↑↓]{2,80}?)(?:\[\d{1,2}\])?(?:\s+[▲▼↑↓]\s*\d[\d.,]*\s*(?:%|percentage points?))?(?:\s*\([^()]*\))?$/u.exec(
          after,
        )
      : null
  if (panel) return panel[1]!
  // "General public budget revenue totaled 83.9 billion yuan, of which 47.36 billion yuan was
  // local general public budget revenue": the part named after it.
  const part = /\bof which\s*$/i.test(before)
    ? /^\s*(?:was|were)\s+([a-z][^,;.]{2,80}?)\s*(?:[,;.]|$)/i.exec(after)
    : null
  if (part) return part[1]!
  // "earn more than 200 billion yuan in tourism revenue": the amount's name after it.
  const named =
    /^\s+in\s+(?!(?:19|20)\d{2}\b)((?:[a-z-]+\s+){0,3}(?:revenue|income|output|investment|sales|spending|exports|imports|value added))\b/i.exec(
      after,
    )
  // ("the digital economy added 2.1 trillion yuan of value", "generated 1.06 trillion yuan of
  // output": or after "of".)
  const ofAmount =
    named === null && m.unit !== null && /\byuan\b/.test(m.unit)
      ? /^\s+of\s+(value(?: added)?|output(?: value)?|revenue|income)\b/i.exec(after)
      : null
  if (ofAmount) {
    const owner = ownerOfMade(before)
    const amount = /^value$/i.test(ofAmount[1]!) ? 'value added' : ofAmount[1]!
    if (owner) return `${owner} ${amount}`
  }
  if (named && !m.countedNoun) {
    // ("The marine economy generated 612.5 billion yuan in output": whose output, when the phrase
    // says no more.)
    const owner = named[1]!.includes(' ') ? undefined : ownerOfMade(before)
    return owner ? `${owner} ${named[1]!}` : named[1]!
  }
  // "The county generated tourism revenue of 19.7 billion yuan", "realized exports of …": the
  // amount named between the verb and "of".
  // ("Tourists received totaled 5.26 million, generating tourism revenue of 5.9 billion yuan": or
  // its participle.)
  const earned =
    /\b(?:generat(?:ed|ing)|earn(?:ed|ing)|achiev(?:ed|ing)|reali[sz](?:ed|ing)|record(?:ed|ing)|posted|registered|secured|collected|attracted|completed|saw)\s+((?:(?:an?|the|its|their)\s+)?(?:[a-z&-]+\s+){0,4}?(?:revenue|income|output|output value|investment|sales|spending|exports|imports|imports and exports|value added|profits?|turnover))\s+of\s*$/i.exec(
      before.slice(-120),
    )
  if (earned && !m.countedNoun) {
    const amount = earned[1]!.replace(/^(?:an?|the|its|their)\s+/i, '')
    // ("The digital economy achieved value added of …": whose amount it is, when the words before
    // the verb name a thing, not a place or who speaks.)
    const owner = ownerBefore(
      before.slice(0, earned.index + before.length - Math.min(before.length, 120)),
    )
    if (owner) return `${owner} ${amount}`
    // (A bare word with no owner, "Tourism generated revenue of …": the words before the verb
    // name it, as read below.)
    if (amount.includes(' ')) return amount
  }
  // "we invested a cumulative 386 billion yuan in fixed assets": the investment in what follows.
  const invested =
    m.unit !== null &&
    /\byuan\b/.test(m.unit) &&
    /\binvested\s+(?:a\s+(?:cumulative|total\s+of)\s+)?(?:(?:more than|over|nearly|about|around)\s+)?$/i.test(
      before,
    )
      ? /^\s+in\s+(?!(?:19|20)\d{2}\b)([a-z][a-z -]{2,40}?)(?=\s*(?:[,;.]|$)|\s+(?:during|over|in|last|this|and)\b)/i.exec(
          after,
        )
      : null
  if (invested) return `investment in ${invested[1]!}`
  // "…, and more than 26 billion yuan has been invested in industry": what the sum went into.
  const investedIn =
    m.unit !== null && /\byuan\b/.test(m.unit)
      ? /^\s+(?:(?:has|have|had)\s+been|was|were)\s+invested\s+in\s+(?!(?:19|20)\d{2}\b)([a-z][a-z -]{2,40}?)(?=\s*(?:[,;.]|$)|\s+(?:during|over|in|last|this|and)\b)/i.exec(
          after,
        )
      : null
  if (investedIn) return `investment in ${investedIn[1]!}`
  // "crossed the 1-trillion-yuan mark in GRP"
  const mark = /^\s+(?:mark|milestone|threshold)\s+(?:in|of)\s+(.+)$/i.exec(after)
  if (mark) return ofPhrase(mark[1]!)
  // "the creation of more than 180,000 new urban jobs": what is created.
  if (
    m.countedNoun &&
    /\b(?:creation|addition|construction|building|renovation|training|provision)\s+of\s*$/i.test(
      before.slice(-40),
    )
  )
    return countedPhrase(clause, m)
  // "Our goal for 2026 is more than 9 million tourist visits": what the goal counts.
  if (
    m.countedNoun &&
    /\b(?:goals?|targets?)(?:\s+for\s+(?:(?:19|20)\d{2}|this year|the year)|\s+this\s+year)?\s+(?:is|are|was|were)\s*$/i.test(
      before,
    )
  )
    return countedPhrase(clause, m)
  // "High-tech enterprises: 2,550 enterprises": the label before the colon, when the words after
  // the figure say no more than it does ("Tourism: 969 million tourist visits" says more).
  const label =
    m.countedNoun && /[:：]\s*$/.test(before) ? /^([^:：]{2,60})[:：]\s*$/.exec(before) : null
  if (label) {
    const phrase = countedPhrase(clause, m)
    // (Or in a word that says only what kind of count it is: "High-tech enterprises: 268 firms",
    // "New urban employment: 438,000 people", "Invention patents owned per 10,000 people: 48.6
    // pieces".)
    if (
      !phrase.includes(' ') &&
      (label[1]!.toLowerCase().includes(phrase.toLowerCase()) ||
        /^(?:firms|companies|people|persons|units|items|pieces|sets|cases)$/i.test(phrase) ||
        // ("New computing power: 30,000 PFlops": a unit's short form.)
        /\p{Lu}/u.test(phrase.slice(1)))
    )
      return label[1]!
  }
  // "94.6% of preschool kids were enrolled …", "8,740 kilometers of green walkways"
  if (m.followedByOf) {
    const of = /^\s+of\s+(.*)$/i.exec(after)
    const head = subjectBeforeVerb(before)
    if (head && m.unit === '%') return head
    // "Manufacturing value added: 35.3% of GRP": the label's share of what follows.
    const labelled = m.unit === '%' ? /^\s*([^:：]{2,60}?)\s*[:：]\s*$/.exec(before) : null
    if (labelled) return labelled[1]!
    // "…, accounting for 34.1 percent of total installed capacity": the share of what the
    // clause before names; the subject comes from there.
    if (
      m.unit === '%' &&
      /^\s*(?:accounting for|making up|representing|equal to)\s*$/i.test(before)
    )
      return ''
    // "enjoyed good or excellent air quality on 98.4% of days": what holds on that share.
    if (of && m.unit === '%' && /\b(?:on|in)\s*$/i.test(before))
      return `${before.replace(/\s*\b(?:on|in)\s*$/i, '')} on ${ofPhrase(of[1]!)}`
    // "We will keep value added of manufacturing above 53% of GRP": the share of what is kept.
    const kept = m.unit === '%' ? raisedObject.exec(before.replace(/^.*[:：;；]\s*/, '')) : null
    if (kept) return kept[1]!
    if (of) return ofPhrase(of[1]!)
  }
  // "tourist arrivals of more than 1.1 billion person-times": the noun before "of" names it.
  if (m.countedNoun) {
    // Note: only the last words are read, and only when they end in "of".
    const of = /\bof\s*$/.test(before.slice(-6))
      ? /((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)\s+of\s*$/.exec(before.slice(-64))
      : null
    const words = of ? of[1]!.split(/\s+/) : []
    const from = words.findLastIndex((w) => /^(?:for|to|with|at|in|by|on|of|from)$/i.test(w))
    const named = words.slice(from + 1)
    if (
      named.length > 0 &&
      // "the annual target of 430,000 jobs": what the target counts.
      !/^(?:total|number|group|batch|series|set|range|couple|lot|average|maximum|minimum|targets?|goals?)$/i.test(
        named.at(-1)!,
      ) &&
      !levelVerbs.test(named.join(' '))
    )
      return named.join(' ')
  }
  // "Good air quality on 255 days": what held on those days.
  if (m.unit === 'days' && /^\W*[A-Za-z][\w\s-]{2,60}?\s+on\s*$/.test(before))
    return before.replace(/\s+on\s*$/, '')
  if (
    m.countedNoun &&
    // ("There were 512 foreign-invested enterprises in the city": what there were.)
    (!/\b(was|were|is|are|reached|hit|totaled|totalled|stood at|amounted to|exceeded|surpassed|numbered|topped|came to)\s*$/i.test(
      before,
    ) ||
      /\bthere\s+(?:were|was|are|is)\s*$/i.test(before))
  ) {
    return countedPhrase(clause, m)
  }
  // "We raised minimum basic pension benefits … to 150 yuan per month", "Tianjin will aim to keep
  // economic growth at around 5 percent"
  const raised = raisedObject.exec(before.replace(/^.*[:：;；]\s*/, ''))
  // "aims for GRP to reach around 6.5 trillion yuan": what is to reach it.
  const toReach =
    /\bfor\s+((?:(?!\b(?:was|were|is|are|will|be|been|expected)\b)[^,;])+?)\s+to\s+(?:reach|exceed|hit|top|surpass)\s*$/i.exec(
      before,
    )
  if (toReach) return toReach[1]!
  // "saw its economy expand steadily, with the gross regional product reaching 5.31 trillion
  // yuan": what reached it.
  const withReaching =
    /\bwith\s+((?:(?!\bwith\b)[^,;:])+?)\s+(?:reaching|hitting|totaling|totalling|standing at|contributing|amounting to)\s*(?:RMB|US\$|\$|¥)?\s*$/i.exec(
      before,
    )
  // ("The digital economy kept expanding, with its added value hitting …": whose value it is.)
  if (withReaching) {
    const owner =
      /^\W*(?:the\s+)?([^,;]{2,40}?)\s+(?:kept|continued|grew|expanded|developed|remained|maintained|saw|posted|made)\b/i.exec(
        before,
      )
    return owner &&
      /^its\s+(?:added value|value added|output(?: value)?|revenue|sales)\b/i.test(
        withReaching[1]!,
      ) &&
      !/^(?:(?:our|the)\s+)?(?:city|province|region|municipality|county|district|government|(?:\w+['’]s\s+)?economy)$/i.test(
        owner[1]!,
      )
      ? withReaching[1]!.replace(/^its\s+/i, `${owner[1]} `)
      : withReaching[1]!
  }
  // "set its economic growth target for this year at": what the target is for.
  if (raised) return raised[1]!.replace(/\s+targets?\b.*$/i, '')
  const subject = subjectBeforeVerb(before)
  if (subject) return subject
  // "A surveyed urban unemployment rate of around 5.5%", "Grain output of more than 5.07 million tons"
  // "generating tourism revenue of RMB 30.8 billion": the currency stands before the figure.
  const of = /^(.*?)\s+(?:of|at|to)\s*(?:RMB|US\$|\$|¥)?\s*$/i.exec(before)
  if (of && of[1]!.trim()) return of[1]!
  const colon = /^(.*?)[,:：]\s*$/.exec(before)
  if (colon) return colon[1]!
  // "Surveyed urban unemployment rate within 4 percent": the words before name it.
  if (before.trim()) return before
  return countedPhrase(clause, m)
}

/**
 * "Up 7.2% to 192.61 billion yuan: total retail sales of consumer goods": a card's change (and
 * level), then its label after the colon.
 */
function cardLabel(clause: Clause, m: Mention): string | undefined {
  // (Or with no word before it: "5.9% a year on average | GRP growth, 2021-2025".)
  if (
    !/^\W*(?:(?:up|down|rose|grew|fell|increased|decreased|dropped)(?:\s+by)?)?\s*$/i.test(
      beforeOf(clause, m.start),
    )
  )
    return undefined
  // ("down 1.8% | total imports and exports", "Up 6.5%: industrial value added": a card with
  // a change alone.)
  // ("5.9% a year on average | GRP growth, 2021-2025": or a yearly average.)
  return /^\s*(?:%|percent|per cent|percentage points?)?(?:\s+a year)?(?:\s+on average)?(?:\s+to\s+[^:：|]*?)?\s*(?:[:：|]|\s[—–])\s*(\p{L}[^:：;|]{2,80}?)\s*[.;]?$/u.exec(
    clause.text.slice(m.end),
  )?.[1]
}

function changeSubject(clause: Clause, m: Mention): string {
  const before = beforeOf(clause, m.start)
  const after = clause.text.slice(m.end)
  const target = targetFor(clause, m)
  if (target) return target
  const card = cardLabel(clause, m)
  if (card) return card
  // "| Fixed-asset investment | -- | 1.8% | 3% |": the row's first cell, past cells of figures
  // (not "| Fiscal | revenue to grow by around 1% |").
  // ("| Total retail sales | billion yuan | 593.58 | 7.1 | around 8% growth |": a cell that
  // holds only a qualifier before its figure.)
  const cell = tableLabel(clause, m)
  if (
    cell &&
    (!/[A-Za-z]/.test(clause.text.slice(clause.bar, m.start)) ||
      // ("| down 1.2 |": or a change's direction.)
      // ("| growth of about 6% |": or the growth the row's figure is.)
      /^\s*(?:(?:growth|increase|rise|decline|decrease|drop|reduction)\s+(?:of\s+|by\s+)?)?(?:(?:around|about|approximately|over|above|more than|at least|no less than|within|below|nearly)\s+)?(?:(?:up|down)\s+(?:by\s+)?)?$/i.test(
        clause.text.slice(clause.text.lastIndexOf('|', m.start) + 1, m.start),
      ))
  )
    return cell
  if (m.changeCue === 'post') {
    const inPhrase = /^\s*(?:year-on-year\s+)?\w+\s+(?:in|of)\s+(?!(?:19|20)\d{2}\b)(.*)$/i.exec(
      after,
    )
    if (inPhrase) return ofPhrase(inPhrase[1]!)
    // "targets around 5% GDP growth", "sets "around 8 per cent" growth goal"
    const economic = /^["”]?\s*((?:(?:GDP|GRP|economic)\s+)?growth(?:\s+(?:target|goal))?)\b/i.exec(
      after.trimStart(),
    )
    // "Imports and exports: around 15% growth": the label names what grows; "…, averaging 2.5%
    // growth": the subject before the comma does.
    // ("Total retail sales of consumer goods recorded 5.2 percent growth": the growth of what
    // recorded it.)
    const recorder =
      /\b(?:recorded|posted|registered|logged|achieved|saw|reported)\s+(?:an?\s+)?(?:(?:about|around|nearly|over|more than)\s+)?$/i.test(
        before,
      )
        ? subjectBeforeVerb(before)
        : ''
    // (Not "China's smallest autonomous region posted 7 percent growth", "Henan posted …": a
    // place's growth is its economy's.)
    if (
      economic &&
      economic[1] === 'growth' &&
      recorder &&
      !/\b(?:region|province|city|county|district|country|nation|municipality|area|zone)$/i.test(
        recorder,
      ) &&
      !/^\p{Lu}[\p{L}'’-]*$/u.test(recorder)
    )
      return recorder
    if (economic && (economic[1]!.includes(' ') || !/[:：,，]/.test(before))) return economic[1]!
  }
  // "growth of around 2% in general public budget revenue": what grows comes after the figure.
  const inAfter = /^\s+in\s+(?!(?:19|20)\d{2}\b)(.+)$/i.exec(after)
  if (
    inAfter &&
    (/(?:^|[\s,;:])(?:an?\s+)?(?:growth|increase|rise|decline|decrease|drop|reduction)\s+of\s*$/i.test(
      before,
    ) ||
      // "an increase of 6 per cent in revenue; 7 per cent in fixed asset investment": an
      // elliptical list of the same change.
      /^[\s,;:]*(?:and\s+)?$/.test(before))
  )
    return ofPhrase(inAfter[1]!)
  // "the increase in the consumer price index will be kept within 3 percent"
  const kept = /\b(?:increase|growth|rise)\s+in\s+(.+?)\s+(?:will|would|is|was|be)\b/i.exec(before)
  if (kept) return kept[1]!
  // "Zhejiang posted economic growth of 6 percent": the growth of the economy; "Growth of 2.6%
  // compares with …": growth that names nothing else, the economy's.
  // ("the municipality is targeting growth of around 4 percent": the economy's, of a place.)
  const economic =
    /\b((?:economic|GDP|GRP)\s+growth)(?:\s+rate)?\s+of\s*$/i.exec(before) ??
    /\b(?:targeting|targets?|aims? for|aiming for|eyes|eyeing|expects?|expecting|pencils? in)\s+(?:an?\s+)?(?:(?:annual|real)\s+)?(growth)\s+(?:of|at)\s*$/i.exec(
      before,
    ) ??
    (/\b(?:in|for)\s+(?!(?:19|20)\d{2}\b)[a-z]/i.test(after.slice(0, 40))
      ? null
      : /^\W*((?:(?:real|headline|economic)\s+)?growth)\s+(?:of|at|was)\s*$/i.exec(before))
  if (economic) return economic[1]!
  // "has set its economic growth target for this year at": what the target is for.
  const set =
    /\bset\s+(?:its|their|the|a|an)\s+(.+?)\s+targets?\b(?:\s+for\s+[^,;]{1,20}?)?\s+(?:at|to)\s*$/i.exec(
      before,
    )
  if (set) return set[1]!
  // "Growth in per capita income of around 5%", "Increase the number of X by 50"
  const growthIn = /^(?:an?\s+)?(?:growth|increase|rise)\s+in\s+(.*?)\s+(?:of|by)\s*$/i.exec(
    before.trim(),
  )
  if (growthIn) return growthIn[1]!
  const numberOf = /\b(?:increase|raise|expand|grow|cut|reduce)\s+(.*?)\s+by\s*$/i.exec(
    before.trim(),
  )
  if (numberOf) return numberOf[1]!
  // "hold the increase in consumer prices at around 2 percent": what the change is of.
  const heldAt =
    /\b(?:keep|kept|hold|held|control|contain)\s+(?:the\s+)?(?:growth|increase|rise)\s+(?:in|of)\s+(.+?)\s+(?:at|within|below|under)\s*$/i.exec(
      before.trim(),
    )
  if (heldAt) return heldAt[1]!
  return subjectBefore(clause, m)
}

function subjectBefore(clause: Clause, m: Mention): string {
  const before = beforeOf(clause, m.start)
  const stripped = before
    .replace(
      /\s*\b(?:an?\s+)?(?:negative\s+)?(?:(?:year-on-year|annual|average|net)\s+){0,2}(?:increase|decrease|rise|drop|decline|fall|growth|reduction|gain)(?:\s+rate)?\s+(?:of\s+)?$/i,
      '',
    )
    // "grew at an average annual rate of 12.0 percent", "growing by an average of 8.9% a year":
    // the verb and its rate name nothing.
    .replace(
      /(?<=\b(?:grew|increased|rose|expanded|growing|rising|increasing))\s+(?:at|by)\s+(?:an?\s+)?(?:(?:average|annual)\s+){0,2}(?:(?:rates?|pace)\s+)?of\s*$/i,
      '',
    )
    .replace(/^\s*(?:grew|increased|rose|expanded|growing|rising|increasing)$/i, '')
    .replace(/\s*(?:by|of)\s*$/i, '')
    // "with private investment dipping 1.6%": the participle of the change names nothing.
    .replace(
      /(?<=\S)\s+(?:rising|growing|increasing|climbing|jumping|surging|soaring|expanding|falling|dropping|declining|decreasing|dipping|slipping|sliding|shrinking|contracting|plunging|plummeting|tumbling|easing|slumping)\s*$/i,
      '',
    )
    // "Income of residents registered an average annual increase of 7.5%"
    .replace(/\s+(?:registered|posted|recorded|saw|achieved|reported|maintained|logged)$/i, '')
  // "Average annual growth over 2016-2020 -- GRP, 7.1 per cent": the words after the dash.
  // "Prices: CPI increase of around 3.5%": what the label's text names.
  return (
    subjectBeforeVerb(stripped + ' ') ||
    stripped
      .replace(/^.*\s--\s+(?=\S)/, '')
      // "Steady growth in foreign trade, with exports growing by": what the last clause names.
      .replace(/^.*,\s*with\s+(?=[^,]+$)/i, '')
      .replace(/^[^:：]{1,40}[:：]\s*(?=\S)(?!(?:up|down|rose|fell|grew|dropped)\b)/i, '')
  )
}

/** Words before the verb that sets or changes a figure: "General public budget revenue was" → the revenue. */
function subjectBeforeVerb(text: string, list = false): string {
  // "The main targets for this year are: GDP growth of …": only what follows the colon counts;
  // "the economy recovered, and GDP rebounded to": only the last of joined clauses.
  // ("During 2021–2024，GRP grew": a full-width comma parts the words as a comma does.)
  let before = text.replace(/^.*[:：;；]\s*/, '')
  if (before.includes('，')) before = before.replace(/，\s*/g, ', ')
  // ("A: [Mi Zhiqiang, Deputy Director of …] Grain was sown on": who answers, in brackets.)
  if (before.includes(']')) before = before.replace(answererOpening, '')
  if (!list) before = before.replace(/^.*,\s+(?:and|while|but|whereas)\s+(?=\S)/i, '')
  const verb = findVerb(before)
  if (!verb || verb.index === 0) return ''
  // "We attracted …, with two-way trade exceeding 1.5 trillion yuan": the last clause names it;
  // a list of subjects for figures given "respectively" is kept whole. Asides ("…, however,")
  // are not clauses.
  const whole = before
    .slice(0, verb.index)
    .replace(
      /,\s*(?:however|meanwhile|moreover|furthermore|in addition|in particular|notably|also)\s*,/gi,
      '',
    )
    // "The number of industrial enterprises above designated size, or those with …, rose to"
    .replace(/,\s*(?:or|i\.e\.|namely|that is)\s+(?:those|ones)\b[^,;]*,/gi, '')
  const parts = whole.replace(/[,\s]+$/, '').split(/,\s+/)
  // "The per capita disposable income of rural residents, which stood at": what "which" stands for.
  // ("average PM2.5 concentration, 2020-2024, falling from 32 to 27": the years name no measure.)
  // ("Installed capacity of clean energy, mainly hydropower, wind and solar power, accounted for
  // 92%", "Clean energy, led by rooftop solar, …": an aside of what it holds, commas within it.)
  const asideAt = /,\s*$/.test(whole)
    ? parts.findIndex(
        (p, i) =>
          i > 0 &&
          /^\s*(?:mainly|mostly|chiefly|largely|including|such as|led by|driven by|boosted by|supported by|dominated by)\b/i.test(
            p,
          ),
      )
    : -1
  // ("Private investment, long a weak spot, slipped 2.1 percent": an aside between commas that
  // says what the subject is.)
  const last =
    asideAt > 0
      ? parts[asideAt - 1]!
      : parts.length > 1 &&
          (/^\s*(?:which|that|who|(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)\s*$/i.test(
            parts.at(-1) ?? '',
          ) ||
            (/,\s*$/.test(whole) &&
              /^\s*(?:(?:long|once|still|already|traditionally|historically)\s+)?(?:an?|one of the|the city['’]s|the county['’]s|the province['’]s)\s+[a-z]/i.test(
                parts.at(-1) ?? '',
              )))
        ? parts.at(-2)!
        : (parts.at(-1) ?? '')
  const subject = (list ? whole : last)
    .replace(/^\s*(?:with|and|while|but|as)\s+/i, '')
    // ("We will ensure that days with good air quality account for …")
    .replace(/^\s*(?:(?:we|it|they)\s+(?:will\s+)?)?(?:ensure|make sure)\s+(?:that\s+)?/i, '')
    .replace(/(?<!\beconomic)\s+(?:growth|increase|projected|expected|estimated)$/i, '')
  // "We renovated", "we will add": the actor is not the subject; "(1) Increase the number of …",
  // "b) Raise …": nor is the mark of a list.
  if (
    /^\s*(?:(?:we|they|it|this|the government|there)\b|\(?(?:\d{1,2}|[a-z])[.)]\s*$)/i.test(subject)
  )
    return ''
  return subject
}

/**
 * The first verb that sets or changes a figure; "The added value generated from the digital
 * economy reached": a participle before "from" or "by" is part of the subject.
 */
function findVerb(text: string): RegExpExecArray | null {
  const all = levelVerbsAll
  all.lastIndex = 0
  for (let verb = all.exec(text); verb; verb = all.exec(text)) {
    const next = text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 8)
    if (/ed$/i.test(verb[0]) && /^\s+(?:from|by|through)\b/i.test(next)) continue
    return verb
  }
  return null
}

/** "1.21 million urban jobs in …" → "urban jobs": what a count counts, without its scale word. */
function countedPhrase(clause: Clause, m: Mention): string {
  return nounPhrase(
    clause.text.slice(m.numberEnd).replace(
      // ("233.7 billion yuan total imports and exports": and the currency after the scale.)
      /^\s*(?:(?:hundred million|ten thousand|trillion|billion|million|thousand|hundred|bn|mn|mln|bln)\b(?:\s+(?:yuan|RMB)\b)?|(?:yuan|RMB)\s+(?=per capita\b))/i,
      '',
    ),
  )
}

/**
 * A noun phrase at the start of `text`, up to a verb, clause punctuation, relative pronoun or the
 * next figure ("317 million tourists and earned tourism revenue of 527.7 billion yuan").
 */
function nounPhrase(text: string): string {
  const stop =
    /\s+(?:were|was|is|are|have|has|had|will|that|which|who|to be|being|moving|getting)\b|\s+and\s+(?:earned|received|attracted|created|added|achieved|generated|produced|recorded|posted|realized|realised)\b|\s+and\s+(?:keep|make|ensure|promote|raise|improve|strengthen|develop|upgrade|renovate|complete)\s|\s+and\s+(?=(?:[\w-]+\s+){1,4}(?:hit|reached|totaled|totalled|stood|rose|grew|increased|amounted)\b)|[;:(]|,(?!\d)|\.(?!\d)|\s+(?:of|at|to)\s+(?:RMB|US\$|\$|¥)?\d|\s*[▲▼↑↓△▽→]|\s{2,}[+−]\d|\s*(?:->|=>)/i.exec(
      text,
    )
  return (stop ? text.slice(0, stop.index) : text).trim()
}

/** What a share is of; "83% of days have good air quality": the days, as the clause says. */
function shareOf(text: string): string {
  return /^(?:the\s+)?days\s+(?:have|had|with|of|when|saw)\b/i.test(text)
    ? text.slice(0, 60)
    : ofPhrase(text)
}

function ofPhrase(text: string): string {
  // "farmland and keep grain production stable": a second task is not part of the phrase.
  // ("2.28 million tonnes of grain from 368,600 hectares": where it came from is a figure of its
  // own.)
  return nounPhrase(text)
    .replace(/\s+from\s+(?:about\s+|around\s+|over\s+|nearly\s+)?\d.*$/i, '')
    .replace(/\s+(?:were|was)\s+/i, ' ')
    .replace(
      /\s+and\s+(?:keep|make|ensure|build|promote|raise|increase|expand|improve|strengthen|develop|add|create|reduce|cut|upgrade|renovate|complete|start|support)\b.*$/i,
      '',
    )
}

function rankSubject(clause: Clause, m: Mention): string {
  const before = clause.text
    .slice(0, m.start)
    .replace(/\s*\b(?:was|is|ranked|ranking|came|placed)?\s*(?:the\s*)?$/i, '')
  // ("3rd — Yantai's GRP ranking among …": a card's rank, what it ranks after it.)
  if (!before.trim()) {
    const after = /^[\s—–:-]*(\S.*)$/.exec(clause.text.slice(m.end))
    if (after) return after[1]!
  }
  return before || clause.text
}

/** Leading determiners and possessives off, whitespace folded: "The province’s GRP" → "GRP". */
// Note: most subjects hold no bracket, bar, colon or digit; the rules for those run only when
// the character is there.
// "GDP growth (%)", "GRP growth, %", "revenue, % y/y": a table row's label that gives its unit.
// "(%)", "(% y/y)", "(%, avg)", ", %": the unit a table's label gives its percentages.
export const percentLabel =
  /\s*(?:\((?:%|per ?cent)(?:,?\s*(?:y\/y|yoy|year[- ]on[- ]year|avg\.?|average))?\)|,\s*%(?:\s*y\/y)?)\s*$/i

/** "growth", "y/y": a table row's label that names only a growth (of the row above it). */
export const bareGrowth =
  /^(?:(?:y-o-y|yoy|y\/y|year-on-year)\s+)?(?:growth|change)(?:\s+rate)?$|^(?:y\/y|yoy|y-o-y|% change)$/i

/** "GRP growth — target": the measure a record's target is for. */
export function measureOfTarget(text: string): string {
  return /[—–]\s*(?:target|goal)s?$/i.test(text)
    ? text.replace(/\s*[—–]\s*(?:target|goal)s?$/i, '')
    : text
}

/** ", average annual growth", ", cumulative": how a label's figure measures what it names. */
export const measureAfterComma =
  /,\s*(?:average annual|annual average|cumulative(?:ly)?|in total|total)(?:\s+growth)?$/i

function tidy(subject: string): string {
  let text = subject.replace(/\s+/g, ' ')
  // "*HEBEI ECONOMY": the mark of emphasis before a headline.
  if (text.charCodeAt(0) === 42 || text.charCodeAt(0) === 95) text = text.replace(/^[*_]+/, '')
  // "📈 GDP": the emoji before a post's line.
  if (text.charCodeAt(0) > 0x2000)
    text = text.replace(/^[✓✔✗✘≈○☐☑☒\p{Extended_Pictographic}\s\uFE0F\u200D]+/u, '')
  if (text.includes('[')) text = text.replace(/\[\d{1,2}\]/g, '')
  // "Exports —\u00a019.6 billion yuan": the dash between a label and its figure.
  if (/[—–]\s*$/.test(text)) text = text.replace(/\s*[—–]+\s*$/, '')
  // "TOTAL IMPORTS AND EXPORTS(2)": a note mark in brackets glued to the label's last word.
  if (text.endsWith(')')) text = text.replace(/(?<=\p{L})\(\d{1,2}\)$/u, '')
  // "GDP growth ·········": the leader dots between a label and its figure.
  if (text.includes('···') || text.includes('....'))
    text = text.replace(/\s*(?:·{3,}|\.{4,})\s*$/, '')
  // "GRP growth, %": the unit a table's label gives is not part of the subject.
  if (text.includes('%')) text = text.replace(percentLabel, '')
  if (text.includes('|'))
    text = /\d%?\s*\|\s*[A-Za-z][^|]*$/.test(text)
      ? // "fixed asset investment +12% | retail sales +10%": the words after the figure before.
        text.slice(text.lastIndexOf('|') + 1)
      : text.replace(/^[-\s|]*\|\s*/, '').replace(/\s*\|.*$/, '')
  text = text.trim()
  if (firstWord(text) === 'of') text = text.replace(/^of which[,:]?\s+/i, '')
  // "Registered market entities to pass 75,000": the verb of the bound is no part of it.
  // (Not "we want GRP to pass": what they want, read below.)
  if (/\bto\s+\w+$/.test(text) && !/^(?:we|they)\s/i.test(text))
    text = text.replace(/\s+to\s+(?:pass|top|reach|exceed|surpass|hit)$/i, '')
  // "A: (Yu Haitao) Grain was sown on …": the name of who answers, in brackets before it.
  if (text.charCodeAt(0) === 40) text = text.replace(answererOpening, '')
  // "Preliminary estimates show that GRP", "Statistics showed that": what tells of it is no part
  // of what was measured.
  if (/\b(?:show|shows|showed|indicate|indicates|indicated)\s+that\s/i.test(text))
    text = text.replace(
      /^(?:(?:the\s+)?(?:preliminary\s+)?(?:estimates?|statistics|figures|data|accounting)\s+(?:show|shows|showed|indicate|indicates|indicated)\s+that\s+)(?=\S)/i,
      '',
    )
  // "Chen said the county's GRP": who said it is no part of what was measured.
  // (A name: not "residents said they felt safe".)
  if (/\b(?:said|says|noted)\s/.test(text))
    text = text.replace(
      /^(?:[^,]*,\s*)?(?:(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+|(?:[Tt]he\s+)?(?:[Rr]eport|[Gg]overnment|[Oo]fficials?|[Ss]pokes(?:person|man|woman)|[Hh]e|[Ss]he|[Ii]t|[Tt]hey))\s+(?:said|says|noted)\s+(?:that\s+)?(?=\S)/u,
      '',
    )
  // "GRP, average annual growth: 5.9%", "New urban jobs, cumulative: 68,400": how a label's figure
  // measures it, after a comma, names no other thing.
  if (text.includes(',')) text = text.replace(measureAfterComma, '')
  // "Total exports over the five years": the span names no measure.
  if (/\byears$/i.test(text))
    text = text.replace(
      /\s+(?:over|during|in)\s+(?:the\s+)?(?:past\s+)?(?:five|\d{1,2})\s+years$/i,
      '',
    )
  // "5,500+ trains", "1.2mn+ units": the plus of the figure is not part of what it counts.
  if (text.includes('+')) text = text.replace(/^(?:mn|bn|tn|trn|k)?\+\s*/i, '')
  // "Retail sales: RMB3.18trn": the currency of the figure is not part of its subject.
  if (/(?:RMB|CNY|USD|\$|¥)$/.test(text))
    text = text.replace(/[\s:：]*(?:RMB|CNY|USD|US\$|\$|¥)$/, '')
  if (text.includes(':') || text.includes('：'))
    text = text.replace(/^(.*)(?::\s+|：\s*)(\S.*)$/, (_all, label: string, rest: string) =>
      // "Fixed asset investment: up 10.4%": after the colon only the change word is left.
      /^(?:up|down|increased?|decreased?|rose|fell|grew|dropped)(?:\s+by)?$/i.test(rest)
        ? label
        : rest,
    )
  if (text.includes(','))
    text = text.replace(
      /^(?:from \d{4} to \d{4}|in \d{4}|over the past (?:year|five years)|in the past year|last year|this year|during the year|in total)\s*,\s*/i,
      '',
    )
  // "(1) GDP growth": a list marker.
  if (/^[(\d]/.test(text)) text = text.replace(/^(?:\(\d{1,2}\)|\d{1,2}[.)])\s+/, '')
  // "… rose by 7.1 per cent (exports": an aside opened and not closed holds the subject.
  if (text.includes('(')) {
    const open = text.lastIndexOf('(')
    if (!text.includes(')', open) && open < text.length - 1) text = text.slice(open + 1)
  }
  // "GDP1": a note mark glued to a word; not "Q4", "H1".
  if (/\d/.test(text))
    text = text.replace(/([A-Za-z)])\d{1,2}\b(?![.,]\d)/g, (mark, letter: string, at: number) =>
      /[QH]/.test(letter) && !/[A-Za-z]/.test(text[at - 1] ?? '') ? mark : letter,
    )
  if (firstWord(text) === 'make') text = text.replace(/^make sure (?:that )?/i, '')
  // "visitors last year" → "visitors"; "GDP growth" → "GDP", but not "economic growth".
  if (/(?:year|\d)$/i.test(text))
    text = text.replace(/\s+(?:last year|this year|next year|in (?:19|20)\d{2})$/i, '')
  if (leadingVerbs.has(firstWord(text)))
    text = text.replace(
      /^(?:generating|bringing|creating|attracting|achieving|realizing|realising|recording|posting)\s+/i,
      '',
    )
  if (
    /(?:growing|rising|increasing|growth|climbing|surging|soaring|jumping)[\s,;:]*$/i.test(
      text.slice(-24),
    )
  )
    text = text.replace(
      /(?<!\beconomic)\s+(?:growing|rising|increasing|growth|climbing|surging|soaring|jumping)[\s,;:]*$/i,
      '',
    )
  text = trimPunctuation(text)
  text = measureOfTarget(text)
  if (/(?:alone|only|also)$/i.test(text.slice(-5)))
    text = text.replace(/\s+(?:alone|only|also)$/i, '')
  // Note: each of these opens on one of a few words; most subjects open on none of them.
  if (leadingWords.has(firstWord(text)))
    text = text
      .replace(/^(?:and|with|while|in total|altogether|a total of|another)\s+/i, '')
      // ("Over the five years the city's GRP", "Over the whole 14th Five-Year Plan period GRP",
      // "From 2021 to 2025 the economy")
      .replace(/^from\s+(?:19|20)\d{2}\s+(?:to|through)\s+(?:19|20)\d{2}\s+(?=\S)/i, '')
      // ("By 2030 we want GRP to exceed")
      .replace(/^by\s+(?:the end of\s+)?(?:19|20)\d{2},?\s+(?=\S)/i, '')
      .replace(
        // ("we want GRP to pass 400 billion yuan": the verb read as the bound.)
        /^(?:we|they)\s+(?:also\s+)?(?:want|expect|hope)\s+(\S+(?:\s+\S+){0,6}?)(?:\s+to\s+\w+)?$/i,
        '$1',
      )
      .replace(/^(?:over|in|during)\s+(?:the|those|these)\s+(?:past\s+)?\w+\s+years\s+(?=\S)/i, '')
      .replace(
        /^(?:over|in|during)\s+the\s+(?:whole\s+|entire\s+)?\d{1,2}(?:st|nd|rd|th)\s+five-year\s+plan(?:\s+period)?(?:\s*\([^()]*\))?\s+(?=\S)/i,
        '',
      )
      // ("strive for private investment growth of around 3%")
      .replace(/^(?:we\s+(?:will\s+)?)?(?:strive|aim|seek)\s+(?:for|to achieve|to reach)\s+/i, '')
      // ("▍24.63 billion yuan" over "That is the size of Meitan's economy.": a caption's words.)
      .replace(/^(?:that|this)\s+(?:is|was)\s+(?=\S)/i, '')
      .replace(/^(?:the|our|its|their|a|an)\s+/i, '')
      .replace(/^(?:province|city|region|country|municipality)[’']s\s+/i, '')
      .replace(/^(?:increase|raise|expand|grow|keep|bring)\s+(?:the\s+)?(?=number of\b)/i, '')
      .replace(/^(?:the|a|an)\s+/i, '')
      // ("Image: a bar chart showing GRP of 703.4 billion yuan in 2021": what the chart shows.)
      .replace(
        /^(?:(?:bar|line|column|pie|area)\s+)?(?:chart|graph)\s+(?:showing|of|tracking)\s+(?=\S)/i,
        '',
      )
  return text.trim()
}

const leadingVerbs = new Set(
  'generating bringing creating attracting achieving realizing realising recording posting'.split(
    ' ',
  ),
)
const leadingWords = new Set(
  'and with while in over during from by altogether a another the our its their an province city region country municipality increase raise expand grow keep bring strive aim seek we that this bar line column pie area chart graph'.split(
    ' ',
  ),
)

/** The text without spaces, commas, semicolons and colons at either end. */
function trimPunctuation(text: string): string {
  const strip = (code: number) => isSpaceCode(code) || code === 44 || code === 59 || code === 58
  let start = 0
  let end = text.length
  while (start < end && strip(text.charCodeAt(start))) start++
  while (end > start && strip(text.charCodeAt(end - 1))) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

const distributable =
  /\b(urban|rural|male|female|primary|secondary|tertiary|public|private|local|central|domestic|foreign|surveyed|registered)\b/i

/** "income of urban and rural residents increased by 4.3% and 6.9% respectively" → two records. */
function distribute(clause: Clause, input: Draft[]): Draft[] {
  let drafts = pairLevelsWithChanges(input)
  // "increased by 4.3% and 6.9% respectively": the second figure is a change like the first.
  const first = drafts[0]
  // "accounted for 8.9%, 45.9% and 45.2% of GDP respectively": the others are levels like the first.
  if (first && first.change === null && first.value !== null) {
    for (const d of drafts.slice(1)) {
      if (d.value === null && d.change !== null && d.changeUnit === first.unit) {
        d.value = Math.abs(d.change)
        d.unit = d.changeUnit
        d.base = { value: d.value, unit: first.base?.unit ?? d.changeUnit! }
        d.change = null
        d.changeUnit = null
      }
    }
  }
  if (first && first.change !== null) {
    for (const d of drafts.slice(1)) {
      if (d.change === null && d.value !== null && d.unit === first.changeUnit)
        readAsChange(d, first.change)
    }
  }
  drafts = pairChangesWithLevels(drafts)
  if (drafts.length < 2) return drafts.map((d) => ({ ...d, flags: [...d.flags, 'respectively'] }))
  // "Fixed asset investment, retail sales and exports grew by 5.7%, 8.7% and 11.0% respectively"
  const opening = tidy(subjectBeforeVerb(clause.text.slice(0, drafts[0]!.numberStart), true))
  const split = splitConjunction(opening, drafts.length)
  // ("Total imports and exports hit 3.26 billion yuan and exports alone 2.87 billion yuan, up …
  // respectively": the second named between the figures, the first whole.)
  const between = clause.text.slice(drafts[0]!.numberEnd, drafts[1]!.numberStart)
  const listed =
    split.length === 2 &&
    split[1] !== '' &&
    new RegExp(String.raw`\band\s+${split[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'i').test(
      between,
    )
      ? [opening, split[1]!]
      : split
  // "growth of around 5.5 percent and 7 percent respectively in per capita disposable income of
  // urban and rural residents": the subjects named after the word.
  // ("growth of around 5% and 6% in fixed asset investment and retail sales respectively")
  const after =
    /^[^,;]{0,16}?\s*,?\s*respectively,?\s+(?:in|of|for)\s+([^,;:]+)/i.exec(
      clause.text.slice(drafts.at(-1)!.numberEnd),
    ) ??
    /^\s*(?:%|-?percent|-?per cent)?\s+(?:in|of|for)\s+((?![^,;:]*\b(?:(?:19|20)\d{2}|areas?|city|cities|count(?:y|ies)|districts?|regions?|provinces?|villages?|towns?|parts?|halves|quarters|months|first|second)\b)[^,;:]+?)\s*,?\s+respectively\b/i.exec(
      clause.text.slice(drafts.at(-1)!.numberEnd),
    )
  const named = after ? splitConjunction(tidy(after[1]!), drafts.length) : []
  const parts = (
    named.length === drafts.length
      ? named
      : listed.length === drafts.length
        ? listed
        : splitConjunction(drafts[0]!.subject, drafts.length)
  ).map((part, i, all) => {
    // "Grain sown area and output came to …": the output of what the first part names (its
    // words before its head, "New energy vehicle output and sales").
    const kind = /^(\p{L}[\p{L} -]*?)\s+(?:sown\s+)?\S+$/u.exec(all[0] ?? '')?.[1]
    return i > 0 &&
      kind !== undefined &&
      !/^(?:the|a|an|its|their|our|total|number)\b/i.test(kind) &&
      /^(?:output|production|revenue|income|sales|volume)$/i.test(part)
      ? `${kind.toLowerCase()} ${part}`
      : part
  })
  // "income of urban residents reached 34,745 yuan and that of rural residents 13,676 yuan"
  if (parts.length === 0 && / of /.test(drafts[0]!.subject)) {
    for (const [i, d] of drafts.entries()) {
      if (i === 0) continue
      const that =
        /\b(?:that|those) of ([^,;]+?)\s*(?:was|were|reached|stood at|totaled)?\s*$/i.exec(
          clause.text.slice(drafts[i - 1]!.numberEnd, d.numberStart),
        )
      if (that) parts[i] = drafts[0]!.subject.replace(/ of .*$/, ` of ${that[1]}`)
    }
  }
  // ("Per capita disposable income of urban residents and rural residents was …": the measure of
  // the first subject is that of the others named by a word like "rural" alone.)
  const measure = / of /.test(drafts[0]!.subject) ? /^(.+?) of /.exec(drafts[0]!.subject) : null
  return drafts.map((d, i) => {
    // ("We received 217 million tourists and tourism revenue hit", "urban residents 55,480 yuan,
    // rural residents 28,930 yuan": after the figure before.)
    const subject = tidy(
      parts[i] ??
        (i > 0 && d.subject.includes(drafts[i - 1]!.numberText)
          ? d.subject
              .slice(d.subject.lastIndexOf(drafts[i - 1]!.numberText))
              .replace(/^.*?(?:\s+and\s+|,\s+)/i, '')
              .replace(/\s+(?:hit|reached|totaled|totalled|stood at|amounted to)$/i, '')
          : d.subject),
    )
    return {
      ...d,
      subject:
        i > 0 && measure && !subject.includes(' of ') && /^(?:urban|rural)\s+\w+$/i.test(subject)
          ? `${measure[1]} of ${subject}`
          : subject,
      ...ownCount(d, parts, i),
      flags: [...d.flags, 'respectively'],
    }
  })
}

/**
 * "The number of high-tech enterprises and technology-based SMEs reached 3,418 and 5,926
 * respectively": each count in the noun of its own subject, not the last one named.
 */
function ownCount(d: Draft, parts: readonly string[], i: number): Partial<Draft> {
  const part = parts[i]
  if (part === undefined || d.value === null || d.unit === null || !/^[A-Za-z-]+$/.test(d.unit))
    return {}
  if (!parts.some((other, j) => j !== i && other.endsWith(d.unit!))) return {}
  const words = headPhrase(part.replace(/[“”"]/g, '').replace(/^.*\bnumber of\s+/i, ''))
    .trim()
    .split(/\s+/)
  const last = words.at(-1) ?? ''
  if (!isPluralNoun(last) || last === d.unit) return {}
  const noun = compoundNoun(words, words.length - 1)
  return { unit: noun, base: { value: d.base?.value ?? d.value, unit: noun } }
}

/**
 * "reached 53,944 yuan and 25,298 yuan, respectively, up 4.6% and 6.9%": n levels, then their n
 * changes in the same order.
 */
function pairLevelsWithChanges(drafts: Draft[]): Draft[] {
  type Change = Pick<Draft, 'change' | 'changeUnit'> & { at: { start: number; end: number } }
  const levels: Draft[] = []
  const changes: Change[] = []
  for (const d of drafts) {
    const last = changes.at(-1)
    // "up 4.6% and 6.4%": the second change takes the cue of the first.
    if (last && d.value !== null && d.change === null && d.unit === last.changeUnit) {
      changes.push({
        change: last.change! < 0 ? -d.value : d.value,
        changeUnit: d.unit,
        at: { start: d.numberStart, end: d.numberEnd },
      })
      continue
    }
    if (d.value !== null) {
      if (changes.length > 0) return drafts
      levels.push(d)
      if (d.change !== null && d.changeNumber)
        changes.push({ change: d.change, changeUnit: d.changeUnit, at: d.changeNumber })
    } else if (d.change !== null) {
      changes.push({
        change: d.change,
        changeUnit: d.changeUnit,
        at: { start: d.numberStart, end: d.numberEnd },
      })
    }
  }
  if (levels.length < 2 || changes.length !== levels.length) return drafts
  if (changes.some((c) => c.at.start < levels.at(-1)!.numberEnd)) return drafts
  return levels.map((d, i) => ({
    ...d,
    change: changes[i]!.change,
    changeUnit: changes[i]!.changeUnit,
    changeNumber: changes[i]!.at,
  }))
}

/**
 * "grew by 6.7 percent and 9.1 percent respectively, to 39,777 yuan and 16,108 yuan": n changes,
 * then the n levels they led to, in the same order.
 */
function pairChangesWithLevels(drafts: Draft[]): Draft[] {
  const half = drafts.length / 2
  if (drafts.length < 4 || !Number.isInteger(half)) return drafts
  const changes = drafts.slice(0, half)
  const levels = drafts.slice(half)
  if (changes.some((d) => d.value !== null || d.change === null)) return drafts
  if (levels.some((d) => d.value === null || d.change !== null)) return drafts
  return levels.map((d, i) => ({
    ...d,
    subject: changes[i]!.subject,
    change: changes[i]!.change,
    changeUnit: changes[i]!.changeUnit,
    changeNumber: { start: changes[i]!.numberStart, end: changes[i]!.numberEnd },
  }))
}

function splitConjunction(subject: string, count: number): string[] {
  const words = subject.split(/\s+/)
  const and = words.findIndex((w, i) => i > 0 && /^and$/i.test(w))
  if (and < 0) return []
  const left = words.slice(0, and)
  const right = words.slice(and + 1)
  const items = left.join(' ').split(/,\s*/).concat(right.join(' '))
  if (count === 2 && distributable.test(left.at(-1) ?? '') && right.length >= 2) {
    // "income of urban and rural residents" → "income of urban residents", "income of rural residents"
    return [[...left, ...right.slice(1)].join(' '), [...left.slice(0, -1), ...right].join(' ')]
  }
  if (items.length === count) {
    // "the number of tourists and tourism revenue" → "the number of tourists", "tourism revenue";
    // "investment in manufacturing and in infrastructure" → "…", "investment in infrastructure".
    const head = /^(.+?)\s+(?:in|of|for|on)\s/i.exec(items[0]!)?.[1]
    return head
      ? items.map((item, i) =>
          i > 0 && /^(?:in|of|for|on)\s/i.test(item) ? `${head} ${item}` : item,
        )
      : items
  }
  if (count === 2) return [left.join(' '), right.join(' ')]
  return []
}
