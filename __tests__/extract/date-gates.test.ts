// The gates of the date finders' patterns (gated() in all-matches.ts): a gate may let through a sentence its
// pattern finds nothing in, never the other way round. Every gated pattern is checked against sentences holding
// dates of every kind the finders read (the near-misses a gate must still pass), and against the fixture texts.
import fs from 'node:fs'
import path from 'node:path'
import { allMatches, gated, gatedPatterns } from '../../src/extract/all-matches'
import { extractDates } from '../../src/extract/dates'
import { parseArticle } from '../../src/nlp/parse'

const DATE_SENTENCES = [
  // absolute days, months, years, decades, centuries, quarters
  'The talks opened on Friday, January 4, 2019, and closed on 6-8 March.',
  'Sales fell in Jan. 4 trading and again on 2019-01-04.',
  'The plant closed in February 2022 and reopened in early March this year.',
  'Rents rose in mid-2019 and again in 2010-15, and over 1939–1945 the town emptied.',
  'It was popular in the 1990s, the late \'70s and the mid-90s.',
  'The church dates from the late 19th century, or the twentieth century at the latest.',
  'Profits rose in the fourth quarter of 2019 and in Q3 2020.',
  'The vote is on 9/11 and the audit on 3/4/2021.',
  // relative days and periods
  'He said last Friday that Monday last week was the worst day.',
  'Today, yesterday and tomorrow night are all booked, and so is this morning.',
  'Prices rose last week, earlier this month and late last year.',
  'The weekend was quiet; this past weekend was not.',
  'Earlier in the month, and in the first half of the year, sales slowed.',
  'Two days ago, a few weeks ago and several years ago it rained.',
  'Over the past two weeks and the previous few months, the last year was hard.',
  'The previous day, the same week and three days later, he left; the day before, he had come.',
  // events, deadlines, durations, ages, holidays, seasons, times, vague periods
  'On the eve of the vote, two weeks before the March 3 deadline, hours before the attack, the night of the fire.',
  'A decision is due within 10 days, within the next two weeks, in two weeks\' time, or by the end of the year.',
  'He served six years, two and a half years, an hour and a half, for a year and half a century.',
  'A 45-year-old man, aged 41, at the age of 95; Tom Okafor, 42, and 64 years old.',
  'On Christmas Day, New Year\'s Eve, Good Friday and the Fourth of July the shops close.',
  'Last spring and in summer 2019 the river flooded.',
  'At 9:30 a.m. EST, at 15:00, at noon, at five o\'clock and in the early evening.',
  'In recent months, in past decades, in coming weeks, for years, after months of talks, mere minutes into it.',
  'Millions of years ago, many years later, last season, in the near future, the eleventh week of protests.',
]

// sentences the old sentence filter let through ("market", "page", "decision", "may") that hold no date
const DATE_FREE = [
  'The market page showed a separate decision on the image.',
  'She may manage the language programme, the minister said.',
  'Investors declared a novel strategy in the average message.',
]

const fixtureTexts = () => {
  const root = path.join(__dirname, '..', '..', 'fixtures')
  return fs.readdirSync(root).flatMap((dir) => {
    const file = path.join(root, dir, 'article.txt')
    return fs.existsSync(file) ? [fs.readFileSync(file, 'utf8')] : []
  })
}

const ungatedMatches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].length

describe('gated()', () => {
  test('a gated pattern finds nothing where its gate finds nothing, and all it would find where the gate passes', () => {
    const pattern = gated(/\b(?<n>\d+)\s(?:days?|weeks?)\b/g, /days?|weeks?/)
    expect(allMatches(pattern, 'within 10 days or 2 weeks').map((m) => m[0])).toEqual(['10 days', '2 weeks'])
    expect(allMatches(pattern, 'within 10 hours')).toEqual([])
  })

  test('a gate that would keep state between tests is refused', () => {
    expect(() => gated(/\d+/g, /\d/g)).toThrow(/neither the g nor the y flag/)
    expect(() => gated(/\d+/g, /\d/y)).toThrow(/neither the g nor the y flag/)
  })

  test('the date finders gate their patterns', () => {
    // importing the extractor loads every finder; each gates its costly patterns
    expect(extractDates).toBeDefined()
    expect(gatedPatterns().length).toBeGreaterThanOrEqual(40)
  })
})

describe('no match escapes its gate', () => {
  const pairs = gatedPatterns()
  test.each(DATE_SENTENCES.map((s) => [s]))('%s', (sentence) => {
    let matched = 0
    for (const { pattern, gate } of pairs) {
      if (ungatedMatches(pattern, sentence) === 0) continue
      matched++
      expect({ pattern: pattern.source.slice(0, 60), passes: gate.test(sentence) }).toEqual({ pattern: pattern.source.slice(0, 60), passes: true })
    }
    expect(matched).toBeGreaterThan(0)
  })

  test('in every sentence of the fixture texts', () => {
    let matched = 0
    for (const text of fixtureTexts()) {
      const article = parseArticle(text)
      for (const s of article.sentences) {
        const sentence = text.slice(s.start, s.end)
        for (const { pattern, gate } of pairs) {
          if (ungatedMatches(pattern, sentence) === 0) continue
          matched++
          if (!gate.test(sentence)) throw new Error(`/${pattern.source.slice(0, 60)}…/ matches outside its gate /${gate.source}/ in: ${sentence}`)
        }
      }
    }
    expect(matched).toBeGreaterThan(50)
  })
})

describe('what the gates keep out', () => {
  test.each(DATE_FREE.map((s) => [s]))('%s: no gate passes, no date is found', (sentence) => {
    expect(gatedPatterns().filter(({ gate }) => gate.test(sentence)).map(({ gate }) => gate.source)).toEqual([])
    expect(extractDates(parseArticle(sentence), '2024-05-01')).toEqual([])
  })
})
