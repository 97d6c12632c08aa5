// Heads of descriptions that name no one person: "The crowd chanted that he should resign" is the crowd, "The
// decree instructs officials to …" the decree, "the first incident" an incident; none of them is the person the
// story named last, which is what a bare description otherwise falls back to ("the cheerful landlord").
import type { Token } from '../../nlp/parse'
import { CONNECTORS, tagged } from '../phrases'
import { ORGANIZATION_NOUNS } from '../lexicon/roles'
import { nameKey } from './entities'

/** Many people as one: "the crowd", "the audience", "the family" speak as a group. */
const GATHERINGS = new Set(['crowd', 'audience', 'public', 'family', 'jury', 'panel', 'electorate', 'congregation', 'mob', 'gathering',
  'household', 'couple'])

/**
 * Endings of nouns for acts, states and ideas, never a person: "the legislation", "the agreement", "the
 * conference", "the leadership", "the hostility", "the ideology" ("witness" is a person, "audience" a gathering).
 */
const ABSTRACT = /^[a-z-]{3,}(tion|sion|ment|ism|ship|ness|ance|ence|logy)$/
const PEOPLE_ENDING_SO = new Set(['witness'])

/** Things that come up as a sentence's subject before a verb of saying: "the law says", "the plan calls for". */
const THINGS = new Set(['law', 'bill', 'decree', 'order', 'deal', 'plan', 'policy', 'proposal', 'measure', 'rule', 'rules', 'program',
  'programme', 'treaty', 'act', 'budget', 'initiative', 'platform', 'show', 'film', 'movie', 'story', 'speech', 'song', 'album', 'game',
  'page', 'site', 'camera', 'engine', 'system', 'machine', 'device', 'app', 'software', 'computer', 'phone', 'car', 'vehicle', 'plane',
  'incident', 'case', 'issue', 'problem', 'idea', 'move', 'decision', 'change', 'changes', 'event', 'race', 'contest',
  'vote', 'win', 'defeat', 'loss', 'victory', 'election', 'result', 'outcome', 'evidence', 'money', 'fund', 'economy', 'market',
  'industry', 'country', 'nation', 'state', 'city', 'town', 'region', 'area', 'world', 'web', 'internet', 'television', 'tv', 'radio', 'news',
  'night', 'evening', 'morning', 'day', 'week', 'month', 'year', 'history', 'reality', 'fact', 'truth', 'belief', 'claim', 'theme',
  'message', 'reply', 'answer', 'question', 'term', 'clause', 'passage', 'form', 'schedule', 'stage', 'side', 'half', 'average', 'tally',
  'number', 'share', 'rate', 'price', 'cost', 'impact', 'effect', 'situation', 'work', 'meeting', 'forum', 'summit',
  // ideas and pictures, which speak for no one in particular: "According to the hypothesis of the report, …",
  // "according to traffic camera footage", "Trump's view of the world"
  'hypothesis', 'theory', 'footage', 'view', 'consensus'])

/** Whether a description's head names something other than one person: a gathering, a thing, an idea, a time or a place. */
export function namesNoPerson(head: Token): boolean {
  const word = nameKey(head.text)
  if (GATHERINGS.has(word) || THINGS.has(word)) return true
  if (ABSTRACT.test(word) && !PEOPLE_ENDING_SO.has(word)) return true
  return ['Date', 'Duration', 'Place', 'Country', 'City'].some((tag) => tagged(head, tag))
}

/** Whether a description's head is many people as one: "the crowd", "the audience". */
export function isGathering(head: Token): boolean {
  return GATHERINGS.has(nameKey(head.text))
}

/**
 * Whether an unnamed source's description is many people or a body, whom "they" may mean: "a panel of industry
 * experts", "the royal council", not one person ("a Northwind spokesman", "the finance minister"). The head is the last
 * word before a preposition: "a panel of experts" is a panel.
 */
export function describesMany(description: string): boolean {
  const words = description.toLowerCase().split(/\s+/)
  // (the prepositions that end a noun phrase's head, phrases.ts CONNECTORS, and "by" and "to": "a panel within the
  // ministry", "a team from the council")
  const cut = words.findIndex((w, k) => k > 0 && (CONNECTORS.has(w) || w === 'by' || w === 'to'))
  const head = nameKey(words[(cut > 0 ? cut : words.length) - 1])
  return GATHERINGS.has(head) || ORGANIZATION_NOUNS.has(head)
}
