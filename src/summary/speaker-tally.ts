// Speakers counted across articles with small counters per way of naming them — never the articles
// themselves, so a summary of 100,000 articles streamed as ndjson holds no more than one of 100.
import type { Speaker } from '../model'
import { clusterForms, compareText, formOf, type Cluster, type SpeakerForm } from '../extract/speakers/speaker-clusters'
import { addVotes, decideVotes, noVotes } from '../extract/speakers/gender-votes'
import { canHaveGender } from '../extract/speakers/gender'
import type { CorpusSpeaker, GenderCounts } from './summary-model'

/** How many other names a corpus speaker lists. */
export const MAX_ALIASES = 10

export class SpeakerTally {
  private readonly forms = new Map<string, SpeakerForm>()
  private readonly anonymous = { quoteCount: 0, articleCount: 0 }
  /** Unnamed single sources by gender: one person each, never merged. */
  private readonly anonymousGender: GenderCounts = emptyCounts()

  /** One article's speakers; returns the key each named speaker is counted under, by its name. */
  add(speakers: Speaker[]): Map<string, string> {
    const keys = new Map<string, string>()
    const named: SpeakerForm[] = []
    let anonymousQuotes = 0
    for (const speaker of speakers) {
      if (speaker.kind === 'anonymous') {
        anonymousQuotes += speaker.quoteCount
        if (canHaveGender(speaker)) count(this.anonymousGender, speaker.gender ?? null, speaker.quoteCount)
      } else named.push(formOf(speaker))
    }
    if (speakers.some((s) => s.kind === 'anonymous')) {
      this.anonymous.quoteCount += anonymousQuotes
      this.anonymous.articleCount++
    }
    // one person the article names as two speakers ("Donald Trump" and a stray "Trump") counts once for it
    for (const cluster of clusterForms(mergeByKey(named))) {
      const form = collapse(cluster)
      for (const member of cluster.forms) for (const name of member.names.keys()) keys.set(name, form.key)
      this.addForm(form)
    }
    return keys
  }

  speakers(): CorpusSpeaker[] {
    return this.corpus().speakers
  }

  /** The corpus speakers, and which one each key of `add` became part of (named as the summary names it). */
  corpus(): { speakers: CorpusSpeaker[]; nameOf(key: string): string } {
    const names = new Map<string, string>()
    const speakers = clusterForms(this.forms.values()).map((cluster) => {
      const speaker = describe(cluster)
      for (const form of cluster.forms) names.set(form.key, speaker.name)
      return speaker
    })
    speakers.sort((a, b) => b.quoteCount - a.quoteCount || b.articleCount - a.articleCount || compareText(a.name, b.name))
    return { speakers, nameOf: (key) => names.get(key) ?? key }
  }

  anonymousSources(): { quoteCount: number; articleCount: number } {
    return { ...this.anonymous }
  }

  /** People by gender: the corpus's named people (as `speakers()` merged them) and the unnamed sources. */
  genderCounts(speakers: CorpusSpeaker[]): GenderCounts {
    const counts = emptyCounts()
    for (const key of ['female', 'male', 'unknown'] as const) counts[key] = { ...this.anonymousGender[key] }
    for (const s of speakers) if (s.kind === 'person') count(counts, s.gender, s.quoteCount)
    return counts
  }

  private addForm(form: SpeakerForm) {
    const known = this.forms.get(form.key)
    if (known) mergeInto(known, form)
    else this.forms.set(form.key, form)
  }
}

function mergeByKey(forms: SpeakerForm[]): SpeakerForm[] {
  const byKey = new Map<string, SpeakerForm>()
  for (const form of forms) {
    const known = byKey.get(form.key)
    if (!known) byKey.set(form.key, form)
    else {
      known.quoteCount += form.quoteCount
      addVotes(known.genders, form.genders)
      for (const [name] of [...form.names, ...form.aliases]) if (!known.names.has(name)) known.aliases.set(name, 1)
    }
  }
  return [...byKey.values()]
}

/** One article's cluster → one form under the head's key, counting the article once. */
function collapse(cluster: Cluster): SpeakerForm {
  const [head, ...rest] = cluster.forms
  const aliases = new Map(head.aliases)
  for (const form of rest) for (const [name] of [...form.names, ...form.aliases]) if (!head.names.has(name)) aliases.set(name, 1)
  // the article's one vote: "Donald Trump" and a stray "Trump" in it are one person, whatever each was given
  const genders = noVotes()
  for (const form of cluster.forms) addVotes(genders, form.genders)
  const decided = decideVotes(genders)
  const vote = noVotes()
  if (decided) vote[genders.article[decided] > 0 ? 'article' : 'name'][decided] = 1
  return { ...head, quoteCount: cluster.quoteCount, articleCount: 1, aliases, genders: vote }
}

function mergeInto(known: SpeakerForm, form: SpeakerForm) {
  known.quoteCount += form.quoteCount
  known.articleCount += form.articleCount
  addVotes(known.genders, form.genders)
  for (const [name, n] of form.names) known.names.set(name, (known.names.get(name) ?? 0) + n)
  for (const [name, n] of form.aliases) known.aliases.set(name, (known.aliases.get(name) ?? 0) + n)
}

/** A corpus cluster as the summary shows it: named as most articles name its fullest form. */
function describe(cluster: Cluster): CorpusSpeaker {
  const [head] = cluster.forms
  const name = mostUsed(head.names)[0]
  const others = new Map<string, number>()
  const genders = noVotes()
  for (const form of cluster.forms) addVotes(genders, form.genders)
  for (const form of cluster.forms) {
    for (const [alias, n] of [...form.names, ...form.aliases]) {
      // "The Kremlin" opening a sentence is no other name for "the Kremlin"
      if (alias.toLowerCase() !== name.toLowerCase()) others.set(alias, (others.get(alias) ?? 0) + n)
    }
  }
  return {
    name,
    kind: head.kind as CorpusSpeaker['kind'],
    quoteCount: cluster.quoteCount,
    articleCount: cluster.forms.reduce((sum, f) => sum + f.articleCount, 0),
    aliases: mostUsed(others).slice(0, MAX_ALIASES),
    gender: head.kind === 'person' ? decideVotes(genders) : null,
  }
}

function emptyCounts(): GenderCounts {
  return { female: { speakers: 0, quotes: 0 }, male: { speakers: 0, quotes: 0 }, unknown: { speakers: 0, quotes: 0 } }
}

function count(counts: GenderCounts, gender: CorpusSpeaker['gender'], quotes: number): void {
  const tally = counts[gender ?? 'unknown']
  tally.speakers++
  tally.quotes += quotes
}

function mostUsed(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([name]) => name)
}
