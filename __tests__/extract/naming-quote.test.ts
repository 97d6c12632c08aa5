// Quoted words a verb of naming gives as what someone called something (naming-quote.ts): sentences written for
// these tests, with scare quotes, titles, signs and namings by nobody that must stay no quote.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('a relative clause of naming is the quote, from the relative word', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['"who … dubbed"', 'Governor Ann Ruiz mocked the senator, who Ruiz dubbed “the little mayor.”',
      [['mixed', 'who Ruiz dubbed “the little mayor.”', 'Ann Ruiz']]],
    ['"which … declared", with the rest of the clause', 'The council blocked the tower, which Mayor Tom Hale declared “an eyesore” for the whole district.',
      [['mixed', 'which Mayor Tom Hale declared “an eyesore” for the whole district', 'Tom Hale']]],
    ['"whom … described as", a quote found by its cue before it', 'Mayor Tom Hale praised the firefighters, whom Hale described as “brave beyond words.”',
      [['mixed', 'whom Hale described as “brave beyond words.”', 'Tom Hale']]],
    ['the quoted words end the sentence before a bracket closes', 'She hired Tom Hale (whom Ann Ruiz has called “my right hand.”) Others left the firm.',
      [['mixed', 'whom Ann Ruiz has called “my right hand.”', 'Ann Ruiz']]],
    ['near-miss: inside someone’s quote, the naming is theirs', '“I would rather live in what Hale calls “chaos” than in his town,” said Ann Ruiz.',
      [['mixed', '“I would rather live in what Hale calls “chaos” than in his town', 'Ann Ruiz']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('a verb of naming, its object and the quoted words', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['"identified … as"', 'Mayor Tom Hale identified the stranger as “a friend of the family” in court.',
      [['mixed', 'the stranger as “a friend of the family” in court', 'Tom Hale']]],
    ['"pronounced", an object and an adjective', 'Chef Ann Ruiz pronounced the soup “delicious.”', [['mixed', 'the soup “delicious.”', 'Ann Ruiz']]],
    ['"cast … as", with a relative clause after the quoted words', 'Senator Ann Ruiz cast her rival as a “career politician” who would raise taxes.',
      [['mixed', 'her rival as a “career politician” who would raise taxes', 'Ann Ruiz']]],
    ['a time between the object and the quoted words', 'Mark Dunn called the vote on Sunday “childish.”', [['mixed', 'the vote on Sunday “childish.”', 'Mark Dunn']]],
    ['a second name joined by "and"', 'Mark Dunn called the budget a “new low” and a “betrayal of every family in the county.”',
      [['mixed', 'the budget a “new low” and a “betrayal of every family in the county.”', 'Mark Dunn']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('after "as", any verb with an object names', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['"admires … as"', 'Mayor Tom Hale openly admires the old governor as a “strong leader,” and says so often.',
      [['mixed', 'the old governor as a “strong leader,”', 'Tom Hale']]],
    ['"blasted … as", with a day after it', 'Senator Ann Ruiz blasted the budget as a “disgrace” on Wednesday.',
      [['mixed', 'the budget as a “disgrace” on Wednesday', 'Ann Ruiz']]],
    ['"to" after a verb of likening', 'At a rally, Tom Hale likened the new tax to a “slow poison” for small shops.',
      [['mixed', 'the new tax to a “slow poison” for small shops', 'Tom Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each([
    ['near-miss: no object between the verb and "as"', 'Ann Ruiz has worked as a “fixer” for years.'],
    ['near-miss: a name given by nobody', 'Ann Ruiz earned the certificate known as “Level 4” in May.'],
    ['near-miss: "to" after a verb that likens nothing', 'Ann Ruiz sent the new plan to a “review panel” in May.'],
  ])('%s', (_name, text) => {
    expect(analyze(text).quotes.filter((q) => q.text.includes('“'))).toEqual([])
  })
})

describe('a naming a reported clause ran on into is a quote of its own', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['a verb of naming after a comma, with the same subject', 'Senator Ann Ruiz said the plan was written in haste, called the treasurer “a clown” and walked out.',
      [['indirect', 'the plan was written in haste', 'Ann Ruiz'], ['mixed', 'the treasurer “a clown”', 'Ann Ruiz']]],
    ['a relative clause of naming that ends the reported clause', 'Mayor Tom Hale said he backed a bill that would curb the lenders, which he called “a cartel for the rich.”',
      [['indirect', 'he backed a bill that would curb the lenders', 'Tom Hale'], ['mixed', 'which he called “a cartel for the rich.”', 'Tom Hale']]],
    ['near-miss: a relative clause the reported clause goes on after', 'Mayor Tom Hale said the plan, which he called “a farce,” would fail.',
      [['mixed', 'the plan, which he called “a farce,” would fail', 'Tom Hale']]],
    ['near-miss: the naming before the verb of saying stays in its quote', 'Her friends have mocked the campaign, calling the mayor “a clown,” Ann Ruiz said.',
      [['mixed', 'Her friends have mocked the campaign, calling the mayor “a clown,”', 'Ann Ruiz']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('quoted words that no one names stay no quote', () => {
  test.each([
    ['a scare quote in the writer’s words', 'Reporters discussed the so-called “deal” at length.'],
    ['a title', 'Viewers watched the film “Jaws” again on Friday.'],
    ['a sign', 'A sign on the gate read “No entry.”'],
    ['a naming by nobody: a participle after a noun', 'Ms Ruiz joined a group called the “Friends of the Park” last year.'],
    ['a naming in the passive', 'The new rule was dubbed “the tidy law” by the press.'],
    ['a thing for subject', 'The storm left the town in “a state of chaos.”'],
  ])('%s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })
})
