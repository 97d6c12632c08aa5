// Quoted words after "as" that say what someone made of a person or a thing are that someone's words, however short:
//
//   Ms Lee has been pounding the mayor as a “con artist” all week.      → "the mayor as a “con artist” all week" (Ms Lee)
//   Hale dismissed the critics as part of the “downtown club”.           → "the critics as part of the “downtown club”" (Hale)
//   The paper rated 30% of his claims as “false”.                        → "30% of his claims as “false”" (The paper)
//
// Alone, short quoted words after an article name a thing ("a “con artist” scheme"); after "VERB someone as" they are
// what the verb's subject called them. Not a name given by nobody ("known as", "billed as", "referred to as"), nor
// "such as" or "as well as", nor "as" that opens a clause of time ("as the “surge” began").
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, tagged } from '../phrases'

/** Verbs whose "as" gives a name nobody in the sentence chose: "known as", "billed as". */
const NAMELESS = /^(known|billed|touted|referred|such|well|same|so|just|even|served|serves|serve|serving|acts|acted|act|acting|works|worked|work|working)$/

/** Whether the quoted words at token `first` follow "VERB someone as (a …)": a verb of the sentence, its object, "as". */
export function characterizedAs(tokens: Token[], first: number, floor: number): boolean {
  let a = first - 1
  // "as a “con artist”", "as part of the “club”": an article, an adjective, "part of the"
  for (let n = 0; n < 4 && a > floor && tokens[a].normal !== 'as'; n++, a--) {
    const t = tokens[a]
    if (breaksAfter(t) || !(tagged(t, 'Determiner') || tagged(t, 'Adjective') || /^(part|of|one|among)$/.test(t.normal))) return false
  }
  if (a <= floor || tokens[a].normal !== 'as' || NAMELESS.test(tokenAt(tokens, a - 1)?.normal ?? '')) return false
  // the object between the verb and "as": a few words of a noun phrase, no punctuation
  for (let k = a - 1, n = 0; k >= floor && n < 8; k--, n++) {
    const t = tokens[k]
    if (breaksAfter(t)) return false
    if (tagged(t, 'Verb') && !tagged(t, 'Copula') && !tagged(t, 'Auxiliary') && !(tagged(t, 'Noun') && !tagged(t, 'Gerund'))) {
      // (the verb must have an object before "as": "pounding the mayor as", not "acted as")
      return k < a - 1 && !NAMELESS.test(t.normal)
    }
  }
  return false
}
