// The one place compromise is loaded and configured.
//
// compromise-dates is not registered: dates are found by our own grammar (src/extract/dates), and the
// plugin's extra tagging made every nlp() call about a quarter slower. The "Date" tag that the quote rules
// read ("said in a statement on Friday that …") is put on the words of the dates we find (analyze.ts).
import nlp from 'compromise'

export default nlp
