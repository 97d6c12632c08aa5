// The words a title may use for the people a description names by nationality: "the Dutchman" is the one person the
// story titled "Dutch defender" or "Holland international", "the Scot" the "Scotland striker", "the Australian" the
// "Australian swimmer". Each noun with its adjective and its country's names as a title writes them.

const FORMS: Record<string, string[]> = {
  dutchman: ['dutch', 'holland', 'netherlands'], dutchwoman: ['dutch', 'holland', 'netherlands'],
  frenchman: ['french', 'france'], frenchwoman: ['french', 'france'],
  englishman: ['english', 'england'], englishwoman: ['english', 'england'],
  irishman: ['irish', 'ireland'], irishwoman: ['irish', 'ireland'],
  scotsman: ['scottish', 'scotland', 'scots'], scotswoman: ['scottish', 'scotland', 'scots'], scot: ['scottish', 'scotland', 'scots'],
  welshman: ['welsh', 'wales'], welshwoman: ['welsh', 'wales'],
  briton: ['british', 'britain', 'uk', 'gb'], brit: ['british', 'britain', 'uk', 'gb'],
  spaniard: ['spanish', 'spain'], dane: ['danish', 'denmark'], swede: ['swedish', 'sweden'], finn: ['finnish', 'finland'],
  pole: ['polish', 'poland'], turk: ['turkish', 'turkey'], kiwi: ['zealand', 'zealander'], aussie: ['australian', 'australia'],
  american: ['american', 'america', 'us', 'usa'], australian: ['australian', 'australia'], german: ['german', 'germany'],
  italian: ['italian', 'italy'], brazilian: ['brazilian', 'brazil'], argentine: ['argentine', 'argentinian', 'argentina'],
  argentinian: ['argentine', 'argentinian', 'argentina'], canadian: ['canadian', 'canada'], russian: ['russian', 'russia'],
  chinese: ['chinese', 'china'], japanese: ['japanese', 'japan'], indian: ['indian', 'india'], kenyan: ['kenyan', 'kenya'],
  nigerian: ['nigerian', 'nigeria'], portuguese: ['portuguese', 'portugal'], belgian: ['belgian', 'belgium'],
  swiss: ['swiss', 'switzerland'], austrian: ['austrian', 'austria'], greek: ['greek', 'greece'], croatian: ['croatian', 'croatia'],
  croat: ['croatian', 'croatia'], serbian: ['serbian', 'serbia'], serb: ['serbian', 'serbia'], mexican: ['mexican', 'mexico'],
  norwegian: ['norwegian', 'norway'], ukrainian: ['ukrainian', 'ukraine'], czech: ['czech'], jamaican: ['jamaican', 'jamaica'],
  ethiopian: ['ethiopian', 'ethiopia'], moroccan: ['moroccan', 'morocco'], egyptian: ['egyptian', 'egypt'], israeli: ['israeli', 'israel'],
  iranian: ['iranian', 'iran'], pakistani: ['pakistani', 'pakistan'], colombian: ['colombian', 'colombia'], chilean: ['chilean', 'chile'],
}

/** The title words that name the nationality of a description's head ("dutchman" → dutch, holland, netherlands), or null. */
export const nationalForms = (head: string): string[] | null => FORMS[head] ?? null

/** The gender a national noun says: "the Dutchman" is a man, "the Frenchwoman" a woman, "the Briton" either. */
export function nationalGender(head: string): 'm' | 'f' | null {
  if (/woman$/.test(head)) return 'f'
  if (/man$/.test(head) && head !== 'german') return 'm'
  return null
}
