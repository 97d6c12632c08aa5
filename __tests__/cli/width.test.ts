import { decideWidth, type WidthSituation } from '../../src/cli/width'

const pipe: WidthSituation = { stdoutIsTTY: false, env: {} }

describe('decideWidth', () => {
  it.each<[string, WidthSituation, number]>([
    ['--width wins over everything', { requested: 300, stdoutIsTTY: true, terminalColumns: 100, env: { COLUMNS: '90' } }, 300],
    ['the terminal', { stdoutIsTTY: true, terminalColumns: 132, env: { COLUMNS: '90' } }, 132],
    ['a very wide terminal is kept to 200', { stdoutIsTTY: true, terminalColumns: 320, env: {} }, 200],
    ['a very narrow terminal still gets 40', { stdoutIsTTY: true, terminalColumns: 20, env: {} }, 40],
    ['$COLUMNS on a pipe', { ...pipe, env: { COLUMNS: '120' } }, 120],
    ['$COLUMNS that is not a number', { ...pipe, env: { COLUMNS: 'wide' } }, 80],
    ['$COLUMNS of 0', { ...pipe, env: { COLUMNS: '0' } }, 80],
    ['nothing known', pipe, 80],
  ])('%s', (_name, situation, width) => {
    expect(decideWidth(situation)).toBe(width)
  })
})
