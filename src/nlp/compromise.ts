// The one place compromise is loaded and configured.
//
// compromise-dates is not registered: dates are found by our own grammar (src/extract/dates), and the
// plugin's extra tagging made every nlp() call about a quarter slower. The "Date" tag that the quote rules
// read ("said in a statement on Friday that …") is put on the words of the dates we find (analyze.ts).
//
// The chunker is not run either: it groups words into noun and verb phrases for compromise's `.chunks()`,
// which nothing here calls (parse.ts reads the terms and their tags, which it leaves as they are). It was 7 %
// of every nlp() call.
import nlp from 'compromise'

const world = nlp.world() as { hooks: string[] }
world.hooks = world.hooks.filter((hook) => hook !== 'chunks')

export default nlp
