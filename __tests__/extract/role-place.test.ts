// "The president of Turkey" is a holder of the role whose title names the place (role-place.ts), not the nearest
// president of somewhere else.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('the place a role is of', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the president of the land his title names',
      'Turkish President Recep Erdogan flew to Hadleyland on Monday. He was met by President Tom Hale. "We start today," Hale said. The president of Turkey said the talks were good.',
      ['Tom Hale', 'Recep Erdogan']],
    // near-misses: a title with no place still fits when no other holder is named; a role of a person is no place
    ['a mayor named with the role alone',
      'Mayor Tom Hale opened the bridge. "We start today," Hale said. The mayor of Hadley said the work was done.', ['Tom Hale', 'Tom Hale']],
    ['the mayor of the town his title names',
      'Tom Hale, the mayor of Hadley, opened the bridge. "We start today," Hale said. The mayor of Hadley said the work was done.', ['Tom Hale', 'Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
