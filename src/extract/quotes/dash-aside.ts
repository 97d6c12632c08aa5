// An aside set off by dashes between a subject and its verb: "Ms Hale — the council's leader — said …",
// "Mr Hale -- never one to mince words -- said …", "Two officials — one from the council, one from the port —
// said …". The words inside describe the subject; read as the phrase before the verb they made "the council's
// leader" or "one from the port" the speaker.
import type { Token } from '../../nlp/parse'
import { isCapitalized, phraseStartingAt, startsClause, tagged, type TokenRange } from '../phrases'

/** A spaced dash written after a token: "Hale —", "Hale --", "Hale –", "Hale -" (a hyphen with a space before it, as BBC copy writes a dash). */
const DASH = /(^|\s)(—|–|--)\s*$|^—$|\s-$/
const RELATIVE = /^(who|whose|which|where)$/

/**
 * The token before the dash that opens an aside ending at token j (whose dash closes it), or -1: a pair of dashes in
 * one sentence with no clause of its own inside ("— the vote was close —" is one), a relative clause being no
 * clause of its own ("— who leads the council —").
 */
export function dashAsideStart(tokens: Token[], j: number, floor: number): number {
  if (!DASH.test(tokens[j]?.post ?? '')) return -1
  for (let k = j - 1; k >= floor && k > j - 30; k--) {
    const t = tokens[k]
    if (t.sentence !== tokens[j].sentence || /[;:!?]/.test(t.post)) return -1
    if (!DASH.test(t.post)) continue
    const inside: TokenRange = { from: k + 1, to: j + 1 }
    if (inside.from > j) return -1
    if (!RELATIVE.test(tokens[inside.from].normal) && startsClause(tokens, inside.from, inside.to, true)) return -1
    return k
  }
  return -1
}

/**
 * The name that opens an aside between dashes, when the aside says who the described subject is: "A former
 * senator -- John McCain, who lost in 2008 -- said" → "John McCain" (as "His father, Tom Okafor, says" names Tom
 * Okafor); null when the aside opens otherwise ("— and, in particular, Mr Reid —" adds someone, it names no one).
 */
export function nameOpeningAside(tokens: Token[], dash: number, j: number): TokenRange | null {
  const np = phraseStartingAt(tokens, dash + 1, j + 1)
  if (!np || !tokens.slice(np.from, np.to).every(isCapitalized)) return null
  if (!tokens.slice(np.from, np.to).some((t) => tagged(t, 'Person') || tagged(t, 'Honorific'))) return null
  // the name is the whole aside, or a comma follows it
  return np.to === j + 1 || /^,$/.test(tokens[np.to - 1].post) ? np : null
}
