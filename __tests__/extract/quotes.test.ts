// Quote finding and attribution, as tables of sentences written for these tests (and the seed article's).
import { analyze } from '../../src/analyze'
import type { Analysis, Quote } from '../../src/model'

interface Expected {
  text: string
  type: Quote['type']
  speaker: string | null
}

const found = (a: Analysis) => a.quotes.map((q) => ({ text: q.text, type: q.type, speaker: q.speaker }))

describe('who said what, layout by layout', () => {
  test.each<[string, string, Expected[]]>([
    ['subject then verb', '“We will build the bridge,” Mayor Anna Kowalski said.',
      [{ text: '“We will build the bridge,”', type: 'direct', speaker: 'Anna Kowalski' }]],
    ['verb then speaker', '“The river is rising,” said Tom Hadley, a local farmer.',
      [{ text: '“The river is rising,”', type: 'direct', speaker: 'Tom Hadley' }]],
    ['colon before the quote', 'Mr Merz told reporters: “The meeting will happen.”',
      [{ text: '“The meeting will happen.”', type: 'direct', speaker: 'Mr Merz' }]],
    ['dash and a name', '“Nobody expected this.” – Maria Lopez',
      [{ text: '“Nobody expected this.”', type: 'direct', speaker: 'Maria Lopez' }]],
    ['straight quotes', '"It is a good day for the town," said Peter Brandt.',
      [{ text: '"It is a good day for the town,"', type: 'direct', speaker: 'Peter Brandt' }]],
    ['angle quotes', '« Nous allons gagner », said Claire Dubois.',
      [{ text: '« Nous allons gagner »', type: 'direct', speaker: 'Claire Dubois' }]],
    ['reported clause', 'Mr Merz said the meeting could happen within two weeks.',
      [{ text: 'the meeting could happen within two weeks', type: 'indirect', speaker: 'Mr Merz' }]],
    ['reported clause with that, over a phrase', 'Jane Ortiz said on Monday evening that the plan had failed.',
      [{ text: 'that the plan had failed', type: 'indirect', speaker: 'Jane Ortiz' }]],
    ['reported clause after a time and an aside', 'Jane Ortiz said on Monday, however, that the plan had failed.',
      [{ text: 'that the plan had failed', type: 'indirect', speaker: 'Jane Ortiz' }]],
    ['listener skipped', 'Nato chief Mark Rutte told Fox News that the group would meet again.',
      [{ text: 'that the group would meet again', type: 'indirect', speaker: 'Mark Rutte' }]],
    ['clause before the speaker', 'The bridge will reopen next month, the council said.',
      [{ text: 'The bridge will reopen next month', type: 'indirect', speaker: 'the council' }]],
    ['clause before an inverted speaker', 'Three people were hurt, said Sam Kerr, a police spokesman.',
      [{ text: 'Three people were hurt', type: 'indirect', speaker: 'Sam Kerr' }]],
    ['according to, after', 'The factory will close in May, according to Helen Mbeki.',
      [{ text: 'The factory will close in May', type: 'indirect', speaker: 'Helen Mbeki' }]],
    ['according to, before', 'According to police, the driver was not hurt.',
      [{ text: 'the driver was not hurt', type: 'indirect', speaker: 'police' }]],
    ['appositive between name and verb', 'Yuri Ushakov, Mr Putin’s foreign policy adviser, said only that the Kremlin agreed to talks.',
      [{ text: 'that the Kremlin agreed to talks', type: 'indirect', speaker: 'Yuri Ushakov' }]],
    ['relative clause between name and verb', 'Mark Rutte, who attended the talks with several leaders, said the offer was fair.',
      [{ text: 'the offer was fair', type: 'indirect', speaker: 'Mark Rutte' }]],
    ['mixed quote is one quote', 'Mr Rutte said the offer was a “breakthrough”.',
      [{ text: 'the offer was a “breakthrough”', type: 'mixed', speaker: 'Mr Rutte' }]],
    ['participle hangs on the speaker', '“It went well,” Ms Ito wrote on her blog, adding that a second meeting would follow.',
      [{ text: '“It went well,”', type: 'direct', speaker: 'Ms Ito' },
        { text: 'that a second meeting would follow', type: 'indirect', speaker: 'Ms Ito' }]],
    ['an anonymous source', 'A senior official said the talks had stalled.',
      [{ text: 'the talks had stalled', type: 'indirect', speaker: 'a senior official' }]],
    ['a group', 'Officials said the road would stay closed.',
      [{ text: 'the road would stay closed', type: 'indirect', speaker: 'Officials' }]],
    ['single quote marks', "'We owned the game,' said coach Ken Hale.",
      [{ text: "'We owned the game,'", type: 'direct', speaker: 'Ken Hale' }]],
    ['a horizontal bar and a name', '“I cannot believe it.” ― Rosa Diaz',
      [{ text: '“I cannot believe it.”', type: 'direct', speaker: 'Rosa Diaz' }]],
    ['a body named after its kind', 'The British walking club Ramblewell said its founder was among the injured.',
      [{ text: 'its founder was among the injured', type: 'indirect', speaker: 'Ramblewell' }]],
    ['a quote closing a sentence begun in the writer’s words', 'The result was “a bitter blow,” Mr Hale told the council.',
      [{ text: 'The result was “a bitter blow,”', type: 'mixed', speaker: 'Mr Hale' }]],
    ['an aside in the middle', 'Landlords, Jane Albury says, have no plan for this.',
      [{ text: 'Landlords', type: 'indirect', speaker: 'Jane Albury' },
        { text: 'have no plan for this', type: 'indirect', speaker: 'Jane Albury' }]],
  ])('%s', (_name, text, expected) => {
    expect(found(analyze(text))).toEqual(expected)
  })
})

describe('apostrophes that stand for letters left out open no quote', () => {
  test.each<[string, string, string[]]>([
    ['a decade', "Our daughters have more choice than when I grew up in the '80s. Their father's views change, the author said.",
      ["Their father's views change"]],
    ['a year and clipped words', "The '08 race was rock 'n' roll 'til dawn. 'We won,' she said.", ["'We won,'"]],
    ['near-miss: a quote that opens with a word', "'Eighty people came,' she said.", ["'Eighty people came,'"]],
  ])('%s', (_name, text, expected) => {
    expect(analyze(text).quotes.map((q) => q.text)).toEqual(expected)
  })
})

describe('what is not a quote', () => {
  test.each([
    ['a scare quote', 'The so-called “sextortion” scam spread quickly last year.'],
    ['a negated verb', 'The Kremlin did not confirm that the meeting would take place.'],
    ['a title in quotes', 'She read “War and Peace” on the train.'],
    ['a weak verb without a speaker', 'The trend suggests that prices are rising.'],
    ['a reply that is a move in a game', 'Hadley replied two minutes later, however, when Tom Okafor levelled for the Otters.'],
  ])('%s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })
})

describe('speakers across sentences', () => {
  const article = [
    'Volodymyr Zelenskiy met Donald Trump at the White House on Monday.',
    '“It was our best meeting so far,” Mr Zelenskiy said.',
    'The Ukrainian president said security guarantees would follow.',
    'He added that details would be agreed within ten days.',
    '“We are ready,” he said. “We have been ready for a long time.”',
    'A European official said territories had not been discussed. The official said Europeans were pleased.',
  ].join('\n\n')
  const a = analyze(article)
  const speakerOf = (fragment: string) => a.quotes.find((q) => q.text.includes(fragment))?.speaker

  test('names, titles and pronouns resolve to one person named in full', () => {
    for (const fragment of ['best meeting', 'security guarantees', 'details would be agreed', 'We are ready', 'ready for a long time']) {
      expect(speakerOf(fragment)).toBe('Volodymyr Zelenskiy')
    }
  })

  test('the second half of a split quote is its own quote of the same speaker, named by the words between the halves', () => {
    const second = a.quotes.find((q) => q.text.includes('ready for a long time'))!
    expect(second.type).toBe('direct')
    expect(second.speaker).toBe('Volodymyr Zelenskiy')
    expect(second.mention?.text).toBe('he')
  })

  test('a floating quote in a later paragraph has no mention of its own', () => {
    const b = analyze('“We are ready,” Ms Lee said.\n\n“We have been ready for a long time.”')
    expect(b.quotes.map((q) => [q.speaker, q.mention?.text ?? null])).toEqual([['Ms Lee', 'Ms Lee'], ['Ms Lee', null]])
  })

  test.each<[string, string, Array<string | null>]>([
    ['a verb before a colon introduces the quote after it, not the closed one before it',
      'Omar Haddad spoke first. “The bill has no chance,” he said. “It is a cheap gesture.” Jane Roe, the group’s director, said: “Nobody wants it.”',
      ['Omar Haddad', 'Omar Haddad', 'Jane Roe']],
    ['near-miss: the verb without a colon still ends the quote before it',
      'Omar Haddad spoke first. “It is a cheap gesture.” Jane Roe said. “Nobody wants it.”', ['Jane Roe', 'Jane Roe']],
    ['a verb that reports only through its frame, its preposition after it, is not the closed quote’s',
      'Porters were sometimes called “George.” Both terms refer to George Pullman, an industrialist.', []],
    ['near-miss: the same verb with nothing after it', 'Omar Haddad spoke first. “Go home.” Jane Roe pleaded.', ['Jane Roe']],
    ['near-miss: a quote left open by a comma takes the verb before a colon',
      'Omar Haddad spoke first. “It is a cheap gesture,” Jane Roe said: “nobody wants it.”', ['Jane Roe', 'Jane Roe']],
  ])('%s', (_name, text, expected) => {
    expect(analyze(text).quotes.map((q) => q.speaker)).toEqual(expected)
  })

  test('a document speaks for the body that wrote it', () => {
    const b = analyze('Facebook said the app was closed.\n\nIn its statement, the company said users were safe. A statement said more would follow.')
    expect(b.quotes.map((q) => q.speaker)).toEqual(['Facebook', 'Facebook', 'Facebook'])
  })

  test('a capitalised plural after "the" is a group, and so is the same word alone later', () => {
    const b = analyze('The Tories said the tax was unfair.\n\nTories said they would vote against it. “We will not back down,” said Mr Davies.')
    expect(b.quotes.map((q) => q.speaker)).toEqual(['the Tories', 'the Tories', 'Mr Davies'])
    expect(b.speakers.map((s) => [s.name, s.kind])).toEqual([['the Tories', 'group'], ['Mr Davies', 'person']])
  })

  test('an anonymous source named again by its role stays one speaker', () => {
    expect(speakerOf('territories')).toBe('a European official')
    expect(speakerOf('Europeans were pleased')).toBe('a European official')
    const official = a.speakers.find((s) => s.name === 'a European official')!
    expect(official.kind).toBe('anonymous')
    expect(official.quoteCount).toBe(2)
  })

  test('one speaker entry per person, with aliases and counts', () => {
    const zelenskiy = a.speakers.filter((s) => s.name === 'Volodymyr Zelenskiy')
    expect(zelenskiy).toHaveLength(1)
    expect(zelenskiy[0].aliases).toEqual(expect.arrayContaining(['Mr Zelenskiy', 'The Ukrainian president']))
    expect(zelenskiy[0].quoteCount).toBe(5)
  })
})

describe('quotes over paragraphs', () => {
  test('a paragraph opening with a quote mark continues an unclosed quote, same speaker', () => {
    const text = '“The first part is hard,” said Ana Ruiz. “We worked all night.\n\n“And then the rain came.”'
    const a = analyze(text)
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['“The first part is hard,”', 'Ana Ruiz'],
      ['“We worked all night.', 'Ana Ruiz'],
      ['“And then the rain came.”', 'Ana Ruiz'],
    ])
  })

  test('an unclosed quote ends at its paragraph', () => {
    const text = 'Bo Lind said: “We will stay here\n\nThe town council met on Tuesday. Nobody spoke.'
    const a = analyze(text)
    expect(a.quotes).toHaveLength(1)
    expect(a.quotes[0].text).toBe('“We will stay here')
  })

  test('a colon at the end of a paragraph hands the next paragraph’s quote to its speaker', () => {
    const text = 'Later, on his website, Mr Hale wrote:\n\n“We discussed the guarantees at length.”'
    expect(analyze(text).quotes.map((q) => q.speaker)).toEqual(['Mr Hale'])
  })
})

describe('spans and cues', () => {
  test('every span is exact and the cue and mention are marked', () => {
    const text = 'Nato secretary general Mark Rutte told reporters: “The group will meet again soon.”'
    const a = analyze(text)
    const q = a.quotes[0]
    expect(text.slice(q.start, q.end)).toBe(q.text)
    expect(q.cue).toEqual({ text: 'told', start: text.indexOf('told'), end: text.indexOf('told') + 4 })
    expect(q.mention?.text).toContain('Mark Rutte')
    expect(a.speakers[0]).toMatchObject({ name: 'Mark Rutte', title: 'Nato secretary general', kind: 'person' })
  })
})

describe('the words before a quote’s opening mark', () => {
  test.each<[string, string, Expected[]]>([
    ['"to say" after the verb it goes with', 'Ms Lee went on to say, “We will rebuild the pier.”',
      [{ text: '“We will rebuild the pier.”', type: 'direct', speaker: 'Ms Lee' }]],
    ['… and after a verb of interrupting', 'Tom Hale interjected to say: “That is not true.”',
      [{ text: '“That is not true.”', type: 'direct', speaker: 'Tom Hale' }]],
    ['near-miss: after an object the infinitive is the object’s', 'The contract requires staff to promise “never to speak of it.”', []],
    ['"according to" and a colon ("to" read as a conjunction)', 'According to NewsWire: “The pier will close in May.”',
      [{ text: '“The pier will close in May.”', type: 'direct', speaker: 'NewsWire' }]],
    ['"as X puts it"', 'As one farmer puts it, “We are done with promises.”',
      [{ text: '“We are done with promises.”', type: 'direct', speaker: 'one farmer' }]],
    ['near-miss: "put it" with an object after it', 'She put it on the table, saying “no more.”',
      [{ text: '“no more.”', type: 'direct', speaker: null }]],
    ['a transcript: a name and a colon', 'Former mayor of Hadley Jane Albury: “We learned that from the council.”',
      [{ text: '“We learned that from the council.”', type: 'direct', speaker: 'Jane Albury' }]],
    ['near-miss: a name that is not the phrase’s head', 'A letter to Tom Hale: “You should resign.”', []],
    ['near-miss: a phrase before the colon that names nobody', 'The verdict: “Guilty on all counts.”', []],
    ['a name and what the person is, then the colon', 'Mary Major, a retired teacher from Hadley: “I wrote it in a month.”',
      [{ text: '“I wrote it in a month.”', type: 'direct', speaker: 'Mary Major' }]],
    // (long enough to be a quote of its own, unclaimed.ts, but neither name is its one speaker)
    ['near-miss: two names before the colon are a list', 'Mary Major, Tom Hale: “We wrote it in a month.”',
      [{ text: '“We wrote it in a month.”', type: 'direct', speaker: null }]],
    ['near-miss: a place and what it is', 'Hadley, a town in Ohio: “A nice place to live.”', []],
  ])('%s', (_name, text, expected) => {
    expect(found(analyze(text))).toEqual(expected)
  })
})
