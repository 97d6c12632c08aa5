// Quotes repeated across articles, on analyses of sentences written here.
import { analyze } from '../../src/analyze'
import type { Analysis } from '../../src/model'
import { normaliseWords } from '../../src/summary/repeated-quotes'
import { summarize } from '../../src/summary/corpus-summary'

const article = (source: string, text: string): Analysis => analyze(text, { source })

describe('repeated quotes', () => {
  it.each<[string, string, string]>([
    ['“We will have a deal, very soon,”', 'we will have a deal very soon', 'quote marks, commas and case'],
    ['"We Will Have A Deal Very Soon."', 'we will have a deal very soon', 'straight quotes and a full stop'],
    ['« Nous allons gagner »', 'nous allons gagner', 'guillemets'],
    ['“It’s over — done!”', 'it s over done', 'apostrophes and dashes are not words'],
  ])('normaliseWords(%s) = %s (%s)', (text, expected) => {
    expect(normaliseWords(text)).toBe(expected)
  })

  it('the same words by the same speaker in two articles, however each names him and punctuates them', () => {
    const summary = summarize([
      article('a.txt', '“We will have a deal very soon,” Donald Trump told reporters on Monday.'),
      article('b.txt', '"We will have a deal very soon." Mr Trump said.'),
      article('c.txt', '“We will have a deal very soon,” Angela Merkel said.'), // someone else
      article('d.txt', '“A deal soon,” Donald Trump said.'), // other words
    ])
    expect(summary.repeatedQuotes).toEqual([
      { text: '“We will have a deal very soon,”', speaker: 'Donald Trump', articleCount: 2, sources: ['a.txt', 'b.txt'] },
    ])
  })

  it('leaves out reported speech, short quotes, unnamed sources, and a quote repeated within one article', () => {
    const summary = summarize([
      article('a.txt', 'Donald Trump said the meeting could happen within two weeks. “Very good,” Mr Trump said. “We are ready for this fight,” a European official said. “We will win this war in the end,” Ms Lee said. “We will win this war in the end,” she repeated.'),
      article('b.txt', 'Donald Trump said the meeting could happen within two weeks. “Very good,” Mr Trump said. “We are ready for this fight,” a European official said.'),
    ])
    expect(summary.repeatedQuotes).toEqual([])
  })

  it('does not depend on the order the articles come in: the text shown is the first source’s', () => {
    const articles = [
      article('b.txt', '"We will have a deal very soon." Mr Trump said.'),
      article('a.txt', '“We will have a deal, very soon,” Donald Trump said.'),
      article('c.txt', '“We will have a deal very soon,” Donald Trump said on Monday.'),
    ]
    const forward = summarize(articles).repeatedQuotes
    expect(summarize([...articles].reverse()).repeatedQuotes).toEqual(forward)
    expect(forward).toEqual([{ text: '“We will have a deal, very soon,”', speaker: 'Donald Trump', articleCount: 3, sources: ['a.txt', 'b.txt', 'c.txt'] }])
  })
})
