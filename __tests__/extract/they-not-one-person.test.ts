// "They said" never means one person the article knows only by a description (speakers/pronouns.ts manyOrBody):
// "“Most towns will struggle,” a spokesman for the group said. They say …" is the group, not the spokesman. An
// unnamed panel, council or family still may be "they" (non-person-heads.ts describesMany).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('"they" and one unnamed person', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a spokesman for a body named before',
      'The Hadley Ratepayers Association met on Monday. "Most towns will struggle," a spokesman for the group said. They say the plans will see towns lose money.',
      ['a spokesman for the group', 'the Hadley Ratepayers Association']],
    ['an official who urged a body',
      'The treasurer has urged the Hadley Farmers Union to accept the deal, but they have warned that they will struggle.',
      ['The treasurer', 'the Hadley Farmers Union']],
    ['a councillor quoted after a group',
      'The families met on Monday. "We will fight on," a local councillor said. They said the plan was unfair.',
      ['a local councillor', 'the families']],
    ['a spokeswoman quoted after a council',
      'The Hadley Council met on Monday. "We cannot afford it," a spokeswoman said. They said the cuts were needed.',
      ['a spokeswoman', 'the Hadley Council']],
    // near-misses: an unnamed panel is many people, and a group of people stays "they"
    ['an unnamed panel',
      '"Piracy will fade," a panel of industry experts said on Monday. They also said the firms would adapt.',
      ['a panel of industry experts', 'a panel of industry experts']],
    ['people in the plural after one of them',
      'Farmers marched in Leeds. "We will fight on," a farmer said. They said the plan was unfair.',
      ['a farmer', 'Farmers']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
