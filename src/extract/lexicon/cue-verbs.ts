// Reporting verbs: the words that introduce who said what ("Mr Merz told reporters: …", "…, he added").
// Each lemma lists its forms; regular ones are inflected by rule, irregular ones spelled out.
import { FRAMES } from './verb-frames'

/** Verbs whose first object is the listener, not the words: "told reporters that …", "assured them …". */
export const LISTENER_VERBS = new Set(['tell', 'assure', 'warn', 'inform', 'remind', 'urge', 'ask', 'advise', 'promise', 'reassure', 'brief'])

const REGULAR = [
  'add', 'admit', 'acknowledge', 'allege', 'announce', 'argue', 'ask', 'assert', 'assure', 'boast', 'brief', 'caution',
  'charge', 'claim', 'comment', 'complain', 'concede', 'conclude', 'concur', 'confess', 'confirm', 'contend', 'counter',
  'crow', 'declare', 'deny', 'describe', 'emphasise', 'emphasize', 'estimate', 'exclaim', 'explain', 'indicate', 'inform',
  'insist', 'joke', 'lament', 'maintain', 'mention', 'muse', 'note', 'object', 'observe', 'post', 'predict', 'promise',
  'propose', 'quip', 'reassure', 'recall', 'recount', 'reiterate', 'remark', 'remind', 'repeat', 'reply', 'report',
  'respond', 'retort', 'reveal', 'scoff', 'scold', 'shout', 'sniff', 'state', 'stress', 'suggest', 'testify', 'tweet',
  'underline', 'urge', 'vow', 'warn', 'worry', 'advise', 'pledge', 'question', 'stutter', 'wonder',
  'affirm', 'proclaim', 'clarify', 'reckon', 'grumble', 'mutter', 'murmur', 'opine', 'posit', 'theorize', 'theorise', 'surmise',
  'attest',
]

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  worry: ['worry', 'worries', 'worried', 'worrying'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  stutter: ['stutter', 'stutters', 'stuttered', 'stuttering'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  brag: ['brag', 'brags', 'bragged', 'bragging'],
  clarify: ['clarify', 'clarifies', 'clarified', 'clarifying'],
}

/**
 * Verbs that report what research says, and only when a study or its authors are the subject: "A report by the
 * institute found that taxes would rise", "Findings from the charity show that …"; not "Police found a body".
 */
export const RESEARCH_VERBS = new Set(['find', 'show'])

/**
 * Verbs that attribute only the quoted words right next to them: "“…,” he continued", "the sign read: “…”";
 * never a clause ("prices continued to rise", "she read the report").
 */
export const DIRECT_ONLY = new Set(['continue', 'read', 'chant', 'interject', 'interrupt', 'yell', 'scream', 'whisper'])

/** Irregular spellings of the verbs that report only through a frame (FRAME_ONLY below) or beside a quote (DIRECT_ONLY). */
const FRAME_IRREGULAR: Record<string, string[]> = {
  read: ['read', 'reads', 'reading'],
  refer: ['refer', 'refers', 'referred', 'referring'],
  beg: ['beg', 'begs', 'begged', 'begging'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  dub: ['dub', 'dubs', 'dubbed', 'dubbing'],
  swear: ['swear', 'swears', 'swore', 'sworn', 'swearing'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
}

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma] ?? FRAME_IRREGULAR[lemma]
  if (irregular) return irregular
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`
  return [lemma, third, `${stem}ed`, `${stem}ing`]
}

/**
 * Verbs that report only through a frame of verb-frames.ts, never with a clause of their own: "Ms Lee
 * accused the mayor of lying" reports; "Ms Lee called the office" does not, and neither does "a site called X".
 */
export const FRAME_ONLY = new Set(Object.keys(FRAMES).filter((lemma) => !lemma.includes(' ') && !REGULAR.includes(lemma) && !IRREGULAR[lemma]))

const FORMS = new Map<string, string>()
for (const lemma of [...REGULAR, ...Object.keys(IRREGULAR), ...FRAME_ONLY, ...DIRECT_ONLY]) {
  for (const form of inflect(lemma)) FORMS.set(form, lemma)
}

/** The lemma of a reporting verb form ("told" → "tell"), or undefined. */
export function cueLemma(word: string): string | undefined {
  // the forms are all lower case, and most words asked about are a token's normal form, lower case already: those
  // are found without a lower-cased copy (cueLemma is asked about every word of the article, some 1.8 million
  // times over the corpus); a word that is no form and lower case already is not looked up a second time
  const lemma = FORMS.get(word)
  if (lemma !== undefined) return lemma
  const lower = word.toLowerCase()
  return lower === word ? undefined : FORMS.get(lower)
}

/**
 * Adverbs without "-ly" that stand between a comma and a participle hung on the sentence's speaker: "…, also noting
 * that …", "…,” further remarking, “…”".
 */
export const PARTICIPLE_ADVERBS = new Set(['even', 'also', 'further', 'again', 'still', 'then', 'once', 'later'])

/** "saying", "adding": participles that hang a second report on the sentence's speaker. */
export function isParticiple(word: string): boolean {
  return word.toLowerCase().endsWith('ing')
}

/** Verbs common enough in other senses that they count only in a clear reporting frame. */
export const WEAK_CUES = new Set(['post', 'report', 'question', 'object', 'charge', 'counter', 'state', 'note', 'promise', 'describe', 'worry', 'wonder', 'add', 'ask', 'suggest', 'indicate', 'conclude', 'reveal', 'estimate', 'predict', ...FRAME_ONLY])

/**
 * Verbs that report words only with "that" (or a quote): "Ms May acknowledged that …" is speech,
 * "Ms Lee acknowledged the size of the loss" is not; "said" needs no "that".
 */
export const THAT_REQUIRED = new Set(['find', 'show', 'confirm', 'announce', 'reveal', 'suggest', 'indicate', 'stress', 'emphasise', 'emphasize',
  'underline', 'reiterate', 'deny', 'describe', 'report', 'propose', 'urge', 'ask', 'recount', 'lament', 'question', 'object',
  'charge', 'counter', 'comment', 'mention', 'post', 'repeat', 'observe', 'respond', 'scold', 'joke', 'boast', 'confess',
  'acknowledge', 'reveal', 'brief', 'remind', 'inform', 'advise', 'promise', 'pledge', 'vow', 'worry', 'wonder', 'conclude', 'estimate', 'predict',
  'affirm', 'proclaim', 'clarify', 'posit', 'theorize', 'theorise', 'surmise', 'attest'])

/**
 * Verbs of THAT_REQUIRED that also report a clause without "that" when it has its own subject and verb:
 * "Ms Lee confirmed the meeting took place"; not verbs of thinking ("Acme Corp concluded it could not keep the plant open").
 */
export const BARE_CLAUSE = new Set(['find', 'show', 'confirm', 'announce', 'reveal', 'suggest', 'stress', 'emphasise', 'emphasize', 'reiterate',
  'deny', 'report', 'repeat', 'acknowledge', 'remind', 'predict', 'estimate', 'affirm', 'proclaim'])

