// The report's colours, in one place so that the stylesheet and the contrast tests read the same values.
//
// Each speaker gets an ink (their name, their underline, their bar) and a tint (the wash behind their quotes),
// chosen so that the ink reads on the page and on its own tint, and body text reads on every tint (WCAG AA,
// 4.5:1; __tests__/render/html/palette.test.ts computes them). Eight hues can be told apart; an article's
// eight most quoted speakers get one each and the others share the neutral slate, as do quotes nobody said.
import type { Analysis, Speaker } from '../../model'
import { mix } from './contrast'

export const PAGE = {
  background: '#fdfcfa',
  text: '#1c1b19',
  /** Furniture (captions, credits), secondary labels. */
  muted: '#6b6760',
  /** Panels, the header band. */
  panel: '#f4f2ee',
  /** Hairlines between parts; decoration only, never the only sign of anything. */
  rule: '#d9d5cc',
  link: '#1f5fa8',
  /** Dates and figures marked in the text. */
  data: '#5b4a00',
  dataWash: '#f6efcf',
} as const

/** Blue, rust, green, plum, ochre, teal, violet, crimson: distinct hues, each dark enough to be text. */
export const SPEAKER_INKS = ['#1f5fa8', '#b0401a', '#1a7040', '#9a2f7a', '#876000', '#006f87', '#6b46b5', '#b3263e'] as const
/** Speakers past the eighth, and quotes without a speaker. */
export const NEUTRAL_INK = '#5f6670'
/** How much of the ink is in its tint. */
export const TINT_AMOUNT = 0.12

export interface SpeakerColour {
  /** 0 is the neutral slate; 1–8 the hues. */
  slot: number
  ink: string
  tint: string
}

export function speakerColours(): SpeakerColour[] {
  return [NEUTRAL_INK, ...SPEAKER_INKS].map((ink, slot) => ({ slot, ink, tint: mix(ink, PAGE.background, TINT_AMOUNT) }))
}

/** Speaker id → colour slot: the most quoted speaker first (then in order of first quote); 0 past the eighth. */
export function colourSlots(analysis: Pick<Analysis, 'speakers'>): Map<string, number> {
  return new Map(rankSpeakers(analysis).map((speaker, rank) => [speaker.id, rank < SPEAKER_INKS.length ? rank + 1 : 0]))
}

/** The most quoted first; among equals, the one quoted first in the article. */
export function rankSpeakers(analysis: Pick<Analysis, 'speakers'>): Speaker[] {
  return analysis.speakers
    .map((speaker, index) => ({ speaker, index }))
    .sort((a, b) => b.speaker.quoteCount - a.speaker.quoteCount || a.index - b.index)
    .map(({ speaker }) => speaker)
}
