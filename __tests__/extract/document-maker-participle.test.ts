// A document as subject with a participle phrase naming its maker (author-after.ts, speaker-phrase.ts
// subjectEndingAt, nlp/document-noun.ts recordWithSource, nlp/compound-noun.ts): "A study carried out by the
// Hadley Institute found that …" is the institute's; "research commissioned by the charity" is the research's own
// (the one who paid for it did not write it).
import { analyze } from '../../src/analyze'

const found = (text: string) => analyze(text).quotes.map((q) => [q.type, q.speaker, q.text])

describe('a document made by someone speaks for its maker', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['a phrasal participle of making before its agent', 'A study carried out by the Hadley Institute found that most cyclists wear helmets.',
      [['indirect', 'the Hadley Institute', 'that most cyclists wear helmets']]],
    ['the agent, then the day it came out', 'A report published by the Hadley Council on Monday shows that rents fell.',
      [['indirect', 'the Hadley Council', 'that rents fell']]],
    ['a plural record whose verb the tagger read as a noun', 'Figures published by the ministry show that exports rose.',
      [['indirect', 'the ministry', 'that exports rose']]],
    ['a record whose verb after its agent the tagger read as a noun', 'A report published by the ministry shows that debt fell.',
      [['indirect', 'the ministry', 'that debt fell']]],
    ['the payer is no author: the research speaks', 'New research commissioned by the charity suggests that prices will rise.',
      [['indirect', 'New research', 'that prices will rise']]],
    ['a funder is no author either', 'A new study funded by the council found that wages fell.', [['indirect', 'a new study', 'that wages fell']]],
    ['a writing’s word opening the sentence is no one’s name', 'Research conducted by the Hadley Trust shows that fees will rise.',
      [['indirect', 'Hadley Trust', 'that fees will rise']]],
    ['no maker named: the record itself', 'A report published in March shows that crime fell.', [['indirect', 'a report', 'that crime fell']]],
    ['the writing named again is the one brought in last', 'An email sent by Tom Hale warned of a long fight. Jane Reyes sent an email to her staff. "We need you now," the email said.',
      [['indirect', 'Tom Hale', 'a long fight'], ['direct', 'Jane Reyes', '"We need you now,"']]],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  // near-misses: no content, a person described by a participle, a place or time only
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['a participle phrase and no report', 'A study carried out by the university found its way into the papers.', []],
    ['a person described by a participle', 'A man arrested by police said he was innocent.', [['indirect', 'a man', 'he was innocent']]],
    ['evidence is no one’s writing', 'The evidence suggests that the fire was set.', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected)
  })
})
