// A writing whose author is named right after the words that name it: "according to a Twitter post by Amy Cook,
// …" is Amy Cook's, "according to the report by Tasnim News Agency, …" the agency's. The speaker phrase a rule
// hands over may stop at the writing ("a Twitter post"), leaving the "by" phrase outside it; without this, the
// platform before the writing ("Twitter") or the writing itself ("the report") was taken for the speaker.
// (not "a poll by phone", "the report by Friday": what follows "by" must name someone)
// The same for the agent of a participle of making a writing known: "according to figures published by the ministry".
import { tokenAt } from '../../nlp/parse'
import { namesSomeone, phraseStartingAt, tagged, type TokenRange } from '../phrases'
import type { Token } from '../../nlp/parse'

/**
 * Participles of making a writing known, whose agent is its author: "figures published by the ministry",
 * "calculations presented to the Senate by Dr Hale", "a study carried out by Hadley University". Not those of
 * getting hold of one ("a report seen by the Gazette", "a memo obtained by reporters"), whose agent only read it,
 * nor of paying for one ("research commissioned by the charity", "a study funded by the council"): the one who paid
 * did not write it, and the writing speaks for itself.
 * (quotes/phrase-aside.ts PUT_OUT is the wider list of how a statement came out, "obtained" and "given" among them.)
 */
const AUTHORING = new Set(['published', 'presented', 'released', 'compiled', 'produced', 'conducted', 'carried',
  'written', 'issued', 'prepared', 'drawn', 'authored', 'posted', 'sent', 'made', 'signed', 'led', 'undertaken', 'submitted', 'filed'])

/** The phrase naming a writing's author right after the phrase r ends: "by Amy Cook" after "a Twitter post". */
export function authorAfter(tokens: Token[], r: TokenRange, owned = false): TokenRange | null {
  const last = tokens[r.to - 1]
  // ("The study, carried out by Prof Tom Hale, says …": the participle and its agent set off by commas, an aside
  // that must close after the agent; not "The report, by then, said …")
  const aside = last.post.trim() === ',' && AUTHORING.has(tokenAt(tokens, r.to)?.normal ?? '')
  if (/[,;:]/.test(last.post) && !aside) return null
  let at = r.to
  // ("figures published by the ministry", "calculations presented to the Senate by Dr Hale": the agent of a
  // participle of making it known, a few words on, within the clause)
  // (not when a name before the writing says whose it is: "Acme's notice published by GitHub", "an Acme report
  // released by the council"; "a Twitter post by Amy Cook" is hers all the same)
  if (AUTHORING.has(tokenAt(tokens, at)?.normal ?? '')) {
    if (owned) return null
    let k = at + 1
    // (a day between them may have been taken into a phrase of its own: "a memo released Friday by the watchdog"
    // named "Friday by the watchdog"; such a writing keeps no author)
    while (k < tokens.length && k <= at + 6 && tokens[k].sentence === last.sentence && tokens[k].normal !== 'by' && !/[,;:]/.test(tokens[k - 1].post)) {
      if (tagged(tokens[k], 'Date')) return null
      k++
    }
    if (tokenAt(tokens, k)?.normal !== 'by' || /[,;:]/.test(tokens[k - 1].post)) return null
    at = k
  }
  const by = tokenAt(tokens, at)
  if (!by || by.normal !== 'by' || by.sentence !== last.sentence) return null
  const end = tokens.findIndex((t, i) => i > at && t.sentence !== by.sentence)
  const author = phraseStartingAt(tokens, at + 1, end < 0 ? tokens.length : end)
  if (aside && (!author || !asideClosesAfter(tokens, author.to))) return null
  return author && namesSomeone(tokens, author) ? beforeTime(tokens, author) : null
}

/**
 * Whether the aside closes with a comma at the agent's last word or after the time that follows it: "The study,
 * published by the Hadley Institute on Monday, found …" (not "The report, published by the council and its partners
 * in the region, found …": the aside goes on with more than a time).
 */
function asideClosesAfter(tokens: Token[], to: number): boolean {
  for (let k = to - 1; k < tokens.length && k < to + 4; k++) {
    if (k >= to && !tagged(tokens[k], 'Date') && !/^(on|in|last|this|at)$/.test(tokens[k].normal)) return false
    if (tokens[k].post.trim() === ',') return true
  }
  return false
}

/** A phrase without the time that ends it: "the Brookings Institution | last year" (the tagger takes it in). */
function beforeTime(tokens: Token[], r: TokenRange): TokenRange {
  let to = r.to
  while (to > r.from + 1 && tagged(tokens[to - 1], 'Date')) to--
  while (to > r.from + 1 && to < r.to && /^(last|this|next|early|late|earlier|later)$/.test(tokens[to - 1].normal)) to--
  return { from: r.from, to }
}
