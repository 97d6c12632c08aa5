// Interviews printed as transcripts (quotes/transcript.ts): each answer is a quote of the one who gives it, the
// questions are not. Texts written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

const opening = 'Jane Roe has run the shelter for ten years. Ms Roe spoke to us about the winter.\n\n'

describe('an answer in a transcript is the answerer’s quote', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['"A:" after an opening about one person', `${opening}Q: Will you have enough beds?\n\nA: We never have enough beds.\n\nQ: Why not?\n\nA: The council has cut our money twice.`,
      [['We never have enough beds.', 'Jane Roe'], ['The council has cut our money twice.', 'Jane Roe']]],
    ['the answer whole, over what it reports', `${opening}Q: Will you have enough beds?\n\nA: No. I told the council that we would close, and it said it had no money.\n\nQ: Why not?\n\nA: Money.`,
      [['No. I told the council that we would close, and it said it had no money.', 'Jane Roe'], ['Money.', 'Jane Roe']]],
    ['a name in double brackets, and initials after it', 'Wikinews spoke to Ann Reyes about whales.\n\n((WN))  Why whales?\n\n((Ann Reyes))  I grew up on a boat.\n\n((WN))  And now?\n\nAR: I teach.',
      [['I grew up on a boat.', 'Ann Reyes'], ['I teach.', 'Ann Reyes']]],
    ['surnames in capitals, taking turns', 'Sen. Jane Lee and Sen. Tom Holt met on Tuesday.\n\nLEE: We have no plans to delay the vote.\n\nHOLT: Then you will lose it.\n\nLEE: We will see.',
      [['We have no plans to delay the vote.', 'Jane Lee'], ['Then you will lose it.', 'Tom Holt'], ['We will see.', 'Jane Lee']]],
    ['the last answer ends with its paragraph', `${opening}Q: Will you have enough beds?\n\nA: We never have enough beds.\n\nQ: And the staff?\n\nA: They are tired.\n\nThe shelter opens at six each evening.`,
      [['We never have enough beds.', 'Jane Roe'], ['They are tired.', 'Jane Roe']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('near-misses', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['an opening about two people names no one answering', 'Tom Hale met marine biologist Ann Reyes.\n\nQ: What drew you to the sea?\n\nA: Boats.\n\nQ: And now?\n\nA: Whales.',
      [['Boats.', null], ['Whales.', null]]],
    ['labels that name no one the article names', 'The mayor said the road would reopen.\n\nREAD MORE: Roads in the north\n\nWATCH: The mayor speaks\n\nThe road was shut in May.\n\nREAD MORE: Floods\n\nWATCH: More',
      [['the road would reopen', 'The mayor']]],
    ['questions under a reporter’s initials', 'Wikinews sent questions to Ann Reyes.\n\n((WSS))  What drew you to the sea?\n\n((Ann Reyes))  Boats.\n\n((WSS))  What are your goals?\n\n((Ann Reyes))  To count whales.',
      [['Boats.', 'Ann Reyes'], ['To count whales.', 'Ann Reyes']]],
    ['a headline with a colon, and counts after names', 'Jane Lee: Votes So Far\n\nJane Lee: 1,769.\n\nTom Holt: 1,501.\n\nJane Lee leads Tom Holt, officials said.',
      [['Jane Lee leads Tom Holt', 'officials']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
