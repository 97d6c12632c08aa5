// Colour is decided once, here, and handed to the renderers as a chalk level (chalk itself ignores NO_COLOR).
// Precedence, as in commander: --no-color, then NO_COLOR (any non-empty value, https://no-color.org),
// then FORCE_COLOR ("0"/"false" off, "2"/"3" for 256 colours/truecolor, anything else on), then: on only on a TTY.
import type { ColorLevel } from '../render/render-options'

export interface ColorSituation {
  /** False when --no-color was given. */
  colorFlag: boolean
  env: Record<string, string | undefined>
  stdoutIsTTY: boolean
  /** What the terminal says it can show (Node's getColorDepth(): 1, 4, 8 or 24 bits); 4 if unknown. */
  terminalColorDepth?: number
}

export function decideColorLevel(situation: ColorSituation): ColorLevel {
  const { env } = situation
  if (!situation.colorFlag) return 0
  if (env.NO_COLOR) return 0
  const forced = env.FORCE_COLOR
  if (forced !== undefined) {
    if (forced === '0' || forced === 'false') return 0
    if (forced === '2' || forced === '3') return Number(forced) as ColorLevel
    return 1
  }
  if (!situation.stdoutIsTTY) return 0
  return levelFromDepth(situation.terminalColorDepth ?? 4)
}

function levelFromDepth(bits: number): ColorLevel {
  if (bits >= 24) return 3
  if (bits >= 8) return 2
  if (bits >= 4) return 1
  return 0 // TERM=dumb
}
