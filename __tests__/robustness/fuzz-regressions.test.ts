// Inputs the fuzzer (npm run fuzz) found breaking an invariant inside the extractors, shrunk to their core.
// Each is marked `test.failing` while the bug stands: the suite stays green and the test documents it. When the
// extractor is fixed, the test passes, `test.failing` fails, and the fix flips it to `test`. Below them, the
// shapes of crashes reported from outside, which must keep holding.
import { analyze } from '../../src/analyze'
import type { AnalyzeOptions } from '../../src/model'
import { checkAnalysis } from '../../scripts/fuzz/check'

/** No exception, and the invariants check.ts holds every input to (exact spans, ids, values). */
function holds(text: string, options: AnalyzeOptions = {}): void {
  const found = checkAnalysis(text, analyze(text, options))
  expect(found && `${found.kind}: ${found.message}`).toBeNull()
}

describe('found by the fuzzer', () => {
  // case 3528450153 (a storm), shrunk from 4,942 characters. "last Friday" told in the future becomes the Friday a
  // week on (2025-08-22), which is still before June 2026: the range comes out backwards, 2026-06-01..2025-08-22.
  // src/extract/dates/resolve.ts, case 'range': the weekday's extra week was taken without checking it reaches
  // past the start; now a range that cannot be put in order is none.
  test('a range whose second half is a weekday before its first: "between June and last Friday"', () => {
    holds('will between June and last Friday', { published: '2025-08-19' })
  })
})

describe('found by the fuzzer, fixed', () => {
  // case 2521649447 (a mix), shrunk from 3,450 characters: "later in the year" after a day in December started a
  // month on, in January of the next year, after the year's end (2025-01-01..2024-12-31). story.ts resolveAnaphor: after
  // December the year has only December left, before January only January
  test.each([['12/1/2024 later in the year'], ['1/15/2024 earlier in the year']])('%j', (text) => {
    holds(text, { published: '2025-08-19' })
  })

  // case 3381050826 (a storm), shrunk from 63,917 characters: a reporting verb, an opening quote mark and nothing
  // after it. leadingAttribution asked namesATitle about the word after the mark, one past the last token
  // ("Cannot read properties of undefined (reading 'sentence')"); it now reads it through tokenAt
  test.each([['say«.'], ['said “'], ['Mr Hale said «']])('%j', (text) => {
    holds(text)
    holds(text.repeat(200), { published: '2025-08-19' })
  })
})

describe('reported from outside', () => {
  // issue 15: "a reporting verb, a colon and quote marks repeated many thousand times" ended in "Cannot read
  // properties of undefined (reading 'tags')" (phrases.ts `tagged` from `speakerAfter`, a token looked up past the
  // end of the array); these layouts of it hold on this branch
  test.each([
    ['said: “', 'said: “'],
    ['said: “”', 'said: “” '],
    ['told: "', 'told: "'],
    ['says: \'', "says: ' "],
    ['wrote:“ on a line of its own', 'wrote:\n“'],
  ])('%s, 3,000 times', (_name, unit) => {
    holds(unit.repeat(3_000), { published: '2025-08-19' })
  }, 60_000)
})

describe('found by the fuzzer, slow output', () => {
  // case 1635140870 (a storm) of 58,171 characters: a colon and an opening quote mark after a name, repeated ("…:“Ann
  // Hale :“Ann Hale :“…"). The name finder ran one name over every colon, so the speaker's name was 2,999 characters
  // long and the table printed it beside each of 3,630 quotes (36 MB in 55 s). A colon now ends a name (names.ts
  // findNames), and a label before a colon holds no colon or quote mark (direct.ts nameAlone).
  test('a name repeated with a colon and a quote mark after each', () => {
    const text = `Ann Hale said it. ${':“Ann Hale '.repeat(400)}`
    const result = analyze(text)
    holds(text)
    expect(Math.max(...result.speakers.map((s) => s.name.length))).toBeLessThan(20)
  })
})
