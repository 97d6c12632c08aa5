// Currencies as ISO 4217 codes: symbols and codes written before the number ("$90 billion", "£691m", "US$5m",
// "C$40m"), words written after it ("5bn rupees", "7 billion yen", "40 million Canadian dollars"). Cryptocurrencies
// by their sign, code or name ("₿2.3", "0.5 BTC", "120,000 ether").

/** Symbols and codes before the number, longest first so "US$" wins over "$". */
const PREFIXES: Array<[string, string]> = [
  ['US$', 'USD'], ['$US', 'USD'], ['CDN$', 'CAD'], ['CAN$', 'CAD'], ['CA$', 'CAD'], ['Can$', 'CAD'], ['C$', 'CAD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['$A', 'AUD'],
  ['NZ$', 'NZD'], ['HK$', 'HKD'], ['NT$', 'TWD'], ['MX$', 'MXN'], ['S$', 'SGD'], ['R$', 'BRL'], ['Rs.', 'INR'], ['Rs', 'INR'],
  ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'], ['₺', 'TRY'], ['₦', 'NGN'], ['₪', 'ILS'], ['₿', 'BTC'], ['Ξ', 'ETH'],
]
const CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'CNY', 'RMB', 'INR', 'HKD', 'SGD', 'NZD', 'SEK', 'NOK', 'DKK', 'ZAR', 'BRL', 'MXN', 'RUB', 'KRW', 'TRY',
  'PLN', 'CZK', 'HUF', 'PKR', 'BDT', 'IDR', 'MYR', 'THB', 'EGP', 'NGN', 'KES', 'UAH', 'TWD', 'BTC', 'XBT', 'ETH', 'XRP', 'LTC', 'DOGE', 'USDT', 'USDC']

const escape = (s: string) => s.replace(/[$.]/g, '\\$&')

/** Regex source for a currency before a number, with the number allowed one space later ("USD 5m", "Rs 500"). */
export const CURRENCY_PREFIX = `(?<![A-Za-z])(?:${[...PREFIXES.map(([p]) => escape(p)), ...CODES].join('|')})\\s?`

export function prefixCurrency(text: string): string | null {
  const t = text.trim()
  const symbol = PREFIXES.find(([p]) => p === t)
  if (symbol) return symbol[1]
  if (CODES.includes(t)) return t === 'RMB' ? 'CNY' : t
  return null
}

/** A currency word after the number, with the country adjectives that change it ("Canadian dollars" → CAD). */
interface CurrencyWord { word: RegExp; code: string; countries?: Record<string, string> }

const WORDS: CurrencyWord[] = [
  { word: /^dollars?$/i, code: 'USD', countries: { us: 'USD', 'u.s.': 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', 'new zealand': 'NZD', 'hong kong': 'HKD', singapore: 'SGD', taiwan: 'TWD', taiwanese: 'TWD', zimbabwe: 'ZWL', zimbabwean: 'ZWL', jamaican: 'JMD', namibian: 'NAD', liberian: 'LRD', fijian: 'FJD' } },
  { word: /^(?:pounds?|sterling)$/i, code: 'GBP', countries: { egyptian: 'EGP', lebanese: 'LBP', syrian: 'SYP', sudanese: 'SDG', irish: 'IEP', british: 'GBP' } },
  { word: /^euros?$/i, code: 'EUR' },
  { word: /^yen$/i, code: 'JPY' },
  { word: /^(?:yuan|renminbi)$/i, code: 'CNY' },
  { word: /^rupees?$/i, code: 'INR', countries: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR', nepali: 'NPR', mauritian: 'MUR' } },
  { word: /^(?:roubles?|rubles?)$/i, code: 'RUB', countries: { russian: 'RUB', belarusian: 'BYN' } },
  { word: /^francs?$/i, code: 'CHF', countries: { swiss: 'CHF', cfa: 'XOF', congolese: 'CDF', french: 'FRF', belgian: 'BEF' } },
  { word: /^pesos?$/i, code: 'MXN', countries: { mexican: 'MXN', argentine: 'ARS', argentinian: 'ARS', philippine: 'PHP', chilean: 'CLP', colombian: 'COP', cuban: 'CUP', uruguayan: 'UYU' } },
  { word: /^(?:kronor|krona|kronur)$/i, code: 'SEK', countries: { swedish: 'SEK', icelandic: 'ISK' } },
  { word: /^(?:kroner|krone)$/i, code: 'NOK', countries: { danish: 'DKK', norwegian: 'NOK' } },
  { word: /^rand$/i, code: 'ZAR' },
  { word: /^(?:lira|lire)$/i, code: 'TRY', countries: { turkish: 'TRY', italian: 'ITL' } },
  { word: /^shekels?$/i, code: 'ILS' },
  { word: /^naira$/i, code: 'NGN' },
  { word: /^ringgit$/i, code: 'MYR' },
  { word: /^baht$/i, code: 'THB' },
  { word: /^dirhams?$/i, code: 'AED', countries: { emirati: 'AED', moroccan: 'MAD' } },
  { word: /^riyals?$/i, code: 'SAR', countries: { saudi: 'SAR', qatari: 'QAR' } },
  { word: /^rials?$/i, code: 'IRR', countries: { iranian: 'IRR', omani: 'OMR', yemeni: 'YER' } },
  { word: /^(?:reais|reals?)$/i, code: 'BRL' },
  { word: /^(?:z[lł]otys?|z[lł]otych)$/i, code: 'PLN' },
  { word: /^(?:korunas?|koruny|korun)$/i, code: 'CZK' },
  { word: /^(?:lei|leu)$/i, code: 'RON', countries: { romanian: 'RON', moldovan: 'MDL' } },
  { word: /^(?:leva|lev)$/i, code: 'BGN' },
  { word: /^(?:taka)$/i, code: 'BDT' },
  { word: /^(?:rupiah)$/i, code: 'IDR' },
  { word: /^(?:shillings?)$/i, code: 'KES', countries: { kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS' } },
  { word: /^(?:cedis?)$/i, code: 'GHS' },
  { word: /^(?:birr)$/i, code: 'ETB' },
  { word: /^(?:dong)$/i, code: 'VND' },
  { word: /^(?:tenge)$/i, code: 'KZT' },
  { word: /^(?:afghanis)$/i, code: 'AFN' },
  { word: /^(?:kwacha)$/i, code: 'ZMW', countries: { malawian: 'MWK', zambian: 'ZMW' } },
  { word: /^(?:dinars?)$/i, code: 'IQD', countries: { iraqi: 'IQD', kuwaiti: 'KWD', jordanian: 'JOD', bahraini: 'BHD', libyan: 'LYD', tunisian: 'TND', algerian: 'DZD', serbian: 'RSD' } },
  { word: /^forints?$/i, code: 'HUF' },
  { word: /^(?:hryvnias?|hryvnia)$/i, code: 'UAH' },
  { word: /^won$/i, code: 'KRW' },
  { word: /^bitcoins?$/i, code: 'BTC' },
  { word: /^(?:ethers?|ethereum)$/i, code: 'ETH' },
  { word: /^litecoins?$/i, code: 'LTC' },
  { word: /^dogecoins?$/i, code: 'DOGE' },
]

/** Country adjectives allowed between the number and the currency word ("40 million Canadian dollars"). */
export const COUNTRY = '(?:US|U\\.S\\.|American|Canadian|Australian|New\\sZealand|Hong\\sKong|Singapore|Taiwan(?:ese)?|Zimbabwe(?:an)?|Jamaican|Namibian|Liberian|Fijian|Egyptian|Lebanese|Syrian|Sudanese|Irish|British|Indian|Pakistani|Sri\\sLankan|Nepal(?:ese|i)|Mauritian|Belarusian|Swiss|CFA|Congolese|French|Belgian|Mexican|Argentin(?:e|ian)|Philippine|Chilean|Colombian|Cuban|Uruguayan|Danish|Norwegian|Swedish|Icelandic|Russian|Turkish|Iranian|Saudi|Emirati|Romanian|Italian|Moroccan|Qatari|Omani|Yemeni|South\\sKorean|Moldovan|Kenyan|Ugandan|Tanzanian|Somali|Malawian|Zambian|Iraqi|Kuwaiti|Jordanian|Bahraini|Libyan|Tunisian|Algerian|Serbian)'
export const CURRENCY_WORD = '(?:dollars?|pounds?|sterling|euros?|yen|yuan|renminbi|rupees?|roubles?|rubles?|francs?|pesos?|kronor|krona|kronur|kroner|krone|rand|lira|lire|shekels?|naira|ringgit|baht|dirhams?|riyals?|rials?|reais|reals?|z[lł]otys?|z[lł]otych|korunas?|koruny|korun|lei|leu|leva|lev|taka|rupiah|shillings?|cedis?|birr|dong|tenge|afghanis|kwacha|dinars?|forints?|hryvnias?|won|bitcoins?|ethers?|ethereum|litecoins?|dogecoins?)'

/** The country adjectives whose currency goes by this word ("kroner": danish, norwegian). */
export function countriesUsing(word: string): string[] {
  return Object.keys(WORDS.find((w) => w.word.test(word))?.countries ?? {})
}

export function wordCurrency(word: string, country: string | undefined): string | null {
  const entry = WORDS.find((w) => w.word.test(word))
  if (!entry) return null
  if (!country) return entry.code
  return entry.countries?.[country.toLowerCase().replace(/\s+/g, ' ')] ?? entry.code
}

/** "20 cents", "50p": a hundredth of the currency. */
export const MINOR_UNITS: Record<string, string> = { cent: 'USD', cents: 'USD', pence: 'GBP', p: 'GBP' }

export const CODE_AFTER = `(?:${CODES.join('|')})`
