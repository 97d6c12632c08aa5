// Whom a pronoun means: "he said" → the nearest man before it, subjects first, the one quoted last a little
// ahead; "it said" → a body; "they said" → a group or a body; "I" in an interview's labelled answer → the one
// labelled.
import type { Entity } from './entities'
import type { Resolution, SpeakerResolver } from './resolve'
import { salient } from './salience'
import { objectsOfPronounSubjects } from './pronoun-subjects'
import { loneObjectBefore } from './lone-object'
import { replierBefore } from './reply-subject'
import { PERSON_ENDING } from './person-heads'
import { describesMany } from './non-person-heads'
import { firstNameGender } from './first-name-gender'
import { GROUP_NOUNS } from '../lexicon/roles'
import { isCommonWord } from '../../nlp/compromise'
import { tokenIndexIn } from '../../nlp/parse'

/** How far back a pronoun outside the speakers' words looks: a person named in the last few sentences. */
const REFERENT_WINDOW = 3

/**
 * The entity a pronoun that names a quote's speaker means ("he", "she", "they", "it", "who", "I"). `reported`, where
 * the words it reports begin: a pronoun after them looks for whom it means before them, never in them ("This is the
 * record Mr Hale must defend, he said" is not Mr Hale's; "The union, in particular, was to blame, it noted" not the
 * union's).
 */
export function resolvePronoun(s: SpeakerResolver, word: string, start: number, sentence: number, lastSpeaker: Entity | null,
  reported = start): Resolution {
  const { registry, genderCues } = s
  const labelled = word === 'i' ? s.labelled(start) : null
  if (labelled) {
    registry.mention(labelled, { start, sentence, background: false, subject: true }, null)
    return { entity: labelled, rule: 'transcript-label' }
  }
  // "I said …" outside an interview's labelled answer is the writer; "you say" is anyone: never a body named before
  // ("The Hadley Council met. I said that the plan would fail.")
  if (word === 'i' || word === 'you') return { entity: null, rule: 'pronoun-unresolved' }
  const wanted = word === 'he' ? 'm' : word === 'she' ? 'f' : null
  const personal = word === 'he' || word === 'she' || word === 'who'
  const fits = (e: Entity) => personal
    ? (e.kind === 'person' || (e.kind === 'anonymous' && !e.thing)) && (!wanted || !e.gender || e.gender === wanted) && !(wanted && titledOther(s, e, wanted))
    : word === 'it' ? e.kind === 'organization' || bodyReadAsPlural(e) || !!bodyTwin(s, e) || writingThatSpoke(e) : manyOrBody(e)
  // ("He has worked on Silver Harbour and Jack Quillmore. “…,” he told reporters": not Jack Quillmore)
  const shadowed = wanted ? objectsOfPronounSubjects(registry, s.c.tokens, word, start, sentence) : new Set<Entity>()
  const from = Math.min(start, reported)
  const first = (e: Entity) => fits(e) && !shadowed.has(e) && !(wanted && (barelyNamed(s, e) || commonWordNamed(s, e) || namedAsOther(s, e, wanted)))
  // ("Those claims were put to Tom Hale after the match. At first he said: …": the sentence before is about Hale)
  const about = wanted ? loneObjectBefore(registry, s.c.tokens, from, sentence, first) : null
  // ("Hale said the courts were slow, but league chief Ben Cole rejected his comments. “…,” he said": Cole, reply-subject.ts)
  const replier = wanted && !about ? replierBefore(registry, s.c.tokens, from, sentence, first) : null
  let best = replier ? replier.entity : salient(registry, from, sentence, first, lastSpeaker, undefined, about)
  // ("The Sharks host Leeds in the cup. “It is a big game,” he said", nobody else before it: Leeds it is)
  if (!best && wanted) best = salient(registry, from, sentence, fits, lastSpeaker)
  if (best && word === 'it') best = bodyTwin(s, best) ?? best
  if (best && wanted && !best.gender) best.gender = wanted
  // "Leslie Brown, the fire chief, … “We were lucky,” he said": when nobody else fits, the article's pronoun
  // beats the usual gender of a first name (the tagger's guess), though never an honorific or an earlier pronoun
  if (!best && wanted) {
    best = salient(registry, from, sentence, (e) => e.kind === 'person' && e.gender !== wanted && !e.honorific && !genderCues.given(e), lastSpeaker)
    if (best) best.gender = wanted
  }
  if (best) best.unspoken = false
  if (best) registry.mention(best, { start, sentence, background: false, subject: true }, null)
  if (best) genderCues.pronoun(best, s.c.text, start, word)
  return { entity: best, rule: best ? (replier?.entity === best ? 'pronoun-reply' : 'pronoun') : 'pronoun-unresolved' }
}

/**
 * Whether "they" may mean an entity: a group, a body, a thing that speaks, an unnamed panel or council; never one
 * person known only by a description ("“Most councils will struggle,” a Hadco spokesman said. Hadco says it will
 * help. They say …" is Hadco, not the spokesman).
 */
function manyOrBody(e: Entity): boolean {
  if (e.kind === 'anonymous') return !!e.thing || describesMany(e.name)
  return e.kind !== 'person'
}

/**
 * Whether an entity is a writing that spoke with no author named, which "it" may mean as it means a body: "A new
 * report found that children watch too much. It said parents should act" (the report, not the last body named
 * before it). A writing whose author is named spoke as that author, and "it" is the author already.
 */
function writingThatSpoke(e: Entity): boolean {
  return e.kind === 'anonymous' && !!e.thing
}

/**
 * The body of the same name as someone taken for a person whom nothing marks as one: "Market leader Kestrel is
 * releasing a console that it says …", where "leader" made a person of Kestrel, which the article names as a body
 * later ("Kestrel Co said …"). Not a person with an honorific, a gender, or a name the tagger knows.
 */
function bodyTwin(s: SpeakerResolver, e: Entity): Entity | undefined {
  if (e.kind !== 'person' || e.honorific || e.gender || e.personTagged || s.genderCues.given(e)) return undefined
  return s.registry.findByKey(e.words.join(' '), 'organization')
}

/**
 * Whether a group is one capitalised word the tagger read as a plural though it is a body's name: "Yukos maintains
 * that it filed for bankruptcy. It also said …" (its singular is no word the lexicon holds, and no people's noun:
 * not "Officials", "Economists" or "Supporters").
 */
function bodyReadAsPlural(e: Entity): boolean {
  if (e.kind !== 'group' || !/^\p{Lu}[\p{L}-]*s$/u.test(e.name)) return false
  const singular = e.name.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')
  return !GROUP_NOUNS.has(e.name.toLowerCase()) && !isCommonWord(singular) && !isCommonWord(e.name.toLowerCase()) && !PERSON_ENDING.test(singular)
}

/**
 * Whether an entity taken for a person is one capitalised word the tagger reads as a place, a date or a body,
 * and nothing marks as a person's: no first or last name it knows, no honorific, never a fuller name, nothing said
 * of its gender. "he" is such a word's last choice: "Philippe Martin has re-opened the debate. The Sharks host
 * Leeds in the cup on Friday. “It is an important game,” he told the radio" is Martin, not Leeds (a person only by
 * "host", read as a title); "Yuni", "Demi", one-name people the tagger does not know, stay a "he" like any.
 */
function barelyNamed(s: SpeakerResolver, e: Entity): boolean {
  return e.kind === 'person' && e.words.length === 1 && !!e.placeTagged && !e.personTagged && !e.honorific && !e.gender && !s.genderCues.given(e)
}

/**
 * Whether an entity taken for a person is one word the lexicon holds as a common word, nothing marks as a person's,
 * and written with a capital only where a sentence opens: "Figures suggest that few were fined, he added" is
 * not whom "he" means when someone else may be. Not "Rush" of "Rush wrote … described Rush standing …" (a capital
 * inside a sentence is a name's), nor a person the tagger, an honorific or a first name's gender marks.
 */
function commonWordNamed(s: SpeakerResolver, e: Entity): boolean {
  if (e.kind !== 'person' || e.words.length !== 1 || e.personTagged || e.honorific || s.genderCues.given(e) || !isCommonWord(e.words[0])) return false
  const { tokens } = s.c
  for (const m of s.registry.mentionsAfter(0)) {
    if (m.entity !== e) continue
    const at = tokenIndexIn(tokens, m.start)
    if (at > 0 && tokens[at - 1].sentence === tokens[at].sentence && !/["“‘']\s*$/.test(tokens[at].pre)) return false
  }
  return true
}

/**
 * Whether a person the article gave no gender has a first name that is, almost always, the other gender's: "Spike
 * Cohen was picked as running mate. … Jorgensen's positions mix both camps. She supports …" is not Cohen. Only a
 * first pass: when nobody else fits, the article's pronoun wins over the usual gender of a name.
 */
function namedAsOther(s: SpeakerResolver, e: Entity, wanted: 'm' | 'f'): boolean {
  if (s.c.nameGender === false || e.kind !== 'person' || e.gender || e.words.length < 2) return false
  const usual = firstNameGender(e.words[0])
  return !!usual && usual.gender !== (wanted === 'm' ? 'male' : 'female') && (usual.share ?? 1) >= 0.98
}

/**
 * Whether someone known only by a description is described as of the other gender: "Her husband said …. “We
 * cannot stay,” she said" is not the husband. (Only descriptions: a named person's cues may come from a
 * description resolved to them wrongly, and a named person's honorific is already their gender.)
 */
function titledOther(s: SpeakerResolver, e: Entity, wanted: 'm' | 'f'): boolean {
  const other = wanted === 'm' ? 'female' : 'male'
  return e.kind === 'anonymous' && s.genderCues.of(e).some((c) => c.kind === 'title' && c.gender === other)
}

/**
 * Whom a pronoun outside the speakers' words means ("Albury said her top three goals …"), by the rule that
 * resolves "she said", but without noting it as a mention: gender evidence only, so attribution stays as it was.
 */
export function pronounReferent(s: SpeakerResolver, wanted: 'm' | 'f', start: number, sentence: number): Entity | null {
  if (s.background(start)) return null
  const fits = (e: Entity) => (e.kind === 'person' || (e.kind === 'anonymous' && !e.thing)) && (!e.gender || e.gender === wanted) &&
    !s.genderCues.against(e, wanted === 'm' ? 'male' : 'female')
  return salient(s.registry, start, sentence, fits, null, REFERENT_WINDOW)
}
