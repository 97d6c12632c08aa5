// A body named after a person it belongs to: "The Reyes campaign", "the Hale administration". Found again by its
// kind ("campaign"), it must be that person's: after "The Hale campaign criticized Ann Reyes …", "The Reyes
// campaign released a statement" is no longer the Hale campaign (nor "his campaign", named for Hale before).
// (not "the Labour government" after "the government": a capital that is no person's name says nothing of whose)
import { isCapitalized, tagged, type TokenRange } from '../phrases'
import type { Token } from '../../nlp/parse'
import { nameKey, type Entity, type EntityRegistry } from './entities'

/** The keys of the people a body's description names as its owner: "reyes" in "The Reyes campaign". */
export function ownersIn(tokens: Token[], registry: EntityRegistry, r: TokenRange, headAt: number): string[] {
  const people = new Set(registry.entities.filter((e) => e.kind === 'person').flatMap((e) => e.words.flatMap((w) => w.split(' '))))
  const owners: string[] = []
  for (let i = r.from; i < headAt; i++) {
    const t = tokens[i]
    if (!isCapitalized(t) || tagged(t, 'Determiner')) continue
    const key = nameKey(t.text)
    if (people.has(key) || tagged(t, 'Person')) owners.push(key)
  }
  return owners
}

/** Whether a body found by its kind may be the one a description with these owners means. */
export function ownedBy(e: Entity, owners: string[]): boolean {
  if (owners.length === 0) return true
  const words = new Set(e.words.flatMap((w) => w.split(' ')))
  return owners.every((o) => words.has(o))
}
