// Bodies the article names in full before it names them by their kind: "The Hadley city council met on
// Tuesday. … The council said it would vote again." The full name is registered where it stands, so that
// "the council" later is that body, named "the Hadley city council", and not a body of its own.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { ORGANIZATION_NOUNS } from '../lexicon/roles'
import { breaksAfter, isCapitalized, isNounish, phraseEndingAt, tagged, type TokenRange } from '../phrases'

/** Phrases headed by a word for a body with a name in them: "the Hadley city council", "the Labour Party". */
export function findBodies(tokens: Token[], sentenceStart: (i: number) => number): TokenRange[] {
  const bodies: TokenRange[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!ORGANIZATION_NOUNS.has(t.normal) || (tagged(t, 'Verb') && !tagged(t, 'Noun'))) continue
    // "the council meeting" names a meeting
    const next = tokenAt(tokens, i + 1)
    if (next && next.sentence === t.sentence && !breaksAfter(t) && isNounish(next) && !tagged(next, 'Determiner')) continue
    const floor = sentenceStart(i)
    const np = phraseEndingAt(tokens, i + 1, floor)
    if (!np || np.to !== i + 1) continue
    const named = tokens.slice(np.from, i).some((w, k) => isCapitalized(w) && !tagged(w, 'Determiner') && !(np.from + k === floor))
    if (named) bodies.push(np)
  }
  return bodies
}
