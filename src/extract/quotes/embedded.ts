// Quoted words inside a sentence that no reporting verb introduces: the sentence's subject used them, and the
// quote is the rest of its clause.
//
//   Ms Lee implied the inspector was careless and “hostile” to tenants.  → "the inspector was careless and “hostile” to tenants"
//   The mayor opposes “across-the-board pay freezes” for nurses.        → "“across-the-board pay freezes” for nurses"
//   He became "painfully aware" of the risks.                            → "“painfully aware” of the risks"
//
// Quoted words that name something rather than say it stay out: "the so-called “doorstep” scam", "her
// “dream kitchen”", a programme's title, a list of words ("“synergy,” “pivot” and “vibe”").
import { breaksAfter, namesPerson, namesSomeone, opensNextVerbPhrase, phraseStartingAt, PREPOSITIONS, tagged } from '../phrases'
import { opensSentence, sentenceOf, wordCount, type QuoteCandidate, type QuoteContext } from './context'
import type { QuoteMarkSpan } from './marks'
import { tokenAt } from '../../nlp/parse'
import { clauseSubject, cueAt } from './speaker-phrase'
import { titleCased } from './quoted-titles'
import { cueLemma, RESEARCH_VERBS } from '../lexicon/cue-verbs'
import { nearerClause } from './nearer-clause'
import { inThatClause } from './that-clause'
import { characterizedAs } from './as-characterization'

/** Words written before a quote that make it a name or a label inside a noun phrase. */
const NAMING_WORDS = new Set(['so-called', 'called', 'named', 'titled', 'entitled', 'dubbed', 'word', 'term', 'phrase', 'slogan', 'hashtag', 'label', 'nickname', 'name',
  // ("the filings use the description “consulting fees”")
  'description', 'designation', 'heading', 'caption', 'motto', 'moniker', 'buzzword', 'catchphrase'])

/** Words that open a clause of their own between a subject and quoted words: "…, as Sean had made “handpaws”". */
const OTHER_CLAUSE = new Set(['because', 'while', 'when', 'although', 'though', 'unless', 'whereas'])

/** ", as Sean had made …": "as" after a comma with a subject of its own opens a clause (not "described it as …"). */
const asClause = (tokens: QuoteContext['tokens'], k: number) => tokens[k].normal === 'as' && /,/.test(tokenAt(tokens, k - 1)?.post ?? '') &&
  tagged(tokenAt(tokens, k + 1), 'Person')

/**
 * A clause of someone else's between the subject and the quoted words: a subordinator and a subject that is no
 * pronoun ("… when the council called it “a farce”"; not "… although she made it clear she has “concerns”").
 */
const otherSubject = (tokens: QuoteContext['tokens'], k: number) => OTHER_CLAUSE.has(tokens[k].normal) &&
  !tagged(tokenAt(tokens, k + 1), 'Pronoun') && !/^(he|she|they|it|we|i|you)$/.test(tokenAt(tokens, k + 1)?.normal ?? '')

/** Two quotes side by side with only a comma or "and" between them: a list of words or names. */
export function inList(ctx: QuoteContext, m: QuoteMarkSpan, i: number): boolean {
  const gap = (a: QuoteMarkSpan, b: QuoteMarkSpan) => /^\s*(,|or|and|,\s*(and|or))\s*$/.test(ctx.text.slice(a.end, b.start))
  const prev = ctx.marks[i - 1], next = ctx.marks[i + 1]
  return (!!prev && gap(prev, m)) || (!!next && gap(m, next))
}

/** Whether a verb of saying stands a few words before token b, with nothing but its object's words between. */
function objectOfSaying(tokens: QuoteContext['tokens'], b: number): boolean {
  for (let k = b; k >= 0 && k > b - 6; k--) {
    const t = tokens[k]
    if (k < b && breaksAfter(t)) return false
    // ("showed him her “dream kitchen”": a verb that reports only for a study says nothing here)
    if (cueAt(tokens, k) && tagged(t, 'Verb')) return !RESEARCH_VERBS.has(cueLemma(t.normal) ?? '')
    if (!(tagged(t, 'Determiner') || tagged(t, 'Adjective') || tagged(t, 'Possessive') || tagged(t, 'Preposition') || tagged(t, 'Noun') || tagged(t, 'Adverb'))) return false
  }
  return false
}

/** Whether quoted words stand for a thing's name inside a noun phrase rather than for something said. */
export function names(ctx: QuoteContext, m: QuoteMarkSpan, inner: string, words: number): boolean {
  const { tokens } = ctx
  if (titleCased(inner)) return true
  const before = tokenAt(tokens, ctx.tokenBefore(m.start))
  const last = ctx.tokenBefore(m.end)
  const after = tokenAt(tokens, last + 1)
  if (before && NAMING_WORDS.has(before.normal)) return true
  // "known as “Phase 4”", "referred to as “our little miracle”": a name given, by nobody the sentence names
  const b = ctx.tokenBefore(m.start)
  if (before?.normal === 'as' && (/^(known|billed|touted)$/.test(tokenAt(tokens, b - 1)?.normal ?? '') || (tokenAt(tokens, b - 1)?.normal === 'to' && /^referred$/.test(tokenAt(tokens, b - 2)?.normal ?? '')))) return true
  // one capitalised word after a noun or a preposition: "the letter “C”", "the rights to “Harbour”", "on “Today”"
  if (words === 1 && /^\p{Lu}/u.test(inner) && !!before && (tagged(before, 'Noun') || tagged(before, 'Preposition') || PREPOSITIONS.has(before.normal))) return true
  if (words >= 4 || /[.!?…]\s*$/.test(inner)) return false
  // "he also noted the “needless, painful delays”", "Ms Lee decried the issue of “rising rents”": the object
  // of a verb of saying is what was said
  if (objectOfSaying(tokens, b)) return false
  // "the “doorstep” scam", "her “dream kitchen”", "in “service continuity” payments": short words inside a noun phrase
  const afterDeterminer = !!before && (tagged(before, 'Determiner') || tagged(before, 'Possessive') || tagged(before, 'Adjective'))
  const beforeNoun = !!after && after.sentence === tokens[last].sentence && !/[,;:.!?()]/.test(tokens[last].post) &&
    tagged(after, 'Noun') && !tagged(after, 'Pronoun') && !tagged(after, 'Verb')
  return afterDeterminer || beforeNoun
}

/**
 * Whether the subject's own verb, before the quoted words, is passive: then the subject is who was told or called
 * something, not who spoke, and the words are someone's the sentence does not name ("Residents were told the water
 * was “safe to drink”", "Dr Hale has been called a charlatan by rivals for his “quack” cures"). Not a form of
 * "be" before an adjective or the quote itself ("He was “furious”"), nor a verb of saying before "to" (in "Mr Hale is
 * reported to have called them “free riders”" he did the calling; in "they are portrayed as “heroes”" they did not).
 */
function passiveVerb(tokens: QuoteContext['tokens'], from: number, first: number): boolean {
  let k = from
  while (k < first && (tagged(tokens[k], 'Adverb') || tagged(tokens[k], 'Auxiliary') || tagged(tokens[k], 'Copula') || tagged(tokens[k], 'Modal'))) {
    if (tagged(tokens[k], 'Copula') || /^(be|been|being|get|got|gets|getting)$/.test(tokens[k].normal)) {
      let j = k + 1
      while (j < first && tagged(tokens[j], 'Adverb')) j++
      const participle = tokens[j]
      if (j < first && tagged(participle, 'Verb') && (tagged(participle, 'Passive') || tagged(participle, 'Participle') || tagged(participle, 'PastTense')) &&
        !tagged(participle, 'Adjective')) return !reportedAsSpeaker(tokens, j)
    }
    k++
  }
  return false
}

/** "is reported to have called", "is said to have", "was quoted as saying": the passive subject is the speaker. */
function reportedAsSpeaker(tokens: QuoteContext['tokens'], participle: number): boolean {
  const next = tokenAt(tokens, participle + 1)?.normal ?? ''
  return !!cueLemma(tokens[participle].normal) && (next === 'to' || (next === 'as' && tokens[participle].normal === 'quoted'))
}

/**
 * The token after the end of the clause that quoted words stand in: the sentence's end, a semicolon, a colon or a
 * dash, another quote, a comma after the quote, or "and" that hands the subject to its next verb.
 */
export function clauseEnd(ctx: QuoteContext, m: QuoteMarkSpan, first: number, sentence: { endToken: number }): number {
  const { tokens } = ctx
  let to = ctx.tokenBefore(m.end) + 1
  while (to < sentence.endToken && !/[;:]|\s[–—]/.test(tokenAt(tokens, to - 1)?.post ?? '') && !ctx.markAt(tokens[to].start)) {
    if (/,/.test(tokenAt(tokens, to - 1)?.post ?? '') && to > first) break
    if (opensNextVerbPhrase(tokens, to)) break
    to++
  }
  return to
}

/** The quote its clause makes of quoted words no verb introduces, spoken by the clause's subject; or null. */
export function embeddedCandidate(ctx: QuoteContext, m: QuoteMarkSpan, i: number): QuoteCandidate | null {
  if (opensSentence(ctx, m) || m.continuesPrevious) return null
  const { tokens } = ctx
  const inner = ctx.text.slice(m.innerStart, m.innerEnd)
  const words = wordCount(inner)
  if (words === 0 || inList(ctx, m, i)) return null
  const first = ctx.tokenFrom(m.start)
  if (first >= tokens.length) return null
  const sentence = sentenceOf(ctx, first)
  // ("The panel concluded that “secret” files were kept": a clause of claiming makes them words, not a name)
  // ("Ms Lee pounded the mayor as a “con artist”": what a verb's subject made of someone, when a person is that subject)
  const label = names(ctx, m, inner, words)
  const thatClause = label && !titleCased(inner) && inThatClause(tokens, first, ctx.tokenBefore(m.end), sentence.firstToken, sentence.endToken)
  const characterized = label && !thatClause && !titleCased(inner) && characterizedAs(tokens, first, sentence.firstToken)
  if (label && !thatClause && !characterized) return null
  let subject = clauseSubject(tokens, sentence.firstToken, first)
  if (!subject) return null
  // quoted words in a clause of their own after the subject's are that clause's subject's: "…, as Sean had made
  // “handpaws”", "… when Mr Hale assailed the judge for his “heritage”"; after a semicolon, no one's here
  for (let k = subject.to; k < first; k++) {
    if (/;/.test(tokens[k].post)) return null
    if (!otherSubject(tokens, k) && !asClause(tokens, k)) continue
    // (a clause whose subject names no one goes on with the sentence's: "… because while most applicants must …, the
    // plan “…”" is still the subject's reasoning)
    const own = phraseStartingAt(tokens, k + 1, first)
    if (!own || !namesSomeone(tokens, own)) continue
    subject = own
    k = own.to - 1
  }
  // ("The scale of their business was evident": the head before "of" is who would speak, and a scale says nothing)
  const of = tokens.slice(subject.from, subject.to).findIndex((t) => t.normal === 'of')
  const head = of > 0 ? { from: subject.from, to: subject.from + of } : subject
  if (!namesSomeone(tokens, head)) return null
  const passive = passiveVerb(tokens, subject.to, first)
  // the clause begins after the subject's verb and the words that go with it
  let verb = subject.to
  while (verb < first && !(tagged(tokens[verb], 'Verb') || tagged(tokens[verb], 'Copula'))) verb++
  while (verb + 1 < first && (tagged(tokenAt(tokens, verb + 1), 'Verb') || tagged(tokenAt(tokens, verb + 1), 'Adverb')) && !tagged(tokenAt(tokens, verb + 1), 'Gerund')) verb++
  let from = verb + 1
  if (from > first) return null
  // ("Hale backed the plan, although she made it clear she has “doubts”": the nearest clause that holds them)
  const nearer = passive ? null : nearerClause(tokens, from, first, sentence.firstToken)
  // (a clause whose own subject is a thing says nothing for the sentence's subject)
  if (nearer?.thing) return null
  if (characterized && !namesPerson(tokens, nearer?.subject ?? subject)) return null
  if (nearer) {
    verb = nearer.verb
    from = nearer.from
    if (nearer.subject) subject = nearer.subject
  }
  const to = clauseEnd(ctx, m, first, sentence)
  const start = Math.min(tokens[from].start, m.start)
  const end = Math.max(m.end, tokens[to - 1].end)
  return {
    type: 'mixed', start, end, cue: { from: verb, to: verb + 1 }, speaker: passive ? { kind: 'none' } : { kind: 'mention', range: subject },
    showMention: !passive, found: 'quoted-words', linked: passive ? 'passive-subject' : nearer?.subject ? 'nearer-clause-subject' : 'sentence-subject',
  }
}
