// "5m" is five million in news copy ("5m people", "£5m"), but five metres in sport ("won the 60m",
// "cleared 4.88m", "a 60m hurdler"). Without a currency, it is millions only before a plural noun.
import { tokenAt, tokenIndexAt } from '../../nlp/parse'
import type { SentenceText } from '../dates/sentence-text'
import type { RawFigure } from './scan'

/** `money`: the amount continues a money figure of its sentence ("with another 650m to follow"): millions. */
export function metresNotMillions(s: SentenceText, f: RawFigure, money: boolean): RawFigure {
  const last = f.second ?? f.first
  if (money || f.kind !== 'count' || f.first.currency || last.scaleText !== 'm') return f
  const article = s.article
  const next = tokenAt(article.tokens, tokenIndexAt(article, s.start + f.end))
  const counted = next && next.sentence === s.sentence && next.start >= s.start + f.end
    && !/^[A-Z]/.test(next.text) && (next.tags.has('Plural') || next.normal === 'of')
  if (counted) return f
  const first = { ...f.first, value: Number((f.first.value / 1e6).toPrecision(12)) }
  const second = f.second ? { ...f.second, value: Number((f.second.value / 1e6).toPrecision(12)) } : null
  return { ...f, first, second, kind: 'quantity', unit: 'metre' }
}
