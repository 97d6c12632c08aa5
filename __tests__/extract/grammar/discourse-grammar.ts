// A grammar of short stories with two people, for who "she", "the lawyer" or a quote standing alone means.
// Each story is built from moves whose speaker a reader knows: a person introduced with a role, a quote
// attributed by a pronoun, a description, a quote in a paragraph of its own after someone's quote, a new
// person taking the stage. Genders and roles vary, so no rule can lean on one name.

export interface DiscourseCase {
  text: string
  /** The speaker of each quote, in order. */
  speakers: string[]
  parts: { story: string; first: string; second: string }
}

interface Person { name: string; surname: string; role: string; gender: 'f' | 'm' }

const PEOPLE: Person[] = [
  { name: 'Jane Lee', surname: 'Lee', role: 'mayor', gender: 'f' },
  { name: 'Omar Haddad', surname: 'Haddad', role: 'lawyer', gender: 'm' },
  { name: 'Ruth Okafor', surname: 'Okafor', role: 'nurse', gender: 'f' },
  { name: 'Carl Bertrand', surname: 'Bertrand', role: 'farmer', gender: 'm' },
]

const pronoun = (p: Person) => (p.gender === 'f' ? 'she' : 'he')
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** Stories for one ordered pair of people: a says something first, b second. */
function stories(a: Person, b: Person): Array<{ story: string; text: string; speakers: string[] }> {
  const sameGender = a.gender === b.gender
  const out: Array<{ story: string; text: string; speakers: string[] }> = []
  const intro = `${a.name}, the ${a.role}, met ${b.name}, a ${b.role}, on Monday.`
  // the subject of the sentence before is who "she" or "he" is, when both could be
  out.push({ story: 'pronoun after an introduction', text: `${intro} “The plan will not work,” ${pronoun(a)} said.`, speakers: [a.name] })
  // a pronoun that fits only the second person is the second person
  if (!sameGender) out.push({ story: 'pronoun that fits only the object', text: `${intro} “The plan will not work,” ${pronoun(b)} said.`, speakers: [b.name] })
  // the speaker goes on in a paragraph of its own
  out.push({
    story: 'a quote alone after a quote',
    text: `${intro}\n\n“The plan will not work,” ${a.surname} said.\n\n“Nobody in this town wants it, and nobody will pay for it.”`,
    speakers: [a.name, a.name],
  })
  // a new person takes the stage in a new paragraph, then speaks through a pronoun
  out.push({
    story: 'a new paragraph, a new subject',
    text: `${intro}\n\n“The plan will not work,” ${a.surname} said.\n\n${b.surname} disagreed with that. “It is a good plan,” ${pronoun(b)} said.`,
    speakers: [a.name, b.name],
  })
  // descriptions by role
  out.push({
    story: 'the role of each',
    text: `${intro}\n\n“The plan will not work,” the ${a.role} said.\n\n“It is a good plan,” the ${b.role} said.`,
    speakers: [a.name, b.name],
  })
  // the one who spoke last goes on with "added"
  out.push({
    story: 'added after a quote',
    text: `${intro}\n\n“The plan will not work,” ${a.surname} said. “It costs too much,” ${pronoun(a)} added.`,
    speakers: [a.name, a.name],
  })
  // a quote split by its verb
  out.push({
    story: 'a split quote',
    text: `${intro}\n\n“The plan will not work,” ${b.surname} said, “and everyone knows it.”`,
    speakers: [b.name, b.name],
  })
  // a reported clause, then the other's pronoun
  if (!sameGender) {
    out.push({
      story: 'two pronouns of two genders',
      text: `${intro}\n\n${cap(pronoun(a))} said the plan would fail. ${cap(pronoun(b))} said it would work.`,
      speakers: [a.name, b.name],
    })
  }
  // the one the story has just turned to, when both could be "she"
  out.push({
    story: 'the latest subject',
    text: `${intro}\n\n${b.surname}, who has worked in the town since 2010, thinks the plan is bad. “It will hurt people,” ${pronoun(b)} said.`,
    speakers: [b.name],
  })
  // the listener of a quote is not who goes on speaking
  out.push({
    story: 'the listener does not speak',
    text: `${intro}\n\n“We will fight this,” ${a.surname} told ${b.surname}. “And we will win,” ${pronoun(a)} added.`,
    speakers: [a.name, a.name],
  })
  // names inside a quote are not who "she" is
  out.push({
    story: 'a name inside a quote',
    text: `${intro}\n\n“I told ${b.surname} it would fail,” ${a.surname} said. “Nobody listened,” ${pronoun(a)} added.`,
    speakers: [a.name, a.name],
  })
  // a quote alone after a paragraph that turns to someone else is that person's
  out.push({
    story: 'a quote alone after the story turns to someone',
    text: `${intro}\n\n“The plan will not work,” ${a.surname} said.\n\n${b.surname} has backed the plan for years and wants it passed.\n\n“Nothing else will keep this town going.”`,
    speakers: [a.name, b.name],
  })
  return out
}

export function discourseCases(): DiscourseCase[] {
  const cases: DiscourseCase[] = []
  for (const a of PEOPLE) {
    for (const b of PEOPLE) {
      if (a === b) continue
      for (const s of stories(a, b)) cases.push({ text: s.text, speakers: s.speakers, parts: { story: s.story, first: a.name, second: b.name } })
    }
  }
  return cases
}
