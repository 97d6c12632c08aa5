// After a speaker set between the words ("…, Ms Lee said, but …"), "but", "so" or "yet" and a clause go on with the
// speaker's account unless another report follows in the sentence (reported.ts writerGoesOn, reportedAgain); after
// "and" and a clause the writer goes on, as before. Sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('"but", "so" or "yet" after an interposed speaker', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['"so"', 'It was impossible, Mr. Hale said, so the two councils decided to split the work.',
      [['It was impossible', 'Mr Hale', 'clause-before-cue'], ['so the two councils decided to split the work', 'Mr Hale', 'clause-after-speaker']]],
    ['"but"', 'The staff hid under desks, Ms. Lee said, but one man ran to the roof.',
      [['The staff hid under desks', 'Ms Lee', 'clause-before-cue'], ['but one man ran to the roof', 'Ms Lee', 'clause-after-speaker']]],
    ['near-miss: another report after "but"', 'The plan will cost more, Ana Ruiz said, but the council will pay for it, Tom Hale said.',
      [['The plan will cost more', 'Ana Ruiz', 'clause-before-cue'], ['the council will pay for it', 'Tom Hale', 'clause-after-report']]],
    ['near-miss: "and" and a clause is the writer’s', 'Costs will rise, Ana Ruiz said, and taxes will follow.', [['Costs will rise', 'Ana Ruiz', 'clause-before-cue']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
