// Bodies named by one word the tagger cannot place: "Northwind received its second payment in May. The company
// noted it might repay some of it." and "Northwind officials were unavailable. But the company said …". Neither
// is a person's name the tagger knows, so nothing registered them, and "the company" went to a body named before.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { GROUP_NOUNS, PERSON_ROLES } from '../lexicon/roles'
import { isCapitalized, tagged, type TokenRange } from '../phrases'
import type { NameMention } from './names'

/** The tags of a word the tagger knows nothing of: a noun, nothing more ("Northwind"; not "Americans", "Who"). */
const UNPLACED = new Set(['Term', 'Noun', 'Singular', 'ProperNoun'])
/** Endings of peoples and their adjectives, which name no body: "Hispanic", "Japanese", "Latin", "Kurdish". */
const PEOPLES = /(an|ans|ic|ics|ese|ish|ian|in)$/

/** A body named again by its kind: "the company noted", "the firm said". */
const BODY_KINDS = new Set(['company', 'firm', 'business', 'corporation', 'retailer', 'airline', 'carrier', 'manufacturer', 'maker',
  'startup', 'giant', 'bank', 'producer', 'publisher', 'broadcaster', 'group', 'organization', 'organisation', 'agency', 'network', 'platform'])

/** People who speak for a body, after its name: "Northwind officials", "a Northwind spokesman". */
function speaksFor(t: Token | undefined): boolean {
  return !!t && (GROUP_NOUNS.has(t.normal) || PERSON_ROLES.has(t.normal) || PERSON_ROLES.has(t.normal.replace(/s$/, '')))
}

/**
 * One-word names the tagger left unplaced that act as bodies: a subject with its verb right after it ("Northwind
 * received"), or the name before those who speak for it ("Northwind officials"). A word capitalised only because
 * it opens a sentence ("Cheese is …") must be written so elsewhere too, and never in lower case; a surname of
 * someone (`isPersonWord`) is a person's.
 */
export function loneBodies(tokens: Token[], names: NameMention[], isPersonWord: (i: number) => boolean): TokenRange[] {
  const capitalizedInside = new Set<string>()
  const lowerCase = new Set<string>()
  const honorificBefore = new Set<string>()
  tokens.forEach((t, i) => {
    if (i > 0 && tokens[i - 1].sentence === t.sentence && isCapitalized(t)) capitalizedInside.add(t.normal)
    if (!isCapitalized(t)) lowerCase.add(t.normal)
    if (i > 0 && tagged(tokens[i - 1], 'Honorific')) honorificBefore.add(t.normal)
  })
  // a kind after token i is one after it at the last: only the last "the company" of the text is kept (a list of all,
  // made with an array for every token, was most of what this cost)
  let lastKind = -1
  for (let i = 1; i < tokens.length; i++) if (BODY_KINDS.has(tokens[i].normal) && tokens[i - 1].normal === 'the') lastKind = i
  const kindAfter = (i: number) => lastKind > i
  const found: TokenRange[] = []
  for (const n of names) {
    if (n.kind !== 'unknown' || n.to - n.from !== 1) continue
    const t = tokens[n.from]
    if ([...t.tags].some((tag) => !UNPLACED.has(tag)) || PEOPLES.test(t.normal) || /^\p{Lu}+$/u.test(t.text) || isPersonWord(n.from)) continue
    // ("Who will come second": a word the text also writes in lower case is no name; "interior designer Demi
    // said": a first name after a role is a person's)
    const before = tokenAt(tokens, n.from - 1)
    if (!capitalizedInside.has(t.normal) || lowerCase.has(t.normal) || (before && (PERSON_ROLES.has(before.normal) || tagged(before, 'Actor')))) continue
    // ("Trump launched his campaign": a surname the tagger missed; "Mr. Trump" elsewhere says whose it is. And only
    // where the text goes on to name a body by its kind, "the company noted", or calls it "its" in the same
    // sentence, so that "it said" later means it: "Northwind has sued three men over leaks of its products. It said …")
    if (honorificBefore.has(t.normal) || !(kindAfter(n.from) || itsAfter(tokens, n.to))) continue
    const next = tokenAt(tokens, n.to)
    const acts = !!next && next.sentence === t.sentence && tagged(next, 'Verb') && !tagged(next, 'Gerund') && !tagged(next, 'Noun') &&
      !/[,;:]/.test(t.post)
    if (acts || (speaksFor(next) && !/[,;:]/.test(t.post))) found.push({ from: n.from, to: n.to })
  }
  return found
}

/**
 * Whether the sentence goes on from token `from` to call what stands before it "its", with no other name or a
 * person's pronoun in between: "Northwind has taken legal action to stop leaks of its products" (not "Northwind
 * sued Hadley Press over its report", where "its" may be the press's; nor "Hale told his staff …").
 */
function itsAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && tokens[k].sentence === tokens[from - 1].sentence; k++) {
    const t = tokens[k]
    if (t.normal === 'its') return true
    if (/^(his|her|he|she|their|they)$/.test(t.normal) || isCapitalized(t)) return false
  }
  return false
}
