// A reported clause ends where a second report begins: after a joiner, over the new subject's aside set off by
// commas ("…, while liberal groups, including two unions, reported …") or an emphatic "did" ("… but did note that
// …"), and after the dash that closes an aside ("… painted - an old idea - others say …"); sentences written for
// these tests (src/extract/quotes/second-report.ts, anotherReport in reported.ts); and before a verb of saying in
// -ing after "before", "after" or "while" ("… safe before claiming that …", clauseEnd in reported.ts).
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a second report ends the first', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a subject with an aside after "while"', 'Conservative groups reported spending $6 million on ads against Hale, while liberal groups, including two unions, reported spending only $1 million.',
      [['spending $6 million on ads against Hale', 'Conservative groups'], ['spending only $1 million', 'liberal groups']]],
    ['"did" of emphasis after "but"', 'Tom Hale did not mention his rivals by name but did note that he had won the most wards.',
      [['his rivals by name', 'Tom Hale'], ['that he had won the most wards', 'Tom Hale']]],
    ['a dash that closes an aside', 'Ana Ruiz said the depot would look better if it were painted - an old idea - others say it has never looked better.',
      [['the depot would look better if it were painted - an old idea', 'Ana Ruiz'], ['it has never looked better', 'others']]],
    ['near-miss: a dash aside with no report after it', 'Ana Ruiz said the depot - an old building - was never painted.',
      [['the depot - an old building - was never painted', 'Ana Ruiz']]],
    ['near-miss: an aside with a verb of its own', 'Tom Hale said the plan would pass, but his rival, a Democrat since 1990, won the vote.',
      [['the plan would pass, but his rival, a Democrat since 1990, won the vote', 'Tom Hale']]],
    ['near-miss: "did" before no verb of saying', 'Tom Hale did not mention his rivals by name but did well in the vote.',
      [['his rivals by name but did well in the vote', 'Tom Hale']]],
    // (the hyphen of "well-known" opens no aside, so the one dash after "plan" closes none)
    ['near-miss: a hyphen inside a word', 'Ana Ruiz said the well-known plan - others say it will fail.', [['the well-known plan - others say it will fail', 'Ana Ruiz']]],
    ['a verb of saying in -ing after "before"', 'Tom Hale said the deal had kept the town safe before claiming that the bypass was tearing it apart.',
      [['the deal had kept the town safe', 'Tom Hale'], ['that the bypass was tearing it apart', 'Tom Hale']]],
    ['"while insisting"', 'Tom Hale said the plan would fail while insisting that the town was right.',
      [['the plan would fail', 'Tom Hale'], ['that the town was right', 'Tom Hale']]],
    ['near-miss: a verb that reports only through its frame', 'Tom Hale said the death of a woman while pushing a stroller meant that the town needed more police.',
      [['the death of a woman while pushing a stroller meant that the town needed more police', 'Tom Hale']]],
    ['near-miss: no verb of saying after "before"', 'Tom Hale said the plan would work before leaving the hall.', [['the plan would work before leaving the hall', 'Tom Hale']]],
    ['near-miss: "by" and a gerund that may be another subject\'s', 'Ana Ruiz argued that the rules were unfair, while her rival has soared in the polls by saying that the system is rigged.',
      [['that the rules were unfair, while her rival has soared in the polls by saying that the system is rigged', 'Ana Ruiz']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
