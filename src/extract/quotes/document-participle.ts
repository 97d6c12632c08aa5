// A participle of saying after a document: "The council issued a statement saying the bridge was safe", "Ms Lee
// sent a letter to members saying she would resign", "a memo from the mayor saying …". The document says it, in the
// name of whoever put it out or wrote it.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { DOCUMENT_NOUNS } from '../lexicon/roles'
import { breaksAfter, hasVerb, namesSomeone, phraseEndingAt, phraseStartingAt, tagged, type TokenRange } from '../phrases'
import { subjectBefore } from './speaker-phrase'

/** Verbs that put a document out in their subject's name: "issued a statement", "posted a video", "sent a letter". */
const ISSUING = new Set(['issued', 'issues', 'issue', 'released', 'releases', 'release', 'sent', 'sends', 'send', 'posted', 'posts',
  'published', 'publishes', 'put', 'puts', 'wrote', 'writes', 'shared', 'shares', 'tweeted', 'circulated', 'emailed', 'distributed', 'filed', 'files'])

/** Words a document's phrase may carry before the participle: "a letter to members", "a statement on Friday". */
const LINKS = /^(to|on|in|at|from|by|of|for|late|early|last|this)$/

/**
 * Who says what a participle of saying at `i` reports when a document stands right before it (over a phrase of
 * place, time or addressee): the author named with it ("a letter from Ms Lee saying"), else the one who issued it
 * ("the council issued a statement saying"), else the document itself ("obtained a memo saying"). Null when no
 * document stands there ("the crowd saying", "a statement, saying" goes to the sentence's speaker).
 */
export function documentSpeaker(tokens: Token[], i: number, floor: number): TokenRange | null {
  let doc = -1
  for (let j = i - 1; j >= floor && j >= i - 8; j--) {
    if (breaksAfter(tokens[j])) return null
    if (DOCUMENT_NOUNS.has(tokens[j].normal) && tagged(tokens[j], 'Noun')) { doc = j; break }
    if (hasVerb(tokens, j, j + 1) && !tagged(tokens[j], 'Date') && !tagged(tokens[j], 'Noun')) return null
    if (!(tagged(tokens[j], 'Noun') || tagged(tokens[j], 'Date') || tagged(tokens[j], 'Determiner') || tagged(tokens[j], 'Adjective') || LINKS.test(tokens[j].normal))) return null
  }
  if (doc < 0) return null
  const document = phraseEndingAt(tokens, doc + 1, floor)
  if (!document) return null
  // "a letter from Ms Lee saying …", "a memo by the mayor's aides saying …"
  if (/^(from|by)$/.test(tokenAt(tokens, doc + 1)?.normal ?? '')) {
    const author = phraseStartingAt(tokens, doc + 2, i)
    if (author && namesSomeone(tokens, author)) return author
  }
  let verb = document.from - 1
  while (verb > floor && tagged(tokens[verb], 'Adverb')) verb--
  if (verb >= floor && ISSUING.has(tokens[verb].normal)) {
    const issuer = subjectBefore(tokens, verb, floor)
    if (issuer && namesSomeone(tokens, issuer)) return issuer
  }
  return document
}
