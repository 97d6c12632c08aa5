// The country a story is about, for currency words several countries use: "kroner" in a story about Denmark is
// DKK and in one about Norway NOK, "pesos" in an Argentine story ARS, "dollars" in a story datelined SYDNEY AUD.
// A dateline ("SYDNEY (Reuters) -", "Oslo, Norway —") decides for every such word; otherwise the country the story
// names most often among those that use the word, and for "dollars" only when the story never names the US.
import type { ParsedArticle } from '../../nlp/parse'
import type { Figure } from '../../model'
import { COUNTRY, CURRENCY_WORD, wordCurrency, countriesUsing } from './currencies'

/** A country by the adjective the currency table knows it by, with the words that name it in a story. */
const COUNTRIES: Array<[string, RegExp]> = [
  ['american', /\b(?:United\sStates|U\.S\.|US|USA|American|Washington)\b/g],
  ['british', /\b(?:Britain|British|UK|U\.K\.|England|English|Scotland|Wales|London)\b/g],
  ['indian', /\b(?:India|Indian|Delhi|Mumbai)\b/g],
  ['russian', /\b(?:Russia|Russian|Moscow)\b/g],
  ['belarusian', /\b(?:Belarus(?:ian)?|Minsk)\b/g],
  ['turkish', /\b(?:Turkey|Turkish|Ankara|Istanbul)\b/g],
  ['iranian', /\b(?:Iran(?:ian)?|Tehran)\b/g],
  ['saudi', /\b(?:Saudi|Riyadh)\b/g],
  ['emirati', /\b(?:UAE|Emirates|Emirati|Dubai|Abu\sDhabi)\b/g],
  ['romanian', /\b(?:Romania(?:n)?|Bucharest)\b/g],
  ['moldovan', /\b(?:Moldova(?:n)?|Chisinau)\b/g],
  ['canadian', /\b(?:Canada|Canadian|Ottawa|Toronto|Montreal|Vancouver|Calgary)\b/g],
  ['australian', /\b(?:Australia|Australian|Sydney|Melbourne|Canberra|Brisbane|Perth|Adelaide)\b/g],
  ['new zealand', /\b(?:New\sZealand|Auckland|Wellington|Christchurch)\b/g],
  ['hong kong', /\bHong\sKong\b/g],
  ['singapore', /\bSingapore(?:an)?\b/g],
  ['taiwanese', /\b(?:Taiwan(?:ese)?|Taipei)\b/g],
  ['zimbabwean', /\b(?:Zimbabwe(?:an)?|Harare)\b/g],
  ['jamaican', /\b(?:Jamaica(?:n)?|Kingston)\b/g],
  ['namibian', /\b(?:Namibia(?:n)?|Windhoek)\b/g],
  ['liberian', /\b(?:Liberia(?:n)?|Monrovia)\b/g],
  ['fijian', /\b(?:Fiji(?:an)?|Suva)\b/g],
  ['egyptian', /\b(?:Egypt(?:ian)?|Cairo)\b/g],
  ['lebanese', /\b(?:Lebanon|Lebanese|Beirut)\b/g],
  ['syrian', /\b(?:Syria(?:n)?|Damascus)\b/g],
  ['sudanese', /\b(?:Sudan(?:ese)?|Khartoum)\b/g],
  ['pakistani', /\b(?:Pakistan(?:i)?|Islamabad|Karachi|Lahore)\b/g],
  ['sri lankan', /\b(?:Sri\sLanka(?:n)?|Colombo)\b/g],
  ['nepalese', /\b(?:Nepal(?:ese|i)?|Kathmandu)\b/g],
  ['mauritian', /\bMauriti(?:us|an)\b/g],
  ['congolese', /\b(?:Congo(?:lese)?|Kinshasa)\b/g],
  ['mexican', /\b(?:Mexico|Mexican)\b/g],
  ['argentine', /\b(?:Argentina|Argentine|Argentinian|Buenos\sAires)\b/g],
  ['philippine', /\b(?:Philippines?|Filipino|Manila)\b/g],
  ['chilean', /\b(?:Chile(?:an)?|Santiago)\b/g],
  ['colombian', /\b(?:Colombia(?:n)?|Bogot[aá])\b/g],
  ['cuban', /\b(?:Cuba(?:n)?|Havana)\b/g],
  ['uruguayan', /\b(?:Uruguay(?:an)?|Montevideo)\b/g],
  ['danish', /\b(?:Denmark|Danish|Danes?|Copenhagen)\b/g],
  ['norwegian', /\b(?:Norway|Norwegian|Oslo)\b/g],
  ['swedish', /\b(?:Sweden|Swedish|Stockholm)\b/g],
  ['icelandic', /\b(?:Iceland(?:ic)?|Reykjavik)\b/g],
  ['czech', /\b(?:Czech|Prague)\b/g],
  ['kenyan', /\b(?:Kenya(?:n)?|Nairobi)\b/g],
  ['ugandan', /\b(?:Uganda(?:n)?|Kampala)\b/g],
  ['tanzanian', /\b(?:Tanzania(?:n)?|Dodoma|Dar\ses\sSalaam)\b/g],
  ['somali', /\b(?:Somalia|Somali|Mogadishu)\b/g],
  ['malawian', /\b(?:Malawi(?:an)?|Lilongwe)\b/g],
  ['zambian', /\b(?:Zambia(?:n)?|Lusaka)\b/g],
  ['iraqi', /\b(?:Iraq(?:i)?|Baghdad)\b/g],
  ['kuwaiti', /\bKuwait(?:i)?\b/g],
  ['jordanian', /\b(?:Jordanian|Amman)\b/g],
  ['bahraini', /\b(?:Bahrain(?:i)?|Manama)\b/g],
  ['libyan', /\b(?:Libya(?:n)?|Tripoli)\b/g],
  ['tunisian', /\b(?:Tunisia(?:n)?|Tunis)\b/g],
  ['algerian', /\b(?:Algeria(?:n)?|Algiers)\b/g],
  ['serbian', /\b(?:Serbia(?:n)?|Belgrade)\b/g],
  ['moroccan', /\b(?:Morocc(?:o|an)|Rabat)\b/g],
  ['qatari', /\b(?:Qatar(?:i)?|Doha)\b/g],
  ['omani', /\b(?:Oman(?:i)?|Muscat)\b/g],
  ['yemeni', /\b(?:Yemen(?:i)?|Sanaa)\b/g],
  ['swiss', /\b(?:Switzerland|Swiss|Zurich|Geneva|Bern)\b/g],
]

/** "SYDNEY (Reuters) -", "Oslo, Norway —", "BUENOS AIRES, Jan 4 (Reuters) –": a place, then a dash, opening the body. */
const DATELINE = /^\s*([A-Z][A-Za-z .'-]{1,30}?)(?:,\s[A-Z][A-Za-z .0-9]{1,30}?)?\s*(?:\([A-Za-z .]{1,30}\))?\s*[-–—]\s/

export type LocalCurrency = (word: string) => string | null

const cache = new WeakMap<ParsedArticle, LocalCurrency>()

/** The story's own code for a bare currency word, or null where the story says nothing that changes the usual one. */
export function localCurrency(article: ParsedArticle): LocalCurrency {
  const known = cache.get(article)
  if (known) return known
  const text = article.text
  // read once, when the first bare currency word asks: most articles have none
  let counts: Map<string, number> | null = null
  let dateline: string | null = null
  const read = () => {
    counts = new Map()
    for (const [country, re] of COUNTRIES) counts.set(country, (text.match(re) ?? []).length)
    // the dateline: the first paragraph or the second (after a headline) that opens with a place and a dash
    for (const p of article.paragraphs.slice(0, 3)) {
      const m = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + 80)))
      const place = m && COUNTRIES.find(([, re]) => new RegExp(`^(?:${re.source})$`, 'i').test(m[1].trim()))
      if (place) { dateline = place[0]; break }
    }
    return counts
  }
  const local: LocalCurrency = (word) => {
    counts ??= read()
    if (dateline) return wordCurrency(word, dateline)
    const using = countriesUsing(word)
    let best: string | null = null
    const count = (country: string) => counts!.get(country) ?? 0
    for (const country of using) if (count(country) > (best ? count(best) : 0)) best = country
    if (!best) return null
    // "dollars" is US dollars unless the story never names the US
    if (/^dollars?$/i.test(word) && count('american') > 0) return null
    return wordCurrency(word, best)
  }
  cache.set(article, local)
  return local
}

/** a money figure written with a bare currency word at its end ("40 million kroner", "65 cents"), no country before it */
const BARE_WORD_AT_END = new RegExp(`(?<!${COUNTRY})\\s(?<word>${CURRENCY_WORD}|cents?)$`, 'i')

/** The story's currency for a figure told in a bare currency word, or the figure's own. */
export function localUnit(figure: Pick<Figure, 'kind' | 'text' | 'unit'>, local: LocalCurrency): string | null {
  if (figure.kind !== 'money') return figure.unit
  const m = BARE_WORD_AT_END.exec(figure.text)
  if (!m) return figure.unit
  const word = /^cents?$/i.test(m.groups!.word) ? 'dollars' : m.groups!.word
  return local(word) ?? figure.unit
}
