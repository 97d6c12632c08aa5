import { decideColorLevel, type ColorSituation } from '../../src/cli/color'

const tty: ColorSituation = { colorFlag: true, env: {}, stdoutIsTTY: true, terminalColorDepth: 8 }
const pipe: ColorSituation = { colorFlag: true, env: {}, stdoutIsTTY: false }

describe('decideColorLevel', () => {
  it.each<[string, ColorSituation, number]>([
    ['a 256-colour terminal', tty, 2],
    ['a truecolor terminal', { ...tty, terminalColorDepth: 24 }, 3],
    ['a terminal of unknown depth', { ...tty, terminalColorDepth: undefined }, 1],
    ['TERM=dumb (1-bit)', { ...tty, terminalColorDepth: 1 }, 0],
    ['a pipe', pipe, 0],
    ['--no-color on a terminal', { ...tty, colorFlag: false }, 0],
    ['NO_COLOR=1 on a terminal', { ...tty, env: { NO_COLOR: '1' } }, 0],
    ['NO_COLOR set but empty (ignored, as no-color.org says)', { ...tty, env: { NO_COLOR: '' } }, 2],
    ['FORCE_COLOR=1 on a pipe', { ...pipe, env: { FORCE_COLOR: '1' } }, 1],
    ['FORCE_COLOR set but empty on a pipe', { ...pipe, env: { FORCE_COLOR: '' } }, 1],
    ['FORCE_COLOR=3 on a pipe', { ...pipe, env: { FORCE_COLOR: '3' } }, 3],
    ['FORCE_COLOR=0 on a terminal', { ...tty, env: { FORCE_COLOR: '0' } }, 0],
    ['FORCE_COLOR=false on a terminal', { ...tty, env: { FORCE_COLOR: 'false' } }, 0],
    ['NO_COLOR wins over FORCE_COLOR', { ...pipe, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }, 0],
    ['--no-color wins over FORCE_COLOR', { ...pipe, colorFlag: false, env: { FORCE_COLOR: '1' } }, 0],
  ])('%s → level %i', (_name, situation, level) => {
    expect(decideColorLevel(situation)).toBe(level)
  })
})
