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

interface RawTerm {
  text: string
  pre: string
  post: string
  normal?: string
  tags: string[]
  offset: { start: number; length: number }
}

/** A term as compromise keeps it in a document, once compute('offset') has run (the fields read here). */
interface CompromiseTerm {
  text: string
  pre: string
  post: string
  normal?: string
  tags: Set<string>
  offset: { start: number; length: number }
}

/** compromise's offsets are usually exact; where a term's text is not at its offset, look for it nearby. */
function locate(text: string, term: RawTerm, after: number): number {
  const at = term.offset.start
  if (text.startsWith(term.text, at)) return at
  const found = text.indexOf(term.text, after)
  return found >= 0 ? found : -1
}

/**
 * Tag sets shared between tokens: an article has a few hundred distinct combinations ("Noun,Singular") but
 * millions of tokens when it is 10 MB, and a set per token was most of the memory.
 */
const TAG_SETS = new Map<string, ReadonlySet<string>>()
function internTags(tags: string[]): ReadonlySet<string> {
  const key = tags.join(',')
  let set = TAG_SETS.get(key)
  if (!set) {
    set = new Set(tags)
    if (TAG_SETS.size < 50_000) TAG_SETS.set(key, set)
  }
  return set
}

/** Index of the first token that ends after `offset` (the token holding it, or the next one); tokens.length if none. */
export function tokenIndexAt(article: ParsedArticle, offset: number): number {
  const tokens = article.tokens
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
 * compromise keeps `said,“Look` as one word; a quote mark after punctuation always starts a new word, so the
 * term is cut there and each part tagged on its own ("Hale said,“Look, these images …”").
 */
function splitAtQuoteMark(term: RawTerm): RawTerm[] {
  const m = RUN_ON_QUOTE.exec(term.text)
  if (!m) return [term]
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

  const addTerm = (term: RawTerm) => {
    if (!term.text) return
    const start = locate(text, term, cursor)
    if (start < 0) return
    const end = start + term.text.length
    cursor = end
    while (paragraph < paragraphs.length - 1 && start >= paragraphs[paragraph].end) {
      paragraph++
      close()
    }
    const pre = term.pre.trim()
    // leading space kept: "39-year" has post "-", a spaced dash " –"
    const post = term.post.trimEnd()
    // a sentence reaches over the punctuation touching its words only: in `said, “We` that is ","
    const touching = /^\S*/.exec(term.post)![0]
    if (!current) {
      current = { start: Math.max(0, start - /\S*$/.exec(term.pre)![0].length), end, firstToken: tokens.length, endToken: tokens.length, paragraph }
    }
    tokens.push({
      text: term.text, start, end, normal: term.normal ?? term.text.toLowerCase(),
      tags: internTags(term.tags), pre, post, sentence: sentences.length,
    })
    current.endToken = tokens.length
    current.end = Math.min(paragraphs[paragraph]?.end ?? text.length, end + touching.length)
  }

  // each chunk's parse becomes tokens and is dropped before the next, so compromise's objects never pile up
  for (const chunk of chunksOf(text, paragraphs)) {
    // the terms are read from the document itself (`doc.docs`: its sentences, each a list of terms), with the
    // offsets compute('offset') gives them: json() would copy every term with all its fields first, and write
    // every sentence out again (its `text` and `offset`), which nothing here reads. What is read is what json()
    // gives: the text, punctuation, normal form and tags (in the same order) of each term.
    const doc = nlp(text.slice(chunk.start, chunk.end))
    doc.compute('offset')
    for (const terms of (doc as unknown as { docs: CompromiseTerm[][] }).docs) {
      close()
      for (const t of terms) {
        const term: RawTerm = { text: t.text, pre: t.pre, post: t.post, normal: t.normal, tags: Array.from(t.tags),
          offset: { start: t.offset.start + chunk.start, length: t.offset.length } }
        for (const part of splitAtQuoteMark(term)) addTerm(part)
      }
    }
  }
  close()
  const article = { text, tokens, sentences, paragraphs }
  markProperNouns(article, retagAsName)
  fixTags(article, retag)
  return article
}
