// Two shapes that made a phrase's words look like a reported clause; sentences written for these tests.
//  - "that" after the verb's phrase with a verb right after it opens a relative clause on the phrase's noun
//    (reported.ts clauseStart): "are warning about several viruses that can spread …"
//  - a form in -ing after a word of degree before a noun describes the noun (speaker-phrase.ts cueAt):
//    "named her its most promising playwright"
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.explain?.found])

describe('a relative "that" after the verb\'s phrase', () => {
  test.each<[string, string, Array<[string, string]>]>([
    ['a modal after "that"', 'Security firms are warning about several phone viruses that can spread fast.',
      [['several phone viruses that can spread fast', 'frame-prep']]],
    ['near-miss: a subject after "that"', 'Ms Lee said in a statement that the plan would fail.', [['that the plan would fail', 'cue-clause']]],
    ['near-miss: "that" as the subject after a date', 'Mr Hale said on Monday that was a mistake.', [['that was a mistake', 'cue-clause']]],
    ['near-miss: a participle after "that"', 'Ms Poe said in court that given the vote, she was confident.', [['in court that given the vote, she was confident', 'cue-clause']]],
    ['near-miss: after a listener', 'Tom Ray warned in a letter to members that costs were rising.', [['that costs were rising', 'cue-clause']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('an -ing or -ed form after a word of degree', () => {
  test.each<[string, string, Array<[string, string]>]>([
    ['"most promising" before a noun', 'The jury named Jane Doe its most promising playwright for The Night.', []],
    ['"very promising" before a noun', 'The firm made a very promising debut in May.', []],
    ['… and a form in -ed', 'Before the vote, Ms Lee had the most pledged delegates, with 60.', []],
    ['near-miss: promising with no degree word', 'Ms Ruiz is promising voters a new school.', [['voters a new school', 'frame-object']]],
    ['near-miss: a form in -ed with no degree word', 'Ms Ruiz pledged voters a new school.', [['voters a new school', 'frame-object']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

// What a thing tells or asks, as a question, is no one's words (reported.ts, as for what it makes known)
describe('a question put by a thing', () => {
  test.each<[string, string, Array<[string, string]>]>([
    ['an app', 'The app tells users how much they spend each week.', []],
    ['near-miss: a person', 'Ms Lee asked whether the road was safe.', [['whether the road was safe', 'frame-question']]],
    ['near-miss: a body', 'The committee asked whether the plan was legal.', [['whether the plan was legal', 'frame-question']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
