// A grammar of the ways news writing attributes words: layouts × speakers × verbs × what stands between the
// verb and the words × the words themselves. Every combination is a sentence (with a sentence before it that
// introduces the speaker), and the finding it must give is known from its parts. The rules are checked on
// the whole space of layouts, not on the sentences someone happened to write a test for.
//
//   layout  "{S} {V}{A} {C}."          →  "Jane Lee said at the hearing that the plan would fail."
//   layout  "{C}, {S} {V}{A}."         →  "The plan would fail, the mayor told reporters on Monday."
//   layout  "“{Q},” {V} {S}."          →  "“We will not back down,” said Jane Lee, the city's mayor."

export interface GrammarCase {
  /** The article: an introduction of the speaker, then the sentence under test. */
  text: string
  /** The words the quote must hold (a reported clause or the quoted words), as written. */
  quote: string
  /** Who must be named as the speaker. */
  speaker: string
  /** Which parts made the sentence, for grouping failures. */
  parts: { layout: string; subject: string; verb: string; between: string; words: string }
}

interface Person {
  intro: string
  name: string
  /** Ways the sentence under test names the person, with how each is labelled in reports. */
  mentions: Array<[label: string, subjectForm: string]>
}

const PEOPLE: Person[] = [
  {
    intro: 'Jane Lee, the mayor of Hadley, spoke to residents on Monday.',
    name: 'Jane Lee',
    mentions: [['full name', 'Jane Lee'], ['honorific', 'Ms Lee'], ['surname', 'Lee'], ['role', 'the mayor'], ['pronoun', 'she'],
      ['name and appositive', 'Jane Lee, the mayor of Hadley,'], ['name and relative clause', 'Lee, who has led the city since 2019,'],
      ['name and age', 'Lee, 54,'], ['name and aside', 'Lee, in a statement,'], ['title and name', 'Mayor Jane Lee']],
  },
  {
    intro: 'Omar Haddad, a Democratic senator from Ohio, visited Hadley on Tuesday.',
    name: 'Omar Haddad',
    mentions: [['full name', 'Omar Haddad'], ['honorific', 'Mr Haddad'], ['abbreviated honorific', 'Sen. Haddad'],
      ['pronoun', 'he'], ['name and party', 'Haddad, D-Ohio,'], ['description', 'the Ohio Democrat']],
  },
  {
    intro: 'The Hadley city council met on Tuesday.',
    name: 'the Hadley city council',
    mentions: [['body', 'the council'], ['body in full', 'the Hadley city council']],
  },
]

interface Verb {
  label: string
  /** Forms used before the words ("said", "told reporters") and after them, inverted or not. */
  before: string
  after: string
  /** The verb may be inverted after the words: "…, said Jane Lee." */
  invertible: boolean
  /** The verb needs "that" before a clause ("announced that …"). */
  needsThat: boolean
}

const VERBS: Verb[] = [
  { label: 'said', before: 'said', after: 'said', invertible: true, needsThat: false },
  { label: 'says', before: 'says', after: 'says', invertible: true, needsThat: false },
  { label: 'told reporters', before: 'told reporters', after: 'told reporters', invertible: false, needsThat: false },
  { label: 'told a listener', before: 'told the Hadley Gazette', after: 'told the Hadley Gazette', invertible: false, needsThat: false },
  { label: 'added', before: 'added', after: 'added', invertible: true, needsThat: false },
  { label: 'argued', before: 'argued', after: 'argued', invertible: true, needsThat: false },
  { label: 'warned', before: 'warned', after: 'warned', invertible: true, needsThat: false },
  { label: 'insisted', before: 'insisted', after: 'insisted', invertible: true, needsThat: false },
  { label: 'wrote', before: 'wrote', after: 'wrote', invertible: true, needsThat: false },
  { label: 'has said', before: 'has said', after: 'has said', invertible: false, needsThat: false },
  { label: 'also said', before: 'also said', after: 'also said', invertible: false, needsThat: false },
  { label: 'announced', before: 'announced', after: 'announced', invertible: false, needsThat: true },
  { label: 'stressed', before: 'stressed', after: 'stressed', invertible: false, needsThat: true },
  { label: 'explained', before: 'explained', after: 'explained', invertible: true, needsThat: false },
]

/** What may stand between the verb and the words it reports. */
const BETWEEN: Array<[label: string, text: string]> = [
  ['nothing', ''],
  ['a day', ' on Monday'],
  ['a place', ' at the hearing'],
  ['a document', ' in a statement'],
  ['an interview', ' in an interview with the Hadley Gazette'],
  ['a day and a place', ' on Friday at a news conference'],
  ['an outlet', ' on Twitter'],
  ['a time', ' last week'],
]

/** Reported clauses: ordinary ones and ones that open with words the tagger often misreads. */
const CLAUSES: Array<[label: string, text: string]> = [
  ['a plain clause', 'the plan would fail'],
  ['a plural subject', 'taxes will rise next year'],
  ['"there is"', 'there is no money left for the bridge'],
  ['"it was"', 'it was too early to say'],
  ['a pronoun subject', 'they had done nothing wrong'],
  ['a long subject', 'the decision to close the clinic on the east side was a mistake'],
  ['a gerund subject', 'cutting the budget would hurt families'],
]

const QUOTES: Array<[label: string, text: string]> = [
  ['a short quote', 'We will not back down'],
  ['a quote with a comma', 'This is wrong, and everyone knows it'],
]

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
/** "Jane Lee, the mayor of Hadley," loses its closing comma where it ends the sentence: "…, said Jane Lee, the mayor of Hadley." */
const bare = (s: string) => s.replace(/,$/, '')

export function grammarCases(): GrammarCase[] {
  const cases: GrammarCase[] = []
  const push = (p: Person, layout: string, subject: [string, string], verb: Verb, between: [string, string], words: [string, string], sentence: string, quote: string) => {
    cases.push({
      text: `${p.intro}\n\n${sentence}`,
      quote,
      speaker: p.name,
      parts: { layout, subject: subject[0], verb: verb.label, between: between[0], words: words[0] },
    })
  }
  for (const p of PEOPLE) {
    for (const subject of p.mentions) {
      const [, s] = subject
      for (const verb of VERBS) {
        for (const between of BETWEEN) {
          for (const clause of CLAUSES) {
            // "said at the hearing taxes will rise" reads as "hearing taxes" to a tagger and to many readers
            if (clause[0] === 'a plural subject' && (/\b(hearing|statement|conference|Gazette|Twitter)$/.test(between[1]) || verb.label === 'told a listener')) continue
            const that = verb.needsThat ? 'that ' : ''
            // Jane Lee said at the hearing that the plan would fail.
            push(p, 'S V A C', subject, verb, between, clause, `${cap(s)} ${verb.before}${between[1]} ${that}${clause[1]}.`, `${that}${clause[1]}`)
            if (verb.needsThat || between[0] !== 'nothing') continue
            // The plan would fail, Jane Lee said.
            push(p, 'C, S V', subject, verb, between, clause, `${cap(clause[1])}, ${s} ${verb.after}.`, cap(clause[1]))
            // The plan would fail, said Jane Lee.
            if (verb.invertible && !/^(she|he)$/.test(s)) push(p, 'C, V S', subject, verb, between, clause, `${cap(clause[1])}, ${verb.after} ${bare(s)}.`, cap(clause[1]))
          }
          if (between[0] !== 'nothing' && between[0] !== 'a day') continue
          for (const q of QUOTES) {
            // “We will not back down,” Jane Lee said on Monday.
            push(p, '“Q,” S V A', subject, verb, between, q, `“${q[1]},” ${s} ${verb.after}${between[1]}.`, `“${q[1]},”`)
            // Jane Lee said on Monday: “We will not back down.”
            push(p, 'S V A: “Q.”', subject, verb, between, q, `${cap(s)} ${verb.before}${between[1]}: “${q[1]}.”`, `“${q[1]}.”`)
            if (verb.invertible && !/^(she|he)$/.test(s)) {
              push(p, '“Q,” V S', subject, verb, between, q, `“${q[1]},” ${verb.after} ${bare(s)}${between[1]}.`, `“${q[1]},”`)
            }
          }
        }
      }
    }
  }
  return cases
}

/**
 * Layouts around the sentence: "according to", an aside inside the clause, a clause with quoted words, a quote
 * split by its verb, a quote in the next paragraph, a participle that hangs a second report on the subject, a
 * verb after "to". Fewer combinations each: every mention, a few verbs, every clause.
 */
export function layoutCases(): GrammarCase[] {
  const cases: GrammarCase[] = []
  const verbs = VERBS.filter((v) => ['said', 'says', 'added', 'argued', 'insisted'].includes(v.label))
  for (const p of PEOPLE) {
    for (const subject of p.mentions) {
      const [, s] = subject
      const name = bare(s)
      const pronoun = /^(she|he)$/.test(s)
      const add = (layout: string, verb: string, words: [string, string], sentence: string, quote: string) => cases.push({
        text: `${p.intro}\n\n${sentence}`, quote, speaker: p.name,
        parts: { layout, subject: subject[0], verb, between: 'nothing', words: words[0] },
      })
      for (const clause of CLAUSES) {
        const [, c] = clause
        if (!pronoun && !/,$/.test(s)) {
          // According to Jane Lee, the plan would fail. / The plan would fail, according to Jane Lee.
          add('According to S, C.', 'according to', clause, `According to ${name}, ${c}.`, c)
          add('C, according to S.', 'according to', clause, `${cap(c)}, according to ${name}.`, cap(c))
        }
        for (const verb of verbs) {
          // Cutting the budget, Jane Lee said, would hurt families: the words on both sides of the aside
          const words = c.split(' ')
          const verbAt = words.findIndex((w) => /^(would|will|is|was|had|hurt)$/.test(w))
          if (verbAt > 0 && !/,$/.test(s)) {
            add('C1, S V, C2.', verb.label, clause, `${cap(words.slice(0, verbAt).join(' '))}, ${s} ${verb.after}, ${words.slice(verbAt).join(' ')}.`,
              words.slice(verbAt).join(' '))
          }
          // Jane Lee announced the plan on Monday, saying the plan would fail.
          add('S V …, saying C.', 'saying', clause, `${cap(s)} spoke to residents on Monday, saying ${c}.`, c)
          add('S V …, adding that C.', 'adding', clause, `${cap(s)} ${verb.before} the vote was close, adding that ${c}.`, `that ${c}`)
        }
        // Jane Lee went on to say the plan would fail.
        add('S went on to say C.', 'to say', clause, `${cap(s)} went on to say ${c}.`, c)
      }
      for (const q of QUOTES) {
        const [, text] = q
        for (const verb of verbs) {
          // “We will not back down,” Jane Lee said. “Not now.”
          cases.push({
            text: `${p.intro}\n\n“${text},” ${s} ${verb.after}. “Not now, not ever.”`, quote: '“Not now, not ever.”', speaker: p.name,
            parts: { layout: '“Q1,” S V. “Q2.”', subject: subject[0], verb: verb.label, between: 'nothing', words: q[0] },
          })
          // “We will not back down,” Jane Lee said.\n\n“Not now, not ever.”
          cases.push({
            text: `${p.intro}\n\n“${text},” ${s} ${verb.after}.\n\n“Not now, and not ever, whatever they say.”`,
            quote: '“Not now, and not ever, whatever they say.”', speaker: p.name,
            parts: { layout: 'next paragraph', subject: subject[0], verb: verb.label, between: 'nothing', words: q[0] },
          })
          // Jane Lee said the plan was “a disgrace”.
          add('S V C “Q”.', verb.label, q, `${cap(s)} ${verb.before} the plan was “${text.toLowerCase()}”.`, `the plan was “${text.toLowerCase()}”`)
          // Jane Lee said:\n\n“We will not back down.”
          cases.push({
            text: `${p.intro}\n\n${cap(s)} ${verb.before}:\n\n“${text}.”`, quote: `“${text}.”`, speaker: p.name,
            parts: { layout: 'S V:¶“Q.”', subject: subject[0], verb: verb.label, between: 'nothing', words: q[0] },
          })
        }
      }
    }
  }
  return cases
}