// The one place compromise and its plugins are loaded and configured.
// compromise-dates extends the shared instance, so it is registered once here and nowhere else.
import nlp from 'compromise'
import datesPlugin from 'compromise-dates'

nlp.plugin(datesPlugin)

export default nlp
