// A body described by its kind as a clause's subject is what "it" means next, though no quote names it there
// (speakers/described-bodies.ts). Sentences written for these tests.
import { analyze } from '../../src/analyze'
import { parseArticle } from '../../src/nlp/parse'
import { describedBodies } from '../../src/extract/speakers/described-bodies'

const lastSpeaker = (text: string) => analyze(text, { explain: true }).quotes.at(-1)
const phrases = (text: string) => {
  const { tokens, sentences } = parseArticle(text)
  return describedBodies(tokens, (i) => sentences[tokens[i].sentence].firstToken).map((r) => tokens.slice(r.from, r.to).map((t) => t.text).join(' '))
}

describe('"it" after a body described as the subject', () => {
  test.each<[string, string, string]>([
    ['the commission, subject before, not the office quoted before it',
      'The Quillmore Fares Commission said it had heard from riders. But the Hadley Council said bus fares would stay. The commission, a panel of three auditors, had been told to check the fares. But it said its figures were far from final.',
      'the Quillmore Fares Commission'],
    ['near-miss: a person is the subject, "it" stays the body quoted before',
      'The Quillmore Fares Commission said it had heard from riders. But the Hadley Council said bus fares would stay. The minister had been told to check the fares. But it said its figures were far from final.',
      'the Hadley Council'],
  ])('%s', (_name, text, speaker) => {
    expect(lastSpeaker(text)?.speaker).toBe(speaker)
    expect(lastSpeaker(text)?.explain?.speaker).toBe('subject-before-cue + pronoun')
  })
})

describe('describedBodies', () => {
  test.each<[string, string[]]>([
    ['The commission had been asked to act.', ['The commission']],
    ['But the small firm closed its shops.', ['the small firm']],
    ['near-miss: The company’s shares fell.', []],
    ['near-miss: The council meeting ended late.', []],
    ['near-miss: The Commission on Fair Play met.', []],
    ['near-miss: Shares in the company fell.', []],
    ['near-miss: The other group said nothing.', []],
    ['near-miss: The office was closed on Monday.', []],
    ['near-miss: The firm was founded in 1990.', []],
  ])('%s', (text, expected) => {
    expect(phrases(text.replace(/^near-miss: /, ''))).toEqual(expected)
  })
})
