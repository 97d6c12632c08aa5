import { InvalidArgumentError } from 'commander'
import { parseBytes, parseDate, parseExtensions, parseJobs, parseTimeout, parseWidth } from '../../src/cli/option-parsers'

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

describe('parseJobs', () => {
  it.each([['1', 1], ['2', 2], ['256', 256]])('accepts %s', (value, jobs) => {
    expect(parseJobs(value)).toBe(jobs)
  })

  it.each(['0', '257', '-1', '1.5', 'all', '', '2e1'])('refuses %j', (value) => {
    expect(() => parseJobs(value)).toThrow(InvalidArgumentError)
  })
})

describe('parseExtensions', () => {
  it.each<[string, string[]]>([['txt', ['txt']], ['.txt', ['txt']], ['txt,md', ['txt', 'md']], ['TXT, .Md', ['txt', 'md']], ['txt,txt', ['txt']], ['tar.gz', ['tar.gz']]])(
    'reads %j as %j',
    (value, extensions) => {
      expect(parseExtensions(value)).toEqual(extensions)
    },
  )

  it.each(['', ',', 'txt,', 'a b', '*'])('refuses %j', (value) => {
    expect(() => parseExtensions(value)).toThrow(InvalidArgumentError)
  })
})

describe('parseBytes', () => {
  it.each([['1048576', 1048576], ['500k', 512000], ['500KB', 512000], ['2M', 2097152], ['1.5MiB', 1572864], ['1g', 2 ** 30]])('reads %s as %i', (value, bytes) => {
    expect(parseBytes(value)).toBe(bytes)
  })

  it.each(['0', '-1', 'lots', '', '1T', '0.5'])('refuses %j', (value) => {
    expect(() => parseBytes(value)).toThrow(InvalidArgumentError)
  })
})

describe('parseTimeout', () => {
  it.each([['30', 30_000], ['2.5', 2500], ['0.2', 200], ['500ms', 500], ['10s', 10_000], ['86400', 86_400_000]])('reads %s as %i ms', (value, ms) => {
    expect(parseTimeout(value)).toBe(ms)
  })

  it.each(['0', '-1', 'soon', '', '0.0001', '86401', '5m', '1e3'])('refuses %j', (value) => {
    expect(() => parseTimeout(value)).toThrow(InvalidArgumentError)
  })
})
