// Words after a verb whose only finite verb stands in a clause hung on them: a relative clause after a comma or a
// clause of time or reason. They are the verb's object, not a clause it reports.
//
//   Ana Ruiz is writing two new songs for the show, which opens in May.   "writing" reports nothing
//   Traders added an extra 4% to $31.50 after the market had closed.      "added" is arithmetic here
//   The governor declared a state of emergency and deployed the guard.    the object, then the subject's next verb
//
// Not "said the plan, which was costly, would fail" (a verb of its own after the relative clause's comma), nor
// "said the man who was arrested had fled" (a relative clause with no comma: its verbs may be the clause's).
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, isFiniteVerb, opensNextVerbPhrase, PRONOUN_WITH_VERB, tagged } from '../phrases'

const RELATIVES = new Set(['which', 'who', 'whom', 'whose'])
/** Words that open a clause of time or reason hung on the words before them ("… because the market had closed"). */
const HUNG_CLAUSE = new Set(['when', 'while', 'because', 'although', 'though', 'unless', 'whereas'])
/**
 * Prepositions that may open such a clause too ("… after the market had closed"); not after "say" or "tell", whose
 * words are rarely an object: in "said the vote after the meeting was delayed" the clause's verb is "was delayed".
 */
const HUNG_PREPOSITIONS = new Set(['after', 'before', 'until', 'once'])
const CLAUSE_ONLY = new Set(['say', 'tell'])
/** Participles that after a noun describe it rather than make a clause: "a firm based in Leeds", "a song called “Home”". */
const DESCRIBING_PARTICIPLES = new Set(['based', 'called', 'named', 'known', 'titled', 'entitled', 'dubbed', 'headquartered', 'located', 'situated', 'founded'])

/** The token after the comma that closes an aside opened at `from`, or -1 when none does before `end`. */
function afterClosingComma(tokens: Token[], from: number, end: number): number {
  for (let j = from; j < end - 1; j++) {
    if (breaksAfter(tokens[j]) && /[;:.!?]/.test(tokens[j].post)) return -1
    // (a spaced dash closes it too; a word's trailing space is trimmed: "the score - which opens in May - said" has " -")
    if (/,|\s[–—-]$/.test(tokens[j].post)) return j + 1
  }
  return -1
}

/**
 * A verb of a clause at j: a finite one, a bare present after a plural or a pronoun ("obstacles remain", "they
 * plan"), one inside a pronoun's contraction ("she's excited"), or an infinitive after "to" ("told them never to
 * speak of it when …": what was told).
 */
function clauseVerb(tokens: Token[], j: number): boolean {
  const t = tokens[j], prev = tokenAt(tokens, j - 1)
  // ("a musical based on a novel, called “Home”": a participle that names or places the noun before it)
  // (not after a name or a pronoun, which may be its subject: "Ms Lee called the plan a farce"; nor after a verb: "was called")
  if (DESCRIBING_PARTICIPLES.has(t.normal) && !!prev && !['ProperNoun', 'Pronoun', 'Verb', 'Copula', 'Auxiliary', 'Modal', 'Adverb'].some((tag) => tagged(prev, tag))) return false
  if (isFiniteVerb(t) || PRONOUN_WITH_VERB.test(t.normal)) return true
  const bare = tagged(t, 'Verb') && tagged(t, 'PresentTense') && !tagged(t, 'Noun') && !tagged(t, 'Gerund')
  return bare && (tagged(prev, 'Plural') || tagged(prev, 'Pronoun') || prev?.normal === 'to')
}

/** Verb groups from `from` to `end`: runs of verbs, the adverbs inside them included ("had not yet closed"). */
function verbGroups(tokens: Token[], from: number, end: number): number {
  let groups = 0, inGroup = false
  for (let j = from; j < end; j++) {
    const before = tokenAt(tokens, j - 1)
    if (before && breaksAfter(before) && /[;:.!?]/.test(before.post)) break
    const verb: boolean = clauseVerb(tokens, j) || (inGroup && (tagged(tokens[j], 'Verb') || tagged(tokens[j], 'Adverb')) && !tagged(tokens[j], 'Noun'))
    if (verb && !inGroup) groups++
    inGroup = verb
  }
  return groups
}

/**
 * Whether the words from `from` reach a hung clause before any verb of their own, and no verb of a main clause
 * follows it: after its closing comma, or a second verb group after it when no comma closes it ("Patricia Lee,
 * the mother of a man who died in the attack, is “wrong”" has one).
 */
export function verbOnlyInHungClause(tokens: Token[], from: number, end: number, lemma: string): boolean {
  // ("is writing the score for a musical based on a novel, called “Home”": no verb but participles that describe the
  // nouns before them; after "say" or "tell" the tagger's misses are left to the caller)
  if (!CLAUSE_ONLY.has(lemma) && verbGroups(tokens, from, end) === 0 && tokens.slice(from, end).some((t) => DESCRIBING_PARTICIPLES.has(t.normal))) return true
  // ("said they pulled the listing because …": a subject pronoun opens a clause; an object would be "them")
  // ("said she's excited about the study because …": or one with its verb inside)
  if (/^(he|she|they|we|i)(['’](s|re|ll|d|ve|m))?$/.test(tokens[from]?.normal ?? '')) return false
  let j = from
  while (j < end) {
    const t = tokens[j]
    if (j > from && clauseVerb(tokens, j)) return false
    // ("declared a state of emergency and deployed the guard": "and" hands the subject on to its next verb)
    // (not "said the council and deployed staff were tired": a second verb after it is the clause's)
    // (nor after "say" or "tell", whose object is words: "said “The Hispanics” and swears they love him")
    if (j > from && !CLAUSE_ONLY.has(lemma) && opensNextVerbPhrase(tokens, j) && verbGroups(tokens, j + 1, end) < 2) return true
    const relative = j > from && RELATIVES.has(t.normal) && /,/.test(tokens[j - 1].post)
    // ("after" as a preposition before a noun and no verb, "after the vote on Monday", is part of the object)
    // ("the days when the nation had one story are gone": "when" after a noun of time opens a relative clause)
    const opener = HUNG_CLAUSE.has(t.normal) || (HUNG_PREPOSITIONS.has(t.normal) && !CLAUSE_ONLY.has(lemma))
    const hung = j > from && opener && !breaksAfter(tokens[j - 1]) && subjectAndVerbAfter(tokens, j + 1, end)
    if (relative || hung) {
      const next = afterClosingComma(tokens, j + 1, end)
      if (next < 0) return verbGroups(tokens, j + 1, end) < 2
      j = next
      continue
    }
    if (breaksAfter(t) && /[;:.!?]/.test(t.post)) return false
    j++
  }
  return false
}

/** A subject and a verb right after a subordinator: "the market had closed" (not "the vote on Monday"). */
function subjectAndVerbAfter(tokens: Token[], from: number, end: number): boolean {
  for (let j = from; j < end && j < from + 6; j++) {
    if (clauseVerb(tokens, j)) return j > from || /['’]/.test(tokens[j].normal)
    if (breaksAfter(tokens[j]) || !(tagged(tokens[j], 'Noun') || tagged(tokens[j], 'Determiner') || tagged(tokens[j], 'Adjective') || tagged(tokens[j], 'Possessive'))) return false
  }
  return false
}
