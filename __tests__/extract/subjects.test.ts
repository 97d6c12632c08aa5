// Who the subject of a reporting verb is when words stand between them, and names the tagger misses;
// sentences written for these tests, with the near-misses each rule must not fire on.
import { analyze } from '../../src/analyze'
import { parseArticle } from '../../src/nlp/parse'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('asides between a subject and its verb', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a party and state, then a participle phrase', 'Sen. Dana Ruiz, D-Ore., appearing on television after the vote, said the bill was dead.',
      [['the bill was dead', 'Dana Ruiz']]],
    ['an adverb set off by commas', 'Ms Pike, though, said she would vote for it.', [['she would vote for it', 'Ms Pike']]],
    ['a long relative clause', 'Tom Hadley, who has visited every county in the state over the past two years to meet farmers, said the harvest was poor.',
      [['the harvest was poor', 'Tom Hadley']]],
    ['a role with a list inside', 'Anna Berg, Minister of Health, Families and Social Development, said the clinics would open.',
      [['the clinics would open', 'Anna Berg']]],
    ['a name set off by commas names the subject', 'Her lawyer, Marc Olsen, said the charges were false.', [['the charges were false', 'Marc Olsen']]],
    ['… though the tagger reads its last word as a place', 'The press secretary, Jen Park, said the visit was off.', [['the visit was off', 'Jen Park']]],
    ['… or both its words', 'The spokesman, Sarah Hill, said the talks had stalled.', [['the talks had stalled', 'Sarah Hill']]],
    ['… or a name it knows for no one’s', 'A UN spokesman, Tarik Halilovic, said the camp was full.', [['the camp was full', 'Tarik Halilovic']]],
    ['… after a role of someone of a body', 'The head of the agency, Filippo Marchetti, said the situation was dire.',
      [['the situation was dire', 'Filippo Marchetti']]],
    ['near-miss: a body’s name of common words after the role', 'A spokesman for the firm, Acme Holdings, said sales fell.',
      [['sales fell', 'a spokesman for the firm']]],
    ['near-miss: the same name after people, no role of one', 'Officials at the agency, Filippo Marchetti, said the camp was full.',
      [['the camp was full', 'Officials at the agency']]],
    ['people a gerund and its place describe', 'Officials speaking in Geneva said the talks had stalled.', [['the talks had stalled', 'Officials speaking in Geneva']]],
    ['… a gerund of writing and a journal', 'Researchers writing in the journal Science said the ice was melting.',
      [['the ice was melting', 'Researchers writing in the journal Science']]],
    ['… a gerund the tagger reads as a noun, and a place', 'Parents waiting outside the school said they were frightened.',
      [['they were frightened', 'Parents waiting outside the school']]],
    ['… a gerund, its object and a place', 'Protesters chanting slogans outside the embassy said they would not leave.',
      [['they would not leave', 'Protesters chanting slogans outside the embassy']]],
    ['… a gerund and an infinitive', 'A man claiming to be the gunman said he had acted alone.', [['he had acted alone', 'a man claiming to be the gunman']]],
    ['near-miss: a gerund opening the sentence', 'After speaking in Geneva, Ms Lee said the talks had stalled.', [['the talks had stalled', 'Ms Lee']]],
    ['near-miss: a place set off by commas is no name', 'The mayor of Hadley, Texas, said the road was closed.', [['the road was closed', 'The mayor of Hadley']]],
    ['near-miss: a first name and a place after no role of one person', 'Staff at the hotel, Stanley Park, said the pool was closed.',
      [['the pool was closed', 'Staff at the hotel']]],
    ['a prepositional phrase', 'Mr Olsen, in a statement on Friday, said the charges were false.', [['the charges were false', 'Mr Olsen']]],
    ['a linking word opening the sentence, then a count and a relative clause', 'However, one dealer, who asked not to be named, said the sales were poor.',
      [['the sales were poor', 'one dealer']]],
    ['… an article and a relative clause', 'Meanwhile, a trader, who asked not to be named, said sales were poor.', [['sales were poor', 'a trader']]],
    ['near-miss: a name keeps its own reading', 'However, Ms Lee, who leads the council, said the sales were poor.', [['the sales were poor', 'Ms Lee']]],
    ['a time opening the sentence, then a name and its description', 'Last month, the Gazette, a weekly, revealed that the mill would close.',
      [['that the mill would close', 'Gazette']]],
    ['… with a preposition', 'On Tuesday, Jane Hale, the mayor, said the road would reopen.', [['the road would reopen', 'Jane Hale']]],
    ['… before a body and a relative clause', 'Early this year, the council, which runs the port, said that fees would rise.',
      [['that fees would rise', 'the council']]],
    ['near-miss: a possessive day heads no time phrase', "Monday's report, a short one, said that fees would rise.", [['that fees would rise', "Monday's report"]]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('a clause before an inverted verb is not its subject', () => {
    const a = analyze('There is a special joy, insists 15-year-old Tom Okafor, in fixing an old bike.')
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Tom Okafor', 'Tom Okafor'])
  })

  test('the words before a quote’s closing comma are never a subject', () => {
    const a = analyze('“There have not been many heroes like me in comics,” says the young author, noting that he draws every day.')
    expect(a.quotes.map((q) => q.speaker)).not.toContain('many heroes like me in comics')
  })
})

describe('"who" after a name and its description', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a person inside the description after its head', 'The call came from Tom Hale, a friend of Ann Lee, who said the deal was off.',
      [['the deal was off', 'Tom Hale']]],
    ['a title and a family tie', 'Princess Elena, the eldest daughter of former King Michael, who said the palace was moved, attended.',
      [['the palace was moved', 'Elena']]],
    ['near-miss: two names in a row, the nearer speaks', 'The call came from Ann Lee and Tom Hale, who said the deal was off.',
      [['the deal was off', 'Tom Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('a subordinate clause before the subject', () => {
  // the coordinated verb's subject is the main clause's, not the one inside "While …,"
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a second verb after "and"', 'While the mayor kept quiet about the budget, Ms Lee said taxes would rise and called the plan “a mess.”',
      [['taxes would rise', 'Ms Lee'], ['the plan “a mess.”', 'Ms Lee']]],
    ['a colon after the subject', 'Although the mayor hesitated, Ms Lee was blunt: “We cannot wait.”', [['“We cannot wait.”', 'Ms Lee']]],
    ['near-miss: the verb inside the opening clause keeps its own subject', 'While Ms Lee called the plan “a mess,” the mayor kept quiet.',
      [['the plan “a mess,”', 'Ms Lee']]],
    ['a dateline and a phrase before the subject', 'HADLEY, Dec. 8 (AP) — In answer to the mayor’s plan to close two libraries, Ms Lee rallied readers, saying: “We will stop it.”',
      [['“We will stop it.”', 'Ms Lee']]],
    ['a participle’s phrase before the subject', 'Pressed on the budget for the coming year, Ms Lee was blunt: “We cannot wait.”', [['“We cannot wait.”', 'Ms Lee']]],
    ['near-miss: a word in capitals with no dash after it is the subject', 'NATO said on Monday that the talks had failed.', [['that the talks had failed', 'NATO']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('verbs that report a clause without "that"', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a clause with its own subject and verb', 'Ms Pike confirmed the meeting took place.', [['the meeting took place', 'Ms Pike']]],
    ['a suggestion', 'Mr Olsen suggested the council should wait.', [['the council should wait', 'Mr Olsen']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test.each([
    ['an object, not a clause', 'Ms Lee acknowledged the size of the loss.'],
    ['a participle with its agent', 'Ms Pike acknowledged the report released by the agency.'],
    ['a verb of thinking', 'Acme Corp concluded it had to leave Hadley.'],
  ])('no quote: %s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })

  test('a verb followed by its object reports nothing before it', () => {
    expect(analyze('In the years before the crash, the agency charged a premium of one per cent.').quotes).toEqual([])
  })
})

describe('names the tagger misses', () => {
  test('a word capitalised inside a sentence is a name where it opens one too', () => {
    const text = 'The union is led by Marta Kowalczyk.\n\nKowalczyk, who has visited many depots, said the drivers were tired.'
    expect(quotes(text)).toEqual([['the drivers were tired', 'Marta Kowalczyk']])
  })

  test('capitals in a headline prove nothing', () => {
    const article = parseArticle('Storm Hits The Coast Hard\n\nHits were counted in every street by the council on Monday.')
    const hits = article.tokens.filter((t) => t.text === 'Hits')
    expect(hits.map((t) => t.tags.has('ProperNoun'))).toEqual([false, false])
  })

  test('a photo credit does not run into the name after it', () => {
    const text = 'Photo: Ann Lee / Hadley Gazette via Getty Images Ruth Albury at a ceremony in Hadley.\n\n“It was a long day,” Albury said.'
    expect(analyze(text).speakers.map((s) => s.name)).toEqual(['Ruth Albury'])
  })
})

describe('shares of people as speakers', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a fraction', 'Two in three said they would skip the meeting.', [['they would skip the meeting', 'Two in three']]],
    ['a percentage in words', 'Seventy-two percent said it changed nothing.', [['it changed nothing', 'Seventy-two percent']]],
    ['a quantifier alone', 'Several said they would rather stay home.', [['they would rather stay home', 'Several']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
    expect(analyze(text).speakers[0].kind).toBe('group')
  })

  test('a year is not a share of people', () => {
    expect(analyze('In 2014 said nothing about the vote.').quotes).toEqual([])
  })
})

describe('speakers around quoted words', () => {
  test('any verb in the past tense after a quote left open by a comma says how it was spoken', () => {
    expect(quotes('“Go back to your seat,” Mr Hale barked.')).toEqual([['“Go back to your seat,”', 'Mr Hale']])
  })

  test('not a verb with more after it', () => {
    expect(quotes('“That is fine with me,” Mr Hale shrugged and left the room.').map((q) => q[1])).toEqual([null])
  })

  test('the listener of "telling" is never the speaker', () => {
    const text = 'Back in 2001, Mr Hale praised the old mayor, telling the radio station: “I hope to run the town that well.”'
    expect(quotes(text).map((q) => q[1])).toContain('Mr Hale')
    expect(quotes(text).map((q) => q[1])).not.toContain('the station')
  })

  test('a second verb after quoted words inside the sentence keeps the sentence’s subject', () => {
    expect(quotes('Director Ann Lee called the plan “careless,” but said the staff should not be charged.')).toEqual([
      ['the plan “careless,”', 'Ann Lee'], ['the staff should not be charged', 'Ann Lee'],
    ])
  })

  test('a demonstrative belongs to the subject it stands before', () => {
    expect(quotes('In a close race, those senators argued, turnout would decide it.')).toEqual([['turnout would decide it', 'senators']])
  })
})


describe('a quoted title among the words before the verb', () => {
  // a title in quote marks names a work; the sentence's verb and subject stand around it
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a title after a preposition, then an aside', 'Ruth Abara, the author of “Quiet Rivers,” about life on the delta, said the ferries were late.',
      [['the ferries were late', 'Ruth Abara']]],
    ['a title after a preposition, right before the verb', 'Ruth Abara, the author of “Quiet Rivers,” said the ferries were late.',
      [['the ferries were late', 'Ruth Abara']]],
    ['a title set off by commas, then a relative clause', 'Dan Koval, a judge on the cooking show, “Kitchen Wars,” who tasted every dish, said the soup was cold.',
      [['the soup was cold', 'Dan Koval']]],
    ['a title after a possessive', 'Ms Abara, a guest on Radio Hadley’s “Morning Call,” said the ferries were late.',
      [['the ferries were late', 'Ms Abara']]],
    ['a one-word nickname after "known as"', 'Ivo Marek, the hacker known as “Ghost,” stated that he had reached the server.',
      [['that he had reached the server', 'Ivo Marek']]],
    ['near-miss: words in lower case after a preposition are a mixed quote', 'The refund was a case of “too little, too late,” said Ms Abara.',
      [['The refund was a case of “too little, too late,”', 'Ms Abara']]],
    ['near-miss: a quote opening the sentence stays a quote', '“We Won The Vote,” Tom Hale, the mayor, said.', [['“We Won The Vote,”', 'Tom Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('long subjects: relative clauses, participles and place words before the verb', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['"here" between the subject and its verb', 'Nurses here said the ward had closed.', [['the ward had closed', 'Nurses']]],
    ['a description with a hyphenated word', 'Rosa Diaz, a long-shot presidential hopeful, said the budget was dead.', [['the budget was dead', 'Rosa Diaz']]],
    ['a relative clause on "whose", complete before the verb', 'The farmers whose fields were flooded say the dam was opened too late.',
      [['the dam was opened too late', 'the farmers']]],
    ['near-miss: the verb of a "whose" clause is its own', 'The ruling was a blow to the firm, whose lawyers argued that the files were secret.',
      [['that the files were secret', 'lawyers']]],
    ['a relative clause broken by a name', 'Omar Reyes, a planner whose firm, Reyes Design, drew the maps, said the roads were too narrow.',
      [['the roads were too narrow', 'Omar Reyes']]],
    ['a participle with its agent', 'The survey, run by Ana Ruiz, a professor of statistics, said turnout had fallen.', [['turnout had fallen', 'The survey']]],
    ['near-miss: a clause before an inverted verb keeps its own subject', 'The harbour, the oldest part of the town, took heavy damage, said Ms Lee, a spokeswoman.',
      [['The harbour, the oldest part of the town, took heavy damage', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('who speaks after the clause they report, and with whom', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['two groups joined by "and" after a comma', 'The hospital will close, nurses and doctors said.', [['The hospital will close', 'nurses and doctors']]],
    ['two groups opening the sentence', 'Nurses and doctors say the hospital will close.', [['the hospital will close', 'Nurses and doctors']]],
    ['near-miss: the object of a verb before "and" is no speaker', 'Ms Lee met the mayor, and officials said the hospital would close.',
      [['the hospital would close', 'officials']]],
    ['a listener, then a clause of time', 'The hospital will close, Ms Lee told reporters as she left the hall.', [['The hospital will close', 'Ms Lee']]],
    ['a relative clause with a contracted verb', 'Mr Hale, who’s running for the seat, added that the hospital would close.', [['that the hospital would close', 'Mr Hale']]],
    ['a second verb after a pronoun’s contraction', 'Mr Hale spoke first. He’s visiting the wards and says the hospital will close.',
      [['the hospital will close', 'Mr Hale']]],
    ['near-miss: a relative clause in the speaker’s description is no report', 'The hospital will close, said Tom Reyes, a nurse who works on the ward.',
      [['The hospital will close', 'Tom Reyes']]],
    ['both sides of an aside after an opening condition, a plural’s bare verb', 'Unless the town acts soon, the scientists say, the river could flood the homes.',
      [['Unless the town acts soon', 'the scientists'], ['the river could flood the homes', 'the scientists']]],
    ['a reason after the aside goes on with the words', 'The effects are hard to predict, economists say, because there is little precedent.',
      [['The effects are hard to predict', 'economists'], ['because there is little precedent', 'economists']]],
    ['near-miss: after "while" the writer goes on', 'The effects are hard to predict, economists say, while the markets are calm.',
      [['The effects are hard to predict', 'economists']]],
    ['"or" between two nouns keeps the clause before the verb whole', 'Some of the work would be done by other agencies or offices, said Mr Hale, who was elected in 2012.',
      [['Some of the work would be done by other agencies or offices', 'Mr Hale']]],
    ['a comparison opening the sentence is no clause of the words', 'Like his remarks about the port, Mr Hale said, the new plan was unacceptable.',
      [['the new plan was unacceptable', 'Mr Hale']]],
    ['a role and whom it serves, after the words', 'The plan will fail, an adviser to Ms Lee said.', [['The plan will fail', 'an adviser to Ms Lee']]],
    ['… before them', 'An adviser to Mr Hale said the plan would fail.', [['the plan would fail', 'an adviser to Mr Hale']]],
    ['a body named with "on" is no person', 'Mr Hale spoke first. The Commission on Public Debates said the microphone had failed.',
      [['the microphone had failed', 'the Commission on Public Debates']]],
    ['people close to someone are not that someone', 'Ms Lee is not one of those critics. Rather, sources close to her campaign say she backs the plan.',
      [['she backs the plan', 'sources close to her campaign']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('quoted words in a participle before the subject leave the verb its own clause', () => {
    const a = analyze('Citing “family reasons,” the spokeswoman told the Gazette that Ms Lee would stay home.')
    expect(a.quotes.map((q) => [q.text, q.speaker])).toContainEqual(['that Ms Lee would stay home', 'the spokeswoman'])
  })

  test('near-miss: a speaker named after a quote, then a place', () => {
    const a = analyze('“We needed a model,” Tom Reyes, the founder, said inside his factory built on the site of an old plant.')
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['“We needed a model,”', 'Tom Reyes']])
  })
})

describe('an office in lower case before the name', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['an office and its domain, then the name', 'Former secretary of state Jane Albury said the pier would close.', [['the pier would close', 'Jane Albury']]],
    ['near-miss: a name after "for" and an article is someone else’s', 'A spokeswoman for the mayor Tom Hale said the pier would close.',
      [['the pier would close', 'a spokeswoman for the mayor Tom Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('people described by where they are or whom they are close to', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['"those close to" a pronoun, never that person', 'Mr Hale spoke first. Those close to him say a deal is near.', [['a deal is near', 'Those close to him']]],
    ['"those close to" a person named', 'Those close to the mayor say a deal is near.', [['a deal is near', 'Those close to the mayor']]],
    ['a group "across" a place', 'Observers across the region say Ms Lee deserves the seat.', [['Ms Lee deserves the seat', 'Observers across the region']]],
    // (the group is named with where it is, as "Observers across the region" is; "Analysts" alone was the word read as a name)
    ['"say" read as a noun between a group and its clause', 'Analysts in the region say Ms Lee deserves the seat.', [['Ms Lee deserves the seat', 'Analysts in the region']]],
    ['near-miss: "a say" is a noun', 'Voters want a say in the plan.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('words of time between a subject and its verb, and names the tagger does not know', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['"today" before the verb', 'Critics of the plan today argue that it came too late.', [['that it came too late', 'Critics of the plan']]],
    ['"now" read as a conjunction', 'Ms Lee now says, however, that the plan came too late.', [['that the plan came too late', 'Ms Lee']]],
    ['a weak verb with "that" after a name opening the sentence', 'Hadleywire also reported that the pier had closed.', [['that the pier had closed', 'Hadleywire']]],
    ['near-miss: a plural opening the sentence is no name', 'Sales added that the firm was growing.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('a participle opening the sentence after "after" or "while"', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['the main clause’s subject, adverbs before its verb', 'After saying on Monday that the plan had failed, Ms Lee only briefly answered questions.',
      [['that the plan had failed', 'Ms Lee']]],
    ['near-miss: an opening clause with a subject of its own keeps it', 'When Mr Hale spoke at length by suggesting the vote was rigged, Ms Lee left.',
      [['the vote was rigged', 'Mr Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('speakers the tagger breaks up', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a word read as a verb inside the phrase before a name', '“We will strike on Monday,” said Swedish trades union official Ulf Carlsson.',
      [['“We will strike on Monday,”', 'Ulf Carlsson']]],
    ['a source "within" a body is the source', 'A source within the central Interior Ministry said the men had been freed.',
      [['the men had been freed', 'a source within the central Interior Ministry']]],
    ['a surname the tagger takes for a town', 'John Bolton resigned on Tuesday. Bolton gave his own account, speaking on the radio: "I offered to resign."',
      [['"I offered to resign."', 'John Bolton']]],
    ['near-miss: the town after a preposition stays a place', 'John Bolton resigned on Tuesday. Crowds in Bolton said: "We are glad."', [['"We are glad."', 'Crowds in Bolton']]],
    ['a palace speaks for its court', 'The palace issued a statement: "She remains a member of the family."', [['"She remains a member of the family."', 'the palace']]],
    ['the media as a group', 'The fires were out, local media reported.', [['The fires were out', 'local media']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('who a relative word before the verb is', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['"which" after a body and a comma', 'Her remarks follow criticism from the finance committee, which said rates were too high.',
      [['rates were too high', 'the finance committee']]],
    ['"who" is the person at the end of the phrase', 'The plan drew fire from Mr Hale, who said the rates were too high.', [['the rates were too high', 'Mr Hale']]],
    ['near-miss: a head that can speak is the one', 'The suit was filed by the ex-wife of Tom Hale, who said he had lied.', [['he had lied', 'the ex-wife of Tom Hale']]],
    ['near-miss: a relative clause of its own before the verb', 'Friends of Mr Hale, who turns 70 in May, say that he is tired.', [['that he is tired', 'Friends of Mr Hale']]],
    ['a hedged number opens the words', 'Ms Lee said as many as 3,000 firms could be included.', [['as many as 3,000 firms could be included', 'Ms Lee']]],
    ['"it" and a weak verb after the words', 'Acme Corp will expand. About 2,500 new jobs should be created, it added.',
      [['About 2,500 new jobs should be created', 'Acme Corp']]],
    ['a correspondent', 'Ministers believe this will be the easier option, our correspondent added.', [['Ministers believe this will be the easier option', 'our correspondent']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('near-miss: "it added" and an object', () => {
    expect(analyze('The rain fell, it added to the flood.').quotes).toEqual([])
  })
})

describe('a place and its region after a comma are one place of the subject', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a city and its state', 'Police in Austin, Texas said the man was armed.', [['the man was armed', 'Police in Austin, Texas']]],
    ['a city and its country after a body', 'The health ministry in Munich, Germany confirmed a second case on Monday.',
      [['a second case on Monday', 'the health ministry in Munich, Germany']]],
    ['near-miss: the place pair ends a phrase that opens the sentence', 'After talks in Austin, Texas said it would sign.', [['it would sign', 'Texas']]],
    ['near-miss: a name before the comma', 'Ms Hale, Texas said it would sign.', [['it would sign', 'Texas']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('a name written with "’s" before a verb of saying (speaker-phrase.ts cueAt)', () => {
  test.each([
    ['a shop’s name', 'Sainsbury’s said sales fell in May.', 'sales fell in May'],
    ['after "a spokesman for"', 'A spokesman for Sainsbury’s said sales fell in May.', 'sales fell in May'],
    ['"told"', 'Hadley’s told reporters the store would close.', 'the store would close'],
  ])('%s: %s', (_name, text, words) => {
    const quotes = analyze(text).quotes
    expect(quotes.map((q) => q.text)).toEqual([words])
    expect(quotes[0].speaker).not.toBeNull()
  })

  test('near-miss: a word in -ed between a possessive and its noun describes the noun', () => {
    expect(analyze('The leadership’s repeated refusal angered voters in May.').quotes).toEqual([])
  })
})
