// How many terminal columns a string takes: colour codes take none, combining accents none,
// CJK ideographs and emoji two ("北京" is 4 columns wide, "é" written as e + U+0301 is 1).
import { stripVTControlCharacters } from 'node:util'

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u
const WIDE = /[\p{Emoji_Presentation}\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u

export function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0
  return WIDE.test(char) ? 2 : 1
}

export function displayWidth(text: string): number {
  let width = 0
  for (const char of stripVTControlCharacters(text)) width += charWidth(char)
  return width
}
