// Words a business story uses for a firm by its trade, each with the trade: "Shares in Brindlecorp rose. The brewer
// said …" is Brindlecorp, the one firm named before; "the carmaker" is no brewer named with that word.

const trades = (s: string): Map<string, string> => {
  const map = new Map<string, string>()
  for (const line of s.trim().split('\n')) {
    const [trade, list] = line.split(':')
    for (const w of list.trim().split(/\s+/)) map.set(w, trade.trim())
  }
  return map
}

/**
 * Nouns for a firm of one trade: "the brewer", "the insurer", "the chipmaker". Some name a person as often ("the
 * miner", "the operator", "the publisher"): see AMBIGUOUS_TRADES.
 */
export const BODY_TRADES = trades(`
  drinks: brewer brewers distiller distillery brewery winemaker
  motor: carmaker automaker car-maker truckmaker
  insurance: insurer reinsurer underwriter
  bank: lender bank mortgage-lender
  retail: retailer supermarket grocer chain store
  airline: airline carrier
  chips: chipmaker semiconductor
  drugs: drugmaker pharmaceutical
  tech: software-maker
  telecoms: telco telecoms
  energy: utility supplier refiner
  media: broadcaster newspaper tabloid broadsheet
  food: confectioner
  mining: miner
  goods: manufacturer maker conglomerate exporter importer producer
  transport: operator
  property: developer housebuilder
  publishing: publisher
  sport: club
  firm: firm company group business corporation giant startup multinational
`)

/**
 * Trade words that name a person as often as a firm ("the miner said" after a strike, "the broadcaster" a presenter),
 * and words for any firm ("the group" of people just listed): a vote for a body only where a name is written right
 * after them ("mining giant Northpeak"), never a descriptor that picks a body alone.
 */
export const AMBIGUOUS_TRADES = new Set(['miner', 'broadcaster', 'club', 'group', 'chain', 'store', 'supplier', 'carrier', 'utility', 'maker', 'giant', 'business',
  'producer', 'operator', 'developer', 'publisher'])

/** Words for any firm, whatever its trade: "the firm", "the company". */
export const ANY_TRADE = 'firm'

/** The trade a word names ("brewer" → "drinks"), or undefined. */
export function tradeOf(word: string): string | undefined {
  return BODY_TRADES.get(word)
}

/**
 * What a firm's name is followed by when the firm owns it: "Brindlecorp's shares", "Brindlecorp's chief executive",
 * "Brindlecorp's profits". A person has shares and a board rarely: the possessive before these says a body.
 */
export const BODY_BELONGINGS = new Set(`
  shares share stock shareholders stockholders investors board directors chairman chairwoman chief boss ceo
  executives profit profits revenue revenues turnover sales earnings results losses debts debt dividend
  takeover merger subsidiary subsidiaries division unit factory factories plant plants stores shops branches
  headquarters workforce employees brands customers market
`.trim().split(/\s+/))

/** Roles after a firm's name with no possessive: "Brindlecorp chief executive Ann Hale", "Brindlecorp shareholders". */
export const BODY_ROLES_AFTER = new Set(['chief', 'boss', 'ceo', 'chairman', 'chairwoman', 'shareholders', 'employees', 'executives', 'directors', 'shares'])

/** Nouns before "in"/"of" that say the name after them is a firm: "shares in Brindlecorp", "a stake in Brindlecorp". */
export const HOLDINGS = new Set(['shares', 'stake', 'stakes', 'shareholders', 'shareholding', 'shareholder', 'takeover', 'stock'])

/** The words that end a company's name, which no government has: "Northwind Corp", "Hadley Holdings plc", "Kestrel Motors". */
export const CORPORATE_ENDINGS = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'lp', 'ag', 'sa', 'gmbh', 'holdings', 'group', 'industries', 'brands',
  'energy', 'motors', 'airlines', 'airways'])
