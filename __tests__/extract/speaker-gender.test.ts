// A speaker's gender as the article refers to them: sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'
import type { AnalyzeOptions, Speaker } from '../../src/model'
import { canHaveGender } from '../../src/extract/speakers/gender'

/** [name, gender, evidence as "kind:text"] of every speaker. */
function genders(text: string, options: AnalyzeOptions = {}): Array<[string, Speaker['gender'], string[]]> {
  return analyze(text, options).speakers.map((s) => [s.name, s.gender, (s.genderEvidence ?? []).map((e) => `${e.kind}:${e.text}`)])
}

describe('the article’s own words', () => {
  test.each<[string, string, Array<[string, Speaker['gender'], string[]]>]>([
    ['a pronoun resolved to the speaker', 'Pat Quinlan runs the shelter on Elm Street.\n\n“We will rebuild,” she said.',
      [['Pat Quinlan', 'female', ['pronoun:she']]]],
    ['a pronoun in what the speaker said, outside quote marks', 'Karen Doyle said her first goal would be cheaper buses.',
      [['Karen Doyle', 'female', ['pronoun:her']]]],
    ['an honorific', 'Ms Okafor said the vote would go ahead.', [['Ms Okafor', 'female', ['honorific:Ms']]]],
    ['a male honorific', 'Sir Alan Duffy said the bridge was safe.', [['Alan Duffy', 'male', ['honorific:Sir']]]],
    ['a gendered title before the name', 'Spokeswoman Dana Reyes said the line would reopen on Friday.',
      [['Dana Reyes', 'female', ['title:Spokeswoman']]]],
    ['a gendered title after the name', 'Dana Reyes, a spokeswoman for the transit authority, said the line would reopen.',
      [['Dana Reyes', 'female', ['title:spokeswoman']]]],
    ['pronouns come first, then honorifics, then titles', 'Mr Ortiz, the spokesman for the council, said the vote was delayed. “It is a setback,” he said.',
      [['Mr Ortiz', 'male', ['pronoun:he', 'honorific:Mr', 'title:spokesman']]]],
    ['a woman named only by her surname, and “she”', 'Okonkwo said the clinic would stay open.\n\n“We are not going anywhere,” she added.',
      [['Okonkwo', 'female', ['pronoun:she']]]],
    ['a man with a name usually given to women: the article’s “he” wins',
      'Leslie Brown, the town’s fire chief, said the blaze started in a kitchen.\n\n“We were lucky,” he said.',
      [['Leslie Brown', 'male', ['pronoun:he']]]],
    ['an office in -man says “a man”, as its -woman form says “a woman”', 'Northwind chairman Lee Okafor said sales were strong.',
      [['Lee Okafor', 'male', ['title:chairman']]]],
    ['and its -woman form', 'Lee Okafor, the chairwoman of Northwind, said sales were strong.', [['Lee Okafor', 'female', ['title:chairwoman']]]],
    ['near-miss: an office in -man is the one evidence a woman’s first name outweighs', 'Northwind chairman Mary Okafor said sales were strong.',
      [['Mary Okafor', 'female', ['first-name:Mary']]]],
    ['near-miss: so is “spokesman”', 'Northwind spokesman Emily Okafor said the plant would close.', [['Emily Okafor', 'female', ['first-name:Emily']]]],
    ['near-miss: the role of whom the title is about, not of the speaker', 'Omar Haddad, the lawyer for her mother, said the case was closed.',
      [['Omar Haddad', 'male', ['first-name:Omar']]]],
    ['near-miss: a possessor’s honorific is not the speaker’s', 'Yuri Adebayo, Mr Putin’s foreign policy adviser, said the talks had ended.',
      [['Yuri Adebayo', null, []]]],
  ])('%s', (_name, text, expected) => {
    expect(genders(text)).toEqual(expected)
  })
})

describe('unnamed sources, bodies and groups', () => {
  test.each<[string, string, Array<[string, Speaker['gender'], string[]]>]>([
    ['an anonymous source described as a woman', 'A female official said the talks had stalled.', [['a female official', 'female', ['title:female']]]],
    ['a relative, by the kin word', 'His mother said the school had not called.', [['His mother', 'female', ['title:mother']]]],
    ['near-miss: the relative of a woman is not a woman', 'Her lawyer said the appeal would be filed on Monday.', [['Her lawyer', null, []]]],
    ['a body, even with a pronoun nearby', 'The ministry said it would appeal. Its spokeswoman declined to comment.', [['the ministry', null, []]]],
    ['a group', 'Officials said the bridge was safe.', [['Officials', null, []]]],
    ['a document speaks for nobody in particular', 'A new poll suggests that voters are split on the plan.', [['a new poll', null, []]]],
    ['near-miss: a body the resolver took for a person takes no pronoun near it',
      'The New York Post said the story was true and that her reporters stood by it.', [['New York Post', null, []]]],
    ['a body taken for a person gets no gender from a word of its name that is also a first name',
      'The Washington Post reported that the plan had failed.', [['Washington Post', null, []]]],
    ['near-miss: a first name that is also a place’s, in a person’s name', 'Virginia Okafor said the plan had failed.',
      [['Virginia Okafor', 'female', ['first-name:Virginia']]]],
    ['an unnamed source with a role and a name the tagger did not read as one',
      'Northwind sales rose in May. Northwind chairman Chung Mong-koo said the company plans to expand.',
      [['Northwind chairman Chung Mong-koo', 'male', ['title:chairman']]]],
    ['a party named by one word that the lexicon holds as a common noun takes no pronoun',
      'The Tory leader hit back at Labour claims he had used the nurse as a shield.', [['Labour', null, []]]],
    ['near-miss: a surname that is also a common noun, written after a first name, is a person’s',
      'Jane Rice runs the clinic.\n\n“We will stay open,” Rice said. “We are not going anywhere,” she added.',
      [['Jane Rice', 'female', ['pronoun:she']]]],
    ['near-miss: and so is a common noun used alone for someone named in full',
      'France’s Odile Le Pen spoke at the rally. Pen said the vote was rigged. “We will win,” she said.',
      [['Odile Le Pen', 'female', ['pronoun:she']]]],
    ['near-miss: and so is a common noun after an honorific', 'Ms Rose said the plan was sound.', [['Ms Rose', 'female', ['honorific:Ms']]]],
  ])('%s', (_name, text, expected) => {
    expect(genders(text)).toEqual(expected)
  })

  test.each<[Speaker['kind'], string, boolean]>([
    ['person', 'Karen Wang', true],
    ['anonymous', 'a female official', true],
    ['anonymous', 'a person familiar with the negotiations', true],
    ['anonymous', 'one questioner', true],
    ['anonymous', 'the mother of the victim', true],
    ['anonymous', 'Northwind chairman Chung Mong-koo', true],
    ['anonymous', 'a spokeswoman for the Department of Justice', true],
    ['anonymous', 'the Northwind Press', false],
    ['anonymous', 'a new poll', false],
    ['anonymous', 'a recent news conference', false],
    ['anonymous', 'her statement', false],
    ['organization', 'the ministry', false],
    ['group', 'officials', false],
  ])('a %s called “%s” can have a gender: %s', (kind, name, expected) => {
    expect(canHaveGender({ kind, name })).toBe(expected)
  })
})

describe('conflicting evidence', () => {
  test('a gendered title and a pronoun of the other gender give null, and the conflict is named', () => {
    const [speaker] = analyze('Chairwoman Kiri Moreau said the board would meet.\n\n“We have work to do,” he said.').speakers
    expect(speaker.name).toBe('Kiri Moreau')
    expect(speaker.gender).toBeNull()
    expect(speaker.genderConflict).toBe('Chairwoman against he')
    expect(speaker.genderEvidence!.map((e) => `${e.gender}:${e.text}`)).toEqual(['male:he', 'female:Chairwoman'])
  })

  test('near-miss: agreeing evidence of several kinds is no conflict', () => {
    const [speaker] = analyze('Chairwoman Kiri Moreau said the board would meet.\n\n“We have work to do,” she said.').speakers
    expect(speaker.gender).toBe('female')
    expect(speaker.genderConflict).toBeUndefined()
  })
})

describe('the first name, only when the article says nothing', () => {
  test.each<[string, string, AnalyzeOptions, Array<[string, Speaker['gender'], string[]]>]>([
    ['a name given to girls in over 95 % of births', 'Jessica Hall said the road was closed.', {}, [['Jessica Hall', 'female', ['first-name:Jessica']]]],
    ['turned off', 'Jessica Hall said the road was closed.', { nameGender: false }, [['Jessica Hall', null, []]]],
    ['a name too mixed to say', 'Taylor Hall said the road was closed.', {}, [['Taylor Hall', null, []]]],
    ['a name other languages give to men', 'Andrea Rossi said the road was closed.', {}, [['Andrea Rossi', null, []]]],
    ['an initial says nothing', 'J. Hall said the road was closed.', {}, [['J. Hall', null, []]]],
    ['near-miss: the article’s pronoun, not the name', 'Jessica Okafor runs the depot on Elm Street.\n\n“The depot will stay closed until spring,” he said.', {},
      [['Jessica Okafor', 'male', ['pronoun:he']]]],
  ])('%s', (_name, text, options, expected) => {
    expect(genders(text, options)).toEqual(expected)
  })

  test('the share of births is given with the name', () => {
    const [speaker] = analyze('Jessica Hall said the road was closed.').speakers
    const [evidence] = speaker.genderEvidence!
    expect(evidence.share).toBeGreaterThanOrEqual(0.95)
    expect(evidence.share).toBeLessThanOrEqual(1)
    expect(evidence.start).toBeUndefined()
  })
})

test('every evidence span is the text it names', () => {
  const text = 'Mr Ortiz, the spokesman for the council, said the vote was delayed. “It is a setback,” he said. ' +
    'Karen Doyle said her first goal would be cheaper buses. A female official said the talks had stalled.'
  for (const s of analyze(text).speakers) {
    for (const e of s.genderEvidence ?? []) expect(text.slice(e.start!, e.end!)).toBe(e.text)
  }
})

test('the name list is read only when a person needs it, and never with nameGender off', () => {
  jest.isolateModules(() => {
    const fresh = require('../../src/analyze') as typeof import('../../src/analyze')
    const names = require('../../src/extract/speakers/first-name-gender') as typeof import('../../src/extract/speakers/first-name-gender')
    fresh.analyze('The ministry said it would appeal.')
    fresh.analyze('Jessica Okafor said the road was closed.', { nameGender: false })
    // (nor to choose whom "she" means, nor to tell a one-word body from a first name)
    fresh.analyze('Tom Hale and Jessica Okafor met. “We will win,” she said.', { nameGender: false })
    fresh.analyze('Northwind Ltd sued. Northwind said it would appeal. Northwind said it was sure.', { nameGender: false })
    fresh.analyze('Ms Okafor said the road was closed.')
    expect(names.firstNamesLoaded()).toBe(false)
    fresh.analyze('Jessica Okafor said the road was closed.')
    expect(names.firstNamesLoaded()).toBe(true)
  })
})

describe('a role at the head of a name, and bodies read as named', () => {
  test.each<[string, string, Array<[string, Speaker['gender'], string[]]>]>([
    ['a gendered role the name took in at its head', 'Assemblywoman Kiri Tane said the bill would pass.',
      [['Assemblywoman Kiri Tane', 'female', ['title:Assemblywoman']]]],
    ['and a man’s', 'Businessman Kiri Tane said the bill would pass.', [['Businessman Kiri Tane', 'male', ['title:Businessman']]]],
    ['and a woman’s in business, an occupation the tagger knows before a first name: her title, not her name', 'Businesswoman Ana Reyes said the crop had failed.', [['Ana Reyes', 'female', ['title:Businesswoman']]]],
    ['near-miss: the article’s pronoun still wins over the role', 'Actress Kiri Tane said the film would open in May.\n\n“We are ready,” he said.',
      [['Kiri Tane', null, ['pronoun:he', 'title:Actress']]]],
    ['near-miss: a first name spelled like a role noun is a first name', 'Guy Okafor said the bill would pass.', [['Okafor', 'male', ['title:Guy']]]],
    ['near-miss: a surname spelled like a role noun is no role', 'Tom King said the race was fair.', [['Tom King', 'male', ['first-name:Tom']]]],
    ['a gendered role in apposition after the name', 'Kiri Tane, a businessman, said the film would open in May.',
      [['Kiri Tane', 'male', ['title:businessman']]]],
    ['and after the age', 'Kiri Tane, 45, a businessman, said the film would open in May.', [['Kiri Tane', 'male', ['title:businessman']]]],
    ['near-miss: the age alone says nothing, the first name decides', 'Kiri Tane, 45, said the film would open in May.',
      [['Kiri Tane', 'female', ['first-name:Kiri']]]],
    ['a name ending an unnamed source’s description, right after its role', 'Lord of the Rings director Kiri Tane said it would take four years.',
      [['Lord of the Rings director Kiri Tane', 'female', ['first-name:Kiri']]]],
    ['and the article’s words about that name win', 'Lord of the Rings director Kiri Tane said it would take four years. Kiri Tane said he was tired of the wait. “I am ready,” he said.',
      [['Lord of the Rings director Kiri Tane', 'male', ['pronoun:he', 'pronoun:he']], ['Kiri Tane', 'male', ['pronoun:he', 'pronoun:he']]]],
    ['near-miss: a name after “for” is someone else', 'A lawyer for Anna Hale said the appeal would be filed.', [['a lawyer for Anna Hale', null, []]]],
    ['a body after a word read as a title takes no pronoun', 'Sources within the Conservative Party told the paper he has always backed the plan.',
      [['Party', null, []]]],
    // (no person "Democrats" at all: a party's members in the plural are no person, names.ts findNames)
    ['nor does a plural of a role after one', 'The Liberal Democrats have also claimed infighting. In it he alleges that the plan failed, the Liberal Democrats said.',
      []],
    ['near-miss: a person with a title and a place’s name as first name', 'Senator Georgia Whitfield said the bill would pass. “We will win,” she said.',
      [['Georgia Whitfield', 'female', ['pronoun:she']]]],
    ['near-miss: a surname spelled like a plural role, after a first name', 'Coach Dave Judges said the team was ready. “We will win,” he said.',
      [['Dave Judges', 'male', ['pronoun:he']]]],
  ])('%s', (_name, text, expected) => {
    expect(genders(text)).toEqual(expected)
  })
})
