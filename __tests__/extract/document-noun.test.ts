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
    ['findings with their source, "show" read as a noun', 'Findings from the charity show that one in five children go hungry.',
      [['that one in five children go hungry', 'Findings from the charity']]],
    ['research with its source, "Research" read as a verb', 'Research by the charity shows that many children go hungry.',
      [['that many children go hungry', 'Research by the charity']]],
    ['figures from a body whose name holds "for"', 'The latest figures from the Office for National Statistics show that prices rose.',
      [['that prices rose', 'The latest figures from the Office for National Statistics']]],
    ['near-miss: a show with no clause after it', 'Figures from the charity show dates for the tour.', []],
    ['near-miss: not at the start of its sentence', 'Tickets for the show that night sold out.', []],
    ['near-miss: the document after a verb is its object', 'The teams that review reports of abuse said they were tired.', [['they were tired', 'The teams']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('the record speaks for the source it names', () => {
    const a = analyze('Research by the charity shows that many children go hungry.')
    expect(a.quotes[0].speaker).toBe('the charity')
  })

  test('the tags themselves', () => {
    expect(tagsOf('Ms Lee leads where polls show that Mr Hale is behind.', 'polls')).toContain('Noun')
    expect(tagsOf('Ms Lee leads where polls show that Mr Hale is behind.', 'show')).toContain('Verb')
    expect(tagsOf('The roads flooded, the editorial said.', 'editorial')).toContain('Noun')
    // near-miss: after a subject pronoun the word is the verb it was read as
    expect(tagsOf('They poll found voters in every county.', 'poll')).toContain('Verb')
    expect(tagsOf('Findings from the charity show that most children walk.', 'show')).toContain('Verb')
    expect(tagsOf('Research by the charity shows that most children walk.', 'research')).toContain('Noun')
    expect(tagsOf('Research by the charity shows that most children walk.', 'research')).not.toContain('Verb')
  })
})
