// An aside set off by dashes between a subject and its verb describes the subject (src/extract/quotes/dash-aside.ts);
// sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.mention?.text ?? null])

describe('a subject before an aside between dashes', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a description', 'Ms Hale — the council’s leader — said the plan would fail.', [['the plan would fail', 'Ms Hale']]],
    ['a phrase of place and time', 'Ms Hale — in a statement on Friday — said the plan would fail.', [['the plan would fail', 'Ms Hale']]],
    ['double hyphens', 'Mr. Hale -- never one to mince words -- said the plan would fail.', [['the plan would fail', 'Mr. Hale']]],
    ['unspaced dashes', 'Ms Hale—the council’s leader—said the plan would fail.', [['the plan would fail', 'Ms Hale']]],
    ['spaced hyphens, as BBC copy writes dashes', 'On Friday, Lord Hale - a senior judge - said the rules were unfair.', [['the rules were unfair', 'Lord Hale']]],
    ['near-miss: hyphens inside words', 'A self-styled cost-cutter, Mr Hale said the rules were unfair.', [['the rules were unfair', 'Mr Hale']]],
    ['a list inside', 'Two officials — one from the council, one from the port — said the road was closed.', [['the road was closed', 'Two officials']]],
    ['a relative clause', 'Ms Hale – who leads the council – said the plan would fail.', [['the plan would fail', 'Ms Hale']]],
    ['a name the aside gives a description', 'A former senator -- Tom Okafor, who lost the race -- said the count was wrong.',
      [['the count was wrong', 'Tom Okafor']]],
    ['near-miss: someone added inside is not the subject', 'Local leaders — and, in particular, Mr Reid — insisted that the tax go.',
      [['that the tax go', 'Local leaders']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
