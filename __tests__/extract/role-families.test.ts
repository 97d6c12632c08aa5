// Roles one person seldom holds two of (src/extract/speakers/role-families.ts): a title of two roles conflicts with
// a description only when neither role fits it; a firm's "chief financial officer" is no police officer.
// Sentences written for these tests, with near-misses.
import { namesOtherRole } from '../../src/extract/speakers/role-families'
import { analyze } from '../../src/analyze'

describe('namesOtherRole', () => {
  test.each<[string, string, boolean]>([
    ['Tory MP', 'minister', true],
    ['Hadley striker', 'boss', true],
    ['chairman and chief executive officer', 'chairman', false],
    ['chairman and chief executive officer', 'boss', false],
    ['chief financial officer', 'boss', false],
    ['footballer and record company boss', 'striker', false],
    ['footballer and record company boss', 'boss', false],
    // near-misses: both roles of another family; a police officer is no boss; a role no family knows is no conflict
    ['singer and actor', 'judge', true],
    ['police officer', 'boss', true],
    ['detective and officer', 'chairman', true],
    ['star of the film', 'judge', false],
  ])('%s for "the %s": %s', (title, head, expected) => {
    expect(namesOtherRole(title, head)).toBe(expected)
  })
})

describe('a description and a person of a two-role title', () => {
  const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)
  it('"the chairman" is the chairman and chief executive officer named before', () => {
    expect(speakers('Kestrel Motors reported higher profits on Thursday. Chairman and chief executive officer Tom Hale met analysts. “We gained ground this year,” said the chairman.'))
      .toEqual(['Kestrel Motors', 'Tom Hale'])
  })
  it('near-miss: a police officer is no "boss" of a firm', () => {
    expect(speakers('Police officer Ann Reyes arrested two men. Kestrel Motors said nothing. “We are shocked,” said the boss.'))
      .toEqual(['the boss'])
  })
})
