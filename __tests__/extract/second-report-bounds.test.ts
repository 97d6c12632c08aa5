// A reported clause ends where a second report begins: after a joiner, over the new subject's aside set off by
// commas ("…, while city groups, including two churches, reported …") or an emphatic "did" ("… but did stress that
// …"), and after the dash that closes an aside ("… widened - a costly plan - others say …"); sentences written for
// these tests (src/extract/quotes/second-report.ts, anotherReport in reported.ts); and before a verb of saying in
// -ing after "before", "after" or "while" ("… for years before warning that …", clauseEnd in reported.ts).
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a second report ends the first', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a subject with an aside after "while"', 'Business groups reported spending $4 million on ads against Hale, while city groups, including two churches, reported spending only $2 million.',
      [['spending $4 million on ads against Hale', 'Business groups'], ['spending only $2 million', 'city groups']]],
    ['"did" of emphasis after "but"', 'Ann Reyes did not mention her critics by name but did stress that she had cut the most waste.',
      [['her critics by name', 'Ann Reyes'], ['that she had cut the most waste', 'Ann Reyes']]],
    ['a dash that closes an aside', 'Ana Ruiz said the bridge would be safer if it were widened - a costly plan - others say it has never been safer.',
      [['the bridge would be safer if it were widened - a costly plan', 'Ana Ruiz'], ['it has never been safer', 'others']]],
    ['near-miss: a dash aside with no report after it', 'Ana Ruiz said the depot - an old building - was never painted.',
      [['the depot - an old building - was never painted', 'Ana Ruiz']]],
    ['near-miss: an aside with a verb of its own', 'Tom Hale said the plan would pass, but his rival, a Democrat since 1990, won the vote.',
      [['the plan would pass, but his rival, a Democrat since 1990, won the vote', 'Tom Hale']]],
    ['near-miss: "did" before no verb of saying', 'Ann Reyes did not mention her critics by name but did well in the vote.',
      [['her critics by name but did well in the vote', 'Ann Reyes']]],
    // (the hyphen of "well-known" opens no aside, so the one dash after "plan" closes none)
    ['near-miss: a hyphen inside a word', 'Ana Ruiz said the well-known plan - others say it will fail.', [['the well-known plan - others say it will fail', 'Ana Ruiz']]],
    ['a verb of saying in -ing after "before"', 'Tom Hale said he had run the club for years before warning that the new owners were ruining it.',
      [['he had run the club for years', 'Tom Hale'], ['that the new owners were ruining it', 'Tom Hale']]],
    ['"while insisting"', 'Tom Hale said the plan would fail while insisting that the town was right.',
      [['the plan would fail', 'Tom Hale'], ['that the town was right', 'Tom Hale']]],
    ['near-miss: a verb that reports only through its frame', 'Tom Hale said the fall of a man while carrying a ladder meant that the site needed more guards.',
      [['the fall of a man while carrying a ladder meant that the site needed more guards', 'Tom Hale']]],
    ['near-miss: no verb of saying after "before"', 'Tom Hale said the plan would work before leaving the hall.', [['the plan would work before leaving the hall', 'Tom Hale']]],
    ['near-miss: "by" and a gerund that may be another subject\'s', 'Ana Ruiz argued that the fees were too high, while her rival has gained ground in the race by saying that the council is broke.',
      [['that the fees were too high, while her rival has gained ground in the race by saying that the council is broke', 'Ana Ruiz']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
