// Where a question put to someone ends, when it opens the sentence before the answer:
//
//   When asked why, Ms Lee smiled.                                          → "why"
//   Asked whether he feared that Tom Hale, the front-runner, could win, Mr Baker said no.
//                                                                           → "whether he feared that Tom Hale, the front-runner, could win"
//
// The question runs over commas of its own asides to the comma after which the answer's clause, a subject and its
// verb, begins; with no such clause it ends at its first comma as before ("When asked about the plan, smiling, …").
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { QUESTION_WORDS } from '../lexicon/verb-frames'
import { startsClause, tagged, type TokenRange } from '../phrases'

/** A question word alone after "asked", closed by a comma: "When asked why, …" (the opening clause ends there). */
export function loneQuestionWord(tokens: Token[], cue: TokenRange): { start: number; frame: string } | null {
  const t = tokenAt(tokens, cue.to)
  return t && QUESTION_WORDS.has(t.normal) && /^,$/.test(t.post) && !/,/.test(tokens[cue.to - 1].post) ? { start: cue.to, frame: 'question' } : null
}

/** Words that open an aside of the question's own after a comma: a relative clause or an appositive ("the front-runner"). */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'where'])
const opensAside = (t: Token | undefined) => !!t && (RELATIVES.has(t.normal) || tagged(t, 'Determiner'))

/**
 * The last token of a question that starts at `from`: the one before the comma that opens the answer's clause, over
 * asides of the question's own. When the answer comes after it (`answerFollows`, a question that opens the sentence)
 * and no clause is found, the one before its first comma; else the sentence's last ("The mayor was asked whether the
 * bridge, which opened in May, was safe").
 */
export function questionLast(tokens: Token[], from: number, end: number, answerFollows: boolean): number {
  let first = -1
  for (let k = from; k < end && k < from + 40; k++) {
    if (!/,/.test(tokens[k].post)) continue
    if (first < 0) first = k
    if (/[.;:!?]/.test(tokens[k].post)) return first
    const next = tokenAt(tokens, k + 1)
    if (!RELATIVES.has(next?.normal ?? '') && startsClause(tokens, k + 1, end, true)) return k
    if (opensAside(next) || k !== first) continue
    return first
  }
  return first < 0 || !answerFollows ? end : first
}
