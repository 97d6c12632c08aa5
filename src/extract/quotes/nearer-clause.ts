// Quoted words deep in a sentence belong to the nearest clause that holds them, not to the sentence's first verb:
//
//   The mayor backed the budget, although she made it clear she has “grave doubts” about parking.
//        → "it clear she has “grave doubts” about parking" (cue "made"; the mayor, whom "she" stands for)
//   Hale thanked the crews, and at the end the crowd chanted “Hale! Hale!” in the hall.  → "“Hale! Hale!” in the hall" (the crowd)
//   Ms Ruiz praised the chief, who has long vowed to shut the depot over its “rotten floors.”  → "to shut …" (the chief)
//   Hale met the donors and promised them a “fair shake” on taxes.  → "them a “fair shake” on taxes" (Hale)
//   Lee mocked the plan, calling it “a fantasy.”                    → "it “a fantasy.”" (Lee)
//
// Not a clause that closes before the quoted words ("The mayor opposed the bill, which passed in May, as “cruel”"),
// nor a verb inside a noun phrase ("He criticised the law signed in May as “cruel”"), nor "that" after an adjective
// ("made it clear that she has …" keeps "made").
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import type { TokenRange } from '../phrases'
import { breaksAfter, isFiniteVerb, namesSomeone, phraseEndingAt, PREPOSITIONS, tagged } from '../phrases'

export interface NearerClause {
  /** the verb of the nearer clause: the quote's cue */
  verb: number
  /** the first token of what that verb says */
  from: number
  /** who speaks in that clause, when it is someone else than the sentence's subject; null keeps the subject */
  subject: TokenRange | null
  /** the clause's own subject names no one ("…, but the coroner's report would classify him as a “casual” user") */
  thing?: boolean
}

/** Words that open a clause of their own with a subject after them: "although she made …", ", and the crowd chanted …". */
// (not a relative word: in "his tweets in which he called her “rude”" the noun the clause hangs on is what was said)
const OPENERS = new Set(['and', 'but', 'although', 'though', 'while', 'whereas', 'because', 'after', 'before', 'when', 'as'])
/** Relative words whose clause speaks for the noun before them when it has no subject of its own: "the chief, who has vowed …". */
const RELATIVES = new Set(['who', 'which'])
/** Words that open a participle's clause: "before claiming …" (not "by": "specifically by having “…”" says how, not what). */
const PARTICIPLE_OPENERS = new Set(['before', 'after', 'while', 'without'])
/** Verbs too light to say anything themselves: "she has “concerns”", "it was “a farce”". */
const LIGHT = /^(has|have|had|is|are|was|were|be|been|being|do|does|did|get|gets|got|seem|seems|seemed)$/

const skippable = (t: Token | undefined) => !!t && (tagged(t, 'Adverb') || tagged(t, 'Auxiliary') || tagged(t, 'Modal') || tagged(t, 'Negative') ||
  /^(also|then|later|again|once|still|even|now|not|never|often|publicly|repeatedly)$/.test(t.normal)) && !tagged(t, 'Gerund')

/** The start of what verb k says: past the verbs, adverbs and particles that go with it ("began talking about | what"). */
function complementStart(tokens: Token[], k: number, first: number): number {
  let from = k + 1
  while (from < first && !breaksAfter(tokens[from - 1]) &&
    (tagged(tokens[from], 'Verb') || skippable(tokens[from]) || /^(for|about|of|on|to|out|up)$/.test(tokens[from].normal)) &&
    !(tokens[from].normal === 'to' && tagged(tokenAt(tokens, from + 1), 'Verb'))) from++
  return from
}

/** The subject of verb k, with the word that opens its clause before it: "although | she made", ", and at noon | the crowd chanted". */
function ownSubject(tokens: Token[], k: number, floor: number): { subject: TokenRange; opener: number } | null {
  let j = k - 1
  while (j >= floor && skippable(tokens[j])) j--
  if (j < floor || breaksAfter(tokens[j])) return null
  const subject = phraseEndingAt(tokens, j + 1, floor)
  if (!subject) return null
  // the opener comes right before the subject or after a short phrase of time or place ("and at one point | the crowd")
  for (let o = subject.from - 1; o >= floor && o >= subject.from - 5; o--) {
    const t = tokens[o]
    if (OPENERS.has(t.normal) && o === subject.from - 1) return { subject, opener: o }
    // (", and at one point the crowd …": a phrase of time or place after the comma's "and", nothing else)
    if (/^(and|but)$/.test(t.normal) && /,/.test(tokenAt(tokens, o - 1)?.post ?? '') && PREPOSITIONS.has(tokens[o + 1].normal)) return { subject, opener: o }
    if (tagged(t, 'Verb') || (o < subject.from - 1 && breaksAfter(t) && !/,/.test(t.post))) return null
    if (/,/.test(t.post) && o === subject.from - 1) return null
  }
  return null
}

/**
 * The clause nearest before quoted words at token `first` that holds them, between `from` (just after the sentence
 * subject's verb) and the quoted words; or null when the quoted words are what that first verb governs.
 */
export function nearerClause(tokens: Token[], from: number, first: number, floor: number): NearerClause | null {
  for (let k = first - 1; k >= from; k--) {
    const t = tokens[k]
    // a comma, colon or dash between a verb and the quoted words closes that verb's clause before them
    if (k < first - 1 && breaksAfter(t)) return null
    if (!tagged(t, 'Verb') || tagged(t, 'Auxiliary') || tagged(t, 'Modal') || tagged(t, 'Copula') || LIGHT.test(t.normal)) continue
    if (tagged(t, 'Noun') && !tagged(t, 'Gerund')) continue
    if ((tagged(t, 'Participle') || tagged(t, 'Passive')) && !tagged(t, 'PastTense')) continue
    let j = k - 1
    while (j >= from && skippable(tokens[j])) j--
    const before = tokenAt(tokens, j)
    if (!before || j < floor) return null
    const start = complementStart(tokens, k, first)
    // ", calling it …", "before claiming …": a participle hands on the sentence's subject
    if (tagged(t, 'Gerund') && (/,/.test(before.post) || PARTICIPLE_OPENERS.has(before.normal))) return { verb: k, from: start, subject: null }
    if (tagged(t, 'Gerund')) continue
    // "… and promised them …": a second verb of the same subject
    if (/^(and|but)$/.test(before.normal) && isFiniteVerb(t)) return { verb: k, from: start, subject: null }
    // "the chief, who has vowed …": a relative clause speaks for the noun it follows
    if (RELATIVES.has(before.normal) && isFiniteVerb(t)) {
      const head = phraseEndingAt(tokens, j, floor)
      return head && namesSomeone(tokens, head) ? { verb: k, from: start, subject: head } : null
    }
    // "although she made …", ", and the crowd chanted …": a clause with a subject of its own
    // (a bare present after a noun may be a plural noun the tagger took for a verb: "the film and the Larkin books for
    // being “gloomy”"; a past tense, an auxiliary or a pronoun before it settles it)
    const own = ownSubject(tokens, k, from)
    const settled = tagged(t, 'PastTense') || j < k - 1 || (own !== null && own.subject.to - own.subject.from === 1 && tagged(tokens[own.subject.from], 'Pronoun'))
    if (own && (isFiniteVerb(t) || j < k - 1) && settled) {
      const s = own.subject
      // ("although she …": a pronoun for a person is the clause's mention; the resolver finds whom it stands for)
      if (s.to - s.from === 1 && /^(he|she)$/.test(tokens[s.from].normal)) return { verb: k, from: start, subject: s }
      return namesSomeone(tokens, s) ? { verb: k, from: start, subject: s } : { verb: k, from: start, subject: null, thing: true }
    }
  }
  return null
}
