// The speakers of several sections of one long input → one speaker per person or body, by the rules the
// corpus summary uses across articles: "Donald Trump" in the first section and "Mr Trump" in a later one are
// one person; "the Kremlin" twice is one body; an anonymous source ("a European official") stays in its section.
import type { Speaker, SpeakerKind } from '../../model'
import { clusterForms, formOf, type SpeakerForm } from './speaker-clusters'

/** A section's speaker: which section, and the speaker as that section named it. */
export interface SectionSpeaker {
  section: number
  speaker: Speaker
}

/** One person or body across the sections, without an id yet (ids follow the first quote). */
export interface JoinedSpeaker {
  name: string
  kind: SpeakerKind
  title: string | null
  aliases: string[]
  members: SectionSpeaker[]
}

export function joinSpeakers(sections: Speaker[][]): JoinedSpeaker[] {
  const byKey = new Map<string, { form: SpeakerForm; members: SectionSpeaker[] }>()
  sections.forEach((speakers, section) => {
    for (const speaker of speakers) {
      const form = formOf(speaker)
      // "a European official" in one section and in another are two sources, as they are in one text
      if (speaker.kind === 'anonymous') form.key += `:${section}`
      const known = byKey.get(form.key)
      if (known) {
        known.form.quoteCount += form.quoteCount
        known.members.push({ section, speaker })
      } else {
        byKey.set(form.key, { form, members: [{ section, speaker }] })
      }
    }
  })
  const membersOf = new Map([...byKey.values()].map(({ form, members }) => [form, members]))
  return clusterForms(membersOf.keys()).map((cluster) => {
    const [head] = cluster.forms
    const members = cluster.forms.flatMap((form) => membersOf.get(form)!)
      .sort((a, b) => a.section - b.section)
    // named as the head form's most quoted member names it: "Donald Trump", not a stray "Trump"
    const named = membersOf.get(head)!.reduce((best, m) => (m.speaker.quoteCount > best.speaker.quoteCount ? m : best))
    const name = named.speaker.name
    const aliases = new Set(members.flatMap((m) => [m.speaker.name, ...m.speaker.aliases]))
    aliases.delete(name)
    const title = named.speaker.title ?? members.find((m) => m.speaker.title !== null)?.speaker.title ?? null
    return { name, kind: head.kind, title, aliases: [...aliases], members }
  })
}
