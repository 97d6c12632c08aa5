// Where the words a verb of saying reports begin, and who says them: sentences written for these tests, with the
// near-misses each mechanism must not fire on.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('the clause after the verb', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['over a long listener, up to "that"', 'Mr Hale told the Riverside Gazette weekly of Hadley on Sunday that he had backed Ms Lee.',
      [['that he had backed Ms Lee', 'Mr Hale']]],
    ['a listener, then a clause with a possessive subject', 'Mr Hale told the Gazette his shop had dealt fairly with the tenants.',
      [['his shop had dealt fairly with the tenants', 'Mr Hale']]],
    ['an aside after the verb that belongs to the words', 'Ms Lee says, win or lose on Tuesday, she is staying in the race.',
      [['win or lose on Tuesday, she is staying in the race', 'Ms Lee']]],
    ['an adverb set off after the verb is skipped', 'Ms Lee said, however, that the plan had failed.', [['that the plan had failed', 'Ms Lee']]],
    ['a phrase before a comma opens the clause', 'Ms Lee says despite all that, the council was not swayed by the donors.',
      [['despite all that, the council was not swayed by the donors', 'Ms Lee']]],
    ['a day, then the clause', 'Ms Lee said on Monday taxes will rise next year.', [['taxes will rise next year', 'Ms Lee']]],
    ['"to" and a listener in the object case, then "that"', 'Mr Hale suggested to me that the workers were underpaid.', [['that the workers were underpaid', 'Mr Hale']]],
    ['a noun’s infinitive inside the clause’s subject', 'Ms Lee suggested the mayor’s refusal to fund the depot could cost him.',
      [['the mayor’s refusal to fund the depot could cost him', 'Ms Lee']]],
    ['a subject the tagger reads as an answer', 'A lawyer for the paper, Ana Ruiz, said no immediate decision had been made.',
      [['no immediate decision had been made', 'Ana Ruiz']]],
    ['a subject the tagger reads as a verb', 'Ms Lee said praise from the minister would not change her vote.',
      [['praise from the minister would not change her vote', 'Ms Lee']]],
    ['a word of time before the date, then "that"', 'Acme Corp reported last quarter that its sales had doubled.', [['that its sales had doubled', 'Acme Corp']]],
    ['a word that is an answer alone, then an auxiliary: the clause’s subject', 'Ms Lee said nothing had changed since May.',
      [['nothing had changed since May', 'Ms Lee']]],
    ['… "no one"', 'Mr Hale said no one had been hurt in the fire.', [['no one had been hurt in the fire', 'Mr Hale']]],
    ['near-miss: the answer alone', 'At the meeting on Monday, Ms Lee said nothing.', []],
    ['near-miss: the answer and a phrase', 'Ms Lee said nothing about the plan.', []],
    ['a word of when in the day before a phrase of its date', 'Acme Corp said late on Friday that it would close two plants.',
      [['that it would close two plants', 'Acme Corp']]],
    ['near-miss: "late" that describes the clause’s subject', 'Ms Lee said late payments on Monday had doubled.',
      [['late payments on Monday had doubled', 'Ms Lee']]],
    ['a verb with an object inside the clause is no second report', 'Ms Lee said that during the visit, Mr Hale repeated his offer.',
      [['that during the visit, Mr Hale repeated his offer', 'Ms Lee']]],
    ['near-miss: … after "while" the writer goes on', 'Ms Lee said the vote was close, while Mr Hale repeated his offer.', [['the vote was close', 'Ms Lee']]],
    ['near-miss: a second report with a clause still ends the first', 'Ms Lee said the vote was close, and Mr Hale said the plan had failed.',
      [['the vote was close', 'Ms Lee'], ['the plan had failed', 'Mr Hale']]],
    ['a preposition joined by a hyphen opens the clause’s subject', 'Ms Lee said in-state tuition would rise.', [['in-state tuition would rise', 'Ms Lee']]],
    ['… also after a name the tagger half knows', 'Eskelsen Ruiz said down-ballot races can help the party.',
      [['down-ballot races can help the party', 'Eskelsen Ruiz']]],
    ['an aside between dashes, then "that"', 'Ms Lee said — and not for the first time — that the plan would fail.',
      [['that the plan would fail', 'Ms Lee']]],
    ['a participle after the clause reports on its own', 'Ms Lee said the vote was close, adding that the plan had failed.',
      [['the vote was close', 'Ms Lee'], ['that the plan had failed', 'Ms Lee']]],
    ['an object with a relative clause in its appositive, then "to"', 'The board asked Ms Albury, a judge who led the review, to look into the accounts.',
      [['Ms Albury, a judge who led the review, to look into the accounts', 'the board']]],
    ['a verb in -s the tagger reads as a plural, before an article', 'Most farmers said the new tax favors the big estates.',
      [['the new tax favors the big estates', 'farmers']]],
    ['a subordinate clause opening the words, its verb no report of its own', 'Ms Lee argued that although Mr Hale admitted the fault, he showed no remorse.',
      [['that although Mr Hale admitted the fault, he showed no remorse', 'Ms Lee']]],
    ['… "if" with its main clause after the comma', 'Mr Hale said that if the council announced its support, the road would reopen in May.',
      [['that if the council announced its support, the road would reopen in May', 'Mr Hale']]],
    ['near-miss: a second report after the words still ends them', 'Mr Hale said that the road would reopen, while Ms Lee said it would not.',
      [['that the road would reopen', 'Mr Hale'], ['it would not', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each([
    ['a day and a participle are no clause', 'Ms Lee spoke on Monday, adding nothing.'],
    ['a reply in a game', 'Hadley replied two minutes later, however, when Tom Okafor levelled for the Otters.'],
    ['near-miss: a hyphen-joined word after a verb that reports nothing', 'Ms Lee spoke in-depth about her plans.'],
    ['near-miss: a dash after the verb with no clause', 'Ms Lee said — nothing more.'],
    ['near-miss: a plural after a possessive is a noun', 'Ms Lee said the town’s parks the whole summer.'],
    ['near-miss: "no" as the answer itself', 'Ms Lee said no to the plan.'],
    ['near-miss: a verb with a possessive’s object after a clause attributes nothing', 'The talks dragged on, Mr Hale repeated his offer.'],
    ['near-miss: a past form between a possessive and its noun describes it', "The plan failed, given the Republican leadership's repeated refusal to take up any nominee."],
    ['near-miss: dashes around an aside with no "that" after them', 'Ms Lee spoke — briefly — that morning.'],
    ['a past form between an article and its noun describes it', 'One of the stated goals of the pact is to encourage more trade.'],
    ['… after "an"', 'An announced rise in fares is to take effect in May.'],
    ['… after a word of how many', 'Even though Tom Hale confessed to acting alone, several alleged accomplices, including Ann Roe, were tried by the same court.'],
    ['… after a number', 'Two alleged accomplices were tried in May.'],
  ])('no quote: %s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })
})

describe('"that" with a plural verb after it is a relative pronoun', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a plural noun the tagger read as the verb', 'The games draw athletes from 50 member states that have French as a language.', []],
    ['… with a verb in its base form', 'Aid went to farm states that want new dams.', []],
    ['near-miss: "that" as the clause’s subject takes a singular verb', 'Mr Hale says that is a mistake.', [['that is a mistake', 'Mr Hale']]],
    ['near-miss: an aside after "that"', 'Mr Hale said that, like him, Ms Lee had been pilloried.', [['that, like him, Ms Lee had been pilloried', 'Mr Hale']]],
    ['near-miss: a hyphenated noun after "that"', 'Mr Hale said that have-nots would suffer.', [['that have-nots would suffer', 'Mr Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('a verb of saying after "to"', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['"went on to say"', 'Ms Lee went on to say the plan would fail.', [['the plan would fail', 'Ms Lee']]],
    ['"was quick to point out"', 'Mr Hale, who has led the council since 2019, was quick to point out that the plan had failed.',
      [['that the plan had failed', 'Mr Hale']]],
    ['"took to Twitter to say"', 'Ms Lee took to Twitter to say she had done nothing wrong.', [['she had done nothing wrong', 'Ms Lee']]],
    ['a verb of saying, its time, then "to say"', 'Ms Lee tweeted on Friday to say she had never backed the plan.', [['she had never backed the plan', 'Ms Lee']]],
    ['a verb, its particle and place, then "to say"', 'Mr Hale stood up at a town meeting to say he would vote no.', [['he would vote no', 'Mr Hale']]],
    ['a survey’s answer', 'Voters in Hadley were more likely to say the mayor had done well.', [['the mayor had done well', 'Voters in Hadley']]],
    ['near-miss: why a source is not named is no report', 'A senior aide, who spoke on condition of anonymity to describe private talks, said the deal was close.',
      [['the deal was close', 'a senior aide']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each([
    ['words not said', 'Ms Lee declined to say whether the plan had failed.'],
    ['words not yet said', 'Ms Lee is expected to announce that she will run.'],
    ['another verb’s sense', 'The new rules allowed tired riders to compete in a way that was safer.'],
    ['"hard to say"', 'It is hard to say whether the plan will work.'],
    ['words likely to be said', 'Ms Lee is likely to say the plan has failed.'],
    ['a listener asked, then a time, to say', 'Mr Hale asked the court on Friday to say the rule was void.'],
    ['"show up to tell"', 'Having Ms Lee show up to tell jokes, that’s what.'],
  ])('no quote: %s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })
})

describe('quoted words a verb reports', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['the quoted object of a frame verb', 'Ms Lee blamed the “perfect storm” for the collapse of the deal.',
      [['the “perfect storm” for the collapse of the deal', 'Ms Lee']]],
    ['a frame’s preposition right after a name', 'Ms Lee blasted Northwind for its “outrageous prices” on Monday.',
      [['Northwind for its “outrageous prices” on Monday', 'Ms Lee']]],
    ['a verb of shouting right before a quote', 'When the mayor spoke, a man yelled “Go home!”', [['“Go home!”', 'a man']]],
    ['a verb opening the sentence, then its speaker', 'Said Jane Albury, who lived next door for years, “He always mowed our lawn too.”',
      [['“He always mowed our lawn too.”', 'Jane Albury']]],
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
    ['the comma closing an appositive is no inversion', 'Mr Hale, a farmer who turns 53 on Friday, suggested that the council should wait.',
      [['that the council should wait', 'Mr Hale']]],
    ['a clause set off by commas is no appositive', 'On Monday, a gunman shot three people in the town, reported officials.',
      [['On Monday, a gunman shot three people in the town', 'officials']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('reports inside a relative clause, shares and conditions', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a report inside a relative clause ends where it does', 'Mr Hale, who said he often backs the Greens, said the name he trusts most is Ms Lee.',
      [['he often backs the Greens', 'Mr Hale'], ['the name he trusts most is Ms Lee', 'Mr Hale']]],
    ['"who’s" with its auxiliary in one word', 'Ms Lee, who’s said the plan would fail, voted no.', [['the plan would fail', 'Ms Lee']]],
    ['… and a frame after it', 'Ms Lee, who\'s called for higher taxes on the rich, voted no.', [['higher taxes on the rich', 'Ms Lee']]],
    ['… inside an appositive: a frame there ends with the clause', 'Ms Lee, a lawyer who called the plan reckless, said she would vote no.',
      [['the plan reckless', 'a lawyer'], ['she would vote no', 'Ms Lee']]],
    ['… and goes on over a participle set off by commas', 'The mayor, who said the plan, approved in May, would fail, resigned on Friday.',
      [['the plan, approved in May, would fail', 'The mayor']]],
    ['… and over an aside inside the words', 'Ms Lee, who said that Mr Hale, under fire for the delays, would do better to resign, was firm.',
      [['that Mr Hale, under fire for the delays, would do better to resign', 'Ms Lee']]],
    ['a report that leaves out its subject after "who" and a speaker', 'The app was built by a firm who officials say is tied to the ministry.',
      [['is tied to the ministry', 'officials']]],
    ['… after "that", with a present the tagger reads as an infinitive', 'The council passed rules that critics say target renters.',
      [['target renters', 'critics']]],
    ['… after a noun and a pronoun, with no relative word', 'Ms Lee opposed the closure of the depot, a decision she says delayed every bus.',
      [['delayed every bus', 'Ms Lee']]],
    ['near-miss: a relative clause complete before the verb keeps its antecedent', 'A nurse who was on the ward said the lights failed.',
      [['the lights failed', 'a nurse']]],
    ['a share of something as the subject', 'Ms Lee said much of her talk with the minister was about housing.',
      [['much of her talk with the minister was about housing', 'Ms Lee']]],
    ['a condition before the main clause, no comma', 'Mr Hale said if elected mayor he would cut the fares.',
      [['if elected mayor he would cut the fares', 'Mr Hale']]],
    ['a hedged number opens the clause', 'Northwind Press reported at least five drones drew shapes over the harbour.',
      [['at least five drones drew shapes over the harbour', 'Northwind Press']]],
    ['… and a share of people', 'Ms Lee said more than 4 in 10 voters backed the plan.', [['more than 4 in 10 voters backed the plan', 'Ms Lee']]],
    // (with "acknowledged": "reported" makes what it reports a quote of its own, verb-frames.test.ts)
    ['near-miss: a hedged number as the object', 'The council acknowledged at least six cases on Monday.', []],
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
    ['a joining word before "as"', 'And as Ms Lee pointed out, the rulings hurt renters.', [['the rulings hurt renters', 'Ms Lee']]],
    ['… "but"', 'But as Mr Hale noted, the vote was close.', [['the vote was close', 'Mr Hale']]],
    ['near-miss: "but" and a phrase of place before the verb keep the first subject', 'Ms Lee won, but in a later interview said she had doubts.',
      [['she had doubts', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each([
    ['an object after the verb', 'As the company acknowledged the losses, shares fell.'],
    ['the words left out', 'As Mr Hale said he would, the council voted no.'],
    ['… at the end', 'Prices rose as the minister said they would.'],
  ])('near-miss: %s', (_name, text) => {
    expect(quotes(text)).toEqual([])
  })
})

describe('a report inside the clause it reports', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['after "which", a verb in the past', 'The council cut the budget, which Ms Lee says left the clinics short.', [['left the clinics short', 'Ms Lee']]],
    ['after "that", a verb in -s', 'It is a gap that engineers say renders the wall useless.', [['renders the wall useless', 'engineers']]],
    ['a noun, the speaker, then the verb the noun is subject of', 'Mr Hale blamed a drought he says has cost the farms their crops.',
      [['has cost the farms their crops', 'Mr Hale']]],
    ['a relative clause set off by commas', 'The new fares, which officials said will start in June, will not cover every route.',
      [['will start in June', 'officials']]],
    ['"what" and the speaker', 'Ms Lee spoke. The council has responded to what she said is a growing need for night buses.',
      [['is a growing need for night buses', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('near-miss: a verb after the verb of saying with no subject before the speaker', () => {
    expect(quotes('Ms Lee said was the plan.')).toEqual([])
  })
})

describe('quoted titles and hedged shares', () => {
  test('the title of a work after a comma is no quote: the words before are the report', () => {
    expect(quotes('Plans to sell the farm were shelved, Mr Hale said in his 2014 book, “The Long Winter.”'))
      .toEqual([['Plans to sell the farm were shelved', 'Mr Hale']])
  })

  test('near-miss: words in quote marks after "report," are words', () => {
    expect(quotes('Ms Lee wrote in her report, “We will not stop.”')).toEqual([['“We will not stop.”', 'Ms Lee']])
  })

  test('a hedged share opens the clause', () => {
    expect(quotes('The audit office said about half of the extra spending went on repairs.'))
      .toEqual([['about half of the extra spending went on repairs', 'the audit office']])
  })
})

describe('more verbs of saying', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a clause without "that"', 'Mr Hale reckons the plan will fail.', [['the plan will fail', 'Mr Hale']]],
    ['with "that"', 'Ms Lee grumbled that the buses were late.', [['that the buses were late', 'Ms Lee']]],
    ['after a quote', '“It is late,” Mr Hale muttered.', [['“It is late,”', 'Mr Hale']]],
    ['"that" needed after a verb with other senses', 'Ms Lee affirmed that the vote would go ahead.', [['that the vote would go ahead', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('near-miss: the same verb with an object reports nothing', () => {
    expect(quotes('The council affirmed its support for the plan.')).toEqual([])
  })
})

describe('records and research that report, and participles over adverbs', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['an investigation reveals', 'The subsequent inquiry has revealed that the clerk had moved the files for years.',
      [['that the clerk had moved the files for years', 'The subsequent inquiry']]],
    ['polling suggests', 'The same polling suggests that Ms Lee could win the ward.', [['that Ms Lee could win the ward', 'The same polling']]],
    ['analyses in the plural', 'Some analyses suggest that the river will need new filters.', [['that the river will need new filters', 'Some analyses']]],
    ['a plural after "And" that opens the sentence', 'And surveys suggest that even some councillors find him rude.',
      [['that even some councillors find him rude', 'surveys']]],
    ['a participle after a comma and an adverb', 'Mr Hale raised questions about the deal, falsely suggesting that the firm is based abroad.',
      [['that the firm is based abroad', 'Mr Hale']]],
    ['a gerund after "by" and an adverb', 'Mr Hale helped bring on the inquiry by publicly denying that Ms Lee was telling the truth.',
      [['that Ms Lee was telling the truth', 'Mr Hale']]],
    ['a participle after a spaced dash', 'Mr Hale refused to publish the report - saying such papers were kept confidential.',
      [['such papers were kept confidential', 'Mr Hale']]],
    ['near-miss: a gerund subject after a dash', 'Mr Hale left the room - saying goodbye was hard.', []],
    ['near-miss: a trend suggests no words', 'The trend suggests that prices will rise.', []],
    ['near-miss: a plural after "And" before a verb in -s stays a verb', 'And costs rise every year, Ms Lee said.', [['And costs rise every year', 'Ms Lee']]],
    ['a gerund after a verb of going on', 'She kept saying that the bridge was safe.', [['that the bridge was safe', null]]],
    ['an infinitive after a verb of going on', 'Mr Hale continues to insist that he will stay in the race.', [['that he will stay in the race', 'Mr Hale']]],
    ['an infinitive after a verb of starting', 'The mayor began to argue that the tax was fair.', [['that the tax was fair', 'The mayor']]],
    ['near-miss: a gerund after "stopped" reports nothing said', 'She stopped saying that the bridge was safe.', []],
    ['near-miss: a verb of going on with no verb of saying', 'Prices continued to rise, Ms Lee said.', [['Prices continued to rise', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('a participle of saying after a document', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['the body that issued it', 'The Reyes campaign issued a statement saying that the mayor meant something else.',
      [['that the mayor meant something else', 'the Reyes campaign']]],
    ['over a phrase of time', 'The council released a statement on Friday saying the bridge was safe.', [['the bridge was safe', 'the council']]],
    ['over the addressee', 'Ms Lee sent a letter to members saying she would resign.', [['she would resign', 'Ms Lee']]],
    ['the author named with it', 'The union received a letter from Ms Lee saying she would resign.', [['she would resign', 'Ms Lee']]],
    ['the document when no one put it out', 'Reporters obtained a memo saying that the plant would shut.', [['that the plant would shut', 'a memo']]],
    ['people a participle describes speak', 'Turnout was low, with 40 percent of voters saying they trust the mayor.', [['they trust the mayor', '40 percent of voters']]],
    ['near-miss: a compound in -ing after a noun', 'The union held a letter writing campaign for the nurses.', []],
    ['near-miss: a meeting says nothing', 'She spoke at a news conference announcing that her office was suing the state.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('bodies of faith and a dash after the speaker', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a church speaks for itself, not for the person the sentence names', 'Jane Albury was traveling to Cairo to see her daughter, the church said.',
      [['Jane Albury was traveling to Cairo to see her daughter', 'the church']]],
    ['a weak verb with a church', 'Jane Albury was traveling to Cairo, the parish posted on Facebook.', [['Jane Albury was traveling to Cairo', 'the parish']]],
    ['a spaced dash after the time ends the attribution', 'Deficits will end this year, the budget office reported on Tuesday -- a blow that hurt the mayor.',
      [['Deficits will end this year', 'the budget office']]],
    ['near-miss: a dash before "that" still opens the clause', 'The budget office reported on Tuesday — that deficits will end.', [['that deficits will end', 'the budget office']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('a verb of saying that shares an infinitive’s "to"', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['part of what is done, not a report of its own', 'Acme says it is doing what it can to monitor fraud and warn people about scams.',
      [['it is doing what it can to monitor fraud and warn people about scams', 'Acme']]],
    ['part of what was urged', 'Ms Lee urged the man to raise his voice and say the word louder.', [['the man to raise his voice and say the word louder', 'Ms Lee']]],
    ['near-miss: after an infinitive that hands over to saying', 'Ms Lee went on to thank the staff and say that the ward would stay open.',
      [['that the ward would stay open', 'Ms Lee']]],
    ['near-miss: a verb with its own subject after "and"', 'Acme wants to cut costs and Ms Lee said that jobs would go.',
      [['that jobs would go', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('openings and endings around an attribution', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['an adverb alone before an inverted aside reports nothing', 'Currently, says Dr Tom Hale, the equipment is very expensive.',
      [['the equipment is very expensive', 'Tom Hale']]],
    ['a spaced dash and "and" part two reports', 'Mr Hale has described the affair as a crackdown - and the Gazette’s Ana Ruiz says most voters believe the end is near.',
      [['the affair as a crackdown', 'Mr Hale'], ['most voters believe the end is near', 'Ana Ruiz']]],
    ['near-miss: a phrase before an inverted aside is reported', 'In the years since, says Dr Tom Hale, prices have doubled.',
      [['prices have doubled', 'Tom Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('phrases of time and place after the verb, and asides before "that"', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a time after the verb’s comma is the writer’s', 'The mill won the vote, the Gazette declared on Thursday, two days after voters went to the polls.',
      [['The mill won the vote', 'Gazette']]],
    ['… and after the speaker’s', 'The mill will close, Ms Lee said on Monday, a week before the vote.', [['The mill will close', 'Ms Lee']]],
    ['a state after its city, then "that"', 'Ms Lee said at a meeting in Hadley, Ohio, that taxes would rise.', [['that taxes would rise', 'Ms Lee']]],
    ['a participle’s aside, then "that"', 'Acme contended in its letter, written by Tom Hale, its counsel, that the funds had a bias.',
      [['that the funds had a bias', 'Acme']]],
    ['a participle after "even"', 'The mayor complained about the microphone, even suggesting he had been sabotaged.', [['he had been sabotaged', 'The mayor']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('near-miss: a day and a time after it report nothing', () => {
    expect(analyze('Ms Lee spoke on Monday, two days after the vote.').quotes).toEqual([])
  })
})

describe('clauses and speakers the tagger misread', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['"rose" after a noun is the verb', 'The lender said prices rose 15% in the year.', [['prices rose 15% in the year', 'The lender']]],
    ['… and after a plural at the clause’s end', 'The lender said profits rose.', [['profits rose', 'The lender']]],
    ['… before a comma', 'The lender said that prices rose, but costs fell.', [['that prices rose, but costs fell', 'The lender']]],
    ['near-miss: a rose after an adjective is a flower', 'The gardener said she loved a red rose.', [['she loved a red rose', 'The gardener']]],
    ['"has" read as a noun is the verb', 'The organisers said the American has a problem with her right shoulder.',
      [['the American has a problem with her right shoulder', 'the organisers']]],
    ['a speaker joined by a hyphen to a word of role', 'The film may not suit young children, film-maker Tom Reed has said.',
      [['The film may not suit young children', 'Tom Reed']]],
    ['two words of a title’s domain joined by "and"', 'Paid leave should be in the manifesto, the Trade and Industry Secretary has said.',
      [['Paid leave should be in the manifesto', 'the Trade and Industry Secretary']]],
    ['a gerund naming a field before the verb', 'About half is earmarked for the poor, the department for planning said.',
      [['About half is earmarked for the poor', 'the department for planning']]],
    ['a weak verb, "it" and a clause opened by a pronoun and a modal', 'Acme Corp lost money. It added it would now review its accounts.',
      [['it would now review its accounts', 'Acme Corp']]],
    ['a common noun capitalised at the start is no name', 'Officials in the city said the pier would close.', [['the pier would close', 'Officials in the city']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each([
    ['near-miss: a rose given', 'She gave him a red rose in May.'],
    ['near-miss: "It added" and an object', 'Acme Corp grew fast. It added 300 jobs last year.'],
  ])('no quote: %s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })
})

describe('long phrases between the verb and its words', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['more phrases than the verb’s own, then "that" and a clause', 'Acme Corp said in a filing to the Hadley Securities and Exchange Board that it would cut 500 jobs.',
      [['that it would cut 500 jobs', 'Acme Corp']]],
    ['near-miss: a "that" opening a relative clause', 'He says in his area a drug bust that chokes the supply will be followed by a rush to clinics.',
      [['a drug bust that chokes the supply will be followed by a rush to clinics', null]]],
    ['a subject with "of" after the verb’s comma', 'Ms Lee said in her report, the western part of the town is at risk.',
      [['in her report, the western part of the town is at risk', 'Ms Lee']]],
    ['"there" after the subject', 'Residents there told reporters that the officers were seeking a bomb.', [['that the officers were seeking a bomb', 'Residents']]],
    ['a country speaks for its government, with a weak verb too', 'Norway promised a review.', [['a review', 'Norway']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('what someone wants done, its verb in the bare form', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a name and a bare verb', 'Mr Hale suggested Ms Lee hit a softer club.', [['Ms Lee hit a softer club', 'Mr Hale']]],
    ['a body and a bare verb', 'Ms Lee proposed the city build more homes.', [['the city build more homes', 'Ms Lee']]],
    ['a passive in the bare form', 'Ms Lee suggested the speechwriter be fired.', [['the speechwriter be fired', 'Ms Lee']]],
    ['near-miss: no verb after the phrase', 'Mr Hale suggested a new plan today.', []],
    ['near-miss: "like" after a noun', 'Ms Lee proposed projects like new parks.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('a past form after an article still reports when no noun follows it', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['the verb after a body', 'The firm reported that profits had doubled.', [['that profits had doubled', 'the firm']]],
    ['the verb after a clause', 'The reported figures were wrong, Ms Hale said.', [['The reported figures were wrong', 'Ms Hale']]],
    ['a word of how many as the subject, "that" after the verb', 'Several reported that the bridge was unsafe.', [['that the bridge was unsafe', 'Several']]],
    ['a word of how many as the subject, a name after the verb', 'Some accused Tom Hale of inciting violence.', [['Tom Hale of inciting violence', 'Some']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
