// The adjective of an office describes someone who does not hold it (description-fits.ts): "the president" is not
// "presidential candidate Ann Reyes", "the mayor" not "mayoral hopeful Tom Hale"; the holder named as such still is.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('the adjective of an office', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a presidential candidate is not the president of another land',
      'Green Party presidential candidate Ann Reyes toured the state. "We will win," Reyes said. Two neighbours went to war. The president of Hadleyland vowed support for one of them.',
      ['Ann Reyes', 'The president of Hadleyland']],
    ['a mayoral candidate is not the mayor',
      'Mayoral candidate Tom Hale opened his office on Monday. "We start today," Hale said. The council met later. The mayor said the budget was balanced.',
      ['Tom Hale', 'The mayor']],
    // near-misses: the holder named with the office itself; a party member called by the party's noun
    ['the mayor named so is the mayor',
      'Tom Hale, the mayor, opened his office on Monday. "We start today," Hale said. The council met later. The mayor said the budget was balanced.',
      ['Tom Hale', 'Tom Hale']],
    ['a Democratic senator is the Ohio Democrat',
      'Tom Hale, a Democratic senator from Ohio, spoke on Monday. "We start today," Hale said. The council met later. The Ohio Democrat said the budget was balanced.',
      ['Tom Hale', 'Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
