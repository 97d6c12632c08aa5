// A description with the name set beside it, after a comma: "The Bishop of Quillmore, the Rt Rev Paul Danner, described the
// book as …", "… said the chairman of the committee, Labour MP Ann Reyes." The speaker is the person named, not the
// person the story named last. Not a clause after the comma ("The minister, who met Tom Hale, said"), nor a name that
// goes on into a list ("The minister, Tom Hale and Ann Lee met").
import type { Token } from '../../nlp/parse'
import { PERSON_ROLES } from '../lexicon/roles'
import { breaksAfter, isCapitalized, type TokenRange } from '../phrases'
import { nameInPhrase, type NameMention } from './names'

/** How many words the aside may hold: a title and a name ("the Rt Rev Dr Paul Danner"). */
const ASIDE_WORDS = 8

/** The person's name set after a comma right after the description `r`, or null. */
export function apposedName(tokens: Token[], r: TokenRange): NameMention | null {
  const last = tokens[r.to - 1]
  const first = tokens[r.to]
  if (!first || !/^\s*,\s*$/.test(last.post) || first.sentence !== last.sentence) return null
  let end = r.to
  while (end < tokens.length && end - r.to < ASIDE_WORDS && tokens[end].sentence === last.sentence && !breaksAfter(tokens[end])) end++
  if (end >= tokens.length || end - r.to >= ASIDE_WORDS || tokens[end].sentence !== last.sentence) return null
  // the aside closes with a comma or the sentence: "…, Paul Danner, described", "…, Labour MP Ann Reyes."
  const close = tokens[end].post
  const sentenceEnds = tokens[end + 1]?.sentence !== last.sentence
  if (!/^\s*,/.test(close) && !sentenceEnds) return null
  const name = nameInPhrase(tokens, { from: r.to, to: end + 1 })
  if (!name || name.kind !== 'person' || name.to !== end + 1 || name.to - name.from < 2) return null
  // (before the name, only a title: capitalised words, "the", a role: "the Rt Rev", "Labour MP", "the party's leader")
  for (let i = r.to; i < name.from; i++) {
    const t = tokens[i]
    if (!isCapitalized(t) && !/^(the|a|an)$/.test(t.normal) && !PERSON_ROLES.has(t.normal)) return null
  }
  return name
}
