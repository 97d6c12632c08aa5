// One entity a firm, however the article names it: a name the tagger does not know for a body is one when its
// context says so ("shares in X", "X's board", "drinks firm X", "X, the German insurer,", "X said it would …";
// speakers/body-votes.ts), and a later "the brewer", "the carmaker" or "the Japanese car maker" is the one firm named
// before with that trade (speakers/trade-descriptors.ts), so "it said" after it is that firm too.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => {
  const a = analyze(text)
  const kinds = new Map(a.speakers.map((s) => [s.name, s.kind]))
  return a.quotes.map((q) => q.speaker && `${q.speaker} (${kinds.get(q.speaker)})`)
}

describe('a name its context makes a body', () => {
  test.each<[string, string, Array<string | null>]>([
    ['shares in a firm, then its trade and "it"',
      'Shares in Brindlecorp rose 5% on Monday. The brewer said it expected profits to rise. "We are pleased," it said.',
      ['Brindlecorp (organization)', 'Brindlecorp (organization)']],
    ['"X said it would …" with "it" doing something',
      'Brindlecorp said it expected profits to rise. "We are pleased," it said.',
      ['Brindlecorp (organization)', 'Brindlecorp (organization)']],
    ['a trade before the name, then "the firm"',
      'Sportswear firm Quillmore has posted a rise in profits. The firm, which makes football shirts, said sales rose by 8%.',
      ['Quillmore (organization)']],
    ['a trade after the name',
      'Quillmore, the Danish insurer, has cut 300 jobs. The insurer said the cuts would save money.',
      ['Quillmore (organization)']],
    ['the possessive of a firm',
      'Quillmore\'s shareholders met on Friday. Quillmore said it would pay a dividend.',
      ['Quillmore (organization)']],
    ['"X said on <day> it would …": a day between is no other name',
      'Brindlecorp said on Thursday it would cut 200 jobs. "We are sorry," it said.',
      ['Brindlecorp (organization)', 'Brindlecorp (organization)']],
    ['"X said in <month> it would …"',
      'Quillmore said in March it would cut 200 jobs. "We are sorry," it said.',
      ['Quillmore (organization)', 'Quillmore (organization)']],
    ['a firm with a first name in it, after its trade',
      'Drugs group Martin Vell is planning a campaign. The company says the article is wrong.',
      ['Martin Vell (organization)']],
    ['a shorter form of a firm\'s name',
      'Shares in Quillmore & Dent fell on Monday. Quillmore said it would cut 200 jobs.',
      ['Quillmore & Dent (organization)']],
    ['a description that fits one of two firms',
      'Japanese car maker Hadley Motors has agreed to supply French car maker Kestrel with 3,000 vans. As a result, the Japanese car maker has cut its costs. Last month it said it was pleased.',
      ['Hadley Motors (organization)']],
    ['a firm\'s chief of one kind or another',
      'Ann Hale, Quillmore chief economist, said prices rose. Quillmore said it would cut its rates.',
      ['Ann Hale (person)', 'Quillmore (organization)']],
    ['a verb the tagger reads as a noun after the name',
      'Shares in Quillmore rose on Monday. Strong sales helped Quillmore boost its profits, although the firm warned of lower margins.',
      ['Quillmore (organization)']],
    ['a trade that names people as often, with another vote',
      'Ferry operator Quillmore has cut fares. Shares in Quillmore fell. The company said demand was weak.',
      ['Quillmore (organization)']],
    ['"the paper" after the one newspaper named',
      '"It is bad news for the firm," the Hadley Daily newspaper said of the move. The paper made no mention of prices.',
      ['the Hadley Daily newspaper (organization)', 'the Hadley Daily newspaper (organization)']],
    // near-misses
    ['a person who said on a day he would …',
      'Hale said on Thursday he would quit. "We are sorry," he said.',
      ['Hale (person)', 'Hale (person)']],
    ['another name between "said" and "it"',
      'Hale said Kestrel thought it would cut jobs. "We are sorry," he said.',
      ['Hale (person)', 'Hale (person)']],
    ['a newspaper by its own name is no other paper',
      'The Kestrel Times said the firm would bid. Later the Hadley Post newspaper said it would not.',
      ['the Kestrel Times (organization)', 'the Hadley Post newspaper (organization)']],
    ['"the newspaper" after two newspapers: no guess',
      'The Hadley Gazette said the firm would bid. The Kestrel Post said it would not. The newspaper also claimed Mr Hale was frustrated.',
      ['the Hadley Gazette (organization)', 'the Kestrel Post (organization)', 'the newspaper (organization)']],
    ['a trade that names people as often, alone',
      'Record producer Quillmore has a new album out. Quillmore said he was pleased.',
      ['Quillmore (person)']],
    ['a firm before its people: "they" are the people',
      'Shares in Quillmore rose on Monday. Quillmore executives met the union on Friday. They said talks would go on.',
      ['Quillmore executives (group)']],
    ['a person whose surname looks like a firm\'s',
      'Mr Porter said profits would rise. Porter said it would cut jobs. "We are pleased," he said.',
      ['Mr Porter (person)', 'Mr Porter (person)', 'Mr Porter (person)']],
    ['a person named in full before',
      'Tom Hale runs a bakery. Hale said it expected profits to rise.',
      ['Tom Hale (person)']],
    ['two firms named before a trade: no guess',
      'Shares in Brindlecorp rose on Monday. Hadley Foods Ltd fell. The brewer said it expected profits to rise.',
      ['The brewer (anonymous)']],
    ['the owner of a firm is a person',
      'Ann Hale, the owner of Brindlecorp, said she expected profits to rise.',
      ['Ann Hale (person)']],
    ['"the group" after people listed together',
      'Shares in Quillmore rose on Monday. Tom Hale, Ann Lee and Jo Rees met in a bar to form a choir. The group said they would sing weekly.',
      ['the group (organization)']],
    ['a plural that says "its"',
      'Quillmore made a loss. Analysts expect its new cuts to help. Analysts said sales were weak.',
      ['Analysts (group)']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
