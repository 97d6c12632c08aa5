// Reports a reader counts as speech that the frames and clauses of reported.ts missed (issue 10). Sentences written
// for these tests, each mechanism with the near-misses it must not fire on.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

type Row = [string, string, Array<[string, string, string | null]>]

/** One mechanism: its sentences, each with the quotes expected as [type, text, speaker]. */
function table(title: string, rows: Row[]) {
  describe(title, () => {
    test.each<Row>(rows)('%s', (_name, text, expected) => {
      expect(quotes(text)).toEqual(expected)
    })
  })
}

table('a frame verb after "as" or "after" and a pronoun is a clause, not a participle describing a noun', [
  ['"as she called for"', 'Ms Lee left the hall as she called for his dismissal.', [['indirect', 'his dismissal', 'Ms Lee']]],
  ['"after she accused"', 'Ms Lee left the hall after she accused Mr Hale of lying.', [['indirect', 'Mr Hale of lying', 'Ms Lee']]],
  ['"even as" and a noun, then what is called for', 'The coach stood firm, even as the fans called for his dismissal.', [['indirect', 'his dismissal', 'the fans']]],
  ['"while" and a noun, then "on" and "to"', 'Ms Lee kept quiet while the protesters called on the mayor to resign.', [['indirect', 'the mayor to resign', 'the protesters']]],
  ['"after" and a person named', 'Mr Hale hit back after Mrs. Okafor accused him of cronyism.', [['indirect', 'him of cronyism', 'Mrs Okafor']]],
  ['near-miss: a thing the participle describes', 'The firm withdrew an app called Tallybook.', []],
  ['near-miss: "after" and a thing described', 'Sales fell after an app called Tallybook closed.', []],
  ['near-miss: "for" and a day after a noun described', 'They met while a vote called for Monday was still pending.', []],
  ['near-miss: a clause of "as" whose verb has its own frame is no "as X said"', 'Ms Lee spoke in Hadley, as she called for a ban on drilling.',
    [['indirect', 'a ban on drilling', 'Ms Lee']]],
  ['near-miss: after a preposition, a noun described', 'It is an example of the cliché mocked in the advert.', []],
  ['near-miss: "what he called" names the object of another verb', 'Ms Lee condemned what he called a “brazen breach” of the rules.',
    [['mixed', 'what he called a “brazen breach” of the rules', 'Ms Lee']]],
])

table('reports in the passive', [
  ['what was reported, and by whom', 'The meeting was first reported by the Gazette.', [['indirect', 'The meeting', 'Gazette']]],
  ['… a longer subject, "had been previously"', 'The loss had been previously reported by the firm.', [['indirect', 'The loss', 'the firm']]],
  ['near-miss: a person confirmed is appointed, not reported', 'Tom Hale was confirmed by the Senate.', []],
  ['near-miss: an agent that cannot speak', 'Her death was confirmed by tests.', []],
  ['near-miss: no agent', 'The meeting was reported last week.', []],
  ['impersonal, with a phrase of time', 'Ms Lee came under fire when it was revealed in March that she had used a private account.',
    [['indirect', 'that she had used a private account', null]]],
  ['impersonal, "it has been said"', 'It has been said that the plan would fail.', [['indirect', 'that the plan would fail', null]]],
  ['impersonal, the agent after "by" made it known', 'It was announced by the ministry that the roads would close.',
    [['indirect', 'that the roads would close', 'the ministry']]],
  ['… after a phrase of time', 'It was confirmed on Monday by Ms Lee that the roads would close.', [['indirect', 'that the roads would close', 'Ms Lee']]],
  ['near-miss: "by" and a means names no one', 'It was reported by phone that the roads would close.', [['indirect', 'that the roads would close', null]]],
  ['near-miss: no clause', 'It was reported to the police.', []],
  ['near-miss: an infinitive, not a clause', 'It was said to be haunted.', []],
  ['near-miss: a relative "that" before the verb', 'The plan that was announced on Monday will fail.', []],
])

table('a participle of saying that opens the sentence speaks for the main clause’s subject', [
  ['"Noting that …"', 'Noting that the plan had failed, Ms Lee called for a vote.',
    [['indirect', 'that the plan had failed', 'Ms Lee'], ['indirect', 'a vote', 'Ms Lee']]],
  ['… without "that"', 'Noting she studied law in college, Tom Allen said he tends to deliberate.',
    [['indirect', 'she studied law in college', 'Tom Allen'], ['indirect', 'he tends to deliberate', 'Tom Allen']]],
  ['… after "And"', 'And declaring that she alone could win, Ms Lee offered herself as a candidate.',
    [['indirect', 'that she alone could win', 'Ms Lee']]],
  ['near-miss: a participle of another verb', 'Leaving the hall, Ms Lee said the plan had failed.', [['indirect', 'the plan had failed', 'Ms Lee']]],
  ['near-miss: "saying goodbye" reports no clause', 'Saying goodbye to her staff, Ms Lee left the hall.', []],
  ['near-miss: "According to" keeps the main clause', 'According to the police, the driver had fled the scene.',
    [['indirect', 'the driver had fled the scene', 'the police']]],
])

table('what was claimed, foretold or said again, as a phrase', [
  ['"claimed" a win', 'Ms Lee claimed victory in the first round.', [['indirect', 'victory in the first round', 'Ms Lee']]],
  ['"predicted" a result', 'Mr Hale predicted a narrow win in the city.', [['indirect', 'a narrow win in the city', 'Mr Hale']]],
  ['"conceded" defeat', 'Mr Hale conceded defeat.', [['indirect', 'defeat', 'Mr Hale']]],
  ['a clause still wins', 'Ms Lee predicted that the loss would be large.', [['indirect', 'that the loss would be large', 'Ms Lee']]],
  ['near-miss: a storm claims no words', 'The storm claimed the lives of 12 people.', []],
  ['near-miss: a test confirms no words', 'The test confirmed the diagnosis.', []],
  ['near-miss: an emphasis is no words', 'Mr Hale stressed his desire to be taken seriously.', []],
  ['near-miss: a fact granted', 'Ms Lee acknowledges the windfalls made by owners.', []],
  ['near-miss: a product recall', 'Mr Hale recalled two million cars.', []],
  ['near-miss: an offer repeated', 'Mr Hale repeated his offer.', []],
])

table('a word joined by a hyphen inside the phrase between the verb and "that"', [
  ['"in a follow-up interview"', 'Tom Cross said in a follow-up interview that the plan would fail.', [['indirect', 'that the plan would fail', 'Tom Cross']]],
  ['"in an op-ed"', 'Tom Cross wrote in an op-ed that he had drafted the speech.', [['indirect', 'that he had drafted the speech', 'Tom Cross']]],
  ['near-miss: no determiner, a verb joined by a hyphen', 'Voters re-elected Tom Cross in May.', []],
])

table('a noun of saying made by the subject of its verb', [
  ['"delivered a … promise to"', 'Ms Lee delivered a forceful promise to strengthen the unions.', [['indirect', 'to strengthen the unions', 'Ms Lee']]],
  ['"made … promises to"', 'Mr Hale has made other public promises to give his salary to charity.',
    [['indirect', 'to give his salary to charity', 'Mr Hale']]],
  ['"made a promise that"', 'Ms Lee made a promise that the bridge would reopen.', [['indirect', 'that the bridge would reopen', 'Ms Lee']]],
  ['near-miss: a claim rejected is someone else’s', 'Ms Lee rejected a claim that the bridge would close.', []],
  ['near-miss: warnings ignored', 'The council ignored warnings that the bridge would close.', []],
])

table('an accusation in the passive, subject and all', [
  ['"is accused of"', 'Tom Roof is accused of killing nine people inside the church.',
    [['indirect', 'Tom Roof is accused of killing nine people inside the church', null]]],
  ['"have been accused of", over an adverb', 'Peacekeepers have sometimes been accused of hurting civilians.',
    [['indirect', 'Peacekeepers have sometimes been accused of hurting civilians', null]]],
  ['the accuser after "by"', 'Mr Hale was accused by a reporter of grabbing her arm.',
    [['indirect', 'Mr Hale was accused by a reporter of grabbing her arm', 'a reporter']]],
  ['near-miss: "the accused" describes a man', 'The accused man left the court.', []],
  ['near-miss: nothing charged', 'Ms Lee was accused on Monday.', []],
  ['near-miss: inside a report, the report is all', 'Ms Lee said Mr Hale was accused of lying.', [['indirect', 'Mr Hale was accused of lying', 'Ms Lee']]],
])

table('"According to" inside a title is no cue', [
  ['a sitcom’s title', 'On a lighter note, Jane Hale will star in the new sitcom, The World According to Bex, penned by Tom Roe.', []],
  ['near-miss: opening its sentence', 'According to Ms Lee, taxes will rise.', [['indirect', 'taxes will rise', 'Ms Lee']]],
  ['near-miss: a headline’s capitals after a comma', 'Taxes Will Rise, According to Ms Lee.', [['indirect', 'Taxes Will Rise', 'Ms Lee']]],
])

table('a participle after a preposition describes the noun after it', [
  ['"over alleged"', 'The union sanctioned the firm earlier in the month over alleged Revolutionary Guards plots against staff.', []],
  ['"for reported"', 'The bank was fined for reported abuses of its clients.', []],
  ['near-miss: a verb of saying after its subject', 'Ms Lee alleged that the firm lied.', [['indirect', 'that the firm lied', 'Ms Lee']]],
])
