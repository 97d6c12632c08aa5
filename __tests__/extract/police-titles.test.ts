// Short titles that British police forces and councils write before a name are titles, not part of the name
// (lexicon/roles.ts TITLE_WORDS): "Det Ch Insp Sarah Kane said" is Sarah Kane, titled "Det Ch Insp", whom "Ms Kane"
// names later; not "PC", which names shops and magazines ("PC World said"). Sentences written for this test, with near-misses where the same letters are no title.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).speakers.map((s) => [s.name, s.title])

describe('a police or council title before a name', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a detective inspector', 'Det Insp Sarah Kane said the area was safe.', [['Sarah Kane', 'Det Insp']]],
    ['a detective chief inspector, named again by surname',
      'Det Ch Insp Sarah Kane said the area was safe. Later Ms Kane said the road would reopen.', [['Sarah Kane', 'Det Ch Insp']]],
    ['a councillor', 'Cllr Jane Okafor said the bins would be emptied.', [['Jane Okafor', 'Cllr']]],
    ['an inspector', 'Insp Amir Shah said the road would reopen.', [['Amir Shah', 'Insp']]],
    ['near-miss: "PC" before a name is a shop’s or a magazine’s, no title', 'PC World said that sales rose.', [['PC World', null]]],
    ['near-miss: … and after "according to"', 'Prices will fall, according to PC Pro Magazine.', [['PC Pro Magazine', null]]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
