// Where the words a verb of saying reports begin, and who says them: sentences written for these tests, with the
// near-misses each mechanism must not fire on.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('the clause after the verb', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['over a long listener, up to "that"', 'Mr Hale told The Post and Courier newspaper of Hadley on Saturday that he voted for Ms Lee.',
      [['that he voted for Ms Lee', 'Mr Hale']]],
    ['a listener, then a clause with a possessive subject', 'Mr Hale told the AP his firm worked closely with the council.',
      [['his firm worked closely with the council', 'Mr Hale']]],
    ['an aside after the verb that belongs to the words', 'Ms Lee says, win or lose on Tuesday, she is staying in the race.',
      [['win or lose on Tuesday, she is staying in the race', 'Ms Lee']]],
    ['an adverb set off after the verb is skipped', 'Ms Lee said, however, that the plan had failed.', [['that the plan had failed', 'Ms Lee']]],
    ['a phrase before a comma opens the clause', 'Ms Lee says despite all that, the council was not swayed by the donors.',
      [['despite all that, the council was not swayed by the donors', 'Ms Lee']]],
    ['a day, then the clause', 'Ms Lee said on Monday taxes will rise next year.', [['taxes will rise next year', 'Ms Lee']]],
    ['a participle after the clause reports on its own', 'Ms Lee said the vote was close, adding that the plan had failed.',
      [['the vote was close', 'Ms Lee'], ['that the plan had failed', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each([
    ['a day and a participle are no clause', 'Ms Lee spoke on Monday, adding nothing.'],
    ['a reply in a game', 'San Jose replied just 17 seconds later, however, as the Sharks tied it up.'],
  ])('no quote: %s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })
})

describe('a verb of saying after "to"', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['"went on to say"', 'Ms Lee went on to say the plan would fail.', [['the plan would fail', 'Ms Lee']]],
    ['"was quick to point out"', 'Mr Hale, who has led the council since 2019, was quick to point out that the plan had failed.',
      [['that the plan had failed', 'Mr Hale']]],
    ['"took to Twitter to say"', 'Ms Lee took to Twitter to say she had done nothing wrong.', [['she had done nothing wrong', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each([
    ['words not said', 'Ms Lee declined to say whether the plan had failed.'],
    ['words not yet said', 'Ms Lee is expected to announce that she will run.'],
    ['another verb’s sense', 'The rules allowed wayward players to contend in a way that was new.'],
    ['"hard to say"', 'It is hard to say whether the plan will work.'],
  ])('no quote: %s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })
})

describe('quoted words a verb reports', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['the quoted object of a frame verb', 'Ms Lee blamed the “fog of war” for the failure of the talks.',
      [['the “fog of war” for the failure of the talks', 'Ms Lee']]],
    ['a frame’s preposition right after a name', 'Ms Lee blasted Northwind for its “outrageous prices” on Monday.',
      [['Northwind for its “outrageous prices” on Monday', 'Ms Lee']]],
    ['a verb of shouting right before a quote', 'When the mayor spoke, a man yelled “Go home!”', [['“Go home!”', 'a man']]],
    ['a verb opening the sentence, then its speaker', 'Said Ann Baker, who grew up on the street, “We were all so proud of him.”',
      [['“We were all so proud of him.”', 'Ann Baker']]],
    ['no space between the verb’s comma and the quote', 'Ms Lee said,“Look, this has no place in a campaign.”',
      [['“Look, this has no place in a campaign.”', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each([
    ['a title after "read"', 'She read “War and Peace” on the train.'],
    ['words after "continued"', 'Prices continued “to rise” all year.'],
  ])('no quote: %s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })
})

describe('more of the clause and its subject', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a plural noun right after the verb', 'An aide said comments from the mayor were consistent with the plan.',
      [['comments from the mayor were consistent with the plan', 'an aide']]],
    ['a subject with a relative clause opened by "that"', 'Groups that have backed the plan say they want it passed.',
      [['they want it passed', 'Groups']]],
    ['an adverb between "to" and its verb', 'The council called on the mayor to at least explain the plan.',
      [['the mayor to at least explain the plan', 'the council']]],
    ['the name of a programme is no quote', 'Ms Lee said on “Meet the Press” that the plan had failed.',
      [['that the plan had failed', 'Ms Lee']]],
    ['a report inside an opening clause ends with it', 'Jane Lee spoke. While she’s said she backs the plan, she’s also doubted it.',
      [['she backs the plan', 'Jane Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('near-miss: "that" after a verb is no relative clause', () => {
    expect(quotes('The mayor said that groups have backed the plan.')).toEqual([['that groups have backed the plan', 'The mayor']])
  })
})

describe('quotes handed on and words after the speaker', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a quote joined by "and" after its attribution', '“It made us stronger,” said Ms Lee, and “it will make us stronger still.”',
      [['“It made us stronger,”', 'Ms Lee'], ['“it will make us stronger still.”', 'Ms Lee']]],
    ['a lead-in with no verb before a colon', 'Ms Lee spoke. “We will be fine,” she said. Then, after a pause: “We always are.”',
      [['“We will be fine,”', 'Ms Lee'], ['“We always are.”', 'Ms Lee']]],
    ['a semicolon after the speaker hands on to the words', 'They had two aims, Ms Lee writes; to fix the roads and to keep taxes down.',
      [['They had two aims', 'Ms Lee'], ['to fix the roads and to keep taxes down', 'Ms Lee']]],
    ['the comma closing an appositive is no inversion', 'Mr Hale, a farmer who turns 49 on Thursday, suggested that the council should wait.',
      [['that the council should wait', 'Mr Hale']]],
    ['a clause set off by commas is no appositive', 'On Monday, a gunman shot three people in the town, reported officials.',
      [['On Monday, a gunman shot three people in the town', 'officials']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('reports inside a relative clause, shares and conditions', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a report inside a relative clause ends where it does', 'Mr Hale, who said he usually votes Labour, said one candidate he likes is Ms Lee.',
      [['he usually votes Labour', 'Mr Hale'], ['one candidate he likes is Ms Lee', 'Mr Hale']]],
    ['… and goes on over a participle set off by commas', 'The mayor, who said the plan, approved in May, would fail, resigned on Friday.',
      [['the plan, approved in May, would fail', 'The mayor']]],
    ['… and over an aside inside the words', 'Ms Lee, who said that Mr Hale, under fire for the delays, would do better to resign, was firm.',
      [['that Mr Hale, under fire for the delays, would do better to resign', 'Ms Lee']]],
    ['a share of something as the subject', 'Ms Lee said much of her talk with the minister was about housing.',
      [['much of her talk with the minister was about housing', 'Ms Lee']]],
    ['a condition before the main clause, no comma', 'Mr Hale said if elected mayor he would cut the fares.',
      [['if elected mayor he would cut the fares', 'Mr Hale']]],
    ['a hedged number opens the clause', 'The Gazette reported at least six small planes wrote slogans in the sky.',
      [['at least six small planes wrote slogans in the sky', 'Gazette']]],
    ['… and a share of people', 'Ms Lee said more than 4 in 10 voters backed the plan.', [['more than 4 in 10 voters backed the plan', 'Ms Lee']]],
    ['near-miss: a hedged number as the object', 'The council reported at least six cases on Monday.', []],
    ['"but" and a second report with its own subject', 'Ms Lee said taxes would rise but the council said they would fall.',
      [['taxes would rise', 'Ms Lee'], ['they would fall', 'the council']]],
    ['… without a report, "but" goes on with the words', 'Ms Lee said the plan was sound but the mayor was not convinced.',
      [['the plan was sound but the mayor was not convinced', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each([
    ['"much" as the object', 'Ms Lee said much the same thing.'],
    ['a time clause with no main clause after it', 'Mr Hale said when he arrived at the airport.'],
  ])('near-miss: %s', (_name, text) => {
    expect(quotes(text)).toEqual([])
  })
})

describe('a clause of "as" that names who said it', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['opening the sentence: the main clause was said', 'As Ms Lee said, the plan failed.', [['the plan failed', 'Ms Lee']]],
    ['… over a phrase of time and a subordinate clause', 'As the Gazette reported on Monday, even if the council agrees, the road will close.',
      [['even if the council agrees, the road will close', 'Gazette']]],
    ['after the words: they were said', 'The plan failed, as Ms Lee noted on Monday.', [['The plan failed', 'Ms Lee']]],
    ['"as" opens a clause with its own subject', 'The race tightened as Tom Hale urged voters to back him.', [['voters to back him', 'Tom Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each([
    ['an object after the verb', 'As the company reported profits, shares rose.'],
    ['the words left out', 'As Mr Hale said he would, the council voted no.'],
    ['… at the end', 'Prices rose as the minister said they would.'],
  ])('near-miss: %s', (_name, text) => {
    expect(quotes(text)).toEqual([])
  })
})

describe('a report inside the clause it reports', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a noun, the speaker, then the verb the noun is subject of', 'Mr Hale blamed a shortage he says has left the clinics without staff.',
      [['has left the clinics without staff', 'Mr Hale']]],
    ['a relative clause set off by commas', 'The changes, which officials said will take effect in May, will not apply to all.',
      [['will take effect in May', 'officials']]],
    ['"what" and the speaker', 'Ms Lee spoke. The council has adapted to what she said is a rising demand for bus routes.',
      [['is a rising demand for bus routes', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('near-miss: a verb after the verb of saying with no subject before the speaker', () => {
    expect(quotes('Ms Lee said was the plan.')).toEqual([])
  })
})

describe('quoted titles and hedged shares', () => {
  test('the title of a work after a comma is no quote: the words before are the report', () => {
    expect(quotes('Plans to return home were dropped, Mr Hale said in his 2012 book, “A Son of the Town.”'))
      .toEqual([['Plans to return home were dropped', 'Mr Hale']])
  })

  test('near-miss: words in quote marks after "report," are words', () => {
    expect(quotes('Ms Lee wrote in her report, “We will not stop.”')).toEqual([['“We will not stop.”', 'Ms Lee']])
  })

  test('a hedged share opens the clause', () => {
    expect(quotes('The budget office said about half of the higher cost reflected lost revenue.'))
      .toEqual([['about half of the higher cost reflected lost revenue', 'the budget office']])
  })
})
