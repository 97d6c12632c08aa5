// A sentence ends after quote marks that close after its stop (quote-stop.ts): sentences written for these tests.
import { parseArticle } from '../../src/nlp/parse'
import { analyze } from '../../src/analyze'

const sentences = (text: string) => parseArticle(text).sentences.map((s) => text.slice(s.start, s.end))
const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('a closing quote mark after a stop ends the sentence', () => {
  test.each<[string, string, string[]]>([
    ['straight marks, a capital after', '"We have the numbers." The vote will be close, said Mr Lund.',
      ['"We have the numbers."', 'The vote will be close, said Mr Lund.']],
    ['curly marks and a question', '“Who pays for it?” Nobody on the council could say.',
      ['“Who pays for it?”', 'Nobody on the council could say.']],
    ['near-miss: a lower-case word goes on', 'She shouted "Stop!" and the crowd went quiet.',
      ['She shouted "Stop!" and the crowd went quiet.']],
    ['near-miss: a quote closed by a comma', '"We will appeal," Ms Ruiz said on Monday.',
      ['"We will appeal," Ms Ruiz said on Monday.']],
    ['near-miss: a stop after the closing mark is compromise\'s own', 'He called the plan "a mess". The council disagreed.',
      ['He called the plan "a mess".', 'The council disagreed.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })

  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['the report after a quote is a quote of its own',
      'Mr Lund spoke to the press. "We have the numbers." The vote will be close, said Mr Lund.',
      [['direct', '"We have the numbers."', 'Mr Lund'], ['indirect', 'The vote will be close', 'Mr Lund']]],
    ['after a quote with its speaker before it',
      'Ms Ruiz said: “We will appeal.” The ruling was unfair to the families, she told reporters.',
      [['direct', '“We will appeal.”', 'Ms Ruiz'], ['indirect', 'The ruling was unfair to the families', 'Ms Ruiz']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
