// Asides set off by commas between a verb of saying and what it reports: a phrase of manner before what was made known,
// a relative aside of place or time before "that" (src/extract/quotes/phrase-aside.ts); an adverb of concession
// between the auxiliary and the verb (speaker-phrase.ts). Sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('asides between a verb of saying and its words', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['a phrase of manner before an object', 'Ana Ruiz described, in fairly blistering terms, a set of rules that left the town exposed.',
      [['a set of rules that left the town exposed', 'Ana Ruiz', 'frame-statement']]],
    ['a relative aside of place before "that"', 'Ana Ruiz said on the radio, where she is now a paid guest, that the mayor should resign.',
      [['that the mayor should resign', 'Ana Ruiz', 'cue-clause']]],
    ['"nevertheless" before the verb', 'Ana Ruiz has nevertheless called his vote a mistake.', [['his vote a mistake', 'Ana Ruiz', 'frame-object-as']]],
    ['how the statement came out, then "that"', 'Ana Ruiz said in a statement released by her office that the plan would fail.',
      [['that the plan would fail', 'Ana Ruiz', 'cue-clause']]],
    ['how the statement came out, then a clause', 'Ana Ruiz said in a letter sent Friday to members the plan would fail.',
      [['the plan would fail', 'Ana Ruiz', 'cue-clause']]],
    ['near-miss: no words after the statement', 'Ana Ruiz said so in a statement released by her office.', [['so', 'Ana Ruiz', 'answer-report']]],
    ['near-miss: an aside with a verb of its own', 'Ana Ruiz described, after looking at the books, a set of rules.', []],
    ['near-miss: a relative aside with no "that" after it', 'Ana Ruiz said on Monday, when the vote was held, the bridge was safe.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
