// Reported speech beyond "said that": what a verb of saying takes when no clause follows it (complements.ts),
// as tables of sentences written for these tests, with the near-misses each frame must not fire on.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('frames of verbs of saying', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['object and "to"', 'The mayor urged residents to stay indoors.', [['indirect', 'residents to stay indoors', 'The mayor']]],
    ['object and "to", a listener verb', 'Ms Ortiz told the workers to go home.', [['indirect', 'the workers to go home', 'Ms Ortiz']]],
    ['"to"', 'Ms Lee vowed to cut taxes for small firms.', [['indirect', 'to cut taxes for small firms', 'Ms Lee']]],
    ['"for"', 'The union called for a national strike.', [['indirect', 'a national strike', 'the union']]],
    ['"on", object, "to"', 'Mr Hale called on voters to turn out early.', [['indirect', 'voters to turn out early', 'Mr Hale']]],
    ['object and a preposition', 'Ms Lee accused the council of wasting money.', [['indirect', 'the council of wasting money', 'Ms Lee']]],
    ['a question', 'Senator Ray Pike asked whether the bridge was safe.', [['indirect', 'whether the bridge was safe', 'Ray Pike']]],
    ['a question after a listener', 'Ms Lee asked the minister why the clinic had closed.', [['indirect', 'why the clinic had closed', 'Ms Lee']]],
    ['what the object is called, quoted', 'Mr Hale called the plan “a disgrace”.', [['mixed', 'the plan “a disgrace”', 'Mr Hale']]],
    ['what the object is called, bare', 'Mr Hale called him a liar.', [['indirect', 'him a liar', 'Mr Hale']]],
    ['"as"', 'Mr Hale described the deal as "a disaster" on Monday.', [['mixed', 'the deal as "a disaster" on Monday', 'Mr Hale']]],
    ['a list as the object', 'Ms Lee called both the mayor and the governor “reckless.”',
      [['mixed', 'both the mayor and the governor “reckless.”', 'Ms Lee']]],
    ['a participle on the sentence’s speaker', 'Ms Lee praised the nurses, calling them “the heart of the town.”',
      [['mixed', 'them “the heart of the town.”', 'Ms Lee']]],
    ['quoted words right after the verb belong to the one who calls', 'Dr Ana Ruiz described it as “a turning point.”',
      [['mixed', 'it as “a turning point.”', 'Ana Ruiz']]],
    ['a clause around words after a frame verb takes them in', 'Mr Hale said the storm was what he called “the worst in years.”',
      [['mixed', 'the storm was what he called “the worst in years.”', 'Mr Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('near-misses: no frame, no quote', () => {
  test.each([
    ['a decision, not words', 'Ms Lee refused to resign.'],
    ['declining to comment', 'The company declined to comment.'],
    ['a phone call', 'Mr Hale called the office on Monday.'],
    ['a name given by nobody', 'The story came from a website called Real News Today.'],
    ['a name in quote marks given by nobody', 'The firm withdrew an app called “Screenwise Meter” last week.'],
    ['a passive', 'The brothers are always portrayed as rivals.'],
    ['a thing that calls for something', 'The recipe calls for two eggs.'],
    ['a verb inside a title', 'Her memoir They Call Me Maria sold well last year.'],
    ['a negated frame', 'Ms Lee did not call for a strike.'],
    ['pleading guilty', 'Mr Hale pleaded guilty to fraud.'],
  ])('%s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })
})

describe('quote marks of archive copy', () => {
  test('two apostrophes stand for a double quote mark', () => {
    expect(quotes("''We may finally be seeing wage growth,'' the economist Jane Roe wrote on her blog.")).toEqual([
      ['direct', "''We may finally be seeing wage growth,''", 'Jane Roe'],
    ])
  })

  test('an apostrophe in a word is still no quote mark', () => {
    expect(quotes("Ms Roe said the mayor's plan wasn't ready.")).toEqual([['indirect', "the mayor's plan wasn't ready", 'Ms Roe']])
  })
})

describe('quoted names of programmes are not what the next verb reports', () => {
  test('a verb after a quoted title reports its own clause', () => {
    expect(quotes('In an interview on “Meet the Press,” Senator Ray Pike said he would run again.')).toEqual([
      ['indirect', 'he would run again', 'Ray Pike'],
    ])
  })

  test('a quote left open by a comma is still the speaker’s when only the attribution follows', () => {
    expect(quotes('“We will rebuild,” Mayor Ana Ruiz said inside the damaged hall.')).toEqual([
      ['direct', '“We will rebuild,”', 'Ana Ruiz'],
    ])
  })
})
