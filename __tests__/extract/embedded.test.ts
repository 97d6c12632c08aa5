// Quoted words inside a sentence that no reporting verb introduces (embedded.ts): sentences written for these
// tests, with the names and labels in quote marks that must stay out.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('quoted words in the clause of the sentence’s subject', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['after a verb that reports nothing', 'Ms Lee hinted the referee was partial and “unfriendly” to the visitors.',
      [['mixed', 'the referee was partial and “unfriendly” to the visitors', 'Ms Lee']]],
    ['a stance', 'Mayor Ann Ruiz opposes “across-the-board pay freezes” for nurses.',
      [['mixed', '“across-the-board pay freezes” for nurses', 'Ann Ruiz']]],
    ['after a copula', 'Dr Tom Hale became "deeply uneasy" about the costs.', [['mixed', '"deeply uneasy" about the costs', 'Tom Hale']]],
    ['the clause ends where "and" hands the subject to its next verb', 'Ms Lee hinted the referee was “unfriendly” and said she would appeal.',
      [['mixed', 'the referee was “unfriendly”', 'Ms Lee'], ['indirect', 'she would appeal', 'Ms Lee']]],
    ['… also after an adverb', 'Ms Lee hinted the referee was “unfriendly” but then praised the crowd.', [['mixed', 'the referee was “unfriendly”', 'Ms Lee']]],
    ['near-miss: "and" before an adjective stays in the clause', 'Ms Lee hinted the referee was “unfriendly” and unfair to the visitors.',
      [['mixed', 'the referee was “unfriendly” and unfair to the visitors', 'Ms Lee']]],
    ['near-miss: "and" before a modal belongs to the clause’s own subject', 'Ms Lee hinted the referee was “unfriendly” and would be replaced.',
      [['mixed', 'the referee was “unfriendly” and would be replaced', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('a passive subject is not who spoke', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['told: the subject heard the words', 'Hadley residents were told the water was “safe to drink” on Monday.',
      [['mixed', 'the water was “safe to drink” on Monday', null]]],
    ['an adverb between the auxiliary and the participle', 'Ms Lee was quietly shown the report was “final”.', [['mixed', 'the report was “final”', null]]],
    ['near-miss: a verb of saying before "to" keeps its subject', 'Mr Tom Hale is reported to have called the allies “free riders”.',
      [['mixed', 'to have called the allies “free riders”', 'Tom Hale']]],
    ['"portrayed as": someone else portrays them', 'Her brothers are always portrayed as fighting, a classic “boys will be boys” trope.',
      [['mixed', 'as fighting, a classic “boys will be boys” trope', null]]],
    ['near-miss: a copula before the quote', 'Dr Tom Hale was "deeply uneasy" about the costs.', [['mixed', '"deeply uneasy" about the costs', 'Tom Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('quoted words that name a thing', () => {
  test.each([
    ['a scare quote inside a noun phrase', 'Ms Lee lost her savings to the so-called “sextortion” scam.'],
    ['a label before a noun', 'Mr Hale received $2 million in “flood resilience” grants.'],
    ['a possessive before the words', 'Ms Lee showed him her “fantasy closet” upstairs.'],
    ['a title', 'Mr Hale appeared on “Hadley Tonight” last week.'],
    ['one capitalised word after a preposition', 'Ms Lee sold the film rights to “Harbour” in May.'],
    ['a name given by nobody', 'The baby, known as “our little one,” slept.'],
    ['a list of words', 'The list includes “optics,” “grapple” and “ghosting” this year.'],
  ])('%s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })
})

describe('quoted words in what a verb reports', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['the subject after an opening phrase', 'In states with older voters, Ms Lee has decried the rise of “casino politics” and left.',
      [['mixed', 'the rise of “casino politics” and left', 'Ms Lee']]],
    ['the quoted object of a verb of saying', 'Mr Hale noted the “quiet, steady decline” of the high street.',
      [['mixed', 'the “quiet, steady decline” of the high street', 'Mr Hale']]],
    ['a frame over an appositive in its object', 'Ms Lee accused Mr Hale, the head of the council, of being “reckless” with money.',
      [['mixed', 'Mr Hale, the head of the council, of being “reckless” with money', 'Ms Lee']]],
    ['"refer to … as" over a relative clause', 'Ms Lee refers to the mayor, who is her old friend, as “the boss.”',
      [['mixed', 'the mayor, who is her old friend, as “the boss.”', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])).toEqual(expected)
  })
})

describe('a quote right after the verb, with the sentence going on after it', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['the writer’s words go on: one mixed quote', 'Ms Lee said “it makes me angry” every time she drives past the school.',
      [['mixed', '“it makes me angry” every time she drives past the school', 'Ms Lee']]],
    ['near-miss: the quote ends the sentence', 'Ms Lee said “it makes me angry.”', [['direct', '“it makes me angry.”', 'Ms Lee']]],
    ['near-miss: another quote follows', 'Ms Lee said “we asked for help” and “nobody came.”',
      [['direct', '“we asked for help”', 'Ms Lee'], ['direct', '“nobody came.”', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])).toEqual(expected)
  })

  test('near-miss: the main clause’s verb after a relative clause', () => {
    const a = analyze('Games that the firm said “could stop loading” included the chess and the quiz.')
    expect(a.quotes.map((q) => q.text)).toEqual(['“could stop loading”'])
  })
})

describe('whose clause the quoted words stand in', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['a clause of "as" with a name of its own', 'The couple run a shop. Their work was plain to see, as Sean Reyes had made a thousand pairs of “handpaws”.',
      [['mixed', 'a thousand pairs of “handpaws”', 'Sean Reyes']]],
    ['a clause of "when" with a name of its own', 'It began a row in June when Mr Hale assailed a judge for his “heritage.”',
      [['mixed', 'a judge for his “heritage.”', 'Mr Hale']]],
    ['near-miss: a clause whose subject is a pronoun stays the subject’s', 'Ms Lee backed the deal, although she said she had “serious concerns” about it.',
      [['mixed', 'she had “serious concerns” about it', 'Ms Lee']]],
    ['a scale is no one: the head before "of" speaks', 'The scale of their business was evident, as the couple had made a thousand pairs of “handpaws”.', []],
    ['after a semicolon, a name given after "the name"', 'Ms Lee studies penguins. They are loud at night; the African penguin earned the name “jackass penguin” for its call.', []],
    ['near-miss: "as" of a frame is no clause', 'Mr Hale described the plan as “reckless”.', [['mixed', 'the plan as “reckless”', 'Mr Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
