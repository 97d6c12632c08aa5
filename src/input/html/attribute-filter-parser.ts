// htmlparser2's parser, handing each tag only the attributes a caller asks for. A news page has some 1,500
// attributes, most of which the reader never looks at (src, srcset, alt, width, data-*, onclick, aria-label):
//
//   <img src="/a.jpg" srcset="/a.jpg 1x, /b.jpg 2x" alt="Rain" class="wide" data-lazy="1">  → { class: "wide" }
//
// Each one left out is a value not cut from the page and a property not added to the tag's attribute object.
// What is kept is exactly what htmlparser2 gives (a name in lower case, the value decoded, the first of two
// attributes of the same name).
import { Parser, QuoteType, type Handler, type ParserOptions } from 'htmlparser2'

/** The parser's own field for the attribute being read (private in its types). */
interface Internals {
  attribname: string
}

export class AttributeFilterParser extends Parser {
  /** The attribute being read is one the caller does not ask for. */
  private unasked = false

  /** `asked`: whether an attribute, by its name in lower case, is wanted. */
  constructor(
    handler: Partial<Handler>,
    options: ParserOptions,
    private readonly asked: (name: string) => boolean,
  ) {
    super(handler, options)
  }

  override onattribname(start: number, endIndex: number): void {
    super.onattribname(start, endIndex)
    this.unasked = !this.asked((this as unknown as Internals).attribname)
  }

  override onattribdata(start: number, endIndex: number): void {
    if (!this.unasked) super.onattribdata(start, endIndex)
  }

  override onattribentity(codePoint: number): void {
    if (!this.unasked) super.onattribentity(codePoint)
  }

  override onattribend(quote: QuoteType, endIndex: number): void {
    if (!this.unasked) super.onattribend(quote, endIndex)
    else this.endIndex = endIndex
    this.unasked = false
  }
}
