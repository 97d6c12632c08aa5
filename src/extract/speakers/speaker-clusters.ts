// Speakers of many articles (or of the sections of one long input) → one entry per person or body. Pure: forms in, clusters out.
//
// A "form" is one way a speaker is named, with its counts: person forms are merged by the name rules
// of person-names.ts; bodies and groups by their name ("the Kremlin" = "Kremlin"); a person known only
// by a description ("the Ukrainian president") only with the very same description.
// The result does not depend on the order the forms come in, so --jobs 4 gives the same summary as --jobs 1.
import type { Speaker, SpeakerKind } from '../../model'
import { compatible, personName, surname, type PersonName } from './person-names'
import { voteOf, type GenderVotes } from './gender-votes'

export interface SpeakerForm {
  /** What makes two forms the same form: "person:donald trump", "organization:kremlin". */
  key: string
  kind: SpeakerKind
  /** The name's words for a named person; null for bodies, groups and descriptions. */
  person: PersonName | null
  quoteCount: number
  articleCount: number
  /** The speaker's name as the articles give it, with how many articles gave it so. */
  names: Map<string, number>
  /** The other ways the articles name it ("Mr Trump", "the US president"), with counts. */
  aliases: Map<string, number>
  /** The gender each article gave it (gender-votes.ts). */
  genders: GenderVotes
}

export interface Cluster {
  /** The fullest form first. */
  forms: SpeakerForm[]
  quoteCount: number
}

/** A speaker of one article as a form: its key says which forms are the same way of naming. */
export function formOf(speaker: Speaker): SpeakerForm {
  const person = speaker.kind === 'person' ? personName(speaker.name) : null
  let key: string
  if (person) {
    // a surname alone keeps its honorific's gender apart: "Mr Smith" and "Mrs Smith"
    key = `person:${person.words.join(' ')}${person.words.length === 1 ? `:${person.gender ?? '-'}` : ''}`
    if (person.words.length > 1) person.gender = null // the first name says who it is
  } else {
    key = `${speaker.kind === 'person' ? 'description' : speaker.kind}:${normaliseName(speaker.name)}`
  }
  return {
    key,
    kind: speaker.kind,
    person,
    quoteCount: speaker.quoteCount,
    articleCount: 1,
    names: new Map([[speaker.name, 1]]),
    aliases: new Map(speaker.aliases.filter((a) => a !== speaker.name).map((a) => [a, 1])),
    genders: voteOf(speaker),
  }
}

/** "The Kremlin" → "kremlin"; "the company’s" → "company". */
function normaliseName(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/[’']s$/, '').replace(/\s+/g, ' ').trim()
}

/** Forms → clusters; within a cluster the head (fullest, most quoted) form comes first. */
export function clusterForms(forms: Iterable<SpeakerForm>): Cluster[] {
  const clusters: Cluster[] = []
  const bySurname = new Map<string, SpeakerForm[]>()
  for (const form of forms) {
    if (form.kind === 'person' && form.person) {
      const key = surname(form.person)
      const group = bySurname.get(key)
      if (group) group.push(form)
      else bySurname.set(key, [form])
    } else {
      clusters.push({ forms: [form], quoteCount: form.quoteCount })
    }
  }
  for (const group of bySurname.values()) clusters.push(...clusterPeople(group))
  return clusters
}

/** People sharing a surname: full names first, each joining the first fuller name it fits; then surnames alone. */
function clusterPeople(forms: SpeakerForm[]): Cluster[] {
  const clusters: Cluster[] = []
  const full = forms.filter((f) => (f.person as PersonName).words.length > 1).sort(fullerFirst)
  const single = forms.filter((f) => (f.person as PersonName).words.length === 1).sort(genderedFirst)
  for (const form of full) {
    const home = clusters.find((c) => compatible(head(c), form.person as PersonName))
    join(home, form, clusters)
  }
  for (const form of single) {
    // "Mr Trump": the most quoted person it fits, so the corpus's Donald Trump rather than a Fred Trump quoted once
    const fitting = clusters.filter((c) => compatible(withGender(c), form.person as PersonName))
    const home = fitting.sort(mostQuotedFirst)[0]
    join(home, form, clusters)
  }
  return clusters
}

function join(cluster: Cluster | undefined, form: SpeakerForm, clusters: Cluster[]) {
  if (cluster) {
    cluster.forms.push(form)
    cluster.quoteCount += form.quoteCount
  } else {
    clusters.push({ forms: [form], quoteCount: form.quoteCount })
  }
}

const head = (cluster: Cluster) => cluster.forms[0].person as PersonName
const clusterGender = (cluster: Cluster) => cluster.forms.find((f) => f.person?.gender)?.person?.gender ?? null
const withGender = (cluster: Cluster): PersonName => ({ words: head(cluster).words, gender: clusterGender(cluster) })

function fullerFirst(a: SpeakerForm, b: SpeakerForm): number {
  return (b.person as PersonName).words.length - (a.person as PersonName).words.length || b.quoteCount - a.quoteCount || compareText(a.key, b.key)
}

function genderedFirst(a: SpeakerForm, b: SpeakerForm): number {
  const gendered = (f: SpeakerForm) => (f.person?.gender ? 0 : 1)
  return gendered(a) - gendered(b) || b.quoteCount - a.quoteCount || compareText(a.key, b.key)
}

function mostQuotedFirst(a: Cluster, b: Cluster): number {
  return b.quoteCount - a.quoteCount || compareText(a.forms[0].key, b.forms[0].key)
}

/** Code-unit order: the same on every machine, whatever the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
