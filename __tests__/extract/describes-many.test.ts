// An unnamed source's head is the last word before a preposition (non-person-heads.ts describesMany), with the same
// prepositions that end a noun phrase's head in phrases.ts (CONNECTORS) and "by" and "to": "a panel within the
// ministry" is a panel, many people; "a spokesman within the ministry" one person.
import { describesMany } from '../../src/extract/speakers/non-person-heads'

describe('describesMany: the head before a preposition', () => {
  test.each<[string, boolean]>([
    ['a panel of industry experts', true],
    ['a panel within the ministry', true],
    ['the jury behind the award', true],
    ['a panel into the floods', true],
    ['the royal council', true],
    // near-misses: one person, whatever the place or body after the preposition
    ['a spokesman within the ministry', false],
    ['an adviser near the council', false],
    ['a Northwind spokesman', false],
    ['the finance minister', false],
  ])('%s', (description, many) => {
    expect(describesMany(description)).toBe(many)
  })
})
