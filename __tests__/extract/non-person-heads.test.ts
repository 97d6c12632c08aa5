// A description whose head names no one person (a gathering, a thing, an idea) is never the person the story
// named last; and "he" or "she" later is never a document or a thing. Sentences written for these tests.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('heads that name no one person', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a crowd is a group, not the mayor', 'Mayor Tom Hale spoke at the rally on Friday. The crowd shouted that he should resign.', ['the crowd']],
    ['so is an audience', 'Ann Baker sang on Friday. The audience said the show had been too short.', ['the audience']],
    ['an agreement speaks for itself', 'Mayor Tom Hale spoke on Friday. The agreement says the port stays open until May.', ['The agreement']],
    ['a law too', 'Ann Baker campaigned for years. The law says drivers must stop at every school.', ['The law']],
    ['and a decree', 'Ann Baker spoke on Friday. The decree says that the markets must close by June.', ['The decree']],
    ['near-miss: a role is the person named before', 'Mayor Tom Hale spoke on Friday. The cheerful landlord said the pub would stay open.', ['Tom Hale']],
    ['near-miss: "witness" ends like an idea but is a person', 'Jane Doe, a witness, saw the crash. The witness said the car was red.', ['Jane Doe']],
    ['near-miss: an age, which the tagger reads as a time', 'Jane Hale spoke on Friday. The 46-year-old said the plan was fine.', ['Jane Hale']],
    ['an age written as one word at the end of the sentence', 'Jane Hale spoke on Friday. "The plan is fine," said the 46-year-old.', ['Jane Hale']],
    ['an age as one word finds the one of that age', 'Jane Hale, 46, met Tom Reed, 61, on Friday. "The plan is fine," said the 46-year-old.', ['Jane Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('"he" is never a thing that spoke', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a survey before "he"', 'Tom Hale runs the shop. A survey found that most shoppers liked it. "We will stay open," he said.',
      ['a survey', 'Tom Hale']],
    ['a thing before "she"', 'Ann Baker led the talks. The agreement says the port stays open. "It was hard work," she said.',
      ['The agreement', 'Ann Baker']],
    ['near-miss: an unnamed source is a person "he" may be', 'A senior official said the talks had failed. "We tried," he said.',
      ['a senior official', 'a senior official']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('ideas and writings', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a hypothesis is no one', 'Seth Hale led the study. According to the hypothesis of the report, the microbes grew because of the nitrates.',
      ['the hypothesis of the report']],
    ['research speaks for the one whose it is', 'Ben Sasse spoke on Monday. But Greenberg\'s research suggests moderate voters might cross party lines.',
      ['Greenberg']],
    ['a memoir for its author', 'Tom Hale left in May. In his memoir, he wrote that the talks had failed. The memoir says the talks failed twice.',
      ['Tom Hale', 'Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
