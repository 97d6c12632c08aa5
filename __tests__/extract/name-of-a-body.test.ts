// A name the text registers as a body is that body when it speaks, and what "it" means, though the tagger or a role
// before it made a person of it: "Zentrix said it was seeing strong sales" after "Zentrix has sued three men over
// leaks of its new phones" (speakers/resolve.ts bodyNamed); "Market leader Nokia is releasing a phone that it says
// …" where Nokia is named as a body later (speakers/pronouns.ts bodyTwin). A first name stays a person's.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => {
  const a = analyze(text)
  const kinds = new Map(a.speakers.map((s) => [s.name, s.kind]))
  return a.quotes.map((q) => q.speaker && `${q.speaker} (${kinds.get(q.speaker)})`)
}

describe('a name registered as a body', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a body named by its verb and "its", speaking',
      'Shares in Zentrix rose on Monday. Zentrix has sued three men over leaks of its new phones. Tom Hale, a lawyer for the men, said the case was weak. Zentrix said it was seeing strong sales. It said it would double the number of its shops.',
      ['Tom Hale (person)', 'Zentrix (organization)', 'Zentrix (organization)']],
    ['"it" after a body a role made a person',
      'Market leader Nokia, however, is releasing a handheld phone that it says will revolutionise the way calls are made. Shares in Nokia rose. Nokia has sold 2m of its old phones.',
      ['Nokia (organization)']],
    // near-misses: a first name, and a person with a gender, stay people
    ['a first name',
      'Shares in Demi rose on Monday. Demi has sued three men over leaks of its new phones. Tom Hale said the case was weak. Demi said she was seeing strong sales.',
      ['Tom Hale (person)', 'Demi (person)']],
    ['a woman after a role',
      'Market leader Jane Hale, however, is releasing a handheld phone that she says will revolutionise the way calls are made. Shares in Hale rose.',
      ['Jane Hale (person)']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
