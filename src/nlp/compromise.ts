// The one place compromise is loaded and configured.
//
// compromise-dates is not registered: dates are found by our own grammar (src/extract/dates), and the
// plugin's extra tagging made every nlp() call about a quarter slower. The "Date" tag that the quote rules
// read ("said in a statement on Friday that …") is put on the words of the dates we find (analyze.ts).
//
// The chunker is not run either: it groups words into noun and verb phrases for compromise's `.chunks()`,
// which nothing here calls (parse.ts reads the terms and their tags, which it leaves as they are). It was 7 %
// of every nlp() call.
import nlp from 'compromise'

type Model = { one: { abbreviations: Record<string, boolean>; lexicon: Record<string, string | string[]> } }
const world = nlp.world() as { hooks: string[]; model: Model }
world.hooks = world.hooks.filter((hook) => hook !== 'chunks')

/** Words joined to a title by a hyphen that keep it a title: "then-Sen. Jane Hale", "ex-Gov. Tom Lowe". */
const TITLE_PREFIXES = ['then', 'ex', 'now']

// compromise ends a sentence at a stop unless the word before it is a known abbreviation, and it reads
// "then-Sen." as the word "then-sen": "… between Ms Hale and then-Sen. Tom Lowe was narrow." was two sentences,
// the second starting at "Tom". Every honorific it knows gets its hyphenated forms.
const { abbreviations, lexicon } = world.model.one
for (const word of Object.keys(abbreviations)) {
  const tags = lexicon[word]
  if (!(Array.isArray(tags) ? tags : [tags]).includes('Honorific')) continue
  for (const prefix of TITLE_PREFIXES) abbreviations[`${prefix}-${word}`] = true
}

// compromise keeps units of measure among its abbreviations, so a stop after one never ends a sentence; but a
// unit is written after a number and without a stop ("70 mph"), and some are words in capitals too: "… welcomed
// by Labour MPs. Mr Hale, who has …" was one sentence (the unit "mps"), and a report ran into the next sentence.
const UNITS = ['mps', 'mph', 'kmph', 'km', 'dm', 'cm', 'mm', 'mi', 'kg', 'hg', 'dg', 'cg', 'mg', 'lb', 'oz', 'hz', 'kb', 'mb', 'tb', 'yb', 'dl', 'ml', 'hr', 'hrs', 'tbl', 'tsp', 'tbsp', 'lx', 'lm', 'td']
for (const unit of UNITS) delete abbreviations[unit]

/** The tags compromise's lexicon gives a word ("calm" → ["Adjective"]), or undefined for a word it does not hold. */
export function lexiconTags(word: string): string[] | undefined {
  const tags = lexicon[word]
  return tags === undefined ? undefined : Array.isArray(tags) ? tags : [tags]
}

/**
 * Whether the lexicon holds a word, and not as anyone's name: "labour", "party", "research" ("Labour claims he
 * had …" names a party); not "zoe" or "okafor" (a name, or a word it does not hold).
 */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word)
  return tags !== undefined && !tags.some((tag) => /Name$|^Person$|^Honorific$/.test(tag))
}

/** Whether the lexicon holds a word as a place's name: "washington", "georgia", "dallas" (not "virginia", a person's too). */
export function isPlaceWord(word: string): boolean {
  return !!lexiconTags(word)?.some((tag) => /^(Place|Region|Country|City)$/.test(tag))
}

/** Whether the lexicon holds a word as a first name and not as a surname: "zoe", "robert"; not "lewis" or "carter". */
export function isFirstNameWord(word: string): boolean {
  const tags = lexiconTags(word)
  return !!tags && tags.some((tag) => /^(First|Male|Female)Name$/.test(tag)) && !tags.includes('LastName')
}

export default nlp
