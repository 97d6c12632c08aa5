// A document's name read as a verb or an adjective before the verb that reports what it says keeps its subject
// (src/nlp/document-noun.ts, in tag-fixes.ts); sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'
import { parseArticle } from '../../src/nlp/parse'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.mention?.text ?? null])
const tagsOf = (text: string, word: string) => [...(parseArticle(text).tokens.find((t) => t.normal === word)?.tags ?? [])]

describe('a document before its reporting verb is a noun', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a plural after "as"', 'Ms Lee is gaining ground as polls show Mr Hale is slipping.', [['Mr Hale is slipping', 'polls']]],
    ['after "where"', 'Ms Lee is campaigning where polls show that Mr Hale is ahead.', [['that Mr Hale is ahead', 'polls']]],
    ['an editorial read as an adjective', 'The roads flooded, the editorial said.', [['The roads flooded', 'the editorial']]],
    ['an editorial before "noted" and "that"', 'The editorial noted that the roads were safe.', [['that the roads were safe', 'The editorial']]],
    ['near-miss: the document after a verb is its object', 'The teams that review reports of abuse said they were tired.', [['they were tired', 'The teams']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('the tags themselves', () => {
    expect(tagsOf('Ms Lee leads where polls show that Mr Hale is behind.', 'polls')).toContain('Noun')
    expect(tagsOf('Ms Lee leads where polls show that Mr Hale is behind.', 'show')).toContain('Verb')
    expect(tagsOf('The roads flooded, the editorial said.', 'editorial')).toContain('Noun')
    // near-miss: after a subject pronoun the word is the verb it was read as
    expect(tagsOf('They poll found voters in every county.', 'poll')).toContain('Verb')
  })
})
