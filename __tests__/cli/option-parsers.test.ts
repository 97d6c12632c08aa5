import { InvalidArgumentError } from 'commander'
import { parseDate, parseWidth } from '../../src/cli/option-parsers'

describe('parseDate', () => {
  it.each(['2025-08-19', '2024-02-29', '1999-12-31'])('accepts %s', (value) => {
    expect(parseDate(value)).toBe(value)
  })

  it.each(['nonsense', '19/08/2025', '2025-8-19', '2025-02-29', '2025-13-01', '2025-04-31', '2025-08-19T10:00', ''])(
    'refuses %j',
    (value) => {
      expect(() => parseDate(value)).toThrow(InvalidArgumentError)
    },
  )
})

describe('parseWidth', () => {
  it.each([['40', 40], ['80', 80], ['1000', 1000]])('accepts %s', (value, width) => {
    expect(parseWidth(value)).toBe(width)
  })

  it.each(['39', '1001', '0', '-80', '12.5', 'wide', '', '8e1'])('refuses %j', (value) => {
    expect(() => parseWidth(value)).toThrow(InvalidArgumentError)
  })
})
