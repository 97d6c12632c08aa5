import { describePeriod, longDay } from '../../../src/render/html/day-format'

describe('describePeriod', () => {
  it.each([
    ['2025-08-18', '2025-08-18', 'Mon 18 Aug 2025'],
    ['2024-02-29', '2024-02-29', 'Thu 29 Feb 2024'],
    ['2025-08-18', '2025-08-24', '18–24 Aug 2025'],
    ['2025-08-19', '2025-09-02', '19 Aug – 2 Sep 2025'],
    ['2024-12-30', '2025-01-02', '30 Dec 2024 – 2 Jan 2025'],
    ['2025-08-01', '2025-08-31', 'Aug 2025'],
    ['2024-02-01', '2024-02-29', 'Feb 2024'],
    ['2025-02-01', '2025-02-28', 'Feb 2025'],
    ['2025-02-01', '2025-02-27', '1–27 Feb 2025'], // near miss: not the whole month
    ['2025-06-01', '2025-08-31', 'Jun–Aug 2025'],
    ['2024-01-01', '2024-12-31', '2024'],
    ['2019-01-01', '2020-12-31', '2019–2020'],
    ['2024-01-02', '2024-12-31', '2 Jan – 31 Dec 2024'], // near miss: not the whole year
  ])('%s … %s → %s', (start, end, expected) => {
    expect(describePeriod({ start, end })).toBe(expected)
  })

  it('writes the publication date out in full', () => {
    expect(longDay('2025-08-19')).toBe('19 August 2025')
  })
})
