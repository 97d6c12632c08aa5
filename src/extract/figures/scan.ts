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
// "5 million", "5m", "5bn", "5 bn", "two hundred thousand"; one-letter scales only written against the digits
const SCALE = `(?:(?<scale>\\s(?:${SCALE_WORD})|\\s?(?:bn|mn|tn|trn|bln|mln)|[mbkMBK])\\b(?<scale2>\\s(?:thousand|million|billion))?)?`
// digits not glued to a word before them ("G8", "MH17" are names); words; "a"/"half a" only before a scale ("a million")
const NUMBER = `(?<num>(?<![\\w.,])${NUMBER_DIGITS}(?!\\d)|\\b(?:${NUMBER_WORD})\\b|\\b(?:half\\s)?an?(?=\\s(?:${SCALE_WORD})\\b))`
const CORE = `(?<cur>${CURRENCY_PREFIX})?${NUMBER}${SCALE}`

export const CORE_RE = new RegExp(CORE, 'gi')
const CORE_AT = new RegExp(CORE, 'iy')
const JOIN_AT = /\s?(?:-|–|—|to|and)\s?/y
const PERCENT_AT = new RegExp(`(?:${PERCENT_UNIT})`, 'iy')
const CURRENCY_WORD_AT = new RegExp(`(?:\\s(?<country>${COUNTRY}))?\\s(?<word>${CURRENCY_WORD})\\b`, 'iy')
const CODE_AT = new RegExp(`\\s?(?<code>${CODE_AFTER})\\b`, 'y')
const MINOR_AT = /(?:\s(?<minor>cents|pence)\b|(?<p>p)\b)/y
const AGE_AT = /(?:-years?-olds?\b|\syears?\solds?\b|\syears?\sof\sage\b)/iy
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
  const text = g.num.replace(/^half\s/i, '')
  const base = numberValue(text)
  if (base === null) return null
  const half = /^half\s/i.test(g.num) ? 0.5 : 1
  return {
    start, end: start + m[0].length, value: tidy(base * half * scaleOf(g)), currency: g.cur ? prefixCurrency(g.cur) : null,
    hasScale: Boolean(g.scale), numberText: g.num,
  }
}

function at(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index
  return re.exec(text)
}

/** Read the figure that starts with the number matched by CORE_RE at `m.index`. */
export function readFigure(text: string, m: RegExpMatchArray): RawFigure | null {
  const first = partOf(m, m.index!)
  if (!first) return null
  let end = first.end
  let second: NumberPart | null = null
  // a second number: "3-5%", "$1.3 to $1.5bn", "between 10 and 15"
  const join = at(JOIN_AT, text, end)
  if (join) {
    const next = at(CORE_AT, text, end + join[0].length)
    const candidate = next && partOf(next, end + join[0].length)
    const word = join[0].trim()
    const between = /\bbetween\s(?:[$£€¥]|US\$)?$/i.test(text.slice(Math.max(0, first.start - 12), first.start))
    const sameCurrency = !first.currency || !candidate?.currency || first.currency === candidate.currency
    // "X to Y" is a range when X leaves its scale to Y ("$1.3 to $1.5bn", "10 to 15 people");
    // "from $10.9bn to $11.1bn" is a change between two figures
    const incomplete = !first.hasScale
    if (candidate && sameCurrency && candidate.value > first.value
      && (word === '-' || word === '–' || word === '—' || (word === 'and' ? between : incomplete || between))) {
      second = candidate
      end = candidate.end
      // "$1.3 to $1.5bn": the scale written once applies to both ends
      if (!first.hasScale && candidate.hasScale) {
        const scale = candidate.value / (numberValue(candidate.numberText.replace(/^half\s/i, '')) ?? 1)
        first.value = tidy(first.value * scale)
        if (first.value >= candidate.value) first.value = tidy(first.value / scale)
      }
      first.currency ??= candidate.currency
    }
  }
  const currency = first.currency ?? second?.currency ?? null
  const done = (kind: FigureKind, unit: string | null, to: number): RawFigure =>
    ({ start: first.start, end: to, first, second, kind, unit, word: !/\d/.test(first.numberText) })

  const percent = at(PERCENT_AT, text, end)
  if (percent && !currency) return done('percent', percentUnit(percent[0]), end + percent[0].length)
  if (!currency) {
    const cw = at(CURRENCY_WORD_AT, text, end)
    // "won" is a verb more often than a currency: only "5 billion won" or "South Korean won"
    if (cw && (!/^won$/i.test(cw.groups!.word) || first.hasScale || cw.groups!.country)) {
      const code = wordCurrency(cw.groups!.word, cw.groups!.country)
      if (code) return done('money', code, end + cw[0].length)
    }
    const code = at(CODE_AT, text, end)
    if (code) return done('money', code.groups!.code, end + code[0].length)
    const minor = at(MINOR_AT, text, end)
    if (minor && !first.hasScale) {
      const unit = MINOR_UNITS[(minor.groups!.minor ?? minor.groups!.p ?? '').toLowerCase()]
      first.value = tidy(first.value / 100)
      if (second) second.value = tidy(second.value / 100)
      return done('money', unit, end + minor[0].length)
    }
  }
  if (currency) return done('money', currency, end)
  const age = at(AGE_AT, text, end)
  if (age) return done('quantity', 'year', end + age[0].length)
  const duration = at(DURATION_AT, text, end)
  if (duration) return done('duration', timeUnit(duration.groups!.unit), end + duration[0].length)
  const attached = at(ATTACHED_AT, text, end) ?? at(SPACED_AT, text, end)
  if (attached) {
    const q = quantityUnit(attached.groups!.unit)
    if (q) return done(q.kind, q.unit, end + attached[0].length)
  }
  return done('count', null, end)
}
