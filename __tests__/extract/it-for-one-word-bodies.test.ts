// "It said" after a body named by one word the tagger cannot place: the body, when the article calls it "its"
// (speakers/lone-bodies.ts itsAfter) or when the tagger read the name as a plural (speakers/pronouns.ts
// bodyReadAsPlural: "Yukos" is no plural of "yuko"); never left without a speaker or given to a body named before.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('"it" for a body named by one word', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a body the article calls "its"',
      'Northwind has taken more legal action to stop leaks of its new products. The computer giant has sued three men for releasing early versions of its software. It said two versions of the system were put onto the net in October. It is the second time this month that Northwind has sued.',
      ['Northwind']],
    ['a body whose name the tagger reads as a plural',
      'Acme Bank is involved in the case because it is being sued by Yukos. Yukos maintains that it filed for bankruptcy in the US because it feared it could not do so in Russia. It also said that it could offer a restructuring.',
      ['Yukos', 'Yukos']],
    // near-misses: a person's word with "his" is no body; people in the plural are not what "it" means
    ['a person with "his"',
      'Hale has taken more legal action to stop leaks of his new books. It said two versions were leaked. It is the second time this month that Hale has sued.',
      [null]],
    ['people in the plural',
      'Acme Bank is involved in the case. Supporters said that the bank was wrong. It also said that it could offer a restructuring.',
      ['Supporters', 'Acme Bank']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
