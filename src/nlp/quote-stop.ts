// compromise runs a sentence on over quote marks that close after the sentence's own stop, so in
// `"We have the numbers." The vote will be close, said Mr Lund.` the quote and the report after it were one
// sentence: the clause before "said" reached back into the quote and the quote, found first, pushed it out. A
// capitalised word after a stop and a closing mark (`." The`, `?” Mr`, `!’ But`) starts a new sentence; a quote
// that ends without a stop (`…,” said`) or one a lower-case word goes on from (`"Stop." and left`) does not.
import type { Token } from './parse'

const CAPITAL = /^\p{Lu}/u
const STOP_THEN_MARK = /[.!?…]['’"”»]+$/

/** Whether the word after token `before` starts a sentence after a quote that closed with a stop. */
export function sentenceAfterQuoteStop(before: Token | undefined, word: string): boolean {
  return !!before && STOP_THEN_MARK.test(before.post) && CAPITAL.test(word)
}
