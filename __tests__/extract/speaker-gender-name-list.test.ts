// The usual gender of a first name, from the bundled list (scripts/build-first-names.mjs): names rarer in the US,
// accents, hyphenated first names and East Asian family names written first. Sentences written for these tests.
import { analyze } from '../../src/analyze'
import type { Speaker } from '../../src/model'
import { firstNameGender } from '../../src/extract/speakers/first-name-gender'

/** [name, gender, evidence as "kind:text"] of every speaker. */
function genders(text: string): Array<[string, Speaker['gender'], string[]]> {
  return analyze(text).speakers.map((s) => [s.name, s.gender, (s.genderEvidence ?? []).map((e) => `${e.kind}:${e.text}`)])
}

describe('the name list', () => {
  test.each<[string, string, Array<[string, Speaker['gender'], string[]]>]>([
    ['a name given to fewer than 200 US babies (60 are enough)', 'Oisin Brady said the ferry would sail at noon.',
      [['Oisin Brady', 'male', ['first-name:Oisin']]]],
    ['accents are folded', 'Zoë Hartley said the ferry would sail at noon.', [['Zoë Hartley', 'female', ['first-name:Zoë']]]],
    ['a hyphenated first name, by its first part', 'Anne-Marie Okafor said the ferry would sail at noon.',
      [['Anne-Marie Okafor', 'female', ['first-name:Anne-Marie']]]],
    ['a hyphenated first name, by the pair as US records spell it', 'Jean-Pierre Lamy said the ferry would sail at noon.',
      [['Jean-Pierre Lamy', 'male', ['first-name:Jean-Pierre']]]],
    ['near-miss: a pair the records give to girls whose first part other languages give to men', 'Jean-Marie Lamy said the ferry would sail at noon.',
      [['Jean-Marie Lamy', null, []]]],
    ['near-miss: an East Asian family name written first says nothing', 'Teo Boon Huat said the ferry would sail at noon.',
      [['Teo Boon Huat', null, []]]],
    ['near-miss: the article’s pronoun outweighs a rare name', 'Oisin Brady runs the ferry.\n\n“We sail at noon,” she said.',
      [['Oisin Brady', 'female', ['pronoun:she']]]],
    ['a first name that is also a word, as a name', 'Will Okafor said the plan was sound.', [['Will Okafor', 'male', ['first-name:Will']]]],
    ['near-miss: “Will” as a verb opening a question names no one', 'Will Congress act? Hale said it would not.', [['Hale', null, []]]],
    ['near-miss: a word before a body’s plural is no first name', 'Rose Garden officials said the event was off.', [['Rose Garden officials', null, []]]],
    ['a name US records never hold, from the world list', 'Somchai Wongsa said the ferry would sail at noon.',
      [['Somchai Wongsa', 'male', ['first-name:Somchai']]]],
    ['a woman’s name from the world list', 'Sviatlana Brady said the ferry would sail at noon.',
      [['Sviatlana Brady', 'female', ['first-name:Sviatlana']]]],
    ['near-miss: the article’s “he” outweighs a world-list name given to women', 'Sviatlana Brady runs the ferry.\n\n“We sail at noon,” he said.',
      [['Sviatlana Brady', 'male', ['pronoun:he']]]],
    ['near-miss: a name the world list gives no gender (Kiran: both) says nothing', 'Kiran Mehta said the ferry would sail at noon.',
      [['Kiran Mehta', null, []]]],
  ])('%s', (_name, text, expected) => {
    expect(genders(text)).toEqual(expected)
  })

  test.each<[string, Speaker['gender']]>([
    ['José-Luis', 'male'], ['Mary-Kate', 'female'], ['Jean-Marie', null], ['Lee', null], ['Kim', null], ['Chung', null], ['Christian', null],
    // the world list: names the US records never hold ("Souhail", "Zabiullah", "Khaleda"); none that they hold,
    // even to say nothing ("Taylor", "Jordan": too mixed; "Andrea": left out), nor a family name written first
    // ("Park"), nor an English word, place or brand ("President", "World", "Hurricane", "Los": WIPO's lists of
    // delegates put them among names)
    ['Souhail', 'male'], ['Zabiullah', 'male'], ['Khaleda', 'female'], ['Taylor', null], ['Jordan', null], ['Andrea', null],
    ['Park', null], ['President', null], ['World', null], ['Hurricane', null], ['Los', null], ['Hollywood', null], ['Nour', null],
  ])('%s → %s', (name, gender) => {
    expect(firstNameGender(name)?.gender ?? null).toBe(gender)
  })
})
