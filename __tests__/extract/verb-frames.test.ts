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
    ['… over a note in brackets after the object', 'Mr Hale called on Gov. Ana Ruiz (R) to resign.', [['indirect', 'Gov. Ana Ruiz (R) to resign', 'Mr Hale']]],
    ['a day between the verb and "for"', 'The union called Wednesday for a national strike.', [['indirect', 'a national strike', 'the union']]],
    ['an adverb in -ly before the gerund after "for"', 'Ms Ortiz has called for immediately scrapping the toll.', [['indirect', 'immediately scrapping the toll', 'Ms Ortiz']]],
    ['argued for something', 'Mr Hale argued for a new name for the party.', [['indirect', 'a new name for the party', 'Mr Hale']]],
    ['argued against something', 'Ms Ortiz argued against any delay to the vote.', [['indirect', 'any delay to the vote', 'Ms Ortiz']]],
    ['near-miss: for how long', 'The two lawyers argued for hours.', []],
    ['near-miss: for how long, with an article', 'The union called for a long time.', []],
    ['near-miss: a day’s possessive opens the object', 'Mr Hale called Friday’s vote “a sham.”', [['mixed', 'Friday’s vote “a sham.”', 'Mr Hale']]],
    ['object and a preposition', 'Ms Lee accused the council of wasting money.', [['indirect', 'the council of wasting money', 'Ms Lee']]],
    ['a question', 'Senator Ray Pike asked whether the bridge was safe.', [['indirect', 'whether the bridge was safe', 'Ray Pike']]],
    ['a question after a listener', 'Ms Lee asked the minister why the clinic had closed.', [['indirect', 'why the clinic had closed', 'Ms Lee']]],
    ['a question explained', 'Mr Hale explained how the fund would work.', [['indirect', 'how the fund would work', 'Mr Hale']]],
    ['a question described', 'Ms Lee described how the water rose in minutes.', [['indirect', 'how the water rose in minutes', 'Ms Lee']]],
    ['a question told to a listener', 'Mr Hale told reporters why he had resigned.', [['indirect', 'why he had resigned', 'Mr Hale']]],
    ['a question told to a listener, then a day', 'Mr Hale told the host on Thursday how tired he was of the feud.', [['indirect', 'how tired he was of the feud', 'Mr Hale']]],
    ['near-miss: "when" after a thing told is time', 'Mr Hale told the story on Thursday when he visited the school.', []],
    ['"when" after a listener is a question', 'Ms Lee asked the minister when the clinic would reopen.', [['indirect', 'when the clinic would reopen', 'Ms Lee']]],
    ['a question explained to a listener after "to"', 'Ms Lee explained to reporters why the clinic had closed.', [['indirect', 'why the clinic had closed', 'Ms Lee']]],
    ['near-miss: "to" and a listener, then a comma', 'Ms Lee explained to the council, which met on Monday.', []],
    ['near-miss: a thing explained is no question', 'Ms Lee explained the plan to the council.', []],
    ['what the object is called, quoted', 'Mr Hale called the plan “a disgrace”.', [['mixed', 'the plan “a disgrace”', 'Mr Hale']]],
    ['what the object is called, bare', 'Mr Hale called him a liar.', [['indirect', 'him a liar', 'Mr Hale']]],
    ['"as"', 'Mr Hale described the deal as "a disaster" on Monday.', [['mixed', 'the deal as "a disaster" on Monday', 'Mr Hale']]],
    ['"as" after phrases of place', 'Ms Ortiz described the mood in the hall as tense.', [['indirect', 'the mood in the hall as tense', 'Ms Ortiz']]],
    ['"as" after a preposition the tagger joins to the object', 'Ms Ortiz described the ground under the old mill as a sponge.',
      [['indirect', 'the ground under the old mill as a sponge', 'Ms Ortiz']]],
    ['near-miss: "as" after a comma is the writer’s', 'Ms Ortiz described the plan in detail, as she had promised.', [['indirect', 'the plan in detail', 'Ms Ortiz']]],
    ['a list as the object', 'Ms Lee called both the mayor and the governor “reckless.”',
      [['mixed', 'both the mayor and the governor “reckless.”', 'Ms Lee']]],
    ['a participle on the sentence’s speaker', 'Ms Lee praised the nurses, calling them “the heart of the town.”',
      [['mixed', 'them “the heart of the town.”', 'Ms Lee']]],
    ['quoted words right after the verb belong to the one who calls', 'Dr Ana Ruiz described it as “a turning point.”',
      [['mixed', 'it as “a turning point.”', 'Ana Ruiz']]],
    ['"to", object, "as"', 'Mr Hale referred to the mayor as “a friend” on Monday.', [['mixed', 'the mayor as “a friend” on Monday', 'Mr Hale']]],
    ['the preposition inside a long object', 'Ms Lee blamed the failure of the talks on the weather.',
      [['indirect', 'the failure of the talks on the weather', 'Ms Lee']]],
    ['object and "to" over an appositive', 'The board asked Ms Ortiz, a former judge, to review the case.',
      [['indirect', 'Ms Ortiz, a former judge, to review the case', 'the board']]],
    ['a preposition and its object', 'The agency warned of delays at the border.', [['indirect', 'delays at the border', 'the agency']]],
    ['object and "to" over a list', 'The board asked Hale, Okafor and Albury to check their records.',
      [['indirect', 'Hale, Okafor and Albury to check their records', 'the board']]],
    ['a phrase complement ends before the subject’s next verb', 'Mr Hale called the plan “reckless” but later praised its aims.',
      [['mixed', 'the plan “reckless”', 'Mr Hale']]],
    ['… and the next verb may report on its own', 'Ms Lee accused the council of “hiding the truth” and said she would sue.',
      [['mixed', 'the council of “hiding the truth”', 'Ms Lee'], ['indirect', 'she would sue', 'Ms Lee']]],
    ['near-miss: a second object and quote stay in the complement', 'Mr Hale called the plan “reckless” and the vote “a sham.”',
      [['mixed', 'the plan “reckless” and the vote “a sham.”', 'Mr Hale']]],
    ['near-miss: a "to" complement keeps its second verb', 'The mayor urged residents to stay indoors and avoid the river.',
      [['indirect', 'residents to stay indoors and avoid the river', 'The mayor']]],
    ['a clause around words after a frame verb takes them in', 'Mr Hale said the storm was what he called “the worst in years.”',
      [['mixed', 'the storm was what he called “the worst in years.”', 'Mr Hale']]],
    ['"to" and a verb the tagger reads as a noun', 'Mr Hale has vowed to soldier on.', [['indirect', 'to soldier on', 'Mr Hale']]],
    ['… with its object', 'Ms Lee pledged to champion the bill.', [['indirect', 'to champion the bill', 'Ms Lee']]],
    ['… after an object, before a preposition', 'Norway warned Sweden to refrain from further tests.', [['indirect', 'Sweden to refrain from further tests', 'Norway']]],
    ['what was promised, to whom', 'Her rival promised voters a referendum.', [['indirect', 'voters a referendum', 'Her rival']]],
    ['what was promised', 'Mr Hale has promised a veto.', [['indirect', 'a veto', 'Mr Hale']]],
    ['what was announced', 'The mayor announced new controls on the harbour road.', [['indirect', 'new controls on the harbour road', 'The mayor']]],
    ['what was reported', 'Acme Mining reported a loss of $2 million for the year.', [['indirect', 'a loss of $2 million for the year', 'Acme Mining']]],
    ['what was confirmed', 'The Harbour Ministry confirmed the talks with the union.', [['indirect', 'the talks with the union', 'the Harbour Ministry']]],
    ['what was tweeted', 'Ms Lee tweeted her thanks to the volunteers.', [['indirect', 'her thanks to the volunteers', 'Ms Lee']]],
    ['what was noted', 'Ms Lee noted a rally planned for Saturday in Ames.', [['indirect', 'a rally planned for Saturday in Ames', 'Ms Lee']]],
    ['what was mentioned', 'Ms Lee mentioned the cost of the new bridge.', [['indirect', 'the cost of the new bridge', 'Ms Lee']]],
    ['… with a number’s hedge', 'The council reported at least six cases on Monday.', [['indirect', 'at least six cases on Monday', 'the council']]],
    ['… up to the comma before a clause of its own', 'As the company reported profits, shares rose.', [['indirect', 'profits', 'the company']]],
    ['… with a participle and its agent', 'Ms Pike confirmed the report released by the agency.', [['indirect', 'the report released by the agency', 'Ms Pike']]],
    ['… ending before a clause of its own', 'Mr Hale is promising lower taxes and “homes, homes, homes,” but he has also stepped up his attacks.',
      [['mixed', 'lower taxes and “homes, homes, homes,”', 'Mr Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('near-misses: no frame, no quote', () => {
  test.each([
    ['a decision, not words', 'Ms Lee refused to resign.'],
    ['a picture made known says nothing', 'Ms Lee posted a photo of the flooded street.'],
    ['people confirmed in office', 'The Senate confirmed the new nominee for the district court.'],
    ['a word of manner, no object', 'Mr Hale reported daily to the board.'],
    ['a pronoun alone', 'Acme announced it.'],
    ['a person mentioned', 'Mr Hale mentioned his wife twice.'],
    ['declining to comment', 'The company declined to comment.'],
    ['a phone call', 'Mr Hale called the office on Monday.'],
    ['a name given by nobody', 'The rumour came from a blog called Hadley Truth Daily.'],
    ['a name in quote marks given by nobody', 'The firm withdrew a game called “Puzzle Harbour” last week.'],
    ['a passive', 'The brothers are always portrayed as rivals.'],
    ['a thing that calls for something', 'The recipe calls for two eggs.'],
    ['a verb inside a title', 'Her memoir Tell Them I Stayed sold well last year.'],
    ['a negated frame', 'Ms Lee did not call for a strike.'],
    ['pleading guilty', 'Mr Hale pleaded guilty to fraud.'],
    ['a pledge to a place, no verb after "to"', 'Ms Lee pledged to charity.'],
    ['… with a preposition after it', 'Ms Lee pledged to charity from her savings.'],
    ['a promise that is only a pronoun', 'Mr Hale promised it.'],
    ['a promise that is only a day', 'Ms Lee pledged Monday.'],
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

  test('a closing mark typed as the opening one, at a paragraph’s start', () => {
    expect(quotes('”Fear. I am afraid the pier will close.” ― Ana Ruiz.\n\n”We need it open.” ― Tom Hale.')).toEqual([
      ['direct', '”Fear. I am afraid the pier will close.”', 'Ana Ruiz'],
      ['direct', '”We need it open.”', 'Tom Hale'],
    ])
  })

  test('near-miss: a closing mark after a word still closes', () => {
    expect(quotes('“We need it open,” Tom Hale said, ” and soon.”')).toEqual([['direct', '“We need it open,”', 'Tom Hale']])
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

describe('reports that end where another begins', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['a second speaker after "while"', 'Ms Lee said that the plan would fail, while Mr Hale said that it would work.',
      [['indirect', 'that the plan would fail', 'Ms Lee'], ['indirect', 'that it would work', 'Mr Hale']]],
    ['a second verb of the same speaker', 'Ms Lee said the plan had failed and said that she would resign.',
      [['indirect', 'the plan had failed', 'Ms Lee'], ['indirect', 'that she would resign', 'Ms Lee']]],
    ['a participle after "and"', 'Mr Hale attacked the plan, calling it costly and vowing to block it.',
      [['indirect', 'it costly', 'Mr Hale'], ['indirect', 'to block it', 'Mr Hale']]],
    ['a verb that reports only with a frame', 'Ms Lee said the plan had failed and called for a new vote.',
      [['indirect', 'the plan had failed', 'Ms Lee'], ['indirect', 'a new vote', 'Ms Lee']]],
    ['a second speaker after "though"', 'Councillors say the levy is fair, though Ms Lee said she doubted voters would agree.',
      [['indirect', 'the levy is fair', 'Councillors'], ['indirect', 'she doubted voters would agree', 'Ms Lee']]],
    ['a semicolon closes the clause', 'Six in 10 said they were tired of the race; 46 percent said they would not vote.',
      [['indirect', 'they were tired of the race', 'Six in 10'], ['indirect', 'they would not vote', '46 percent']]],
    ['a hedged share as the second speaker', 'Most said the economy was weak, and more than 4 in 10 said prices would rise.',
      [['indirect', 'the economy was weak', 'Most'], ['indirect', 'prices would rise', '4 in 10']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each([
    ['a hedged number that no verb of saying follows', 'Ms Lee said the plan would fail, and at least six councillors agreed.',
      [['indirect', 'the plan would fail, and at least six councillors agreed', 'Ms Lee']]],
    ['"one" in the present is anyone, not a speaker', 'Ms Lee said the vote was fair, although one wonders how many voted.',
      [['indirect', 'the vote was fair', 'Ms Lee']]],
  ])('near-miss: %s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('a subject made of two names is not a second report', () => {
    expect(quotes('Ms Lee said when the mayor and other officials dismiss the concerns, they insult the voters.')).toEqual([
      ['indirect', 'when the mayor and other officials dismiss the concerns, they insult the voters', 'Ms Lee'],
    ])
  })
})

describe('verbs beside quoted words only', () => {
  test('a verb that only goes with a quote', () => {
    expect(quotes('“Honestly,” Ms Lee continued, “we are close to a deal.”')).toEqual([
      ['direct', '“Honestly,”', 'Ms Lee'], ['direct', '“we are close to a deal.”', 'Ms Lee'],
    ])
  })

  test('the same verb with no quote reports nothing', () => {
    expect(analyze('Prices continued “to rise sharply” last year, and Ms Lee continued her work.').quotes).toEqual([])
  })

  test('a verb in the progressive', () => {
    expect(quotes('Ms Lee is telling voters that the race is close.')).toEqual([['indirect', 'that the race is close', 'Ms Lee']])
  })
})

describe('what a clause before the speaker is', () => {
  test('a phrase of time before the subject, an appositive after the object', () => {
    expect(analyze('In March 2015, the council asked Ms Ortiz, a retired judge, to review the files.').quotes.map((q) => q.text))
      .toEqual(['Ms Ortiz, a retired judge, to review the files'])
  })

  test('after a phrase of time and the speaker in an aside, the rest is the report', () => {
    expect(quotes('In the years since the flood, Ms Lee said, too many homes have been lost.')).toEqual([
      ['indirect', 'too many homes have been lost', 'Ms Lee'],
    ])
  })

  test('a role after an inverted speaker describes the speaker', () => {
    expect(quotes('It is too early to count the losses, said Mark Hale, executive director of the guild.')).toEqual([
      ['indirect', 'It is too early to count the losses', 'Mark Hale'],
    ])
  })

  test('an adverb with a lone comma before the verb ends the clause; one set off on both sides is an aside', () => {
    expect(quotes('The plan had failed early, said Ms Lee.')).toEqual([['indirect', 'The plan had failed early', 'Ms Lee']])
    expect(quotes('Ms Lee, however, said the plan had failed.')).toEqual([['indirect', 'the plan had failed', 'Ms Lee']])
  })

  test('a role with a gerund in it still describes the speaker', () => {
    expect(quotes('The tools were tested on staff first, said Mark Hale, boss and founder of dog walking firm Pawsly.').map((q) => q[1]))
      .toEqual(['The tools were tested on staff first'])
  })

  test('after the speaker, "and" with a verb goes on with the words, "and" with a new clause does not', () => {
    expect(quotes('The pills ease anxiety, Dr Ann Lee said, and are meant for short use.').map((q) => q[1]))
      .toEqual(['The pills ease anxiety', 'and are meant for short use'])
    expect(quotes('The vote was close, Mr Hale said, and he was upset by the result.').map((q) => q[1]))
      .toEqual(['The vote was close'])
  })

  test('a gerund opening the sentence is not part of the subject', () => {
    expect(quotes('Following their loss the Tories said they would change.').map((q) => q[2])).toEqual(['the Tories'])
  })

  test('after "according to" a name with commas is no clause', () => {
    expect(quotes('The flood came at night, according to the Rivers, Canals and Harbours Board.').map((q) => q[1]))
      .toEqual(['The flood came at night'])
  })
})

describe('questions and gerunds', () => {
  test('a question put by someone the article does not name has no speaker', () => {
    expect(quotes('Asked whether he would resign, Mr Hale said he would not.')).toEqual([
      ['indirect', 'whether he would resign', null], ['indirect', 'he would not', 'Mr Hale'],
    ])
  })

  test('the question runs to the comma', () => {
    expect(quotes('When asked about the plan, Ms Lee smiled.')).toEqual([['indirect', 'the plan', null]])
  })

  test('a gerund after "by" hangs on the sentence’s subject', () => {
    expect(quotes('Mr Hale responded by saying that the council would pay.')).toEqual([
      ['indirect', 'that the council would pay', 'Mr Hale'],
    ])
  })

  test('"asked" with a subject is no question put to someone else', () => {
    expect(quotes('Ms Lee asked whether the road was safe.')).toEqual([['indirect', 'whether the road was safe', 'Ms Lee']])
  })

  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['"when asked" after the speaker’s own verb', '“Of course,” Ms Lee said when asked whether she would run again.',
      [['direct', '“Of course,”', 'Ms Lee'], ['indirect', 'whether she would run again', null]]],
    ['a day between "asked" and the question', 'Asked on Monday whether the bridge was safe, Mr Hale shrugged.', [['indirect', 'whether the bridge was safe', null]]],
    ['the one who asked between', 'Asked by a reporter why he left, Mr Hale shrugged.', [['indirect', 'why he left', null]]],
    ['"whom"', 'When asked whom she backed, Ms Lee smiled.', [['indirect', 'whom she backed', null]]],
    ['asking someone about something', 'Senator Ray Pike asked Mr Hale about his tax returns.', [['indirect', 'Mr Hale about his tax returns', 'Ray Pike']]],
    ['what the question was about, after a phrase of place', 'When asked at a news conference about the toll, Ms Lee smiled.', [['indirect', 'the toll', null]]],
    ['what was asked of someone, after the one who asked', 'Asked by a reporter to explain the delay, Mr Hale shrugged.', [['indirect', 'to explain the delay', null]]],
    ['in the passive, to any subject', 'The goalkeeper was asked whether the pitch had been too wet.', [['indirect', 'whether the pitch had been too wet', null]]],
    ['in the passive, over an adverb, to do something', 'Candidates were also asked to name their favourite book.', [['indirect', 'to name their favourite book', null]]],
  ])('a question put: %s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each([
    ['a day and no question', 'Asked on Monday, Mr Hale declined to comment.'],
    ['asking someone for something is a request', 'Ms Lee asked the council for a new roof.'],
    ['the passive and a pronoun alone', 'The goalkeeper was asked about it on Monday.'],
    ['a phrase of time, then a pronoun alone', 'Asked on Monday about it, Mr Hale shrugged.'],
    ['the passive of another verb and "to"', 'The goalkeeper was forced to retire early.'],
  ])('near-miss: %s', (_name, text) => {
    expect(quotes(text)).toEqual([])
  })
})

describe('"according to" and a long source', () => {
  test('the source runs to its comma', () => {
    expect(quotes('According to early results of polls taken for the networks, turnout was high.')).toEqual([
      ['indirect', 'turnout was high', 'early results of polls'],
    ])
  })

  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['after a colon the source opens its clause', 'It has not gone unnoticed: according to recent polls, turnout will fall.',
      [['indirect', 'turnout will fall', 'recent polls']]],
    ['a pronoun in the object case is the person before', 'Ms Lee ran the firm for years. The talks failed, according to her.',
      [['indirect', 'The talks failed', 'Ms Lee']]],
    ['words cut off before the aside stay out', 'Mr Hale left in 1990. He moved after, according to him, the paper dropped his column.',
      [['indirect', 'the paper dropped his column', 'Mr Hale']]],
    ['a word the tagger reads as a verb heads the source', 'Chances of a recount are small, according to poll.',
      [['indirect', 'Chances of a recount are small', 'poll']]],
    ['a sentence-final source stands behind words with no verb the tagger sees', 'Okafor trails Lee in Hadley by 4 points, according to the Gazette.',
      [['indirect', 'Okafor trails Lee in Hadley by 4 points', 'Gazette']]],
  ])('%s', (_name, text, expected) => {
    expect(analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])).toEqual(expected)
  })

  test('near-miss: an aside with the clause around it keeps both sides', () => {
    expect(quotes('The fire, according to officials, started in the kitchen.').map((q) => q[1])).toEqual(['The fire', 'started in the kitchen'])
  })

  test('a clause of the writer’s own after the source is not the source’s', () => {
    expect(quotes('The talks will take place, according to Mr Hale and other leaders, although Moscow has not confirmed them.')
      .map((q) => q[1])).toEqual(['The talks will take place'])
  })
})


// "for" may take someone and what they should do, or a gerund, and a naming verb may take "this" alone:
// complements.ts actionAfterPrep and objectAt.
describe('frames whose object is no plain noun phrase', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['"for", a pronoun and "to"', 'Jane Lee called for him to resign.', [['indirect', 'him to resign', 'Jane Lee']]],
    ['"for" and a gerund the tagger reads as an auxiliary', 'Jane Lee called for getting rid of the tax.', [['indirect', 'getting rid of the tax', 'Jane Lee']]],
    ['a demonstrative named', 'Ms Lee calls this a false narrative.', [['indirect', 'this a false narrative', 'Ms Lee']]],
    ['a gerund reported', 'Ms Lee reported raising about $9 million during the month.', [['indirect', 'raising about $9 million during the month', 'Ms Lee']]],
    ['a gerund mentioned', 'Mr Hale mentioned raising the minimum wage.', [['indirect', 'raising the minimum wage', 'Mr Hale']]],
    ['"her" before a noun is whose: the object goes on', 'Omar Haddad asked her assistant to print the files.', [['indirect', 'her assistant to print the files', 'Omar Haddad']]],
    ['… and "her" alone is the object', 'Omar Haddad asked her to print the files.', [['indirect', 'her to print the files', 'Omar Haddad']]],
    ['a verb the tagger reads as a noun, then a name', 'Omar Haddad has asked party leaders to disavow Mr. Hale.', [['indirect', 'party leaders to disavow Mr. Hale', 'Omar Haddad']]],
    ['near-miss: "to" and a place after an object', 'Omar Haddad asked her assistant to Hadley.', []],
    ['near-miss: "for" and a pronoun alone', 'Jane Lee called for him.', []],
    ['near-miss: a demonstrative and a time', 'Omar Haddad called this morning.', []],
    ['near-miss: a demonstrative and how long ago', 'Omar Haddad called this a year ago.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

// A noun of saying and its owner report words as a verb does (noun-reports.ts): the owner speaks, what follows
// "that" or "to" was said.
describe('nouns of saying with an owner', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['a claim repeated, owned by a pronoun', 'Omar Haddad spoke on Monday. He repeated his claim that the council had wasted money.',
      [['indirect', 'that the council had wasted money', 'Omar Haddad']]],
    ['a promise with "to", over an adjective', 'Jane Lee renewed her earlier promise to cut taxes for small firms.',
      [['indirect', 'to cut taxes for small firms', 'Jane Lee']]],
    ['a possessive name in an opening phrase ends at its comma', 'Despite Mr Hale’s claims that his firm was worth $10 billion, lenders were wary.',
      [['indirect', 'that his firm was worth $10 billion', 'Mr Hale']]],
    ['a warning inside an opening clause', 'While Ms Lee repeated her warning that the dam would fail, crews worked on.',
      [['indirect', 'that the dam would fail', 'Ms Lee']]],
    ['a call for something, its phrase after "for"', 'The senators backed Ms Ortiz’s call for an independent inquiry.',
      [['indirect', 'an independent inquiry', 'Ms Ortiz']]],
    ['… up to a clause of time', 'Jane Lee renewed her call for a ceasefire after the shelling killed nine people.',
      [['indirect', 'a ceasefire', 'Jane Lee']]],
    ['… the owner after a preposition', 'She set her own plan against Mr Hale’s calls for stricter zoning rules.',
      [['indirect', 'stricter zoning rules', 'Mr Hale']]],
    ['near-miss: a call for help is no report', 'Jane Lee ignored her neighbour’s call for help.', []],
    ['near-miss: a demand for something is a policy', 'The row over Mr Hale’s demand for new funding dragged on.', []],
    ['near-miss: the noun’s phrase as the subject', 'His claim that the fund was empty surprised no one.', []],
    ['near-miss: a relative "that"', 'Critics doubted the claim that was made by Mr Hale.', []],
    ['near-miss: "to" and a listener', 'Jane Lee broke her promise to voters.', []],
    ['near-miss: no owner', 'Voters heard the warning that the dam would fail.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
