// Long quoted words that no verb of saying introduces and no clause around them takes in (unclaimed.ts): a quote of
// their own, spoken by the subject of the verb before them or by the speaker before. Sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('long quoted words no rule took are a quote', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['over an infinitive to the verb with a subject', 'The hearing was so dull that Mr Tom Hale was prompted to say, “So far, I cannot believe how civil it has been.”',
      [['direct', '“So far, I cannot believe how civil it has been.”', 'Tom Hale']]],
    ['a participle set off by commas is its subject’s', 'Ms Lee, quoting "the old rule that nobody may speak twice," refused.',
      [['direct', '"the old rule that nobody may speak twice,"', 'Ms Lee']]],
    ['the subject of a relative clause', 'The bill would send suspects to Arland, a country which Amnesty ranks among "the worst places on earth for a free press today."',
      [['direct', '"the worst places on earth for a free press today."', 'Amnesty']]],
    ['past an aside set off by dashes, whose verb is someone else’s', '“We will win,” said Ann Ruiz. The motion passed on Monday — which the Gazette called a surprise — “and nobody in this chamber saw it coming at all.”',
      [['direct', '“We will win,”', 'Ann Ruiz'], ['direct', '“and nobody in this chamber saw it coming at all.”', 'Ann Ruiz']]],
    ['a subject that names no one hands on to the last speaker', '“We will win,” said Ann Ruiz. The storm left the harbour in “a state of shock that nobody could remember” for days.',
      [['direct', '“We will win,”', 'Ann Ruiz'], ['direct', '“a state of shock that nobody could remember”', 'Ann Ruiz']]],
    ['a quote that follows its subject with no verb is the last speaker’s', '“It was a mistake,” said Ann Ruiz, a lawyer. Mr Tom Hale “kind of misspoke. This is not something to discuss in public.”',
      [['direct', '“It was a mistake,”', 'Ann Ruiz'], ['direct', '“kind of misspoke. This is not something to discuss in public.”', 'Ann Ruiz']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('near-misses: quoted words that stay out', () => {
  test.each([
    ['five words', '“We will win,” said Ann Ruiz. The storm left the harbour in “a quiet state of shock” for days.'],
    ['a title of many words, with "from" in it', '“We will win,” said Ann Ruiz. The storm delayed “The Long Road Home from the Northern Coast” by a week.'],
    ['a name given by nobody', '“We will win,” said Ann Ruiz. The ship, known as “the pride of the whole northern fleet,” sank.'],
  ])('%s', (_name, text) => {
    expect(quotes(text)).toEqual([['direct', '“We will win,”', 'Ann Ruiz']])
  })
})
