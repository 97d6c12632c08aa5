// Units after a number: percentages and physical quantities, each with the word the output uses
// ("20 tonnes" → "tonne", "1.2 million barrels" → "barrel", "5km" → "km"). Units of time are in dates/vocabulary.ts.
import type { FigureKind } from '../../model'

interface UnitEntry {
  pattern: string
  unit: string
  kind: FigureKind
  /** one-letter units ("5C", "20g") only count written against the digits: "5 C" and "20 g" are something else */
  attachedOnly?: boolean
}

// written right after the digits ("5km", "20kg") or after a space; longest spellings first
const QUANTITIES: UnitEntry[] = [
  { pattern: 'square\\s(?:kilometres|kilometers|kilometre|kilometer|km)|sq\\s?km|km2|km²', unit: 'km²', kind: 'quantity' },
  { pattern: 'square\\s(?:miles?)|sq\\s?mi', unit: 'square mile', kind: 'quantity' },
  { pattern: 'square\\s(?:feet|foot)|sq\\.?\\s?ft', unit: 'square foot', kind: 'quantity' },
  { pattern: 'square\\s(?:metres|meters|metre|meter)|sq\\.?\\s?m\\b', unit: 'm²', kind: 'quantity' },
  { pattern: 'cubic\\s(?:feet|foot)', unit: 'cubic foot', kind: 'quantity' },
  { pattern: 'cubic\\s(?:kilometres|kilometers|kilometre|kilometer)', unit: 'km³', kind: 'quantity' },
  { pattern: 'km/h|kph|kmh|kilomet(?:re|er)s\\s(?:per|an)\\shour', unit: 'km/h', kind: 'quantity' },
  { pattern: 'kilometres|kilometers|kilometre|kilometer|km', unit: 'km', kind: 'quantity' },
  { pattern: 'miles\\s(?:per|an)\\shour|mph', unit: 'mph', kind: 'quantity' },
  { pattern: 'miles\\sper\\sgallon|mpg', unit: 'mpg', kind: 'quantity' },
  { pattern: 'nautical\\smiles?|nmi', unit: 'nautical mile', kind: 'quantity' },
  { pattern: 'miles?', unit: 'mile', kind: 'quantity' },
  { pattern: '(?:metres|meters)\\s(?:per|a)\\ssecond|m/s', unit: 'm/s', kind: 'quantity' },
  { pattern: 'metres|meters|metre|meter', unit: 'metre', kind: 'quantity' },
  { pattern: 'astronomical\\sunits?', unit: 'astronomical unit', kind: 'quantity' },
  { pattern: 'light[\\s-]years?', unit: 'light-year', kind: 'quantity' },
  { pattern: 'parsecs?', unit: 'parsec', kind: 'quantity' },
  { pattern: 'centimetres|centimeters|cm', unit: 'cm', kind: 'quantity' },
  { pattern: 'millimetres|millimeters|mm', unit: 'mm', kind: 'quantity' },
  { pattern: 'micrometres|micrometers|micrometre|micrometer|microns?|μm|µm', unit: 'μm', kind: 'quantity' },
  { pattern: 'nanometres|nanometers|nanometre|nanometer|nm', unit: 'nm', kind: 'quantity' },
  { pattern: 'feet|foot|ft', unit: 'foot', kind: 'quantity' },
  { pattern: 'inches|inch', unit: 'inch', kind: 'quantity' },
  { pattern: 'yards?', unit: 'yard', kind: 'quantity' },
  { pattern: 'megatonnes?|megatons?', unit: 'megaton', kind: 'quantity' },
  { pattern: 'kilotonnes?|kilotons?', unit: 'kiloton', kind: 'quantity' },
  { pattern: 'tonnes?|metric\\stons?', unit: 'tonne', kind: 'quantity' },
  { pattern: 'tons?', unit: 'ton', kind: 'quantity' },
  { pattern: 'kilograms?|kilos?|kg', unit: 'kg', kind: 'quantity' },
  { pattern: 'grams?', unit: 'g', kind: 'quantity' },
  { pattern: 'g', unit: 'g', kind: 'quantity', attachedOnly: true },
  { pattern: 'lbs?', unit: 'lb', kind: 'quantity' },
  { pattern: 'ounces?|oz', unit: 'ounce', kind: 'quantity' },
  { pattern: 'barrels?|bpd', unit: 'barrel', kind: 'quantity' },
  { pattern: 'millilitres?|milliliters?|ml', unit: 'ml', kind: 'quantity' },
  { pattern: 'hectolitres?|hectoliters?', unit: 'hectolitre', kind: 'quantity' },
  { pattern: 'litres?|liters?', unit: 'litre', kind: 'quantity' },
  { pattern: 'bushels?', unit: 'bushel', kind: 'quantity' },
  { pattern: 'gallons?', unit: 'gallon', kind: 'quantity' },
  { pattern: 'cubic\\s(?:metres|meters|metre|meter)', unit: 'm³', kind: 'quantity' },
  { pattern: 'acres?', unit: 'acre', kind: 'quantity' },
  { pattern: 'hectares?', unit: 'hectare', kind: 'quantity' },
  { pattern: 'ha', unit: 'hectare', kind: 'quantity', attachedOnly: true },
  // energy before power: "3,000 kilowatt-hours" is not "3,000 kilowatt" and a word
  { pattern: 'kWh|kilowatt[\\s-]hours?', unit: 'kWh', kind: 'quantity' },
  { pattern: 'MWh|megawatt[\\s-]hours?', unit: 'MWh', kind: 'quantity' },
  { pattern: 'GWh|gigawatt[\\s-]hours?', unit: 'GWh', kind: 'quantity' },
  { pattern: 'TWh|terawatt[\\s-]hours?', unit: 'TWh', kind: 'quantity' },
  { pattern: 'megawatts?|MW', unit: 'MW', kind: 'quantity' },
  { pattern: 'gigawatts?|GW', unit: 'GW', kind: 'quantity' },
  { pattern: 'kilowatts?|kW', unit: 'kW', kind: 'quantity' },
  { pattern: 'terawatts?', unit: 'TW', kind: 'quantity' },
  { pattern: 'watts?', unit: 'W', kind: 'quantity' },
  { pattern: 'volts?', unit: 'V', kind: 'quantity' },
  { pattern: 'horsepower|hp', unit: 'hp', kind: 'quantity' },
  { pattern: 'decibels?|dB', unit: 'dB', kind: 'quantity' },
  { pattern: 'gigahertz|GHz', unit: 'GHz', kind: 'quantity' },
  { pattern: 'megahertz|MHz', unit: 'MHz', kind: 'quantity' },
  { pattern: 'megapixels?', unit: 'megapixel', kind: 'quantity' },
  { pattern: 'carats?', unit: 'carat', kind: 'quantity' },
  { pattern: 'ppm|parts\\sper\\smillion', unit: 'ppm', kind: 'quantity' },
  { pattern: 'degrees\\s(?:Celsius|centigrade|C\\b)|°C', unit: '°C', kind: 'quantity' },
  { pattern: 'C', unit: '°C', kind: 'quantity', attachedOnly: true },
  { pattern: 'degrees\\s(?:Fahrenheit|F\\b)|°F', unit: '°F', kind: 'quantity' },
  { pattern: 'F', unit: '°F', kind: 'quantity', attachedOnly: true },
  { pattern: 'degrees?|°', unit: 'degree', kind: 'quantity' },
  { pattern: 'knots', unit: 'knot', kind: 'quantity' },
  // an index moves in points: "the Nikkei ended up 0.4% at 12,315.20 points"
  { pattern: 'points?|pts', unit: 'point', kind: 'quantity' },
  { pattern: 'calories', unit: 'calorie', kind: 'quantity' },
  { pattern: 'milligrams?|mg', unit: 'mg', kind: 'quantity' },
  { pattern: 'gigabytes?|GB', unit: 'GB', kind: 'quantity' },
  { pattern: 'megabytes?|MB', unit: 'MB', kind: 'quantity' },
  { pattern: 'terabytes?|TB', unit: 'TB', kind: 'quantity' },
  // last, so every longer unit is tried first: "The 60 m (200 ft) ferry" (written against the digits, "75m" is 75 million)
  { pattern: 'm', unit: 'metre', kind: 'quantity' },
]

/** Units written against the digits ("5km", "20C") and units after a space or hyphen ("20 tonnes", "10-mile"). */
export const ATTACHED_UNIT = QUANTITIES.map((q) => `(?:${q.pattern})`).join('|')
export const SPACED_UNIT = QUANTITIES.filter((q) => !q.attachedOnly).map((q) => `(?:${q.pattern})`).join('|')

const MATCHERS = QUANTITIES.map((q) => ({ q, re: new RegExp(`^(?:${q.pattern})$`, q.attachedOnly ? '' : 'i') }))

export function quantityUnit(text: string): UnitEntry | null {
  return MATCHERS.find(({ re }) => re.test(text))?.q ?? null
}

/** "%", "per cent", "percent", "pc"; percentage points and basis points have units of their own. */
/** (basis points: "25 basis points", "a 25-basis-point cut", "50bp", "50 bps"; percentage points with or without hyphens) */
export const PERCENT_UNIT = '%|\\s?per\\s?cent\\b|\\s?percent\\b|pc\\b|[\\s-](?:percentage|%)[\\s-]points?\\b|[\\s-]?basis[\\s-]points?\\b|\\s?bps\\b|bp\\b|\\s?ppts?\\b'

export function percentUnit(text: string): string {
  if (/percentage|%\s?point|ppt/i.test(text)) return 'percentage point'
  if (/basis|bp/i.test(text)) return 'basis point'
  return '%'
}
