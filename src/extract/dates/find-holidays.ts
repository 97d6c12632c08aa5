// Fixed-date holidays, Easter and the days counted from it, the US holidays on a weekday of a month and days a reader
// dates without a year: "on Christmas Day", "before Christmas", "Easter Monday 2020", "Ash Wednesday", "on
// Thanksgiving", "Super Tuesday" (the first Tuesday of March), "as Monday is the Labor Day holiday", "D-Day".
// A bare "Christmas" or "Easter" counts only after a word that makes it a time ("over Christmas", "since Easter"),
// so "Christmas sales" and "Easter Island" are left alone; "a Halloween-themed event" names a kind of thing.
import type { DateCandidate, Meaning } from './meaning'
import { directionOf } from './parts'
import type { SentenceText } from './sentence-text'
import { allMatches } from '../all-matches'

const HOLIDAY = /\b(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his)\s)?(?<name>Christmas\s(?:Day|Eve)|New\sYear['’]s\s(?:Day|Eve)|New\sYear['’]s|New\sYear|Boxing\sDay|Valentine['’]s\sDay|Halloween|Easter\s(?:Sunday|Monday)|Good\sFriday|Palm\sSunday|Ash\sWednesday|Maundy\sThursday|Shrove\sTuesday|Pancake\sDay|Mardi\sGras|Whit\s(?:Sunday|Monday)|Pentecost|Ascension\sDay|Christmas|Easter|(?:the\s)?Fourth\sof\sJuly|Super\sTuesday|Election\sDay|Inauguration\sDay|Father['’]s\sDay|D-Day|St\.?\sPatrick['’]s\sDay|Saint\sPatrick['’]s\sDay|Bastille\sDay|Australia\sDay|Anzac\sDay|ANZAC\sDay|Canada\sDay|Guy\sFawkes\sNight|Bonfire\sNight|Remembrance\sDay|Armistice\sDay|Veterans\sDay|Hogmanay|International\sWomen['’]s\sDay|World\sAIDS\sDay|Earth\sDay|Juneteenth|Labor\sDay|Memorial\sDay|Thanksgiving(?:\sDay)?|Black\sFriday|Cyber\sMonday|Martin\sLuther\sKing(?:\sJr\.?)?\sDay|MLK\sDay|Presidents['’]?\sDay|Columbus\sDay|Remembrance\sSunday)\b(?!\s(?:Island|Rising|Parade\sfounder)|-[a-z])(?:,?\s(?<year>\d{4})\b)?/g

const TIME_WORD_BEFORE = /\b(?:at|over|before|after|since|until|till|by|on|for|around|during|through|from|to|last|next|this)\s$/i

const FIXED: Record<string, [number, number]> = {
  'christmas day': [12, 25], 'christmas': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1],
  "new year's eve": [12, 31], 'boxing day': [12, 26], "valentine's day": [2, 14], halloween: [10, 31],
  "st patrick's day": [3, 17], "st. patrick's day": [3, 17], "saint patrick's day": [3, 17], 'bastille day': [7, 14], 'australia day': [1, 26],
  'anzac day': [4, 25], 'canada day': [7, 1], 'guy fawkes night': [11, 5], 'bonfire night': [11, 5], 'remembrance day': [11, 11],
  'armistice day': [11, 11], 'veterans day': [11, 11], hogmanay: [12, 31], "international women's day": [3, 8], 'world aids day': [12, 1],
  'earth day': [4, 22], juneteenth: [6, 19], "new year's": [1, 1], 'new year': [1, 1], 'fourth of july': [7, 4], 'the fourth of july': [7, 4],
  'inauguration day': [1, 20],
}
/** Days of one year only: D-Day is 6 June 1944 wherever the story mentions it */
const ONCE: Record<string, [number, number, number]> = { 'd-day': [1944, 6, 6] }
/** US holidays on the nth weekday of a month: [month, ISO weekday, nth (−1 last), days after it] */
const NTH_WEEKDAY: Record<string, [number, number, number, number]> = {
  'labor day': [9, 1, 1, 0], 'memorial day': [5, 1, -1, 0], thanksgiving: [11, 4, 4, 0], 'thanksgiving day': [11, 4, 4, 0],
  'black friday': [11, 4, 4, 1], 'cyber monday': [11, 4, 4, 4], 'martin luther king day': [1, 1, 3, 0], 'martin luther king jr day': [1, 1, 3, 0],
  'martin luther king jr. day': [1, 1, 3, 0], 'mlk day': [1, 1, 3, 0], "presidents' day": [2, 1, 3, 0], "presidents day": [2, 1, 3, 0],
  'columbus day': [10, 1, 2, 0], 'remembrance sunday': [11, 7, 2, 0],
  // Super Tuesday: the first Tuesday of March (2016, 2020, 2024); US Election Day: the Tuesday after the first Monday of November
  'super tuesday': [3, 2, 1, 0], 'election day': [11, 1, 1, 1], "father's day": [6, 7, 3, 0],
}
const EASTER_OFFSET: Record<string, number> = {
  easter: 0, 'easter sunday': 0, 'easter monday': 1, 'good friday': -2, 'palm sunday': -7, 'ash wednesday': -46, 'maundy thursday': -3,
  'shrove tuesday': -47, 'pancake day': -47, 'mardi gras': -47, 'whit sunday': 49, pentecost: 49, 'whit monday': 50, 'ascension day': 39,
}

export function findHolidays(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of allMatches(HOLIDAY, s.text)) {
    const g = m.groups!
    const name = g.name.replace(/’/g, "'").replace(/\s+/g, ' ').toLowerCase()
    const year = g.year ? Number(g.year) : null
    // "Christmas sales", "Easter Island", "New Year resolutions": a bare name needs a word that makes it a time;
    // "Thanksgiving" and the named days are the day wherever they stand
    const bare = name === 'christmas' || name === 'easter' || name === 'new year' || name === 'mardi gras' || name === 'pentecost'
    if (bare && !g.mod && !year && !TIME_WORD_BEFORE.test(s.text.slice(Math.max(0, m.index - 8), m.index))) continue
    const direction = directionOf(g.mod)
    const rule = NTH_WEEKDAY[name]
    const meaning: Meaning = name in ONCE ? { type: 'holiday', year: ONCE[name][0], month: ONCE[name][1], day: ONCE[name][2], direction }
      : name in FIXED
      ? { type: 'holiday', month: FIXED[name][0], day: FIXED[name][1], year, direction }
      : rule ? { type: 'nth-weekday', month: rule[0], weekday: rule[1], nth: rule[2], offset: rule[3], year, direction }
        : { type: 'easter', offset: EASTER_OFFSET[name] ?? 0, year, direction }
    found.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'date', meaning })
  }
  return found
}
