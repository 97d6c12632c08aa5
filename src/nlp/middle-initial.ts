// A middle initial is a word of the name it stands in: compromise reads the "A." of "Julie A. Diaz" as the article
// and the "I." of "Tom I. Kerr" as the pronoun, which cut the name in two ("said Julie A. Diaz" was "Julie";
// "“…” ― Julie A. Diaz Martinez." had no speaker). A lone capital with a stop, between a first name and a
// capitalised word, is an initial; not "Tom and I. Diaz …" (no name before) nor "Plan A. Then …" (no name either).
import type { Token } from './parse'
import { capitalised, hasTag as has, tokenAt } from './token-at'

/** What an initial read as "a" or "I" loses. */
const FUNCTION_TAGS = new Set(['Determiner', 'Pronoun', 'Article', 'Value', 'Noun'])

/** Whether token i is a middle initial read as a word: "A" in "Julie A. Diaz". */
function initialReadAsWord(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1), after = tokenAt(tokens, i + 1)
  if (!/^[AI]$/.test(t.text) || t.post.trim() !== '.' || !before || !after) return false
  if (before.sentence !== t.sentence || after.sentence !== t.sentence || before.post !== '') return false
  return capitalised(before) && (has(before, 'FirstName') || has(before, 'Person')) && capitalised(after)
}

/** Retags each middle initial as a word of the name, in capitals so that no word list takes it for "a" or "i". */
export function middleInitials(tokens: Token[], retag: (t: Token, tags: string[], drop: ReadonlySet<string>) => void): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!initialReadAsWord(tokens, i)) continue
    retag(tokens[i], ['Person', 'ProperNoun'], FUNCTION_TAGS)
    tokens[i].normal = tokens[i].text
  }
}
