// The version printed by --version, read from package.json at run time (two folders up from both
// src/cli and dist/cli), so that no build step has to copy it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export function readVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string }
    return manifest.version ?? 'unknown'
  } catch {
    return 'unknown'
  }
}
