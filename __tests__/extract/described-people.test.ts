// A sentence opening on a description that surely fits one person named before makes that person whom "he" next
// means (speakers/described-people.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.filter((q) => q.text.includes('happy')).map((q) => q.speaker)

describe('a description as the subject of a sentence that reports nothing', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the title written with the name', 'Hadley manager Tom Hale has signed a new deal. Striker Ben Cole scored twice on Saturday. ' +
      'The Hadley manager was asked about the move. He replied: "I am very happy here."', ['Tom Hale']],
    ['the age written with the name', 'Tom Hale, 32, has signed a new deal. Ben Cole scored twice on Saturday. ' +
      'The 32-year-old was asked about the move. "I am very happy here," he said.', ['Tom Hale']],
    ['near-miss: a role nobody named holds', 'Hadley manager Tom Hale has signed a new deal. Striker Ben Cole scored twice on Saturday. ' +
      'The goalkeeper was asked about the move. "I am very happy here," he said.', ['Ben Cole']],
    ['near-miss: an age nobody named has', 'Tom Hale, 32, has signed a new deal. Ben Cole scored twice on Saturday. ' +
      'The 28-year-old was asked about the move. "I am very happy here," he said.', ['Ben Cole']],
    ['near-miss: a title two people share', 'Hadley coach Tom Hale and Leeds coach Jim Reyes met on Monday. Striker Ben Cole scored twice on Saturday. ' +
      'The coach was asked about the move. "I am very happy here," he said.', ['Ben Cole']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
