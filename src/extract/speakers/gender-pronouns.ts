// The article's other pronouns as gender evidence: "Jane Albury … said her top three goals would be …",
// "Tom Okafor, who set up Northwind Press with his father, says …". The resolver links only the
// pronoun that names a quote's speaker ("she said"); here every he, she, his, her, him, hers, himself and herself
// outside quotes and captions is resolved by the same rule, and noted for the named person it means. Nothing else
// changes: these pronouns are not mentions, so no quote's speaker depends on them.
import type { Token } from '../../nlp/parse'
import { pronounGender } from '../lexicon/gendered-words'
import type { Entity } from './entities'
import type { SpeakerResolver } from './resolve'
import { pronounReferent } from './pronouns'

export function noteOtherPronouns(resolver: SpeakerResolver, text: string, tokens: Token[], speakers: ReadonlySet<Entity>): void {
  for (const t of tokens) {
    const gender = pronounGender(t.normal)
    if (!gender) continue
    const entity = pronounReferent(resolver, gender === 'female' ? 'f' : 'm', t.start, t.sentence)
    // an unnamed source takes the pronouns near it (so that a named person does not), but is given none: the
    // descriptions around it are often not registered ("Okafor was reported by a neighbour … he started feeling ill")
    if (entity && entity.kind === 'person' && speakers.has(entity) && resolver.genderCues.namedAsPerson(entity)) {
      resolver.genderCues.pronoun(entity, text, t.start, t.normal)
    }
  }
}
