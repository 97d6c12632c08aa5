import { nestMarks, type Mark } from '../../../src/render/html/nest-marks'
import { escapeHtml } from '../../../src/render/html/escape'

// marks named by a letter: <a>…</a>; the first piece of a mark cut in two is <a1>
function mark(name: string, text: string, words: string, rank: number, occurrence = 0): Mark {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1)
  if (start < 0) throw new Error(`not in the text: ${words}`)
  return { start, end: start + words.length, rank, open: (first) => `<${name}${first ? '1' : ''}>`, close: `</${name}>` }
}

const nested = (text: string, marks: Mark[]) => nestMarks(text, 0, text.length, marks, new Set(), escapeHtml)

describe('nestMarks', () => {
  const text = 'He said “we act within 10 days” today.'
  it.each([
    ['nothing marked', [], 'He said “we act within 10 days” today.'],
    ['one mark', [['q', '“we act within 10 days”', 2]], 'He said <q1>“we act within 10 days”</q> today.'],
    ['a date inside a quote, a figure inside the date', [['q', '“we act within 10 days”', 2], ['d', 'within 10 days', 5], ['f', '10 days', 6]],
      'He said <q1>“we act <d1>within <f1>10 days</f></d>”</q> today.'],
    // the same marks given in another order nest the same way
    ['order of the marks given does not matter', [['f', '10 days', 6], ['d', 'within 10 days', 5], ['q', '“we act within 10 days”', 2]],
      'He said <q1>“we act <d1>within <f1>10 days</f></d>”</q> today.'],
    ['a date crossing the end of a quote is cut, the quote is not', [['q', '“we act within', 2], ['d', 'within 10 days', 5]],
      'He said <q1>“we act <d1>within</d></q><d> 10 days</d>” today.'],
    ['a date crossing the start of a quote is cut at its start', [['d', 'said “we', 5], ['q', '“we act', 2]],
      'He <d1>said </d><q1><d>“we</d> act</q> within 10 days” today.'],
    ['two marks of one rank that cross: the later is cut', [['d', 'act within', 5], ['e', 'within 10', 5]],
      'He said “we <d1>act <e1>within</e></d><e> 10</e> days” today.'],
    ['marks side by side', [['m', 'He', 3], ['c', 'said', 4]], '<m1>He</m> <c1>said</c> “we act within 10 days” today.'],
    ['a mark with the same span as an outer one nests inside it', [['q', 'today', 2], ['d', 'today', 5]], 'He said “we act within 10 days” <q1><d1>today</d></q>.'],
  ] as [string, [string, string, number][], string][])('%s', (_name, specs, expected) => {
    expect(nested(text, specs.map(([name, words, rank]) => mark(name, text, words, rank)))).toBe(expected)
  })

  it('escapes the text between the marks, and only the text', () => {
    const hostile = 'x <script>alert(1)</script> & “<img onerror=y>”'
    expect(nested(hostile, [mark('q', hostile, '“<img onerror=y>”', 2)]))
      .toBe('x &lt;script&gt;alert(1)&lt;/script&gt; &amp; <q1>“&lt;img onerror=y&gt;”</q>')
  })

  it('clips marks to the range and opens a mark as first once across ranges (a quote over two paragraphs)', () => {
    const two = '“First part\n\nsecond part,” she said.'
    const q = mark('q', two, two.slice(0, two.indexOf(' she')), 2)
    const opened = new Set<Mark>()
    const first = nestMarks(two, 0, 11, [q], opened, escapeHtml)
    const second = nestMarks(two, 13, two.length, [q], opened, escapeHtml)
    expect([first, second]).toEqual(['<q1>“First part</q>', '<q>second part,”</q> she said.'])
  })

  it('cuts a mark that starts on the last character of an outer one, and leaves no empty element', () => {
    const t = 'a “b” c'
    const out = nested(t, [mark('q', t, '“b”', 2), { start: t.indexOf('” c'), end: t.length, rank: 6, open: (f) => `<f${f ? '1' : ''}>`, close: '</f>' }])
    expect(out).toBe('a <q1>“b<f1>”</f></q><f> c</f>')
    expect(out).not.toMatch(/<(\w+)1?><\/\1>/)
  })
})
