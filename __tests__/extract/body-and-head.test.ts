// "and" inside a body's name before its head (name-joins.ts joinsBodyHead): "the Food and Drug Administration said"
// is the administration, not "Drug Administration" nor a pair of "Food" and "Drug Administration"; and the few firms
// written with "and" (nlp/firm-names.ts): "Marks and Spencer said" is the retailer, not "Spencer".
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a body’s name goes on over "and" to its head', () => {
  test.each<[string, string, Array<string | null>]>([
    ['two words of a domain before the head', 'The Food and Drug Administration said the pill was safe.', ['the Food and Drug Administration']],
    ['after a word that describes the body', 'The federal Securities and Exchange Commission said it would look into the trades.',
      ['Securities and Exchange Commission']],
    ['a domain of three words before a union', 'The Public and Commercial Services Union said staff would walk out.',
      ['the Public and Commercial Services Union']],
    ['a plural head the tagger reads as a place', 'The Hadley Red Cross and Red Crescent Societies said they needed more funds.',
      ['the Hadley Red Cross and Red Crescent Societies']],
    ['a firm written with "and"', 'Marks and Spencer said its sales had fallen.', ['Marks and Spencer']],
    ['a firm written with "and", then its kind', 'Procter and Gamble said profits rose. The company said it would hire.',
      ['Procter and Gamble', 'Procter and Gamble']],
    ['a role of a body whose name holds "and", set off by commas', 'Jo Hale, head of water use and supply for the Road and Rail Foundation, said costs were rising.',
      ['Jo Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })

  // near-misses: two people or two bodies, each with a name of its own
  test.each<[string, string, Array<string | null>]>([
    ['two people', 'Tony Blair and Gordon Brown said they would meet.', ['Tony Blair and Gordon Brown']],
    ['two people with a firm’s surnames', 'Tom Marks and Jo Spencer said they would marry.', ['Tom Marks and Jo Spencer']],
    ['a known firm and a body', 'Google and Microsoft Research said they would share the data.', ['Microsoft Research']],
    ['an acronym and a body', 'The IMF and World Bank said growth would slow.', ['World Bank']],
    ['a bank and a bank', 'Citizens Bank and Canal Bank said rates would rise.', ['Canal Bank']],
    ['two bodies opening the sentence', 'Barclays and Lloyds Bank said they would cut rates.', ['Lloyds Bank']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
