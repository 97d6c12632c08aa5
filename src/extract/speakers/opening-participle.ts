// A name inside a participle phrase that opens its sentence is no subject of the sentence: "Responding to
// criticism from pundit Alan Hansen, he insisted …" is about someone else ("he"), not Hansen; "Asked about Ann
// Lee, Mr Hale said …" is about Hale.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { tagged } from '../phrases'

/** Whether token i lies in a phrase opened by an -ing or -ed form at the sentence's start, before its first comma. */
export function inOpeningParticiple(tokens: Token[], s: { firstToken: number; endToken: number }, i: number): boolean {
  let first = s.firstToken
  if (/^(and|but|yet|so)$/.test(tokenAt(tokens, first)?.normal ?? '')) first++
  const opener = tokenAt(tokens, first)
  if (!opener || i <= first) return false
  const ing = /ing$/.test(opener.normal) && (tagged(opener, 'Gerund') || tagged(opener, 'Verb'))
  // ("Asked about …", "Pressed on …": a past form with a preposition after it; not "Officials said …")
  const ed = /ed$/.test(opener.normal) && tagged(opener, 'Verb') && tagged(tokenAt(tokens, first + 1), 'Preposition')
  if (!ing && !ed) return false
  for (let k = first; k < i; k++) if (/[,;:]/.test(tokens[k].post)) return false
  // the phrase must close with a comma before the sentence goes on
  for (let k = i; k < s.endToken && k < tokens.length; k++) if (/,/.test(tokens[k].post)) return true
  return false
}
