// An honorific and the capitalised word right after it name a person, whatever else that word names: compromise
// reads "Mr Park", "Ms Hill", "Dr Lane", "Mr Bay" as a place (a word for a park, a hill, a lane after a name) and
// "Mr Church" as a body, and drops the honorific's Person tag, so "“We waited,” Ms Lee and Mr Park said." had no
// speaker (two people joined by "and" speak together only when both are named as people).
import { lexiconTags } from './compromise'
import type { Token } from './parse'
import { capitalised, hasTag as has, tokenAt } from './token-at'

/** The tags of a place or a body that an honorific's surname loses. */
const PLACE_OR_BODY = new Set(['Place', 'City', 'Country', 'Region', 'Organization'])
const HONORIFIC = new Set(['Honorific'])

/** An abbreviated honorific as the lexicon holds it: "Mr", "Ms", "Dr", "Sen." (not "Mayor", which can be a role). */
const isHonorificWord = (t: Token) => capitalised(t) && !!lexiconTags(t.normal.replace(/\.$/, ''))?.includes('Honorific')

/** Retags "Mr Park" read as a place as a person; "Park Lane" or "in Mr Park's garden" keep their own words. */
export function honorificSurnames(tokens: Token[], retag: (t: Token, tags: string[], drop: ReadonlySet<string>) => void): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const title = tokens[i], name = tokens[i + 1]
    if (!isHonorificWord(title) || !/^\.?$/.test(title.post) || name.sentence !== title.sentence || !capitalised(name)) continue
    // ("Mr Mates told the BBC": compromise made the surname an honorific too, and the pair named no one; a word the
    // lexicon holds for no honorific is the surname)
    if (has(name, 'Honorific') && !isHonorificWord(name)) retag(name, ['Person', 'LastName'], HONORIFIC)
    if (!has(title, 'Place') && !has(title, 'Organization') && has(name, 'Person')) continue
    retag(title, ['Person', 'Honorific'], PLACE_OR_BODY)
    retag(name, ['Person', 'LastName'], PLACE_OR_BODY)
    // ("Ms Kim Park said": a second capitalised word is the surname the first one's given name belongs to)
    const next = tokenAt(tokens, i + 2)
    if (next && name.post === '' && next.sentence === name.sentence && capitalised(next) && (has(next, 'Place') || has(next, 'Organization'))) {
      retag(next, ['Person', 'LastName'], PLACE_OR_BODY)
    }
  }
}
