// Who a reporting verb belongs to: its subject before it, or the speaker after it in inverted order.
//
//   "Yuri Ushakov, Mr Putin’s foreign policy adviser, said …"    subject before, over an appositive
//   "a European official who was part of the delegation said …"  subject before, over a relative clause
//   "…,” says Cambridge cartoonist Andre Campbell, whose …"      speaker after (inverted)
import type { Token } from '../../nlp/parse'
import { cueLemma, FRAME_ONLY, WEAK_CUES } from '../lexicon/cue-verbs'
import { PERSON_ROLES } from '../lexicon/roles'
import { nameInPhrase } from '../speakers/names'
import { breaksAfter, canSpeak, isCapitalized, isNounish, phraseEndingAt, phraseStartingAt, tagged, type TokenRange } from '../phrases'

const SKIPPABLE = new Set(['also', 'has', 'have', 'had', 'did', 'does', 'do', 'would', 'will', 'not', 'later', 'then', 'previously',
  'earlier', 'repeatedly', 'once', 'further', 'recently', 'reportedly', 'publicly', 'privately', 'again', 'simply', 'just',
  'often', 'always', 'never', 'since', 'long', 'first', 'separately', 'however', 'too', 'initially', 'subsequently', 'quickly', 'flatly'])
const RELATIVE = new Set(['who', 'which', 'whose'])

/** A reporting verb at token i: "said", "told"; "according to" counts as one cue of two tokens. */
export function cueAt(tokens: Token[], i: number): TokenRange | null {
  const t = tokens[i]
  if (!t) return null
  if (t.normal === 'according' && tokens[i + 1]?.normal === 'to') return { from: i, to: i + 2 }
  // "points out" is a reporting verb in two words
  if (/^point(s|ed|ing)?$/.test(t.normal) && tokens[i + 1]?.normal === 'out') return { from: i, to: i + 2 }
  if (!cueLemma(t.normal)) return null
  // a capital inside a sentence makes it part of a title, "the book They Call Me George", unless the whole
  // line is written in capitals: "Christie Says He Would Issue A Quarantine"
  if (isCapitalized(t) && tokens[i - 1]?.sentence === t.sentence && !/[:"“«]/.test(tokens[i - 1].post + t.pre) && !inTitleCase(tokens, i)) return null
  // "the says …" never; "a statement" is no verb; keep words compromise saw as verbs, or that it could not place
  if (tagged(t, 'Determiner') || tagged(t, 'Preposition')) return null
  if (!tagged(t, 'Verb') && tagged(t, 'Noun') && (!/(ed|s)$/.test(t.normal) || tagged(t, 'Plural'))) return null
  return { from: i, to: i + 1 }
}

/** Whether most words around token i are capitalised, as in a headline. */
function inTitleCase(tokens: Token[], i: number): boolean {
  let capitals = 0, words = 0
  for (let k = Math.max(0, i - 6); k < tokens.length && k <= i + 6; k++) {
    if (tokens[k].sentence !== tokens[i].sentence) continue
    words++
    if (isCapitalized(tokens[k])) capitals++
  }
  return capitals >= 0.7 * words
}

export function isWeakCue(tokens: Token[], cue: TokenRange): boolean {
  const lemma = cueLemma(tokens[cue.from].normal)
  return lemma !== undefined && WEAK_CUES.has(lemma)
}

/** First token of an appositive: "Mr Putin’s foreign policy adviser", "a spokesman for …", "who attended …". */
function opensAppositive(tokens: Token[], i: number, to: number): boolean {
  const t = tokens[i]
  if (RELATIVE.has(t.normal)) return true
  // "…, and a British development worker were …" continues a list, it describes nobody
  if (tagged(t, 'Conjunction')) return false
  if (tagged(t, 'Determiner') || tagged(t, 'Possessive') || tagged(t, 'Value')) return true
  for (let k = i; k < to && k < i + 6; k++) {
    if (PERSON_ROLES.has(tokens[k].normal)) return true
    if (tagged(tokens[k], 'Possessive')) return true
  }
  return false
}

const isNegation = (t: Token) => t.normal === 'not' || t.normal === 'never' || /n['’]t$/.test(t.normal) || tagged(t, 'Negative')

/**
 * Step back over "also", "has", ", however," between a subject and its verb. Returns the subject's last token,
 * whether its comma belongs to a skipped aside ("Scheer, however, said"), and whether the verb is negated
 * ("The Kremlin did not confirm" reports no words).
 */
function skipBack(tokens: Token[], j: number, floor: number): { j: number; aside: boolean; negated: boolean } {
  let aside = false, negated = false
  while (j >= floor) {
    const t = tokens[j]
    if (isNegation(t)) { negated = true; j--; continue }
    if (SKIPPABLE.has(t.normal) || (tagged(t, 'Adverb') && !tagged(t, 'Noun') && !breaksAfter(t))) {
      if (/,/.test(t.post) && j > floor && /,/.test(tokens[j - 1].post)) aside = true
      j--
      continue
    }
    break
  }
  return { j, aside, negated }
}

/**
 * The subject before a comma that closes an appositive chain:
 *   "Sen. Debbie Stabenow, D-Mich., a member of the leadership team, said" → "Sen. Debbie Stabenow"
 *   "His father, Ernie LeBlanc, says" → "Ernie LeBlanc" (the segment that names someone wins)
 *   "Mark Rutte, who attended the talks …, told" → "Mark Rutte"
 */
function appositiveSubject(tokens: Token[], j: number, floor: number): TokenRange | null {
  for (let c = j - 1; c >= floor && c >= j - 40; c--) {
    if (/,/.test(tokens[c].post) && RELATIVE.has(tokens[c + 1].normal)) {
      const np = phraseEndingAt(tokens, c + 1, floor)
      if (np && canSpeak(tokens, np)) return np
    }
  }
  const segments: TokenRange[] = []
  let end = j + 1
  while (segments.length < 4) {
    const np = phraseEndingAt(tokens, end, floor)
    if (!np) break
    segments.push(np)
    const before = np.from - 1
    if (before < floor || !/,/.test(tokens[before].post)) break
    end = before + 1
  }
  const earliest = segments[segments.length - 1]
  const insidePhrase = earliest && earliest.from > floor && tagged(tokens[earliest.from - 1], 'Preposition')
  if (segments.length >= 2 && !insidePhrase) {
    const named = [...segments].reverse().find((r) => nameInPhrase(tokens, r) && canSpeak(tokens, r))
    const first = named ?? segments[segments.length - 1]
    if (canSpeak(tokens, first) && (named || segments[segments.length - 1].from === floor || !/,/.test(tokens[first.from - 1]?.post ?? ''))) return first
  }
  // "Roman, a resident of the area who operates tours to Anak Krakatau, said";
  // "Tareq Hadad, the co-founder … of Peace By Chocolate, a chocolate company based in Antigonish, N.S., says":
  // the farthest appositive that follows a name wins over nearer ones inside it
  let nearest: TokenRange | null = null
  let named: TokenRange | null = null
  for (let c = j - 1; c >= floor && c >= j - 40; c--) {
    if (!/,/.test(tokens[c].post) || !opensAppositive(tokens, c + 1, j + 1)) continue
    const np = phraseEndingAt(tokens, c + 1, floor)
    if (!np || !canSpeak(tokens, np)) continue
    nearest = nearest ?? np
    if (nameInPhrase(tokens, np) && (np.from === floor || !tagged(tokens[np.from - 1], 'Preposition'))) named = np
  }
  return named ?? nearest
}

const COORDINATION = new Set(['and', 'then', 'but', 'before', 'after'])

/**
 * The subject of the first verb of a clause: "Colton laughed and stuttered, “I … I …”" → "Colton";
 * "Later that month, SNC-Lavalin applied for judicial review …, arguing …" → "SNC-Lavalin".
 */
export function clauseSubject(tokens: Token[], floor: number, before: number): TokenRange | null {
  // the clause starts after any quote the sentence opens with: "“… we don’t even know.” Colton laughed and stuttered"
  for (let i = before - 1; i >= floor; i--) {
    if (/[”"»]|''/.test(tokens[i].post)) { floor = i + 1; break }
  }
  for (let v = floor; v < before; v++) {
    const t = tokens[v]
    if (!tagged(t, 'Verb') || tagged(t, 'Gerund') || (tagged(t, 'Noun') && !tagged(t, 'Auxiliary'))) continue
    const { j, negated } = skipBack(tokens, v - 1, floor)
    if (negated || j < floor) return null
    const np = phraseEndingAt(tokens, j + 1, floor)
    return np && canSpeak(tokens, np) ? np : null
  }
  return null
}

/** The subject of the reporting verb at `cue`, searching no further back than `floor`; null when negated. */
export function subjectBefore(tokens: Token[], cue: number, floor: number): TokenRange | null {
  const { j, aside, negated } = skipBack(tokens, cue - 1, floor)
  if (j < floor || negated) return null
  // a second verb of the same subject: "she picked it up and crowed, “…”"
  if (COORDINATION.has(tokens[j].normal)) return clauseSubject(tokens, floor, j)
  if (!aside && /,/.test(tokens[j].post)) return appositiveSubject(tokens, j, floor)
  // "a European official who was part of the delegation to Washington said"
  for (let w = j; w >= floor && w > j - 15; w--) {
    if (breaksAfter(tokens[w]) && w !== j) break
    if (tokens[w].normal === 'who' && w > floor) {
      const np = phraseEndingAt(tokens, w, floor)
      if (np && canSpeak(tokens, np)) return np
      break
    }
  }
  const np = phraseEndingAt(tokens, j + 1, floor)
  return np && canSpeak(tokens, np) ? np : null
}

/** The speaker after an inverted reporting verb: "…,” said Mr Zelenskiy." */
export function speakerAfter(tokens: Token[], from: number, ceil: number): TokenRange | null {
  let np = phraseStartingAt(tokens, from, ceil)
  // no verb can follow an inverted "said": "said lead author Dr. Allan Garland" has "lead" as a noun
  if (!np && tagged(tokens[from], 'Verb') && !tagged(tokens[from], 'PastTense')) {
    const rest = phraseStartingAt(tokens, from + 1, ceil)
    np = rest ? { from, to: rest.to } : null
  }
  if (!np || !canSpeak(tokens, np)) return null
  // "said the US would …": a phrase followed by a verb is the start of a clause, not a speaker
  const next = tokens[np.to]
  if (next && np.to < ceil && !breaksAfter(tokens[np.to - 1]) && tagged(next, 'Verb') && !isNounish(next)) return null
  return np
}

/**
 * A frame verb's past form right after the object of another word describes that object, it reports nothing:
 * "withdrew an app called “Screenwise”", "an example of the trope called out in the advert".
 */
export function reducedRelative(tokens: Token[], subject: TokenRange, cue: number): boolean {
  const before = tokens[subject.from - 1]
  if (!before || before.sentence !== tokens[cue].sentence || breaksAfter(before)) return false
  if (!FRAME_ONLY.has(cueLemma(tokens[cue].normal) ?? '') || !/ed$/.test(tokens[cue].normal)) return false
  return tagged(before, 'Preposition') || (tagged(before, 'Verb') && !tagged(before, 'Auxiliary') && !tagged(before, 'Copula'))
}
