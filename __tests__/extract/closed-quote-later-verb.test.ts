// After a quote that ended its sentence, a subject and a verb whose sentence goes on to quoted words report those
// words, not the quote before (direct.ts quotesLater): the quote before is the last speaker's.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a verb that reports the quote after it', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a second sentence stays the spokeswoman’s', '"She fell on stage," a spokeswoman said at the time. "It was an old injury." The legal filing described her as "a risk".',
      ['a spokeswoman', 'a spokeswoman', 'The legal filing']],
    ['near-miss: nothing quoted after the verb', '"Go home." Jane Roe told reporters on Monday.', ['Jane Roe']],
    ['near-miss: the later quote is another verb’s', '"Who can remember?" Jane Roe asks as a guard walks in, saying he is "here to help".',
      ['Jane Roe', 'Jane Roe']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
