// Every read of a token by computed index (tokens[i - 1], tokens[np.to]) goes through tokenAt, which answers "no
// token" past either end, and the predicates (tagged, breaksAfter, isNounish, …) answer false for no token. Issue
// 15: "said: “" repeated thousands of times ended in "Cannot read properties of undefined (reading 'tags')".
// These tables put the phrase readers at both ends of the token array, and the shapes that end a text right
// where a reader looks for the next word ("…,” said", "according to", "the mayor of") through analyze().
import { analyze } from '../../src/analyze'
import { parseArticle, tokenAt, type Token } from '../../src/nlp/parse'
import { breaksAfter, endsAttribution, hasVerb, isCapitalized, isNounish, phraseEndingAt, phraseStartingAt, startsClause, tagged } from '../../src/extract/phrases'
import { cueAt, clauseSubject, speakerAfter, subjectBefore } from '../../src/extract/quotes/speaker-phrase'
import { findNames, isNameWord, nameInPhrase } from '../../src/extract/speakers/names'
import { checkAnalysis } from '../../scripts/fuzz/check'

describe('tokenAt', () => {
  const tokens = parseArticle('Mr Hale said so.').tokens
  test.each([
    [-1, undefined],
    [0, 'Mr'],
    [3, 'so'],
    [4, undefined],
    [40, undefined],
  ])('index %d: %s', (i, expected) => {
    expect(tokenAt(tokens, i)?.text).toBe(expected)
  })
  test('an empty text has no token at 0', () => {
    expect(tokenAt(parseArticle('').tokens, 0)).toBeUndefined()
  })
})

describe('predicates answer false for no token', () => {
  const said = parseArticle('Mr Hale said,').tokens[2]
  test.each<[string, (t: Token | undefined) => boolean]>([
    ['tagged', (t) => tagged(t, 'Verb')],
    ['isCapitalized', isCapitalized],
    ['isNounish', isNounish],
    ['breaksAfter', breaksAfter],
    ['isNameWord', isNameWord],
  ])('%s', (_name, predicate) => {
    expect(predicate(undefined)).toBe(false)
  })
  // near-misses: the same predicates on a real token still answer as before
  test('on a token: "said," is a verb, breaks after, is no name', () => {
    expect([tagged(said, 'Verb'), breaksAfter(said), isNameWord(said), isCapitalized(said)]).toEqual([true, true, false, false])
  })
})

// texts that end (or begin) where a reader looks one word further
const EDGES = [
  '“Yes,” said',
  '“Yes,” said the',
  'according to',
  'said: “',
  'Mr',
  'the mayor of',
  'most of them',
  'those',
  'the head of the agency said',
  'told CNBC:',
  'Asked',
  'When asked',
  'he said',
  'and said',
  'known as “',
  '“Go,” says Mr Hale, a',
  'Ms',
  'Ronalee Carey Kevin',
  'de',
]

describe('phrase readers at both ends of the token array', () => {
  test.each(EDGES.map((text) => [text]))('%j', (text) => {
    const tokens = parseArticle(text).tokens
    const n = tokens.length
    const within = (r: { from: number; to: number } | null) => r === null || (r.from >= 0 && r.from <= r.to && r.to <= n)
    for (let i = 0; i <= n; i++) {
      expect(within(phraseEndingAt(tokens, i, 0))).toBe(true)
      expect(within(phraseStartingAt(tokens, i, n))).toBe(true)
      expect(within(speakerAfter(tokens, i, n))).toBe(true)
      expect(within(clauseSubject(tokens, 0, i))).toBe(true)
      expect(typeof startsClause(tokens, i, n)).toBe('boolean')
      expect(typeof startsClause(tokens, i, n, true)).toBe('boolean')
      expect(typeof endsAttribution(tokens, i, n)).toBe('boolean')
      expect(typeof hasVerb(tokens, i, n)).toBe('boolean')
      if (i < n) {
        expect(within(cueAt(tokens, i))).toBe(true)
        expect(within(subjectBefore(tokens, i, 0))).toBe(true)
        const name = nameInPhrase(tokens, { from: i, to: n })
        expect(within(name)).toBe(true)
      }
    }
    for (const name of findNames(tokens)) expect(within(name)).toBe(true)
  })
})

describe('analyze() on the same edges, alone and as storms', () => {
  test.each(EDGES.map((text) => [text]))('%j', (text) => {
    for (const input of [text, ` ${text} `, `${text}\n\n${text}`, text.repeat(300), `${text} `.repeat(300), `${text}\n`.repeat(300)]) {
      const found = checkAnalysis(input, analyze(input, { published: '2025-08-19' }))
      expect(found && `${found.kind}: ${found.message}`).toBeNull()
    }
  }, 60_000)
})
