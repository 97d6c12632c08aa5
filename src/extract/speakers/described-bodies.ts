// Bodies named by their kind as a clause's subject, where no quote names them: "The commission, a panel of three auditors,
// had been told to check the fares. But it said its figures were far from final" is the commission, the
// subject before, not the Hadley Council quoted two sentences earlier. The phrase is resolved as a speaker's would be
// ("the commission" → the Quillmore Fares Commission named before), so that the body is mentioned as a subject there.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { ORGANIZATION_NOUNS } from '../lexicon/roles'
import { breaksAfter, isCapitalized, tagged, type TokenRange } from '../phrases'

/** Words for a body whose description the subject may be: "the company", "the commission", "the bank". */
// (not a building, which is shut or open rather than saying anything: "The office was closed")
const BODY_HEADS = new Set([...ORGANIZATION_NOUNS].filter((w) => !/^(party|campaign|team|club|school|hospital|church|station|channel|paper|newspaper|magazine|state|city|county|district|province|region|police|force|military|army|navy|opposition|body|office|center|centre|embassy|consulate|palace|mosque|synagogue|temple|parish|diocese|congregation|newsroom)$/.test(w)))
/** Forms of "be" right after the phrase: "The firm was founded in 1990" says what befell it, not what it did. */
const BE = /^(is|was|are|were|been|being)$/

/**
 * "The commission", "the German company", "the firm": "the", words that describe (no names, no numbers), then a
 * word for a body that ends the phrase, at a sentence's start or after a conjunction that opens it, in sentences
 * that are not inside quote marks. Not "the company's shares" (a possessive), "the council meeting" (a noun after
 * it), "the Commission on Fair Play" (a name).
 */
export function describedBodies(tokens: Token[], firstOf: (i: number) => number): TokenRange[] {
  const found: TokenRange[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!BODY_HEADS.has(t.normal) || isCapitalized(t) || /['’]s$/.test(t.text) || tagged(t, 'Possessive')) continue
    // ("the small firm closed": the tagger may read the head as an adjective; a verb after it says it is the head)
    const verbAfter = tokenAt(tokens, i + 1)?.sentence === t.sentence && tagged(tokens[i + 1], 'Verb') && !tagged(tokens[i + 1], 'Noun')
    if (!tagged(t, 'Noun') && !verbAfter) continue
    let from = i - 1
    // (a people's word is no name: "the German company")
    while (from >= 0 && tokens[from].sentence === t.sentence && tagged(tokens[from], 'Adjective') && (!isCapitalized(tokens[from]) || tagged(tokens[from], 'Demonym')) && !breaksAfter(tokens[from])) from--
    // ("The other group", "the rival firm": a body other than the one named before, which the phrase would find)
    if (tokens.slice(from + 1, i).some((w) => /^(other|rival|new|second|third)$/.test(w.normal))) continue
    const the = tokenAt(tokens, from)
    if (!the || the.normal !== 'the' || the.sentence !== t.sentence || breaksAfter(the)) continue
    // at the sentence's start, or after "But", "And", "However,"
    const first = firstOf(i)
    const opener = from === first || (from === first + 1 && /^(but|and|yet|so|however|meanwhile)$/.test(tokens[first].normal))
    if (!opener || /["“”]/.test(the.pre)) continue
    const next = tokenAt(tokens, i + 1)
    if (next && next.sentence === t.sentence && !breaksAfter(t) && (tagged(next, 'Noun') && !tagged(next, 'Verb') || next.normal === 'of' || isCapitalized(next) || BE.test(next.normal))) continue
    found.push({ from, to: i + 1 })
  }
  return found
}
