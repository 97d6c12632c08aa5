// Headless Chromium for the browser checks: started here, spoken to over the DevTools protocol with
// chrome-remote-interface. Only the loopback address is used: Chromium's debugging port listens on
// 127.0.0.1, and the pages are local files.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import CDP from 'chrome-remote-interface'

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

/** $CHROMIUM, else the first of the usual names on PATH. */
export function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM
  for (const name of CANDIDATES) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      const file = path.join(dir, name)
      if (fs.existsSync(file)) return file
    }
  }
  return null
}

/** Starts Chromium and resolves with {port, stop} once its DevTools endpoint is listening. */
export function launchChromium(executable) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'analyze-chromium-'))
  const args = [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check',
    '--disable-extensions', '--disable-background-networking', '--disable-sync', '--disable-component-update',
    '--hide-scrollbars', '--mute-audio', '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0',
    `--user-data-dir=${profile}`, 'about:blank',
  ]
  const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  // Chromium writes to its profile until it has exited: remove the profile only then
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    }
    // its helper processes may still be closing files for a moment after the main one has gone
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    } catch (error) {
      console.error(`test:browser: could not remove the profile ${profile}: ${error.message}`)
    }
  }
  return new Promise((resolve, reject) => {
    let stderr = ''
    const timer = setTimeout(() => fail(new Error(`Chromium did not start within 30 s:\n${stderr}`)), 30_000)
    const fail = (error) => {
      clearTimeout(timer)
      void stop().finally(() => reject(error))
    }
    child.on('error', fail)
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}) before listening:\n${stderr}`)))
    child.stderr.on('data', (chunk) => {
      stderr += chunk
      const m = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(stderr)
      if (!m) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      resolve({ port: Number(m[1]), stop })
    })
  })
}

/** A fresh tab with the domains the checks use, and what the page says on its console and network. */
export async function openTab(port) {
  const target = await CDP.New({ host: '127.0.0.1', port })
  const client = await CDP({ host: '127.0.0.1', port, target })
  const { Page, Runtime, Log, Network } = client
  const events = { errors: [], requests: [], dialogs: [] }
  Runtime.consoleAPICalled(({ type, args }) => {
    if (type === 'error' || type === 'assert') events.errors.push(`console.${type}: ${args.map((a) => a.value ?? a.description).join(' ')}`)
  })
  Runtime.exceptionThrown(({ exceptionDetails }) => events.errors.push(`exception: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`))
  // a blocked inline style or script (Content-Security-Policy) is logged here
  Log.entryAdded(({ entry }) => {
    if (entry.level === 'error') events.errors.push(`${entry.source}: ${entry.text}`)
  })
  Network.requestWillBeSent(({ request }) => events.requests.push(request.url))
  Page.javascriptDialogOpening(({ message }) => {
    events.dialogs.push(message)
    void Page.handleJavaScriptDialog({ accept: true })
  })
  await Promise.all([Page.enable(), Runtime.enable(), Log.enable(), Network.enable()])
  const close = async () => {
    await client.close()
    await CDP.Close({ host: '127.0.0.1', port, id: target.id })
  }
  return { client, events, close }
}

/** Loads a page and waits for its load event. */
export async function load(client, url) {
  const loaded = client.Page.loadEventFired()
  await client.Page.navigate({ url })
  await loaded
}

/** The value of an expression evaluated in the page (JSON-serialisable). */
export async function evaluate(client, expression) {
  const { result, exceptionDetails } = await client.Runtime.evaluate({ expression, returnByValue: true, awaitPromise: true })
  if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`)
  return result.value
}

/** A PNG of the page at `width` CSS pixels: the whole page up to `maxHeight`, or (full: false) the screen as it is scrolled. */
export async function screenshot(client, file, { width, height = 900, full = false, maxHeight = 8000 }) {
  const { Emulation, Page } = client
  let params = { format: 'png' }
  if (full) {
    await Emulation.setDeviceMetricsOverride({ width, height, deviceScaleFactor: 1, mobile: width < 600 })
    const pageHeight = await evaluate(client, 'document.documentElement.scrollHeight')
    params = { ...params, clip: { x: 0, y: 0, width, height: Math.min(pageHeight, maxHeight), scale: 1 }, captureBeyondViewport: true }
  }
  const { data } = await Page.captureScreenshot(params)
  fs.writeFileSync(file, Buffer.from(data, 'base64'))
  return { file, bytes: fs.statSync(file).size }
}
