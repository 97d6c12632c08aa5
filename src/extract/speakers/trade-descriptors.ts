// A firm named again by its trade: "Shares in Brindlecorp rose 5%. The brewer said it expected profits to rise." —
// "the brewer" is Brindlecorp, the one firm the story named before; with two firms named ("Brindlecorp and Hadley
// Foods") the one the story called a brewer, else no guess.
import { ORGANIZATION_NOUNS } from '../lexicon/roles'
import { AMBIGUOUS_TRADES, ANY_TRADE, tradeOf } from '../lexicon/body-kinds'
import { nameKey, type Entity, type EntityRegistry } from './entities'
import type { SpeakerResolver } from './resolve'
import { isCapitalized, tagged, type TokenRange } from '../phrases'
import { kindFits } from './description-fits'
import { WINDOW } from './salience'

/**
 * The firm a definite description headed by a trade word means ("the brewer", "Britain's biggest insurer", "the
 * Danish boat maker"), or null. `modifiers`: the description's words before its head, as keys ("japanese", "car");
 * `named`: whether a capital among them is a name's ("the Hadley Post newspaper"), not a people's ("Danish").
 */
export function firmByTrade(registry: EntityRegistry, head: string, modifiers: string[], start: number, sentence: number, named = false): Entity | null {
  // ("the Hadley Post newspaper said": a paper by its own name, which the rules for names read)
  if (OUTLET_WORDS.has(head)) return named ? null : outletBefore(registry, start, sentence)
  const trade = tradeOf(head)
  if (!trade) return null
  const firms = firmsBefore(registry, start, sentence)
  const described = (e: Entity) => registry.bodyDescriptors.get(e.words[0])
  // "Danish boat maker Hadley Motors and French car maker Kestrel … the Danish boat maker": the one firm written
  // with every word of the description
  if (modifiers.length > 0) {
    const fitting = firms.filter((e) => [...modifiers, head].every((w) => described(e)?.words.has(w)))
    if (fitting.length === 1) return fitting[0]
  }
  // (a word the general rules already read, "the company", "the bank", or one that names people as often, "the miner")
  if (trade === ANY_TRADE || ORGANIZATION_NOUNS.has(head) || AMBIGUOUS_TRADES.has(head)) return null
  // "drinks firm Brindlecorp … the brewer": the firm written with this trade, the nearest such
  const written = firms.find((e) => described(e)?.trades.has(trade))
  if (written) return written
  // else the one firm the story gave no other trade ("the carmaker" is no firm called a brewer)
  const open = firms.filter((e) => [...described(e)?.trades ?? []].every((t) => t === ANY_TRADE))
  return open.length === 1 ? open[0] : null
}

/** Words for a newspaper named before: "the Sunday Herald said … The newspaper also claimed …". */
const OUTLET_WORDS = new Set(['newspaper', 'paper', 'tabloid', 'daily', 'broadsheet'])
/** Last words of an outlet's name, or of what the article wrote next to it: "the Hadley Herald", "the Hadley Daily newspaper". */
const OUTLET_NAMES = /^(newspaper|paper|tabloid|daily|times|telegraph|post|journal|gazette|herald|tribune|chronicle|observer|guardian|independent|courier|economist|sentinel|inquirer|bulletin)$/
/** Last words that end a paper's name only after a word of the press or alone ("the Sunday Mirror", "the Sun"): not "Hadley Mail". */
const WEAK_OUTLET_NAMES = /^(mail|express|mirror|news|sun|standard|register|record)$/
const ISSUE_WORDS = /^(daily|sunday|evening|morning|weekly)$/

/**
 * The one newspaper named in the last sentences before a "the newspaper" or "the paper" ("the Hadley Herald reported
 * … The paper said …"); none when two were (no guess: "the Herald … the Hadley Post … the newspaper") or none was.
 */
function outletBefore(registry: EntityRegistry, start: number, sentence: number): Entity | null {
  const outlets = new Set<Entity>()
  for (const m of registry.mentionsBefore(start)) {
    if (sentence - m.sentence > WINDOW) break
    const e = m.entity
    if (e.kind === 'organization' && (isOutletName(nameWords(e)) || registry.bodyDescriptors.get(e.words[0])?.trades.has('media'))) outlets.add(e)
  }
  // ("the Hadley Herald … the Herald": one paper the tagger wrote two ways, the nearest form kept; not "the Kestrel
  // Gazette … the Hadley Gazette", two papers)
  const found = [...outlets]
  return found.length > 0 && found.every((e) => samePaper(nameWords(e), nameWords(found[0]))) ? found[0] : null
}

function nameWords(e: Entity): string[] {
  return e.words.flatMap((w) => w.split(' '))
}

/** Whether a name's last word is a paper's ("the Hadley Gazette"), not any word ("Herald Microsystems", "Hadley Mail"). */
function isOutletName(words: string[]): boolean {
  const last = words[words.length - 1] ?? ''
  if (OUTLET_NAMES.test(last)) return true
  return WEAK_OUTLET_NAMES.test(last) && (words.length === 1 || ISSUE_WORDS.test(words[words.length - 2]))
}

/** Whether one name's words end the other's: "herald" and "hadley herald" are one paper, "kestrel gazette" and "hadley gazette" two. */
function samePaper(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.every((w, k) => w === long[long.length - short.length + k])
}

/** The firms named before `start`, nearest first: bodies outside quotes and captions, none of the state ("the Treasury"). */
function firmsBefore(registry: EntityRegistry, start: number, sentence: number): Entity[] {
  const firms: Entity[] = []
  for (const m of registry.mentionsBefore(start)) {
    if (sentence - m.sentence > WINDOW * 2) break
    const e = m.entity
    if (m.background || e.kind !== 'organization' || firms.includes(e) || !kindFits('company', e)) continue
    firms.push(e)
  }
  return firms
}

/**
 * Whether people were listed together since the last body was named: "Shares in Brindlecorp rose. Tom Hale, Ann Lee
 * and Jo Rees formed a choir. The group said …" — the group is the three, not the firm. Two people or more named in
 * one sentence after the body's last mention.
 */
export function peopleListedSinceBody(registry: EntityRegistry, start: number): boolean {
  const bySentence = new Map<number, Set<Entity>>()
  for (const m of registry.mentionsBefore(start)) {
    if (m.background) continue
    if (m.entity.kind === 'organization') return false
    if (m.entity.kind !== 'person') continue
    const people = bySentence.get(m.sentence) ?? new Set<Entity>()
    bySentence.set(m.sentence, people.add(m.entity))
    if (people.size >= 2) return true
  }
  return false
}

/**
 * A body phrase that names no body but describes a firm named before: "the Danish boat maker" after "Danish boat
 * maker Hadley Motors" (a people's word is no name). Registered as a mention of that firm, so that "it" after it is
 * the firm; false when the phrase is a name ("the Hadley Motor Company") or fits no one firm.
 */
export function mentionDescribedFirm(resolver: SpeakerResolver, r: TokenRange): boolean {
  const { tokens } = resolver.c
  const head = tokens[r.to - 1]
  if (tokens[r.from].normal !== 'the' || isCapitalized(head) || r.to - r.from < 3) return false
  const modifiers = tokens.slice(r.from + 1, r.to - 1)
  if (modifiers.some((t) => isCapitalized(t) && !tagged(t, 'Demonym') && !tagged(t, 'Country'))) return false
  const start = tokens[r.from].start
  const firm = firmByTrade(resolver.registry, head.normal, modifiers.map((t) => nameKey(t.text)), start, tokens[r.from].sentence)
  if (!firm) return false
  resolver.registry.mention(firm, { start, sentence: tokens[r.from].sentence, background: resolver.background(start), subject: resolver.c.isSubject(r.from, r.to) },
    resolver.c.text.slice(start, head.end))
  return true
}
