#!/usr/bin/env node
// npm run test:browser — the HTML report in a real browser (headless Chromium; Debian: apt-get install chromium).
// Not part of `npm test`: it needs the browser, which a plain clone does not have.
//
// For each bundled fixture, for a batch of all of them, and for an article written to attack the page, it
// writes the report (`analyze … --format html --explain`) and checks in Chromium that:
//   - the page holds one [data-quote-id] element per quote of the JSON, with the same ids and the same words;
//   - the speakers panel lists every speaker (data-speaker-id);
//   - nothing is logged as an error (script errors, anything the Content-Security-Policy blocks) and no
//     request leaves the page; quotes holding <script> or onerror= stay text;
//   - hovering over a quote and focusing it with Tab show its card; selecting a speaker dims the others' quotes;
//   - with scripts off the page still shows every quote; at 390 px nothing is wider than the screen.
// Screenshots at 1280 and 390 px go to .browser-out/ (git-ignored), with the pages themselves.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { evaluate, findChromium, launchChromium, load, openTab, screenshot } from './browser/chromium.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const out = path.join(root, '.browser-out')
const bin = path.join(root, 'bin', 'analyze')
const fixtures = path.join(root, 'fixtures')

const HOSTILE = `Hostile quotes in a test article

“<script>alert('quote')</script> is what the page said,” said Jane Doe, a researcher.

The attacker wrote “<img src=x onerror=alert('img')>” into the comments, according to John Smith, who saw it on Monday.
`

function analyze(args) {
  // exit 1 (some input failed) still writes the others' results
  try {
    return execFileSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20, env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'ignore'] })
  } catch (error) {
    if (error.status === 1 && error.stdout) return error.stdout
    throw error
  }
}

function pages() {
  fs.mkdirSync(out, { recursive: true })
  const list = []
  const cases = fs.readdirSync(fixtures).filter((d) => fs.existsSync(path.join(fixtures, d, 'article.txt'))).sort()
  for (const name of cases) {
    const input = path.join('fixtures', name, 'article.txt')
    list.push({ name, html: analyze([input, '--format', 'html', '--explain']), articles: [JSON.parse(analyze([input, '--json']))] })
  }
  const hostile = path.join(out, 'hostile.txt')
  fs.writeFileSync(hostile, HOSTILE)
  list.push({ name: 'hostile', html: analyze([hostile, '--format', 'html']), articles: [JSON.parse(analyze([hostile, '--json']))], hostile: true })
  const batch = JSON.parse(analyze(['fixtures', '--json', '--sort']))
  list.push({ name: 'batch', html: analyze(['fixtures', '--format', 'html', '--sort']), articles: batch.articles, batch: true })
  for (const page of list) {
    page.file = path.join(out, `${page.name}.html`)
    fs.writeFileSync(page.file, page.html)
  }
  return list
}

// in the page: every quote's pieces, joined, by article
const QUOTES_IN_PAGE = `(() => [...document.querySelectorAll('article.report')].map((article) => ({
  source: article.dataset.source,
  quotes: [...article.querySelectorAll('[data-quote-id]')].map((q) => ({
    id: q.dataset.quoteId,
    speakerId: q.dataset.speakerId,
    text: [q, ...[...article.querySelectorAll('[data-quote-continues]')].filter((c) => c.dataset.quoteContinues === q.dataset.quoteId)].map((p) => p.textContent).join(''),
  })),
  speakers: [...article.querySelectorAll('.speakers [data-speaker-id]')].map((s) => s.dataset.speakerId),
})))()`

const squeeze = (text) => text.replace(/\s+/g, '')

function compareQuotes(page, inPage, problems) {
  if (inPage.length !== page.articles.length) problems.push(`${inPage.length} articles in the page, ${page.articles.length} in the JSON`)
  for (const article of page.articles) {
    const shown = inPage.find((a) => a.source === article.source)
    if (!shown) { problems.push(`${article.source}: not in the page`); continue }
    if (shown.quotes.length !== article.quotes.length) problems.push(`${article.source}: ${shown.quotes.length} [data-quote-id] elements, ${article.quotes.length} quotes in the JSON`)
    for (const quote of article.quotes) {
      const element = shown.quotes.find((q) => q.id === quote.id)
      if (!element) problems.push(`${article.source}: quote ${quote.id} is not in the page`)
      else if (squeeze(element.text) !== squeeze(quote.text)) problems.push(`${article.source}: ${quote.id} reads "${element.text}", the JSON "${quote.text}"`)
      else if ((element.speakerId || null) !== quote.speakerId) problems.push(`${article.source}: ${quote.id} has data-speaker-id "${element.speakerId}"`)
    }
    const speakers = article.speakers.map((s) => s.id).join(' ')
    if (shown.speakers.join(' ') !== article.speakers.map((s) => s.id).join(' ') && [...shown.speakers].sort().join(' ') !== [...article.speakers.map((s) => s.id)].sort().join(' ')) {
      problems.push(`${article.source}: speakers panel lists ${shown.speakers.join(' ')}, the JSON ${speakers}`)
    }
  }
}

/** Two animation frames: what the last change set off (a scroll event, a layout) has happened. */
const settle = (client) => evaluate(client, 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))')

async function interact(client, page, problems) {
  const { Input } = client
  if (page.articles.every((a) => a.quotes.length === 0)) return
  // hover: the mouse over the middle of the first quote's first line
  await evaluate(client, `document.querySelector('details[open] [data-quote-id], body.single [data-quote-id]').scrollIntoView({ block: 'center' })`)
  await settle(client) // the scroll event (which hides a card) comes a frame later
  const box = await evaluate(client, `(() => { const q = document.querySelector('details[open] [data-quote-id], body.single [data-quote-id]'); const r = q.getClientRects()[0]; return {x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2, speaker: q.dataset.speaker || 'No speaker found'} })()`)
  await Input.dispatchMouseEvent({ type: 'mouseMoved', x: box.x, y: box.y })
  const hovered = await evaluate(client, `(() => { const c = document.getElementById('quote-card'); return c && !c.hidden ? c.textContent : null })()`)
  if (!hovered || !hovered.includes(box.speaker)) problems.push(`hover: the card shows ${JSON.stringify(hovered)}, not ${box.speaker}`)
  await Input.dispatchMouseEvent({ type: 'mouseMoved', x: 1, y: 1 })
  // keyboard: Tab from the top reaches a quote (the first focusable thing of a single page) and shows its card
  await evaluate(client, `document.activeElement && document.activeElement.blur(), window.scrollTo(0, 0)`)
  await settle(client)
  let focused = null
  for (let i = 0; i < 40 && !focused; i++) {
    await Input.dispatchKeyEvent({ type: 'keyDown', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 })
    await Input.dispatchKeyEvent({ type: 'keyUp', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 })
    focused = await evaluate(client, `(() => { const a = document.activeElement; return a && a.dataset && a.dataset.quoteId ? a.dataset.quoteId : null })()`)
  }
  const card = await evaluate(client, `(() => { const c = document.getElementById('quote-card'); return c && !c.hidden ? c.textContent : null })()`)
  if (!focused || !card) problems.push(`keyboard: Tab reached ${focused ?? 'no quote'}, card ${card === null ? 'hidden' : 'shown'}`)
  // a speaker selected: every other speaker's quote in that article is dimmed
  const dimming = await evaluate(client, `(() => {
    const article = document.querySelector('article.report')
    const row = article.querySelector('.speakers [data-speaker-id]')
    if (!row) return null
    row.querySelector('button').click()
    const id = row.dataset.speakerId
    const pieces = [...article.querySelectorAll('.article-text .q[data-speaker-id]')]
    const wrong = pieces.filter((p) => p.classList.contains('is-dimmed') === (p.dataset.speakerId === id)).length
    row.querySelector('button').click()
    return { wrong, left: article.querySelectorAll('.is-dimmed').length }
  })()`)
  if (dimming && (dimming.wrong > 0 || dimming.left > 0)) problems.push(`speaker filter: ${dimming.wrong} quotes dimmed wrongly, ${dimming.left} still dimmed after the second click`)
}

/** At 390 px, a tap on a quote opens its card as a sheet along the bottom of the screen. */
async function tapOnPhone(client, page, problems) {
  if (page.articles.every((a) => a.quotes.length === 0)) return
  await client.Emulation.setTouchEmulationEnabled({ enabled: true, maxTouchPoints: 1 })
  await evaluate(client, `document.querySelector('details[open] [data-quote-id], body.single [data-quote-id]').scrollIntoView({ block: 'center' })`)
  await settle(client)
  const at = await evaluate(client, `(() => { const r = document.querySelector('details[open] [data-quote-id], body.single [data-quote-id]').getClientRects()[0]; return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 } })()`)
  await client.Input.dispatchTouchEvent({ type: 'touchStart', touchPoints: [at] })
  await client.Input.dispatchTouchEvent({ type: 'touchEnd', touchPoints: [] })
  await settle(client)
  const card = await evaluate(client, `(() => { const c = document.getElementById('quote-card'); if (!c || c.hidden) return null; const r = c.getBoundingClientRect(); return { left: r.left, right: r.right, bottom: r.bottom, height: innerHeight, width: innerWidth } })()`)
  if (!card) problems.push('390 px: a tap on a quote shows no card')
  else if (card.height - card.bottom > 16 || card.left < 0 || card.right > card.width) problems.push(`390 px: the card is not a sheet along the bottom: ${JSON.stringify(card)}`)
  if (page.name === 'seed') await screenshot(client, path.join(out, 'seed-390-tap.png'), { width: 390 })
  await client.Emulation.setTouchEmulationEnabled({ enabled: false })
  await evaluate(client, `document.activeElement && document.activeElement.blur()`)
}

async function checkPage(port, page) {
  const problems = []
  const url = pathToFileURL(page.file).href
  const tab = await openTab(port)
  const { client, events } = tab
  try {
    await client.Emulation.setDeviceMetricsOverride({ width: 1280, height: 900, deviceScaleFactor: 1, mobile: false })
    await load(client, url)
    compareQuotes(page, await evaluate(client, QUOTES_IN_PAGE), problems)
    if (page.hostile) {
      const markup = await evaluate(client, `({ scripts: document.scripts.length, images: document.images.length, text: document.querySelector('.article-text').textContent })`)
      if (markup.scripts !== 1 || markup.images !== 0) problems.push(`hostile: ${markup.scripts} scripts and ${markup.images} images in the page`)
      if (!markup.text.includes("<script>alert('quote')</script>") || !markup.text.includes("onerror=alert('img')")) problems.push('hostile: the quotes do not read as the text they hold')
    }
    await interact(client, page, problems)
    const shots = []
    await evaluate(client, `document.activeElement && document.activeElement.blur()`)
    for (const width of [1280, 390]) {
      shots.push(await screenshot(client, path.join(out, `${page.name}-${width}.png`), { width, full: true }))
      const wide = await evaluate(client, 'document.documentElement.scrollWidth')
      if (wide > width) problems.push(`${width} px: the page is ${wide} px wide`)
    }
    await tapOnPhone(client, page, problems)
    if (page.name === 'seed') {
      // the first screen with one quote's card open, as README shows it
      await client.Emulation.setDeviceMetricsOverride({ width: 1280, height: 900, deviceScaleFactor: 1, mobile: false })
      await evaluate(client, 'window.scrollTo(0, 0)')
      await settle(client)
      const at = await evaluate(client, `(() => { const r = document.querySelector('[data-quote-id="q3"]').getClientRects()[1]; return { x: r.left + 60, y: r.top + r.height / 2 } })()`)
      await client.Input.dispatchMouseEvent({ type: 'mouseMoved', x: at.x, y: at.y })
      shots.push(await screenshot(client, path.join(out, 'seed-1280-top.png'), { width: 1280 }))
      await client.Input.dispatchMouseEvent({ type: 'mouseMoved', x: 1, y: 1 })
      await client.Emulation.setEmulatedMedia({ media: 'print' })
      shots.push(await screenshot(client, path.join(out, 'seed-print.png'), { width: 800, full: true, maxHeight: 3000 }))
      await client.Emulation.setEmulatedMedia({ media: '' })
    }
    // scripts off: the same quotes, each with its details in its title
    await client.Emulation.setScriptExecutionDisabled({ value: true })
    await load(client, url)
    const noScript = await evaluate(client, `({ quotes: document.querySelectorAll('[data-quote-id]').length, titled: document.querySelectorAll('[data-quote-id][title]').length })`)
    const expected = page.articles.reduce((n, a) => n + a.quotes.length, 0)
    if (noScript.quotes !== expected || noScript.titled !== expected) problems.push(`scripts off: ${noScript.quotes} quotes, ${noScript.titled} with a title, of ${expected}`)
    await client.Emulation.setScriptExecutionDisabled({ value: false })
    problems.push(...events.errors.map((e) => `console: ${e}`))
    problems.push(...events.dialogs.map((d) => `a dialog opened: ${d}`))
    const away = events.requests.filter((r) => r !== url)
    if (away.length > 0) problems.push(`requests left the page: ${away.join(', ')}`)
    return { problems, shots, quotes: expected }
  } finally {
    await tab.close()
  }
}

/** The same problem once, with how many times it happened; each line cut to a readable length. */
function tally(problems) {
  const counts = new Map()
  for (const p of problems) counts.set(p, (counts.get(p) ?? 0) + 1)
  return [...counts].map(([p, n]) => (p.length > 240 ? `${p.slice(0, 239)}…` : p) + (n > 1 ? ` (${n} times)` : ''))
}

async function main() {
  const executable = findChromium()
  if (!executable) {
    console.error('test:browser: no Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM to its path')
    process.exit(2)
  }
  const list = pages()
  const browser = await launchChromium(executable)
  let passed = 0
  let failed = 0
  try {
    for (const page of list) {
      const { problems, shots, quotes } = await checkPage(browser.port, page)
      const sizes = shots.map((s) => `${path.basename(s.file)} ${Math.round(s.bytes / 1024)} KB`).join(', ')
      if (problems.length === 0) {
        passed++
        console.log(`ok    ${page.name}: ${quotes} quotes; ${sizes}`)
      } else {
        failed++
        console.log(`FAIL  ${page.name}:\n${tally(problems).map((p) => `        ${p}`).join('\n')}`)
      }
    }
  } finally {
    await browser.stop()
  }
  console.log(`screenshots and pages in ${path.relative(root, out)}/`)
  console.log(`${passed} passed, ${failed} failed`)
  process.exitCode = failed > 0 ? 1 : 0
}

main().catch((error) => {
  console.error(`test:browser: ${error.stack ?? error}`)
  process.exitCode = 2
})
