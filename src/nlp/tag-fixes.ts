// Corrections of compromise's tags where the words around a token settle what it is. Every quote rule reads
// these tags, so a word misread here ("taxes" as a verb) loses a whole report ("Ms Lee said taxes will rise").
import type { ParsedArticle, Token } from './parse'
import { capitalised, hasTag as has, tokenAt } from './token-at'
import { infinitiveReadAsNoun } from './infinitive-after-to'
import { negatedAdjectiveReadAsNoun } from './negated-adjective'
import { adjectiveReadAsVerb } from './adjective-read-as-verb'
import { openerTags } from './abbreviation-stop'
import { verbAfterPluralName } from './team-verb'
import { nounReadAsVerbAfterNaming, nounReadAsVerbAfterPreposition } from './compound-noun'
import { acronymReadAsDate, acronymReadAsWord } from './acronym-as-word'
import { basedAfterHyphen, headAfterBased } from './place-based'
import { documentNumber, documentReadAsVerb, recordWithSource, reportingTense } from './document-noun'
import { townsBeforeRegions } from './city-and-region'
import { honorificSurnames } from './honorific-surname'
import { middleInitials } from './middle-initial'
import { firmJoinedByAnd } from './firm-names'
import { partOfDayAfterDay } from './part-of-day'
import { monthAfterTimeWord } from './month-after-time'

/** What stops a word from being a noun: the verb tags a noun reading replaces. */
const VERB_TAGS = new Set(['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb'])

/** Words after a plural subject that no verb in the third person singular can stand before. */
const PLURAL_FOLLOWERS = new Set(['will', 'would', 'could', 'should', 'might', 'may', 'must', 'can', 'are', 'were', 'have', 'had', 'do'])


/** Verbs in -s that a bare verb may follow: "helps build", "lets go", "makes do". */
const BARE_INFINITIVE_TAKERS = new Set(['helps', 'lets', 'makes', 'sees', 'hears', 'watches', 'bids', 'dares', 'needs'])
/** A word after which a noun phrase begins, not a subject that a verb in -s would follow: "that | officials say". */
const opensNounPhrase = (t: Token | undefined) => !!t && (/^(that|which|who|whom|many|most|some|all|few|several)$/.test(t.normal) ||
  ((has(t, 'Determiner') || has(t, 'Adjective')) && !/^(this|it|he|she)$/.test(t.normal)))

/** The word right after "And", "But", "Yet" or "So" at a sentence's start: "And surveys suggest …". */
function afterOpeningConjunction(tokens: Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1), first = tokenAt(tokens, i - 2)
  return !!before && before.sentence === tokens[i].sentence && /^(and|but|yet|so)$/.test(before.normal) &&
    (!first || first.sentence !== before.sentence)
}

/** A verb in its bare present form with no noun reading: "say", "believe" (not "says", "report", "will"). */
const bareVerb = (t: Token) => has(t, 'Verb') && (has(t, 'PresentTense') || has(t, 'Infinitive')) && !/s$/.test(t.normal) &&
  !['Noun', 'Modal', 'Auxiliary', 'Copula', 'Adjective', 'Adverb', 'Date'].some((tag) => has(t, tag))

/**
 * A word in -s read as a verb is a plural noun when a modal, a plural verb or a verb in the past follows it, or
 * a verb in the past stands before it:
 * "Ms Lee said taxes will rise", "prices have fallen", "both firms told AP" (not "she says he will", "it costs more").
 */
function pluralNounBeforeVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i], next = tokenAt(tokens, i + 1)
  if (!next || next.sentence !== t.sentence || t.post !== '') return false
  if (!has(t, 'PresentTense') || has(t, 'Copula') || has(t, 'Auxiliary') || !/[a-z]s$/.test(t.normal) || /ss$/.test(t.normal)) return false
  // "the heads of both law firms told the Gazette …": no verb in -s stands right before a verb in the past
  if (PLURAL_FOLLOWERS.has(next.normal) || (has(next, 'PastTense') && !has(next, 'Adjective'))) return true
  // "a shortage that officials say is hurting …": nor before a verb's bare form after a word that opens a noun
  // phrase, but for the few verbs that take one ("the grant helps build"); not "the mayor says last week …"
  // ("And surveys suggest that …": nor after the conjunction that opens a sentence, where a subject comes first)
  if (bareVerb(next) && !BARE_INFINITIVE_TAKERS.has(t.normal) && (opensNounPhrase(tokenAt(tokens, i - 1)) || afterOpeningConjunction(tokens, i))) return true
  // "an aide said comments from Hale were consistent": nor right after a verb in the past
  const before = tokenAt(tokens, i - 1)
  return !!before && before.sentence === t.sentence && before.post === '' && has(before, 'PastTense') && has(before, 'Verb') &&
    !has(before, 'Auxiliary') && !has(before, 'Copula') && !has(before, 'Adjective')
}

/**
 * A verb's bare form right after a verb of saying and right before a verb in the past is the clause's subject, a
 * noun: "The company said demand fell", "Ms Lee said support grew" (compromise read "demand" as an order). Not "said
 * go home" (no verb in the past after it), nor "said that" (no bare verb).
 */
function bareNounAfterSaying(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1)
  if (!before || !next || before.post !== '' || t.post !== '' || before.sentence !== t.sentence || next.sentence !== t.sentence) return false
  if (!SAYING_FORMS.has(before.normal) || !bareVerb(t) || /^(be|do|have|go|come|get|let|make)$/.test(t.normal)) return false
  return has(next, 'PastTense') && has(next, 'Verb') && !has(next, 'Auxiliary') && !has(next, 'Copula') && !has(next, 'Adjective')
}

/** A gerund after "the", "a" or a possessive is a noun: "said at the hearing that …", "his briefing". */
function gerundAfterDeterminer(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1)
  if (!before || before.sentence !== t.sentence || before.post !== '' || !has(t, 'Gerund')) return false
  return (has(before, 'Determiner') && !/^(that|this|those|these|what|which)$/.test(before.normal)) || has(before, 'Possessive')
}

/**
 * A gerund after "for" or "of" and a noun, right before a verb of saying, names a field: "the department for
 * planning said", "the minister of housing said" (not "blamed them for voting", where no verb follows).
 */
function fieldGerund(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1), noun = tokenAt(tokens, i - 2), next = tokenAt(tokens, i + 1)
  if (!has(t, 'Gerund') || has(t, 'Noun') || !before || !noun || !next || t.post !== '' || next.sentence !== t.sentence) return false
  return /^(for|of)$/.test(before.normal) && has(noun, 'Noun') && !has(noun, 'Pronoun') && SAYING_FORMS.has(next.normal)
}

/** Past forms of verbs that are nouns too: "rose" (a flower), "wound", "bore". */
const PAST_OR_NOUN = new Set(['rose', 'wound', 'bore'])

/**
 * One of those after a noun and before a number, a preposition or an adverb is the verb: "Sales rose 2%", "Inflation
 * rose to 3%", "prices rose sharply" (not "a red rose", "the rose garden", "her wound healed").
 */
function pastAfterNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1)
  if (!PAST_OR_NOUN.has(t.text) || has(t, 'Verb') || !before || before.post !== '' || before.sentence !== t.sentence) return false
  const subject = has(before, 'Noun') && !has(before, 'Determiner') && !has(before, 'Adjective') && !has(before, 'Possessive')
  // ("Ms Lee said profits rose." ends the clause after a plural subject; not "the red rose.", "a Tudor rose.")
  if (!next || next.sentence !== t.sentence || /[.,;:!?]/.test(t.post)) return subject && has(before, 'Plural') && !has(before, 'ProperNoun')
  return subject && (has(next, 'Value') || has(next, 'Preposition') || /^(to|by|from|sharply|slightly|steadily|again)$/.test(next.normal) || /%$/.test(next.text))
}

/** Verbs whose past is their bare form, and nouns too: "cut", "set", "hit", "cost". */
const SAME_FORM_VERBS = new Set(['cut', 'set', 'hit', 'put', 'cost', 'shut', 'spread', 'split', 'cast', 'hurt', 'quit'])

/**
 * One of those read as a noun between its subject and its object, a number or a phrase with a determiner, is the
 * verb: "The council cut 200 jobs", "Acme Corp cut its prices" (compromise read "Corp cut" as one noun, and the
 * body was never named). Not "a price cut of 5%" (no object), nor "A price cut 20 years ago" (a time).
 */
function sameFormVerbBeforeObject(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1)
  if (!SAME_FORM_VERBS.has(t.normal) || has(t, 'Verb') || !before || !next || before.post !== '' || t.post !== '') return false
  if (before.sentence !== t.sentence || next.sentence !== t.sentence) return false
  const subject = has(before, 'Noun') && !has(before, 'Determiner') && !has(before, 'Adjective') && !has(before, 'Possessive') && !has(before, 'Pronoun')
  // ("A price cut 20 years ago helped": a number of years after it is a time, not what was cut)
  const time = has(tokenAt(tokens, i + 2), 'Date') || has(tokenAt(tokens, i + 2), 'Duration')
  const object = (has(next, 'Value') && !time) || (has(next, 'Determiner') && !/^(that|this|these|those)$/.test(next.normal)) || /^(its|his|her|their|our)$/.test(next.normal)
  return subject && object
}

/** An adjective in -ing with an object after it is a verb: "said at the hearing cutting the budget would hurt". */
function ingWithObject(tokens: Token[], i: number): boolean {
  const t = tokens[i], next = tokenAt(tokens, i + 1)
  if (!next || next.sentence !== t.sentence || t.post !== '' || !has(t, 'Adjective') || has(t, 'Verb') || !/[a-z]ing$/.test(t.normal)) return false
  return has(next, 'Determiner') || (has(next, 'Possessive') && has(next, 'Pronoun'))
}

const ADJECTIVE_TAGS = new Set(['Adjective', 'Comparable'])

/** A particle before a day is a preposition: "Lee added on Monday: “…”" (compromise reads "added on" as one verb). */
function particleBeforeDate(tokens: Token[], i: number): boolean {
  const t = tokens[i], next = tokenAt(tokens, i + 1)
  return has(t, 'Particle') && next !== undefined && next.sentence === t.sentence && t.post === '' && has(next, 'Date')
}

const PARTICLE_TAGS = new Set(['Particle', 'Verb', 'PhrasalVerb'])

/** Forms of "have" and "be" are verbs, whatever the words around them: "said the American has a problem". */
const ALWAYS_VERBS = new Map([['has', ['Verb', 'PresentTense']], ['had', ['Verb', 'PastTense']], ['is', ['Verb', 'Copula', 'PresentTense']],
  ['was', ['Verb', 'Copula', 'PastTense']], ['were', ['Verb', 'Copula', 'PastTense']]])

/** Words that are always what they are, whatever the words around them: "with the nonprofit" ("the" read as a noun). */
const ARTICLES = new Set(['the', 'a', 'an'])
const NOT_ARTICLE = new Set(['Noun', 'Singular', 'Plural', 'Adjective', 'Verb', 'ProperNoun'])

/**
 * Forms of the commonest verbs of saying that are never nouns: "a person familiar with the meeting says the …"
 * (read as the plural "says"), "Ms Lee tells …". Past forms count unless an article makes them adjectives.
 */
const SAYING_FORMS = new Set(['says', 'said', 'tells', 'told', 'insists', 'insisted', 'argues', 'argued', 'explains', 'explained', 'adds', 'added', 'warns', 'warned', 'writes', 'wrote',
  'saying', 'adding', 'noting', 'telling', 'insisting', 'arguing', 'explaining', 'writing', 'warning',
  // ("She is a Hale supporter but concedes that …" read "concedes" as a plural noun)
  'concedes', 'acknowledges', 'admits', 'contends', 'maintains', 'asserts', 'suggests', 'predicts', 'reiterates', 'denies',
  'emphasizes', 'emphasises', 'concludes', 'declares', 'announces', 'testifies', 'complains', 'responds', 'observes', 'alleges'])
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Place', 'ProperNoun', 'Adjective'])
const NO_TAGS = new Set<string>()
const NOUN_ONLY_TAGS = new Set(['Noun', 'Singular'])

/** Verbs of saying in -s that are plural nouns too: "calls", "claims", "tweets". */
const SAYING_IN_S = new Set(['calls', 'claims', 'tweets', 'posts', 'notes', 'reports', 'states', 'charges', 'counters', 'questions',
  'replies', 'answers', 'comments', 'remarks', 'promises', 'vows', 'pledges', 'urges', 'warns', 'describes', 'labels', 'dubs'])

const person = (x: Token) => has(x, 'Person') && !has(x, 'Possessive') && !/['’]s$/.test(x.text)

/** A person's name with a comma after it among the 19 words before token i - 1, in the sentence (a loop: no copy). */
function personBeforeComma(tokens: Token[], i: number, sentence: number): boolean {
  for (let k = Math.max(0, i - 20); k < i - 1; k++) {
    const x = tokens[k]
    if (x.sentence === sentence && x.post === ',' && person(x)) return true
  }
  return false
}

/**
 * One of those after a person's name or "he", "she", "it" (an appositive's comma between them), before what a verb
 * takes, is the verb: "Her aide, Jake Sullivan, calls the plan a blueprint", "Ms Lee tweets that she won" (not
 * "Ms Lee’s tweets that day", "the calls that came in").
 */
function sayingVerbAfterName(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1)
  if (!SAYING_IN_S.has(t.normal) || has(t, 'Verb') || !before || !next || before.sentence !== t.sentence || next.sentence !== t.sentence) return false
  // ("Tom Reyes, director of the Hadley Institute, calls …": the name before the appositive)
  const named = person(before) || /^(he|she|it)$/.test(before.normal) || (before.post === ',' && personBeforeComma(tokens, i, t.sentence))
  if (!named || !/^,?$/.test(before.post) || t.post !== '') return false
  return next.normal === 'that' || has(next, 'Determiner') || (has(next, 'Possessive') && has(next, 'Pronoun')) || has(next, 'ProperNoun') ||
    /^(him|her|them|it|for|on)$/.test(next.normal)
}

const formTag = (word: string) => (word.endsWith('ing') ? 'Gerund' : word.endsWith('s') ? 'PresentTense' : 'PastTense')

function sayingForm(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (!SAYING_FORMS.has(t.normal) || has(t, 'Verb')) return false
  // "a warning", "his writing": a noun after an article or a possessive
  const before = tokenAt(tokens, i - 1)
  return !(before && before.sentence === t.sentence && (has(before, 'Determiner') || has(before, 'Possessive')))
}

/**
 * A lower-case word in -ed read as a singular noun is a verb: "his firm worked closely with …". English nouns in
 * -ed are few and short ("bed", "shed", "need", "hundred").
 */
const NOUNS_IN_ED = new Set(['hundred', 'kindred', 'seabed', 'riverbed', 'flowerbed', 'hatred', 'bed', 'shed', 'sled', 'red', 'ted', 'med', 'fed'])
function pastReadAsNoun(t: Token): boolean {
  return has(t, 'Noun') && !has(t, 'Plural') && !has(t, 'ProperNoun') && !capitalised(t) &&
    /[^e]ed$/.test(t.normal) && !NOUNS_IN_ED.has(t.normal)
}

/**
 * A name or noun written with "’s" before a noun is a possessive: "Thursday’s meeting", "Pollster’s average"
 * (compromise reads some as "Thursday is"). Not pronouns ("it’s", "he’s") and not before a verb.
 */
function possessiveByApostrophe(tokens: Token[], i: number): boolean {
  const t = tokens[i], next = tokenAt(tokens, i + 1)
  if (has(t, 'Possessive') || has(t, 'Pronoun') || !t.text.endsWith('s') || !/\p{L}['’]s$/u.test(t.text) || !next || next.sentence !== t.sentence || t.post !== '') return false
  if (/^(it|he|she|that|there|here|what|who|let|where|how)['’]s$/.test(t.normal)) return false
  return has(next, 'Noun') || has(next, 'Adjective') || has(next, 'Gerund')
}

/** "a nine-time All-Star", "a two-term senator": the word joined to a number by a hyphen describes, it is no verb. */
function afterHyphenedNumber(tokens: Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1)
  return i > 0 && has(before, 'Value') && before?.post === '-' && tokens[i].pre === '' && has(tokens[i], 'Verb')
}

/**
 * A verb in the past between a number and a plural noun describes the noun: "leads by 271 pledged delegates",
 * "40 injured workers" (read as a verb, "pledged" reported the words after it). Not "the 3 boys pledged money".
 */
function pastBetweenNumberAndPlural(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1)
  if (!before || !next || before.post !== '' || t.post !== '' || next.sentence !== t.sentence || before.sentence !== t.sentence) return false
  if (!has(t, 'PastTense') || !/ed$/.test(t.normal) || has(t, 'Auxiliary')) return false
  return has(before, 'Cardinal') && !has(before, 'Date') && has(next, 'Plural') && !has(next, 'Verb')
}

/** Verbs whose past is their bare form: "he cast", "she put". */
const SAME_PAST = new Set(['cast', 'put', 'hit', 'set', 'let', 'cut', 'quit', 'read', 'spread', 'shut', 'hurt', 'bet', 'cost', 'split', 'upset', 'bid', 'burst', 'broadcast', 'forecast', 'thrust', 'shed'])

/**
 * One of those after "he", "she" or "it" is in the past, since the present would end in -s: "told the board and the
 * staff that he cast his ballot for Ms Lee" (read as a bare verb, the clause had no finite verb). Not after a
 * question's auxiliary: "Did he cast it?", "Would she put it so?".
 */
function pastAfterSingularPronoun(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1), first = tokenAt(tokens, i - 2)
  if (!SAME_PAST.has(t.normal) || !has(t, 'Verb') || has(t, 'PastTense') || !before || before.sentence !== t.sentence || before.post !== '') return false
  if (!/^(he|she|it)$/.test(before.normal)) return false
  return !(first && first.sentence === t.sentence && (has(first, 'Modal') || has(first, 'Auxiliary') || /^(do|does|did)$/.test(first.normal)))
}

const BARE_TAGS = new Set(['PresentTense', 'Infinitive'])
const VERB_AND_ADJECTIVE_TAGS = new Set([...VERB_TAGS, 'Adjective'])

/** Month abbreviations that are also name parts: "Ai Jun", "Li Jan". */
const SHORT_MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])
const DATE_TAGS = new Set(['Date', 'Month', 'Abbreviation'])
const YEAR_TAGS = new Set(['Date', 'Year'])

/**
 * A month's abbreviation between a capitalised name word and a verb, with no number or stop beside it, is part of
 * a name: "columnist Ai Jun wrote" (not "on Jun 5", "Jun. 2016", "in Jun, sales …").
 */
function monthInName(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (!SHORT_MONTHS.has(t.normal) || !has(t, 'Month') || t.post !== '' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false
  const before = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1)
  if (!next || next.sentence !== t.sentence || has(next, 'Value') || !has(next, 'Verb')) return false
  return !!before && before.sentence === t.sentence && before.post === '' && /^\p{Lu}\p{Ll}+$/u.test(before.text) && has(before, 'ProperNoun')
}

/**
 * An adjective between a possessive pronoun and a verb is the noun the possessive needs: "Her rival said …",
 * "His deputy will …" (not "her rival bid", where a noun follows, nor "his own").
 */
function adjectiveAsHead(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1)
  if (!has(t, 'Adjective') || has(t, 'Noun') || t.normal === 'own' || !before || !next || t.post !== '' || before.post !== '') return false
  if (before.sentence !== t.sentence || next.sentence !== t.sentence) return false
  // (the verb may be one fixed only after this word: "said" read as a noun)
  const verb = SAYING_FORMS.has(next.normal) || (has(next, 'Verb') && !has(next, 'Noun') && !has(next, 'Adjective'))
  return has(before, 'Possessive') && has(before, 'Pronoun') && verb
}
const ADJECTIVE_ONLY = new Set(['Adjective', 'Comparative', 'Superlative'])

/** "who" opens a relative clause or asks; compromise sometimes reads it as a determiner ("an All-Star who turns 52"). */
/** What an acronym read as a word loses: "WHO" is no question word, "IT" no pronoun. */
const FUNCTION_WORD_TAGS = new Set(['Pronoun', 'QuestionWord', 'Determiner'])
/** The date tags an acronym read as a month or a unit of time loses. */
const ACRONYM_DATE_TAGS = new Set(['Date', 'Month', 'Duration', 'Abbreviation', 'Singular'])
const isWho = (t: Token) => (t.normal === 'who' || t.normal === 'whom') && has(t, 'Determiner')
const DETERMINER_TAGS = new Set(['Determiner'])

/** Tags of a person's name. */
const NAME_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'ProperNoun'])
const NAME_OR_NOUN_TAGS = new Set([...NAME_TAGS, 'Noun', 'Singular'])

/**
 * A word in lower case that compromise took for a first name is no name; between a noun and what follows it, it
 * is the verb: "The plan drew criticism from …" ("drew" read as the name Drew).
 */
function lowercaseName(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  return has(t, 'FirstName') && !has(t, 'Pronoun') && t.text === t.normal && /^\p{Ll}/u.test(t.text)
}

/** Whether a lower-case word read as a name stands where a verb does: after a noun, before its object. */
function betweenSubjectAndObject(tokens: Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1)
  return !!before && !!next && has(before, 'Noun') && !has(before, 'Determiner') && (has(next, 'Noun') || has(next, 'Determiner'))
}

/** Words of degree "even" stresses: "even more", "even fewer", "even worse". */
const EVEN_DEGREE = new Set(['more', 'less', 'fewer', 'further', 'worse', 'better', 'higher', 'lower', 'greater', 'larger', 'bigger', 'smaller'])

/**
 * "even" read as a conjunction before a word of degree is an adverb: "The report said even more would be
 * poor" reports a clause (a conjunction there ended it); "even if it rains" and "Smith and even Jones" keep it.
 */
function evenAsAdverb(tokens: Token[], i: number): boolean {
  const t = tokens[i], next = tokenAt(tokens, i + 1)
  return t.normal === 'even' && has(t, 'Conjunction') && t.post === '' && !!next && next.sentence === t.sentence && (EVEN_DEGREE.has(next.normal) || has(next, 'Comparative'))
}
const CONJUNCTION_TAGS = new Set(['Conjunction'])

/**
 * A word in -s read as a verb at the end of a phrase of a preposition, before a comma, is a plural noun: "Mr Hale,
 * the leader in Republican polls, tweeted that …" (read as a verb, "polls" gave the appositive a clause of its own
 * and hid the subject). Only after a describing word.
 */
function pluralEndingPhrase(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1)
  if (!before || before.sentence !== t.sentence || before.post !== '' || !/^,$/.test(t.post)) return false
  if (!has(t, 'PresentTense') || has(t, 'Copula') || has(t, 'Auxiliary') || has(t, 'Noun') || !/[a-z]s$/.test(t.normal) || /ss$/.test(t.normal)) return false
  // ("could be a blueprint for such services, says the think-tank": a word of kind or amount too)
  const describes = (x: Token) => has(x, 'Adjective') || /^(such|other|many|more|most|some|several|these|those|all)$/.test(x.normal) || (has(x, 'Determiner') && !/^(that|which|what)$/.test(x.normal)) ||
    (has(x, 'ProperNoun') && !['Person', 'Organization', 'Place', 'Pronoun'].some((tag) => has(x, tag)))
  if (!describes(before)) return false
  // the preposition right before the describing word, or before a determiner and it: "in Republican polls", "in the latest polls"
  let k = i - 2
  if (k >= 0 && has(tokens[k], 'Determiner') && tokens[k].post === '' && !has(before, 'Determiner')) k--
  const prep = tokenAt(tokens, k)
  // (not after a word that may open a clause: "After Okafor wins, …")
  return !!prep && prep.sentence === t.sentence && prep.post === '' && has(prep, 'Preposition') && !CLAUSE_OPENERS.has(prep.normal)
}
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'like', 'once', 'unless', 'because'])

/**
 * Capitalised words joined by "&" are one body's name: "Marks & Spencer said …" (compromise read "Marks" as a verb,
 * and the speaker was "Spencer"), "Procter & Gamble". Not "R&D", written without spaces, nor lower-case words.
 * So are the few firms as often written with "and", whose two names the tagger reads as people's: "Marks and
 * Spencer said …" (not "Tom Marks and Jo Spencer": a first name before; firm-names.ts).
 */
function namesJoinedAsOneBody(tokens: Token[], retag: (t: Token, tags: string[], drop: ReadonlySet<string>) => void): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const amp = tokens[i], before = tokens[i - 1], after = tokens[i + 1]
    if (amp.text !== '&' && !(amp.normal === 'and' && firmJoinedByAnd(tokens, i))) continue
    if (before.sentence !== amp.sentence || after.sentence !== amp.sentence || before.post !== '' || amp.post !== '') continue
    if (!/^\p{Lu}\p{Ll}/u.test(before.text) || !capitalised(after)) continue
    for (const t of [before, amp, after]) retag(t, ['ProperNoun', 'Noun', 'Organization'], AMPERSAND_DROPS)
  }
}
const AMPERSAND_DROPS = new Set([...VERB_TAGS, 'Conjunction', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Adjective'])

/** Words that name a place. */
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region'])

/**
 * A surname the article gave a person after a first name or an honorific is that person's wherever it stands
 * alone as a subject: "John Bolton left. Bolton spoke later." (compromise reads the second "Bolton" as the town;
 * "He lives in Bolton" keeps the place, a preposition before it).
 */
function surnamesAsPlaces(tokens: Token[], retag: (t: Token, tags: string[], drop: ReadonlySet<string>) => void): void {
  const surnames = new Set<string>()
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i], before = tokens[i - 1]
    if (has(t, 'Person') && !has(t, 'Place') && before.post === '' && before.sentence === t.sentence && (has(before, 'FirstName') || has(before, 'Honorific'))) surnames.add(t.text)
  }
  if (surnames.size === 0) return
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i], before = tokenAt(tokens, i - 1)
    if (!surnames.has(t.text) || !has(t, 'Place') || has(t, 'Person')) continue
    if (before && before.sentence === t.sentence && (has(before, 'Preposition') || /^(in|at|to|from|near|of)$/.test(before.normal))) continue
    retag(t, ['Person', 'LastName'], PLACE_TAGS)
  }
}

export function fixTags(article: ParsedArticle, retag: (t: Token, tags: string[], drop: ReadonlySet<string>) => void): void {
  const { tokens } = article
  surnamesAsPlaces(tokens, retag)
  honorificSurnames(tokens, retag)
  middleInitials(tokens, retag)
  townsBeforeRegions(tokens, retag)
  namesJoinedAsOneBody(tokens, retag)
  for (let i = 0; i < tokens.length; i++) {
    const opener = openerTags(tokens, i)
    if (opener) retag(tokens[i], opener.tags, opener.drop)
    if (ARTICLES.has(tokens[i].normal) && !has(tokens[i], 'Determiner')) retag(tokens[i], ['Determiner'], NOT_ARTICLE)
    else if (ALWAYS_VERBS.has(tokens[i].normal) && !has(tokens[i], 'Verb')) retag(tokens[i], ALWAYS_VERBS.get(tokens[i].normal) ?? [], NOUN_TAGS)
    else if (sayingForm(tokens, i)) retag(tokens[i], ['Verb', formTag(tokens[i].normal)], NOUN_TAGS)
    else if (sayingVerbAfterName(tokens, i)) retag(tokens[i], ['Verb', 'PresentTense'], NOUN_TAGS)
    else if (pluralNounBeforeVerb(tokens, i)) retag(tokens[i], ['Noun', 'Plural'], VERB_TAGS)
    else if (bareNounAfterSaying(tokens, i)) retag(tokens[i], ['Noun', 'Singular'], VERB_TAGS)
    else if (gerundAfterDeterminer(tokens, i) || fieldGerund(tokens, i)) retag(tokens[i], ['Noun'], VERB_TAGS)
    else if (ingWithObject(tokens, i)) retag(tokens[i], ['Verb', 'Gerund'], ADJECTIVE_TAGS)
    else if (particleBeforeDate(tokens, i)) retag(tokens[i], ['Preposition'], PARTICLE_TAGS)
    else if (pastAfterSingularPronoun(tokens, i)) retag(tokens[i], ['PastTense'], BARE_TAGS)
    else if (pastReadAsNoun(tokens[i]) || pastAfterNoun(tokens, i) || sameFormVerbBeforeObject(tokens, i)) retag(tokens[i], ['Verb', 'PastTense'], NOUN_TAGS)
    else if (afterHyphenedNumber(tokens, i) || pastBetweenNumberAndPlural(tokens, i) || basedAfterHyphen(tokens, i)) retag(tokens[i], ['Adjective'], VERB_TAGS)
    // "the London-based firm said": the noun the compound describes (place-based.ts)
    else if (headAfterBased(tokens, i)) retag(tokens[i], ['Noun', 'Singular'], ADJECTIVE_ONLY)
    else if (acronymReadAsWord(tokens, i)) {
      retag(tokens[i], ['Noun', 'ProperNoun', 'Acronym'], FUNCTION_WORD_TAGS)
      // in capitals, so that no word list of pronouns ("who", "it") takes it for one
      tokens[i].normal = tokens[i].text
      // "The SEC fined the bank", "DEC says …": a body's acronym read as a month or a unit of time (acronym-as-word.ts)
    } else if (acronymReadAsDate(tokens, i)) retag(tokens[i], ['Noun', 'ProperNoun', 'Acronym'], ACRONYM_DATE_TAGS)
    else if (isWho(tokens[i])) retag(tokens[i], ['Pronoun', 'QuestionWord'], DETERMINER_TAGS)
    else if (monthInName(tokens, i)) retag(tokens[i], ['ProperNoun', 'Noun'], DATE_TAGS)
    // "Last June Hale was banned": a month after a word of time, not a first name (month-after-time.ts)
    else if (monthAfterTimeWord(tokens, i)) retag(tokens[i], ['Date', 'Month'], NAME_TAGS)
    else if (adjectiveAsHead(tokens, i)) retag(tokens[i], ['Noun', 'Singular'], ADJECTIVE_ONLY)
    else if (evenAsAdverb(tokens, i)) retag(tokens[i], ['Adverb'], CONJUNCTION_TAGS)
    else if (pluralEndingPhrase(tokens, i)) retag(tokens[i], ['Noun', 'Plural'], VERB_TAGS)
    else if (infinitiveReadAsNoun(tokens, i)) retag(tokens[i], ['Verb', 'Infinitive', 'PresentTense'], NOUN_TAGS)
    else if (negatedAdjectiveReadAsNoun(tokens, i)) retag(tokens[i], ['Adjective'], NOUN_ONLY_TAGS)
    else if (adjectiveReadAsVerb(tokens, i)) retag(tokens[i], ['Adjective'], VERB_TAGS)
    else if (verbAfterPluralName(tokens, i)) retag(tokens[i], ['Verb', 'PresentTense', 'Infinitive'], NOUN_TAGS)
    else if (nounReadAsVerbAfterPreposition(tokens, i) || nounReadAsVerbAfterNaming(tokens, i)) retag(tokens[i], ['Noun'], VERB_TAGS)
    // "as polls show Ms Lee ahead", "the editorial said": a document before the verb it reports with (document-noun.ts)
    else if (documentReadAsVerb(tokens, i)) {
      retag(tokens[i], ['Noun', documentNumber(tokens[i])], VERB_AND_ADJECTIVE_TAGS)
      retag(tokens[i + 1], ['Verb', reportingTense(tokens[i + 1])], NOUN_TAGS)
    }
    // "Findings from the charity show that …", "Research by the institute shows that …" (document-noun.ts)
    const sourced = recordWithSource(tokens, i)
    if (sourced) {
      retag(tokens[sourced.record], ['Noun', documentNumber(tokens[sourced.record])], VERB_AND_ADJECTIVE_TAGS)
      retag(tokens[sourced.verb], ['Verb', reportingTense(tokens[sourced.verb])], NOUN_TAGS)
    }
    if (lowercaseName(tokens, i)) {
      if (betweenSubjectAndObject(tokens, i)) retag(tokens[i], ['Verb', 'PastTense'], NAME_OR_NOUN_TAGS)
      else retag(tokens[i], ['Noun'], NAME_TAGS)
    }
    if (possessiveByApostrophe(tokens, i)) retag(tokens[i], ['Possessive'], NO_TAGS)
    // "said Friday afternoon", "last night": a part of the day after a day is a word of the date (part-of-day.ts)
    if (partOfDayAfterDay(tokens, i)) retag(tokens[i], ['Date'], NO_TAGS)
    // "has said 4,118 of the letters were lost": a number with a thousands separator counts, it is never a year
    if (/^\d{1,3}(,\d{3})+$/.test(tokens[i].text) && has(tokens[i], 'Date')) retag(tokens[i], ['Value', 'Cardinal'], YEAR_TAGS)
    // "the Paris-based think tank said": "think" in the compound is no verb
    // ("says the think-tank": joined by a hyphen, both words are the noun's)
    if (tokens[i].normal === 'think' && /^tanks?$/.test(tokenAt(tokens, i + 1)?.normal ?? '') && /^-?$/.test(tokens[i].post)) {
      retag(tokens[i], ['Noun'], VERB_AND_ADJECTIVE_TAGS)
      retag(tokens[i + 1], ['Noun'], VERB_AND_ADJECTIVE_TAGS)
    }
  }
}
