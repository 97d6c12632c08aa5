// Article furniture: the parts of a page that are not the story and never yield quotes, figures or dates.
//
//   "… at the White House in Washington. Photograph: Doug Mills/The New York Times"   a photo caption
//   "[ Four key takeaways from Trump’s White House summit on UkraineOpens in new window ]"   a link box
//   "… Mr Trump said. – Financial Times/Reuters"                                     an agency credit
//   "READ MORE: Storm closes coastal road …", "Story continues below advertisement"
import type { Paragraph } from '../nlp/paragraphs'

export interface Range {
  start: number
  end: number
}

const CAPTION = /\b(?:Photograph|Photo|Photos|Picture|Image|Illustration|Video|Credit|Photo credit)s?\s*:\s*\S[^\n]{0,120}$/
// "(Jane Albury/CBC)", "( THE CANADIAN PRESS FILE PHOTO )" or "Tom Okafor/The Canadian Press" closing a short caption
const CAPTION_CREDIT = /\((?:[^()/\n]{1,40}\/)+[^()/\n]{1,40}\)\s*$|\([^()\n]{0,50}\b(?:PHOTO|Photo|photo)\b[^()\n]{0,30}\)\s*$|\b\p{Lu}[\p{L}.' -]{1,40}\/(?:Getty Images|AFP|Reuters|AP|AP Photo|The Canadian Press|CP|Bloomberg|EPA)\s*$/u
// "Jane Albury / The Canadian Press Tom Hale, right, tosses …": a caption that opens with its credit
const CREDIT_FIRST = /^\p{Lu}[\p{L}.' -]{1,40}\s?\/\s?(?:The Canadian Press|Canadian Press|Getty Images|AFP|Reuters|AP|CP|Bloomberg|EPA|CBC|Global News|The Associated Press)\b/u
// "REUTERS/Jane Albury Ice and frost cover fences …": a caption that opens with the agency, then the photographer
const AGENCY_FIRST = /^(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images)\s?\/\s?\p{Lu}/u
// a credit on a line of its own: "Tom Okafor via Getty Images.", "Facebook/Jane Albury.", "Tom Hale / Reuters."
const CREDIT_LINE = /^[\p{L}.' -]{1,40}\svia\s[\p{L}.' -]{1,30}\.?$|^[\p{Lu}][\p{L}.' ’-]{0,40}\s?\/\s?[\p{Lu}][\p{L}.' ’-]{0,40}\.?$/u
const LINK_BOX = /^\[[^\]]*\]$|Opens in new window/
// a line that a link-box word opens: in capitals ("READ MORE …", "WATCH: …"), else before a colon ("Read more:
// …", "Related: …") or alone on a short line with no sentence in it ("Sign up for our daily newsletter"); never a
// paragraph that merely begins with the word ("More recently, Democrats have said …", "Look, I think …")
const FURNITURE_CAPITALS = /^(?:READ MORE|WATCH(?: BELOW)?|RELATED|LOOK|LISTEN|MORE|SUBSCRIBE)\b[^\n]*$/
const FURNITURE_LEAD = /^(?:Also on [\w ]+|Read more(?: about)?|Relevant reading|Related(?: stories| coverage| articles)?|Watch|Listen|Sign up|Subscribe|More)\s*:[^\n]*$|^(?:Read more|Sign up|Subscribe)\b[^.,;!?“”"\n]{0,100}$/i
const FURNITURE_LINE = /^(?:Story continues below(?: advertisement)?|Article Continued Below|Open this photo in gallery\b[^\n]*|Advertisement|Email:[^\n]*)$/i
const AGENCY = '(?:Reuters|AP|AFP|PA|Bloomberg|Associated Press|Agence France-Presse|Financial Times|The Guardian|Guardian|BBC|CNN|Canadian Press|The Canadian Press|dpa|Xinhua|Tass|Interfax|Press Association)'
const CREDIT = new RegExp(`\\s[–—-]\\s*(?:[\\p{L}. ]{1,40}/)*${AGENCY}(?:/[\\p{L}. ]{1,40})*\\s*$|(?:^|[.!?”]\\s+)(?:${AGENCY})(?:/${AGENCY})*\\s*$`, 'u')

/** Ranges of furniture in the text, in order. */
export function findFurniture(text: string, paragraphs: Paragraph[]): Range[] {
  const ranges: Range[] = []
  for (const p of paragraphs) {
    const line = text.slice(p.start, p.end)
    // an agency credit ends a story paragraph: only the credit is furniture
    const credit = CREDIT.exec(line)
    if (credit) {
      const lead = credit[0].search(/[–—-]|\p{Lu}/u)
      ranges.push({ start: p.start + credit.index + Math.max(0, lead), end: p.end })
    } else if (LINK_BOX.test(line) || CREDIT_FIRST.test(line) || AGENCY_FIRST.test(line) || CREDIT_LINE.test(line) || FURNITURE_CAPITALS.test(line) || FURNITURE_LEAD.test(line) || FURNITURE_LINE.test(line) || CAPTION.test(line) || (line.length < 300 && !/[“”"]/.test(line) && CAPTION_CREDIT.test(line))) {
      ranges.push({ start: p.start, end: p.end })
    }
  }
  return ranges
}

export function overlapsAny(ranges: Range[], start: number, end: number): boolean {
  return ranges.some((r) => r.start < end && start < r.end)
}
