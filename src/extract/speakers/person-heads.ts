// Whether a description's head can be a person at all, before a bare description is given to the person the story
// keeps naming: "the veteran striker said" may be the striker named before, but "Ms Lee's legal action alleges …",
// "the airline database lists …" or "the political spectrum" name no one, and a wrong name is worse than the
// description left as it stands.
import type { Token } from '../../nlp/parse'
import { lexiconTags } from '../../nlp/compromise'
import { tagged } from '../phrases'
import { nameKey } from './entities'

/** Endings of nouns for people: "striker", "investor", "economist", "Olympian", "nominee", "defendant". */
export const PERSON_ENDING = /(?:er|or|ist|ian|man|men|woman|ee|crat|eur|ster|ant|ent|aire|ess|ic|geon|pion|son)$/

/** People's nouns with no telling ending that the lexicon holds as things or not at all: "the star", "the widow". */
const PEOPLE = new Set(['star', 'victim', 'widow', 'jockey', 'fan', 'pope', 'duke', 'imam', 'umpire', 'mp', 'peer', 'head', 'thief',
  'spy', 'nurse', 'coach', 'model', 'guard', 'judge', 'pundit', 'aide', 'hopeful', 'rival', 'ally', 'envoy', 'tourist', 'guest', 'host',
  'cop', 'chief', 'boss', 'deputy', 'heir', 'monarch', 'ace', 'legend', 'hero', 'heroine', 'idol', 'icon', 'veteran', 'rookie', 'mum',
  'dad', 'wife', 'husband', 'kid', 'youth', 'patient', 'client', 'pupil', 'graduate', 'candidate', 'rebel', 'militant', 'suspect',
  'culprit', 'colleague', 'friend', 'relative', 'expert', 'pilot', 'chef', 'crew', 'diplomat', 'bureaucrat', 'magnate', 'tycoon', 'mogul',
  'forward', 'goalie', 'winger', 'skipper'])

/**
 * Whether the head word of a description may stand for one person: a noun the lexicon knows for a person or an
 * adjective used as one ("the incumbent"), a person's ending, one of a few plain people's nouns, a name's tag.
 * Not a noun the lexicon holds as a thing ("suit", "database") or one it does not know with no person's ending
 * ("spectrum", "trope").
 */
export function mayBePerson(head: Token): boolean {
  const word = nameKey(head.text)
  if (PEOPLE.has(word) || PERSON_ENDING.test(word)) return true
  if (['Person', 'FirstName', 'LastName', 'Honorific', 'Demonym'].some((tag) => tagged(head, tag))) return true
  const tags = lexiconTags(word)
  return !!tags && tags.some((tag) => /^(Actor|Adjective|Comparative|Superlative|Noun|Person|FirstName|LastName|MaleName|FemaleName)$/.test(tag))
}
