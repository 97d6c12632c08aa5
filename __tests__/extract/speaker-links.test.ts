// Who a speaker phrase names, mechanism by mechanism: sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('descriptions', () => {
  test.each<[string, string, Array<string | null>]>([
    ['someone who works for a name is someone else', 'Omar Haddad spoke on Monday. The lawyer for Haddad said the plan would fail.',
      ['The lawyer for Haddad']],
    ['so is someone named by a possessive name', 'Omar Haddad spoke on Monday. Jane Lee’s campaign manager said the plan would fail.',
      ['Jane Lee’s campaign manager']],
    ['near-miss: a role with no owner is the person with that title', 'Jane Lee, the mayor of Hadley, spoke on Monday. The mayor said the plan would fail.',
      ['Jane Lee']],
    ['a party noun fits a title in its other form', 'Omar Haddad, a Democratic senator from Ohio, spoke. The Ohio Democrat said the plan would fail.',
      ['Omar Haddad']],
    ['the description whose place fits, of two', 'Omar Haddad, a Democratic senator from Ohio, met Ann Baker, a Democratic senator from Texas. The Texas Democrat said the plan would fail.',
      ['Ann Baker']],
    ['a name before a phrase that places it', 'Physics professor Ann Baker at the University of Hadley says the storms are linked.',
      ['Ann Baker']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('shares of people', () => {
  test.each<[string, string, string]>([
    ['a share before "of"', 'At least half of tenants in each block say the rent is fair.', 'half of tenants in each block'],
    ['a percentage before "of"', 'Some 47 percent of local drivers say the toll is fair.', 'Some 47 percent of local drivers'],
    ['a share of a pronoun', 'Until the vote, most of them said they liked the plan.', 'most of them'],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual([expected])
  })
})

describe('bodies named before', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a body named in full, then by its kind', 'The Hadley city council met on Tuesday.\n\nThe council said the plan would fail.', ['the Hadley city council']],
    ['a company named, then "the company"', 'Northwind Inc. received its payment in May. The company said it might repay some of it.', ['Northwind Inc']],
    ['an acronym, then "it"', 'NWC declined to answer. “We respect the privacy of our clients,” it said in a statement.', ['NWC']],
    ['near-miss: a place in capitals is no body', 'Ms Lee flew to the US on Monday. “It went well,” she said.', ['Ms Lee']],
    ['a possessive inside a body’s name', 'The Hadley County Sheriff’s Office said the road was closed.', ['the Hadley County Sheriff’s Office']],
    ['a capitalised word of a kind of body is part of the name', 'The State Department said the talks would go on.', ['the State Department']],
    ['near-miss: a lower-case word of a kind of body before the name', 'The Dutch aid group Northwind said the camp was full.', ['Northwind']],
    ['near-miss: a country’s possessive before a person’s name', 'Germany’s Tommy Hale said he would run.', ['Tommy Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('documents', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a statement from a body is the body’s', 'Jane Lee runs the clinic. A statement from the ministry said the clinic would close.', ['the ministry']],
    ['a report by a body is the body’s', 'Jane Lee runs the clinic. A report by the Hadley Institute found that taxes would rise.', ['the Hadley Institute']],
    ['a poll with no author speaks for itself', 'Jane Lee runs the clinic. A new poll suggests that voters are tired.', ['a new poll']],
    ['"her statement" is the woman’s, not the man named last', 'Jane Lee resigned on Monday. Omar Haddad replaced her. Her statement said she was proud of the clinic.',
      ['Jane Lee']],
    ['the name that opens a document’s phrase is whose it is', 'Tom Hale joined the league in 2019. “Hale was loved by all,” reads an AEW press release.', ['AEW']],
    ['a body of several words', 'Jane Lee runs the clinic. A Hadley Health Council report found that waiting times had doubled.', ['Hadley Health Council']],
    ['near-miss: a body whose name ends in a document’s word', 'The Hadley Geological Survey said it detected a quake.', ['Hadley Geological Survey']],
    ['a body described before a possessive wrote it', 'Northwind Press was sold. Jane Lee met the board. The company’s statement said profits fell.', ['Northwind Press']],
    ['a court’s writing is the court’s, not the person the story named', 'Jane Lee brought the case to the Hadley Court. The opinion of the Hadley Court said that the vote was void.',
      ['the Hadley Court']],
    ['a court’s summary with no court named is the summary’s', 'Jane Lee brought the case. A summary said that the vote was void.', ['a summary']],
    ['near-miss: "of" after a poll names whom it measured', 'Jane Lee runs the clinic. A poll of Hadley Council voters found that taxes were too high.', ['a poll of Hadley Council voters']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })

  test.each([
    ['"found" with a person as subject', 'Police found the car had been stolen.'],
    ['"show" with no study', 'The shows found an audience.'],
    ['a trend is no document', 'The trend suggests that prices are rising.'],
  ])('no quote: %s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })
})

describe('the speaker after an inverted verb', () => {
  test.each<[string, string, string]>([
    ['a description, then the name that says who it is', '“Most shops will not print one copy,” says Baker’s partner, Lee Park.', 'Lee Park'],
    ['a role, then the name', '“It works,” said the mayor, Jane Lee, on Monday.', 'Jane Lee'],
    ['near-miss: a description with a relative clause stays the description', '“It works,” says the mayor, who took office in 2019.', 'the mayor'],
    ['a relative clause with no comma goes with the speaker', '“She had made up her mind,” said one former manager who asked not to be named.',
      'one former manager'],
    ['a participle after the speaker describes them', '“We cannot say what we think,” said a Hadley reader going by the name Riverrat.', 'a Hadley reader'],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual([expected])
  })
})

describe('who a bare description means', () => {
  test('the person the story keeps naming, over one named once in passing', () => {
    const text = 'Ann Baker opened her shop in 2019. Baker sells comics by local artists. Baker once had a guest spot on a show hosted by Tom Reed.\n\n' +
      '“It was wild,” says the affable proprietor.'
    expect(speakers(text)).toEqual(['Ann Baker'])
  })

  test('the founder of a company may be the person named before', () => {
    expect(speakers('I am talking about Ann Baker. “We print anything,” says the 44-year-old founder of Northwind Press.')).toEqual(['Ann Baker'])
  })

  test.each<[string, string, Array<string | null>]>([
    ['an abbreviated title is the office it names', 'Sen. Tom Hale spoke in Ames. “We will win,” the senator said.', ['Tom Hale']],
    ['an office the person does not hold is someone else', 'Sen. Tom Hale spoke in Ames on Monday. “It is over,” the governor said.', ['the governor']],
    ['a gendered role is never a person of the other gender', 'Mr Hale spoke in Ames on Monday. The actress said she was fed up with the tour.', ['The actress']],
    ['near-miss: a role that fits stays with the person', 'Mr Hale spoke in Ames on Monday. The candidate said he was fed up with the tour.', ['Mr Hale']],
    ['someone the sentence before brings in, over the one named most', 'Ann Baker runs the shop. Baker sells comics. Baker prints them too. ' +
      'There is a joy, insists 16-year-old Tom Reed, in seeing a comic through. “It takes months,” says the self-taught artist.', ['Tom Reed', 'Tom Reed', 'Tom Reed']],
    ['the one subject of the sentence before, over a person named more often', 'Tom Reed met Ann Baker in 2010. Baker runs the shop. Baker sells comics. ' +
      'Baker prints them. Baker also paints. Reed passed his driving test this year. The 32-year-old labourer says he drives to work now.',
      ['Tom Reed']],
    ['near-miss: not when the one named most is a subject there too', 'Ann Baker runs the shop. Baker sells comics. ' +
      'Baker and Tom Reed print them. “It takes months,” says the self-taught artist.', ['Ann Baker']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('phrases of time between a subject and its verb', () => {
  test.each<[string, string, string]>([
    ['"for years"', 'Road safety campaigners have for years warned that councils must act.', 'Road safety campaigners'],
    ['a day', 'Ms Lee on Monday said the plan had failed.', 'Ms Lee'],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual([expected])
  })
})

describe('subjects a reader reads past words in', () => {
  test.each<[string, string, string]>([
    ['"those" and a participle', 'By a wide margin, those surveyed say the plan should pass.', 'those surveyed'],
    ['an emphatic pronoun', 'Northwind itself said the deal was on.', 'Northwind'],
    ['a participle and where', 'Voters interviewed at rallies in Hadley this week, including Mr Hale, said they liked the plan.', 'Voters'],
    ['a time after the participle', 'Voters surveyed in May said they wanted change.', 'Voters'],
    ['near-miss: "named" gives the name', 'A police officer in the county named Okafor told reporters most drivers were locals.', 'Okafor'],
    ['a source after "according to" that the tagger misreads', 'Turnout fell to 36 percent, according to exit polls.', 'exit polls'],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual([expected])
  })

  test.each([
    ['a noun in -ing after a noun', 'Staff gave a safety briefing to volunteers on how the tills work.'],
    ['a verb in the past with its object is no participle', 'The firm withdrew a game called “Puzzle Harbour” last week.'],
    ['a video shows, it does not report', 'Some fans sat on the barriers, video seen by the Gazette showed.'],
  ])('no quote: %s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })
})

describe('more of who a phrase names', () => {
  test.each<[string, string, string]>([
    ['a body named by a name and a noun the tagger read as a verb', 'The Hale campaign on Monday stepped up its criticism, saying the plan was unfair.',
      'the Hale campaign'],
    ['an unnamed source is never the person named last', 'Ann Baker spoke in Hadley. “Would she change course?” the source said.', 'the source'],
    ['a verb and a particle after the quote say how it was spoken', '“They only came for the cake,” Baker shot back with a grin.', 'Baker'],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual([expected])
  })

  test('near-miss: a verb with more to say after the quote', () => {
    expect(analyze('“Fine,” she shrugged and left the room.').quotes).toEqual([])
  })

  test.each<[string, string, Array<string | null>]>([
    ['"went on" after a question goes on speaking', 'Ms Lee asked about it. “That is life, isn’t it?” Mr Hale went on, ignoring the question.', ['Mr Hale']],
    ['near-miss: a pronoun alone is no report', 'Ms Lee asked about it on Monday.', []],
    ['near-miss: a particle with an object is no way of speaking', '“The band was great,” Tom Hale went on a tour after that.', [null]],
    ['a stop the tagger ran over ends the sentence after a title', 'Mr Hale spoke on Sunday. “We will win,” Mr Hale said on “Morning Call” Sunday. “I am sure.”', ['Mr Hale', 'Mr Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('acronyms and ages', () => {
  test.each<[string, string, string]>([
    ['an acronym after its full name, then alone', 'The Office for Budget Responsibility (OBR) published its forecast. The OBR said the economy would shrink.',
      'the Office for Budget Responsibility'],
    ['"it" for a body named by its acronym', 'Northwind Export Finance (NEF) offered insurance. NEF declined to comment. “We respect our clients,” it said.',
      'Northwind Export Finance'],
    ['an acronym alone as the subject, after its name in brackets', 'The Hadley Water Authority (HWA) raised prices. HWA says the rise is needed.',
      'the Hadley Water Authority'],
    ['an acronym whose name the text wrote out before, without brackets', 'Northwind Export Finance lent the firm $300 million.\n\nNEF says it is self-funding.',
      'Northwind Export Finance'],
    ['near-miss: an acronym the text never spells out stays itself', 'Ms Lee spoke first.\n\nNATO says the talks failed.', 'NATO'],
    ['the person of the age a description gives', 'Ann Baker, 41, and Tom Reed, 32, run the farm. “It was a hard year,” said the 32-year-old farmer.', 'Tom Reed'],
    ['near-miss: a person with another age is not the one described', 'Tom Reed, 41, runs the farm. “It was a hard year,” said the 32-year-old farmer.',
      'the 32-year-old farmer'],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual([expected])
  })

  test('near-miss: a surname is never the body named after that person', () => {
    expect(speakers('Reed’s government cut the budget. Prime Minister Tom Reed spoke later. Reed says the cuts will help.')).toEqual(['Tom Reed'])
  })

  test('near-miss: capitals in brackets that spell no name before them', () => {
    expect(speakers('Jane Lee (NDP) said the plan would fail.')).toEqual(['Jane Lee'])
  })
})

describe('who "he" is after an opening clause', () => {
  test('the subject of an opening subordinate clause is not whom the sentence is about', () => {
    const text = 'Park spokesman Tom Reed said the gates would open at nine.\n\nWhen Mayor Carl Bertrand arrived, the crowd had grown to thousands. “We ran out of maps,” he said.'
    expect(speakers(text)).toEqual(['Tom Reed', 'Tom Reed'])
  })
})

describe('a day after a participle in the subject', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a document published on a day', 'A council report published Wednesday said the bridge needed repairs.', ['a council report']],
    ['people asked on a day', 'Voters surveyed Monday said taxes were too high.', ['Voters']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('names after an office and its domain', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a one-word domain', 'Ms Lee spoke first. Former Secretary of State Jane Albury said the talks would resume.', ['Jane Albury']],
    ['a two-word domain', 'Ms Lee spoke first. Minister of Home Affairs Tom Okafor said the border would stay open.', ['Tom Okafor']],
    ['initials inside the name', 'Ms Lee spoke first. Secretary of State Mark T. Albury said the talks would resume.', ['Mark T. Albury']],
    ['near-miss: a place after "of" is no name', 'Ms Lee spoke first. The mayor of Hadley said the road would close.', ['Ms Lee']],
    ['a middle initial inside the name', 'Ms Lee spoke first. Secretary of State Jane M. Albury said the talks would resume.', ['Jane M. Albury']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('a body’s name with "of", then a role and a name', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the office of a house', 'Hadley House of Delegates Speaker Jane Albury said that the vote was void.', ['Jane Albury']],
    ['an official of a department', 'Ohio Department of Transportation official Tom Okafor said the road would reopen.', ['Tom Okafor']],
    ['an honorific after the role', 'Bank of Hadley governor Dr Ann Reyes said rates would stay.', ['Ann Reyes']],
    ['near-miss: a role before "for" speaks for the name', 'A spokeswoman for Acme chief executive Jane Doe said the talks failed.',
      ['a spokeswoman for Acme chief executive Jane Doe']],
    ['near-miss: no role between the body and the speaker', 'The clerk of the House of Delegates said the vote was void.', ['The clerk of the House of Delegates']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('a name before a phrase of "on" or "via"', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a medium after the inverted speaker', 'Tom Hale died on Monday. “Heartbroken and numb,” writes his longtime partner Ann Rowan on Instagram.', ['Ann Rowan']],
    ['a time between the subject and its verb', 'Sen. Ann Reyes on Wednesday morning also called upon the city to act.', ['Ann Reyes']],
    ['near-miss: a party in the plural is no person', 'Nervous Democrats on Capitol Hill said the plan would fail.', ['Nervous Democrats on Capitol Hill']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('people tied to someone by an adjective', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the person, not the one they are close to', 'A person close to the mayor said she would resign.', ['a person close to the mayor']],
    ['… after the words', 'Ms Lee resigned, a person close to the mayor said.', ['a person close to the mayor']],
    ['… after a quote', 'Tom Hale spoke first. “It is over,” a source close to the mayor said.', ['a source close to the mayor']],
    ['a witness present at the scene', '“It was chaos,” a guard present at the fire told the Gazette.', ['a guard present at the fire']],
    ['near-miss: a participle with a place stays the place’s no one', 'Voters interviewed at rallies in Hadley said taxes were too high.', ['Voters']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('a second verb after "and" or "but" and a phrase', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the subject of the first verb speaks', 'Mr Hale denied it, but in a radio interview later said he had kept the letters.', ['Mr Hale']],
    ['… and the first report ends before it', 'Mr Hale called the report “wrong” on Friday and in a short statement said he had never seen it.',
      ['Mr Hale', 'Mr Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('asides between a subject and its verb', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a few words set off by commas', 'The chief executive, Tom Okafor, of course, said that the delay was deliberate.', ['Tom Okafor']],
    // (the quoted words are a quote of their own, unclaimed.ts: Mr Hale cites them)
    ['a participle holding quoted words', 'Mr Hale, citing “the quiet charm of the town,” said the candidate could win.', ['Mr Hale', 'Mr Hale']],
    ['near-miss: a lone comma before the verb puts the speaker after it', 'It was tested on staff first, said Mr Hale.', ['Mr Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('two named people speaking together', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"and" between two names', 'Ms Lee and Mr Hale said the plan failed.', ['Ms Lee and Mr Hale']],
    ['near-miss: a body and a person', 'The council and Mr Hale said the plan failed.', ['Mr Hale']],
    ['a person and someone of theirs', 'Ms Lee and her lawyer said the case was weak. They said it would be dropped.',
      ['Ms Lee and her lawyer', 'Ms Lee and her lawyer']],
    ['near-miss: "the lawyer" is not joined to the name (it resolves on its own)', 'Ms Lee and the lawyer said the case was weak.', ['Ms Lee']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })

  test('the pair is a group of its own, with no gender', () => {
    const a = analyze('Ms Lee spoke first. Ms Lee and Mr Hale said the plan failed.')
    expect(a.speakers.map((s) => [s.name, s.kind, s.gender ?? null])).toEqual([['Ms Lee and Mr Hale', 'group', null]])
  })
})

describe('possessives before a name or a role', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a place’s possessive is no part of the name', '“It is frustrating,” admitted Germany’s Tommy Hale.', ['Tommy Hale']],
    ['an outlet’s possessive is no part of the name', 'The Gazette’s Ana Ruiz said the count was fair.', ['Ana Ruiz']],
    ['someone’s agent is not that someone', 'Pop star Jane Albury will marry Tom Reyes, the singer’s agent has confirmed.', ['the singer’s agent']],
    ['a spokesman whose title says whose he is', 'Jamal Ware, a spokesman for Tom Hale, said the panel was fair. The congressman’s spokesman added that none of its members had been paid.',
      ['Jamal Ware', 'Jamal Ware']],
    ['a surname after "the" and an age is a name', 'Manager Tom Reyes said the fee was high. “I would be keen to leave,” admitted the 28-year-old Moreno.',
      ['Tom Reyes', 'Moreno']],
    ['near-miss: a party after "the" names no one', 'Sen. Tom Hale spoke in Ames. “We will win,” the Iowa Republican said.', ['Tom Hale']],
    ['an honorific after a place, no comma between, opens the subject', 'Mr Brown signed a deal. On top of the deal with Tanzania Mr Brown said more offers would follow.',
      ['Mr Brown']],
    ['near-miss: a spokeswoman for a named man is his spokeswoman', 'A spokeswoman for Mr Hale said the plan failed.', ['a spokeswoman for Mr Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('what a subject that is no person says', () => {
  test.each<[string, string, Array<string | null>]>([
    ['writing on a thing is no one the story named', 'Acme said the mail was infected. The subject line says “Merry Christmas” and translates this into 15 languages.',
      ['Acme', 'The subject line']],
    ['the star of two works is the star, not the second work', 'The star of Rain Man and Tootsie said the film culture was poor.',
      ['The star of Rain Man and Tootsie']],
    ['near-miss: a person after "and" is a second subject', 'The mayor of Hadley and his wife said the bridge was safe.', ['his wife']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('bodies named after words that describe them', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a body’s name after a description', 'UK advertising giant WPX has posted larger profits and predicted that it will beat the market.', ['WPX']],
    ['"the think tank" is the body named before', 'Growth will slow, the OECD said. However, the Paris-based economics think tank said it expected a recovery.', ['the OECD', 'the OECD']],
    ['near-miss: a person’s name after a description is the person', 'Veteran striker Tom Hale said he would retire.', ['Tom Hale']],
    ['a name after the word for a body is a body, and "it" later', 'Last year, marketing company Northwind warned that it would be sold. On Thursday, it announced that profits had risen.',
      ['Northwind', 'Northwind']],
    ['… after the document it wrote', 'A projection by the consulting firm Kestrel found that wages would rise.', ['Kestrel']],
    ['near-miss: a person’s name after a body’s word', 'Last year, party chair Tom Hale warned that he would resign.', ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('names that hold a word of a role or a place', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a role word after a first name is a surname', 'Mr Hale spoke first. Tom Farmer said the plan failed.', ['Tom Farmer']],
    ['… also with a description after it', 'Mr Hale spoke first. Anna Singer, the group’s lawyer, said the plan failed.', ['Anna Singer']],
    ['near-miss: a role before a name stays a role', 'Mr Hale spoke first. Farmer Tom Reed said the plan failed.', ['Tom Reed']],
    ['the place a person is of is no one', 'The plan was backed by Sen. Dana Ruiz of Oregon, the ranking Democrat on the committee. The ranking Democrat said the plan failed.',
      ['Dana Ruiz']],
    ['a relative clause after a description of a named person is that person’s', 'Ms Lee spoke first. The plan was backed by Sen. Dana Ruiz of Oregon, the ranking Democrat on the committee, who said the emails were lost.',
      ['Dana Ruiz']],
    ['near-miss: a relative clause after a body’s description', 'Ms Lee spoke first. The board, a panel of five, which met on Monday, said the plan failed.', ['the board']],
    ['a body’s proper name keeps its words after "on"', 'Deaths rose by a third, according to the National Institute on Water Safety.', ['the National Institute on Water Safety']],
    ['a nominee is a person', 'Tom Hale won the vote on Tuesday. The Green nominee said the race was close.', ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('one entity per person or body, on news the rules were not written for', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"the 28-year-old" and a surname the article gave a person is that person', 'Hadley want striker Tom Vandermeer. Manager Ann Reyes said the fee was high. “I would be keen to leave,” admitted the 28-year-old Vandermeer.',
      ['Ann Reyes', 'Tom Vandermeer']],
    ['near-miss: a party after "the" and an age is still no name', 'Tom Vandermeer left in May. Ann Reyes spoke on Monday. “We will win,” said the 64-year-old Republican.',
      ['Ann Reyes']],
    ['a place’s possessive before a first name is no part of the name', 'The top seed beat Canada’s Tom Vandermeer, the third seed, in two sets. “It is frustrating,” admitted Vandermeer.',
      ['Tom Vandermeer']],
    ['near-miss: a possessive inside a body’s name stays', 'The Children’s Aid Society took the boy into care. “We disagree,” it said.', ['the Children’s Aid Society']],
    ['"the company" is the body that was the subject, by its name without the possessive', 'Northwind Corp’s brands include ACX, Zenith and Hadley. The company said it would close two plants.',
      ['Northwind Corp']],
    ['an outlet told something is never "the company"', 'Acme Corp lost the case in May. Its lawyer, Tom Hale, told the Northwind news agency: “We will appeal.” The company has said it will go to the high court.',
      ['Tom Hale', 'Acme Corp']],
    ['"the company" is no university', 'Acme Corp lost the case in May. Hadley University defended its study. The company said the study was wrong.',
      ['Acme Corp']],
    ['"the company" is no school', 'Acme Corp lost the case. The dean of Hadley’s Law School defended the articles. The company said they were misleading.',
      ['Acme Corp']],
    ['"the government" is no company named before', 'The firms sued were Northwind Group and Acme Corp. In its case, the government claimed the firms hid the risks.',
      ['the government']],
    ['"the government" is no party', 'The Hadley Labour Party won the vote. The government said it would act.', ['the government']],
    ['near-miss: "the government" is a ministry named before', 'The Hadley Health Ministry issued rules on Monday. The government said the rules would stay.',
      ['the Hadley Health Ministry']],
    ['a dean is no body: the school named with him is', 'The dean of the Hadley Law School defended the articles. The group said they were misleading.',
      ['the Hadley Law School']],
    ['"she" is not a husband', 'Ann Reyes and her husband ran the shop. Her husband said the rent had doubled. “We cannot stay,” she said.',
      ['Her husband', 'Ann Reyes']],
    ['near-miss: "he" may be the husband', 'Ann Reyes and her husband ran the shop. Her husband said the rent had doubled. “We cannot stay,” he said.',
      ['Her husband', 'Her husband']],
    ['where a body is is no part of its name', 'The Green Party in Hadley said the vote was rigged.', ['the Green Party']],
    ['near-miss: "the party in Hadley" is the party named before', 'The Hadley Labour Party won. The party in Hadley said the vote was rigged.', ['the Hadley Labour Party']],
    ['near-miss: a share goes on past "in"', 'About four in 10 voters said the economy mattered most.', ['About four in 10 voters']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('a piece speaks for the outlet it appeared in', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a review in a newspaper is the newspaper’s', 'The film opened on Friday. A milder review in the Hadley Gazette said the plot was thin.', ['the Hadley Gazette']],
    ['an article in an outlet named in full before', 'The Hadley Gazette broke the story. An article in the Gazette claimed the mayor had lied.', ['the Hadley Gazette']],
    ['the outlet’s kind before its name', 'A study in the journal Northwind Medicine found that bees sleep.', ['Northwind Medicine']],
    ['near-miss: an author after "by" wrote it, wherever it ran', 'A statement in Parliament by Tom Hale said the mine would close.', ['Tom Hale']],
    ['near-miss: a month after "in" is when, not who', 'A report in March found that bees sleep.', ['a report']],
    ['near-miss: a place after "in" is where, not who', 'A study in Canada found that bees sleep.', ['a study in Canada']],
    ['near-miss: a place of two words is no outlet either', 'Recent polls in New Hampshire say Hale leads.', ['Recent polls in New Hampshire']],
    ['words describing the outlet’s kind before its name', 'A 2013 article in the academic journal Hadley Letters said that bees sleep.', ['Hadley Letters']],
    ['near-miss: the author after the outlet is the author', 'A report in Hadley Life by Tom Hale said the plot was thin.', ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('a plain plural capitalised as a sentence’s first word', () => {
  test.each<[string, string, string]>([
    ['is a group, wherever it is', 'Officials in Hadley said the mine would close.', 'group'],
    ['and so are police', 'Police in Hadley said the mine would close.', 'group'],
    ['near-miss: a body’s proper name is a body', 'The Hadley Mining Board said the mine would close.', 'organization'],
  ])('%s', (_name, text, kind) => {
    expect(analyze(text).speakers.map((s) => s.kind)).toEqual([kind])
  })
})

describe('who "they" means: a group that acted before it spoke', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a couple named as a subject', 'Ann Reyes and her husband run the shop on Main Street. “We cannot stay,” they said.', ['Ann Reyes and her husband']],
    ['two named people as a subject', 'Sen. Tom Hale and Rep. Ann Lee met on Monday. “We agree,” they said.', ['Sen. Tom Hale and Rep. Ann Lee']],
    ['a group that is the subject of the same sentence', 'Phone companies refuse to pay because they say the law is unfair.', ['Phone companies']],
    ['a group that is the subject of the sentence before, over a body before it', 'The Hadley council met on Monday. Local farmers oppose the plan. “It will ruin us,” they said.',
      ['Local farmers']],
    ['a group that speaks later is named by the phrase that has it speak', 'Farmers oppose the plan. Farmers in Hadley said it was rushed.', ['Farmers in Hadley']],
    ['near-miss: things that rose are no one', 'The Hadley council met on Monday. Prices rose again. “It will ruin us,” they said.', ['the Hadley council']],
    ['near-miss: one person described twice is no pair', 'Popular Christian and corporate speaker Tom Hale believes he is right. “It was clear,” he said.', ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('a body named by one word the tagger cannot place', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a subject, then "the company"', 'Northwind Inc. lent the money in April. Zentrovax received its second payment in May. The company noted it might repay. Auditors said Zentrovax was sound.',
      ['Zentrovax', 'Auditors']],
    ['named only before those who speak for it', 'Northwind Inc. lent the money in April. Zentrovax officials were unavailable. But the company said it would pay. Auditors said Zentrovax was sound.',
      ['Zentrovax', 'Auditors']],
    ['near-miss: a surname with an honorific elsewhere is a person’s', 'Northwind Inc. lent the money in April. Zentrovax received the money in May. The company noted it might repay. Mr. Zentrovax was away.',
      ['Northwind Inc']],
    ['near-miss: a word the text writes in lower case too is no name', 'Northwind Inc. lent the money in April. Pending received the money. The company noted it might repay. It is pending.',
      ['Northwind Inc']],
    // (lone-bodies.ts keeps only the last "the company" of the text: one before the name registers nothing)
    ['near-miss: "the company" only before the name', 'Northwind Inc. lent the money in April. The company noted it might repay. Zentrovax received the money in May. Auditors said Zentrovax was sound.',
      ['Northwind Inc', 'Auditors']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('particles inside a surname', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"dela" starts a surname', 'Arnel dela Vega said the storm was strong. “It was bad,” said dela Vega.', ['Arnel dela Vega', 'Arnel dela Vega']],
    ['so do "de los"', 'Juan de los Santos said the storm was strong.', ['Juan de los Santos']],
    ['near-miss: a first name that is no particle stays', 'Ben Smith said the storm was strong.', ['Ben Smith']],
    ['near-miss: "Las" opening a place’s name stays', 'Tom Hale left. The Las Vegas Strip Hotel said the storm was strong.', ['the Las Vegas Strip Hotel']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('a body named after the word a writer uses for its kind', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a name ending in a plural after "giant"', 'Video game giant Northwind Arts says it wants to grow.', ['Northwind Arts']],
    ['near-miss: a plural group with no name is a group', 'Video game fans say they want more.', ['Video game fans']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

// "I" outside a labelled answer is the writer, and "you" is anyone: neither is the body or person the story
// named last, so the quote keeps no speaker rather than a wrong one.
describe('the writer and the reader are nobody in the story', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the writer’s "I"', 'The Hadley Council met on Monday. I said that the plan would fail.', [null]],
    ['a generic "you"', 'The Hadley Council met on Monday. You said that the plan would fail.', [null]],
    ['near-miss: "she" still finds the person named before', 'Jane Lee spoke on Monday. She said that the plan would fail.', ['Jane Lee']],
    // (each answer is a quote of the one answering: "I said that the plan would fail." and "We wait.")
    ['near-miss: a labelled answer’s "I" is the person answering', 'Wikinews spoke to Jane Lee about the plan.\n\n((WN))  What will you do?\n\n((Jane Lee))  I said that the plan would fail.\n\n((WN))  And now?\n\n((Jane Lee))  We wait.', ['Jane Lee', 'Jane Lee']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

// A document noun ("post", "report") at the end of a capitalised name is a publication, not a document whose author
// is the body named before (descriptions.ts).
describe('publications named like documents', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a newspaper whose name ends in "Post"', 'Two men were arrested. They both worked at Bank of Hadley, the South Hadley Morning Post reported.',
      ['the South Hadley Morning Post']],
    ['near-miss: a lower-case document still speaks for its author', 'Northwind Inc. lent the money. Its statement said the loan was safe.', ['Northwind Inc']],
    ['an outlet after a name joined by a hyphen to what it does', 'Two banks were fined. A report in the Hadley-owned Economic Courier said that the banks may sell.',
      ['Economic Courier']],
    ['near-miss: a poll with a capitalised name is the record', 'Northwind Inc. lent the money. A new Hadley University Poll found that voters backed the loan.',
      ['a new Hadley University Poll']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

// A word that opens a phrase or clause is no part of a name, even where the tagger reads it as one (names.ts).
describe('words that open a sentence are no names', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a preposition opening a quoted sentence', 'Officials met. Mr Okafor said, "Hadley is big. Without Hadley the zone would fail." Hadley announced it planned to join.',
      ['Mr Okafor', 'Hadley']],
    ['near-miss: the name after it is still a name', 'Despite Tom Hale’s objections, the council voted. Hale said the vote was rigged.', ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

// A possessive role after a name describes what follows it, not the name: ", his son's high school team" makes no
// person of a team (names.ts titleAfter).
describe('a possessive role after a name', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a team described by whose it is', 'Tom Nega lives in Addis Ababa. The contrast with his old life in the States - cheering for the Lewisburg Green Dragons, his son’s high school track team; vacationing in Maryland - is stark. “If you like comfort, you will never do this,” he told me.',
      ['Tom Nega']],
    ['near-miss: a role of its own after a name and an age', 'Kiri Tane, 45, a businessman, met voters. “We will build,” he said.', ['Kiri Tane']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

// An occupation the tagger knows, capitalised before a first name, is the person's role (names.ts).
describe('an occupation before a first name', () => {
  test.each<[string, string, Array<string | null>]>([
    ['at the start of a sentence', 'Guitarist Brian Tate said the band would tour.', ['Brian Tate']],
    ['another occupation', 'Filmmaker Jack Marino said the film was done.', ['Jack Marino']],
    ['near-miss: a surname that is also an occupation', 'Tom Baker said the rain had come.', ['Tom Baker']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

// A word for a body right after the article of a writing says whose it is: the body of that kind the article named,
// else the writing itself, never the person named last (documents.ts authorOf).
describe('a writing described by the kind of body that issued it', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a company statement after a company', 'Northwind Inc. lent the money. A company statement said the loan was safe.', ['Northwind Inc']],
    ['a police statement after a police department', 'The Hadley Police Department closed the road. A police statement said the road would reopen.',
      ['the Hadley Police Department']],
    ['no such body named: the writing itself', 'President Tom Hale died on Monday. The government statement said he had been ill for months.',
      ['The government statement']],
    ['near-miss: a record of a kind of body speaks for itself', 'Northwind Inc. lent the money. A government survey found that most people paid.', ['a government survey']],
    ['near-miss: a campaign’s writing speaks for its candidate', 'Jane Lee spoke in Ohio. A campaign TV ad released Thursday accuses Hale of lying.', ['Jane Lee']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
