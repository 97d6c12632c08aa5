// The sentence a date carries for the timeline: whole in news, the words around the date in a text that never
// stops (each of its hundreds of dates carrying all of it made the output grow with the square of its length).
import { analyze, SENTENCE_CHARS } from '../src/analyze'

const on = (text: string, date: string) => analyze(text, { published: '2025-08-19' }).dates.find((d) => d.text.includes(date))!

describe('the sentence of a date', () => {
  test.each([
    ['a news sentence, whole', 'Mr Hale said on Monday   that the plan\twould work. Then he left.', 'Monday', 'Mr Hale said on Monday that the plan would work.'],
    ['the second sentence', 'It rained. Ms Lee will fly out next week, aides said.', 'next week', 'Ms Lee will fly out next week, aides said.'],
  ])('%s', (_name, text, date, sentence) => {
    expect(on(text, date).sentence).toBe(sentence)
  })

  test('a text without stops: the words around the date, cut at spaces, "…" on each cut side', () => {
    const filler = 'and the council met again '
    const text = filler.repeat(200) + 'on 3 March 2021 ' + filler.repeat(200)
    const { sentence } = on(text, '3 March 2021')
    expect(sentence.length).toBeLessThanOrEqual(SENTENCE_CHARS + 2)
    expect(sentence.length).toBeGreaterThan(SENTENCE_CHARS - 60)
    // whole words only: "…the council" or "…and the", never "…ouncil"
    expect(sentence).toMatch(/^…(and|the|council|met|again) /)
    expect(sentence).toMatch(/ (and|the|council|met|again)…$/)
    expect(sentence).toContain(' on 3 March 2021 and the council')
  })

  test('near the start of such a text only the end is cut', () => {
    const text = 'On 3 March 2021 ' + 'the council met again and '.repeat(300)
    const { sentence } = on(text, '3 March 2021')
    expect(sentence.startsWith('On 3 March 2021 the council')).toBe(true)
    expect(sentence.endsWith('…')).toBe(true)
  })
})
