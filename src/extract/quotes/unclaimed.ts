// Long quoted words that no verb of saying introduces and no clause around them takes in are still somebody's words.
// A reader counts each of these as a quote:
//
//   The old cleric is shown lecturing: “People of the West, take heed and learn from history.”   → the old cleric
//   Mr Hale was prompted to say, “So far, I cannot believe how civil it has been up here.”      → Mr Hale
//   “It was a mistake,” said Ann Lee. Mr Biden “kind of misspoke. This is not something to talk about.”  → Ann Lee
//
// Short quoted words stay out (a scare quote, "a “dream kitchen”"), and so do titles, names and lists of words.
import type { QuoteCandidate, QuoteContext } from './context'
import { sentenceOf, wordCount } from './context'
import type { QuoteMarkSpan } from './marks'
import { inList, names } from './embedded'
import { cueAt, subjectBefore } from './speaker-phrase'
import { cueLemma } from '../lexicon/cue-verbs'
import { namesSomeone, phraseStartingAt, tagged, type TokenRange } from '../phrases'
import { tokenAt } from '../../nlp/parse'

/** Fewer words than this in quote marks are as often a scare quote or a label as somebody's words. */
const MIN_WORDS = 6

/** Words that open a relative clause, whose own subject follows them: "which the council describes as …". */
const RELATIVE_OPENERS = new Set(['which', 'whom'])

/**
 * The subject of the verb nearest before the quote in its sentence, when it names someone: "… a familiar voice
 * celebrated on Twitter: “…”", "Mr Hale was prompted to say, “…”" (over the infinitive to the verb that has a
 * subject), "the plan, which the council describes as “…”" (the subject inside a relative clause). None when that
 * verb's subject names no one ("The storm left the town in “…”"), or when the quote follows its subject with no
 * verb between ("Mr Biden “kind of misspoke …”": the quote says what he did, and whoever said it spoke before).
 */
function nearestSubject(ctx: QuoteContext, floor: number, first: number, start: number): TokenRange | null {
  const { tokens } = ctx
  for (let v = skipDashAside(ctx, floor, first, start) - 1; v >= floor; v--) {
    const t = tokens[v]
    // "the plan, which the council describes as “…”": the relative clause's own subject, or nobody
    // (not "a scenario in which “…”": there the quote is the clause)
    if (RELATIVE_OPENERS.has(t.normal) && v > floor && !tagged(tokens[v - 1], 'Preposition')) {
      let end = v + 1
      while (end < first && !cueLemma(tokens[end].normal)) end++
      const own = phraseStartingAt(tokens, v + 1, end)
      return own && namesSomeone(tokens, own) ? own : null
    }
    if (ctx.markAt(t.start)) continue
    // (a verb of saying the tagger took for something else is still a verb: "He too suggested …")
    if (!cueAt(tokens, v) && !(tagged(t, 'Verb') && (!tagged(t, 'Noun') || tagged(t, 'Auxiliary')))) continue
    // ("… into her camp.” The minister “could get a deal …”": a sentence the tagger ran on is not this quote's)
    if (/[.!?]["”’]?\s/.test(ctx.text.slice(t.end, tokens[first].start))) return null
    // ("Mr Hale, citing “the quiet charm of the town,” said …": a participle set off by commas is its subject's)
    if (tagged(t, 'Gerund') && /,/.test(tokenAt(tokens, v - 1)?.post ?? '')) {
      const subject = subjectBefore(tokens, v, floor)
      if (subject && namesSomeone(tokens, subject)) return subject
    }
    if (tagged(t, 'Gerund') || tokenAt(tokens, v - 1)?.normal === 'to') continue
    const subject = subjectBefore(tokens, v, floor)
    // ("Mr Hale was prompted to say": the auxiliary before the participle carries the subject)
    if (!subject && (tagged(tokenAt(tokens, v - 1), 'Auxiliary') || tagged(tokenAt(tokens, v - 1), 'Adverb'))) continue
    return subject && subject.to <= v && namesSomeone(tokens, subject) ? subject : null
  }
  return null
}

/**
 * Where to look back from: before an aside set off by dashes that ends right at the quote ("Mr Hale commented on
 * the matter — which the paper called unusual — “However it is dressed up …”": the aside's verb is not his).
 */
function skipDashAside(ctx: QuoteContext, floor: number, first: number, start: number): number {
  const { tokens, text } = ctx
  if (first === 0 || !/[–—]\s*$/.test(text.slice(tokens[first - 1].start, start))) return first
  for (let k = first - 2; k >= floor; k--) if (/\s[–—]\s*$/.test(tokens[k].post)) return k + 1
  return first
}

/** The quote that long quoted words no other rule took make on their own, or null. */
export function unclaimedQuote(ctx: QuoteContext, m: QuoteMarkSpan, i: number): QuoteCandidate | null {
  const inner = ctx.text.slice(m.innerStart, m.innerEnd)
  const words = wordCount(inner)
  if (words < MIN_WORDS || inList(ctx, m, i) || names(ctx, m, inner, words)) return null
  const first = ctx.tokenFrom(m.start)
  if (first >= ctx.tokens.length) return null
  const quote = { type: 'direct' as const, start: m.start, end: m.end, cue: null, found: 'unclaimed-quote' }
  const subject = nearestSubject(ctx, sentenceOf(ctx, first).firstToken, first, m.start)
  if (subject) return { ...quote, speaker: { kind: 'mention', range: subject }, showMention: true, linked: 'clause-subject' }
  return { ...quote, speaker: { kind: 'previous' }, showMention: false, linked: 'previous-quote' }
}
