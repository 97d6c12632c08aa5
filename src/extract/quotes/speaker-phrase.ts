// Who a reporting verb belongs to: its subject before it, or the speaker after it in inverted order.
//
//   "Yuri Ushakov, Mr Putin’s foreign policy adviser, said …"    subject before, over an appositive
//   "a European official who was part of the delegation said …"  subject before, over a relative clause
//   "…,” says Hadley cartoonist Tom Okafor, whose …"             speaker after (inverted)
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { isCommonWord, isFirstNameWord } from '../../nlp/compromise'
import { cueLemma, FRAME_ONLY, isParticiple, LISTENER_VERBS, WEAK_CUES } from '../lexicon/cue-verbs'
import { CLAUSE_OPENERS } from '../lexicon/clause-openers'
import { GROUP_NOUNS, HONORIFICS, ORGANIZATION_NOUNS, PERSON_ROLES, TITLE_WORDS } from '../lexicon/roles'
import { nameInPhrase } from '../speakers/names'
import { quotedTitleEndingAt } from './quoted-titles'
import { placeWithRegion } from './place-with-region'
import { pronounPair } from './pronoun-pairs'
import { contactSubject } from './contact-clause'
import { quotedAsStart } from './quoted-as'
import { RELATING_ADJECTIVES, thoseTiedTo } from './those-tied'
import { nameAfterThing } from './contact-report'
import { floatingQuantifier, timeCountBefore } from './floating-words'
import { dashAsideStart, nameOpeningAside } from './dash-aside'
import { mannerAccording } from './manner-according'
import { describesSpeakerByParticiple } from './agent-participle'
import { promiseReadAsNoun } from './promise-verb'
import { afterOpeningClause, breaksAfter, canSpeak, isCapitalized, isNounish, isPastParticiple, namesPerson, namesSomeone, phraseEndingAt, phraseStartingAt, PREPOSITIONS, pronounAt, startsClause, tagged, type TokenRange } from '../phrases'

const SKIPPABLE = new Set(['also', 'has', 'have', 'had', 'did', 'does', 'do', 'would', 'will', 'not', 'later', 'then', 'previously',
  'earlier', 'repeatedly', 'once', 'further', 'recently', 'reportedly', 'publicly', 'privately', 'again', 'simply', 'just',
  'often', 'always', 'never', 'since', 'long', 'first', 'separately', 'however', 'nevertheless', 'nonetheless', 'too', 'initially', 'subsequently', 'quickly', 'flatly', 'here', 'today', 'yesterday', 'tonight', 'now'])
const RELATIVE = new Set(['who', 'which', 'whose'])
const ARTICLES = new Set(['the', 'a', 'an'])
/** Words of how many that open a noun phrase: "several alleged accomplices". */
const QUANTIFIERS = new Set(['several', 'numerous', 'many', 'some', 'few', 'both', 'other', 'various'])
/** "who", "which", "whose", also with a verb inside: "Williams, who’s running for the seat, said". */
export const isRelative = (t: Token) => RELATIVE.has(t.normal) || /^(who|which)['’](s|d|ve|ll|re)$/.test(t.normal)
/** Listener verbs that never stand without their listener, so never before an inverted speaker: "told", "assured". */
const OBJECT_FIRST = new Set(['tell', 'inform', 'remind', 'brief', 'assure', 'reassure'])

/** Forms of "point" and "put" (sets, not patterns: cueAt is asked about every word of an article). */
const POINT_FORMS = new Set(['point', 'points', 'pointed', 'pointing'])
const PUT_FORMS = new Set(['put', 'puts', 'putting'])

/**
 * A capitalised word run on from a capitalised word before it in its sentence is part of a title: "the sitcom The
 * World According to Bex" (not "According to Ms Lee, …", which opens its sentence, nor "Taxes Will Rise, According
 * to …", after a comma).
 */
function inTitle(tokens: Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1)
  return isCapitalized(tokens[i]) && !!before && before.sentence === tokens[i].sentence && before.post === '' && isCapitalized(before)
}

/** Prepositions after which a participle describes the noun that follows it. */
const BEFORE_DESCRIBING = new Set(['over', 'of', 'for', 'about', 'against', 'into', 'with', 'amid', 'despite'])

/**
 * A participle right after a preposition and before its noun describes that noun, it reports nothing: "sanctioned
 * Iran over alleged assassination plots", "fined for reported abuses" (not "over, she said, …" nor "about said
 * plan", which no verb of saying reads).
 */
function participleAfterPreposition(tokens: Token[], i: number): boolean {
  // (asked about every word many times: the word's own ending first, its neighbours only then)
  const t = tokens[i]
  if (t.post !== '' || !t.normal.endsWith('ed')) return false
  const before = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1)
  if (!before || !next || before.post !== '' || !BEFORE_DESCRIBING.has(before.normal)) return false
  return next.sentence === t.sentence && (tagged(next, 'Noun') || tagged(next, 'Adjective')) && !tagged(next, 'Pronoun') && next.normal !== 'that'
}

/** A reporting verb at token i: "said", "told"; "according to" counts as one cue of two tokens. */
export function cueAt(tokens: Token[], i: number): TokenRange | null {
  const t = tokens[i]
  if (!t) return null
  if (participleAfterPreposition(tokens, i)) return null
  if (t.normal === 'according' && tokenAt(tokens, i + 1)?.normal === 'to') return inTitle(tokens, i) || mannerAccording(tokens, i) ? null : { from: i, to: i + 2 }
  // "points out" is a reporting verb in two words
  if (POINT_FORMS.has(t.normal) && tokenAt(tokens, i + 1)?.normal === 'out') return { from: i, to: i + 2 }
  // and so is "pointed to", with what it points to: "Ms Lee pointed to her record" (not "the point to remember")
  if (POINT_FORMS.has(t.normal) && tokenAt(tokens, i + 1)?.normal === 'to' && (tagged(t, 'Verb') || /(ed|ing)$/.test(t.normal))) return { from: i, to: i + 2 }
  // "As Ms Lee puts it, “…”", "as one farmer put it bluntly:": "put it" with nothing after it but a manner
  if (PUT_FORMS.has(t.normal) && tokenAt(tokens, i + 1)?.normal === 'it') {
    const it = tokens[i + 1], after = tokenAt(tokens, i + 2)
    if (breaksAfter(it) || (after && tagged(after, 'Adverb') && breaksAfter(after))) return { from: i, to: i + 2 }
  }
  if (!cueLemma(t.normal)) return null
  // ("United States President Donald Trump said": a place's name is no verb, however title-cased the line)
  if (tagged(t, 'Place') && isCapitalized(t)) return null
  // a capital inside a sentence makes it part of a title, "the book Nobody Calls Me Sir", unless the whole
  // line is written in capitals: "Hale Says He Would Close The Bridge"
  if (isCapitalized(t) && tokenAt(tokens, i - 1)?.sentence === t.sentence && !/[:"“«]/.test((tokenAt(tokens, i - 1)?.post ?? '') + t.pre) && !inTitleCase(tokens, i)) return null
  // "the says …" never; "a statement" is no verb; keep words compromise saw as verbs, or that it could not place
  if (tagged(t, 'Determiner') || tagged(t, 'Preposition')) return null
  // "gave a background briefing": a form in -ing right after an article, an adjective or a noun names a thing
  // (", saying", "by saying", "is saying" are verbs, and so is one after someone who can say it when a clause follows:
  // "a letter to members saying she would resign", "a statement saying that …"; not "at a news conference announcing
  // that …", where the conference says nothing)
  const before = tokenAt(tokens, i - 1)
  if (/ing$/.test(t.normal) && before && before.sentence === t.sentence && !breaksAfter(before) &&
    (tagged(before, 'Determiner') || (tagged(before, 'Adjective') && !tagged(before, 'Verb')) ||
      (tagged(before, 'Noun') && !tagged(before, 'Pronoun') && !tagged(before, 'Person') && !isCapitalized(before) &&
        !(clauseFollows(tokens, i) && namesSomeone(tokens, { from: i - 1, to: i }))))) return null
  // ("named her its most promising playwright", "a very promising start": a form in -ing after a word of degree,
  // before a noun, describes the noun; not "is most keen on promising voters a school", with no degree word before)
  // (so is one in -ed: "Ms Lee had the most pledged delegates")
  if (/(ing|ed)$/.test(t.normal) && before && DEGREE_WORDS.has(before.normal) && !breaksAfter(before) && !breaksAfter(t) &&
    tagged(tokenAt(tokens, i + 1), 'Noun') && !tagged(tokenAt(tokens, i + 1), 'Pronoun')) return null
  if (!tagged(t, 'Verb') && tagged(t, 'Noun') && (!/(ed|s)$/.test(t.normal) || (tagged(t, 'Plural') && !afterSubject(tokens, i))) && !sayReadAsNoun(tokens, i) &&
    !promiseReadAsNoun(tokens, i)) return null
  // ("leads by 271 pledged delegates": a form the tags made a describing word after a number names no report)
  if (tagged(t, 'Adjective') && !tagged(t, 'Verb') && tagged(before, 'Cardinal') && !tagged(before, 'Date') && before?.sentence === t.sentence && before.post === '') return null
  const after = tokenAt(tokens, i + 1)
  // "One of the stated goals of the pact is …", "the reported figures": a form in -ed between an article and its
  // noun describes it (not "The firm reported profits", "a spokesman said the talks …"); so between a word of
  // how many and its noun ("several alleged accomplices were tried", "two alleged accomplices")
  // (not "Some accused Hale of lying", "Some chanted “USA!”": a name or quoted words after the verb are its object)
  const counts = !!before && (QUANTIFIERS.has(before.normal) || (tagged(before, 'Cardinal') && !tagged(before, 'Date'))) &&
    !!after && !isCapitalized(after) && !/["“‘']/.test(after.pre)
  if (/ed$/.test(t.normal) && before && before.sentence === t.sentence && !breaksAfter(before) && (ARTICLES.has(before.normal) || counts) &&
    !breaksAfter(t) && after && after.sentence === t.sentence && tagged(after, 'Noun') && !tagged(after, 'Pronoun') && !tagged(after, 'Determiner')) return null
  // "the leadership’s repeated refusal": between a possessive and its noun the word describes ("Hale’s said he will"
  // is "Hale has said"); never "said" or "told", which describe no noun: "McDonald’s said sales fell" is the company
  if (before && before.sentence === t.sentence && !breaksAfter(before) && (tagged(before, 'Possessive') || /['’]s$/.test(before.normal)) && !tagged(before, 'Pronoun') &&
    !NEVER_DESCRIBING.has(t.normal) && !breaksAfter(t) && after && ((tagged(after, 'Noun') && !tagged(after, 'Pronoun') && !tagged(after, 'Determiner')) ||
      // ("Acme’s proposed £1.3bn offer": an amount between the word and its noun)
      // (not "Hale’s announced 20 jobs would go": a verb after the noun makes a clause, "Hale has announced")
      (tagged(after, 'Value') && !breaksAfter(after) && amountOf(tokenAt(tokens, i + 2)) && !tagged(tokenAt(tokens, i + 3), 'Verb')))) return null
  return { from: i, to: i + 1 }
}

/** A word an amount stands before as its noun: "offer" in "£1.3bn offer", whatever the tagger made of it. */
const amountOf = (t: Token | undefined) => !!t && /^\p{Ll}+$/u.test(t.text) && !['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Value'].some((tag) => tagged(t, tag))
/** Words of degree before a describing word: "the most promising", "a very promising". */
const DEGREE_WORDS = new Set(['most', 'more', 'less', 'least', 'very', 'highly', 'particularly', 'especially', 'increasingly', 'quite', 'so', 'too'])

/** Forms of saying that never describe a noun after them: "said", "says", "told", "tells". */
const NEVER_DESCRIBING = new Set(['said', 'says', 'told', 'tells'])

/** A clause opens right after the word at i: "… saying that …", "… saying she would resign", "… saying the bridge was safe". */
function clauseFollows(tokens: Token[], i: number): boolean {
  const next = tokenAt(tokens, i + 1)
  if (!next || next.sentence !== tokens[i].sentence || breaksAfter(tokens[i])) return false
  return next.normal === 'that' || /^(he|she|they|we|i|it)$/.test(next.normal) || (tagged(next, 'Determiner') && startsClause(tokens, i + 1, tokens.length))
}

/**
 * "Observers around the country say Ms Lee deserves the seat": "say" read as a noun between a plural's phrase and a
 * clause is the verb (not "have a say", "their say in it").
 */
function sayReadAsNoun(tokens: Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1)
  if (tokens[i].normal !== 'say' || !before || before.sentence !== tokens[i].sentence || breaksAfter(before)) return false
  if (!tagged(before, 'Noun') || tagged(before, 'Determiner') || tagged(before, 'Possessive') || tagged(before, 'Pronoun')) return false
  return startsClause(tokens, i + 1, tokens.length)
}

/** Whether most words around token i are capitalised, as in a headline. */
function inTitleCase(tokens: Token[], i: number): boolean {
  let capitals = 0, words = 0
  for (let k = Math.max(0, i - 6); k < tokens.length && k <= i + 6; k++) {
    if (tokens[k].sentence !== tokens[i].sentence) continue
    words++
    if (isCapitalized(tokens[k])) capitals++
  }
  return capitals >= 0.7 * words
}

/** "Bush tells reporters": a name or pronoun right before the word makes it a verb, whatever the tagger said. */
function afterSubject(tokens: Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1)
  if (!before || before.sentence !== tokens[i].sentence || breaksAfter(before) || tagged(before, 'Possessive')) return false
  if (tagged(tokenAt(tokens, i - 2) ?? before, 'Determiner') && i >= 2) return false
  return tagged(before, 'Person') || tagged(before, 'Pronoun') || (tagged(before, 'ProperNoun') && isCapitalized(before))
}

export function isWeakCue(tokens: Token[], cue: TokenRange): boolean {
  const lemma = cueLemma(tokens[cue.from].normal)
  return lemma !== undefined && WEAK_CUES.has(lemma)
}

/** First token of an appositive: "Mr Putin’s foreign policy adviser", "a spokesman for …", "who attended …". */
function opensAppositive(tokens: Token[], i: number, to: number): boolean {
  const t = tokens[i]
  if (isRelative(t)) return true
  // "…, and a Dutch aid worker were …" continues a list, it describes nobody
  if (tagged(t, 'Conjunction')) return false
  if (tagged(t, 'Determiner') || tagged(t, 'Possessive') || tagged(t, 'Value')) return true
  for (let k = i; k < to && k < i + 6; k++) {
    if (PERSON_ROLES.has(tokens[k].normal)) return true
    if (tagged(tokens[k], 'Possessive')) return true
  }
  return false
}

/** The last token before a phrase of time that ends at token j ("for years", "on Monday", "this week"), or null. */
function timePhraseBefore(tokens: Token[], j: number, floor: number): number | null {
  const t = tokens[j]
  if (!t || !(tagged(t, 'Date') || TIME_SPANS.has(t.normal))) return null
  let p = j - 1
  while (p > floor && tagged(tokens[p], 'Date') && !breaksAfter(tokens[p])) p--
  // "this week", "last year" (their first word may be tagged a date too)
  if (/^(this|last|next)$/.test(tokenAt(tokens, p + 1)?.normal ?? '') && p + 1 <= j) return p
  // "A council report published Wednesday said": the day when of a participle
  if (p >= floor && isPastParticiple(tokens[p]) && !breaksAfter(tokens[p]) && p < j) return p
  return p > floor && /^(for|in|on|over|during|since|last|this)$/.test(tokens[p].normal) && !breaksAfter(tokens[p]) ? p - 1 : null
}

/**
 * The token after a phrase of time and its comma that open a sentence ("Last month,", "On Tuesday,", "Early this
 * year,"), or floor when there is none (not "Monday's report,", nor a person).
 */
function afterOpeningTime(tokens: Token[], floor: number, ceil: number): number {
  let k = floor
  if (tagged(tokens[k], 'Preposition') || PREPOSITIONS.has(tokens[k].normal)) k++
  const from = k
  while (k < ceil && !/,/.test(tokens[k].post)) k++
  if (k >= ceil || !/^,$/.test(tokens[k].post)) return floor
  const time = tokens.slice(from, k + 1).every((t) => !tagged(t, 'Person') && !tagged(t, 'Possessive') &&
    (tagged(t, 'Date') || TIME_SPANS.has(t.normal) || TIME_MODIFIERS.has(t.normal)))
  return time ? k + 1 : floor
}

const TIME_MODIFIERS = new Set(['last', 'next', 'this', 'early', 'late', 'earlier', 'later', 'recent'])

/** Nouns of a stretch of time: "for years", "in recent weeks". */
const TIME_SPANS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'hours', 'ages', 'year', 'month', 'week', 'decade'])

const isNegation = (t: Token) => t.normal === 'not' || t.normal === 'never' || /n['’]t$/.test(t.normal) || tagged(t, 'Negative')

/**
 * Step back over "also", "has", ", however," between a subject and its verb. Returns the subject's last token,
 * whether its comma belongs to a skipped aside ("Albury, however, said"), and whether the verb is negated
 * ("The Kremlin did not confirm" reports no words).
 */
function skipBack(tokens: Token[], j: number, floor: number): { j: number; aside: boolean; negated: boolean } {
  let aside = false, negated = false
  while (j >= floor) {
    const t = tokens[j]
    if (isNegation(t)) { negated = true; j--; continue }
    // "Jane Lee (NDP) said", "Marco Rubio (R-Fla.) said": words in brackets after the subject
    if (/\)/.test(t.post)) {
      let k = j
      while (k > floor && k > j - 8 && !/\(/.test(tokens[k].pre)) k--
      if (/\(/.test(tokens[k].pre) && k > floor) { j = k - 1; continue }
    }
    // "Ms Lee and Mr Hale have both argued", "Mr Hale three years later said": a floating quantifier, a count of time
    // (floating-words.ts)
    if (floatingQuantifier(tokens, j, floor)) { j--; continue }
    const count = timeCountBefore(tokens, j, floor)
    if (count !== null) {
      // ("DuPont, only two months later, announced": set off by commas on both sides, an aside; a comma after it
      // alone ends the clause before an inverted verb)
      if (/,/.test(t.post)) {
        if (aside || !/^,$/.test(tokens[count].post)) break
        aside = true
      }
      j = count
      continue
    }
    // "Doctors have for years been saying …", "Ms Lee on Monday said …", "… this week said": a phrase of time
    if (!breaksAfter(t)) {
      const before = timePhraseBefore(tokens, j, floor)
      if (before !== null) {
        j = before
        continue
      }
    }
    // "Tom Okafor, of course, said", "the mayor, in turn, said": a few words set off by commas, no verb among them
    if (/^,$/.test(t.post) && !aside) {
      let k = j - 1
      while (k > floor && k > j - 4 && !/,/.test(tokens[k].post) && !hasFiniteVerb(tokens, k, k + 1) && !isNounish(tokens[k])) k--
      if (k > floor && k < j - 1 && /^,$/.test(tokens[k].post)) {
        aside = true
        j = k
        break
      }
    }
    // ("Residents there told reporters …": the place the subject is, after it)
    const placeAfterSubject = t.normal === 'there' && j > floor && isNounish(tokens[j - 1]) && !breaksAfter(tokens[j - 1])
    if (SKIPPABLE.has(t.normal) || placeAfterSubject || (tagged(t, 'Adverb') && !tagged(t, 'Noun') && !breaksAfter(t))) {
      if (/,/.test(t.post) && j > floor && /,/.test(tokenAt(tokens, j - 1)?.post ?? '')) aside = true
      // a lone comma ends the clause before the verb: in "It was tested on staff first, said Mr Hale" the
      // subject is after the verb, while "Albury, however, said" and "A poll has, however, revealed" set
      // "however" off on both sides
      else if (/,/.test(t.post) && !aside) break
      j--
      continue
    }
    break
  }
  return { j, aside, negated }
}

/** Words a writer sets off by commas between a subject and its verb ("though", "however"). */
const ASIDE_ADVERBS = new Set(['though', 'however', 'meanwhile', 'too', 'also', 'instead', 'then', 'now', 'still', 'again', 'later', 'earlier', 'separately', 'likewise', 'moreover', 'nonetheless', 'nevertheless'])

/**
 * Whether tokens [from, to] set off by commas describe or place the subject rather than name it:
 * "who attended the talks", "in a statement on Friday", "appearing on Hadley Radio", "64", "D-Mich.", "though",
 * "a member of the budget committee", "Mr Putin’s foreign policy adviser"; not "Tom Okafor".
 */
function isAside(tokens: Token[], from: number, to: number, floor: number): boolean {
  // "now a paid Gazette columnist", "then a senator": a word of time before the description
  if (from < to && ASIDE_ADVERBS.has(tokens[from].normal)) from++
  const t = tokens[from]
  if (isRelative(t) || t.normal === 'where') return true
  if (tagged(t, 'Preposition') || PREPOSITIONS.has(t.normal)) return true
  if (tagged(t, 'Gerund') || (tagged(t, 'Verb') && /(ing|ed)$/.test(t.normal) && !isCapitalized(t))) return true
  // a verb with no subject goes on with a relative clause an earlier part began ("whose agency, Fenton, | made the
  // ads", "whose start-up, Paradata, | uses big data"), or is a participle with its agent ("run by Mr Hale"); in "The
  // coast, the most populated part, took heavy damage, said Ms Lee" the words before the verb are its clause
  if (bareVerb(t) && (tokenAt(tokens, from + 1)?.normal === 'by' || relativeOpening(tokens, from, floor) >= 0)) return true
  // ("Jo Hale, director of lakes and rivers for the Quillmore Water and Land Trust, said": a role, what it is
  // of, and a noun to end it describe someone, whatever verbs the tagger reads into the words between)
  const role = t.normal === 'the' ? from + 1 : from
  if (PERSON_ROLES.has(tokenAt(tokens, role)?.normal ?? '') && /^(of|for|at)$/.test(tokenAt(tokens, role + 1)?.normal ?? '') && role + 1 < to &&
    isNounish(tokens[to]) && !tagged(tokens[to], 'Date')) return true
  // "…, a gunman shot shoppers at a store, …" is a clause of its own (a phrase and its verb), no description
  const np = phraseStartingAt(tokens, from, to + 1)
  // ("a long-shot candidate": a word joined by a hyphen is part of the description, whatever the tagger made of it)
  if (np && np.to <= to && hasFiniteVerb(tokens, np.to, np.to + 1) && !tagged(tokenAt(tokens, np.to), 'Gerund') && !/(ed)$/.test(tokenAt(tokens, np.to)?.normal ?? '') &&
    !/^-$/.test(tokens[np.to - 1].post)) return false
  if (to === from && (ASIDE_ADVERBS.has(t.normal) || (tagged(t, 'Adverb') && !isCapitalized(t)))) return true
  // an age, a party and state ("R-Fla."), a place ("Hadley, N.S.")
  if (tagged(t, 'Value') && to === from) return true
  if (/^[RDI]-[A-Z]/.test(t.text)) return true
  let places = 0
  for (let k = from; k <= to; k++) if (tagged(tokens[k], 'Place') || /^[A-Z]\.([A-Z]\.)*$/.test(tokens[k].text)) places++
  // (not "The spokesman, Sarah Hill, said": a first name before a word of place, after a role, names a person;
  // "Rangers at the reserve, Grace Lake, said" names the reserve)
  if (places === to - from + 1 && !(givenNameFirst(tokens, { from, to: to + 1 }) && afterOneRole(tokens, from, floor))) return true
  return opensAppositive(tokens, from, to + 1)
}

/** A verb in lower case that is neither a noun, an auxiliary nor a copula: "made", "uses", "run". */
const bareVerb = (t: Token) => tagged(t, 'Verb') && !tagged(t, 'Noun') && !tagged(t, 'Auxiliary') && !tagged(t, 'Copula') && !isCapitalized(t)

/** A description's words before its first preposition: "the eldest daughter" of "the eldest daughter of King Michael". */
function descriptionHead(tokens: Token[], np: TokenRange): TokenRange {
  for (let k = np.from + 1; k < np.to; k++) if (tagged(tokens[k], 'Preposition')) return { from: np.from, to: k }
  return np
}

/** The relative word ("who", "whose", "which") that opens a clause between `floor` and token `from`, or -1. */
function relativeOpening(tokens: Token[], from: number, floor: number): number {
  for (let k = from - 1; k >= floor && k > from - 30; k--) if (isRelative(tokens[k])) return k
  return -1
}

/**
 * The subject before a comma that closes a chain of asides, the nearest part that names someone:
 *   "Sen. Tom Hale, D-Ohio, a member of the budget committee, said" → "Sen. Tom Hale"
 *   "His father, Tom Okafor, says" → "Tom Okafor" (a name set off by commas names the subject)
 *   "Mark Rutte, who attended the talks …, told" → "Mark Rutte"
 *   "Sen. Jane Albury, R-Fla., appearing on Hadley Radio after the speech, said" → "Sen. Jane Albury"
 */
function appositiveSubject(tokens: Token[], j: number, floor: number): TokenRange | null {
  // a comma inside closing quote marks ends a quote, not a subject: "“… in comics,” says the maverick"; unless a
  // participle set off by commas holds the quote: "Mr Hale, citing “the magic of the town,” said …"; or the quote is a
  // title: "Ms Lee, a guest on Radio Hadley’s “Morning Call,” said …"
  if (/["”»]|''/.test(tokens[j].post) && !gerundAside(tokens, j, floor) && quotedTitleEndingAt(tokens, j, floor) < 0) return null
  const found: TokenRange[] = []
  let end = j
  // "Last month, the Gazette, a weekly, revealed that …": a time opening the sentence stands outside the chain
  floor = afterOpeningTime(tokens, floor, j)
  // "However, one dealer, who asked not to be named, said …": a word that links the sentence to the one before,
  // set off by its comma, stands outside the chain too (else "one dealer", read as an aside, was passed over)
  if (floor < j && /^,$/.test(tokens[floor].post) && (tagged(tokens[floor], 'Adverb') || tagged(tokens[floor], 'Conjunction')) &&
    !tagged(tokens[floor], 'Noun')) floor++
  for (let n = 0; n < 6 && end >= floor; n++) {
    let start = end
    while (start > floor && start > end - 40 && !/,/.test(tokenAt(tokens, start - 1)?.post ?? '')) start--
    // quote marks end the chain, unless they only hold a title: "Sam Lee, a contestant on the show, “The Apprentice,”
    // who …, said" (the title is passed over as an aside, and the segment after it goes on)
    const title = quotedTitleEndingAt(tokens, end, floor)
    if (title === start) { end = start - 1; continue }
    const afterTitle = start > floor && quotedTitleEndingAt(tokens, start - 1, floor) >= 0
    if (/["”»“"]|''/.test(tokens[start].pre + (start > floor && !afterTitle ? tokenAt(tokens, start - 1)?.post ?? '' : ''))) break
    // a sentence the tagger ran on ends the search: "… on our southern border." Nancy Pelosi, the Speaker, said
    for (let k = end - 1; k >= start; k--) if (/[.!?]["”’»]/.test(tokens[k].post)) { start = k + 1; floor = start; break }
    const head = start <= floor
    if (!isAside(tokens, start, end, floor) || head) {
      const np = subjectEndingAt(tokens, end + 1, start)
      // "There is a certain pleasure, insists Tom Okafor, …": a clause before the verb, not its subject
      if (!np || !canSpeak(tokens, np) || clauseBefore(tokens, start, np.from) ||
        (np.from > floor && INSIDE_PHRASE.has(tokenAt(tokens, np.from - 1)?.normal ?? ''))) break
      found.push(np)
    }
    if (head) break
    // a relative clause broken by an aside ("whose agency, Fenton, made the ads") names nobody: go on before it
    const relative = bareVerb(tokens[start]) ? relativeOpening(tokens, start, floor) : -1
    end = relative > floor ? relative - 1 : start - 1
  }
  // "Jane Albury, Minister of Housing, Planning and Local Development, said": the part naming a person,
  // else the head of the chain
  // ("Angela Merkel’s spokesperson, Steffen Seibert, said": a person who owns the role is not the part naming the speaker)
  return found.find((np) => hasPerson(tokens, np) && !ownerOnly(tokens, np)) ?? found.find((np) => namedAfterRole(tokens, np, floor)) ??
    found.find((np) => hasPerson(tokens, np)) ?? found[found.length - 1] ?? null
}

/**
 * A name set off by commas after a role of one person, though the tagger knows it for no person's: "A WHO
 * spokesman, Tarik Halilovic, said", "The head of the agency, Filippo Grandi, said" (two or three capitalised words
 * it tags no place, body or date, and no word the lexicon holds: not "The owner of the shop, Hadley
 * Hardware"), "The spokesman, Sarah Hill, said" (a first name, whatever it made of the rest).
 */
function namedAfterRole(tokens: Token[], np: TokenRange, floor: number): boolean {
  const words = tokens.slice(np.from, np.to)
  const unknownName = words.length >= 2 && words.length <= 3 && words.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && tagged(t, 'ProperNoun') &&
    !['Place', 'Organization', 'Acronym', 'Date', 'Value', 'Possessive'].some((tag) => tagged(t, tag)) && !isCommonWord(t.normal))
  return (unknownName || givenNameFirst(tokens, np)) && afterOneRole(tokens, np.from, floor)
}

/** Whether the words before the comma at `from` hold a role of one person: "The press secretary", "Her lawyer". */
function afterOneRole(tokens: Token[], from: number, floor: number): boolean {
  for (let k = from - 1; k >= floor && k > from - 12; k--) {
    const t = tokens[k]
    if (k < from - 1 && /,/.test(t.post)) break
    if ((PERSON_ROLES.has(t.normal) || tagged(t, 'Actor')) && !tagged(t, 'Plural')) return true
  }
  return false
}

/**
 * "The spokesman, Sarah Hill, said": a first name and a capitalised word set off by commas name a person, though the
 * tagger reads "Sarah Hill" (like "Jen Park", "Joan Rivers") as a place by its last word. Not "the mayor of Victoria,
 * Texas": no first name opens it.
 */
function givenNameFirst(tokens: Token[], r: TokenRange): boolean {
  const size = r.to - r.from
  return size >= 2 && size <= 3 && isFirstNameWord(tokens[r.from].normal) && tokens.slice(r.from, r.to).every(isCapitalized) &&
    !tokens.slice(r.from, r.to).some((t) => tagged(t, 'Organization'))
}

/**
 * "Ms Lee and Mr Hale said": two named people joined by "and" speak together; not "the council and Mr Hale" (the
 * first may be a verb's object); nor two bodies; but two groups named by common nouns do, when a comma or the
 * sentence's start stands before both: "Prices will rise, farmers and traders said".
 */
function coordinated(tokens: Token[], np: TokenRange | null, floor: number): TokenRange | null {
  if (!np || np.from - 2 < floor || tokens[np.from - 1].normal !== 'and') return np
  const before = phraseEndingAt(tokens, np.from - 1, floor)
  if (!before || breaksAfter(tokens[before.to - 1])) return np
  // "…, he and Mr Allen said": a pronoun and a partner speak together (pronoun-pairs.ts)
  const withPronoun = pronounPair(tokens, before, np)
  if (withPronoun) return withPronoun
  // "The star of Rain Man and Tootsie said": both works belong to "of", the subject is the person it describes
  // (not "the mayor of Hadley and Tom Reyes" or "… and his wife": a person after "and" is a second subject)
  const of = tokens.slice(before.from, before.to).findIndex((t) => t.normal === 'of') + before.from
  const role = tokenAt(tokens, of - 1)
  const work = tokens.slice(np.from, np.to).every(isCapitalized) && !namesPerson(tokens, np)
  if (of > before.from && role && (PERSON_ROLES.has(role.normal) || tagged(role, 'Actor')) && !isCapitalized(role) && work) {
    return { from: before.from, to: np.to }
  }
  // "the Trade and Industry Secretary said": two words of a title's domain joined by "and", one person
  const domain = before.to - before.from <= 2 && tokens[before.from].normal === 'the' && isCapitalized(tokens[before.to - 1]) &&
    !namesPerson(tokens, before) && tokens.slice(np.from, np.to).every(isCapitalized) && PERSON_ROLES.has(tokens[np.to - 1].normal)
  if (domain) return { from: before.from, to: np.to }
  // "…, reports from the Treasury and the World Bank have said", "analysts at Northwind and the Harbour Trust said":
  // two names after one preposition belong to it, the subject is what heads the phrase before them
  // (only with the phrase set off at the sentence's start or by a comma, and a name after "and")
  const prep = tokens.slice(before.from + 1, before.to).findIndex((t) => /^(from|of|at|by)$/.test(t.normal)) + before.from + 1
  const startsSetOff = before.from === floor || /,/.test(tokenAt(tokens, before.from - 1)?.post ?? '')
  const nameAfterAnd = tokens.slice(np.from, np.to).some((t) => isCapitalized(t) && !tagged(t, 'Determiner')) && !namesPerson(tokens, np)
  if (prep > before.from && prep < before.to - 1 && startsSetOff && nameAfterAnd && !namesPerson(tokens, { from: before.from, to: prep }) &&
    tokens.slice(prep + 1, before.to).some(isCapitalized)) return { from: before.from, to: np.to }
  // ("Ms Lee and her lawyer said": a person and someone of theirs speak together)
  const theirs = namesPersonByName(tokens, before) && np.to - np.from === 2 && /^(his|her|their)$/.test(tokens[np.from].normal) && PERSON_ROLES.has(tokens[np.from + 1].normal)
  // (the first ends in its name: in "beat Rovers with a late Tom Okafor strike and Reyes said" the strike is no speaker)
  const named = (namesPersonByName(tokens, np) && namesPersonByName(tokens, before) && tagged(tokens[before.to - 1], 'Person')) || theirs
  const setOff = before.from === floor || /,/.test(tokenAt(tokens, before.from - 1)?.post ?? '')
  // (groups named by common nouns only: "Brindlecorp and Quillmore Group announced" are two bodies)
  const common = (r: TokenRange) => canSpeak(tokens, r) && !tokens.slice(r.from, r.to).some((t, k) => tagged(t, 'ProperNoun') || (isCapitalized(t) && r.from + k > floor))
  return named || (setOff && common(before) && common(np)) ? { from: before.from, to: np.to } : np
}

/** A person named by a name or an honorific, not by a pronoun: "Ms Lee", "Tom Okafor"; not "he". */
const namesPersonByName = (tokens: Token[], r: TokenRange) => namesPerson(tokens, r) && !tokens.slice(r.from, r.to).some((t) => tagged(t, 'Pronoun'))

/** Whether the words up to token j since the last comma are a participle's: "citing “the magic of the town,”". */
function gerundAside(tokens: Token[], j: number, floor: number): boolean {
  let k = j
  while (k > floor && k > j - 20 && !/,/.test(tokenAt(tokens, k - 1)?.post ?? '')) k--
  return k > floor && /,/.test(tokenAt(tokens, k - 1)?.post ?? '') && tagged(tokens[k], 'Gerund')
}

/**
 * The phrase a subject ends with, over what a reader passes by: a time ("… this week said"), a participle that
 * describes the subject ("veterans interviewed at rallies in Ohio said", "voters surveyed in May said",
 * "those surveyed say") and an emphatic pronoun ("Ford itself said").
 */
function subjectEndingAt(tokens: Token[], to: number, floor: number): TokenRange | null {
  // "… in North Dakota this week, including Mr Hale, said": the time ends no subject
  const time = timePhraseBefore(tokens, to - 1, floor)
  if (time !== null) to = time + 1
  // "Ford itself said"
  if (to - 1 > floor && REFLEXIVES.has(tokenAt(tokens, to - 1)?.normal ?? '') && isNounish(tokenAt(tokens, to - 2))) to--
  const last = tokenAt(tokens, to - 1)
  if (!last) return null
  // "those surveyed say", "those polled"
  if (to - 2 >= floor && tokenAt(tokens, to - 2)?.normal === 'those' && isPastParticiple(last)) return { from: to - 2, to }
  // "voters surveyed in May said" (the time already passed over)
  if (to - 2 >= floor && isPastParticiple(last) && !NAMING.has(last.normal) && isNounish(tokenAt(tokens, to - 2)) && !breaksAfter(tokenAt(tokens, to - 2))) return phraseEndingAt(tokens, to - 1, floor)
  // ("those close to him say": an object pronoun ends no phrase of its own)
  // ("a source close to him said": a noun's phrase before the adjective the same)
  if (to - 4 >= floor && RELATING_ADJECTIVES.has(tokens[to - 3].normal) && /^(him|her|them|us|me)$/.test(last.normal) && !tokens.slice(to - 4, to - 1).some(breaksAfter)) {
    if (tokens[to - 4].normal === 'those') return { from: to - 4, to }
    const head = isNounish(tokens[to - 4]) && !tagged(tokens[to - 4], 'Pronoun') ? phraseEndingAt(tokens, to - 3, floor) : null
    if (head) return { from: head.from, to }
  }
  const found = phraseEndingAt(tokens, to, floor)
  if (!found) return null
  const np = placeWithRegion(tokens, found, floor)
  // "nurses interviewed at Hale rallies in Ohio": the phrase after the participle is where, not who
  // (a participle takes a preposition here; a verb in the past followed by a phrase is a verb with its object:
  // "The firm withdrew an app called …")
  let p = np.from - 1
  // ("The race tightened as Tom Hale urged …": "as" opens a clause with its own subject)
  if (!(p > floor && (tagged(tokens[p], 'Preposition') || PREPOSITIONS.has(tokens[p].normal))) || tokens[p].normal === 'as') return np
  // ("The crowd cheered after Mr Hale said …", "Shares fell after the company said …": a word of time that opens a
  // clause, whose subject is the phrase when it names someone; "voters interviewed after the debate said" are the voters)
  if (TIME_CLAUSE_OPENERS.has(tokens[p].normal) && namesSomeone(tokens, np)) return np
  p--
  // "those close to him say", "those familiar with the talks said": the people the adjective ties to someone
  if (p - 1 >= floor && RELATING_ADJECTIVES.has(tokens[p].normal) && tokens[p - 1].normal === 'those' && !breaksAfter(tokens[p - 1])) return { from: p - 1, to: np.to }
  // "Chad's ambassador to France confirmed", "an adviser to the mayor said": a role and whom it serves
  if (tokens[np.from - 1].normal === 'to' && p >= floor && PERSON_ROLES.has(tokens[p].normal) && !breaksAfter(tokens[p])) {
    const role = phraseEndingAt(tokens, p + 1, floor)
    if (role) return { from: role.from, to: np.to }
  }
  // ("A study carried out by the institute found …": the particle of a phrasal participle before its agent)
  if (p - 1 > floor && tokenAt(tokens, np.from - 1)?.normal === 'by' && /^(out|up)$/.test(tokens[p].normal) && isPastParticiple(tokens[p - 1]) && !breaksAfter(tokens[p])) p--
  // ("an official named Bram told reporters": "named" and "called" give the name itself)
  // ("a person close to the mayor said", "a guard present during the fire told the Gazette": an adjective does the same)
  if (p > floor && p < np.from && (isPastParticiple(tokens[p]) || RELATING_ADJECTIVES.has(tokens[p].normal)) && !NAMING.has(tokens[p].normal) && isNounish(tokenAt(tokens, p - 1)) &&
    !breaksAfter(tokenAt(tokens, p - 1)) && !tokens.slice(p, np.from).some(breaksAfter) && !pronounAt(tokens, np.from)) {
    const head = phraseEndingAt(tokens, p, floor)
    // the adjective's phrase says who the person is ("a person close to the mayor"), the participle's where
    return head && RELATING_ADJECTIVES.has(tokens[p].normal) ? { from: head.from, to: np.to } : head ?? np
  }
  return np
}

const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves'])
/** Words of time that open a clause as well as a phrase: "after Mr Hale said", "after the debate". */
const TIME_CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'till', 'once'])
/** Adjectives that tie a person to something with a preposition: "close to", "familiar with", "present at", "critical of". */
const NAMING = new Set(['named', 'called', 'dubbed', 'nicknamed'])

/** Words before a name that make it part of a longer phrase: "nurses like Albury", "a friend of Ms Lee". */
const INSIDE_PHRASE = new Set(['like', 'of', 'for', 'with', 'from', 'to', 'by', 'among', 'including', 'than', 'about', 'against'])

// ("The chief justice, Lord Hale, said": an honorific the tagger reads as a noun, before a capitalised word, names a person)
const hasPerson = (tokens: Token[], r: TokenRange) => tokens.slice(r.from, r.to).some((t, k) => tagged(t, 'Person') || tagged(t, 'Honorific') ||
  (HONORIFICS.has(t.normal) && isCapitalized(t) && r.from + k + 1 < r.to && isCapitalized(tokens[r.from + k + 1]) &&
    !PERSON_ROLES.has(tokens[r.from + k + 1].normal) && !TITLE_WORDS.has(tokens[r.from + k + 1].normal)))

/** Whether the only people a phrase names own its head: "Angela Merkel’s spokesperson", "the mayor’s aide Tom Reed" is not. */
function ownerOnly(tokens: Token[], r: TokenRange): boolean {
  let owner = -1
  for (let k = r.from; k < r.to - 1; k++) if (tagged(tokens[k], 'Possessive')) owner = k
  if (owner < 0) return false
  for (let k = owner + 1; k < r.to; k++) if (tagged(tokens[k], 'Person') || tagged(tokens[k], 'Honorific')) return false
  return true
}

/** Whether a verb governs the words before a phrase, with no "after" or "while" between: "There is | a certain pleasure". */
function clauseBefore(tokens: Token[], from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k]
    // ("… would be performed by other agencies or offices, said Mr Hale": "or" between two nouns joins a phrase)
    // (not "and": "for the Quillmore Water and Land Trust" may be all a name, and the tagger reads verbs into such names)
    if (t.normal === 'or' && k > from && isNounish(tokens[k - 1]) && !breaksAfter(tokens[k - 1])) continue
    if (tagged(t, 'Conjunction') || SUBORDINATORS.has(t.normal)) return false
    if ((tagged(t, 'Verb') || tagged(t, 'Copula')) && !tagged(t, 'Noun')) return true
  }
  return false
}

const SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'as', 'because', 'since', 'until', 'although', 'though', 'if', 'that', 'and', 'but', 'whereas'])

const COORDINATION = new Set(['and', 'then', 'but', 'before', 'after'])

/** Prepositions that take a gerund of the clause's subject: "by saying", "after warning", "without saying". */
const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'while', 'without', 'when', 'upon'])

/**
 * The subject of the first verb of a clause: "Okafor laughed and stammered, “I … I …”" → "Okafor";
 * "Later that month, Acme Corp applied for a review …, arguing …" → "Acme Corp".
 */
export function clauseSubject(tokens: Token[], floor: number, before: number): TokenRange | null {
  // the clause starts after any quote the sentence opens with: "“… we don’t even know.” Okafor laughed and stammered"
  // (not after quoted words inside it: "Hale called it “careless,” but said …")
  const opensWithQuote = /[“"«]|''/.test(tokenAt(tokens, floor)?.pre ?? '')
  for (let i = before - 1; i >= floor; i--) {
    const closes = /[.!?…](["”»]|'')/.test(tokens[i].post) || (opensWithQuote && /[”"»]|''/.test(tokens[i].post))
    if (closes) { floor = i + 1; break }
  }
  // "In towns with older voters, Ms Lee has warned …": a phrase of place or time before the subject
  floor = afterIntro(tokens, floor, before)
  // "He’s comparing the plans and says …": the verb inside a pronoun's contraction
  if (floor < before && /^(he|she|they|we|i|you)['’](s|re|ve|ll|d|m)$/.test(tokens[floor].normal)) return { from: floor, to: floor + 1 }
  for (let v = floor; v < before; v++) {
    const t = tokens[v]
    if (!tagged(t, 'Verb') || tagged(t, 'Gerund') || (tagged(t, 'Noun') && !tagged(t, 'Auxiliary'))) continue
    // "The Albury campaign on Monday doubled down": a word the lexicon knows for a noun is no verb
    if (GROUP_NOUNS.has(t.normal) || ORGANIZATION_NOUNS.has(t.normal) || PERSON_ROLES.has(t.normal)) continue
    const { j, negated } = skipBack(tokens, v - 1, floor)
    if (negated) return null
    // "Back in 1999, Mr Hale expressed …": a word the tagger took for a verb before the subject is passed over
    if (j < floor) continue
    // "Lee, 54, is more blunt: “…”": the subject before a chain of asides
    const np = /,/.test(tokens[j].post) ? appositiveSubject(tokens, j, floor) : phraseEndingAt(tokens, j + 1, floor)
    if (np && canSpeak(tokens, np)) return np
    if (v > floor + 2) return null
  }
  return null
}

/** Whether tokens [from, to) hold a verb of their own: the relative clause "that have endorsed him". */
function hasFiniteVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tagged(tokens[i], 'Verb') && !tagged(tokens[i], 'Gerund') && !tagged(tokens[i], 'Noun')) return true
  return false
}

/**
 * Where the clause starts after a phrase that opens a sentence and a comma: "In towns with older
 * voters, | Ms Lee …", "Starting the day in Hadley, | Mr Hale …", "Last month, | the council …".
 */
function afterIntro(tokens: Token[], floor: number, before: number): number {
  floor = afterDateline(tokens, floor, before)
  // "While the donor kept quiet about his backing, he …": a subordinate clause before the subject
  const main = afterOpeningClause(tokens, floor, before)
  if (main !== null) return main
  const first = tokens[floor]
  // ("Asked which county he liked best, he demurred: …": a participle's phrase too)
  const participle = tagged(first, 'Gerund') || (tagged(first, 'PastTense') && /ed$/.test(first?.normal ?? ''))
  if (!first || !(tagged(first, 'Preposition') || PREPOSITIONS.has(first.normal) || participle || tagged(first, 'Date'))) return floor
  for (let i = floor; i < before && i < floor + 25; i++) {
    if (!breaksAfter(tokens[i])) continue
    return /^,$/.test(tokens[i].post) ? i + 1 : floor
  }
  return floor
}

/**
 * Where a story starts after the dateline that opens it: "WASHINGTON, Dec. 8 (UPI) — | In response to …",
 * "HADLEY (AP) - | Ms Lee said …": a place in capitals, then words up to a dash.
 */
function afterDateline(tokens: Token[], floor: number, before: number): number {
  if (!/^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[floor]?.text ?? '')) return floor
  for (let i = floor; i < before - 1 && i < floor + 10; i++) {
    if (/\s[—–-]\s*$|^\s*[—–]\s*$/.test(tokens[i].post)) return i + 1
    if (/[!?;:]/.test(tokens[i].post)) return floor
  }
  return floor
}

/** The subject of the reporting verb at `cue`, searching no further back than `floor`; null when negated. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'am', 'been', 'be', "'s", '’s'])
/** Verbs of starting or going on before a gerund that is the subject's own act: "kept saying", "began arguing". */
const GOING_ON = new Set(['kept', 'keeps', 'keep', 'keeping', 'began', 'begins', 'begin', 'begun', 'started', 'starts', 'start', 'continued', 'continues', 'continue'])

export function subjectBefore(tokens: Token[], cue: number, floor: number): TokenRange | null {
  // "Ms Lee is telling a town hall that …", "she has been saying"
  let verb = cue
  // "He closed the speech by saying “…”", "She ended the talk after warning …": a gerund after a preposition hangs on
  // the clause's subject, not on the phrase before the preposition ("the speech by")
  if (/ing$/.test(tokens[cue].normal) && cue - 1 > floor && GERUND_PREPOSITIONS.has(tokens[cue - 1].normal)) return clauseSubject(tokens, floor, cue - 1)
  // "Mr Hale was quoted as saying …": the subject of the passive (quoted-as.ts)
  const quoted = quotedAsStart(tokens, cue, floor)
  if (quoted > floor) verb = quoted
  else if (/ing$/.test(tokens[cue].normal)) {
    let k = cue - 1
    while (k > floor && (tagged(tokens[k], 'Adverb') || SKIPPABLE.has(tokens[k].normal)) && !BE_FORMS.has(tokens[k].normal)) k--
    // "she kept saying that …", "Mr Hale began arguing …": the verb of going on carries the subject
    if (k >= floor && (BE_FORMS.has(tokens[k].normal) || GOING_ON.has(tokens[k].normal))) verb = k
  }
  let { j, aside, negated } = skipBack(tokens, verb - 1, floor)
  // "Ms Hale — the council's leader — said": the subject before an aside set off by dashes (dash-aside.ts)
  const dash = j >= floor && !negated ? dashAsideStart(tokens, j, floor) : -1
  const dashEnd = j
  if (dash >= 0) ({ j, aside, negated } = skipBack(tokens, dash, floor))
  // ("A former senator -- John McCain, who lost in 2008 -- said": the name the aside gives the description)
  const named = dash >= 0 && !negated && j >= floor ? nameOpeningAside(tokens, dash, dashEnd) : null
  if (named && !hasPerson(tokens, phraseEndingAt(tokens, j + 1, floor) ?? named)) return named
  if (j < floor || negated) return null
  // a second verb of the same subject: "she held it up and announced, “…”"
  if (COORDINATION.has(tokens[j].normal)) return clauseSubject(tokens, floor, j)
  if (!aside && /,/.test(tokens[j].post)) return appositiveSubject(tokens, j, floor)
  // "a European official who was part of the delegation to Washington said", "groups that have backed
  // him say" (a "that" after a noun opens a relative clause)
  for (let w = j; w >= floor && w > j - 15; w--) {
    if (breaksAfter(tokens[w]) && w !== j) break
    // ("the officials whose laws were struck down say"; in "Trump, whose attorneys argued" the verb is the clause's own)
    // ("a hacker who officials say is tied to …": the clause's subject stands between "who" and the verb)
    // ("the committee, which said rates were too high": the relative word right before the verb is its subject,
    // with or without the comma before a verb in the past: "fined by the regulator which said it had made errors";
    // not "asked Rubio which states he could win", a question's noun)
    // ("Ms Lee, who’s called for higher taxes, …": "who" with its auxiliary in one word)
    const relative = (/^(who|whose|who['’](s|ve|d))$/.test(tokens[w].normal) && (w === j || hasFiniteVerb(tokens, w + 1, j + 1))) || (/^(that|which)$/.test(tokens[w].normal) && w > floor && tagged(tokenAt(tokens, w - 1), 'Noun') &&
      !tagged(tokenAt(tokens, w - 1), 'Verb') && ((w === j && tokens[w].normal === 'which' && (/,/.test(tokens[w - 1].post) || tagged(tokenAt(tokens, j + 1), 'PastTense'))) || hasFiniteVerb(tokens, w + 1, j + 1)))
    if (relative && w > floor) {
      const np = phraseEndingAt(tokens, w, floor)
      // (with no comma, only a plain phrase that names a body or a person: "voted 6-1 for the resolution which said …"
      // has the resolution say it, no speaker)
      const bare = w === j && tokens[w].normal === 'which' && !/,/.test(tokens[w - 1].post)
      if (bare && (!np || tokens.slice(np.from, np.to).some((t) => tagged(t, 'Preposition')) || !namesSomeone(tokens, np))) break
      // "Sen. Dana Ruiz of Oregon, the ranking Democrat on the committee, who said …": the person the
      // description follows; a person after the description's head does not stop it ("Princess Elena, the eldest
      // daughter of former King Michael, who said …" is Elena's)
      if (np && !hasPerson(tokens, descriptionHead(tokens, np)) && /,/.test(tokens[w - 1].post) && np.from - 1 > floor && /,/.test(tokens[np.from - 1].post)) {
        const named = phraseEndingAt(tokens, np.from, floor)
        const first = named ? tokens.slice(named.from, named.to).findIndex((t) => tagged(t, 'Honorific') || tagged(t, 'Person')) : -1
        if (named && first >= 0) return { from: named.from + first, to: named.to }
      }
      // ("drew fire from Mr Hale, who said …", "criticism from the committee, which said …": the relative word is the
      // one at the end of the phrase, not the fire or the criticism)
      // (not "the ex-wife of Mr Hale, who said": a head that can speak is the one; nor "Friends of Mr Hale, who turns
      // 70, say": a relative clause of its own before the verb)
      if (np && w === j && /^(who|which|who['’](s|ve|d))$/.test(tokens[w].normal)) {
        let joint = np.to - 1
        while (joint > np.from && !/^(from|of|for|with|by)$/.test(tokens[joint].normal)) joint--
        const end = { from: joint + 1, to: np.to }
        const headSpeaks = () => namesSomeone(tokens, { from: np.from, to: joint }) || tagged(tokens[joint - 1], 'Actor')
        if (joint > np.from && end.from < end.to && !headSpeaks() && (/^who/.test(tokens[w].normal) ? hasPerson(tokens, end) : namesSomeone(tokens, end))) return end
      }
      if (np && canSpeak(tokens, np)) return np
      break
    }
  }
  // "Several people I have spoken with said": the people, not "I" (contact-clause.ts)
  const contact = contactSubject(tokens, j, floor)
  if (contact && canSpeak(tokens, contact)) return contact
  const found = coordinated(tokens, subjectEndingAt(tokens, j + 1, floor), floor)
  // "a shift Ms Hale said could cost jobs": the name says it, the thing before it is what the report is about
  const np = found && nameAfterThing(tokens, found, cue)
  // "… but in a later interview said he had …": a phrase after "and" or "but" is where, the subject is the first verb's
  if (np) {
    let b = np.from - 1
    while (b > floor && b > np.from - 5 && !breaksAfter(tokens[b]) && (tagged(tokens[b], 'Determiner') || tagged(tokens[b], 'Adjective') ||
      tagged(tokens[b], 'Adverb') || (tagged(tokens[b], 'PastTense') && /ed$/.test(tokens[b].normal)))) b--
    // ("But as Mr Hale noted, …": "as" opens a clause whose subject the phrase is)
    if (b - 1 >= floor && tagged(tokens[b], 'Preposition') && tokens[b].normal !== 'as' && COORDINATION.has(tokenAt(tokens, b - 1)?.normal ?? '')) return clauseSubject(tokens, floor, b - 1)
  }
  const described = np ? afterDescribingGerund(tokens, np, floor) : null
  if (described) return described
  const exemplified = np ? headBeforeExamples(tokens, np, floor) : null
  if (exemplified) return exemplified
  return np && canSpeak(tokens, np) ? np : null
}

/**
 * The group whose examples end right before the verb: "Campaign groups including Greenleaf, the Hadley Trust and Fair
 * Share said …" and "Charities such as Greenleaf said …" are the groups', not the last one named (not "Tom Hale, Ann
 * Reyes and Fair Share said", with no group before the names, nor "a report including Fair Share's figures").
 */
function headBeforeExamples(tokens: Token[], np: TokenRange, floor: number): TokenRange | null {
  // (the last example goes on from the list, no comma before it: "…, including the Hadley Trust, he said" is his)
  if (/,/.test(tokenAt(tokens, np.from - 1)?.post ?? '') || tagged(tokens[np.from], 'Pronoun')) return null
  for (let k = np.from - 1; k > floor && k >= np.from - 25; k--) {
    const t = tokens[k]
    if (/[;:—–()]/.test(t.post)) return null
    const such = t.normal === 'as' && tokenAt(tokens, k - 1)?.normal === 'such'
    if (t.normal === 'including' || such) {
      const at = such ? k - 1 : k
      if (breaksAfter(tokens[at - 1])) return null
      const head = phraseEndingAt(tokens, at, floor)
      const last = head ? tokens[head.to - 1] : undefined
      // (a plural with a capital only where the sentence opens: "Charities such as …", not "the Harriers including …")
      const opening = !!last && tokenAt(tokens, head!.to - 2)?.sentence !== last.sentence
      const many = !!last && (GROUP_NOUNS.has(last.normal) || (tagged(last, 'Plural') && !tagged(last, 'Person') && (!isCapitalized(last) || opening)))
      return head && many ? head : null
    }
    const listWord = isCapitalized(t) || tagged(t, 'Determiner') || /^(and|of|for|on|&)$/.test(t.normal)
    if (!listWord) return null
  }
  return null
}

/**
 * The people a gerund and its place or object describe, with them: "Officials speaking in Geneva said", "Researchers
 * writing in the journal Science said", "Parents waiting outside the school said", "A man claiming to be the gunman
 * said", "Lawmakers backing the bill argued" (not "Geneva", "the school", "the gunman" or "the bill"; the tagger ends
 * the phrase at the gerund, or reads it as a noun).
 * Only people before the gerund ("Officials"), never a thing ("Prices rising in May said" has no subject).
 */
function afterDescribingGerund(tokens: Token[], np: TokenRange, floor: number): TokenRange | null {
  for (let g = np.from - 1; g > floor && g >= np.from - 6; g--) {
    const gerund = tokens[g]
    if (!/^\p{Ll}+ing$/u.test(gerund.text)) continue
    const between = tokens.slice(g + 1, np.from)
    // ("State lawmakers backing the bill argued": the gerund's object right after it, "the bill")
    const object = g === np.from - 1 && tagged(tokens[np.from], 'Determiner') && !tagged(tokens[np.from], 'Possessive')
    const linking = object || between.some((t) => tagged(t, 'Preposition') || PREPOSITIONS.has(t.normal) || t.normal === 'to')
    const plain = between.every((t) => !/[,;:—–]/.test(t.post) && (tagged(t, 'Preposition') || PREPOSITIONS.has(t.normal) || tagged(t, 'Determiner') ||
      tagged(t, 'Adjective') || (tagged(t, 'Noun') && !tagged(t, 'Pronoun')) || /^(to|be)$/.test(t.normal)))
    if (!linking || !plain || breaksAfter(gerund) || breaksAfter(tokens[g - 1])) return null
    const head = phraseEndingAt(tokens, g, floor)
    // ("Prime minister Tom Okafor speaking to a think tank called …", "Sen. Jane Albury speaking at a rally said": a
    // person's name is who speaks, and the gerund only where; the name alone, as any other name)
    // (a name the tagger does not know is a person's after a role: "Greek prime minister Kyriakos Mitsotakis")
    const last = tokens[g - 1]
    const unknown = isCapitalized(last) && tagged(last, 'ProperNoun') && !['Place', 'Organization', 'Date'].some((tag) => tagged(last, tag))
    const afterRole = (r: TokenRange) => tokens.slice(r.from, g).some((t) => PERSON_ROLES.has(t.normal))
    if (head && (tagged(last, 'Person') ? namesPerson(tokens, head) : unknown && (head.to - head.from === 1 || afterRole(head)))) return head
    if (!head || !tokens.slice(head.from, head.to).some((t) => tagged(t, 'Actor') || PERSON_ROLES.has(t.normal) || GROUP_NOUNS.has(t.normal))) return null
    return { from: head.from, to: np.to }
  }
  return null
}

/**
 * The speaker after an inverted reporting verb: "…,” said Mr Zelenskiy." Never after a verb whose object is the
 * listener or the one described: in "telling CNBC: “…”" and "urging staff with a message: “…”" those are not speakers.
 */
export function speakerAfter(tokens: Token[], from: number, ceil: number): TokenRange | null {
  if (from >= ceil) return null
  const verb = tokenAt(tokens, from - 1)?.normal ?? ''
  const lemma = cueLemma(verb) ?? ''
  // "“Stay inside,” warned Ms Lee" names the speaker after the verb; "told reporters" the listener
  // and a participle never stands before its speaker: "…, adding nothing" names nobody
  if ((LISTENER_VERBS.has(lemma) && OBJECT_FIRST.has(lemma)) || isParticiple(verb) || FRAME_ONLY.has(lemma)) return null
  // ("…, say those behind the talks.", "…, said those close to the minister": people the words after "those" tie to someone)
  const people = thoseTiedTo(tokens, from, ceil)
  let np = people ?? phraseStartingAt(tokens, from, ceil)
  // no verb can follow an inverted "said": "said lead author Dr. Jane Albury" has "lead" as a noun
  if (!np && tagged(tokens[from], 'Verb') && !tagged(tokens[from], 'PastTense')) {
    const rest = phraseStartingAt(tokens, from + 1, ceil)
    np = rest ? { from, to: rest.to } : null
  }
  // ("said Swedish trades union official Ulf Carlsson.": a word read as a verb inside a phrase that ends in a name)
  if (np && np.to < ceil && tagged(tokens[np.to], 'PresentTense') && !breaksAfter(tokens[np.to - 1]) && !breaksAfter(tokens[np.to])) {
    const rest = phraseStartingAt(tokens, np.to + 1, ceil)
    if (rest && hasPerson(tokens, rest) && (rest.to === ceil || breaksAfter(tokens[rest.to - 1]))) np = { from: np.from, to: rest.to }
  }
  if (!np || (!people && !canSpeak(tokens, np))) return null
  np = withPartnerAfter(tokens, np, ceil)
  // "said the US would …": a phrase followed by a verb is the start of a clause, not a speaker
  const next = tokenAt(tokens, np.to)
  // (a participle after it describes the speaker: "tweeted a user going by the handle Pulvermann")
  // or with its agent: "said one analyst quoted by a news agency")
  if (next && np.to < ceil && !breaksAfter(tokens[np.to - 1]) && tagged(next, 'Verb') && !tagged(next, 'Gerund') && !isNounish(next) &&
    !describesSpeakerByParticiple(tokens, np.to, ceil)) return null
  // "says Okafor’s partner, Jane Albury.": a description, then the name that says who it is
  if (np.to < ceil && /^,$/.test(tokens[np.to - 1].post) && !nameInPhrase(tokens, np)) {
    const name = phraseStartingAt(tokens, np.to, ceil)
    const named = name ? nameInPhrase(tokens, name) : null
    if (name && named && named.from === name.from && (name.to === ceil || breaksAfter(tokens[name.to - 1]))) return name
  }
  return np
}

/**
 * "“We waited,” said Ms Lee and Mr Park.": two people named by name after the verb, joined by "and", speak together
 * (before the verb coordinated() joins them); not "said Ms Lee and the council" nor "said Ms Lee and Mr Park agreed",
 * where a verb follows the second.
 */
function withPartnerAfter(tokens: Token[], np: TokenRange, ceil: number): TokenRange {
  if (tokenAt(tokens, np.to)?.normal !== 'and' || np.to + 1 >= ceil || breaksAfter(tokens[np.to - 1]) || !namesPersonByName(tokens, np)) return np
  const partner = phraseStartingAt(tokens, np.to + 1, ceil)
  if (!partner || !namesPersonByName(tokens, partner) || (partner.to < ceil && !breaksAfter(tokens[partner.to - 1]))) return np
  return { from: np.from, to: partner.to }
}

/** Pronouns only a subject can be: "she called for" is a clause, never a phrase a participle describes. */
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i'])
/** Words tagged as prepositions that also open a clause with a subject of its own: "as she called for …". */

/** Words that open a clause and never a phrase of their own: "as critics called for …", "while voters called on …". */
const CONJUNCTIONS_ONLY = new Set(['as', 'while', 'when', 'because', 'though', 'although', 'whereas'])

/**
 * A frame verb's past form right after the object of another word describes that object, it reports nothing:
 * "withdrew an app called “Tallybook”", "an example of the cliché mocked in the advert".
 */
export function reducedRelative(tokens: Token[], subject: TokenRange, cue: number): boolean {
  const before = tokenAt(tokens, subject.from - 1)
  if (!before || before.sentence !== tokens[cue].sentence || breaksAfter(before)) return false
  if (!FRAME_ONLY.has(cueLemma(tokens[cue].normal) ?? '') || !/ed$/.test(tokens[cue].normal)) return false
  // ("left the hall as she called for his dismissal": a pronoun in the subject's case after "as" or "after" is the
  // subject of a clause of its own; only a noun's phrase can be what a participle describes)
  // (not "in which he called …" or "what he called …": a relative word there, and the clause it opens is the object)
  if (subject.to - subject.from === 1 && NOMINATIVE.has(tokens[subject.from].normal) && CLAUSE_OPENERS.has(before.normal)) return false
  // ("stood firm even as critics called for his dismissal": after a word that only opens clauses, a noun's phrase is a
  // subject too when what the verb asks for follows it; not "a meeting called for Monday")
  const next = tokenAt(tokens, cue + 1), object = tokenAt(tokens, cue + 2)
  if (CONJUNCTIONS_ONLY.has(before.normal) && /^(for|on|upon)$/.test(next?.normal ?? '') && !breaksAfter(next!) && !!object && !tagged(object, 'Date')) return false
  // ("He hit back after Mrs. Lee accused him of sexism": a person named after such a word is the clause's subject;
  // a participle describes things, "after an app called Tallybook")
  if (CLAUSE_OPENERS.has(before.normal) && tokens.slice(subject.from, subject.to).some((t) => tagged(t, 'Honorific') || (tagged(t, 'Person') && isCapitalized(t)))) return false
  return tagged(before, 'Preposition') || (tagged(before, 'Verb') && !tagged(before, 'Auxiliary') && !tagged(before, 'Copula'))
}

/**
 * A phrase after a quote that goes on over an adjective tying the person to someone: "…,” a source close to the
 * mayor said" (the tagger may have taken the adjective into the phrase: "a guard present | during the attack").
 */
export function overRelatingAdjective(tokens: Token[], np: TokenRange, ceil: number): TokenRange {
  const j = np.to
  const adjective = RELATING_ADJECTIVES.has(tokenAt(tokens, j)?.normal ?? '') ? j : RELATING_ADJECTIVES.has(tokenAt(tokens, j - 1)?.normal ?? '') && j - 1 > np.from ? j - 1 : -1
  if (adjective < 0 || adjective + 1 >= ceil || breaksAfter(tokens[adjective])) return np
  if (!tagged(tokenAt(tokens, adjective + 1), 'Preposition') && tokenAt(tokens, adjective + 1)?.normal !== 'to') return np
  const object = phraseStartingAt(tokens, adjective + 2, ceil)
  return object ? { from: np.from, to: object.to } : np
}
