// A sentence that opens on a description of someone the article named, and says nothing they said, still makes that
// person its subject, whom "he" next means: "Hadley manager Tom Hale has signed a new deal. Striker Ben Cole scored
// twice. The Hadley manager was asked about the move. He replied: …" is Hale, not Cole. Only a description that
// fits one person for sure: the title written with the name ("the Hadley manager") or the age ("the 32-year-old"
// after "Tom Hale, 32,"). Not a description that fits nobody named ("The coach was asked …" with no coach named),
// whom only a guess would give, nor a description inside quotes.
import type { Token } from '../../nlp/parse'
import { PERSON_ROLES, TITLE_WORDS } from '../lexicon/roles'
import { tagged } from '../phrases'
import { nameKey, type Entity } from './entities'
import { ageIn, titleFits } from './description-fits'
import { nearest } from './salience'
import type { SpeakerResolver } from './resolve'

/** How many words a description opening a sentence may run to before its verb: "The former Hadley manager". */
const LONGEST = 6

/** Register each sentence-opening description that surely fits one person named before as that person's mention. */
export function registerDescribedPeople(s: SpeakerResolver, tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const the = tokens[i]
    if (the.text !== 'The' || (i > 0 && tokens[i - 1].sentence === the.sentence) || s.background(the.start)) continue
    // the words up to the verb: "The Hadley manager | was asked …"
    let verb = i + 1
    while (verb < tokens.length && verb - i <= LONGEST && tokens[verb].sentence === the.sentence && !isVerb(tokens[verb])) verb++
    if (verb === i + 1 || verb - i > LONGEST || tokens[verb]?.sentence !== the.sentence || /,/.test(tokens[verb - 1].post)) continue
    const entity = fitting(s, tokens, i + 1, verb)
    if (entity) s.registry.mention(entity, { start: the.start, sentence: the.sentence, background: false, subject: true }, null)
  }
}

function isVerb(t: Token): boolean {
  return tagged(t, 'Verb') && !tagged(t, 'Noun') && !tagged(t, 'Adjective')
}

/** The one person the words describe for sure: by age, else by the title written with their name. */
function fitting(s: SpeakerResolver, tokens: Token[], from: number, to: number): Entity | null {
  const start = tokens[from].start
  const age = ageIn(tokens, from, to)
  if (age !== undefined) return nearest(s.registry, start, (e) => e.kind === 'person' && e.age === age)
  const head = nameKey(tokens[to - 1].text)
  if (!PERSON_ROLES.has(head) && !TITLE_WORDS.has(head)) return null
  const modifiers = tokens.slice(from, to - 1).map((t) => nameKey(t.text)).filter((w) => w && !/\d/.test(w))
  const people = new Set<Entity>()
  for (const m of s.registry.mentionsBefore(start)) {
    if (m.entity.kind === 'person' && !!m.entity.title && titleFits(m.entity.title, head, modifiers)) people.add(m.entity)
  }
  return people.size === 1 ? [...people][0] : null
}
