import { recordDate } from '../../../src/input/records/record-date'

describe('recordDate: a record’s date field → the publication day', () => {
  it.each<[unknown, string | null]>([
    ['2025-08-19', '2025-08-19'],
    ['2025-08-19T23:30:00-04:00', '2025-08-19'], // the day where it was published, not in UTC
    ['2025-08-19T02:00:00Z', '2025-08-19'],
    ['2025-08-19 10:00:00', '2025-08-19'],
    ['20250819', '2025-08-19'],
    ['Tue, 19 Aug 2025 10:00:00 +0000', '2025-08-19'],
    ['19 Aug 2025 10:00 GMT', '2025-08-19'],
    ['Tue, 5 Aug 2025 23:59:59 EST', '2025-08-05'],
    ['19 August 2025', '2025-08-19'],
    [1755600000, '2025-08-19'], // epoch seconds
    [1755600000000, '2025-08-19'], // epoch milliseconds
    ['1755600000', '2025-08-19'],
    ['1755600000123', '2025-08-19'],
    // near misses
    ['2025-02-30', null],
    ['2025-08-19T', null],
    ['19/08/2025', null],
    ['next Tuesday', null],
    ['32 Aug 2025', null],
    ['19 Foo 2025', null],
    [Number.NaN, null],
    [1e20, null],
    [true, null],
    [{ $date: '2025-08-19' }, null],
    ['', null],
  ])('%p → %p', (value, expected) => {
    expect(recordDate(value)).toBe(expected)
  })
})
