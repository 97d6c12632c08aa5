// The grammar of a figure, read left to right from each number in a sentence:
//   [currency] number [scale] [(-|to|and) [currency] number [scale]] [unit]
// "$90 billion", "£691m", "3-5%", "$1.3 to $1.5bn", "5bn rupees", "1.2 million barrels", "six-hour", "three people".
// Each step is a sticky regex tried at one position, so a sentence is read in one pass.
import type { FigureKind } from '../../model'
import { NUMBER_DIGITS, NUMBER_WORD, numberValue } from './number-words'
import { CODE_AFTER, COUNTRY, CURRENCY_PREFIX, CURRENCY_WORD, MINOR_UNITS, prefixCurrency, wordCurrency } from './currencies'
import { ATTACHED_UNIT, PERCENT_UNIT, percentUnit, quantityUnit, SPACED_UNIT } from './units'
import { TIME_UNIT, timeUnit } from '../dates/vocabulary'

const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, crore: 1e7, lakh: 1e5, dozen: 12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
}
const SCALE_WORD = 'hundred|thousand|million|billion|trillion|crore|lakh|dozen'
// "5 million", "5m", "5bn", "5 bn", "two hundred thousand"; one-letter scales only written against the digits; a doubled
// space is a typing slip ("4.2  million barrels")
const SCALE = `(?:(?<scale>\\s{1,2}(?:${SCALE_WORD})|\\s?(?:bn|mn|tn|trn|bln|mln)|[mbkMBK])\\b(?<scale2>\\s(?:thousand|million|billion))?)?`
// a fraction of a scale word: "half a million", "a third of a billion", "two-thirds of a million", "three quarters of a"
const FRACTION = '(?:half\\s|(?:a|one|two|three|four)[\\s-](?:quarters?|thirds?|fifths?|tenths?)\\sof\\s)'
// "one and a half million", "two and a half years", "1 and a half hours"
const AND_A_HALF = '\\sand\\sa\\shalf(?=\\s\\w)'
// digits not glued to a word before them ("G8", "MH17" are names); words; "a"/"half a" only before a scale ("a million")
// (the fraction first: "three quarters of a million" is one number, not "three")
// "a quarter million", "half a million", "a third of a billion": a fraction before a scale word
// "a half-hour programme", "a half-day strike": half of one unit of time
const NUMBER = `(?<num>\\b(?:${FRACTION}?an?|(?:a|one|two|three)[\\s-](?:quarters?|thirds?)|half)(?=\\s(?:${SCALE_WORD})\\b)|\\bhalf(?=-(?:hour|day|week|month|year|century)\\b)|(?<![\\w.,])${NUMBER_DIGITS}(?!\\d)(?:${AND_A_HALF})?|\\b(?:${NUMBER_WORD})\\b(?:${AND_A_HALF})?)`
const CORE = `(?<cur>${CURRENCY_PREFIX})?${NUMBER}${SCALE}`

export const CORE_RE = new RegExp(CORE, 'gi')
const CORE_AT = new RegExp(CORE, 'iy')
// "five or six feet", "two or three people": an estimate between two numbers is a range too
const JOIN_AT = /\s?(?:-|–|—|to|and)\s?|\sor\s/y
const PERCENT_AT = new RegExp(`(?:${PERCENT_UNIT})`, 'iy')
// "5bn rupees", "40 million Canadian dollars", "a 4bn-euro hole"
const CURRENCY_WORD_AT = new RegExp(`(?:\\s(?<country>${COUNTRY}))?[\\s-](?<word>${CURRENCY_WORD})\\b`, 'iy')
const CODE_AT = new RegExp(`\\s?(?<code>${CODE_AFTER})\\b`, 'y')
const MINOR_AT = new RegExp(`(?:\\s(?:(?<country>${COUNTRY})\\s)?(?<minor>cents|pence)\\b|(?<p>p)\\b)`, 'y')
const AGE_AT = /[\s-](?<unit>years?|months?|weeks?|days?)[\s-](?:olds?\b|of\sage\b)/iy
const DURATION_AT = new RegExp(`[\\s-](?<unit>${TIME_UNIT})\\b`, 'iy')
const ATTACHED_AT = new RegExp(`(?<unit>${ATTACHED_UNIT})(?![\\w²³])`, 'y')
const SPACED_AT = new RegExp(`[\\s-](?<unit>${SPACED_UNIT})(?![\\w²³])`, 'iy')

export interface NumberPart {
  start: number
  end: number
  /** the number times its scale */
  value: number
  currency: string | null
  hasScale: boolean
  /** the scale as written ("m", "bn", " million"), or "" */
  scaleText: string
  numberText: string
}

export interface RawFigure {
  /** offsets within the sentence text */
  start: number
  end: number
  first: NumberPart
  second: NumberPart | null
  kind: FigureKind
  unit: string | null
  /** the number is a word ("three", "a million") */
  word: boolean
}

function scaleOf(g: Record<string, string | undefined>): number {
  const a = (g.scale ?? '').trim().toLowerCase()
  const b = (g.scale2 ?? '').trim().toLowerCase()
  return (a ? SCALES[a] ?? 1 : 1) * (b ? SCALES[b] ?? 1 : 1)
}

const tidy = (n: number) => Number(n.toPrecision(12))

function partOf(m: RegExpExecArray | RegExpMatchArray, start: number): NumberPart | null {
  const g = m.groups!
  const text = bareNumber(g.num)
  const base = /^half$/i.test(text) ? 0.5 : numberValue(text)
  if (base === null) return null
  // "half a million", "a quarter of a million", "two-thirds of a billion", "one and a half million"
  const half = fractionOf(g.num) + (/\sand\sa\shalf$/i.test(g.num) ? 0.5 / base : 0)
  return {
    start, end: start + m[0].length, value: tidy(base * half * scaleOf(g)), currency: g.cur ? prefixCurrency(g.cur) : null,
    hasScale: Boolean(g.scale), scaleText: g.scale ?? '', numberText: g.num,
  }
}

const DENOMINATOR: Record<string, number> = { half: 2, quarter: 4, third: 3, fifth: 5, tenth: 10 }

/** The part of the scale a fraction names: "two-thirds of a" → 2/3, "half a" → 1/2; 1 without one. */
function fractionOf(num: string): number {
  if (/^half(?:\s|$)/i.test(num)) return 0.5
  const m = /^(a|one|two|three|four)[\s-](quarter|third|fifth|tenth)s?(?:\sof\s|$)/i.exec(num)
  return m ? (numberValue(m[1]) ?? 1) / DENOMINATOR[m[2].toLowerCase()] : 1
}

/** The number without its fraction or its "and a half": "two-thirds of a" → "a", "one and a half" → "one". */
/** (nothing left of "a quarter" or "half" before "million": the scale itself is the one counted) */
const bareNumber = (num: string) => num.replace(new RegExp(`^${FRACTION}`, 'i'), '').replace(/\sand\sa\shalf$/i, '')
  .replace(/^(?:(?:a|one|two|three)[\s-](?:quarters?|thirds?)|half)$/i, 'a')

function at(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index
  return re.exec(text)
}

/** Before a figure: "from" or a verb of change makes "X to Y" two figures ("rose from 3% to 5%"), not a range. */
const CHANGE_BEFORE = /\b(?:from|rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|increasing|decreased?|grew|grow|grown|jumped?|climbed?|dropped?|slumped?|cut|raised?|lifted?|reduced?|up|down|revised|slipped?|surged?|soared?|plunged?|declined?|boosted?|lowered?)\s(?:by\s)?(?:about\s|around\s|some\s)?$/i
const DASH = /^[-–—]$/
const CENTS_AT = /\s(?:cents?|centimes?|kopecks?|paise)\b/iy
const HEDGE_AT = /\s(?:or\s(?:more|so|less|fewer)|plus)(?=\s)/y
const BY_BEFORE = /\bby\s(?:about\s|around\s|some\s|nearly\s|almost\s|roughly\s)?$/i

/** The first number and, when a range follows, the second: "3-5", "$1.3 to $1.5bn", "between 36 and 40". */
function readNumbers(text: string, m: RegExpMatchArray): { first: NumberPart; second: NumberPart | null } | null {
  const first = partOf(m, m.index!)
  if (!first) return null
  const join = at(JOIN_AT, text, first.end)
  if (!join) return { first, second: null }
  const next = at(CORE_AT, text, first.end + join[0].length)
  const second = next && partOf(next, first.end + join[0].length)
  if (!second || second.value <= first.value) return { first, second: null }
  const word = join[0].trim()
  const before = text.slice(Math.max(0, first.start - 30), first.start)
  const between = /\bbetween\s$/i.test(before)
  const sameCurrency = !first.currency || !second.currency || first.currency === second.currency
  // "X to Y" is a range when X leaves its scale to Y ("$1.3 to $1.5bn", "10 to 15 people");
  // "from $10.9bn to $11.1bn" and "rose from twelve to 27" are changes between two figures
  const isRange = DASH.test(word) || word === 'or' || (word === 'and' ? between : between || (!first.hasScale && !CHANGE_BEFORE.test(before)))
  if (!sameCurrency || !isRange) return { first, second: null }
  // "$1.3 to $1.5bn", "£5-10m": the scale written once applies to both ends
  if (!first.hasScale && second.hasScale) {
    const scale = second.value / ((numberValue(bareNumber(second.numberText)) ?? 1) * fractionOf(second.numberText))
    if (first.value * scale < second.value) first.value = tidy(first.value * scale)
  }
  first.currency ??= second.currency
  return { first, second }
}

function isWeight(text: string, numberEnd: number, unitEnd: number): boolean {
  return /\b(?:weigh\w*|heav\w*|lighter|lost|gained|kilos?|kg)\b/i.test(text.slice(Math.max(0, numberEnd - 40), numberEnd))
    || /^\s?\(\s?[\d.,]+\s?(?:kg|kilo)/i.test(text.slice(unitEnd, unitEnd + 16))
}

/** The unit after the numbers, ending at `end`: kind, unit, where the figure ends, and a factor for "cents"/"pence". */
function readUnit(text: string, end: number, currency: string | null, hasScale: boolean): { kind: FigureKind; unit: string | null; end: number; factor?: number } {
  if (!currency) {
    const percent = at(PERCENT_AT, text, end)
    if (percent) return { kind: 'percent', unit: percentUnit(percent[0]), end: end + percent[0].length }
    const cw = at(CURRENCY_WORD_AT, text, end)
    // "won" is a verb more often than a currency: only "5 billion won" or "South Korean won"
    if (cw && (!/^won$/i.test(cw.groups!.word) || hasScale || cw.groups!.country)) {
      // "weighed 75 pounds (34 kg)": a weight, not sterling
      if (/^pounds?$/i.test(cw.groups!.word) && !hasScale && !cw.groups!.country && isWeight(text, end, end + cw[0].length)) {
        return { kind: 'quantity', unit: 'lb', end: end + cw[0].length }
      }
      const code = wordCurrency(cw.groups!.word, cw.groups!.country)
      // "70 euro cents": hundredths of the currency
      const cents = code && at(CENTS_AT, text, end + cw[0].length)
      if (code && cents) return { kind: 'money', unit: code, end: end + cw[0].length + cents[0].length, factor: 0.01 }
      if (code) return { kind: 'money', unit: code, end: end + cw[0].length }
    }
    const code = at(CODE_AT, text, end)
    if (code) return { kind: 'money', unit: code.groups!.code, end: end + code[0].length }
    const minor = at(MINOR_AT, text, end)
    if (minor && !hasScale) {
      // "lost 40 Canadian cents": hundredths of that country's dollar
      const country = minor.groups!.country
      const unit = country ? wordCurrency('dollars', country) : MINOR_UNITS[(minor.groups!.minor ?? minor.groups!.p ?? '').toLowerCase()]
      return { kind: 'money', unit, end: end + minor[0].length, factor: 0.01 }
    }
  }
  if (currency) return { kind: 'money', unit: currency, end }
  // "a 92-year-old", "an eight-month-old girl": ages, stretches of time lived
  const age = at(AGE_AT, text, end)
  if (age) return { kind: 'duration', unit: timeUnit(age.groups!.unit), end: end + age[0].length }
  const duration = at(DURATION_AT, text, end)
  if (duration) return { kind: 'duration', unit: timeUnit(duration.groups!.unit), end: end + duration[0].length }
  const quantity = at(ATTACHED_AT, text, end) ?? at(SPACED_AT, text, end)
  const q = quantity && quantityUnit(quantity.groups!.unit)
  if (quantity && q) return { kind: q.kind, unit: q.unit, end: end + quantity[0].length }
  return { kind: 'count', unit: null, end }
}

function readOne(text: string, m: RegExpMatchArray): RawFigure | null {
  const numbers = readNumbers(text, m)
  if (!numbers) return null
  const { first, second } = numbers
  const currency = first.currency ?? second?.currency ?? null
  let unit = readUnit(text, (second ?? first).end, currency, first.hasScale || Boolean(second?.hasScale))
  // "1,000 or more kilograms of cocoa", "20 or so people": the unit after the hedge
  const hedge = unit.kind === 'count' ? at(HEDGE_AT, text, unit.end) : null
  if (hedge) {
    const later = readUnit(text, unit.end + hedge[0].length, currency, first.hasScale || Boolean(second?.hasScale))
    if (later.kind !== 'count' && later.kind !== 'duration') unit = later
  }
  if (unit.factor) {
    first.value = tidy(first.value * unit.factor)
    if (second) second.value = tidy(second.value * unit.factor)
  }
  // "a growth rate of -0.1%": a minus sign written against the digits, not a dash between two numbers
  const minus = /(?:^|[\s(])[-−]$/.test(text.slice(Math.max(0, first.start - 2), first.start)) && /^\d/.test(first.numberText) && !first.currency
  if (minus) first.value = -first.value
  return { start: first.start - (minus ? 1 : 0), end: unit.end, first, second, kind: unit.kind, unit: unit.unit, word: !/\d/.test(first.numberText) }
}

/**
 * Read the figure that starts with the number matched by CORE_RE at `m.index`. Two whole figures of one unit make
 * a range too ("a 2% to 3% rise", "3%-5%"), except after a verb of change ("rose from 2% to 3%").
 */
export function readFigure(text: string, m: RegExpMatchArray): RawFigure | null {
  const one = readOne(text, m)
  if (!one || one.second || one.kind === 'count') return one
  const join = at(JOIN_AT, text, one.end)
  const word = join?.[0].trim()
  if (!join || !(word === 'to' || DASH.test(word ?? ''))) return one
  const next = at(CORE_AT, text, one.end + join[0].length)
  if (!next) return one
  next.index = one.end + join[0].length
  const other = readOne(text, next)
  const before = text.slice(Math.max(0, one.start - 30), one.start)
  if (!other || other.second || other.kind !== one.kind || other.unit !== one.unit || other.first.value <= one.first.value) return one
  // "lift net income by 300m euros to 1.8bn euros": the change and the new level, not a range
  if (word === 'to' && (CHANGE_BEFORE.test(before) || BY_BEFORE.test(before))) return one
  return { ...one, end: other.end, second: other.first }
}
