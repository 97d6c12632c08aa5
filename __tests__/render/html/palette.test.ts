import { contrastRatio, mix } from '../../../src/render/html/contrast'
import { colourSlots, NEUTRAL_INK, PAGE, SPEAKER_INKS, speakerColours } from '../../../src/render/html/palette'

// WCAG 2.x AA: 4.5:1 for text, 3:1 for lines and bars that carry meaning
const AA_TEXT = 4.5

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48], // the classic near miss: mid grey on white fails AA
    ['#767676', '#ffffff', 4.54], // one step darker passes
    ['#ffffff', '#767676', 4.54], // order does not matter
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2)
  })

  it('refuses what is not #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow('not a #rrggbb colour: red')
  })

  it('mixes two colours by an amount', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080')
    expect(mix('#1f5fa8', '#ffffff', 0)).toBe('#ffffff')
  })
})

describe('the report’s colours meet WCAG AA', () => {
  const colours = speakerColours()

  it('has eight hues and the neutral slate', () => {
    expect(colours.map((c) => c.ink)).toEqual([NEUTRAL_INK, ...SPEAKER_INKS])
    expect(new Set(SPEAKER_INKS).size).toBe(SPEAKER_INKS.length)
  })

  it.each(speakerColours().map((c) => [c.ink, c]))('speaker ink %s', (_ink, { ink, tint }) => {
    // the speaker's name in the panel and in the text; a mention inside its own quote; the panel row when selected
    expect(contrastRatio(ink, PAGE.background)).toBeGreaterThanOrEqual(AA_TEXT)
    expect(contrastRatio(ink, tint)).toBeGreaterThanOrEqual(AA_TEXT)
    // the words of a quote on its tint, and the muted details of a selected speaker's row
    expect(contrastRatio(PAGE.text, tint)).toBeGreaterThanOrEqual(AA_TEXT)
    expect(contrastRatio(PAGE.muted, tint)).toBeGreaterThanOrEqual(AA_TEXT)
    // a mention that is also a date or figure
    expect(contrastRatio(ink, PAGE.dataWash)).toBeGreaterThanOrEqual(AA_TEXT)
  })

  it.each([
    ['body text', PAGE.text, PAGE.background],
    ['furniture and secondary labels', PAGE.muted, PAGE.background],
    ['a dimmed quote (another speaker selected)', PAGE.muted, PAGE.background],
    ['a cue verb on its box', PAGE.text, PAGE.panel],
    ['the value of a date or figure on its wash', PAGE.data, PAGE.dataWash],
    ['words that are a date or figure', PAGE.text, PAGE.dataWash],
    ['a link', PAGE.link, PAGE.background],
  ])('%s', (_what, foreground, background) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(AA_TEXT)
  })
})

describe('colourSlots', () => {
  const speaker = (id: string, quoteCount: number) => ({ id, name: id, kind: 'person' as const, title: null, aliases: [], quoteCount })

  it('gives the hues to the most quoted speakers first, in order of first quote among equals', () => {
    const slots = colourSlots({ speakers: [speaker('s1', 2), speaker('s2', 5), speaker('s3', 2)] })
    expect([...slots]).toEqual([['s2', 1], ['s1', 2], ['s3', 3]])
  })

  it('gives the neutral slate to speakers past the eighth', () => {
    const speakers = Array.from({ length: 10 }, (_, i) => speaker(`s${i + 1}`, 10 - i))
    const slots = colourSlots({ speakers })
    expect(speakers.map((s) => slots.get(s.id))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 0, 0])
  })
})
