// Whom a description means: "the Ukrainian president" → the person whose title says so, "the 64-year-old" → the
// person of that age, "the company" → the body named before, "a European official" → a new anonymous source
// ("the official" later is the same one), "her lawyer" → someone of hers, "officials" → a group, "a statement"
// → whoever wrote it.
import { GROUP_NOUNS, MEASURE_NOUNS, ORGANIZATION_NOUNS, PERSON_ROLES, TITLE_WORDS } from '../lexicon/roles'
import { tokenAt } from '../../nlp/parse'
import { halfRole, isCapitalized, isQuantity, tagged, writtenPossessive, type TokenRange } from '../phrases'
import { roleGender } from '../lexicon/gendered-words'
import { nameKey, type Entity } from './entities'
import { nameInPhrase, type NameMention } from './names'
import { isPiece } from './outlets'
import type { Resolution, SpeakerResolver } from './resolve'
import { nearest, nearestBody, prominent, salient, unnamedInReach } from './salience'
import { nationalForms, nationalGender } from '../lexicon/nationals'
import { DEFINITE, INDEFINITE, POSSESSIVE_DETERMINERS, QUANTIFIERS, bodyName, isNational, lowerArticle, peoplePlural, pluralHead, written } from './speaker-phrases'
import { SURROGATES, ageIn, ageTokens, heldOtherOffice, kindFits, pastTitle, roleExcludes, timeless, titleFits } from './description-fits'
import { describedBefore, holderAfter, holdersIn, namedOutsideBefore } from './title-holders'
import { anotherWritingSince, authorOf, isDocument, isRecord, outletOf } from './documents'
import { bodyNameEnd } from '../name-joins'
import { authorAfter } from './author-after'
import { ownedBy, ownersIn } from './owner-body'
import { placeOfRole, titleNamesPlace } from './role-place'
import { isGathering, namesNoPerson } from './non-person-heads'
import { DEED_NAMES, roleHolder } from './role-holders'
import { formerOrLatter } from './former-latter'
import { bothOf, namesTwo } from './both'
import { mayBePerson } from './person-heads'
import { firmByTrade, peopleListedSinceBody } from './trade-descriptors'
import { apposedName } from './apposed-name'
import { portfolioSynonym } from './role-families'

const KIN = new Set(['father', 'mother', 'dad', 'mom', 'mum', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'uncle', 'aunt',
  'cousin', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'partner', 'friend', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'widow', 'neighbour', 'neighbor'])
/** Bodies a writer names again by their kind: "Facebook said … The company added …". */
/** Bodies of a state, which a nation's or a party's word before them picks out: "the Australian government". */
const STATE_BODIES = new Set(['government', 'ministry', 'parliament', 'army', 'military', 'navy', 'embassy', 'cabinet', 'administration', 'police'])

const GENERIC_BODIES = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'agency', 'business', 'corporation',
  'retailer', 'airline', 'carrier', 'manufacturer', 'maker', 'startup', 'platform', 'network', 'outlet', 'team', 'club', 'giant', 'bank', 'government', 'tank', 'institute', 'watchdog', 'regulator', 'body'])
/** Heads of descriptions that stand for someone the article keeps unnamed: "the source", "the person". */
const UNNAMED_SOURCES = new Set(['source', 'insider', 'person', 'individual', 'whistleblower'])
/** Things that carry words, which say them in no one's name: "the subject line says", "the banner read". */
const WRITTEN_ON = new Set(['line', 'sign', 'signs', 'headline', 'headlines', 'caption', 'label', 'banner', 'banners', 'poster', 'posters',
  'slogan', 'placard', 'placards', 'plaque', 'inscription', 'screen', 'subject', 'title', 'text', 'sticker', 'billboard', 'graffiti', 'message'])

export function resolveDescription(s: SpeakerResolver, r: TokenRange, start: number): Resolution {
  const { tokens, text } = s.c
  // "“It is a good day,” both said": the two people named just before (both.ts)
  const two = namesTwo(written(tokens, r, text)) ? bothOf(s, start, tokens[r.from].sentence) : null
  if (two) {
    s.registry.mention(two, { start, sentence: tokens[r.from].sentence, background: false, subject: true }, null)
    return { entity: two, rule: 'both' }
  }
  // "Two in three said", "Several said": a share of those asked, a group of its own
  if (isQuantity(tokens, r)) {
    const phrase = written(tokens, r, text)
    const entity = s.registry.create('group', phrase, [nameKey(phrase)])
    s.registry.mention(entity, { start, sentence: tokens[r.from].sentence, background: false, subject: true }, phrase)
    return { entity, rule: 'quantity' }
  }
  // ("… by the aviation authority and the safety board, with the latter confirming …": the board)
  const which = r.to - r.from === 2 && tokens[r.from].normal === 'the' ? tokens[r.from + 1].normal : ''
  if (which === 'former' || which === 'latter') {
    const entity = formerOrLatter(s.registry, which, start, tokens[r.from].sentence)
    if (entity) {
      s.registry.mention(entity, { start, sentence: tokens[r.from].sentence, background: false, subject: true }, null)
      return { entity, rule: 'former-latter' }
    }
  }
  let from = r.from
  const determiner = tokens[from].normal
  if (INDEFINITE.has(determiner) || DEFINITE.has(determiner) || QUANTIFIERS.has(determiner) || POSSESSIVE_DETERMINERS.has(determiner)) from++
  if (from >= r.to) return { entity: null, rule: 'unresolved' }
  // the head stands before "of"/"for": "the 41-year-old founder of Northwind Press" is a founder, "an adviser to
  // Mr Hale" an adviser
  let headAt = r.to - 1
  // ("The Green Party in Hadley", "a source within the ministry": the party, the source; where it is, no part of
  // its name)
  let placedAt = r.to
  for (let i = from + 1; i < r.to; i++) {
    // ("The developers behind the system said": the developers, not the system)
    if (!/^(of|for|at|with|from|by|to|on|in|into|within|inside|behind|across|near)$/.test(tokens[i].normal)) continue
    // ("a Club for Growth ad", "a Department of Transportation sign": the words of a body's name, name-joins.ts)
    const nameEnd = bodyNameEnd(tokens, i)
    if (nameEnd > i && nameEnd < r.to) { i = nameEnd - 1; continue }
    // ("six in 10 voters", "the No. 2 in the party": a share or a rank goes on past "in")
    const placed = /^(in|within|inside)$/.test(tokens[i].normal)
    if (placed && tagged(tokens[i - 1], 'Value')) continue
    if (placed) placedAt = i
    headAt = i - 1
    // "the latest figures available from the ministry": the noun, not the words after it
    // ("sources close to her campaign": the people, not how close they are)
    while (headAt > from && !tagged(tokens[headAt], 'Noun') && (tagged(tokens[headAt], 'Adjective') || tagged(tokens[headAt], 'Adverb') || tagged(tokens[headAt], 'Verb'))) headAt--
    break
  }
  const head = tokens[headAt]
  const headWord = nameKey(head.text)
  const words = tokens.slice(from, headAt + 1).map((t) => nameKey(t.text)).filter(Boolean)
  const phrase = written(tokens, r, text)
  const sentence = tokens[r.from].sentence
  const remember = (entity: Entity, rule: string): Resolution => {
    s.registry.mention(entity, { start, sentence, background: false, subject: true }, phrase)
    s.genderCues.phrase(entity, tokens, r)
    return { entity, rule }
  }

  // (whether the head may stand for a person: a role, one of a people, an age, person-heads.ts)
  const mayBeSomeone = () => roleHead || ageIn(tokens, from, headAt + 1) !== undefined || KIN.has(headWord) || halfRole(tokens, headAt, from) || mayBePerson(head)
  // "A scathing review in the Hadley Gazette said …": a piece speaks for the outlet it appeared in
  const outlet = isPiece(head) ? outletOf(s, r, placedAt) : null
  if (outlet) return remember(outlet, 'document-outlet')
  // "a statement said", "its short statement", "Foster’s book": a document speaks for whoever wrote it
  // (not "the South China Morning Post reported": a capital after a capital names a publication)
  // (a poll keeps its name: "a new Suffolk University Poll" is the record)
  const publication = isCapitalized(head) && headAt > from && isCapitalized(tokens[headAt - 1]) && !isRecord(headWord)
  // ("The New York Post published … According to the Post, …": a capitalised writing's word alone is the paper named
  // before with that word, not a post whose author is the person named last)
  const paper = isCapitalized(head) && tokenAt(tokens, headAt - 1)?.sentence === head.sentence && !publication && isDocument(headWord)
    ? nearestBody(s.registry, start, (e) => e.kind === 'organization' && e.words.some((w) => w.split(' ').includes(headWord))) : null
  if (paper) return remember(paper, 'description-body')
  if (isDocument(headWord) && !publication) {
    // ("according to a Twitter post by Amy Cook": the author named right after the phrase, author-after.ts)
    // (a capital that only opens the sentence is no owner's name: "New figures published by the ministry show …";
    // "Acme's notice published by …" is)
    const owned = tokens.slice(from, headAt).some((t, n) => isCapitalized(t) &&
      (writtenPossessive(t) || tagged(t, 'Acronym') || tokenAt(tokens, from + n - 1)?.sentence === t.sentence))
    const named = headAt === r.to - 1 ? authorAfter(tokens, r, owned) : null
    const namedAuthor = named ? s.resolve(named).entity : null
    // ("A survey conducted by PC World has revealed … The survey found …": the writing named before, by its author)
    // (not when another such writing was brought in since: "… an email sent out by Hale … Okafor's campaign sent
    // out another email … the email said" is the campaign's, documents.ts)
    const known = DEFINITE.has(determiner) && headAt === r.to - 1 ? s.writingAuthors.get(headWord) : undefined
    const again = known && !anotherWritingSince(tokens, headWord, known.at, r.from) ? known.author : null
    const author = namedAuthor ?? again ?? authorOf(s, r, from, headAt, determiner, start, sentence)
    // (remembered when the words after the writing name its author: "conducted by PC World", "a survey by PC World";
    // or a name before it: "a Times article hailed him … “…,” the article read"; not a measure's, which speaks for
    // itself once named: "a Quillmore College poll shows … The poll found")
    if (author && (namedAuthor || (owned && !MEASURE_NOUNS.has(headWord)) || (headAt < r.to - 1 && tokens.slice(headAt + 1, r.to).some((t) => /^(by|from)$/.test(t.normal))))) s.writingAuthors.set(headWord, { author, at: headAt })
    if (author) return remember(author, 'document-author')
    if (isRecord(headWord)) {
      const key = words.join(' ')
      return remember(s.registry.findByKey(key, 'anonymous') ?? thing(s.registry.create('anonymous', lowerArticle(phrase), [key])), 'document')
    }
  }
  // "The Dutch aid group Northwind": a body named after the word that says what it is
  // ("Video game giant Electronic Arts": a body's kind in the words a writer uses for it, before a name that
  // ends in a plural)
  // (not "The State Department": a capitalised word is part of the name)
  const bodyWord = tokens.slice(from, headAt).findIndex((t) => (ORGANIZATION_NOUNS.has(t.normal) || GENERIC_BODIES.has(t.normal)) && !isCapitalized(t))
  // (not "The Commission on Public Debates": a preposition after the word goes on with the body's own name)
  if (bodyWord >= 0 && isCapitalized(head) && !PERSON_ROLES.has(headWord) && isCapitalized(tokens[from + bodyWord + 1])) {
    const nameFrom = from + bodyWord + 1
    const key = tokens.slice(nameFrom, headAt + 1).map((t) => nameKey(t.text)).join(' ')
    const named = text.slice(tokens[nameFrom].start, head.end)
    return remember(s.organization(key, named), 'organization')
  }
  // "UK advertising giant WPP": a body's name after words that describe it
  const tail = isCapitalized(head) ? nameInPhrase(tokens, { from, to: r.to }) : null
  if (tail && tail.kind === 'organization' && tail.from > from && headAt === r.to - 1) {
    const key = tokens.slice(tail.from, tail.to).map((t) => nameKey(t.text)).join(' ')
    const named = text.slice(tokens[tail.from].start, tokens[tail.to - 1].end)
    return remember(s.organization(key, named), 'organization')
  }
  // "those close to him say", "those familiar with the talks": people tied to someone, never that someone
  // ("those behind the talks": the tagger may read the preposition as a noun)
  if (determiner === 'those' && (!tagged(tokens[from], 'Noun') || /^(behind|inside|within|around)$/.test(tokens[from].normal))) {
    const key = words.join(' ')
    return remember(s.registry.findByKey(key, 'group') ?? s.registry.create('group', lowerArticle(phrase), [key]), 'group')
  }
  // "Shares in Brindlecorp rose. The brewer said …": a firm named again by its trade (trade-descriptors.ts)
  const firm = headAt === r.to - 1 && (DEFINITE.has(determiner) || writtenPossessive(tokens[r.from]))
    ? firmByTrade(s.registry, headWord, words.slice(0, -1), start, sentence,
      tokens.slice(from, headAt).some((t) => isCapitalized(t) && !tagged(t, 'Demonym') && !writtenPossessive(t))) : null
  if (firm) return remember(firm, 'description-trade')
  // "The President" is a role written with a capital, not a name
  // ("the Australian said", "the 55-year-old Frenchman": one of a people is a role, like "the striker")
  const roleHead = PERSON_ROLES.has(headWord) || TITLE_WORDS.has(headWord) || isNational(tokens, headAt)
  // ("Officials in Hadley said": a plain plural capitalised only as the sentence's first word is no name)
  const opening = GROUP_NOUNS.has(tokens[from].normal) && tokenAt(tokens, from - 1)?.sentence !== tokens[from].sentence
  const proper = !roleHead && !opening && tokens.slice(from, placedAt).every((t) => isCapitalized(t) || /^(of|and|for|the|on)$/.test(t.normal))
  // ("the Azerbaijanis": a people the tagger reads as a place is still many people)
  if (pluralHead(head, tokenAt(tokens, headAt - 1)) && (!proper || (r.to - from === 1 && (!tagged(head, 'Place') || peoplePlural(head))))) {
    const key = words.join(' ')
    return remember(s.spokenGroup(key, bodyName(phrase)), 'group')
  }
  // ("the Paris-based think tank": a tank that thinks is a body)
  const thinkTank = headWord === 'tank' && tokenAt(tokens, headAt - 1)?.normal === 'think'
  const isOrgNoun = !PERSON_ROLES.has(headWord) && (ORGANIZATION_NOUNS.has(headWord) || thinkTank || tokens.slice(from, headAt + 1).some((t) => tagged(t, 'Organization')))
  if (proper || (isOrgNoun && !PERSON_ROLES.has(headWord))) {
    if (!proper && DEFINITE.has(determiner)) {
      // "the commission" → the Hadley Harbour Commission; "the company" → the last body named
      // ("The Reyes campaign" is no campaign of another's named before, owner-body.ts)
      const owners = ownersIn(tokens, s.registry, r, headAt)
      // ("told the Reuters news agency … the aid agency said": a noun before the head that the body's name has another
      // of names another kind of body)
      const kindBefore = headAt > from && tagged(tokens[headAt - 1], 'Noun') && !tagged(tokens[headAt - 1], 'Adjective') && !isCapitalized(tokens[headAt - 1])
        ? nameKey(tokens[headAt - 1].text) : null
      const sameKind = (e: Entity) => !kindBefore || e.words.every((w) => {
        const parts = w.split(' '), at = parts.indexOf(headWord)
        return at <= 0 || parts[at - 1] === kindBefore
      })
      // ("The Australian government said" after "GDP" was read as a body: a capital before a state's body names whose
      // it is, and a body found by its kind alone must have that word in its name, else the description names a new
      // one; not "the Paris-based think tank" or "the London firm", where the capital says where a body is)
      const modifiers = STATE_BODIES.has(headWord)
        ? tokens.slice(from, headAt).filter((t) => isCapitalized(t) && !tagged(t, 'Determiner') && !t.text.includes('-')).map((t) => nameKey(t.text))
        : []
      const hasModifiers = (e: Entity) => modifiers.every((m) => e.words.some((w) => w.split(' ').includes(m)))
      // ("Another report from the Mexican government" after "the U.S. government": a nation's word names another)
      const named = nearestBody(s.registry, start, (e) => e.words.some((w) => w.split(' ').includes(headWord)) && ownedBy(e, owners) && sameKind(e) && hasModifiers(e))
      // ("Northwind’s brands include Acme and Zenith. The company said …": a body that was a subject beats one
      // named in passing after it)
      const fitsKind = (e: Entity) => e.kind === 'organization' && kindFits(headWord, e) && hasModifiers(e)
      // ("Tom Hale, Ann Lee and Jo Rees formed a choir. The group said …": the people, not a firm named before them)
      const listed = headWord === 'group' && peopleListedSinceBody(s.registry, start)
      const generic = GENERIC_BODIES.has(headWord) && owners.length === 0 && !listed
        ? salient(s.registry, start, sentence, fitsKind) ?? nearestBody(s.registry, start, fitsKind, true)
        : null
      const body = named ?? generic
      if (body) return remember(body, 'description-body')
    }
    // (a proper name is keyed by all its words: "the National Institute on Drug Abuse" is no other institute)
    const key = proper ? tokens.slice(from, placedAt).map((t) => nameKey(t.text)).filter(Boolean).join(' ') : words.join(' ')
    const single = proper && !isOrgNoun && r.to - from === 1 && !tagged(head, 'Organization')
    if (single) {
      const name = nameInPhrase(tokens, { from, to: r.to }) ?? bareName(s, from, r.to)
      return { entity: s.addName(name, true), rule: 'name' }
    }
    return remember(s.organization(key, bodyName(phrase)), 'organization')
  }
  // "The Bishop of Quillmore, the Rt Rev Paul Danner, described …": the name set beside the description (apposed-name.ts)
  const apposed = mayBeSomeone() ? apposedName(tokens, r) : null
  if (apposed) return remember(s.addName(apposed, true), 'description-apposed-name')
  if (INDEFINITE.has(determiner)) {
    return remember(s.registry.create('anonymous', lowerArticle(phrase), [headWord]), 'anonymous')
  }
  // "His father", "her lawyer": someone else, related to a person named before; never that person
  if (POSSESSIVE_DETERMINERS.has(determiner) || KIN.has(headWord)) {
    // (the same relative again within reach: "his father" a story left long ago may be another's, salience.ts)
    const known = unnamedInReach(s.registry, start, sentence, (e) => e.words.includes(words.join(' ')))
    return remember(known ?? s.registry.create('anonymous', lowerArticle(phrase), [words.join(' ')]), 'description-relative')
  }
  // "the 32-year-old plumber": the person of that age, never one the article gives another age
  const age = ageIn(tokens, from, headAt + 1)
  if (age !== undefined) {
    // (not someone named only inside a quote: "“Ask Tom Hale, 64,” she said. The 64-year-old said …" is someone else)
    const aged = nearest(s.registry, start, (e) => e.kind === 'person' && e.age === age && namedOutsideBefore(s.registry, e, start))
    if (aged) return remember(aged, 'description-age')
  }
  const ageFits = (e: Entity) => age === undefined || e.age === undefined || e.age === age
  // "the Ukrainian president": the person whose title says so, else an anonymous source of that role, else the last person
  // ("the congressman’s spokesman" is the spokesman whose title names the congressman, or any spokesman: the
  // possessive says whose, it is no word of the title)
  // (nor is an age: "the 60-year-old actor" fits "Actor Tom Hale")
  const aging = ageTokens(tokens, from, headAt)
  const modifiers = tokens.slice(from, headAt).filter((t, n) => !writtenPossessive(t) && !aging.has(from + n))
    .map((t) => nameKey(t.text)).filter((w) => w && !/\d/.test(w))
  // ("The president of Turkey" is no "President Roosevelt": role-place.ts)
  const place = placeOfRole(tokens, headAt, r.to)
  // ("the prime minister" is no "former prime minister Tom Hale", unless it says "the former prime minister")
  const past = timeless(modifiers).length < modifiers.length
  const holds = (e: Entity, words: string[], office = headWord) => e.kind === 'person' && !!e.title && titleFits(e.title, office, words) &&
    titleNamesPlace(e.title, place) && ageFits(e) && (past || !pastTitle(e.title))
  // (not someone named only inside a quote: "“I called President Hale,” she said. The president said …" is another)
  // (the nearest mention may be in a quote, "Judge Tom Hale ruled. … “Hale erred,” she said. The judge said …", when the
  // story named the person outside one before)
  const titled = nearest(s.registry, start, (e) => holds(e, modifiers) && namedOutsideBefore(s.registry, e, start))
  if (titled) return remember(titled, 'description-title')
  // "Dutch defender Tom Hale joined in May. … The Dutchman said …": the one person whose title names that people,
  // by its adjective or its country ("Holland international", "Scotland striker"; lexicon/nationals.ts)
  const national = isNational(tokens, headAt) ? nationalForms(headWord) : null
  const nationalSex = nationalGender(headWord)
  if (national) {
    const titleWords = (e: Entity) => (e.title ?? '').split(/\s+/).map(nameKey)
    const ofThatPeople = holdersIn(s.registry.mentionsBefore(start), (e) => titleWords(e).some((w) => national.includes(w)) &&
      (!nationalSex || !e.gender || e.gender === nationalSex))
    if (ofThatPeople.length === 1) return remember(ofThatPeople[0], 'description-national')
  }
  // "Hadley's Foreign Secretary Ann Reyes met envoys. The foreign minister said …": the same portfolio under the other
  // word for the office (role-families.ts), when one person the story named outside quotes holds it (two foreign
  // secretaries: neither; "the minister" alone names no portfolio)
  const kindred = timeless(modifiers).length > 0 ? portfolioSynonym(headWord) : null
  const namesakes = kindred ? holdersIn(s.registry.mentionsBefore(start), (e) => holds(e, modifiers, kindred)) : []
  if (namesakes.length === 1) return remember(namesakes[0], 'description-title-synonym')
  // "Sir Tom Hale, the cabinet secretary, … The former cabinet secretary said": the one holder of the office, whose
  // title says nothing of time (title-holders.ts)
  const formerly = past ? holdersIn(s.registry.mentionsBefore(start), (e) => holds(e, timeless(modifiers))) : []
  if (formerly.length === 1) return remember(formerly[0], 'description-title')
  // (two holders of the office: neither, and no one else the story named)
  if (formerly.length > 1) return remember(s.registry.create('anonymous', lowerArticle(phrase), [headWord]), 'anonymous')
  // "Mr Hale’s campaign manager", "the lawyer for Hadley Animal Rescue", "the aide to Ms Lee":
  // someone who speaks for a name, not the person named last ("the founder of Northwind Press" may well be)
  const after = tokens.slice(headAt + 2, r.to)
  const forSomeone = headAt + 2 < r.to && /^(for|of|to)$/.test(tokenAt(tokens, headAt + 1)?.normal ?? '') &&
    (SURROGATES.has(headWord) ? after.some(isCapitalized) : after.some((t) => tagged(t, 'Person')))
  // ("Trudeau’s upbeat tone" is no one)
  // ("the singer’s agent", "the company’s spokesman": someone of another's, whoever that is)
  // ("Lazar’s defence counsel": a role that speaks for someone, whether or not the tagger knows it for a role)
  const before = tokens.slice(from, headAt)
  const owner = ((PERSON_ROLES.has(headWord) || SURROGATES.has(headWord) || tagged(head, 'Actor')) && before.some((t) => writtenPossessive(t) && !tagged(t, 'Pronoun'))) || forSomeone
  const linked = () => {
    const key = words.join(' ') + ' ' + tokens.slice(headAt + 1, r.to).map((t) => nameKey(t.text)).join(' ')
    const known = unnamedInReach(s.registry, start, sentence, (e) => e.words.includes(key.trim()))
    return remember(known ?? s.registry.create('anonymous', lowerArticle(phrase), [key.trim()]), 'description-linked')
  }
  if (owner) return linked()
  // "criticised by archbishop Jorge Scheinig. … the archbishop said": the one the story wrote the role next to
  // ("the fly-half": a role, though "half" alone is a thing)
  const noPerson = namesNoPerson(head) && !halfRole(tokens, headAt, from)
  const holder = isDocument(headWord) || noPerson ? null : roleHolder(s.registry, tokens, headWord, start)
  if (holder) return remember(holder, 'description-role-holder')
  // ("A Home Office minister said … The minister added": the unnamed one within reach, salience.ts)
  const anonymous = unnamedInReach(s.registry, start, sentence, (e) => e.words.includes(headWord))
  if (anonymous) return remember(anonymous, 'description-anonymous')
  // ("the former executive" two dozen sentences after "one former executive": an unnamed one still, whether or not
  // the same, never the named person the story turned to since)
  if (nearest(s.registry, start, (e) => e.kind === 'anonymous' && e.words.includes(headWord))) {
    return remember(s.registry.create('anonymous', lowerArticle(phrase), [headWord]), 'description-unnamed-again')
  }
  // "the Northwind spokesman", "the Hale campaign spokeswoman": one who speaks for the name before the role, never
  // the person named last (a spokesman the article named with a title that fits is found above)
  if (SURROGATES.has(headWord) && before.some((t) => isCapitalized(t) && !tagged(t, 'Pronoun'))) return linked()
  // "the source said": a source the article does not name is never the person it named last; nor is "the attacker"
  // (role-holders.ts)
  if (UNNAMED_SOURCES.has(headWord) || DEED_NAMES.has(headWord)) return remember(s.registry.create('anonymous', lowerArticle(phrase), [headWord]), 'anonymous')
  // "the governor" is not the senator, "the actress" not a man: a role the person is known not to have
  // (and "the Dutchman" a man: lexicon/nationals.ts)
  const gendered = roleGender(headWord) ?? (nationalSex === 'm' ? 'male' : nationalSex === 'f' ? 'female' : null)
  // ("The chancellor would not comment … But the prime minister said": another office than one already described)
  // ("Former Prime Minister Tom Hale visited … The prime minister said": not one who held the office once)
  const heldOnce = (e: Entity) => !past && !!e.title && pastTitle(e.title) && titleFits(e.title, headWord, [])
  const roleFits = (e: Entity) => !roleExcludes(e, headWord) && !heldOtherOffice(e, headWord) && !(gendered && s.genderCues.against(e, gendered)) && !heldOnce(e)
  // "The crowd chanted that he should resign", "The decree instructs officials to …": many people or a thing,
  // never the person named last
  // (not "the 46-year-old", whose last word the tagger reads as a time)
  if (age === undefined && noPerson) {
    if (isGathering(head)) return remember(s.spokenGroup(words.join(' '), bodyName(phrase)), 'group')
    return remember(thing(s.registry.create('anonymous', lowerArticle(phrase), [headWord])), 'anonymous')
  }
  // ("The virus' subject line says …", "the banner read": writing on a thing is nobody the story named)
  // ("Ms Lee's legal action alleges …", "the airline database lists …": a head that names no person is nobody the
  // story named, person-heads.ts)
  const personLike = mayBeSomeone() && !WRITTEN_ON.has(headWord)
  if (personLike) {
    // "The prime minister said … Mr Hale took his seat. … the prime minister said": whom the same words meant before
    // (an office only: "the man" or "the candidate" is whoever the story turned to last)
    const again = TITLE_WORDS.has(headWord) && DEFINITE.has(determiner) ? describedBefore(s.registry, start, sentence, (d) => titleFits(d, headWord, modifiers)) : null
    if (again && ageFits(again) && roleFits(again)) return remember(again, 'description-again')
    // "The home secretary said … Home Secretary Ann Lee told …": the one person the story names with that title later
    // (an office said in full: "the minister" alone may be anyone the story named before, "the home secretary" is one)
    const later = TITLE_WORDS.has(headWord) && timeless(modifiers).length > 0 ? holderAfter(s.registry, start, sentence, headWord, (e) => holds(e, modifiers)) : null
    if (later) return remember(later, 'description-title-after')
  }
  const person = !personLike ? null : prominent(s.registry, start, sentence, (e) => e.kind === 'person' && ageFits(e) && roleFits(e) &&
    (!nationalSex || !e.gender || e.gender === nationalSex))
  if (person) {
    if (age !== undefined) person.age ??= age
    return remember(person, 'description-salient-person')
  }
  return remember(s.registry.create('anonymous', lowerArticle(phrase), [headWord]), 'anonymous')
}

function bareName(s: SpeakerResolver, from: number, to: number): NameMention {
  return { from, to, kind: 'person', honorific: null, title: null, gender: null, sentence: s.c.tokens[from].sentence }
}

/** Mark a speaker that is no person ("the survey", "the decree"), so that "he" or "she" later is never it. */
function thing(e: Entity): Entity {
  e.thing = true
  return e
}
