// htmlparser2's tokenizer, made to step over what it has no use for in one search instead of a character at a
// time. The tokenizer is a state machine that looks at every character of the page, and most characters change
// nothing: the letters of a paragraph, of a class name, of a data-track='{"id": 7, …}' attribute, of a script.
// Here, in those states, it jumps to the next character that can change something, found by indexOf:
//
//   text                  <p>Rain fell all night.</p>     → the next "<" or "&"
//   a quoted attribute    class="story story--wide"       → the closing quote or the next "&"
//   a script, a comment   <script>var a = 1 …</script>    → the next "<" (htmlparser2's own fastForwardTo, which
//                                                            steps a character at a time)
//
// The events are the ones htmlparser2's own tokenizer gives, to the character (__tests__ compare the two on
// tricky markup): what the states look at is unchanged, only characters that every state here passes over are
// skipped. The state methods replaced are htmlparser2 10.1.0's (package.json pins that version); the parser
// takes a tokenizer class as an option, for this use.
import { Tokenizer } from 'htmlparser2'

const LT = 0x3c // <
const AMP = 0x26 // &

/** The tokenizer's own fields and methods used here (private in its types). */
interface Internals {
  buffer: string
  index: number
  offset: number
  stateText(c: number): void
  handleInAttributeValue(c: number, quote: number): void
  fastForwardTo(c: number): boolean
  /** Where the next "&" is in `ampBuffer`, at `ampAt` or after (the buffer's length when there is none). */
  ampBuffer?: string
  ampAt?: number
}

export class SkippingTokenizer extends Tokenizer {}

const base = Tokenizer.prototype as unknown as Internals
const skipping = SkippingTokenizer.prototype as unknown as Internals

/** The next "&" at `from` or after, or the buffer's length: searched once for all the text before it. */
function nextAmp(tokenizer: Internals, from: number): number {
  if (tokenizer.ampBuffer !== tokenizer.buffer || tokenizer.ampAt! < from) {
    const at = tokenizer.buffer.indexOf('&', from)
    tokenizer.ampBuffer = tokenizer.buffer
    tokenizer.ampAt = at === -1 ? tokenizer.buffer.length : at
  }
  return tokenizer.ampAt!
}

/** Leaves the tokenizer on the character before the next of `stop` or "&" (its loop steps on to that one). */
function skipTo(tokenizer: Internals, stop: string): void {
  const from = tokenizer.index - tokenizer.offset + 1
  let at = tokenizer.buffer.indexOf(stop, from)
  if (at === -1) at = tokenizer.buffer.length
  tokenizer.index = Math.min(at, nextAmp(tokenizer, from)) + tokenizer.offset - 1
}

skipping.stateText = function (this: Internals, c: number) {
  if (c === LT || c === AMP) base.stateText.call(this, c)
  else skipTo(this, '<')
}

skipping.handleInAttributeValue = function (this: Internals, c: number, quote: number) {
  if (c === quote || c === AMP) base.handleInAttributeValue.call(this, c, quote)
  else skipTo(this, quote === 0x22 ? '"' : "'")
}

skipping.fastForwardTo = function (this: Internals, c: number) {
  const at = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1)
  if (at !== -1) {
    this.index = at + this.offset
    return true
  }
  // where htmlparser2's own leaves it: on the last character, its loop stepping past the end
  this.index = this.buffer.length + this.offset - 1
  return false
}
