// A surname that is also the last word of a place or a body the article names: "Mr Park" after "Central Park",
// "Ms Hill" after "Capitol Hill". A name with an honorific is a person's, never the place's fuller name:
// "Thousands gathered in Central Park. … “We did not expect this,” Mr Park said" is Mr Park, not "Central Park".
import type { Token } from '../../nlp/parse'
import { tagged, type TokenRange } from '../phrases'

/** Whether a capitalised run is written as a place's or a body's name ("Central Park", "Capitol Hill"), none of it a person's. */
export function placeRun(tokens: Token[], r: TokenRange): boolean {
  const run = tokens.slice(r.from, r.to)
  return run.some((t) => tagged(t, 'Place') || tagged(t, 'Organization')) && !run.some((t) => tagged(t, 'Person'))
}
