// Interviews written as transcripts: "I" in a labelled answer is the person the label names. Texts written for
// these tests, in the shapes Wikinews interviews take.
import { analyze } from '../../src/analyze'
import { transcriptBlocks } from '../../src/extract/speakers/transcript'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)
const intro = 'Wikinews spoke to marine biologist Ann Reyes about her study of whales.\n\n'

describe('who "I" is in a labelled answer', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a name in double brackets', `${intro}((WN))  What drew you to the sea?\n\n((Ann Reyes))  I grew up on a boat. I said then that I would study whales.\n\n((WN))  And now?\n\n((Ann Reyes))  I told my students that whales sing.`,
      ['Ann Reyes', 'Ann Reyes']],
    ['the initials of someone the article named, with a colon', `${intro}((WN))  What drew you to the sea?\n\nAR: I grew up on a boat. I said then that I would study whales.\n\n((WN))  And now?\n\nAR: I told my students that whales sing.`,
      ['Ann Reyes', 'Ann Reyes']],
    ['initials alone, labelling answer after answer', `${intro}((WN))  What drew you to the sea?\n\nAR I grew up on a boat. I said then that I would study whales.\n\n((WN))  And now?\n\nAR I told my students that whales sing.`,
      ['Ann Reyes', 'Ann Reyes']],
    ['an answer running over paragraphs', `${intro}((WN))  What drew you to the sea?\n\n((Ann Reyes))  I grew up on a boat.\n\nLater I said that I would study whales.\n\n((WN))  And now?`,
      ['Ann Reyes']],
    // (each answer is a quote of its own too: "They do.")
    ['the one who asks', `${intro}((WN))  I said earlier that whales sing. Do they?\n\n((Ann Reyes))  They do.\n\n((WN))  And now?\n\n((Ann Reyes))  I told my students that whales sing.`,
      ['Wikinews', 'Ann Reyes', 'Ann Reyes']],
    ['near-miss: a bare answer label names no one', 'Tom Hale met marine biologist Ann Reyes.\n\nQ: What drew you to the sea?\n\nA: I grew up on a boat. I said then that I would study whales.\n\nQ: And now?',
      [null]],
    ['near-miss: a name and a colon once is a headline, no label', 'Tom Hale met marine biologist Ann Reyes.\n\nAnn Reyes: Life at sea\n\nShe grew up on a boat. I think that whales are wiser than we are, she said.',
      ['Ann Reyes']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('which texts are transcripts', () => {
  test.each<[string, string, string[]]>([
    ['labels in double brackets', '((WN))  Why?\n\n((Ann Reyes))  Because.\n\n((WN))  Why not?', ['WN', 'Ann Reyes', 'WN']],
    ['questions and answers', 'Q: Why?\n\nA: Because.\n\nQ: Why not?', ['Q', 'A', 'Q']],
    ['near-miss: one headline with a colon', 'Ann Reyes: Life at sea\n\nShe grew up on a boat.', []],
    ['near-miss: the same label twice, with no one answering', 'Related: Whales of the north\n\nThey sing.\n\nRelated: Whales of the south', []],
    ['near-miss: a text of one line', '((WN)) Why? ((WN)) Why not?', []],
  ])('%s', (_name, text, labels) => {
    expect(transcriptBlocks(text).map((b) => b.label)).toEqual(labels)
  })
})
