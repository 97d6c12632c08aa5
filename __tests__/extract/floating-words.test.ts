// Words between a subject and its verb that are never the subject: a floating quantifier, a count of time before
// "later" or "ago", a joining word opening the sentence (src/extract/quotes/floating-words.ts); sentences written
// for these tests, with near-misses where the word is the subject.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.mention?.text ?? null])

describe('quantifiers, counts of time and joining words are never the subject', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['"both" after an auxiliary', 'Ann Reyes and Tom Hale have both argued that the tax was unfair.', [['that the tax was unfair', 'Ann Reyes and Tom Hale']]],
    ['"all" after a plural', 'The three senators all said the bill was dead.', [['the bill was dead', 'The three senators']]],
    ['"both" after a dash closing an aside', 'Local leaders — whose party lost the vote — both suggested the count was wrong.',
      [['the count was wrong', 'Local leaders']]],
    ['a count of time before "later"', 'Mr Hale three years later said the deal had failed.', [['the deal had failed', 'Mr Hale']]],
    ['"a month later" after a name', 'When Ms Fiore a month later announced that jobs would go, workers walked out.', [['that jobs would go', 'Ms Fiore']]],
    ['a hedged count before "ago"', 'Mr Hale only two days ago said the deal had failed.', [['the deal had failed', 'Mr Hale']]],
    ['a count set off by commas', 'Mr Okafor left. Then Northwind, only two months later, announced that it would merge.',
      [['that it would merge', 'Northwind']]],
    ['"Yet" opening the sentence', 'Yet local economists, like their rivals, say that taxes encourage saving.', [['that taxes encourage saving', 'local economists']]],
    ['near-miss: "Both" opening the clause is the subject', 'Both said the plan failed.', [['the plan failed', 'Both']]],
    ['near-miss: "Each of them" is the subject', 'Each of them said the plan failed.', [['the plan failed', 'Each of them']]],
    ['near-miss: a count of time ending the words before an inverted verb', 'The plant would close two months later, said Ms Lee.',
      [['The plant would close two months later', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
