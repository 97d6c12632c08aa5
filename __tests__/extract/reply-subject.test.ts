// "he said" right after "A said …, but B rejected his comments" is B, the one who answers (speakers/reply-subject.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.filter((q) => q.text.includes('faster')).map((q) => q.speaker)

describe('the one who answers in the sentence before "he said"', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a rejection after "but"', 'Tom Hale said the courts were too slow, but league chief Ben Cole rejected his comments. "We made them faster," he said.',
      ['Ben Cole']],
    ['a denial after "but", a possessive title', 'Tom Hale said the courts were too slow, but the league\'s Ben Cole denied it. "We made them faster," he said.',
      ['Ben Cole']],
    ['near-miss: no answer after "but"', 'Tom Hale said the courts were too slow, but Ben Cole was sent off. "We made them faster," he said.',
      ['Tom Hale']],
    ['near-miss: the answer in an earlier sentence', 'Tom Hale said the courts were too slow, but Ben Cole rejected his comments. Hale went on. "We made them faster," he said.',
      ['Tom Hale']],
    ['near-miss: a woman answers, "he said"', 'Tom Hale said the courts were too slow, but league chief Ann Cole rejected his comments. "We made them faster," he said.',
      ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
