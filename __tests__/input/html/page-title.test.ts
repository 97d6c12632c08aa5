// The headline without the site's name that pages add to their <title>.
import { headlineWithoutSite } from '../../../src/input/html/page-title'

describe('headlineWithoutSite', () => {
  it.each<[string, string | null, string | null, string | null, string]>([
    ['Storm closes schools | Daily Post', 'Daily Post', null, null, 'Storm closes schools'],
    ['Storm closes schools | The Daily Post', 'Daily Post', null, null, 'Storm closes schools'],
    ['Storm closes schools - dailypost.com', null, 'www.dailypost.com', null, 'Storm closes schools'],
    ['Storm closes schools – Daily Post', null, 'dailypost.co.uk', null, 'Storm closes schools'],
    ['BBC News - Obama admits gun laws frustrate him', 'BBC News', 'www.bbc.co.uk', null, 'Obama admits gun laws frustrate him'],
    ['Hong Kong latest: police storm the campus | World | News | Express.co.uk', null, 'www.express.co.uk', null, 'Hong Kong latest: police storm the campus'],
    ['Whales stranded on the coast | Eleanor Ainge Roy', 'the Guardian', null, 'Eleanor Ainge Roy', 'Whales stranded on the coast'],
    ['Storm closes valley schools as rivers rise | Courier', null, null, null, 'Storm closes valley schools as rivers rise'],
    // near misses: dashes and colons that belong to the headline
    ['Brexit - what happens next', 'Daily Post', null, null, 'Brexit - what happens next'],
    ['Brexit - what happens next', null, null, null, 'Brexit - what happens next'],
    ['Trump impeachment: Sondland testifies - live updates', 'Daily Post', 'dailypost.com', null, 'Trump impeachment: Sondland testifies - live updates'],
    ['Spider-Man returns to cinemas', 'Daily Post', null, null, 'Spider-Man returns to cinemas'],
    ['Daily Post', 'Daily Post', null, null, 'Daily Post'],
    ['  Storm   closes\n schools  ', null, null, null, 'Storm closes schools'],
  ])('%j (site %j, host %j, byline %j) → %j', (title, siteName, host, byline, expected) => {
    expect(headlineWithoutSite(title, siteName, host, byline)).toBe(expected)
  })
})
