// A straight quote mark that reopens after a sentence's end (marks.ts reopens): copy that runs a quote's paragraphs
// together keeps each paragraph's opening mark and drops the closing ones. Sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker])

describe('a straight mark after a sentence end opens the next paragraph of a quote', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['two paragraphs run together, the second closed and unattributed',
      'The mill closed on Friday. "It was a shock to all of us," said Nora Patel. "Nobody saw it coming. "But we will find other work. The town has done it before."',
      [['"It was a shock to all of us,"', 'Nora Patel'], ['"Nobody saw it coming.', 'Nora Patel'], ['"But we will find other work. The town has done it before."', 'Nora Patel']]],
    ['the second paragraph closed by its own attribution',
      'Coach Ben Ortiz was pleased. "We played well in the first half. "The second half was harder," Ortiz said.',
      [['"We played well in the first half.', 'Ben Ortiz'], ['"The second half was harder,"', 'Ben Ortiz']]],
    ['the stop closes a quote inside the quote first',
      'Mr Lund spoke to the press. "It makes you stop and say \'that is new.\' "My own view is that we should wait."',
      [['"It makes you stop and say \'that is new.\'', 'Mr Lund'], ['"My own view is that we should wait."', 'Mr Lund']]],
    ['a question mark ends the first paragraph',
      'Lena Varga spoke to reporters. "Who could have planned for this? "We did our best," she said.',
      [['"Who could have planned for this?', 'Lena Varga'], ['"We did our best,"', 'Lena Varga']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each<[string, string, Array<[string, string | null]>]>([
    ['near-miss: a closing mark with a space before it and none after a word',
      '"We will stay open. " Ada Lund said on Monday, and left.',
      [['"We will stay open. "', 'Ada Lund']]],
    ['near-miss: quoted words inside a straight quote, not after a sentence end',
      '"He called it "a disaster" and walked out," said Omar Haddad.',
      [['"He called it "a disaster" and walked out', 'Omar Haddad']]],
    ['near-miss: a closing mark right after the sentence, no space before it',
      '"We won." Then the captain, Ida Berg, left the field.',
      [['"We won."', null]]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('the continued quote says why it was found', () => {
    const q = analyze('"It was a shock," said Nora Patel. "Nobody saw it coming. "But we will find other work here."', { explain: true }).quotes
    expect(q.map((x) => x.explain?.speaker ?? null)).toEqual([expect.any(String), expect.any(String), expect.stringMatching(/continues-quote/)])
  })
})
