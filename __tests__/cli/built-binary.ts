// Runs the built command, bin/analyze → dist/cli/main.js, as a user would.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '..', '..')
export const BIN = join(ROOT, 'bin', 'analyze')
export const SEED_ARTICLE = join(ROOT, 'fixtures', 'seed', 'article.txt')

export interface BinaryRun {
  status: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd?: string
  input?: string | Buffer
  /** Added to a minimal environment: no colour settings leak in from the shell running the tests. */
  env?: Record<string, string>
  nodeArgs?: string[]
}

export function runBinary(args: string[], options: RunOptions = {}): BinaryRun {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 2 ** 20, // the JSON of a long input is several megabytes
  })
  if (result.error) throw result.error
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/**
 * The same, without blocking this process: for tests whose own server must answer the binary's requests
 * while it runs.
 */
export function runBinaryAsync(args: string[], options: RunOptions = {}): Promise<BinaryRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      timeout: 60_000,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
    child.stdin.end(options.input ?? '')
  })
}

/**
 * These tests run dist/, not src/: refuse to run them against a build older than the sources
 * (`npm test` builds first; `npx jest` alone does not).
 */
export function assertBuildIsFresh(): void {
  const built = join(ROOT, 'dist', 'cli', 'main.js')
  let builtAt: number
  try {
    builtAt = statSync(built).mtimeMs
  } catch {
    throw new Error('dist/cli/main.js is missing: run "npm run build" (npm test does it) before the CLI end-to-end tests')
  }
  const newer = sourceFiles(join(ROOT, 'src')).filter((file) => statSync(file).mtimeMs > builtAt)
  if (newer.length > 0) {
    throw new Error(`dist/ is older than ${newer.map((f) => f.slice(ROOT.length + 1)).join(', ')}: run "npm run build" (npm test does it)`)
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}
