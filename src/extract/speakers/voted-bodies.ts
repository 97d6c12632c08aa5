// Register the names the votes of body-votes.ts made bodies, at every mention, as those bodies; a shorter form of a
// body's name is the same body ("Brindlecorp" beside "Brindlecorp Holdings").
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, isCapitalized, tagged, writtenPossessive } from '../phrases'
import { wordsOf } from './entities'
import type { NameMention } from './names'
import type { SpeakerResolver } from './resolve'
import { bodyName, written } from './speaker-phrases'
import type { BodyVotes } from './body-votes'
import { CORPORATE_ENDINGS } from '../lexicon/body-kinds'

/**
 * Register every mention of a name the votes made a body, as that body; a shorter form of a body's name the article
 * writes too is the same body: "Brindlecorp" after or before "Brindlecorp & Hale", "Brindlecorp Holdings".
 */
export function registerVotedBodies(resolver: SpeakerResolver, tokens: Token[], names: NameMention[], votes: BodyVotes): void {
  resolver.registry.bodyDescriptors = votes.descriptors
  const fuller = fullerNames(tokens, names, votes.bodies, resolver.c.text)
  for (const n of names) {
    const key = wordsOf(tokens, n).join(' ')
    if (n.kind === 'organization' || !votes.bodies.has(key)) continue
    const full = fuller.get(key)
    if (full) resolver.registry.alsoKnownAs(resolver.organization(full.key, full.written), key)
    // ("Quillmore shares up on merger hopes", a headline; "Hadley executives have not said", a name before a noun: each
    // votes, but is no mention of the firm "it" or "they" may mean next)
    if (inHeadline(resolver.c.text, tokens[n.from].start) || beforeNoun(tokens, n.to)) continue
    const body = resolver.addBody(n)
    if (body) body.votedBody = true
  }
}


/** For each voted body's key, a body's name in the article one word longer that opens with its words (the longest kept). */
function fullerNames(tokens: Token[], names: NameMention[], bodies: Set<string>, text: string): Map<string, { key: string; written: string }> {
  const fuller = new Map<string, { key: string; written: string; length: number }>()
  for (const n of names) {
    const words = wordsOf(tokens, n)
    if (n.kind !== 'organization' && !bodies.has(words.join(' '))) continue
    // (one more word at most: "Hadley Energy" is Hadley, "Hadley Energy Pipes & Valves" a part of it)
    if (words.length < 2) continue
    const short = words.slice(0, -1).join(' ')
    // ("Brindlecorp Nordic" is a part of Brindlecorp: only a partner's name or a company's ending joins, "Quillmore & Dent")
    const joined = /\s(&|and)\s/.test(written(tokens, n, text)) || CORPORATE_ENDINGS.has(words[words.length - 1])
    if (!joined || !bodies.has(short) || (fuller.get(short)?.length ?? 0) >= words.length) continue
    fuller.set(short, { key: words.join(' '), written: bodyName(written(tokens, n, text)).replace(/[’']s$/, ''), length: words.length })
  }
  return fuller
}

/** Whether the name modifies the noun after it: "Hadley executives", "the Hadley pipeline" (not "Hadley's shares"). */
function beforeNoun(tokens: Token[], to: number): boolean {
  const last = tokens[to - 1]
  const next = tokenAt(tokens, to)
  // ("helped Hadley boost its profits": a "noun" with an object after it is a verb)
  const after = tokenAt(tokens, to + 1)
  const object = !!after && after.sentence === next?.sentence && (tagged(after, 'Determiner') || tagged(after, 'Pronoun') || /^(its|his|her|their|our|my|your)$/.test(after.normal))
  return !!next && next.sentence === last.sentence && !breaksAfter(last) && !writtenPossessive(last) && !isCapitalized(next) &&
    tagged(next, 'Noun') && !tagged(next, 'Verb') && !tagged(next, 'Pronoun') && !object
}

/** Whether an offset lies in a headline: a first line with no stop at its end, a blank line after it. */
function inHeadline(text: string, offset: number): boolean {
  const end = text.indexOf('\n')
  return end > offset && /^\s*\n/.test(text.slice(end + 1)) && !/[.!?"”]\s*$/.test(text.slice(0, end))
}
