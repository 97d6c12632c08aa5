// The name an acronym spells, written out earlier in the text: texts written for these tests, with near-misses
// (spelledOutEarlier skips building its pattern when no run of capitalised words could spell the acronym).
import { spelledOutEarlier } from '../../src/extract/speakers/bodies'

describe('spelledOutEarlier', () => {
  const lent = 'Export Development Canada lent the money. EDC says it will lend more.'
  test.each<[string, string, string, number, string | null]>([
    ['words whose initials are the letters', lent, 'EDC', lent.indexOf('EDC says'), 'Export Development Canada'],
    ['near-miss: the name written after the acronym', lent, 'EDC', 5, null],
    ['near-miss: a comma between two of the words', 'Export, Development Canada lent it. EDC says so.', 'EDC', 40, null],
    ['near-miss: a word the pattern does not skip ("to")', 'Export to Canada lent it. EC says so.', 'EC', 30, null],
    ['"of" and "the" between the words, with its article', 'The Office of the Deputy Prime Minister met. ODPM said so.', 'ODPM', 50,
      'The Office of the Deputy Prime Minister'],
    ['an ampersand between the words', 'Northwind Export Finance & Trade Ltd lent it. NEFT said so.', 'NEFT', 50, 'Northwind Export Finance & Trade'],
    ['near-miss: no run of words with those initials', 'The Office of the Deputy Prime Minister met. ODM said so.', 'ODM', 50, null],
    ['near-miss: a word without a small letter after its capital', 'Export DEVELOPMENT Canada lent it. EDC says so.', 'EDC', 40, null],
    ['the first word may start inside a longer one, after a letter outside ASCII', 'ÉtéExport Development Canada lent it. EDC says so.', 'EDC', 40,
      'Export Development Canada'],
    ['near-miss: not an acronym', lent, 'Edc', 50, null],
  ])('%s', (_name, text, acronym, before, expected) => {
    expect(spelledOutEarlier(text, acronym, before)).toBe(expected)
  })

  test('the same text asked twice, and another text after it', () => {
    const other = 'Hadley Water Board met. HWB said so.'
    expect(spelledOutEarlier(lent, 'EDC', 50)).toBe('Export Development Canada')
    expect(spelledOutEarlier(other, 'EDC', 30)).toBeNull()
    expect(spelledOutEarlier(other, 'HWB', 30)).toBe('Hadley Water Board')
    expect(spelledOutEarlier(lent, 'HWB', 50)).toBeNull()
  })

  test('the first spelling is found once an article, and weighed against each place the acronym is asked about', () => {
    const text = 'Hadley Water Board met. HWB said so. Later the Hadley Water Board met again. HWB agreed.'
    // asked before the name is written, then after it, then before it again: the answer follows `before` each time
    expect(spelledOutEarlier(text, 'HWB', 3)).toBeNull()
    expect(spelledOutEarlier(text, 'HWB', text.indexOf('HWB said'))).toBe('Hadley Water Board')
    expect(spelledOutEarlier(text, 'HWB', 10)).toBeNull()
    expect(spelledOutEarlier(text, 'HWB', text.length)).toBe('Hadley Water Board')
    // (a text the same as another, read again after a third: the same answers)
    expect(spelledOutEarlier('Northwind Power met. NP said so.', 'NP', 30)).toBe('Northwind Power')
    expect(spelledOutEarlier(text, 'HWB', text.indexOf('HWB agreed'))).toBe('Hadley Water Board')
  })
})
