// A pronoun after the words it reports looks for whom it means before those words, never in them
// (speakers/pronouns.ts resolvePronoun `reported`): in "This is the record Mr Blair will have to defend, he said"
// "he" is not Mr Blair, and in "Northwind Bank, in particular, was to blame, it noted" "it" is not the bank. One
// pronoun naming the speaker of two quotes is one speaker (speakers/index.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a pronoun after a reported clause that names someone', () => {
  test.each<[string, string, Array<string | null>]>([
    ['he is not the person the clause names',
      'Tom Hale, the Tory leader, gave a speech on Monday. This is the record Mr Blair will have to defend in the coming months, he said, urging voters to hold him to account.',
      ['Tom Hale', 'Tom Hale']],
    ['it is not the body the clause names',
      'Acme Corp said it had taken the rules into account. Northwind Bank, in particular, was imposing new reporting rules in 2005, it noted.',
      ['Acme Corp', 'Acme Corp']],
    ['she is not the person the clause names',
      'Jane Albury spoke at the rally. Mrs Reyes would lose the seat, she said.', ['Jane Albury']],
    // near-misses: the person named before the clause is still whom the pronoun means
    ['a person named in the sentence before',
      'Tom Hale spoke on Monday. Jane Albury met him later. The talks went well, she said.', ['Jane Albury']],
    ['a pronoun before the clause',
      'Tom Hale spoke on Monday. He said Mr Blair would have to defend his record.', ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
