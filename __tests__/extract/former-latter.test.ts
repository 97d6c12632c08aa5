// "the latter" is the nearer of the two named last, "the former" the one before it (former-latter.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('the former and the latter', () => {
  test.each<[string, string, Array<string | null>]>([
    ['two bodies', 'Inquiries were opened by the Hadley Aviation Authority and the Kestrel Safety Board. The latter said the pilot had died.',
      ['the Kestrel Safety Board']],
    ['two people', 'Tom Hale met Ann Lee on Monday. The latter said the talks went well.', ['Ann Lee']],
    ['near-miss: one named before is not two', 'Tom Hale spoke on Monday. The latter said the talks went well.', ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
