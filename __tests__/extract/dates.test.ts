// The dates extractor on real-looking sentences: what is found, its kind, and the days a reader would resolve.
// Publication dates are given per row; 2025-08-19 is a Tuesday (the seed article's date).
// Sentences are written for these tests (people, places and firms invented); a row with an older publication
// date keeps the calendar case it tests (a Monday across the year boundary, Labor Day, a week named by its day).
import { extractDates } from '../../src/extract/dates'
import { parseArticle } from '../../src/nlp/parse'

type Found = [text: string, kind: string, start: string | null, end: string | null]

/** Run the extractor on one sentence and flatten each find to [text, kind, resolved start, resolved end]. */
function datesOf(sentence: string, published: string | null): Found[] {
  return extractDates(parseArticle(sentence), published).map((d) => {
    expect(sentence.slice(d.start, d.end)).toBe(d.text)
    expect(d.quoteId).toBeNull()
    return [d.text, d.kind, d.resolved?.start ?? null, d.resolved?.end ?? null]
  })
}

const TUE = '2025-08-19'

describe('explicit dates, months and years', () => {
  test.each<[string, string | null, Found[]]>([
    ['The treaty was signed on January 4, 2019.', TUE, [['January 4, 2019', 'date', '2019-01-04', '2019-01-04']]],
    ['The treaty was signed on 4 January 2019.', null, [['4 January 2019', 'date', '2019-01-04', '2019-01-04']]],
    ['Moscow launched a full-scale invasion in February 2022.', TUE, [['February 2022', 'date', '2022-02-01', '2022-02-28']]],
    ['Moscow launched a full-scale invasion in February 2022.', null, [['February 2022', 'date', '2022-02-01', '2022-02-28']]],
    ['The company was founded in 2017.', TUE, [['2017', 'date', '2017-01-01', '2017-12-31']]],
    ['The 1973 tower housed some 800 families.', '2019-01-04', [['1973', 'date', '1973-01-01', '1973-12-31']]],
    ['Prices were lower in the 1990s.', TUE, [['1990s', 'date', '1990-01-01', '1999-12-31']]],
    ['Profits rose in the fourth quarter of 2004.', null, [['fourth quarter of 2004', 'date', '2004-10-01', '2004-12-31']]],
    ['The plant will reopen in early 2026.', TUE, [['early 2026', 'date', '2026-01-01', '2026-04-30']]],
    ['The vote took place in mid-January.', TUE, [['mid-January', 'date', '2025-01-11', '2025-01-20']]],
    ['A ruling on the Hadley bypass is due in June of this year.', '2019-02-02', [['June of this year', 'date', '2019-06-01', '2019-06-30']]],
    ['The Northwind Press strike began on December 22, last year.', '2019-01-07', [['December 22, last year', 'date', '2018-12-22', '2018-12-22']]],
    ['Sentencing is scheduled for 2019-02-04.', null, [['2019-02-04', 'date', '2019-02-04', '2019-02-04']]],
    ['The oldest carvings in Hadley go back to the 13th century.', null, [['13th century', 'date', '1200-01-01', '1299-12-31']]],
    // a round hundred before 2000 names its century; a part of it takes a third of its years
    ['Wolves were trapped almost out of the valley in the 1800s.', null, [['1800s', 'date', '1800-01-01', '1899-12-31']]],
    ['The mill grew fast in the early 1900s.', null, [['early 1900s', 'date', '1900-01-01', '1932-12-31']]],
    ['The Hadley mill was finished in the late 19th century.', null, [['late 19th century', 'date', '1867-01-01', '1899-12-31']]],
    ['The 2000s were a boom decade.', null, [['2000s', 'date', '2000-01-01', '2009-12-31']]],
    // a year before the accounts or contests it names
    ['The bank posted record 2004 sales.', null, [['2004', 'date', '2004-01-01', '2004-12-31']]],
    ['Full-year 2004 profits rose by a fifth.', null, [['2004', 'date', '2004-01-01', '2004-12-31']]],
    ['He won gold at the 2012 Olympics.', null, [['2012', 'date', '2012-01-01', '2012-12-31']]],
    ['In 2008, the bank collapsed.', null, [['2008', 'date', '2008-01-01', '2008-12-31']]],
  ])('%s (P=%s)', (sentence, published, expected) => {
    expect(datesOf(sentence, published)).toEqual(expected)
  })
})

describe('a day or month without a year takes the year that fits the tense', () => {
  test.each<[string, string, Found[]]>([
    ['Mr Zelenskiy was berated during an angry Oval Office confrontation in February.', TUE, [['February', 'date', '2025-02-01', '2025-02-28']]],
    ['The president will travel to China in February.', TUE, [['February', 'date', '2026-02-01', '2026-02-28']]],
    ['The deadline passed on 4 January.', TUE, [['4 January', 'date', '2025-01-04', '2025-01-04']]],
    ['The talks will resume on 4 January.', TUE, [['4 January', 'date', '2026-01-04', '2026-01-04']]],
    ['The ship vanished in November.', '2019-01-16', [['November', 'date', '2018-11-01', '2018-11-30']]],
    ['The ledger is unclear, either December 26 or December 27.', '2019-01-10', [
      ['December 26', 'date', '2018-12-26', '2018-12-26'], ['December 27', 'date', '2018-12-27', '2018-12-27']]],
    ['Turnout was high in August.', TUE, [['August', 'date', '2025-08-01', '2025-08-31']]],
    ['Flights were cancelled last March.', TUE, [['last March', 'date', '2025-03-01', '2025-03-31']]],
    ['Shops closed on Christmas Day.', TUE, [['Christmas Day', 'date', '2024-12-25', '2024-12-25']]],
  ])('%s (P=%s)', (sentence, published, expected) => {
    expect(datesOf(sentence, published)).toEqual(expected)
  })
})

describe('weekdays by tense', () => {
  test.each<[string, string, Found[]]>([
    ['Mr Zelenskiy said on Monday evening that security guarantees were a key issue.', TUE, [['Monday', 'date', '2025-08-18', '2025-08-18']]],
    ['The two sides will meet on Friday.', TUE, [['Friday', 'date', '2025-08-22', '2025-08-22']]],
    ['The summit is due to take place on Friday.', TUE, [['Friday', 'date', '2025-08-22', '2025-08-22']]],
    ['They are meeting on Thursday.', TUE, [['Thursday', 'date', '2025-08-21', '2025-08-21']]],
    ['The more-than-six-hour meetings marked a new push amid alarm at the outcome of Friday’s Alaska summit.', TUE, [
      ['more-than-six-hour', 'duration', null, null], ['Friday', 'date', '2025-08-15', '2025-08-15']]],
    ['A statement on Thursday.', TUE, [['Thursday', 'date', '2025-08-14', '2025-08-14']]],
    ['He said the fire broke out on Tuesday.', TUE, [['Tuesday', 'date', '2025-08-19', '2025-08-19']]],
    ['The minister resigned last Friday.', TUE, [['last Friday', 'date', '2025-08-15', '2025-08-15']]],
    ['The vote will be held next Friday.', TUE, [['next Friday', 'date', '2025-08-22', '2025-08-22']]],
    ['The strike began last Monday.', '2024-03-01', [['last Monday', 'date', '2024-02-26', '2024-02-26']]],
    ['The strike began last Tuesday.', TUE, [['last Tuesday', 'date', '2025-08-12', '2025-08-12']]],
    // published Friday 4 January 2019: a Monday across the year boundary
    ['A footbridge gave way on Monday in Hadley, a market town on the river.', '2019-01-04', [['Monday', 'date', '2018-12-31', '2018-12-31']]],
    ['Repair work restarted on Wednesday, with extra crews brought in.', '2019-01-04', [['Wednesday', 'date', '2019-01-02', '2019-01-02']]],
    ['The board met on Monday last week.', TUE, [['Monday last week', 'date', '2025-08-11', '2025-08-11']]],
  ])('%s (P=%s)', (sentence, published, expected) => {
    expect(datesOf(sentence, published)).toEqual(expected)
  })
})

describe('relative days and periods', () => {
  test.each<[string, string, Found[]]>([
    ['The inquiry opened yesterday.', '2024-03-01', [['yesterday', 'date', '2024-02-29', '2024-02-29']]],
    ['The results will be published tomorrow.', '2025-12-31', [['tomorrow', 'date', '2026-01-01', '2026-01-01']]],
    ['Parliament votes today.', TUE, [['today', 'date', TUE, TUE]]],
    ['He failed to secure a ceasefire at a summit last week in Alaska.', TUE, [['last week', 'date', '2025-08-11', '2025-08-17']]],
    ['The report will be published next week.', '2025-12-30', [['next week', 'date', '2026-01-05', '2026-01-11']]],
    ['Markets were calm this week.', '2026-01-01', [['this week', 'date', '2025-12-29', '2026-01-04']]],
    ['Sales fell last month.', '2024-03-15', [['last month', 'date', '2024-02-01', '2024-02-29']]],
    ['Sales fell last month.', '2025-01-10', [['last month', 'date', '2024-12-01', '2024-12-31']]],
    ['It was the largest since last year’s Nato summit.', TUE, [['last year', 'date', '2024-01-01', '2024-12-31']]],
    ['The plan will be unveiled next year.', TUE, [['next year', 'date', '2026-01-01', '2026-12-31']]],
    ['The parking fees were raised earlier this month.', TUE, [['earlier this month', 'date', '2025-08-01', '2025-08-18']]],
    ['The parking fees were raised earlier this year.', TUE, [['earlier this year', 'date', '2025-01-01', '2025-08-18']]],
    ['The body was found two days ago.', '2024-03-01', [['two days ago', 'date', '2024-02-28', '2024-02-28']]],
    ['The firm was sold three years ago.', TUE, [['three years ago', 'date', '2022-01-01', '2022-12-31']]],
    ['Protests spread over the weekend.', TUE, [['the weekend', 'date', '2025-08-16', '2025-08-17']]],
    ['Temperatures soared last summer.', TUE, [['last summer', 'date', '2024-06-01', '2024-08-31']]],
    ['Exports have fallen over the past two weeks.', TUE, [['the past two weeks', 'duration', '2025-08-05', TUE]]],
  ])('%s (P=%s)', (sentence, published, expected) => {
    expect(datesOf(sentence, published)).toEqual(expected)
  })
})

describe('ranges, durations, deadlines and times', () => {
  test.each<[string, string | null, Found[]]>([
    ['Sales grew every year from 2010 to 2015.', null, [['from 2010 to 2015', 'range', '2010-01-01', '2015-12-31']]],
    ['The plant was closed between January and March 2019.', null, [['between January and March 2019', 'range', '2019-01-01', '2019-03-31']]],
    ['The festival runs on 4-6 June 2021.', null, [['4-6 June 2021', 'range', '2021-06-04', '2021-06-06']]],
    ['The survey averaged the years 2005–2015.', null, [['2005–2015', 'range', '2005-01-01', '2015-12-31']]],
    ['This was a war that has been going on for almost four years.', TUE, [['almost four years', 'duration', null, null]]],
    ['The guarantees would be formalised within 10 days.', TUE, [['within 10 days', 'deadline', TUE, '2025-08-29']]],
    ['There would be a meeting within the next two weeks.', TUE, [['within the next two weeks', 'deadline', TUE, '2025-09-02']]],
    ['It will be formalised on paper within the next week to 10 days.', TUE, [['within the next week to 10 days', 'deadline', TUE, '2025-08-29']]],
    ['On Monday, Mr Merz said a meeting could happen within two weeks.', TUE, [
      ['Monday', 'date', '2025-08-18', '2025-08-18'], ['within two weeks', 'deadline', '2025-08-18', '2025-09-01']]],
    ['The ministry promised a decision by the end of the year.', TUE, [['by the end of the year', 'deadline', TUE, '2025-12-31']]],
    ['The explosion happened at 3pm on Monday.', TUE, [['3pm', 'time', '2025-08-18', '2025-08-18'], ['Monday', 'date', '2025-08-18', '2025-08-18']]],
    ['The power cut came at 6am as most tenants slept.', '2019-01-04', [['6am', 'time', null, null]]],
    ['The derailment happened at about 16:30 local time.', null, [['16:30 local time', 'time', null, null]]],
    ['The Gazette page was last edited at 09:41:07 UTC.', null, [['09:41:07 UTC', 'time', null, null]]],
  ])('%s (P=%s)', (sentence, published, expected) => {
    expect(datesOf(sentence, published)).toEqual(expected)
  })
})

describe('periods, seasons, holidays and weeks named by a day', () => {
  test.each<[string, string | null, Found[]]>([
    // published 23 January 2019: "in the month" is the publication month, like "this month"
    ['The ban comes after the council fined Acme Corp earlier in the month.', '2019-01-23', [['earlier in the month', 'date', '2019-01-01', '2019-01-22']]],
    // a year named in the sentence: "later in the year" is after the month told, in its year
    ['Mr Hale was hired in March 2018 and promoted later in the year.', '2019-01-23', [
      ['March 2018', 'date', '2018-03-01', '2018-03-31'], ['later in the year', 'date', '2018-04-01', '2018-12-31']]],
    // … after December only December is left of the year, before January only January
    ['Mr Hale was hired in December 2018 and promoted later in the year.', '2019-01-23', [
      ['December 2018', 'date', '2018-12-01', '2018-12-31'], ['later in the year', 'date', '2018-12-01', '2018-12-31']]],
    ['Mr Hale was hired in January 2018 and had been promoted earlier in the year.', '2019-01-23', [
      ['January 2018', 'date', '2018-01-01', '2018-01-31'], ['earlier in the year', 'date', '2018-01-01', '2018-01-31']]],
    // one winter across two years
    ['Snowfall was the heaviest since the winter of 2009–2010.', '2019-02-02', [['winter of 2009–2010', 'date', '2009-12-01', '2010-02-28']]],
    // published 4 September 2019: Labor Day is the first Monday of September
    ['Tom Okafor had a three-day break in Hadley with Monday being a Labor Day holiday.', '2019-09-04', [
      ['three-day', 'duration', null, null], ['Monday', 'date', '2019-09-02', '2019-09-02'], ['Labor Day', 'date', '2019-09-02', '2019-09-02']]],
    ['Shoppers queued on Thanksgiving Day 2019.', null, [['Thanksgiving Day 2019', 'date', '2019-11-28', '2019-11-28']]],
    // published 10 October 2019: a week named by its first day
    ['Hearings could start as early as the week of October 28.', '2019-10-10', [['week of October 28', 'date', '2019-10-28', '2019-11-03']]],
    ['It was the great cola fight of the late \'70s.', '2019-06-20', [["late '70s", 'date', '1977-01-01', '1979-12-31']]],
    ['He loved the Hadley team of the mid-90s, now in their 90s.', null, [['mid-90s', 'date', '1994-01-01', '1996-12-31']]],
    ['Leaflets went out, with polls taking place in early May.', null, [['early May', 'date', null, null]]],
    ['"The year 2004 proved our plan right," she said.', null, [['2004', 'date', '2004-01-01', '2004-12-31']]],
  ])('%s (P=%s)', (sentence, published, expected) => {
    expect(datesOf(sentence, published)).toEqual(expected)
  })
})

describe('parts of a period', () => {
  test.each<[string, string | null, Found[]]>([
    ['Profits fell in the second half of last year.', TUE, [['the second half of last year', 'date', '2024-07-01', '2024-12-31']]],
    ['Bike sales dipped in the second half of 2004.', null, [['the second half of 2004', 'date', '2004-07-01', '2004-12-31']]],
    ['Sales rose in the first half of the year.', TUE, [['the first half of the year', 'date', '2025-01-01', '2025-06-30']]],
    ['Rain fell in the first half of June 2024.', null, [['the first half of June 2024', 'date', '2024-06-01', '2024-06-15']]],
    ['The first week of March 2024 was wet.', null, [['The first week of March 2024', 'date', '2024-03-01', '2024-03-07']]],
    ['The fair ran on the last weekend of July.', TUE, [['the last weekend of July', 'date', '2025-07-26', '2025-07-27']]],
    ['The strike ended in the last week of July.', TUE, [['the last week of July', 'date', '2025-07-25', '2025-07-31']]],
    ['Talks start in the first week of next month.', TUE, [['the first week of next month', 'date', '2025-09-01', '2025-09-07']]],
    ['The plant opens early next month.', TUE, [['early next month', 'date', '2025-09-01', '2025-09-10']]],
    ['Prices fell late last year.', TUE, [['late last year', 'date', '2024-09-01', '2024-12-31']]],
    // near misses: a half of something that is no period; a year named in the sentence says which year
    ['The first half of the match was dull.', TUE, []],
    ['In 2004, sales rose in the first half of the year.', TUE, [['2004', 'date', '2004-01-01', '2004-12-31'], ['the first half of the year', 'date', '2004-01-01', '2004-06-30']]],
  ])('%s (P=%s)', (sentence, published, expected) => {
    expect(datesOf(sentence, published)).toEqual(expected)
  })
})

describe('named days and dates written in figures', () => {
  test.each<[string, string | null, Found[]]>([
    ['Shops were shut on Thanksgiving.', TUE, [['Thanksgiving', 'date', '2024-11-28', '2024-11-28']]],
    ['He ate Thanksgiving dinner with his family.', TUE, [['Thanksgiving', 'date', '2024-11-28', '2024-11-28']]],
    ['The senator won nine states on Super Tuesday.', '2020-03-10', [['Super Tuesday', 'date', '2020-03-03', '2020-03-03']]],
    ['Veterans marked the anniversary of D-Day.', TUE, [['D-Day', 'date', '1944-06-06', '1944-06-06']]],
    ['Fasting began on Ash Wednesday.', '2020-03-10', [['Ash Wednesday', 'date', '2020-02-26', '2020-02-26']]],
    ['Fireworks lit the sky on the Fourth of July.', TUE, [['the Fourth of July', 'date', '2025-07-04', '2025-07-04']]],
    ['Voters will go to the polls on Election Day.', '2020-03-10', [['Election Day', 'date', '2020-11-03', '2020-11-03']]],
    ['The 7/7 bombings killed 52 people in 2005.', TUE, [['7/7', 'date', '2005-07-07', '2005-07-07'], ['2005', 'date', '2005-01-01', '2005-12-31']]],
    ['Voters went to the polls on 11/3.', '2020-11-05', [['11/3', 'date', '2020-11-03', '2020-11-03']]],
    // an article that writes its dates day first reads "3/11" as 3 November
    ['On 4 January he resigned. The deal was done on 3/11.', '2020-11-05', [
      ['4 January', 'date', '2020-01-04', '2020-01-04'], ['3/11', 'date', '2020-11-03', '2020-11-03']]],
    ['He was born on 04/01/1990.', null, [['04/01/1990', 'date', '1990-04-01', '1990-04-01']]],
  ])('%s (P=%s)', (sentence, published, expected) => {
    expect(datesOf(sentence, published)).toEqual(expected)
  })

  test.each([
    'The shop is open 24/7.',
    'The vote split 50/50.',
    'Nine in ten, or 9/10 doctors, agree.',
    'He made New Year resolutions.',
    'The Halloween-themed parade in Hadley was cancelled.',
    'The score was 3/4 at the break.',
  ])('not a date: %s', (sentence) => {
    expect(datesOf(sentence, TUE)).toEqual([])
  })
})

describe('the tense a date takes', () => {
  test.each<[string, string, Found[]]>([
    // the ballot "to be held" lies ahead though the meeting is told in the past
    ['Jane Albury, a contender in the ballot to be held on August 16, spoke in Hadley on Thursday.', '2020-08-03', [
      ['August 16', 'date', '2020-08-16', '2020-08-16'], ['Thursday', 'date', '2020-07-30', '2020-07-30']]],
    // a deadline told in the past is how long it took, not a span from the publication date
    ['In mid-2019, 62 Tesco outlets had closed within a year.', '2020-07-01', [['mid-2019', 'date', '2019-05-01', '2019-08-31'], ['within a year', 'duration', null, null]]],
    ['Within roughly two days before the fair, stewards turned away 40 visitors.', '2020-08-03', [['roughly two days', 'duration', null, null]]],
    ['The bank will report within the next two weeks, it said.', '2019-10-10', [['within the next two weeks', 'deadline', '2019-10-10', '2019-10-24']]],
    // the reporting verb outside the quote does not decide for the Wednesday inside it
    ['Earlier this week on Wednesday, Mr Hale said: "We will sell the site."', '2019-03-31', [
      ['Earlier this week', 'date', '2019-03-25', '2019-03-30'], ['Wednesday', 'date', '2019-03-27', '2019-03-27']]],
  ])('%s (P=%s)', (sentence, published, expected) => {
    expect(datesOf(sentence, published)).toEqual(expected)
  })
})

describe('limits: "by", "until" and the tense', () => {
  test.each<[string, string, Found[]]>([
    // after a past verb a limit is the nearest such day, often one still to come
    ['Parliament was suspended until October 14.', '2019-09-10', [['October 14', 'date', '2019-10-14', '2019-10-14']]],
    ['The exhibition ran until December.', '2019-05-03', [['December', 'date', '2018-12-01', '2018-12-31']]],
    // a state that holds now runs on to the next such month
    ['Further concerts have been planned in the town until December.', '2019-05-03', [['December', 'date', '2019-12-01', '2019-12-31']]],
    // a limit that opens the sentence says when its verb happened
    ['By Sunday afternoon, the minister said the vote was lost.', '2019-08-08', [['Sunday', 'date', '2019-08-04', '2019-08-04']]],
    ['The minister said the vote would be lost by Sunday.', '2019-08-08', [['Sunday', 'date', '2019-08-11', '2019-08-11']]],
  ])('%s (P=%s)', (sentence, published, expected) => {
    expect(datesOf(sentence, published)).toEqual(expected)
  })
})

describe('dates counted from the dates told before them', () => {
  test.each<[string, string | null, Found[]]>([
    ['On Friday, the council passed a budget. Ms Lee announced a hiring freeze the same day.', '2019-02-21', [
      ['Friday', 'date', '2019-02-15', '2019-02-15'], ['the same day', 'date', '2019-02-15', '2019-02-15']]],
    ['On Thursday, Mr Hale met reporters. The previous day, the Gazette printed the letter.', '2019-09-29', [
      ['Thursday', 'date', '2019-09-26', '2019-09-26'], ['The previous day', 'date', '2019-09-25', '2019-09-25']]],
    ['Repair work restarted on Wednesday. Two days later the bridge reopened.', '2019-01-04', [
      ['Wednesday', 'date', '2019-01-02', '2019-01-02'], ['Two days later', 'date', '2019-01-04', '2019-01-04']]],
    ['Nissan lost 684bn yen in 2000 and made a profit the following year.', null, [
      ['2000', 'date', '2000-01-01', '2000-12-31'], ['the following year', 'date', '2001-01-01', '2001-12-31']]],
    // a date told in the past skips a court date still to come
    ['He will appear again on April 5. The first fire was at Hadley Library on Friday. A second broke out on the same day.', '2019-03-17', [
      ['April 5', 'date', '2019-04-05', '2019-04-05'], ['Friday', 'date', '2019-03-15', '2019-03-15'], ['the same day', 'date', '2019-03-15', '2019-03-15']]],
    // a weekday inside the stretch the article named
    ['From March 8 to 10, Hadley hosted the fair. A talk was given on Saturday afternoon.', '2019-03-25', [
      ['March 8 to 10', 'range', '2019-03-08', '2019-03-10'], ['Saturday', 'date', '2019-03-09', '2019-03-09']]],
    ['The same day, Trump became the nominee.', null, [['The same day', 'date', null, null]]],
  ])('%s (P=%s)', (sentence, published, expected) => {
    expect(datesOf(sentence, published)).toEqual(expected)
  })
})

describe('times and parts of a day take the day written next to them, the sentence\'s day or the story\'s', () => {
  test.each<[string, string, Found[]]>([
    ['On Saturday morning, a fire broke out at a mill. The blaze began at 10:15 a.m. local time (0915 UTC).', TUE, [
      ['Saturday', 'date', '2025-08-16', '2025-08-16'], ['10:15 a.m. local time', 'time', '2025-08-16', '2025-08-16'],
      ['0915 UTC', 'time', '2025-08-16', '2025-08-16']]],
    // the story's first day is its main event's, whatever else a later paragraph dates
    ['A fire destroyed the mill on Saturday.\n\nThe owner had insured it on August 3. The blaze began at 10:15 a.m.', TUE, [
      ['Saturday', 'date', '2025-08-16', '2025-08-16'], ['August 3', 'date', '2025-08-03', '2025-08-03'], ['10:15 a.m.', 'time', '2025-08-16', '2025-08-16']]],
    // the nearest day written next to each time
    ['The flood warning came at 9:00 p.m. on Wednesday (0200 UTC Thursday).', '2025-08-21', [
      ['9:00 p.m.', 'time', '2025-08-20', '2025-08-20'], ['Wednesday', 'date', '2025-08-20', '2025-08-20'],
      ['0200 UTC', 'time', '2025-08-21', '2025-08-21'], ['Thursday', 'date', '2025-08-21', '2025-08-21']]],
    ['Crowds marched yesterday and dispersed in the early evening.', TUE, [
      ['yesterday', 'date', '2025-08-18', '2025-08-18'], ['the early evening', 'date', '2025-08-18', '2025-08-18']]],
    // a time still to come is not a day the story has told; a dateline is not the story's day
    ['The summit ended yesterday. Talks will resume at 9am.', TUE, [['yesterday', 'date', '2025-08-18', '2025-08-18'], ['9am', 'time', null, null]]],
    ['Tuesday, August 19, 2025\n\nTraffic stopped at noon.', TUE, [['Tuesday, August 19, 2025', 'date', TUE, TUE], ['noon', 'time', null, null]]],
    ['He watched the morning news on Sunday.', TUE, [['Sunday', 'date', '2025-08-17', '2025-08-17']]],
  ])('%s (P=%s)', (sentence, published, expected) => {
    expect(datesOf(sentence, published)).toEqual(expected)
  })
})

describe('"today" and "this morning" inside a quote count from the day the words were said', () => {
  test.each<[string, Found[]]>([
    ['Very early on Sunday, a crane fell in Leeds. A spokesman said: “The site was closed this morning.”', [
      ['Sunday', 'date', '2025-08-17', '2025-08-17'], ['this morning', 'date', '2025-08-17', '2025-08-17']]],
    ['The council met yesterday. "Today we act," the mayor said.', [
      ['yesterday', 'date', '2025-08-18', '2025-08-18'], ['Today', 'date', '2025-08-18', '2025-08-18']]],
    // outside the quote it is the publication date
    ['A crane fell on Sunday. The site reopened this morning.', [
      ['Sunday', 'date', '2025-08-17', '2025-08-17'], ['this morning', 'date', TUE, TUE]]],
    ['“We are sad,” the mayor said of Sunday\'s fall. Work resumed today.', [
      ['Sunday', 'date', '2025-08-17', '2025-08-17'], ['today', 'date', TUE, TUE]]],
  ])('%s', (sentence, expected) => {
    expect(datesOf(sentence, TUE)).toEqual(expected)
  })
})

describe('periods counted from an event the story dates', () => {
  test.each<[string, string | null, Found[]]>([
    ['The referendum was held on May 5, 2016. In the days after the referendum, rents rose.', null, [
      ['May 5, 2016', 'date', '2016-05-05', '2016-05-05'], ['the days after the referendum', 'date', '2016-05-06', '2016-05-12']]],
    ['The vote was held on Sunday. On the eve of the vote, the leader spoke.', TUE, [
      ['Sunday', 'date', '2025-08-17', '2025-08-17'], ['the eve of the vote', 'date', '2025-08-16', '2025-08-16']]],
    ['The elections were on Tuesday. The day after the election, markets fell.', '2025-08-22', [
      ['Tuesday', 'date', '2025-08-19', '2025-08-19'], ['The day after the election', 'date', '2025-08-20', '2025-08-20']]],
    ['The attack happened on Friday. Police had been warned hours before the attack.', TUE, [
      ['Friday', 'date', '2025-08-15', '2025-08-15'], ['hours before the attack', 'date', '2025-08-15', '2025-08-15']]],
    ['The fire broke out on Monday. On the night of the fire, staff fled.', TUE, [
      ['Monday', 'date', '2025-08-18', '2025-08-18'], ['the night of the fire', 'date', '2025-08-18', '2025-08-18']]],
    // a date inside the phrase anchors it and keeps a span of its own
    ['Two days before the August 21 deadline, the sale fell through.', TUE, [
      ['Two days before', 'date', '2025-08-19', '2025-08-19'], ['August 21', 'date', '2025-08-21', '2025-08-21']]],
    ['He spoke on the eve of Sunday\'s vote.', TUE, [['the eve of', 'date', '2025-08-16', '2025-08-16'], ['Sunday', 'date', '2025-08-17', '2025-08-17']]],
    // an event the story never dates: found, not placed
    ['He spoke on the eve of the vote.', TUE, [['the eve of the vote', 'date', null, null]]],
  ])('%s (P=%s)', (sentence, published, expected) => {
    expect(datesOf(sentence, published)).toEqual(expected)
  })

  test.each([
    'He was on the eve of retirement.',
    'The days of the week are long.',
    'Prices rose after the vote was counted.',
  ])('not counted from an event: %s', (sentence) => {
    expect(datesOf(sentence, TUE)).toEqual([])
  })
})

describe('without a publication date, relative expressions stay unresolved', () => {
  test.each<[string, Found[]]>([
    ['Mr Zelenskiy said on Monday that the talks went well.', [['Monday', 'date', null, null]]],
    ['He failed to secure a ceasefire last week.', [['last week', 'date', null, null]]],
    ['The guarantees would be formalised within 10 days.', [['within 10 days', 'deadline', null, null]]],
    ['The confrontation happened in February.', [['February', 'date', null, null]]],
    ['The confrontation happened in February 2022, two days ago.', [['February 2022', 'date', '2022-02-01', '2022-02-28'], ['two days ago', 'date', null, null]]],
  ])('%s', (sentence, expected) => {
    expect(datesOf(sentence, null)).toEqual(expected)
  })
})

describe('ages are durations, with no day of their own', () => {
  test.each<[string, Found[]]>([
    ['The 15-year-old was taken to hospital.', [['15-year-old', 'duration', null, null]]],
    ['Police found an 11-month old baby in the park.', [['11-month old', 'duration', null, null]]],
    ['The bridge keeper was 64 years old.', [['64 years old', 'duration', null, null]]],
    ['The poet died at the age of 95.', [['95', 'duration', null, null]]],
    ['Her son, aged 7, and her niece aged 13 were unhurt.', [['7', 'duration', null, null], ['13', 'duration', null, null]]],
    // a list after "aged": "two aged fourteen" counts two children and starts a new list
    ['The victims were aged six, eight, two aged eleven, 40, and 71.', [
      ['six', 'duration', null, null], ['eight', 'duration', null, null], ['eleven', 'duration', null, null],
      ['40', 'duration', null, null], ['71', 'duration', null, null]]],
    // an age set off by commas or brackets after a person or a word for one
    ['The driver, Tom Reece, 58, was arrested.', [['58', 'duration', null, null]]],
    ['Her brother, 19, was still inside.', [['19', 'duration', null, null]]],
    ['Anna Berg (34) denies the charge.', [['34', 'duration', null, null]]],
    ['Okafor, 61, has led the union since it was founded.', [['61', 'duration', null, null]]],
    ['The court convicted the trader, Sam Ekwueme, 36.', [['36', 'duration', null, null]]],
    ['The court jailed Dana Pruitt, now 31, for fraud.', [['31', 'duration', null, null]]],
    // an obituary's closing age: the subject is "he", "she" or a name the article writes as one
    ['Mabel Orr died at home. She was 97.', [['97', 'duration', null, null]]],
    ['The singer Tomas Rehn died. Rehn, who sang with the choir for decades, was 80.', [['decades', 'duration', null, null], ['80', 'duration', null, null]]],
  ])('%s', (sentence, expected) => {
    expect(datesOf(sentence, TUE)).toEqual(expected)
  })

  test.each([
    // near misses: a bracket of ages, a count after a place, a number after a plural, a score, a stretch of time
    'Voters aged between 18 and 30 backed the plan.',
    'In Leeds, 42, a record, were fined.',
    'In New York, 42, a record, were fined.',
    'The brothers, 12, were fined.',
    'The firm, 3M, makes tape.',
    'Inflation was 2.',
  ])('not an age: %s', (sentence) => {
    expect(datesOf(sentence, TUE)).toEqual([])
  })
})

describe('periods a reader cannot place are found, with no day of their own', () => {
  test.each<[string, Found[]]>([
    ['Sales have slowed in recent months.', [['recent months', 'date', null, null]]],
    ['Recent weeks have seen riots in the capital.', [['Recent weeks', 'date', null, null]]],
    ['The toll is lower than in previous years.', [['previous years', 'date', null, null]]],
    ['The feud between the clans has run for decades.', [['decades', 'duration', null, null]]],
    ['After months of talks, the unions signed.', [['months', 'duration', null, null]]],
    ['The miners were trapped for hours.', [['hours', 'duration', null, null]]],
    ['He left the village years ago.', [['years ago', 'date', null, null]]],
    ['Many years later, she returned to Lagos.', [['Many years later', 'date', null, null]]],
    ['The rock formed millions of years before the first fish.', [['millions of years', 'duration', null, null]]],
    ['Fares will rise in the near future.', [['the near future', 'date', null, null]]],
    ['The club has been relegated in the past.', [['the past', 'date', null, null]]],
    ['A verdict is expected in coming weeks.', [['coming weeks', 'deadline', null, null]]],
    ['He won the league title last season.', [['last season', 'date', null, null]]],
    ['Strikers marched in the ninth week of the dispute.', [['ninth week', 'date', null, null]]],
    ['The speaker was cut off mere minutes into the debate.', [['mere minutes', 'duration', null, null]]],
    ['The half-hour show aired.', [['half-hour', 'duration', null, null]]],
  ])('%s', (sentence, expected) => {
    expect(datesOf(sentence, TUE)).toEqual(expected)
  })

  test.each<[string, Found[]]>([
    // a number makes it a duration of its own; a name and "the days of" an era are not periods of the story
    ['Five years of war have left scars.', [['Five years', 'duration', null, null]]],
    ['The days of the Raj are gone.', []],
    ['He reads The Years of Lead.', []],
    ['It was a past master of the trade.', []],
  ])('near miss: %s', (sentence, expected) => {
    expect(datesOf(sentence, TUE)).toEqual(expected)
  })
})

describe('not dates', () => {
  test.each([
    'Theresa May said she may resign.',
    'Tourists flock to Easter Island.',
    'The attack killed 2000 people.',
    'Euro 2020 was a success for Italy.',
    'The Sunday Herald of Hadley printed the result.',
    'One day, he said, the war would end.',
    'He scored 24 points in Mondays games.',
    'With council order No. 2214/2021, the town sold a bond.',
    'Tesco sold its roughly 2000 Thai and 74 Malaysian stores.',
    'The firm made 2000 sales calls.',
    'Some discount stores found a loophole which allows Sunday opening hours.',
    'Hadley: T Okafor (capt); M Hale, J Noon, R Albury.',
    'Ms Lee described it as the first case of its kind in Hadley.',
  ])('%s', (sentence) => {
    expect(datesOf(sentence, TUE)).toEqual([])
  })
})

describe('spans leave prepositions and possessives out', () => {
  test.each<[string, string[]]>([
    ['The outcome of Friday’s summit was unclear.', ['Friday']],
    ['He spoke on Monday night after a day of diplomacy.', ['Monday']],
    ['It grew by 5% in 2019’s second half.', ['2019']],
  ])('%s', (sentence, texts) => {
    expect(datesOf(sentence, TUE).map((d) => d[0])).toEqual(texts)
  })
})
