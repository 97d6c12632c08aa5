// The place a role is of: "the president of Turkey", "the mayor of Hadley". Someone whose title names the role
// but not the place is another holder of it: "President Franklin Roosevelt", named paragraphs before, is not "the
// president of Turkey"; "Turkish President Recep Erdogan" is (a title word sharing the place's first letters).
import type { Token } from '../../nlp/parse'
import { isCapitalized, tagged } from '../phrases'
import { nameKey } from './entities'

/** The keys of the place or body after a role's "of": ["turkey"] for "The president of Turkey"; none for "the head of the party". */
export function placeOfRole(tokens: Token[], headAt: number, to: number): string[] {
  if (tokens[headAt + 1]?.normal !== 'of' || headAt + 2 >= to) return []
  const run = tokens.slice(headAt + 2, to)
  // (the tagger may read "president of Turkey" as one title and "Turkey" as no place: any capitalised run that
  // names no person will do; not "the wife of Tom Hale")
  if (!run.every(isCapitalized) || run.some((t) => tagged(t, 'Person') || tagged(t, 'Honorific'))) return []
  return run.map((t) => nameKey(t.text)).filter(Boolean)
}

/** Whether a title names the place: a word of it sharing the place word's first four letters ("Turkish" for "Turkey"). */
export function titleNamesPlace(title: string, place: string[]): boolean {
  if (place.length === 0) return true
  const words = title.split(/\s+/).map((w) => nameKey(w))
  return place.every((p) => words.some((w) => w.slice(0, 4) === p.slice(0, 4) && w.length >= 4))
}
