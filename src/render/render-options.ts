// What every renderer is given besides the analyses. Decided once by the CLI; renderers never look
// at the terminal or the environment themselves.

/** 0 = no colour; 1 = 16 colours; 2 = 256; 3 = truecolor (chalk's levels). */
export type ColorLevel = 0 | 1 | 2 | 3

export interface RenderOptions {
  /** Table width in columns: no line of the table output is wider. */
  width: number
  colorLevel: ColorLevel
  /** Show long quotes whole in the table instead of shortening them with "…". */
  full: boolean
  /** Show the rule names that found each quote and its speaker. */
  explain: boolean
  /** Several inputs were given: JSON wraps the articles as {"articles": [...]} even if only one could be read. */
  batch: boolean
}

export const DEFAULT_RENDER_OPTIONS: RenderOptions = {
  width: 80,
  colorLevel: 0,
  full: false,
  explain: false,
  batch: false,
}

export function renderOptions(overrides: Partial<RenderOptions> = {}): RenderOptions {
  return { ...DEFAULT_RENDER_OPTIONS, ...overrides }
}
