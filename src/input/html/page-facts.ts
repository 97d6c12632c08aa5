// What a web page says about its article, beside the body text. A type only: the batch layer passes it on
// without loading the HTML parser.

export interface PageFacts {
  /** The headline without the site's name ("Storm closes schools", not "Storm closes schools | Daily Post"). */
  title: string | null
  /** The publication date the page states, `YYYY-MM-DD`. */
  published: string | null
  /** The author or authors ("Ana Lee and Tom Kerr"). */
  byline: string | null
  /** The publication's name ("Daily Post"). */
  siteName: string | null
  /** The page's canonical address. */
  url: string | null
  /** The page's language ("en", "en-GB"). */
  lang: string | null
}

export interface PageArticle extends PageFacts {
  /** The article body: paragraphs of text separated by blank lines. */
  text: string
}
