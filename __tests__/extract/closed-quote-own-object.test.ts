// After a quote that ended its sentence, a subject and a verb with an object of its own start a new sentence, not an
// attribution (direct.ts objectAfter): the quote before goes to whoever spoke before it. A verb that takes a listener,
// or a phrase of time after the verb, still attributes.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a verb with an object of its own after a closed quote', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a video that shows someone', 'Ruth Okafor said she despaired. "It was very harsh." The video shows Tom Hale dancing at a wedding.',
      ['Ruth Okafor', 'Ruth Okafor']],
    ['a report that shows something', 'Ruth Okafor said she despaired. "It was very harsh." The report shows the minister smiling.',
      ['Ruth Okafor', 'Ruth Okafor']],
    ['a body that accuses someone', 'Ruth Okafor spoke first. "We were ignored." The union accused Tom Hale of "siding with the owners."',
      ['Ruth Okafor', 'the union']],
    ['near-miss: a listener', 'Tom Hale spoke first. "It was harsh." Ruth Okafor told the BBC.', ['Ruth Okafor']],
    ['near-miss: last week', 'Tom Hale spoke first. "It was harsh." Ruth Okafor said last week.', ['Ruth Okafor']],
    ['near-miss: the next day', 'Tom Hale spoke first. "It was harsh." Ruth Okafor said the next day.', ['Ruth Okafor']],
    ['near-miss: a weekday', 'Tom Hale spoke first. "It was harsh." Ruth Okafor said Monday.', ['Ruth Okafor']],
    ['near-miss: on a site', 'Tom Hale spoke first. "It was harsh." Ruth Okafor wrote on Twitter.', ['Ruth Okafor']],
    ['near-miss: the verb alone', 'Tom Hale spoke first. "It was harsh." Ruth Okafor added.', ['Ruth Okafor']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
