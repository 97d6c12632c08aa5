// The words and marks the fuzzer builds texts from: the project's own lexicon (every form of every reporting
// verb the analyzer knows, its roles, bodies, groups, honorifics) and the characters that have broken
// text tools before (every style of quote mark, dashes, controls, zero-width and bidi characters, lone
// surrogates, letters whose lower case is longer than they are: "İ" → "i̇").
import { BARE_CLAUSE, cueLemma, DIRECT_ONLY, FRAME_ONLY, LISTENER_VERBS, RESEARCH_VERBS, THAT_REQUIRED, WEAK_CUES } from '../../src/extract/lexicon/cue-verbs'
import { FRAMES } from '../../src/extract/lexicon/verb-frames'
import { GROUP_NOUNS, HONORIFICS, ORGANIZATION_NOUNS, PERSON_ROLES, QUANTITY_WORDS, TITLE_WORDS } from '../../src/extract/lexicon/roles'

const COMMON_LEMMAS = ['say', 'tell', 'write', 'claim', 'insist', 'explain', 'argue', 'declare', 'add', 'point', 'according']

/** Every form of every lemma the lexicon lists, kept only when the analyzer reads it as a reporting verb. */
function cueForms(): string[] {
  const lemmas = new Set([...COMMON_LEMMAS, ...LISTENER_VERBS, ...DIRECT_ONLY, ...WEAK_CUES, ...THAT_REQUIRED, ...BARE_CLAUSE,
    ...RESEARCH_VERBS, ...FRAME_ONLY, ...Object.keys(FRAMES)])
  const forms = new Set<string>(['said', 'told', 'wrote', 'written', 'according to', 'points out', 'pointed out', 'found', 'shown'])
  for (const lemma of lemmas) {
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
    for (const form of [lemma, `${lemma}s`, `${lemma}es`, `${stem}ed`, `${stem}ing`, `${lemma}d`]) if (cueLemma(form)) forms.add(form)
  }
  return [...forms].sort()
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)

export const CUES = cueForms()
export const LISTENER_FORMS = CUES.filter((f) => LISTENER_VERBS.has(cueLemma(f) ?? ''))
export const ROLES = [...PERSON_ROLES]
export const BODIES = [...ORGANIZATION_NOUNS]
export const GROUPS = [...GROUP_NOUNS]
export const QUANTITIES = [...QUANTITY_WORDS]
export const HONORIFIC_WORDS = [...HONORIFICS].map(capital)
export const TITLES = [...TITLE_WORDS].map(capital)

export const FIRST_NAMES = ['Anna', 'Li', 'José', 'Seán', 'Mary-Jane', 'Ngozi', 'Olu', 'Zoë', 'Björn', 'Aiyana', 'Kwame', 'Priya',
  'Jean-Luc', 'Ōta', 'Đặng', 'Małgorzata', 'İlker', 'Søren', 'Chloé', 'Ahmed', 'Yuki', 'Lee', 'May', 'Will', 'Grace', 'Said']
export const SURNAMES = ['Kowalski', 'Wei', 'Álvarez', "O'Neill", 'O’Brien', 'Okonjo', 'Mensah', 'Van der Berg', 'de la Cruz',
  'Smith-Jones', 'McDonald', 'Nguyen', 'Øvergaard', 'Straße', 'Dąbrowska', 'Said', 'Little', 'Church', 'Hale', 'Lee', 'Park']
export const PLACES = ['Kyiv', 'Washington', 'Ottawa', 'São Paulo', 'Côte d’Ivoire', 'Ho Chi Minh City', 'N.S.', 'D-Mich.', 'R-Fla.']
export const ORGANIZATIONS = ['the Kremlin', 'Nato', 'the UN', 'Reuters', 'the BBC', 'Tesco', 'Salling Group A/S', 'AT&T', 'the U.S. Senate', 'H&M']
export const PRONOUNS = ['he', 'she', 'they', 'it', 'we', 'I', 'you', 'who', 'He', 'She', 'They', 'It', 'We', 'his', 'her', 'their']

/** Pairs of opening and closing quote marks, in every style a newsroom or a keyboard makes. */
export const QUOTE_PAIRS: Array<[string, string]> = [
  ['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['»', '«'], ['„', '“'], ['„', '”'], ['‚', '‘'], ['‹', '›'],
  ['「', '」'], ['『', '』'], ["''", "''"], ['``', "''"], ['« ', ' »'], ['”', '”'], ['〝', '〞'], ['＂', '＂'],
]
export const QUOTE_MARKS = [...new Set(QUOTE_PAIRS.flat())]
export const DASHES = ['-', '–', '—', '―', '‒', '−', ' - ', ' – ', ' — ', '--', '---']
export const PUNCTUATION = [',', '.', ':', ';', '?', '!', '…', '...', '?!', ',”', '.”', '."', ',"', ':“', '.’”', '(', ')', '[', ']', '{', '}', '<', '>', '/', '\\', '&', '*', '#', '@', '•', '·']
export const BRACKETS: Array<[string, string]> = [['(', ')'], ['[', ']'], ['{', '}'], ['<', '>'], ['⟨', '⟩'], ['（', '）']]

export const DATES = ['on Monday', 'last week', 'next year', 'on 19 August 2025', 'on August 19, 2025', '2025-08-19', 'in February 2022',
  'from 2010 to 2015', 'by March', 'at 3pm', 'at 3:30 p.m.', 'on Christmas Day', 'in early 2024', 'on 31 February 2023',
  'on 29 February 2023', 'in the year 0', 'in 9999', 'on 12/31/2024', 'on the 32nd of May', 'within 10 days', 'in the 1990s',
  'last Friday', 'this weekend', 'two weeks ago', 'in 275760', 'on 0000-00-00', 'the week before last', 'mid-July', 'Q3 2024',
  'between June and', 'until 2030', 'the day after tomorrow', 'in late spring', 'yesterday', 'tonight', 'Easter 1', 'in 1e9']
export const FIGURES = ['$90 billion', '£691m', '€3.5bn', '¥100', '76%', '2.5 per cent', '1,200', '3-5%', '1e308', '10^400',
  '999999999999999999999 dollars', '-5%', '½', '0.000001', 'NaN', 'Infinity', 'a million', 'three', 'one hundred and twenty',
  'US$5', 'Rs 500', '₹5 crore', '5 km', '12 hours', '1.7976931348623157e309 euros', '$', '%', '$.', '$1,2,3', '40 million Canadian dollars',
  '5bn rupees', '3 in 10', 'two-thirds', '0%', '100,000,000,000,000,000,000,000 people', '$-3', '€0.5m', '2¾ miles', '٣ ملايين']
/** Line and paragraph breaks of every kind, including the Unicode ones most tools forget. */
export const BREAKS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\u2028', '\u2029', '\v', '\f', '\u0085', '\n \n', '\n\t\n']
export const SPACES = [' ', '  ', '\t', '\u00a0', '\u2009', '\u202f', '\u3000', '\u200a']
export const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u001b', '\u001f', '\u007f', '\u0080', '\u009f', '\ufffd', '\ufffe', '\uffff']
export const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u180e']
export const BIDI = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c']
/** Characters whose case forms differ in length or that are two UTF-16 units: offsets drift on them. */
export const TRICKY_LETTERS = ['İ', 'ß', 'ﬁ', 'ŉ', 'ǰ', 'e\u0301', '👩‍👩‍👧', '😀', '𝐀', '\ud800', '\udc00', 'Ⅻ', 'ǅ', 'ΐ', 'ﬀ']

export const WORDS = ['the', 'a', 'plan', 'would', 'work', 'and', 'that', 'not', 'meeting', 'happen', 'we', 'will', 'never',
  'give', 'up', 'people', 'were', 'pleased', 'of', 'for', 'in', 'to', 'by', 'as', 'while', 'but', 'also', 'however', 'later',
  'statement', 'report', 'reporters', 'told', 'it', 'was', 'is', 'this', 'because', 'whether', 'asked', 'called', 'urged']
