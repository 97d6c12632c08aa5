// Direct quotes: quote marks with the speaker named right next to them.
//
//   "…,” Mr Zelenskiy said.                       trailing, subject first
//   "…,” says the cheerful landlord.              trailing, inverted
//   Mr Merz told reporters: “…”                   leading, the verb before a colon or comma
//   Later, on Truth Social, he wrote: “…”         leading, over a prepositional phrase
//   … the official said:\n\n“…”                   leading, from the paragraph before
//   “…” – Volodymyr Zelenskiy                     a dash and a name
import type { TokenRange } from '../phrases'
import { breaksAfter, canSpeak, endsAttribution, hasVerb, isCapitalized, isNounish, namesATitle, namesPerson, namesSomeone, phraseEndingAt, phraseStartingAt, startsClause, tagged } from '../phrases'
import type { QuoteMarkSpan } from './marks'
import type { QuoteCandidate, QuoteContext } from './context'
import { sentenceOf } from './context'
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { cueLemma, FRAME_ONLY, isParticiple, LISTENER_VERBS, PARTICIPLE_ADVERBS } from '../lexicon/cue-verbs'
import { clauseSubject, cueAt, overRelatingAdjective, reducedRelative, speakerAfter, subjectBefore } from './speaker-phrase'
import { titleAfterWord, titleCased } from './quoted-titles'
import { nameInPhrase } from '../speakers/names'
import { PERSON_ROLES } from '../lexicon/roles'
import { governingSubject, toInfinitive } from './infinitive-report'
import { describesSpeakerByParticiple } from './agent-participle'
import { quotedAsSaying } from './quoted-as'


export interface Attribution {
  cue: TokenRange | null
  mention: TokenRange
  rule: string
}

const SKIP_BETWEEN = new Set(['also', 'has', 'had', 'then', 'later', 'once', 'again', 'simply', 'just', 'quickly', 'recently'])

/** `…,” he said` / `…,” said Mr X` / `…” – X`. */
export function trailingAttribution(ctx: QuoteContext, q: QuoteMarkSpan): Attribution | null {
  const { tokens, text } = ctx
  const k = ctx.tokenFrom(q.end)
  const first = tokens[k]
  if (!first) return null
  const gap = text.slice(q.end, first.start)
  if (gap.includes('\n')) return null
  const sentence = sentenceOf(ctx, k)
  const ceil = sentence.endToken
  // the tagger may keep a lone dash as a word of its own: "”― Jane Albury" (with a no-break space after it, the
  // space stays in the word's text: "”―\u00a0Jane Albury")
  const dashWord = /^[–—―-]\s*$/.test(first.text) && /^\s*$/.test(gap)
  if (/^\s*[–—―-]\s*$/.test(gap) || dashWord) {
    const np = phraseStartingAt(tokens, dashWord ? k + 1 : k, ceil)
    return np && canSpeak(tokens, np) && np.to === ceil ? { cue: null, mention: np, rule: 'dash-name' } : null
  }
  if (!/^[\s,]*$/.test(gap)) return null
  // a quote that ends its own sentence takes a speaker after it only when the attribution is all that follows:
  // "“I may do it.” Trump also said that he would prefer a deal" is a new report, not this quote's speaker;
  // one left open by a comma, only when the verb reports no clause of its own: in "On “Meet the Press,”
  // Ms Lee said she would run" the quote is a programme's name
  const closed = /[.!?…]["”’»'\s]*$/.test(text.slice(q.innerStart, q.end))
  // "Hemsley, the co-author of “Going Viral,” said the days …": a title after a preposition or a possessive names a
  // work, and the verb after it is the sentence's own
  if (!closed && titleAfterWord(ctx, q)) return null
  // ("…,” said one former executive who asked not to be named", "…,” tweeted a user going by the handle Pulvermann":
  // a relative clause or a participle on the speaker is still theirs)
  const describesSpeaker = (from: number) => /^(who|whose)$/.test(tokenAt(tokens, from)?.normal ?? '') || tagged(tokenAt(tokens, from), 'Gerund')
  // ("Citing “family reasons,” the spokeswoman told the Gazette that Ms Lee would stay home": the verb reports a clause
  // of its own after its listener)
  // ("…,” said one analyst quoted by a news agency.": a participle with its agent describes the speaker too)
  const onlyAttribution = (from: number) => describesSpeakerByParticiple(tokens, from, ceil) ? endsAttribution(tokens, from + 1, ceil)
    : closed || describesSpeaker(from) ? endsAttribution(tokens, from, ceil)
    : !startsClause(tokens, from, ceil) && !clauseAfterListener(tokens, from, ceil)
  const cue = cueAt(tokens, k)
  if (cue) {
    const np = speakerAfter(tokens, cue.to, ceil)
    return np && onlyAttribution(np.to) ? { cue, mention: np, rule: 'cue-then-speaker' } : null
  }
  // (quoted words after an article, a possessive or "and", with no punctuation after them, describe the noun that
  // follows: in "He said the “phony” and “nasty” senator attacked Biden" the senator is what they describe, not who
  // said them; not "Riefian “Ifan” Fadli told …", a name around a nickname)
  const before = tokenAt(tokens, ctx.tokenBefore(q.start))
  const modifier = !!before && (tagged(before, 'Determiner') || tagged(before, 'Possessive') || /^(and|or)$/.test(before.normal))
  if (modifier && !/[,.;:!?…]\s*$/.test(text.slice(q.innerStart, q.innerEnd)) && !/,/.test(gap) && before.sentence === first.sentence && !/[:,;]|[–—]/.test(before.post)) return null
  const phrase = phraseStartingAt(tokens, k, ceil)
  if (!phrase || !canSpeak(tokens, phrase)) return null
  // "… on Radio Hadley’s “Morning Call” Sunday. “I am sure …”": a stop the tagger ran over ends the sentence
  // (not the stop of "Tom B. Hale Jr.,")
  const last = tokens[phrase.to - 1]
  if (/[.!?]/.test(last.post) && !tagged(last, 'Abbreviation') && !/^(jr|sr|inc|ltd|co|corp|st|[a-z])$/.test(last.normal)) return null
  // "…,” a source close to the mayor said": the adjective's phrase is part of who speaks
  const np = overRelatingAdjective(tokens, phrase, ceil)
  let j = np.to
  let mention = np
  // an appositive between the name and the verb: "…,” Mark Rutte, the Nato chief, said
  if (breaksAfter(tokenAt(tokens, j - 1)) && /,/.test(tokenAt(tokens, j - 1)?.post ?? '')) {
    while (j < ceil && j < np.to + 15 && !(breaksAfter(tokens[j]) && /,/.test(tokens[j].post))) j++
    // (an aside that no comma closes before the sentence ends is none, and the verb after it is another sentence's:
    // "… an “exceptional” year in Asia, beating its rivals. Ms Ruiz added that …")
    if (j >= ceil) return null
    j++
    // ("…,” the firm’s chief, Jane Albury, told the BBC": a person's name set off after a role is who speaks)
    const aside = j <= ceil && np.to < j ? phraseStartingAt(tokens, np.to, j) : null
    if (aside && aside.to === j && !namesPerson(tokens, np) && namesPerson(tokens, aside) && !tokens.slice(aside.from, aside.to).some((t) => tagged(t, 'Pronoun'))) mention = aside
  }
  while (j < ceil && SKIP_BETWEEN.has(tokens[j].normal)) j++
  // ("…,” Mr Hale was quoted as saying": the passive of being quoted, quoted-as.ts)
  const verb = cueAt(tokens, j) ?? quotedAsSaying(tokens, j, ceil) ?? goesOn(tokens, j, ceil) ?? mannerOfSpeaking(tokens, j, ceil, closed)
  if (!verb || !onlyAttribution(verb.to) || (verb.to - verb.from === 1 && !cueLemma(tokens[verb.from].normal) && !namesSomeone(tokens, np))) return null
  // a verb before a colon introduces the words after it, not a quote that closed its own sentence before it:
  // in "“It is a cheap gesture.” Jane Roe, the group's director, said: “Nobody wants it.”" the first quote is not Roe's
  // and so does one before a comma and quote marks: in "… calls her “a fair woman.” He adds, “In a trial …”" the
  // verb is the second quote's
  const afterVerb = text.slice(tokens[verb.to - 1].end, tokenAt(tokens, verb.to)?.start ?? text.length)
  if (closed && (/:/.test(tokens[verb.to - 1].post) || /^,\s*["“«]/.test(afterVerb))) return null
  // after a quote that ended its sentence, a verb that reports only through its frame ("refer to", "term", "plead
  // for") with words after it speaks of something else: "… or simply “George.” Both terms refer to George Pullman";
  // alone it is the quote's ("“Go home.” Jane Roe pleaded.")
  if (closed && FRAME_ONLY.has(cueLemma(tokens[verb.from].normal) ?? '') && verb.to < ceil && !breaksAfter(tokens[verb.to - 1])) return null
  // after a quote that ended its sentence, a verb whose own sentence goes on to words in quote marks reports those: in
  // "“It was an old injury.” The filing described her as “a risk”" the first quote is not the filing's
  if (closed && verb.to < ceil && !breaksAfter(tokens[verb.to - 1]) && quotesLater(tokens, verb.to)) return null
  // after a quote that ended its sentence, a verb that takes no listener, with a noun after it, has an object of its
  // own and opens a new sentence: in "“It was very harsh.” The video shows the mayor dancing at a wedding" the video
  // says nothing; "“It was harsh.” Ms Lee told the BBC" and "“It was harsh.” Ms Lee said last week" are attributions
  if (closed && !LISTENER_VERBS.has(cueLemma(tokens[verb.to - 1].normal) ?? '') && objectAfter(tokens, verb.to, ceil)) return null
  return { cue: verb, mention, rule: mention === np ? 'speaker-then-cue' : 'speaker-then-cue-appositive-name' }
}

/**
 * Whether quote marks open in the sentence of token `from` with no other verb before them: "… described her as “a
 * risk”"; not "… asks as a guard walks in, saying he is “here to help”", whose quote is another verb's.
 */
function quotesLater(tokens: Token[], from: number): boolean {
  const sentence = tokenAt(tokens, from - 1)?.sentence
  for (let k = from; k < tokens.length && tokens[k].sentence === sentence; k++) {
    if (/["“«]/.test(tokens[k].pre)) return true
    if (tagged(tokens[k], 'Verb')) return false
  }
  return false
}

/** Whether a noun phrase that is no phrase of time opens at `from`, right after a verb: "shows | the minister laughing". */
function objectAfter(tokens: Token[], from: number, end: number): boolean {
  const first = tokenAt(tokens, from)
  if (!first || from >= end || breaksAfter(tokens[from - 1]) || tagged(first, 'Date') || tagged(tokenAt(tokens, from + 1), 'Date')) return false
  if (/^(him|her|them|us|me)$/.test(first.normal)) return true
  return tagged(first, 'Determiner') || tagged(first, 'ProperNoun') || (tagged(first, 'Noun') && !tagged(first, 'Gerund') && !tagged(first, 'Pronoun'))
}

/** After a verb that takes a listener, the listener, then "that" or a clause: "… told the Gazette | that Ms Lee would stay home". */
function clauseAfterListener(tokens: Token[], from: number, ceil: number): boolean {
  if (!LISTENER_VERBS.has(cueLemma(tokenAt(tokens, from - 1)?.normal ?? '') ?? '') || tagged(tokenAt(tokens, from), 'Preposition')) return false
  const listener = phraseStartingAt(tokens, from, ceil)
  if (!listener || listener.to >= ceil || breaksAfter(tokens[listener.to - 1])) return false
  return tokens[listener.to].normal === 'that' || startsClause(tokens, listener.to, ceil)
}

/**
 * "went on" with nothing after it but a comma or the end: "“It happens, right?” Mr Hale went on, as if
 * nobody had spoken." Not "went on to say" (the infinitive reports) nor "went on a tour".
 */
function goesOn(tokens: Token[], j: number, ceil: number): TokenRange | null {
  if (!/^(go|goes|went|going)$/.test(tokenAt(tokens, j)?.normal ?? '') || tokenAt(tokens, j + 1)?.normal !== 'on' || j + 1 >= ceil) return null
  return j + 2 === ceil || breaksAfter(tokenAt(tokens, j + 1)) ? { from: j, to: j + 2 } : null
}

/**
 * Any verb in the past tense between a quote left open by a comma and the sentence's end says how the words were
 * spoken: "“Go back to your seat,” Mr Hale barked." Not after a quote that ends its own sentence, and not a
 * verb with more to say ("“Fine,” she shrugged and left the room").
 */
function mannerOfSpeaking(tokens: Token[], j: number, ceil: number, closed: boolean): TokenRange | null {
  const t = tokens[j]
  if (closed || !t || !tagged(t, 'PastTense') || tagged(t, 'Copula') || tagged(t, 'Auxiliary') || tagged(t, 'Modal')) return null
  if (j + 1 === ceil || (breaksAfter(t) && !/[,;]/.test(t.post))) return { from: j, to: j + 1 }
  // "“…,” Okafor shot back with a grin.": a particle and a phrase of manner, no verb of their own
  for (let k = j + 1; k < ceil; k++) if ((hasVerb(tokens, k, k + 1) && !tagged(tokens[k], 'Particle')) || /[,;]/.test(tokenAt(tokens, k - 1)?.post ?? '')) return null
  // ("“The band was great,” Hale went on a tour" is no way of speaking: an object follows the particle)
  const after = tokenAt(tokens, j + 2)
  const objectFollows = j + 2 < ceil && !breaksAfter(tokenAt(tokens, j + 1)) && !!after && !tagged(after, 'Preposition') && !tagged(after, 'Adverb')
  return (tagged(tokenAt(tokens, j + 1), 'Particle') || /^(back|out|up|in|on)$/.test(tokenAt(tokens, j + 1)?.normal ?? '')) && !objectFollows ? { from: j, to: j + 1 } : null
}

/** The reporting verb that a colon or comma hands over to the quote: `Mr Merz told reporters: “…`. */
function cueBeforeOpening(ctx: QuoteContext, last: number, floor: number): TokenRange | null {
  for (let i = last; i >= floor && i > last - 10; i--) {
    const cue = cueAt(ctx.tokens, i)
    if (cue) return cue
    const t = ctx.tokens[i]
    // "According to the Gazette: “…”" (the tagger may read "to" as a conjunction)
    if (t.normal === 'to' && i > floor && tokenAt(ctx.tokens, i - 1)?.normal === 'according') return { from: i - 1, to: i + 1 }
    if (i < last && breaksAfter(t) && !/,/.test(t.post)) return null
    if (!isNounish(t) && !tagged(t, 'Preposition') && !tagged(t, 'Adverb') && !tagged(t, 'Pronoun')) return null
  }
  return null
}

/** `X said: “…` in the same sentence, or at the end of the paragraph before. */
export function leadingAttribution(ctx: QuoteContext, q: QuoteMarkSpan): Attribution | null {
  const { tokens, text } = ctx
  const last = ctx.tokenBefore(q.start)
  if (last < 0) return null
  const between = text.slice(tokens[last].end, q.start)
  const acrossParagraph = between.includes('\n')
  if (acrossParagraph && !/:\s*$/.test(between)) return null
  if (!acrossParagraph && !/^\s*[:,]?\s*$/.test(between)) return null
  const floor = sentenceOf(ctx, last).firstToken
  const colon = /:/.test(between)
  const cue = cueBeforeOpening(ctx, last, floor)
  // "Said Jane Albury, who worked with him, “We were all so pleased.”": the verb opens the sentence
  const opener = cue ? null : cueAt(tokens, floor)
  if (opener && /^(say|add|write)$/.test(cueLemma(tokens[floor].normal) ?? '')) {
    const speaker = speakerAfter(tokens, opener.to, last + 1)
    if (speaker && namesSomeone(tokens, speaker)) return { cue: opener, mention: speaker, rule: 'cue-first' }
  }
  if (!cue) {
    // "Okafor, the family doctor …, is more blunt: “…”"
    const subject = colon ? clauseSubject(tokens, floor, last + 1) : null
    if (subject && namesSomeone(tokens, subject)) return { cue: null, mention: subject, rule: 'colon-after-subject' }
    const name = colon ? transcriptName(tokens, floor, last) : null
    return name ? { cue: null, mention: name, rule: 'name-colon' } : null
  }
  // "he said on MSNBC’s “Morning Joe”": the name of a programme, not words; "said in his 2009 memoir, “A Life by the
  // Harbour.”": the name of a work
  if (!/[:,]/.test(between) && namesATitle(tokens, last + 1)) return null
  if (/^\s*,\s*$/.test(between) && WORK_NOUNS.has(tokens[last].normal) && titleCased(ctx.text.slice(q.innerStart, q.innerEnd))) return null
  // "The plan was branded “a disgrace” by Tom Hale", "… was described as a “tireless campaigner” by her colleague
  // Ruth Okafor": the agent after the closing mark said the words
  // (not after words that end their sentence: "… called it “a disgrace.” By Tuesday …")
  // (nor after another phrase: in "reported in a “smear job” by the Gazette" the Gazette reported, and the words are
  // the subject's)
  const runsOn = !/[.!?…]\s*$/.test(text.slice(q.innerStart, q.innerEnd)) && /^[ \t]+by\b/i.test(text.slice(q.end, q.end + 8)) &&
    tokens.slice(cue.to, last + 1).every((t) => /^(as|a|an|the)$/.test(t.normal))
  const agentAfter = runsOn && passiveParticiple(tokens, cue) ? agentAt(tokens, ctx.tokenFrom(q.end), sentenceOf(ctx, last).endToken) : null
  if (agentAfter) return { cue, mention: agentAfter, rule: 'passive-agent-after-quote' }
  // "Mr Hale said “it makes me angry” every time he thinks about …": words that go on after the closing mark make the
  // quote part of the reported clause (a mixed quote), not a quote of its own
  if (!/[:,]/.test(between) && !FRAME_ONLY.has(cueLemma(tokens[cue.from].normal) ?? '') && clauseGoesOn(ctx, q)) return null
  // without a colon or comma only phrases of time and place may stand between verb and quote:
  // "writing “It's …”", "Trump said on Friday "I can do it"", not "Okafor says he “stumbled into” …"
  if (!/[:,]/.test(between) && cue.to !== last + 1 && !(tagged(tokenAt(tokens, cue.to), 'Preposition') || tagged(tokenAt(tokens, cue.to), 'Date'))) return null
  // a frame verb right before quoted words: "in what he called “the longest night”" is his, when someone
  // does the calling ("an app called “Tallybook”" is nobody's); a reported clause around it may take it in
  const lemma = cueLemma(tokens[cue.from].normal) ?? ''
  // "prices continued “to rise”" and "she read “War and Peace”" are no attribution; "the sign read: “…”" and
  // "some chanted “USA! USA!”" are
  if (!/[:,]/.test(between) && (lemma === 'continue' || lemma === 'read')) return null
  // "a sapphire described by Ann as “…”", "The plan, described by critics as “reckless”, …": a participle with its
  // agent after "by"; the agent said the words, not the thing described
  const agent = agentAfterParticiple(tokens, cue, last + 1)
  if (agent) return { cue, mention: agent, rule: 'passive-agent' }
  if (!/[:,]/.test(between) && FRAME_ONLY.has(lemma)) {
    const subject = subjectBefore(tokens, cue.from, floor)
    return subject && namesSomeone(tokens, subject) && !reducedRelative(tokens, subject, cue.from)
      ? { cue, mention: subject, rule: 'frame-before-quote' } : null
  }
  if (tokens[cue.from].normal === 'according') {
    const np = phraseStartingAt(tokens, cue.to, last + 1)
    return np && canSpeak(tokens, np) ? { cue, mention: np, rule: 'according-to' } : null
  }
  // "…,” said Okafor, “get more people …": the speaker stands after the verb
  // ("…,” further remarking, “…”": over an adverb or two between the comma and the participle)
  let comma = cue.from - 1
  while (comma > floor && comma > cue.from - 3 && tokens[comma].post === '' && (/ly$/.test(tokens[comma].normal) || PARTICIPLE_ADVERBS.has(tokens[comma].normal))) comma--
  const participle = isParticiple(tokens[cue.from].normal) && comma >= floor && comma < cue.from && /,/.test(tokens[comma].post)
  // "Jane Roe remarked, “It was long. I am tired,” adding, “…”": after a quote the participle hangs on the clause that
  // opened the quote, which may stand in a sentence before the one the quote's last words are in
  // ("“…,” said Ms Lee, adding, “…”": or on the speaker the verb before it names after itself)
  const afterQuote = participle ? subjectBeforeQuote(ctx, comma) ?? invertedSpeakerBefore(tokens, floor, comma) : null
  if (afterQuote) return { cue, mention: afterQuote, rule: 'cue-before-quote' }
  // "Mr Hale went on to say: “…”", "she interjected to say, “…”": the subject of the verb the infinitive goes with
  // (not after an object: in "requires staff to promise “…”" the staff would promise)
  const infinitive = toInfinitive(tokens, cue.from, floor)
  const mention = (participle ? clauseSubject(tokens, floor, comma + 1) : infinitive ? governingSubject(tokens, floor, cue.from - 1) : subjectBefore(tokens, cue.from, floor))
    ?? (cue.to <= last ? speakerAfter(tokens, cue.to, last + 1) : null)
  return mention ? { cue, mention, rule: acrossParagraph ? 'cue-colon-paragraph' : 'cue-before-quote' } : null
}

/**
 * The agent after "by" of a verb of saying in the passive, up to the quote or "as": "was described by Ann as",
 * "a ring … described by Ann as", "The plan, described by critics as". The participle is passive after a form of
 * "be", right after a noun, or after a comma; not "Mr Hale announced by video link to the council: …" (a verb in the
 * past with its subject, and "by" saying how). The agent's own words must name someone, up to its first preposition.
 */
function agentAfterParticiple(tokens: Token[], cue: TokenRange, ceil: number): TokenRange | null {
  return passiveParticiple(tokens, cue) ? agentAt(tokens, cue.to, ceil) : null
}

/** Whether a one-word cue is a participle in the passive: after a form of "be", a comma, or a noun that is no name. */
function passiveParticiple(tokens: Token[], cue: TokenRange): boolean {
  const verb = tokens[cue.from], before = tokenAt(tokens, cue.from - 1)
  if (cue.to - cue.from !== 1 || !/ed$/.test(verb.normal) || breaksAfter(verb) || !before) return false
  return /^(is|are|was|were|be|been|being)$/.test(before.normal) || /,/.test(before.post) ||
    (isNounish(before) && !tagged(before, 'Pronoun') && !namesPerson(tokens, { from: cue.from - 1, to: cue.from }) && !isCapitalized(before))
}

/** The phrase after "by" at token `by`, when its words up to its first preposition name someone: "by | his friend Ruth Okafor". */
function agentAt(tokens: Token[], by: number, ceil: number): TokenRange | null {
  if (tokenAt(tokens, by)?.normal !== 'by') return null
  const np = phraseStartingAt(tokens, by + 1, ceil)
  if (!np || tagged(tokens[np.from], 'Date')) return null
  let head = np.to
  for (let k = np.from + 1; k < np.to; k++) if (tagged(tokens[k], 'Preposition')) { head = k; break }
  if (!namesSomeone(tokens, { from: np.from, to: head })) return null
  // ("by her colleague and fellow councillor Ruth Okafor": two roles of one person, then her name; not "by the union
  // and Tom Hale", a body and a person)
  const second = head === np.to && tokenAt(tokens, np.to)?.normal === 'and' && !breaksAfter(tokens[np.to - 1]) && PERSON_ROLES.has(tokens[np.to - 1].normal)
    ? phraseStartingAt(tokens, np.to + 1, ceil) : null
  const sameOne = !!second && !namesPerson(tokens, np) && !tagged(tokens[second.from], 'Determiner') &&
    tokens.slice(second.from, second.to).some((t) => PERSON_ROLES.has(t.normal)) && namesPerson(tokens, second)
  return sameOne && second ? { from: np.from, to: second.to } : np
}

/**
 * The subject of the clause a quote that closes at token `closing` opened in: in "State Senator Jane Roe remarked,
 * “It was a long fight. I am tired,” adding, “…”" Jane Roe, not "I" in the quote's last sentence. Null when the
 * token closes no quote, or no clause with a subject stands before its opening mark.
 */
function subjectBeforeQuote(ctx: QuoteContext, closing: number): TokenRange | null {
  const { tokens } = ctx
  if (!/[”"»]|''/.test(tokens[closing].post)) return null
  let open = closing
  while (open > 0 && open > closing - 300 && !/[“"«]|``/.test(tokens[open].pre)) open--
  if (open <= 0 || !/[“"«]|``/.test(tokens[open].pre)) return null
  const subject = clauseSubject(tokens, sentenceOf(ctx, open - 1).firstToken, open)
  return subject && namesSomeone(tokens, subject) ? subject : null
}

/** The speaker right after a verb of saying that ends at the comma `comma`: "… said Ms Lee, adding" → Ms Lee. */
function invertedSpeakerBefore(tokens: Token[], floor: number, comma: number): TokenRange | null {
  for (let k = comma; k >= floor && k > comma - 6; k--) {
    const verb = cueAt(tokens, k)
    if (!verb || verb.to > comma) continue
    // (inverted after a quote only: "Clinton claimed victory in a tweet, saying: …" has its subject before the verb)
    if (!/[”"»]|''/.test(tokenAt(tokens, k - 1)?.post ?? '')) return null
    const speaker = speakerAfter(tokens, verb.to, comma + 1)
    return speaker && speaker.to === comma + 1 && namesSomeone(tokens, speaker) ? speaker : null
  }
  return null
}

/**
 * A transcript's speaker, a name and nothing else before the colon: "Former secretary of state Jane Albury: “We learned
 * that from the department.”". Not a headline ("Jane Albury Visits Council Chief: ‘…’": the words end in the name,
 * with no verb) nor a name that is not the phrase's head ("A letter to Tom Hale: “…”" is addressed to him).
 */
function transcriptName(tokens: Token[], floor: number, last: number): TokenRange | null {
  return nameAlone(tokens, floor, last) ?? nameAndDescription(tokens, floor, last)
}

function nameAlone(tokens: Token[], floor: number, last: number): TokenRange | null {
  const name = phraseEndingAt(tokens, last + 1, floor)
  if (!name || name.from !== floor || !namesPerson(tokens, name) || !tagged(tokens[last], 'Person') || nameInPhrase(tokens, name) === null) return null
  // (no colon or quote mark inside a name: in a run of "Ann Hale: “Ann Hale: “…" each colon closes its own label)
  const words = tokens.slice(name.from, name.to)
  if (words.some((t, k) => (k < words.length - 1 && /[:“”"«»]/.test(t.post)) || (k > 0 && /[“”"«»]/.test(t.pre)))) return null
  return words.some((t) => tagged(t, 'Verb') || /['’]s$/.test(t.normal)) ? null : name
}

/**
 * A name and what the person is, then the colon: "Mary Major, a retired teacher: “…”", "Mary Major, author of
 * Tides: “…”". The words after the name are a short description with no verb and no other person in it (not "Mary
 * Major, Tom Hale: …", a list, nor "Mary Major, who wrote it: …").
 */
function nameAndDescription(tokens: Token[], floor: number, last: number): TokenRange | null {
  for (let k = floor + 1; k < last && k <= floor + 4; k++) {
    if (!/,/.test(tokens[k].post)) continue
    const description = tokens.slice(k + 1, last + 1)
    if (description.length > 7 || description.some((t) => tagged(t, 'Verb') || tagged(t, 'Person') || tagged(t, 'Pronoun') || t.normal === 'who')) return null
    return nameAlone(tokens, floor, k)
  }
  return null
}

/** Nouns for a work whose title may follow in quote marks after a comma. */
const WORK_NOUNS = new Set(['book', 'memoir', 'novel', 'film', 'movie', 'documentary', 'show', 'series', 'programme', 'program', 'podcast',
  'song', 'album', 'play', 'column', 'essay', 'article', 'op-ed', 'report', 'paper', 'study', 'poem', 'blog', 'newsletter'])

/** Whether the sentence goes on in the writer's words after a quote: "“it makes me angry” every time he thinks …". */
function clauseGoesOn(ctx: QuoteContext, q: QuoteMarkSpan): boolean {
  if (/[.!?…,]["”’»'\s]*$/.test(ctx.text.slice(q.innerStart, q.end))) return false
  const next = ctx.tokenFrom(q.end)
  const t = ctx.tokens[next]
  if (!t || t.sentence !== tokenAt(ctx.tokens, ctx.tokenBefore(q.end))?.sentence || /^\s*[,;:.!?—–-]/.test(ctx.text.slice(q.end, t.start + 1))) return false
  // not another quote ("“We made a plea …” and “So we told …”") and not the main clause's verb after a relative
  // clause ("Shops that it said “may not open” included …")
  if (tagged(t, 'Verb') && !tagged(t, 'Noun') && !tagged(t, 'Gerund')) return false
  let words = 0
  for (let i = next; i < ctx.tokens.length && ctx.tokens[i].sentence === t.sentence && words < 3; i++) {
    if (ctx.markAt(ctx.tokens[i].start)) return false
    words++
  }
  return words >= 3
}

export function directCandidate(q: QuoteMarkSpan, a: Attribution): QuoteCandidate {
  return {
    type: 'direct', start: q.start, end: q.end, cue: a.cue,
    speaker: { kind: 'mention', range: a.mention }, showMention: true,
    found: 'quote-marks', linked: a.rule,
  }
}
