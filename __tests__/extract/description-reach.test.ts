// A description finds whom it means within a reader's reach (src/extract/speakers/salience.ts mentionsInReach,
// unnamedInReach; descriptions.ts; title-holders.ts): an unnamed one is found again within a dozen sentences, a
// person named later with the title within a dozen; a named holder of an office is found by title however far.
// Sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

/** Sentences that name no one and quote no one: distance between a description and whom it may mean. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `The river rose by ${i + 2} centimetres on the next day.`).join(' ')

/** Each quote's speaker, and which of them are one entity (the same letter). */
function speakers(text: string): Array<[string | null, string]> {
  const a = analyze(text)
  const letters = new Map<string | null, string>()
  return a.quotes.map((q) => {
    if (!letters.has(q.speakerId)) letters.set(q.speakerId, String.fromCharCode(65 + letters.size))
    return [q.speaker, q.speakerId === null ? '-' : letters.get(q.speakerId)!]
  })
}

describe('a description within reach of whom it means', () => {
  test.each<[string, string, Array<[string | null, string]>]>([
    ['an unnamed minister found again a few sentences on', `A Home Office minister said the plan was sound. ${filler(3)} The minister said the review would go on.`,
      [['a Home Office minister', 'A'], ['a Home Office minister', 'A']]],
    ['near-miss: beyond reach, an unnamed minister still, not the named man the story turned to', `A Home Office minister said the plan was sound. ${filler(14)} Tom Hale arrived at noon. The minister said the review would go on.`,
      [['a Home Office minister', 'A'], ['The minister', 'B']]],
    ['near-miss: a named holder of the office is found by title however far', `Prime Minister Tom Hale said the plan was sound. ${filler(20)} The prime minister said the review would go on.`,
      [['Tom Hale', 'A'], ['Tom Hale', 'A']]],
    ['a description before the name, the name a few sentences on', `The home secretary said he would not order a review. ${filler(3)} Home Secretary Ann Lee told the Hadley Courier she had seen the figures.`,
      [['Ann Lee', 'A'], ['Ann Lee', 'A']]],
    ['near-miss: the name with the title pages on', `The home secretary said he would not order a review. ${filler(14)} Home Secretary Ann Lee told the Hadley Courier she had seen the figures.`,
      [['The home secretary', 'A'], ['Ann Lee', 'B']]],
    ['a relative again within reach', `Tom Hale was on the boat. A friend said he had planned the trip for months. ${filler(2)} The friend said he was a careful sailor.`,
      [['a friend', 'A'], ['a friend', 'A']]],
    ['near-miss: another’s friend a score of sentences on', `Tom Hale was on the boat. A friend said he had planned the trip for months. ${filler(20)} Ann Reyes was also aboard, her friend said.`,
      [['a friend', 'A'], ['her friend', 'B']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })

  it('two stories of one file, each with its unnamed foreign minister: two ministers, as the stories parsed apart give', () => {
    const story = (n: number) => `The foreign minister said the talks would resume in round ${n}. ${filler(12)}`
    const text = `${story(1)}\n\n${story(2)}`
    expect(speakers(text)).toEqual([['The foreign minister', 'A'], ['The foreign minister', 'B']])
  })
})
