// Parse an article once: one nlp() call (a few, in bounded chunks, for a very long one; see chunks.ts),
// offsets computed once, then plain arrays that every extractor shares.
//
// compromise lets a sentence run over a paragraph break when the first paragraph has no final stop
// ("[ Four key takeaways … Opens in new window ]\n\nThe US president had been …"), so sentences are cut
// again at paragraph breaks here: a quote or a cue never reaches across a blank line by accident.
import nlp from './compromise'
import { chunksOf } from './chunks'
import { markProperNouns } from './proper-nouns'
import { fixTags } from './tag-fixes'
import { sentenceAfterAbbreviation } from './abbreviation-stop'
import { sentenceAfterQuoteStop } from './quote-stop'
import { findParagraphs, type Paragraph } from './paragraphs'

export { findParagraphs, type Paragraph } from './paragraphs'
export { tokenAt } from './token-at'

export interface Token {
  /** The word as written ("Zelenskiy’s" keeps its apostrophe; punctuation around it is not included). */
  text: string
  start: number
  end: number
  /** compromise's lower-cased, normalised form ("zelenskiy's"). */
  normal: string
  /** compromise's tags: Person, FirstName, Honorific, Pronoun, PastTense, Organization, Value, … */
  tags: ReadonlySet<string>
  /** Punctuation written before the word ("“") and after it (",”", ", “", " –" for a spaced dash), spaces trimmed at the far ends. */
  pre: string
  post: string
  sentence: number
}

export interface Sentence {
  start: number
  end: number
  /** Tokens [firstToken, endToken). */
  firstToken: number
  endToken: number
  paragraph: number
}

export interface ParsedArticle {
  text: string
  tokens: Token[]
  sentences: Sentence[]
  paragraphs: Paragraph[]
}

/**
 * A term as read: compromise's own term object (a document's, once compute('offset') has run: the fields read
 * here), or a part of one cut at a quote mark. Offsets count from the start of the text given to nlp().
 */
interface RawTerm {
  text: string
  pre: string
  post: string
  normal?: string
  tags: ReadonlySet<string> | readonly string[]
  offset: { start: number; length: number }
}

/** compromise's offsets are usually exact; where a term's text is not at its offset, look for it nearby. */
function locate(text: string, term: RawTerm, at: number, after: number): number {
  if (text.startsWith(term.text, at)) return at
  const found = text.indexOf(term.text, after)
  return found >= 0 ? found : -1
}

/**
 * Tag sets shared between tokens: an article has a few hundred distinct combinations ("Noun,Singular") but
 * millions of tokens when it is 10 MB, and a set per token was most of the memory. They are found by walking a
 * tree of the tags in order (Noun → Singular), not by a key joined from them: joining a string for every token
 * and hashing it was 0.6 % of analyze()'s time over the corpus. Two lists of tags in the same order share a set, as
 * with the joined key.
 */
interface TagNode {
  set?: ReadonlySet<string>
  next?: Map<string, TagNode>
}
const TAG_TREE: TagNode = {}
/** Nodes kept in the tree at most: past it, a combination not seen before gets a set of its own. */
const TAG_NODES = 200_000
let tagNodes = 0
/**
 * The node the walk of internTags has reached (undefined past the bound). The tags are walked by forEach with this
 * function, not by for…of: iterating a set makes an iterator and a result object for every step (39 MB of
 * short-lived objects over a quarter of the corpus, and garbage between two parses slows the next parse too).
 */
let reached: TagNode | undefined
function walkTag(tag: string): void {
  if (!reached) return
  let next = reached.next?.get(tag)
  if (!next && tagNodes < TAG_NODES) {
    next = {}
    tagNodes++
    ;(reached.next ??= new Map()).set(tag, next)
  }
  reached = next
}
function internTags(tags: ReadonlySet<string> | readonly string[]): ReadonlySet<string> {
  reached = TAG_TREE
  tags.forEach(walkTag)
  return reached ? (reached.set ??= new Set(tags)) : new Set(tags)
}

/** Index of the first token that ends after `offset` (the token holding it, or the next one); tokens.length if none. */
export function tokenIndexAt(article: ParsedArticle, offset: number): number {
  return tokenIndexIn(article.tokens, offset)
}

/** The same in a token list: the first token that ends after `offset` (the token there, or the next one). */
export function tokenIndexIn(tokens: Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid].end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** What a word read as a verb or an adjective loses when it turns out to be a name. */
const NOT_IN_NAMES = new Set(['Verb', 'PastTense', 'PresentTense', 'Participle', 'Infinitive', 'Gerund', 'Adjective', 'Adverb', 'PhrasalVerb', 'Auxiliary'])

/** A word, its punctuation, a quote mark and the next word written without a space: `said,“Look`. */
const RUN_ON_QUOTE = /^([\p{L}\p{N}'’-]+)([,.;:!?]+)(["“«]|'')([\p{L}\p{N}].*)$/u

/**
 * Whether a term's text holds what a term cut by splitAtQuoteMark holds: a quote mark (", “, « or two
 * apostrophes). Most words have none, and skip the longer pattern. Asked about every word of the article: the
 * characters are read by their codes, at a fraction of the cost of testing the pattern /["“«]|''/.
 */
export function hasQuoteMark(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (code === 0x22 || code === 0x201c || code === 0xab || (code === 0x27 && text.charCodeAt(k + 1) === 0x27)) return true
  }
  return false
}

/**
 * compromise keeps `said,“Look` as one word; a quote mark after punctuation always starts a new word, so the
 * term is cut there and each part tagged on its own ("Hale said,“Look, these images …”"). Null when it stays whole.
 */
function splitAtQuoteMark(term: RawTerm): RawTerm[] | null {
  if (!hasQuoteMark(term.text)) return null
  const m = RUN_ON_QUOTE.exec(term.text)
  if (!m) return null
  const [, first, punctuation, mark, rest] = m
  const tagsOf = (word: string) => (nlp(word).json() as Array<{ terms: RawTerm[] }>)[0]?.terms[0]?.tags ?? []
  const at = term.offset.start
  return [
    { text: first, pre: term.pre, post: punctuation, normal: first.toLowerCase(), tags: tagsOf(first), offset: { start: at, length: first.length } },
    { text: rest, pre: mark, post: term.post, normal: rest.toLowerCase(), tags: tagsOf(rest),
      offset: { start: at + first.length + punctuation.length + mark.length, length: rest.length } },
  ]
}

/** Gives a token new tags in place of those in `drop`. */
function retag(t: Token, tags: string[], drop: ReadonlySet<string>): void {
  t.tags = internTags([...[...t.tags].filter((tag) => !drop.has(tag)), ...tags.filter((tag) => !t.tags.has(tag))])
}

/** Makes a token a name: "Albury" read as a past participle becomes a proper noun. */
export function retagAsName(t: Token, tags: string[]): void {
  retag(t, tags, NOT_IN_NAMES)
}

/** Adds a tag to the tokens inside the spans: "Date" on the words of "on Friday", "last week". */
export function tagSpans(article: ParsedArticle, spans: Array<{ start: number; end: number }>, tag: string): void {
  const { tokens } = article
  for (const span of spans) {
    for (let i = tokenIndexAt(article, span.start); i < tokens.length && tokens[i].start < span.end; i++) {
      if (!tokens[i].tags.has(tag)) tokens[i].tags = internTags([...tokens[i].tags, tag])
    }
  }
}

export function parseArticle(text: string): ParsedArticle {
  const paragraphs = findParagraphs(text)
  const tokens: Token[] = []
  const sentences: Sentence[] = []
  let paragraph = 0
  let cursor = 0
  let current: Sentence | null = null

  const close = () => {
    if (current && current.endToken > current.firstToken) sentences.push(current)
    current = null
  }

  /** `base`: where the text given to nlp() starts in the article (a chunk's start). */
  const addTerm = (term: RawTerm, base: number) => {
    if (!term.text) return
    const start = locate(text, term, term.offset.start + base, cursor)
    if (start < 0) return
    const end = start + term.text.length
    cursor = end
    while (paragraph < paragraphs.length - 1 && start >= paragraphs[paragraph].end) {
      paragraph++
      close()
    }
    // (most words have nothing before them and one space or nothing after: those need no trimming nor search)
    const pre = term.pre === '' ? '' : term.pre.trim()
    // leading space kept: "39-year" has post "-", a spaced dash " –"
    const post = term.post === ' ' ? '' : term.post.trimEnd()
    // a sentence reaches over the punctuation touching its words only: in `said, “We` that is ","
    // (its length only: search() finds the first space without copying the characters before it)
    const space = term.post === ' ' ? 0 : term.post.search(/\s/)
    const touching = space < 0 ? term.post.length : space
    if (current && (sentenceAfterAbbreviation(tokens[tokens.length - 1], term.text) || sentenceAfterQuoteStop(tokens[tokens.length - 1], term.text))) close()
    if (!current) {
      current = { start: Math.max(0, start - /\S*$/.exec(term.pre)![0].length), end, firstToken: tokens.length, endToken: tokens.length, paragraph }
    }
    tokens.push({
      text: term.text, start, end, normal: term.normal ?? term.text.toLowerCase(),
      tags: internTags(term.tags), pre, post, sentence: sentences.length,
    })
    current.endToken = tokens.length
    current.end = Math.min(paragraphs[paragraph]?.end ?? text.length, end + touching)
  }

  // each chunk's parse becomes tokens and is dropped before the next, so compromise's objects never pile up
  for (const chunk of chunksOf(text, paragraphs)) {
    // the terms are read from the document itself (`doc.docs`: its sentences, each a list of terms), with the
    // offsets compute('offset') gives them: json() would copy every term with all its fields first, and write
    // every sentence out again (its `text` and `offset`), which nothing here reads. What is read is what json()
    // gives: the text, punctuation, normal form and tags (in the same order) of each term.
    const doc = nlp(text.slice(chunk.start, chunk.end))
    doc.compute('offset')
    // (compromise's terms are read in place: a copy of each, with its tags as an array, was 0.5 % of analyze()'s time)
    for (const terms of (doc as unknown as { docs: RawTerm[][] }).docs) {
      close()
      for (const t of terms) {
        const parts = splitAtQuoteMark(t)
        if (parts) for (const part of parts) addTerm(part, chunk.start)
        else addTerm(t, chunk.start)
      }
    }
  }
  close()
  const article = { text, tokens, sentences, paragraphs }
  markProperNouns(article, retagAsName)
  fixTags(article, retag)
  return article
}
