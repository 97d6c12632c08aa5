// The figures extractor on real-looking sentences: each figure's text, kind, value, unit and range end.
// The seed article's sentence is from a Financial Times/Reuters report of 19 August 2025.
import { extractFigures } from '../../src/extract/figures'
import { parseArticle } from '../../src/nlp/parse'

type Row = [text: string, kind: string, value: number | null, unit: string | null, valueMax?: number]

function figuresOf(sentence: string): Row[] {
  const figures = extractFigures(parseArticle(sentence))
  return figures.map((f) => {
    expect(sentence.slice(f.start, f.end)).toBe(f.text)
    expect(f.quoteId).toBeNull()
    const row: Row = [f.text, f.kind, f.value, f.unit]
    if (f.valueMax !== undefined) row.push(f.valueMax)
    return row
  })
}

describe('money: scale and currency', () => {
  test.each<[string, Row[]]>([
    ['“There indeed is a package with our proposals worth $90 billion,” Mr Zelenskiy said.', [['$90 billion', 'money', 90e9, 'USD']]],
    ['The council spent £691m on roads.', [['£691m', 'money', 691e6, 'GBP']]],
    ['The club paid €40m for the striker.', [['€40m', 'money', 40e6, 'EUR']]],
    ['The state will invest 5bn rupees in the scheme.', [['5bn rupees', 'money', 5e9, 'INR']]],
    ['The bank lent 7 billion yen to the carmaker.', [['7 billion yen', 'money', 7e9, 'JPY']]],
    ['Profits jumped to $1.13bn.', [['$1.13bn', 'money', 1.13e9, 'USD']]],
    ['The mine was sold for US$5m.', [['US$5m', 'money', 5e6, 'USD']]],
    ['Ottawa set aside C$40m for the bridge.', [['C$40m', 'money', 40e6, 'CAD']]],
    ['The lottery prize is CA$2 million.', [['CA$2 million', 'money', 2e6, 'CAD']]],
    ['Canberra pledged A$2.5bn in aid.', [['A$2.5bn', 'money', 2.5e9, 'AUD']]],
    ['Tokyo offered ¥300bn in loans.', [['¥300bn', 'money', 300e9, 'JPY']]],
    ['The province will spend 40 million Canadian dollars on schools.', [['40 million Canadian dollars', 'money', 40e6, 'CAD']]],
    ['The fine was 300 dollars.', [['300 dollars', 'money', 300, 'USD']]],
    ['Acme Corp is worth 6.8bn euros.', [['6.8bn euros', 'money', 6.8e9, 'EUR']]],
    ['Shares ended up three pence at 318.5 pence.', [['three pence', 'money', 0.03, 'GBP'], ['318.5 pence', 'money', 3.185, 'GBP']]],
    ['Each victim will receive one million rubles.', [['one million rubles', 'money', 1e6, 'RUB']]],
    ['The debt is near half a trillion dollars.', [['half a trillion dollars', 'money', 0.5e12, 'USD']]],
    ['The Hadley fun run raised almost CDN$8,400 for the library.', [['CDN$8,400', 'money', 8400, 'CAD']]],
  ])('%s', (sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected)
  })
})

describe('percentages, counts, quantities and durations', () => {
  test.each<[string, Row[]]>([
    ['Quarterly profits jumped 76%.', [['76%', 'percent', 76, '%']]],
    ['Growth slowed to 2.5 per cent.', [['2.5 per cent', 'percent', 2.5, '%']]],
    ['Growth slowed to 2.5 percent.', [['2.5 percent', 'percent', 2.5, '%']]],
    ['The bank raised rates by 0.25 percentage points.', [['0.25 percentage points', 'percent', 0.25, 'percentage point']]],
    ['It lost 312,000 members.', [['312,000', 'count', 312000, null]]],
    ['Officials said three people died.', [['three', 'count', 3, null]]],
    ['The region will need 1.8 million tonnes of feed.', [['1.8 million tonnes', 'quantity', 1.8e6, 'tonne']]],
    ['The truck carried 20 tonnes of grain.', [['20 tonnes', 'quantity', 20, 'tonne']]],
    ['Output rose to 1.2 million barrels a day.', [['1.2 million barrels', 'quantity', 1.2e6, 'barrel']]],
    ['The runners covered 5km.', [['5km', 'quantity', 5, 'km']]],
    ['The village lies about ten kilometres outside Hadley.', [['ten kilometres', 'quantity', 10, 'km']]],
    ['Guarantees would be formalised within 10 days.', [['10 days', 'duration', 10, 'day']]],
    ['The more-than-six-hour meetings ended late.', [['six-hour', 'duration', 6, 'hour']]],
    ['The war has been going on for almost four years.', [['four years', 'duration', 4, 'year']]],
    ['A 92-year-old woman was among the dead.', [['92-year-old', 'duration', 92, 'year']]],
    ['Okafor won the 60m in Hadley on Saturday.', [['60m', 'quantity', 60, 'metre']]],
    ['The virus has infected 5m people.', [['5m', 'count', 5e6, null]]],
    ['Visitors totalled around a quarter of a million.', [['a quarter of a million', 'count', 250000, null]]],
    ['The girl weighed 82 pounds when she was found.', [['82 pounds', 'quantity', 82, 'lb']]],
    ['The storm moved northwest at 20 km/h.', [['20 km/h', 'quantity', 20, 'km/h']]],
  ])('%s', (sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected)
  })
})

describe('units and currencies read from the words around the number', () => {
  test.each<[string, Row[]]>([
    // a doubled space before the scale
    ['Acme Corp said 3.4  million barrels of daily output had been lost.', [['3.4  million barrels', 'quantity', 3.4e6, 'barrel']]],
    ['The butterflies occupied 6.05 hectares (.0605 square km).', [['6.05 hectares', 'quantity', 6.05, 'hectare'], ['.0605 square km', 'quantity', 0.0605, 'km²']]],
    // Wikinews, 2020: złoty, and a loss in the pounds of the turnover before it
    ['The deal costs one billion złotys; the price is 900 million złotys (181 million pounds).', [
      ['one billion złotys', 'money', 1e9, 'PLN'], ['900 million złotys', 'money', 9e8, 'PLN'], ['181 million pounds', 'money', 1.81e8, 'GBP']]],
    ['The units had a 947 million pounds turnover for a 107 million loss.', [['947 million pounds', 'money', 9.47e8, 'GBP'], ['107 million', 'money', 1.07e8, 'GBP']]],
    ['The firm cut 5 million costs.', [['5 million', 'count', 5e6, null]]],
    ['Deutsche Boerse lifted its dividend to 70 euro cents from 55 euro cents.', [['70 euro cents', 'money', 0.7, 'EUR'], ['55 euro cents', 'money', 0.55, 'EUR']]],
    ['Shares in Northwind Press lost 45 Canadian cents.', [['45 Canadian cents', 'money', 0.45, 'CAD']]],
    ['Board member Jane Albury backed a quarter point cut in the base rate to 4%.', [['a quarter point', 'percent', 0.25, 'percentage point'], ['4%', 'percent', 4, '%']]],
    ['The Fed raised its key rate by half a percentage point.', [['half a percentage point', 'percent', 0.5, 'percentage point']]],
    ['He was found guilty of storing 2,000 or more kilos of stolen copper.', [['2,000 or more kilos', 'quantity', 2000, 'kg']]],
    ['The second tremor had a magnitude of 3.0, after a 5.2-magnitude shock.', [['3.0', 'quantity', 3, 'magnitude'], ['5.2', 'quantity', 5.2, 'magnitude']]],
    ['The valley has had over 300 magnitude 3+ tremors.', [['300', 'count', 300, null], ['3', 'quantity', 3, 'magnitude']]],
    ['Jane Albury died last week at the age of 97.', [['97', 'duration', 97, 'year']]],
    // ages are stretches of time lived, wherever the dates extractor finds one
    ['The pilot, Jo Marsh, 51, and a boy aged nine died.', [['51', 'duration', 51, 'year'], ['nine', 'duration', 9, 'year']]],
    ['The victims were aged six, eight, two aged eleven, and 40.', [
      ['six', 'duration', 6, 'year'], ['eight', 'duration', 8, 'year'], ['two', 'count', 2, null], ['eleven', 'duration', 11, 'year'], ['40', 'duration', 40, 'year']]],
    ['In Leeds, 42, a record, were fined.', [['42', 'count', 42, null]]],
    ['The filter traps grains under 3.5 micrometers across.', [['3.5 micrometers', 'quantity', 3.5, 'μm']]],
  ])('%s', (sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected)
  })
})

describe('the currency a bare word takes from the story\'s country', () => {
  test.each<[string, Row[]]>([
    ['Denmark\'s central bank said the fund holds 40 million kroner. Copenhagen agreed.', [['40 million kroner', 'money', 40e6, 'DKK']]],
    ['Norway\'s oil fund holds 40 million kroner.', [['40 million kroner', 'money', 40e6, 'NOK']]],
    ['Argentina\'s government printed 5 billion pesos.', [['5 billion pesos', 'money', 5e9, 'ARS']]],
    ['The Mexican bank lent 5 billion pesos.', [['5 billion pesos', 'money', 5e9, 'MXN']]],
    // a dateline decides for "dollars" and their cents; a story that names the US keeps them US dollars
    ['SYDNEY (Reuters) - The miner lost 40 million dollars, or 60 cents a share.', [['40 million dollars', 'money', 40e6, 'AUD'], ['60 cents', 'money', 0.6, 'AUD']]],
    ['Australia\'s biggest bank lost 40 million dollars.', [['40 million dollars', 'money', 40e6, 'AUD']]],
    ['The US firm lost 40 million dollars in Australia.', [['40 million dollars', 'money', 40e6, 'USD']]],
    // a country written with the amount outranks the story's
    ['Denmark paid 3 million Norwegian kroner.', [['3 million Norwegian kroner', 'money', 3e6, 'NOK']]],
    ['SYDNEY (Reuters) - The miner paid US$40m and 5 million euros.', [['US$40m', 'money', 40e6, 'USD'], ['5 million euros', 'money', 5e6, 'EUR']]],
  ])('%s', (sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected)
  })
})

describe('less common money, units and rates', () => {
  test.each<[string, Row[]]>([
    ['Hong Kong\'s port raised HK$1.2bn and Wellington spent NZ$ 300 million.', [['HK$1.2bn', 'money', 1.2e9, 'HKD'], ['NZ$ 300 million', 'money', 3e8, 'NZD']]],
    ['Fuel cost C$1.50 a litre, against A$2.10 in Perth.', [['C$1.50', 'money', 1.5, 'CAD'], ['A$2.10', 'money', 2.1, 'AUD']]],
    ['The hackers took 0.5 BTC, 120,000 ether and ₿2.3 more.', [['0.5 BTC', 'money', 0.5, 'BTC'], ['120,000 ether', 'money', 120000, 'ETH'], ['₿2.3', 'money', 2.3, 'BTC']]],
    ['The debt is a third of a billion dollars.', [['a third of a billion dollars', 'money', 333333333.333, 'USD']]],
    ['Some three quarters of a million people and two-thirds of a million cars crossed.', [
      ['three quarters of a million', 'count', 750000, null], ['two-thirds of a million', 'count', 666666.666667, null]]],
    ['One and a half million votes were cast.', [['One and a half million', 'count', 1.5e6, null]]],
    ['The trawler sailed 200 nautical miles.', [['200 nautical miles', 'quantity', 200, 'nautical mile']]],
    ['Mars is 1.5 astronomical units from the Sun, and the star 4.2 light-years.', [
      ['1.5 astronomical units', 'quantity', 1.5, 'astronomical unit'], ['4.2 light-years', 'quantity', 4.2, 'light-year']]],
    ['Homes used 3,000 kilowatt-hours, the plant 500 megawatt hours.', [['3,000 kilowatt-hours', 'quantity', 3000, 'kWh'], ['500 megawatt hours', 'quantity', 500, 'MWh']]],
    ['The flat is 800 square feet, the garden 50 square metres.', [['800 square feet', 'quantity', 800, 'square foot'], ['50 square metres', 'quantity', 50, 'm²']]],
    ['The rupee fell to 74 to the dollar.', [['74', 'money', 74, 'INR']]],
    ['The Turkish lira slid to 7.2 against the dollar.', [['7.2', 'money', 7.2, 'TRY']]],
    ['The budget gap reached a record Australian dollar 9.3bn.', [['9.3bn', 'money', 9.3e9, 'AUD']]],
    ['The bank made a 25 basis-point cut after a 50bp rise and a 0.5-percentage-point rise.', [
      ['25 basis-point', 'percent', 25, 'basis point'], ['50bp', 'percent', 50, 'basis point'], ['0.5-percentage-point', 'percent', 0.5, 'percentage point']]],
    ['The wall was five or six feet high; two or three people climbed it.', [['five or six feet', 'quantity', 5, 'foot', 6], ['two or three', 'count', 2, null, 3]]],
    ['The pilot made one stop at a farm.', [['one', 'count', 1, null]]],
    // an amount told against money in its sentence is money: millions, not metres
    ['The club will get £20m now, with another 15m due next year.', [['£20m', 'money', 20e6, 'GBP'], ['15m', 'money', 15e6, 'GBP']]],
    ['Turnover rose to $3bn from 2.6bn.', [['$3bn', 'money', 3e9, 'USD'], ['2.6bn', 'money', 2.6e9, 'USD']]],
    ['She ran 400m, down from 800m last year.', [['400m', 'quantity', 400, 'metre'], ['800m', 'quantity', 800, 'metre']]],
    ['Like-for-like sales fell -0.4% while output was -2.5%.', [['-0.4%', 'percent', -0.4, '%'], ['-2.5%', 'percent', -2.5, '%']]],
    ['The archive holds a quarter million letters.', [['a quarter million', 'count', 250000, null]]],
    ['Auditors found a 4bn-euro hole and a half-hour delay.', [['4bn-euro', 'money', 4e9, 'EUR'], ['half-hour', 'duration', 0.5, 'hour']]],
    ['The index closed at 5,321.40 points.', [['5,321.40 points', 'quantity', 5321.4, 'point']]],
    // conversions in brackets are asides: the amount after them is in the first currency
    ['Sales were 90m euros (£62m; $118m), up from 41m.', [
      ['90m euros', 'money', 90e6, 'EUR'], ['£62m', 'money', 62e6, 'GBP'], ['$118m', 'money', 118e6, 'USD'], ['41m', 'money', 41e6, 'EUR']]],
    ['She was named an All-Star 12 times.', [['12', 'count', 12, null]]],
    ['The firm makes one or two models a year.', [['one or two', 'count', 1, null, 2]]],
    ['The odds of success are next to zero, and the squad was cut to one player.', [['zero', 'count', 0, null], ['one', 'count', 1, null]]],
  ])('%s', (sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected)
  })

  test.each([
    'It was a category 3 hurricane.',
    'He had stage 4 cancer in phase 2 of the trial.',
    'He sold the lot to the dollar store.',
    'One living in the city said so.',
    'The firm struck a deal much like one between rival banks.',
    '"It is a sensible move," said one analyst, according to one source.',
    'The chance of a deal is next to nothing.',
    'BP cut jobs.',
  ])('not a figure: %s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([])
  })
})

describe('counts the tagger hides', () => {
  test.each<[string, Row[]]>([
    ['Counts suggest nearly one million visitors came to the Hadley fair.', [['one million', 'count', 1e6, null]]],
    // a capitalised "But" after "[...]" is no name
    ['"… corn fields[...] But one wet spring won\'t ruin the harvest."', [['one', 'count', 1, null]]],
    ['She taught all but the eldest of their eleven grandchildren.', [['eleven', 'count', 11, null]]],
    ['Hadley has only one badly crowded bus route.', [['one', 'count', 1, null]]],
    ['Homes with at least one unpaid carer put up a blue sign.', [['one', 'count', 1, null]]],
    ['Tesco sold its roughly 2000 Thai and 74 Malaysian stores.', [['2000', 'count', 2000, null], ['74', 'count', 74, null]]],
    ['Rents stay down on their 2004 levels.', []],
    // a number the article writes in a name is that name later too, unless it counts a plural noun
    ['The plane was a Boeing 727. The 727 was a cargo jet with 727 seats.', [['727', 'count', 727, null]]],
  ])('%s', (sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected)
  })
})

describe('ranges give both ends', () => {
  test.each<[string, Row[]]>([
    ['The sale is valued at $1.2 to $1.6bn.', [['$1.2 to $1.6bn', 'money', 1.2e9, 'USD', 1.6e9]]],
    ['Analysts expect growth of 3-5%.', [['3-5%', 'percent', 3, '%', 5]]],
    ['Acme Corp forecast a 4% to 6% rise in orders.', [['4% to 6%', 'percent', 4, '%', 6]]],
    ['There are probably between 24 and 30 boats in the harbour.', [['24 and 30', 'count', 24, null, 30]]],
    ['The tickets cost £5-10m in total.', [['£5-10m', 'money', 5e6, 'GBP', 10e6]]],
    // a change between two figures is not a range
    ['Revenue rose 3% to $8.4bn from $8.2bn.', [['3%', 'percent', 3, '%'], ['$8.4bn', 'money', 8.4e9, 'USD'], ['$8.2bn', 'money', 8.2e9, 'USD']]],
    ['The toll rose from fourteen to 31.', [['fourteen', 'count', 14, null], ['31', 'count', 31, null]]],
    ['The Hadley plant helped lift profit by 300m euros to 1.9bn euros.', [['300m euros', 'money', 3e8, 'EUR'], ['1.9bn euros', 'money', 1.9e9, 'EUR']]],
    ['A decision may come in the next two to three weeks.', [['two to three weeks', 'duration', 2, 'week', 3]]],
  ])('%s', (sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected)
  })
})

describe('not figures', () => {
  test.each([
    'The treaty was signed in 2019.',
    'The treaty was signed on January 4.',
    'Sales rose in the fourth quarter.',
    'Leaders met at the G8 summit.',
    'He won the Formula One title.',
    'Covid-19 closed the schools.',
    'It is one of the largest backers of Acme Corp.',
    'The shop is open 24/7.',
    'He knocked on the door of 14 Harbour Street.',
    'The Boeing 737 was grounded.',
    'The court rejected the case in a 2-1 decision.',
    'Two thirds of the world voted.',
    'The magazine dates the abacus at 190 A.D.',
    'No one was hurt.',
    'The meeting starts at 3pm.',
    'One of their daughters escaped and phoned 911.',
    'Northwind Air flight 2817 was on its way from Hadley.',
    'The staff offered a tour of the office at 22 Quai des Lilas.',
    'The site was accused of violating § 1201 of the code.',
    'A tremor was felt at 5:12 a.m. (2112 Tuesday night, UTC).',
    'The team won by half a point.',
  ])('%s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([])
  })

  test('a list marker opening a paragraph is not a figure', () => {
    const text = 'Key points:\n\n1. Prices rose.\n\n2. Wages fell.'
    expect(figuresOf(text)).toEqual([])
  })
})

describe('context says what the figure counts', () => {
  test.each<[string, string]>([
    ['“There indeed is a package with our proposals worth $90 billion,” Mr Zelenskiy said.', 'a package with our proposals worth'],
    ['It lost 312,000 members in the third quarter.', 'It lost … members in the'],
    ['£691m was spent on roads.', 'was spent on roads'],
  ])('%s', (sentence, context) => {
    expect(extractFigures(parseArticle(sentence))[0].context).toBe(context)
  })
})
