// Quoted words that a verb of naming gives as what someone called something: a news reader counts them as that
// person's quote, with the words around them that say what was so called.
//
//   The governor mocked Hale, who he dubbed “the little mayor.”          → "who he dubbed “the little mayor.”" (he)
//   The council blocked the tower, which the mayor declared “an eyesore”.  → "which the mayor declared “an eyesore”" (the mayor)
//   Ms Ortiz praised the firefighters, whom she described as “brave.”    → "whom she described as “brave.”" (she)
//   Hale identified the judge as “biased” in court.                     → "the judge as “biased” in court" (Hale)
//
// Not when the naming has no one to do it ("a group called the “Friends of the Park”", "what is called a “debate”",
// "the so-called “deal”"), nor when what names is a thing ("The storm left the town in “a state of chaos”"), nor a
// title ("the film “Jaws”").
import type { TokenRange } from '../phrases'
import { breaksAfter, namesSomeone, phraseEndingAt, tagged } from '../phrases'
import { tokenAt } from '../../nlp/parse'
import { opensSentence, sentenceOf, type QuoteCandidate, type QuoteContext } from './context'
import type { QuoteMarkSpan } from './marks'
import { clauseEnd, inList } from './embedded'
import { reducedRelative, subjectBefore } from './speaker-phrase'
import { titleCased } from './quoted-titles'

/** The forms of the verbs that name what something is: "called it “a farce”", "described him as “brave”". */
const NAMING_FORMS = new Set([
  'call', 'calls', 'called', 'calling', 'dub', 'dubs', 'dubbed', 'dubbing', 'describe', 'describes', 'described', 'describing',
  'label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling', 'brand', 'brands', 'branded', 'branding',
  'term', 'terms', 'termed', 'declare', 'declares', 'declared', 'declaring', 'pronounce', 'pronounces', 'pronounced',
  'deem', 'deems', 'deemed', 'characterize', 'characterizes', 'characterized', 'characterise', 'characterises', 'characterised',
  'identify', 'identifies', 'identified', 'portray', 'portrays', 'portrayed', 'portraying', 'cast', 'casts', 'casting',
  'nickname', 'nicknamed', 'hail', 'hails', 'hailed',
])

/** Words that open a relative clause whose object is what was named: "which he called", "whom she described as". */
const RELATIVES = new Set(['which', 'who', 'whom', 'what', 'that'])

/** Words between a relative's subject and its verb: "which he has often called", "who she would later dub". */
const between = (t: QuoteContext['tokens'][number]) => tagged(t, 'Adverb') || tagged(t, 'Auxiliary') || tagged(t, 'Modal') ||
  /^(has|have|had|would|will|once|later|also|then|often|repeatedly|publicly)$/.test(t.normal)

/** The verb of naming right before quoted words, over "as" ("described as “…”"), or -1. */
function namingVerbBefore(ctx: QuoteContext, m: QuoteMarkSpan): number {
  const b = ctx.tokenBefore(m.start)
  if (b < 0 || /[,;:]/.test(ctx.text.slice(ctx.tokens[b].end, m.start))) return -1
  const v = ctx.tokens[b].normal === 'as' ? b - 1 : b
  return v >= 0 && NAMING_FORMS.has(ctx.tokens[v].normal) && tagged(ctx.tokens[v], 'Verb') ? v : -1
}

/**
 * "which the mayor declared “an eyesore”": the relative word, the subject and the verb of naming right before the
 * quoted words; the relative word's clause is the quote, spoken by that subject (a pronoun too: "who he dubbed").
 */
export function relativeNaming(ctx: QuoteContext, m: QuoteMarkSpan): { rel: number; verb: number; subject: TokenRange } | null {
  const { tokens } = ctx
  const v = namingVerbBefore(ctx, m)
  if (v < 0) return null
  const floor = sentenceOf(ctx, v).firstToken
  let k = v - 1
  while (k > floor && between(tokens[k])) k--
  const subject = phraseEndingAt(tokens, k + 1, floor)
  if (!subject || subject.from - 1 < floor || subject.to - subject.from > 6) return null
  const rel = subject.from - 1
  if (!RELATIVES.has(tokens[rel].normal) || !namesSomeone(tokens, subject)) return null
  // ("the man that the board called “a liar”" is the board's; "that" after a verb opens a clause, not a relative)
  if (tokens[rel].normal === 'that' && tagged(tokenAt(tokens, rel - 1), 'Verb')) return null
  if (tokens.slice(subject.from, subject.to).some((t) => breaksAfter(t) || RELATIVES.has(t.normal))) return null
  // (not inside someone's quote: "“I’d rather live in what he calls “hell” than …”" is all hers)
  if (ctx.markAt(tokens[rel].start)) return null
  return { rel, verb: v, subject }
}

/** The quote a relative clause of naming makes of quoted words ("…, who he dubbed “the little mayor.”"), or null. */
export function relativeNamingQuote(ctx: QuoteContext, m: QuoteMarkSpan): QuoteCandidate | null {
  const r = relativeNaming(ctx, m)
  if (!r) return null
  return {
    type: 'mixed', start: ctx.tokens[r.rel].start, end: namingEnd(ctx, m), cue: { from: r.verb, to: r.verb + 1 },
    speaker: { kind: 'mention', range: r.subject }, showMention: true, found: 'relative-naming', linked: 'relative-subject',
  }
}

/**
 * A quote found by the quote marks alone that a relative clause of naming takes in: "whom he described as “brave”"
 * is one quote from the relative word, not just "“brave”".
 */
export function widenToRelative(ctx: QuoteContext, m: QuoteMarkSpan, c: QuoteCandidate): void {
  const r = relativeNaming(ctx, m)
  if (!r || !c.cue || c.cue.from !== r.verb) return
  c.start = ctx.tokens[r.rel].start
  c.end = Math.max(c.end, namingEnd(ctx, m))
  c.type = 'mixed'
}

/**
 * Where the quote of a naming ends: at the quoted words when they end a sentence ("whom he described as “my
 * brother.”) Others …"), else at the end of their clause, over more quoted words the name goes on with ("a “new low”
 * and a “bizarre attempt …”").
 */
function namingEnd(ctx: QuoteContext, m: QuoteMarkSpan): number {
  const { tokens, text } = ctx
  for (let cur = m; ;) {
    if (/[.!?…]\s*$/.test(text.slice(cur.innerStart, cur.innerEnd))) return cur.end
    const first = ctx.tokenFrom(cur.start)
    const to = clauseEnd(ctx, cur, first, sentenceOf(ctx, first))
    const next = to < tokens.length ? ctx.markAt(tokens[to].start) : undefined
    if (next && next.start >= cur.end && /^\s*,?\s*(and|or)(\s+(a|an|the))?\s*$/i.test(text.slice(cur.end, next.start))) {
      cur = next
      continue
    }
    return Math.max(cur.end, tokens[to - 1].end)
  }
}

/** Words that end the phrase a verb of naming takes before the quoted words: a new clause or a list. */
const OBJECT_STOPS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom', 'because', 'while', 'when', 'if'])

/**
 * "Hale identified the judge as “biased” in court": a verb of naming, its object and the quoted words it gives the
 * object; the object and the rest of the clause are the quote, spoken by the verb's subject (or by the subject of
 * the sentence for a participle after a comma: "…, calling the mayor a “clueless tourist”").
 */
export function objectNamingQuote(ctx: QuoteContext, m: QuoteMarkSpan): QuoteCandidate | null {
  const { tokens } = ctx
  const v = objectNamingVerb(ctx, m)
  if (v < 0) return null
  const floor = sentenceOf(ctx, v).firstToken
  const participle = /ing$/.test(tokens[v].normal) && /,/.test(tokenAt(tokens, v - 1)?.post ?? '')
  const subject = participle ? sentenceSubject(ctx, floor, v) : subjectBefore(tokens, v, floor)
  if (!subject || !namesSomeone(tokens, subject) || (!participle && reducedRelative(tokens, subject, v))) return null
  if (subject.to > v) return null
  return {
    type: 'mixed', start: tokens[v + 1].start, end: namingEnd(ctx, m), cue: { from: v, to: v + 1 },
    speaker: { kind: 'mention', range: subject }, showMention: true, found: 'object-naming', linked: participle ? 'participle-subject' : 'subject-before-cue',
  }
}

/** The verb of naming over the object before quoted words ("identified the judge as “…”"), in the active; or -1. */
function objectNamingVerb(ctx: QuoteContext, m: QuoteMarkSpan): number {
  const { tokens } = ctx
  const b = ctx.tokenBefore(m.start)
  if (b < 0 || /[,;:]/.test(ctx.text.slice(tokens[b].end, m.start))) return -1
  const inner = ctx.text.slice(m.innerStart, m.innerEnd)
  if ((titleCased(inner) && inner.split(/\s+/).length > 1) || labelInPhrase(ctx, m, inner)) return -1
  const floor = sentenceOf(ctx, b).firstToken
  // after "as", any verb names: "admires Mr Hale as a “strong leader”", "blasted the plan as a “disgrace”"
  const as = asBefore(ctx, b, floor)
  // ("likened the tax to a “slow poison”": "to" after a verb of likening, as "as" after any)
  const fits = (k: number) => as >= 0 && (tokens[as].normal === 'as' || LIKENING.has(tokens[k].normal))
  const names = (k: number) => NAMING_FORMS.has(tokens[k].normal) || (as > k + 1 && fits(k) && actsOn(tokens[k]) && nounPhrase(tokens, k + 1, as))
  // back over the object ("the judge as", "her record a") to the verb, at most six words, no break between
  let v = b
  while (v > floor && v > b - 7 && !names(v)) {
    if (breaksAfter(tokens[v - 1]) || OBJECT_STOPS.has(tokens[v].normal) || ctx.markAt(tokens[v].start)) return -1
    v--
  }
  const verb = tokens[v]
  if (v === b || !names(v) || !tagged(verb, 'Verb') || breaksAfter(verb)) return -1
  if (relativeNaming(ctx, m)) return -1
  // ("was called", "has been described as": the subject is who was named, not who named)
  const prev = tokenAt(tokens, v - 1)
  return prev && /^(is|are|was|were|be|been|being|get|got)$/.test(prev.normal) ? -1 : v
}

/** Short quoted words a noun follows are a label inside its phrase: "described him as a “naive” user". */
function labelInPhrase(ctx: QuoteContext, m: QuoteMarkSpan, inner: string): boolean {
  const last = ctx.tokenBefore(m.end)
  const after = tokenAt(ctx.tokens, last + 1)
  return inner.split(/\s+/).length < 4 && !!after && after.sentence === ctx.tokens[last].sentence && !/[,;:.!?()]/.test(ctx.tokens[last].post) &&
    tagged(after, 'Noun') && !tagged(after, 'Pronoun') && !tagged(after, 'Verb') && !tagged(after, 'Date')
}

/** Verbs that liken their object to what follows "to": "likened the tax to a “slow poison”". */
const LIKENING = new Set(['liken', 'likens', 'likened', 'likening', 'compare', 'compares', 'compared', 'comparing'])

/**
 * The "as" (or "to") a few words before quoted words, with only an article or describing words between ("as a mere
 * “…”"); or -1.
 */
function asBefore(ctx: QuoteContext, b: number, floor: number): number {
  for (let k = b; k >= floor && k > b - 4; k--) {
    const t = ctx.tokens[k]
    if (t.normal === 'as' || t.normal === 'to') return k
    if (!(tagged(t, 'Determiner') || tagged(t, 'Adjective') || tagged(t, 'Adverb'))) return -1
  }
  return -1
}

/**
 * Whether the words from `from` to `to` are a noun's phrase alone: "the old governor", "her", "Mr Hale's plan"; not
 * "the certification known", "words such", "to" ("referred to as" names nobody's words).
 */
function nounPhrase(tokens: QuoteContext['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]
    if (tagged(t, 'Verb') || tagged(t, 'Preposition') || /^(such|to)$/.test(t.normal)) return false
    if (!(tagged(t, 'Determiner') || tagged(t, 'Adjective') || tagged(t, 'Noun') || tagged(t, 'Pronoun') || tagged(t, 'Possessive') || tagged(t, 'Value'))) return false
  }
  return to > from
}

/** A verb that does something to an object: not "be" or a helper ("was", "has"), which name nothing. */
const actsOn = (t: QuoteContext['tokens'][number]) => tagged(t, 'Verb') && !tagged(t, 'Copula') && !tagged(t, 'Auxiliary') && !tagged(t, 'Modal') &&
  !/^(is|are|was|were|be|been|being|has|have|had|do|does|did)$/.test(t.normal)

/**
 * A naming that a reported clause ran on into, after a comma or "and", is a quote of its own: "He said the plan
 * was rushed, called the treasurer “a clown” and left" → "the plan was rushed" and "the treasurer “a clown”";
 * "… the tower, which the mayor declared “an eyesore”" ends the clause before "which". The candidate is cut
 * before the naming (in place); the naming's quote is returned, or null.
 */
export function splitNaming(ctx: QuoteContext, c: QuoteCandidate): QuoteCandidate | null {
  const { tokens } = ctx
  for (const m of ctx.marksWithin(c.start, c.end)) {
    if (m.start <= c.start || m.end > c.end) continue
    const r = relativeNaming(ctx, m)
    if (r && tokens[r.rel].start > c.start && /,/.test(tokenAt(tokens, r.rel - 1)?.post ?? '')) {
      // (only a relative clause that ends the candidate: in "He said the plan, which he called “a farce,” would fail"
      // the plan's clause goes on after it)
      const end = namingEnd(ctx, m)
      if (/[^\s.,;:!?”"’)\]]/.test(ctx.text.slice(end, c.end))) continue
      cut(ctx, c, tokens[r.rel - 1].end)
      return relativeNamingQuote(ctx, m)
    }
    const v = objectNamingVerb(ctx, m)
    if (v < 0 || tokens[v].start <= c.start) continue
    const prev = tokenAt(tokens, v - 1)
    const joined = /,/.test(prev?.post ?? '') ? v - 1 : prev?.normal === 'and' && !breaksAfter(tokenAt(tokens, v - 2)) ? v - 2 : -1
    if (joined < 0 || tokens[joined].start <= c.start || (c.cue && joined < c.cue.to)) continue
    const participle = /ing$/.test(tokens[v].normal)
    const subject = participle ? sentenceSubject(ctx, sentenceOf(ctx, v).firstToken, v) : null
    cut(ctx, c, tokens[joined].end)
    return {
      type: 'mixed', start: tokens[v + 1].start, end: namingEnd(ctx, m), cue: { from: v, to: v + 1 },
      speaker: subject && namesSomeone(tokens, subject) ? { kind: 'mention', range: subject } : c.speaker,
      showMention: !!subject || c.showMention, found: 'split-naming', linked: subject ? 'participle-subject' : c.linked,
    }
  }
  return null
}

/** Ends a candidate at `end`: what is left is reported speech alone when no quoted words stay in it. */
function cut(ctx: QuoteContext, c: QuoteCandidate, end: number): void {
  c.end = end
  if (ctx.marksWithin(c.start, c.end).length === 0) c.type = 'indirect'
}

/** The subject of the clause a participle after a comma hangs on: "He sold prints, calling …" → "He". */
function sentenceSubject(ctx: QuoteContext, floor: number, v: number): TokenRange | null {
  for (let k = v - 1; k >= floor; k--) {
    const t = ctx.tokens[k]
    if (tagged(t, 'Verb') && !tagged(t, 'Gerund') && !tagged(t, 'Noun')) return subjectBefore(ctx.tokens, k, floor)
  }
  return null
}

/** The quote that quoted words left over make with a verb of naming before them, or null. */
export function namingQuote(ctx: QuoteContext, m: QuoteMarkSpan, i: number): QuoteCandidate | null {
  if (opensSentence(ctx, m) || m.continuesPrevious || inList(ctx, m, i)) return null
  return relativeNamingQuote(ctx, m) ?? objectNamingQuote(ctx, m)
}
