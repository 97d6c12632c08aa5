// Documents and pieces speak for whoever wrote them: "a statement from the ministry said" → the ministry,
// "Foster’s book" → Foster, "a review in the Hadley Gazette" → the Gazette; "a poll found" → nobody but the poll.
import { DOCUMENT_NOUNS, MEASURE_NOUNS, ORGANIZATION_NOUNS, RECORD_NOUNS } from '../lexicon/roles'
import { isCapitalized, namesSomeone, phraseStartingAt, tagged, type TokenRange } from '../phrases'
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { isCommonWord } from '../../nlp/compromise'
import { nameKey, type Entity } from './entities'
import { nameInPhrase } from './names'
import { outletAfter } from './outlets'
import { kindFits } from './description-fits'
import type { SpeakerResolver } from './resolve'
import { nearestBody, salient } from './salience'

/**
 * Who wrote a document: the name it belongs to ("Foster’s book"), the author after it ("a statement from the
 * ministry", "a report by the Hadley Institute"), the one "its" or "his" means; for a statement or
 * a post with no author named, the person or body before it; for a poll or a report, nobody (it speaks itself).
 */
export function authorOf(s: SpeakerResolver, r: TokenRange, from: number, headAt: number, determiner: string, start: number, sentence: number): Entity | null {
  const { tokens } = s.c
  for (let i = from; i < r.to; i++) {
    if (!tagged(tokens[i], 'Possessive') || !isCapitalized(tokens[i])) continue
    const name = nameInPhrase(tokens, { from: r.from, to: i + 1 })
    if (name) return s.addName({ ...name, kind: 'person' }, false)
  }
  // "the court's summary", "the ministry's statement": whoever the description before the possessive is
  // (not "the firm's own data": a determiner-led phrase of one word is needed, as "the court's")
  const owner = tokens.slice(from, headAt).findIndex((t) => tagged(t, 'Possessive') && !isCapitalized(t) && !tagged(t, 'Pronoun'))
  if (owner >= 0 && from > r.from) {
    const described = s.resolve({ from: r.from, to: from + owner + 1 }).entity
    if (described && described.kind !== 'anonymous') return described
  }
  const by = tokens.slice(headAt + 1, r.to).findIndex((t) => /^(from|by|of)$/.test(t.normal))
  // "a poll from Hadley University broadcast on Channel 9": the author is the phrase after "from"
  const author = by >= 0 ? phraseStartingAt(tokens, headAt + 2 + by, r.to) : null
  // ("the opinion of the Court": after "of" someone named, for a writing; "a poll of 400 voters" measured them)
  const ofAuthor = () => !!author && !MEASURE_NOUNS.has(nameKey(tokens[headAt].text)) && namesSomeone(tokens, author)
  if (author && (tokens[headAt + 1 + by].normal !== 'of' || ofAuthor())) return s.resolve(author).entity
  // "an AEW press release", "a Hadley Council statement": the name that opens the phrase is whose it is
  // ("the official Northwind statement", "a new WHO report": words that describe the writing come first)
  let lead = from
  while (lead < headAt && !isCapitalized(tokens[lead]) && (tagged(tokens[lead], 'Adjective') || QUALIFIERS.has(tokens[lead].normal))) lead++
  from = lead
  let run = from
  // ("a Club for Growth ad", "a Department of Transportation sign": small words inside the body's name go on with it)
  const inName = (k: number) => /^(of|for|on|and)$/.test(tokens[k].normal) && k > from && k + 1 < headAt && isCapitalized(tokens[k + 1])
  while (run < headAt && (isCapitalized(tokens[run]) || inName(run)) && !tagged(tokens[run], 'Determiner') && !tagged(tokens[run], 'Pronoun')) run++
  // (not "The U.S. Geological Survey", a body's name whose last word is a document's)
  // (with no article before it, only a proper name: "Hadley Council data shows …" is the council's, "Official figures
  // show …" opening a sentence no one's)
  // (right before the writing's word, so that "Hadley establishment figures" stay people; no person's possessive,
  // "Ann Reyes's letter", nor a party's adjective)
  const properName = run === headAt && tokens.slice(from, run).every((t) => (tagged(t, 'ProperNoun') || tagged(t, 'Organization') || tagged(t, 'Acronym')) &&
    !tagged(t, 'Possessive') && !tagged(t, 'Adjective') && !tagged(t, 'Person'))
  if (run > from && (from > r.from || properName) && !isCapitalized(tokens[headAt])) {
    const name = nameInPhrase(tokens, { from, to: run })
    if (name?.kind === 'person') return s.addName(name, false)
    const named = s.c.text.slice(tokens[from].start, tokens[run - 1].end)
    // (keyed word by word, as the body named before is: "A Hadley Council statement" after "the Hadley Council")
    const key = tokens.slice(from, run).map((t) => nameKey(t.text)).filter(Boolean).join(' ')
    return s.organization(key, named)
  }
  // "A company statement said", "the government statement", "a police report": a word for a body before the writing
  // says whose it is, the body of that kind the article names, never the person named last
  // ("Northwind Inc. lent the money. A company statement said …": the company named before)
  // (only right after the article, and not for records, which speak for themselves: "court documents show",
  // "the 50-state poll")
  // (a campaign's writings speak for its candidate, whom the fallback below finds: "A campaign TV ad accuses …")
  const body = tokens.slice(from, headAt).findIndex((t) => !isCapitalized(t) && ORGANIZATION_NOUNS.has(t.normal) && t.normal !== 'campaign')
  if (body === 0 && from > r.from && !isRecord(nameKey(tokens[headAt].text))) {
    const word = tokens[from + body].normal
    const named = nearestBody(s.registry, start, (e) => e.kind === 'organization' &&
      (e.words.some((w) => w.split(' ').includes(word)) || (FIRMS.has(word) && kindFits(word, e))))
    // (none named: the writing speaks for itself, as a record does)
    return named ?? null
  }
  if (determiner === 'its' || determiner === 'their') return nearestBody(s.registry, start, () => true)
  // "her statement": the woman named before, as "she" would be
  if (determiner === 'his' || determiner === 'her') {
    const wanted = determiner === 'his' ? 'm' : 'f'
    const author = salient(s.registry, start, sentence, (e) => e.kind === 'person' && (!e.gender || e.gender === wanted))
    if (author) s.genderCues.pronoun(author, s.c.text, start, determiner)
    return author
  }
  if (isRecord(nameKey(tokens[headAt].text))) return null
  return salient(s.registry, start, sentence, (e) => e.kind === 'person' || e.kind === 'organization')
}

/** The outlet a piece appeared in: "a review in the Hadley Gazette" → the Hadley Gazette. */
export function outletOf(s: SpeakerResolver, r: TokenRange, placedAt: number): Entity | null {
  const { tokens, text } = s.c
  const outlet = outletAfter(tokens, placedAt, r.to)
  if (!outlet) return null
  const named = text.slice(tokens[outlet.from].start, tokens[outlet.to - 1].end).replace(/[’']s$/, '')
  const key = tokens.slice(outlet.from, outlet.to).map((w) => nameKey(w.text)).filter(Boolean).join(' ')
  const the = tokens[outlet.from - 1].normal === 'the' ? 'the ' : ''
  // ("The Hadley Gazette ran it first. An article in the Gazette said …": the outlet named in full before)
  const fuller = outlet.to - outlet.from === 1 ? nearestBody(s.registry, tokens[r.from].start, (e) => e.words.some((w) => w.split(' ').at(-1) === key)) : null
  return s.registry.findByKey(key, 'organization') ?? fuller ?? s.organization(key, the + named)
}

/** Words that say what kind of writing it is, which the tagger may read as nouns: "the official statement". */
const QUALIFIERS = new Set(['official', 'joint', 'draft', 'final', 'annual', 'internal', 'leaked'])

/** Words for a firm, which any business the article named before may be: "a company statement". */
const FIRMS = new Set(['company', 'firm', 'corporation', 'business'])

/**
 * Writings the lexicon does not list, which speak for their author: "Axelrod’s memoir", "Greenberg’s research",
 * "according to Northwind’s schedule".
 */
const MORE_WRITINGS = new Set(['memoir', 'memoirs', 'autobiography', 'diary', 'research', 'calculations', 'schedule', 'timetable'])
/** Of those, the ones that speak for themselves when no author is named, as a study does: "new research shows …". */
const MORE_RECORDS = new Set(['research', 'calculations', 'schedule', 'timetable'])

/** Whether a head word is a document, which speaks for whoever wrote it. */
export function isDocument(word: string): boolean {
  return DOCUMENT_NOUNS.has(word) || MORE_WRITINGS.has(word)
}

/**
 * Whether a phrase is a writing's word alone, capitalised only because it opens the sentence: "Research conducted by
 * the charity shows …", "Research shows …" name no one called Research (not "Ms Research", nor "Research" inside a
 * sentence, a name there).
 */
export function writingOpensSentence(tokens: Token[], r: TokenRange): boolean {
  const t = tokens[r.from], before = tokenAt(tokens, r.from - 1)
  return r.to - r.from === 1 && (!before || before.sentence !== t.sentence) && /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    isDocument(t.normal) && isCommonWord(t.normal)
}

/**
 * Whether a writing of the same word was brought in with "a", "an" or "another" between token `at` (the one whose
 * author was named) and token `to`: then "the email" is that newer one ("an email sent out by Hale … the campaign
 * sent out another email … the email said"; also as a modifier: "an email appeal"). Only in the word's own sentence.
 */
export function anotherWritingSince(tokens: Token[], word: string, at: number, to: number): boolean {
  for (let k = at + 1; k < to; k++) {
    if (nameKey(tokens[k].text) !== word) continue
    for (let b = k - 1; b >= k - 3 && b > at; b--) {
      if (tokens[b].sentence !== tokens[k].sentence) break
      if (/^(a|an|another)$/.test(tokens[b].normal)) return true
      if (!(tagged(tokens[b], 'Adjective') || tagged(tokens[b], 'Noun'))) break
    }
  }
  return false
}

/** Whether a document speaks for itself when no author is named ("a poll found", "the research shows"). */
export function isRecord(word: string): boolean {
  return RECORD_NOUNS.has(word) || MORE_RECORDS.has(word)
}
