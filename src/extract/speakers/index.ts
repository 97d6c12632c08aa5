// Attribution: turn quote candidates into quotes with a canonical speaker, and list the speakers.
//
// Names are registered first, in text order, so "Mr Zelenskiy" early in the article and "Volodymyr Zelenskiy"
// later become one speaker named by the fuller form; then each quote's speaker words are resolved in text
// order, so a pronoun sees exactly the people named before it.
import type { Quote, Span, Speaker } from '../../model'
import type { Token } from '../../nlp/parse'
import { isPlaceWord } from '../../nlp/compromise'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, isCapitalized, tagged, type TokenRange } from '../phrases'
import type { QuoteCandidate, QuoteContext } from '../quotes'
import { nameKey, wordsOf, type Entity } from './entities'
import { findBodies } from './bodies'
import { bodyNameEnd } from '../name-joins'
import { endsInRole, namedInside } from './named-inside'
import { lowerArticle, written } from './speaker-phrases'
import { findGroups } from './groups'
import { loneBodies } from './lone-bodies'
import { describedBodies } from './described-bodies'
import { bodyVotes } from './body-votes'
import { registerVotedBodies } from './voted-bodies'
import { mentionDescribedFirm } from './trade-descriptors'
import { findNames } from './names'
import { personNameBeforeThing } from './name-as-modifier'
import { registerDescribedPeople } from './described-people'
import { SpeakerResolver, type Resolution } from './resolve'
import { assignGenders } from './gender'
import { noteOtherPronouns } from './gender-pronouns'
import { givenNames, sameAsFullName } from './given-names'
import { namedAfter } from './named-after'
import { describedThenNamed } from './described-then-named'
import { inOpeningParticiple } from './opening-participle'

export interface Attributed {
  quotes: Quote[]
  speakers: Speaker[]
  /** One-word speaker names that are first names here ("Zoe said …"), for the name step (given-names.ts). */
  givenNames: string[]
  /**
   * Speakers taken for people, never named as one, whose first word is a place's ("The Washington Post said"): the
   * name step does not read it ("Jessica Hall", which the tagger reads as a place like "Carnegie Hall", it does).
   */
  notNamedAsPeople: string[]
}

function spanOf(text: string, tokens: Token[], r: TokenRange): Span {
  const start = tokens[r.from].start
  const end = tokens[r.to - 1].end
  return { text: text.slice(start, end), start, end }
}

const PRONOUN_ALIASES = /^(he|she|they|it|who|him|her|them|we|i)$/i

/** Whether tokens [from, to) are a clause's subject: nothing verb-like before them, or a verb right after. */
function subjectTest(ctx: QuoteContext) {
  const { tokens, sentences } = ctx
  const finite = (t: Token) => tagged(t, 'Verb') && !tagged(t, 'Gerund') && !tagged(t, 'Noun') && !ctx.markAt(t.start)
  return (from: number, to: number): boolean => {
    // "Night-shift nurses like Albury recognized …": a name inside a phrase is not the subject
    if (from > 0 && tagged(tokenAt(tokens, from - 1), 'Preposition') && tokenAt(tokens, from - 1)?.sentence === tokens[from].sentence) return false
    // "Although Ms Lee has repeatedly argued …, its inclusion should not …, he said": the subject of an opening
    // subordinate clause is not whom the sentence is about
    if (inOpeningClause(tokens, sentences[tokens[from].sentence], from)) return false
    if (inOpeningParticiple(tokens, sentences[tokens[from].sentence], from)) return false
    let next = to
    while (next < tokens.length && (tagged(tokens[next], 'Adverb') || tokens[next].normal === 'also')) next++
    if (tokenAt(tokens, next) && finite(tokens[next]) && !breaksAfter(tokenAt(tokens, to - 1))) return true
    for (let i = sentences[tokens[from].sentence].firstToken; i < from; i++) if (finite(tokens[i])) return false
    return true
  }
}

const OPENING_SUBORDINATORS = new Set(['although', 'though', 'while', 'when', 'if', 'because', 'since', 'unless', 'whereas', 'as', 'after', 'before', 'once'])

/** Whether token i lies in a subordinate clause that opens its sentence, before the comma that closes it. */
function inOpeningClause(tokens: Token[], s: { firstToken: number; endToken: number }, i: number): boolean {
  let first = s.firstToken
  if (/^(but|and|yet|so)$/.test(tokenAt(tokens, first)?.normal ?? '')) first++
  if (!OPENING_SUBORDINATORS.has(tokenAt(tokens, first)?.normal ?? '') || i <= first) return false
  for (let k = first; k < i; k++) if (/,/.test(tokens[k].post)) return false
  return true
}

/** "the Acme Corp pipeline", "the Trump administration": a name used as a modifier names nobody here. */
function modifiesNoun(tokens: Token[], name: TokenRange): boolean {
  const next = tokenAt(tokens, name.to)
  return !!next && !breaksAfter(tokens[name.to - 1]) && !isCapitalized(next) && tagged(next, 'Noun') &&
    !tagged(next, 'Verb') && !tagged(next, 'Pronoun') && !tagged(tokens[name.to - 1], 'Possessive')
}

/** Surnames used alone after the full name ("Albury remembers …" after "Jane Albury"), which compromise may not tag. */
function registerBareSurnames(resolver: SpeakerResolver, tokens: Token[], named: Set<number>) {
  const surnames = new Set(resolver.registry.entities.filter((e) => e.kind === 'person' && e.words.length > 1).map((e) => e.words[e.words.length - 1]))
  // (no full name, no surname to find: the key of every capitalised word is not made for nothing)
  if (surnames.size === 0) return
  tokens.forEach((t, i) => {
    if (named.has(i) || !isCapitalized(t) || tagged(t, 'Expression') || tagged(t, 'Pronoun') || !surnames.has(nameKey(t.text))) return
    resolver.addName({ from: i, to: i + 1, kind: 'person', honorific: null, title: null, gender: null, sentence: t.sentence })
  })
}

export function attribute(ctx: QuoteContext, candidates: QuoteCandidate[], explain: boolean, isFurniture: (offset: number) => boolean, nameGender = true): Attributed {
  const { text, tokens } = ctx
  const resolver = new SpeakerResolver({
    text, tokens, transcript: ctx.transcript, isSubject: subjectTest(ctx), nameGender,
    background: (offset) => isFurniture(offset) || ctx.markAt(offset) !== undefined,
  })
  const named = new Set<number>()
  // ("Arthur Hadley frontman Sam Okafor has called for …": a name that modifies a noun names nobody, nor does
  // its last word alone, though the band is named in full later)
  const modifiers = new Set<number>()
  const names = findNames(tokens)
  // ("Shares in Brindlecorp rose. Brindlecorp said it would …": a name its context makes a body, body-votes.ts)
  const votes = bodyVotes(tokens, names)
  registerVotedBodies(resolver, tokens, names, votes)
  for (const name of names) {
    if (name.kind !== 'organization' && votes.bodies.has(wordsOf(tokens, name).join(' '))) continue
    if (name.kind === 'unknown') {
      resolver.addFullerForm(name)
      continue
    }
    if (modifiesNoun(tokens, name)) {
      for (let i = name.from; i < name.to; i++) modifiers.add(i)
      // ("a late Tom Okafor strike. … Okafor said": the full name a bare surname later means, name-as-modifier.ts)
      if (personNameBeforeThing(tokens, name)) resolver.addFullerForm(name)
      continue
    }
    // "Acme Corp received its second payment … The company noted …", "NEF declined … “…,” it said": bodies named
    // before are what "the company" and "it" mean
    if (name.kind === 'organization') {
      // named with its article where the text has one: "the Hadley Institute"
      const the = name.from > 0 && tokenAt(tokens, name.from - 1)?.normal === 'the' && tokenAt(tokens, name.from - 1)?.sentence === name.sentence
      // ("The Institute for Rural Affairs met": with the words its name goes on with, name-joins.ts)
      const to = bodyNameEnd(tokens, name.to)
      resolver.addBody({ from: the ? name.from - 1 : name.from, to })
      continue
    }
    if (name.kind !== 'person') continue
    resolver.addName(name)
    for (let i = name.from; i < name.to; i++) named.add(i)
  }
  registerBareSurnames(resolver, tokens, new Set([...named, ...modifiers]))
  // ("The Hadley manager was asked about the move. He replied: …": described-people.ts)
  registerDescribedPeople(resolver, tokens)
  // ("the Danish boat maker" after "Danish boat maker Hadley Motors": that firm, trade-descriptors.ts)
  for (const body of findBodies(tokens, (i) => ctx.sentences[tokens[i].sentence].firstToken)) if (!mentionDescribedFirm(resolver, body)) resolver.addBody(body)
  const isSubject = subjectTest(ctx)
  for (const group of findGroups(tokens, (i) => ctx.sentences[tokens[i].sentence].firstToken)) if (isSubject(group.from, group.to)) resolver.addGroup(group)
  // ("Northwind received its payment in May. The company noted …": a body named by one word the tagger cannot place;
  // registered after the groups, so that "Northwind officials" are whom "they" means, and the body what "it" does)
  const people = new Set(resolver.registry.entities.filter((e) => e.kind === 'person').flatMap((e) => e.words))
  for (const body of loneBodies(tokens, names, (i) => named.has(i) || people.has(nameKey(tokens[i].text)))) resolver.addBody(body)
  // ("The commission, an independent body, had been asked … But it said …": a body described as a subject where no
  // quote names it, resolved as a speaker's words would be, described-bodies.ts)
  const speakerPhrases = new Set(candidates.flatMap((c) => c.speaker.kind === 'mention' ? [c.speaker.range.from] : []))
  for (const r of describedBodies(tokens, (i) => ctx.sentences[tokens[i].sentence].firstToken)) {
    if (!speakerPhrases.has(r.from) && isSubject(r.from, r.to) && !resolver.background(tokens[r.from].start)) resolver.resolve(r)
  }

  const entities: Array<Entity | null> = []
  const rules: string[] = []
  let previous: Entity | null = null
  // ("This is the record Mr Hale must defend, he said, urging voters to …": the one "he" speaks both, whoever the
  // second quote's words name before it)
  const resolved = new Map<string, Resolution>()
  for (const c of candidates) {
    let entity: Entity | null = null
    let rule: string | null = c.linked
    if (c.speaker.kind === 'mention') {
      const at = `${c.speaker.range.from}:${c.speaker.range.to}`
      const r: Resolution = resolved.get(at) ?? resolver.resolve(c.speaker.range, previous, c.start)
      resolved.set(at, r)
      entity = r.entity
      rule = `${c.linked} + ${r.rule}`
      // "But the chancellor said Mr Baume could not judge": not Mr Baume, named last before it (named-inside.ts)
      if (entity && r.rule === 'description-salient-person' && endsInRole(tokens, c.speaker.range) && namedInside(tokens, entity, c.start, c.end)) {
        const phrase = lowerArticle(written(tokens, c.speaker.range, text))
        entity = resolver.registry.create('anonymous', phrase, phrase.split(/\s+/).map(nameKey).filter((w) => w && !/^(the|a|an)$/.test(w)))
        rule = `${c.linked} + description-named-inside`
      }
      const later = entity || r.rule !== 'pronoun-unresolved' ? null : namedAfter(resolver, tokens, c.speaker.range)
      if (later) {
        entity = later
        rule = `${c.linked} + pronoun-named-after`
      }
    } else if (c.speaker.kind === 'previous') {
      entity = previous
    } else if (c.speaker.kind === 'label') {
      entity = resolver.labelled(c.speaker.at)
    }
    entities.push(entity)
    rules.push(rule ?? 'none')
    if (entity) previous = entity
  }
  // "A spokeswoman for the mayor said …. “…,” said Eleanore Cole.": the description held her name back
  for (const k of describedThenNamed(candidates, entities, tokens, resolver.registry, (n) => ctx.sentences[n].paragraph)) rules[k] = `${rules[k]} + described-then-named`
  // "his wife, Jane, … Jane Sanders said": one speaker, named by the full name
  const fullNameOf = sameAsFullName(resolver.registry.entities)
  entities.forEach((e, i) => { if (e && fullNameOf.has(e)) entities[i] = fullNameOf.get(e)! })

  const speakers: Speaker[] = []
  const speakerOf = new Map<Entity, Speaker>()
  candidates.forEach((_, i) => {
    const e = entities[i]
    if (!e || speakerOf.has(e)) return
    const s: Speaker = { id: `s${speakers.length + 1}`, name: e.name, kind: e.kind, title: e.title, aliases: [], quoteCount: 0 }
    speakers.push(s)
    speakerOf.set(e, s)
  })

  let lastMention: Span | null = null
  const quotes = candidates.map((c, i): Quote => {
    const e = entities[i]
    const speaker = e ? speakerOf.get(e)! : null
    if (speaker) speaker.quoteCount++
    const own = c.showMention && c.speaker.kind === 'mention' ? spanOf(text, tokens, c.speaker.range) : null
    // the second half of a split quote in the same paragraph has its speaker's words between the halves:
    // "“The Gazette has done an awful job,” Okafor said. “They have chased clicks.”" → both halves name Okafor
    const shared = !own && c.speaker.kind === 'previous' && lastMention && e && !text.slice(lastMention.end, c.start).includes('\n')
      ? lastMention : null
    const mention = own ?? shared
    lastMention = own ?? (c.speaker.kind === 'previous' ? lastMention : null)
    const quote: Quote = {
      id: `q${i + 1}`, type: c.type, text: text.slice(c.start, c.end), start: c.start, end: c.end,
      speaker: speaker?.name ?? null, speakerId: speaker?.id ?? null,
      mention,
      cue: c.cue ? spanOf(text, tokens, c.cue) : null,
    }
    if (explain) quote.explain = { found: c.found, speaker: e ? rules[i] : null }
    return quote
  })

  const alsoNamed = new Map<Entity, Entity[]>() // the full name → the first names alone it was joined with
  for (const [alone, full] of fullNameOf) if (speakerOf.has(full)) alsoNamed.set(full, [...(alsoNamed.get(full) ?? []), alone])
  for (const [e, s] of speakerOf) {
    const aliases = [e, ...(alsoNamed.get(e) ?? [])].flatMap((x) => [...x.aliases])
    s.aliases = [...new Set(aliases)].filter((a) => a !== s.name && !PRONOUN_ALIASES.test(a))
  }
  noteOtherPronouns(resolver, text, tokens, new Set([...speakerOf.keys(), ...[...alsoNamed.values()].flat()]))
  for (const [full, alone] of alsoNamed) for (const a of alone) resolver.genderCues.join(a, full)
  assignGenders(speakerOf, resolver.genderCues)
  const notNamedAsPeople = [...speakerOf].filter(([e, s]) => s.kind === 'person' && !resolver.genderCues.namedAsPerson(e) &&
    isPlaceWord(nameKey(s.name.split(/\s+/)[0]))).map(([, s]) => s.name)
  return { quotes, speakers, givenNames: givenNames(speakerOf, resolver.registry.entities, tokens), notNamedAsPeople }
}
