// The fuzzer's parts (scripts/fuzz/) and a short, fixed-seed piece of its run: `npm run fuzz -- --minutes N`
// runs the same checks for as long as it is given. No time is asserted here (linear.ts is the run's alone).
import path from 'node:path'
import { analyze } from '../../src/analyze'
import type { Analysis } from '../../src/model'
import { checkAnalysis, checkText } from '../../scripts/fuzz/check'
import { fixtureTexts, optionsFor, signature } from '../../scripts/fuzz/cases'
import { generate, type FuzzCase } from '../../scripts/fuzz/generate'
import { randomFrom } from '../../scripts/fuzz/random'
import { shrink } from '../../scripts/fuzz/shrink'

const fixtures = fixtureTexts(path.join(__dirname, '..', '..', 'fixtures'))
const SMALL = { maxChars: 2_000, maxStorm: 4_000, maxHuge: 0 }

describe('checks catch what they are for', () => {
  const text = 'Mr Hale said: “We will pay $5 million on Monday.” Ms Lee, a lawyer, disagreed.'
  const good = analyze(text, { published: '2025-08-19' })
  const copy = () => JSON.parse(JSON.stringify(good)) as Analysis

  test('the analysis it starts from has a quote, a speaker, a date and a figure inside the quote', () => {
    expect(checkAnalysis(text, good)).toBeNull()
    expect(good.quotes[0].speakerId).not.toBeNull()
    expect(good.figures[0].quoteId).toBe('q1')
    expect(good.dates[0].quoteId).toBe('q1')
  })

  const broken: Array<[string, (a: Analysis) => void, string]> = [
    ['a quote one character off', (a) => { a.quotes[0].start += 1 }, 'span'],
    ['a mention past the end', (a) => { a.quotes[0].mention = { text: 'x', start: text.length, end: text.length + 1 } }, 'span'],
    ['a cue with the wrong text', (a) => { a.quotes[0].cue!.text = 'says' }, 'span'],
    ['a figure with a fractional offset', (a) => { a.figures[0].start += 0.5 }, 'span'],
    ['a date reversed', (a) => { [a.dates[0].start, a.dates[0].end] = [a.dates[0].end, a.dates[0].start] }, 'span'],
    ['a speakerId naming nobody', (a) => { a.quotes[0].speakerId = 's9' }, 'ids'],
    ['a quote id out of order', (a) => { a.quotes[0].id = 'q2' }, 'ids'],
    ['a quoteId naming no quote', (a) => { a.figures[0].quoteId = 'q7' }, 'ids'],
    ['a quoteCount that does not add up', (a) => { a.speakers[0].quoteCount = 3 }, 'ids'],
    ['a speaker name but no id', (a) => { a.quotes[0].speakerId = null }, 'ids'],
    ['a value JSON cannot carry', (a) => { a.figures[0].value = Infinity }, 'value'],
    ['a day that does not exist', (a) => { a.dates[0].resolved = { start: '2025-02-30', end: '2025-02-30' } }, 'value'],
  ]
  test.each(broken)('%s', (_name, breakIt, kind) => {
    const a = copy()
    breakIt(a)
    expect(checkAnalysis(text, a)?.kind).toBe(kind)
  })

  test('an exception is a violation with its stack, and the signature names the frame', () => {
    const v = { kind: 'exception', message: "Cannot read properties of undefined (reading 'tags') at 12", stack: 'TypeError: x\n    at tagged (/p/src/extract/phrases.ts:25:51)\n    at speakerAfter (/p/src/extract/quotes/speaker-phrase.ts:253:7)' }
    expect(signature(v)).toBe("exception: Cannot read properties of undefined (reading 'tags') at # @ tagged phrases.ts:25")
  })
})

describe('shrinking', () => {
  const cases: Array<[string, string, (t: string) => boolean, string | undefined, string]> = [
    ['the words that matter, from the middle', 'The minister said: “x” and then Mr Hale said: “y”.', (t) => t.includes('Hale'), undefined, 'Hale'],
    ['two separate pieces both needed', 'aaaa said bbbb “ cccc', (t) => /said.*“/.test(t), undefined, 'said“'],
    ['a storm by whole units first', 'said: “'.repeat(500), (t) => (t.match(/“/g) ?? []).length >= 3, 'said: “', '“““'],
    ['nothing to cut when everything is needed', 'ab', (t) => t === 'ab', undefined, 'ab'],
  ]
  test.each(cases)('%s', (_name, input, fails, unit, expected) => {
    const result = shrink(input, fails, 10_000, unit)
    expect(result.text).toBe(expected)
    expect(result.timedOut).toBe(false)
  })
})

describe('generation', () => {
  test('a seed makes the same case every time', () => {
    for (const seed of [1, 42, 4294967295]) expect(generate(seed, SMALL, fixtures)).toEqual(generate(seed, SMALL, fixtures))
  })

  test('every family comes out, and storms repeat their unit', () => {
    const r = randomFrom(7)
    const cases: FuzzCase[] = Array.from({ length: 300 }, () => generate(r.seed(), SMALL, fixtures))
    expect(new Set(cases.map((c) => c.family))).toEqual(new Set(['article', 'storm', 'nesting', 'mix', 'chars', 'mutant']))
    for (const c of cases.filter((c) => c.storm)) expect(c.text).toBe(c.storm!.prefix + c.storm!.unit.repeat(c.storm!.count))
  })
})

describe('a short fixed-seed run', () => {
  const r = randomFrom(20251203)
  const cases = Array.from({ length: 40 }, () => generate(r.seed(), SMALL, fixtures))
  test.each(cases.map((c) => [c.seed, c.family, c] as const))('case %d (%s)', (_seed, _family, c) => {
    const found = checkText(c.text, { ...optionsFor(c), render: true, decode: true })
    expect(found && `${signature(found)}\n${found.stack ?? ''}`).toBeNull()
  }, 30_000)
})
