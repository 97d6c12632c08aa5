// Words by which an article says a person is a woman or a man: pronouns ("she said", "his remarks"),
// honorifics ("Ms Major", "Sir Keir") and gendered titles and role nouns ("the chairwoman", "a female official",
// "his mother", "King Charles"). Role nouns that English uses for either ("chair", "actor", "host", "priest")
// are not here; offices in -man that a few women hold under that name ("chairman") are evidence of their own
// (OFFICES_IN_MAN).
import { FEMALE_HONORIFICS, MALE_HONORIFICS, PERSON_ROLES } from './roles'

export type GenderWord = 'female' | 'male'

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean))

/** Pronouns that refer to one woman or one man. */
export const FEMALE_PRONOUNS = words(`she her hers herself`)
export const MALE_PRONOUNS = words(`he him his himself`)

const FEMALE_ROLES = words(`
  woman women girl lady madam mother mom mum mommy mama grandmother grandma granny daughter wife sister aunt niece
  granddaughter stepmother stepdaughter stepsister mother-in-law daughter-in-law sister-in-law godmother girlfriend fiancee
  fiancée widow bride matriarch mother-of-one mother-of-two mother-of-three mother-of-four mother-of-five
  chairwoman spokeswoman congresswoman councilwoman alderwoman assemblywoman businesswoman sportswoman policewoman
  servicewoman horsewoman craftswoman stateswoman anchorwoman camerawoman frontwoman forewoman
  actress waitress hostess stewardess heiress songstress seamstress headmistress mistress empress duchess countess
  baroness marchioness princess queen nun abbess prioress female female-led female-identifying
`)

const MALE_ROLES = words(`
  man men boy guy gentleman father dad daddy papa grandfather grandpa grandson son husband brother uncle nephew
  stepfather stepson stepbrother father-in-law son-in-law brother-in-law godfather boyfriend fiance fiancé widower
  groom patriarch father-of-one father-of-two father-of-three father-of-four father-of-five
  spokesman congressman councilman alderman assemblyman businessman sportsman policeman serviceman horseman craftsman
  statesman anchorman cameraman frontman foreman fireman salesman weatherman
  king prince duke earl baron emperor monk male
`)

/**
 * "chairman", "spokesman": news style (AP, Reuters, the BBC) writes "chairwoman", "spokeswoman" or "chair" for a
 * woman, so each says "a man" as its -woman form says "a woman", and both count alike as a title's evidence. But an
 * office may keep its formal name whoever holds it ("GM chairman Mary Barra"), so they are the weakest evidence:
 * a first name the name list gives to women wins over them (addNameGender in name-gender.ts). "chairman" is evidence
 * only: it is left out of MALE_ROLES, which the resolver also reads to rule out a woman for "the chairman".
 */
export const OFFICES_IN_MAN = words(`chairman spokesman`)

/** The gender a title's word gives as evidence: a gendered role ("spokeswoman", "mother") or an office in -man. */
export function titleGender(word: string): GenderWord | null {
  const w = word.toLowerCase().replace(/[’']s$/, '')
  return roleGender(w) ?? (OFFICES_IN_MAN.has(w) ? 'male' : null)
}

/** A gendered role noun or adjective ("spokeswoman", "father", "female"), or null. */
export function roleGender(word: string): GenderWord | null {
  const w = word.toLowerCase().replace(/[’']s$/, '')
  if (FEMALE_ROLES.has(w)) return 'female'
  if (MALE_ROLES.has(w)) return 'male'
  return null
}

/** "she", "his" → its gender; "they", "it" → null. */
export function pronounGender(word: string): GenderWord | null {
  const w = word.toLowerCase()
  if (FEMALE_PRONOUNS.has(w)) return 'female'
  if (MALE_PRONOUNS.has(w)) return 'male'
  return null
}

/** "Ms", "Mrs.", "Dame" → female; "Mr", "Sir", "Lord" → male; "Dr" → null. */
export function honorificGender(word: string): GenderWord | null {
  const w = word.toLowerCase()
  if (FEMALE_HONORIFICS.has(w)) return 'female'
  if (MALE_HONORIFICS.has(w)) return 'male'
  return null
}

/**
 * A noun for a person by role, gendered or not, as it may head a name: "Assemblywoman", "Businessman", "Actress",
 * "Senator", and their plurals ("Sprinters"). Not a word the tagger's lexicon also holds as a first name: "Guy
 * Okafor" is named Guy, whatever "guy" means.
 */
export function isRoleWord(word: string, firstName: (w: string) => boolean): boolean {
  const w = word.toLowerCase()
  if (firstName(w)) return false
  const singular = w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w
  return [w, singular].some((x) => PERSON_ROLES.has(x) || roleGender(x) !== null || OFFICES_IN_MAN.has(x))
}
