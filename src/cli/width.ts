// The table width: --width if given; else the terminal's width when stdout is one; else $COLUMNS when
// set (shells do not export it, so a value there was put there on purpose: `COLUMNS=120 analyze a.txt | less`);
// else 80. Terminal and $COLUMNS widths are kept between 40 and 200: narrower cannot hold four columns,
// and wider lines are hard to read (`--width 300` still gives 300).

export const MIN_WIDTH = 40
export const MAX_WIDTH = 1000
export const MAX_AUTO_WIDTH = 200
export const FALLBACK_WIDTH = 80

export interface WidthSituation {
  /** --width, already validated. */
  requested?: number
  stdoutIsTTY: boolean
  /** process.stdout.columns (undefined when stdout is not a terminal). */
  terminalColumns?: number
  env: Record<string, string | undefined>
}

export function decideWidth(situation: WidthSituation): number {
  if (situation.requested !== undefined) return situation.requested
  if (situation.stdoutIsTTY && situation.terminalColumns && situation.terminalColumns > 0) {
    return clampAuto(situation.terminalColumns)
  }
  const fromEnv = situation.env.COLUMNS
  if (fromEnv && /^\d+$/.test(fromEnv.trim()) && Number(fromEnv) > 0) return clampAuto(Number(fromEnv))
  return FALLBACK_WIDTH
}

function clampAuto(columns: number): number {
  return Math.min(MAX_AUTO_WIDTH, Math.max(MIN_WIDTH, columns))
}
