// Words by which an article says a person is a woman or a man: pronouns ("she said", "his remarks"),
// honorifics ("Ms Major", "Sir Keir") and gendered titles and role nouns ("the chairwoman", "a female official",
// "his mother", "King Charles"). Role nouns that English uses for either ("chair", "actor", "host", "priest",
// "chairman" of an office, which some women hold under that name) are not here.
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from './roles'

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
