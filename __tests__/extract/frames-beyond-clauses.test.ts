// Reports whose verb takes an object, a preposition or an infinitive rather than a clause, beyond verb-frames.test.ts.
// Sentences written for these tests, with the near-misses each must not fire on.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('a country named in several words speaks for its government', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['with "the"', 'The United States called for the release of the sailors.', [['indirect', 'the release of the sailors', 'United States']]],
    ['three words', 'The United Arab Emirates called for talks.', [['indirect', 'talks', 'United Arab Emirates']]],
    ['near-miss: a place in a country is no government', 'A small town in China called for help.', []],
    ['near-miss: a newspaper named after a country is an organization still', 'The China Daily called for calm.', [['indirect', 'calm', 'the China Daily']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('what the object is called', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['an adjective the tagger read as a participle', 'Mr Hale calls Ms Jones unqualified.', [['indirect', 'Ms Jones unqualified', 'Mr Hale']]],
    ['an adjective joined into the object’s phrase', 'Mr Hale called the new rules lawful.', [['indirect', 'the new rules lawful', 'Mr Hale']]],
    ['… two of them', 'Ms Lee called the plan dangerous and reckless.', [['indirect', 'the plan dangerous and reckless', 'Ms Lee']]],
    ['a second phrase with its article', 'Mr Hale called the ruling a victory for tenants.', [['indirect', 'the ruling a victory for tenants', 'Mr Hale']]],
    ['near-miss: a meeting called', 'Mr Hale called an emergency session.', []],
    ['near-miss: a meeting and its time', 'Ms Lee called a meeting this week.', []],
    ['near-miss: someone phoned, and when', 'Mr Hale called the minister yesterday.', []],
    ['near-miss: a vote and what describes it', 'Mr Hale called a vote scheduled for Monday.', []],
    ['near-miss: the noun after the adjective heads the phrase', 'Ms Lee called the local police department.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('prepositions and particles after the verb', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['"called out" someone for something', 'Senator Tom Hale called out his rival Ana Ruiz for ignoring farmers.',
      [['indirect', 'his rival Ana Ruiz for ignoring farmers', 'Tom Hale']]],
    ['near-miss: called out in the passive', 'Mr Hale has been called out by fellow doctors.', []],
    ['"called upon", object, "to"', 'Ms Lee called upon the council to press the province.', [['indirect', 'the council to press the province', 'Ms Lee']]],
    ['"called to" and a verb', 'Mr Hale called to ban imports of scrap steel.', [['indirect', 'to ban imports of scrap steel', 'Mr Hale']]],
    ['near-miss: called to testify, in the passive', 'Mr Hale was called to testify before the committee.', []],
    ['near-miss: a participle in the passive with its agent', 'Guard members, called to service by the governor, patrolled the streets.', []],
    ['"pointed to"', 'Ms Lee pointed to her record on medical research.', [['indirect', 'her record on medical research', 'Ms Lee']]],
    ['… a relative clause is part of what it points to', 'Critics point to charities that fund armed groups.',
      [['indirect', 'charities that fund armed groups', 'Critics']]],
    ['near-miss: "point" as a noun before "to"', 'The main point to remember is simple.', []],
    ['near-miss: "pointed out" still reports its clause', 'As one reader pointed out, the gap between them is vast.',
      [['indirect', 'the gap between them is vast', 'one reader']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('an infinitive of purpose after the subject’s own verb', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['after an object', 'Ms Smith used her speech to call for a general strike.', [['indirect', 'a general strike', 'Ms Smith']]],
    ['after a place taken', 'Ms Smith took the stage to call for a general strike.', [['indirect', 'a general strike', 'Ms Smith']]],
    ['after a news conference held', 'Mr Hale held a news conference to announce that he would run.', [['indirect', 'that he would run', 'Mr Hale']]],
    ['near-miss: the listener would call for it', 'Mr Hale urged voters to call for a recount.', [['indirect', 'voters to call for a recount', 'Mr Hale']]],
    ['near-miss: money used is no speech', 'Mr Hale used the money to pay for ads.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('a question put, over an adverb of time', () => {
  test('"Asked in Ohio recently whether …"', () => {
    expect(quotes('Asked in Ohio recently whether he would back Ms Ruiz, Mr Hale gave a vague answer.'))
      .toEqual([['indirect', 'whether he would back Ms Ruiz', null]])
  })
})

describe('what was denied, urged or suggested', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['a charge denied', 'Mr Hale denied the charges through his lawyer.', [['indirect', 'the charges through his lawyer', 'Mr Hale']]],
    ['… by a body', 'The campaign denies any wrongdoing.', [['indirect', 'any wrongdoing', 'the campaign']]],
    ['near-miss: denied in the passive', 'Mr Hale was denied bail.', []],
    ['near-miss: a pronoun alone', 'Mr Hale has denied it.', []],
    ['what was urged', 'Ms Lee urged restraint after the vote.', [['indirect', 'restraint after the vote', 'Ms Lee']]],
    ['near-miss: a number as the subject is no adjective before a noun', 'In all, 32% call themselves conservative.', [['indirect', 'themselves conservative', '32%']]],
    ['a gerund suggested', 'Mr Hale suggested raising taxes on the rich.', [['indirect', 'raising taxes on the rich', 'Mr Hale']]],
    ['near-miss: "pledged" after a number describes the noun', 'Ms Lee leads Mr Hale by 271 pledged delegates.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('what something is called, the thing a relative word before the subject', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['"what" and a bare phrase', 'He bought the rifle used in what officials called a hate crime.',
      [['indirect', 'what officials called a hate crime', 'officials']]],
    ['"which" and "as", closed by the comma', 'The firm, which Mr Hale described as a disgrace, closed.',
      [['indirect', 'which Mr Hale described as a disgrace', 'Mr Hale']]],
    ['"that" and an adjective', 'He rejected the plan that critics called reckless.', [['indirect', 'that critics called reckless', 'critics']]],
    ['"whom", a person', 'Ms Lee hired a new aide, whom she described as brilliant.', [['indirect', 'whom she described as brilliant', 'Ms Lee']]],
    ['near-miss: a preposition left at the end', 'It was what officials called the police about.', []],
    ['near-miss: attention called to something', 'These are rules that the regulators have called more attention to lately.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
