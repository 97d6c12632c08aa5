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
  { pattern: 'square\\s(?:metres|meters|metre|meter|feet|foot)', unit: 'm²', kind: 'quantity' },
  { pattern: 'km/h|kph|kmh|kilomet(?:re|er)s\\s(?:per|an)\\shour', unit: 'km/h', kind: 'quantity' },
  { pattern: 'kilometres|kilometers|kilometre|kilometer|km', unit: 'km', kind: 'quantity' },
  { pattern: 'miles\\s(?:per|an)\\shour|mph', unit: 'mph', kind: 'quantity' },
  { pattern: 'miles?', unit: 'mile', kind: 'quantity' },
  { pattern: 'metres|meters|metre|meter', unit: 'metre', kind: 'quantity' },
  { pattern: 'centimetres|centimeters|cm', unit: 'cm', kind: 'quantity' },
  { pattern: 'millimetres|millimeters|mm', unit: 'mm', kind: 'quantity' },
  { pattern: 'micrometres|micrometers|micrometre|micrometer|microns?|μm|µm', unit: 'μm', kind: 'quantity' },
  { pattern: 'nanometres|nanometers|nanometre|nanometer|nm', unit: 'nm', kind: 'quantity' },
  { pattern: 'feet|foot|ft', unit: 'foot', kind: 'quantity' },
  { pattern: 'inches|inch', unit: 'inch', kind: 'quantity' },
  { pattern: 'yards?', unit: 'yard', kind: 'quantity' },
  { pattern: 'tonnes?|metric\\stons?', unit: 'tonne', kind: 'quantity' },
  { pattern: 'tons?', unit: 'ton', kind: 'quantity' },
  { pattern: 'kilograms?|kilos?|kg', unit: 'kg', kind: 'quantity' },
  { pattern: 'grams?', unit: 'g', kind: 'quantity' },
  { pattern: 'g', unit: 'g', kind: 'quantity', attachedOnly: true },
  { pattern: 'lbs?', unit: 'lb', kind: 'quantity' },
  { pattern: 'ounces?|oz', unit: 'ounce', kind: 'quantity' },
  { pattern: 'barrels?|bpd', unit: 'barrel', kind: 'quantity' },
  { pattern: 'litres?|liters?', unit: 'litre', kind: 'quantity' },
  { pattern: 'gallons?', unit: 'gallon', kind: 'quantity' },
  { pattern: 'cubic\\s(?:metres|meters|metre|meter)', unit: 'm³', kind: 'quantity' },
  { pattern: 'acres?', unit: 'acre', kind: 'quantity' },
  { pattern: 'hectares?', unit: 'hectare', kind: 'quantity' },
  { pattern: 'ha', unit: 'hectare', kind: 'quantity', attachedOnly: true },
  { pattern: 'megawatts?|MW', unit: 'MW', kind: 'quantity' },
  { pattern: 'gigawatts?|GW', unit: 'GW', kind: 'quantity' },
  { pattern: 'kilowatts?|kW', unit: 'kW', kind: 'quantity' },
  { pattern: 'kWh|kilowatt[\\s-]hours?', unit: 'kWh', kind: 'quantity' },
  { pattern: 'TWh|terawatt[\\s-]hours?', unit: 'TWh', kind: 'quantity' },
  { pattern: 'degrees\\s(?:Celsius|centigrade|C\\b)|°C', unit: '°C', kind: 'quantity' },
  { pattern: 'C', unit: '°C', kind: 'quantity', attachedOnly: true },
  { pattern: 'degrees\\s(?:Fahrenheit|F\\b)|°F', unit: '°F', kind: 'quantity' },
  { pattern: 'F', unit: '°F', kind: 'quantity', attachedOnly: true },
  { pattern: 'degrees?|°', unit: 'degree', kind: 'quantity' },
  { pattern: 'knots', unit: 'knot', kind: 'quantity' },
  { pattern: 'calories', unit: 'calorie', kind: 'quantity' },
  { pattern: 'milligrams?|mg', unit: 'mg', kind: 'quantity' },
  { pattern: 'gigabytes?|GB', unit: 'GB', kind: 'quantity' },
  { pattern: 'megabytes?|MB', unit: 'MB', kind: 'quantity' },
  { pattern: 'terabytes?|TB', unit: 'TB', kind: 'quantity' },
  // last, so every longer unit is tried first: "The 75 m (250 ft) ship" (written against the digits, "75m" is 75 million)
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
export const PERCENT_UNIT = '%|\\s?per\\s?cent\\b|\\s?percent\\b|pc\\b|\\s(?:percentage|%)\\spoints?\\b|\\s?(?:basis\\spoints?|bps)\\b|\\s?ppts?\\b'

export function percentUnit(text: string): string {
  if (/percentage|%\s?point|ppt/i.test(text)) return 'percentage point'
  if (/basis|bps/i.test(text)) return 'basis point'
  return '%'
}
