// What the benchmark scripts share: one child process run to the end and measured (wall time, peak RSS of
// the whole process — worker threads live in it — and CPU seconds), medians, the corpus walk, the table.
// Peak RSS by /usr/bin/time -v when present, else by sampling /proc/<pid>/status (VmHWM).
import fs from 'node:fs'
import { spawn } from 'node:child_process'

export const timeBinary = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null

/**
 * Runs `node ...nodeArgs` to the end; its stdout thrown away, or written to `stdoutFile`; its stdin from
 * `stdinFile` when given (the line filter reads the corpus as NDJSON there). `okCodes`: exit codes that are
 * no failure of the run (the analyzer exits 1 when an input failed).
 */
export async function measure(name, nodeArgs, articles, totalBytes, { stdinFile, stdoutFile, okCodes = [0] } = {}) {
  if (name) process.stderr.write(`bench: ${name} …\n`)
  const command = timeBinary ? [timeBinary, '-v', process.execPath, ...nodeArgs] : [process.execPath, ...nodeArgs]
  const stdin = stdinFile ? fs.openSync(stdinFile, 'r') : 'ignore'
  const stdout = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore'
  const started = process.hrtime.bigint()
  const child = spawn(command[0], command.slice(1), { stdio: [stdin, stdout, 'pipe'], env: { ...process.env, NO_COLOR: '1' } })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  let sampledKb = 0
  const sampler = timeBinary ? null : setInterval(() => (sampledKb = Math.max(sampledKb, peakOf(child.pid))), 100)
  const code = await new Promise((resolve) => child.on('close', resolve))
  if (sampler) clearInterval(sampler)
  for (const fd of [stdin, stdout]) if (typeof fd === 'number') fs.closeSync(fd)
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const reported = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
  const peakKb = reported ? Number(reported[1]) : sampledKb
  // CPU seconds of all threads (user + system): what the work cost, which other load on the machine moves less than wall time
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr)
  const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : null
  const exitStatus = timeBinary ? Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? code) : code
  if (!okCodes.includes(exitStatus)) {
    const own = stderr.split('\n').filter((line) => !line.startsWith('\t') && !/^Command (being timed|exited)/.test(line)).slice(0, 5)
    console.log(`bench: ${name} exited with ${exitStatus}:\n${own.join('\n')}`)
  }
  return { name, articles, seconds, articlesPerSecond: articles / seconds, mbPerSecond: totalBytes / 1e6 / seconds, peakKb, cpuSeconds }
}

/** VmHWM, the peak resident set so far, of a running process (0 once it has gone). */
function peakOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0)
  } catch {
    return 0
  }
}

/** The run of median wall time. */
export function median(runs) {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)]
}

export function mb(kb) {
  return (kb / 1024).toFixed(0)
}

/**
 * What the analyzer's folder runs add to their arguments: the corpus's .txt files and no others, the articles the
 * floor parses and the export holds. By default the analyzer also takes a folder's web pages (the corpus's
 * html-dev/: 30 pages, 14 MB of HTML, each read into a DOM and its article found before it is analysed), which
 * no other row reads and the article count leaves out.
 */
export const TEXT_FILES_ONLY = ['--ext', 'txt']

/** Every file below `dir`, names sorted at each level, hidden ones left out. */
export function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      if (entry.name.startsWith('.')) return []
      const full = `${dir}/${entry.name}`
      return entry.isDirectory() ? walk(full) : [full]
    })
}

/** Rows of cells, the first column left-aligned, the others right-aligned. */
export function printRows(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)))
  const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  console.log(line(header))
  for (const row of body) console.log(line(row))
}
