// Every story of the discourse grammar (discourse-grammar.ts) gives each quote its speaker.
import { analyze } from '../../../src/analyze'
import { discourseCases } from './discourse-grammar'

test('every story of the discourse grammar gives each quote its speaker', () => {
  const failures: string[] = []
  for (const c of discourseCases()) {
    const got = analyze(c.text).quotes.map((q) => q.speaker)
    if (JSON.stringify(got) !== JSON.stringify(c.speakers)) failures.push(`${c.parts.story}: ${c.text.replace(/\n/g, ' ¶ ')} → ${JSON.stringify(got)}`)
  }
  expect(failures).toEqual([])
})
