// The headline without the site's name that pages add to their <title>.
import { headlineWithoutSite } from '../../../src/input/html/page-title'

describe('headlineWithoutSite', () => {
  it.each<[string, string | null, string | null, string | null, string]>([
    ['Storm closes schools | Daily Post', 'Daily Post', null, null, 'Storm closes schools'],
    ['Storm closes schools | The Daily Post', 'Daily Post', null, null, 'Storm closes schools'],
    ['Storm closes schools - dailypost.com', null, 'www.dailypost.com', null, 'Storm closes schools'],
    ['Storm closes schools – Daily Post', null, 'dailypost.co.uk', null, 'Storm closes schools'],
    ['BBC News - Obama admits gun laws frustrate him', 'BBC News', 'www.bbc.co.uk', null, 'Obama admits gun laws frustrate him'],
    ['Hadley latest: crews clear the harbour | World | News | Northwindpress.co.uk', null, 'www.northwindpress.co.uk', null, 'Hadley latest: crews clear the harbour'],
    ['Seals spotted in the estuary | Jane Albury', 'the Gazette', null, 'Jane Albury', 'Seals spotted in the estuary'],
    ['Storm closes valley schools as rivers rise | Courier', null, null, null, 'Storm closes valley schools as rivers rise'],
    // near misses: dashes and colons that belong to the headline
    ['Brexit - what happens next', 'Daily Post', null, null, 'Brexit - what happens next'],
    ['Brexit - what happens next', null, null, null, 'Brexit - what happens next'],
    ['Hadley bypass inquiry: Hale testifies - live updates', 'Daily Post', 'dailypost.com', null, 'Hadley bypass inquiry: Hale testifies - live updates'],
    ['Moon-Walker returns to cinemas', 'Daily Post', null, null, 'Moon-Walker returns to cinemas'],
    ['Daily Post', 'Daily Post', null, null, 'Daily Post'],
    ['  Storm   closes\n schools  ', null, null, null, 'Storm closes schools'],
  ])('%j (site %j, host %j, byline %j) → %j', (title, siteName, host, byline, expected) => {
    expect(headlineWithoutSite(title, siteName, host, byline)).toBe(expected)
  })
})
