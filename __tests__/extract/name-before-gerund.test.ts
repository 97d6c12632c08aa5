// A person's name followed by a gerund and its place or object (quotes/speaker-phrase.ts afterDescribingGerund):
// "Prime minister Tom Okafor speaking to a think tank called the deal “void”" is Tom Okafor's, not the think
// tank's nor a description of all of it; people named by a common noun keep the gerund as their description.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a name before a gerund that says where someone spoke', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a role and a name the tagger does not know',
      'Kemal Aydin is the Turkish president. On Tuesday, Greek prime minister Tomas Okaforis speaking to a think tank in Hadley called the deal “null and void”.',
      ['Tomas Okaforis']],
    ['an honorific and a name',
      'Kemal Aydin is the Turkish president. Sen. Jane Albury speaking at a rally said the plan was dead.', ['Jane Albury']],
    // near-misses: people named by a common noun are the gerund's phrase as a whole
    ['officials speaking somewhere stay a group',
      'Kemal Aydin is the Turkish president. Officials speaking in Geneva said the talks had failed.', ['Officials speaking in Geneva']],
    ['staff of a body stay a group',
      'Kemal Aydin is the Turkish president. Hadley Council staff speaking on Hadley Radio said the deal was dead.',
      ['Hadley Council staff speaking on Hadley Radio']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
