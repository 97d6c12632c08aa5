// Dates as pages state them in their metadata → the day the publisher wrote.
import { statedDate } from '../../../src/input/html/stated-date'

describe('statedDate', () => {
  it.each<[string | null, string | null]>([
    ['2019-11-20T06:01:07-08:00', '2019-11-20'],
    ['2019-11-20T23:30:00Z', '2019-11-20'],
    ['2019-11-20', '2019-11-20'],
    ['2019/11/20 10:00', '2019-11-20'],
    ['20191120', '2019-11-20'],
    ['Wed, 20 Nov 2019 14:01:07 GMT', '2019-11-20'],
    ['November 20, 2019 at 6:01 am', '2019-11-20'],
    ['Thu 7:20 PM, Mar 14, 2019', '2019-03-14'],
    ['3rd March 2024', '2024-03-03'],
    ['Sept. 9, 2021', '2021-09-09'],
    // near misses
    ['2019-02-30', null],
    ['2019-11', null],
    ['201911201', null],
    ['yesterday', null],
    ['March 18 at 3:57 PM', null],
    ['', null],
    [null, null],
  ])('%j → %s', (value, expected) => {
    expect(statedDate(value)).toBe(expected)
  })
})
