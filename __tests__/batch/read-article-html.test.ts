// Web pages as inputs: a .html file, HTML on standard input, a URL. Each becomes the article body and what
// the page says about it, or one record of why not.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readArticle, type ReadOptions } from '../../src/batch/read-article'
import { page, startServer, type LocalServer } from '../input/html/local-server'

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'html')
const STORM = readFileSync(join(FIXTURES, 'storm-page.html'))
const STORM_TEXT = readFileSync(join(FIXTURES, 'storm-page.txt'), 'utf8').trimEnd()
const STORY = '<p>“We cannot put children on buses when half the roads are under water,” said Maria Okafor.</p><p>Twelve schools will stay shut until Friday, the council said on Monday.</p>'
const STORY_TEXT = '“We cannot put children on buses when half the roads are under water,” said Maria Okafor.\n\nTwelve schools will stay shut until Friday, the council said on Monday.'
// the same story in Windows-1252, curly quotes as 0x93 and 0x94
const STORY_1252 = Buffer.from(STORY.replace('“', '\x93').replace('”', '\x94'), 'latin1')

let dir: string
let server: LocalServer
const options: ReadOptions = { maxBytes: 64 * 1024, timeoutMs: 2000, userAgent: 'analyze/test' }
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-read-html-'))
  server = await startServer({
    '/storm': page(STORM.toString('utf8')),
    '/story.txt': page('Twelve schools will stay shut, the council said.\n', 'text/plain; charset=utf-8'),
    '/photo.png': page('\x89PNG', 'image/png'),
    // a server that says UTF-8 for a Windows-1252 page that says so itself
    '/old': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"><title>Storm</title></head><body><article>'), STORY_1252, Buffer.from('</article></body></html>')]))
    },
    '/untyped': (_request, response) => {
      response.writeHead(200)
      response.end(`<!doctype html><html><body><article>${STORY}</article></body></html>`)
    },
    '/app': page('<!doctype html><html><head><script src="/app.js"></script></head><body><div id="root"></div></body></html>'),
  })
})
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  await server.close()
})

describe('readArticle on web pages', () => {
  it('reads a saved .html file as its article, with the page’s facts', async () => {
    const source = join(FIXTURES, 'storm-page.html')
    expect(await readArticle({ kind: 'file', source }, options)).toEqual({
      ok: true, source, text: STORM_TEXT, encoding: 'utf-8',
      page: { title: 'Storm closes valley schools as rivers rise', published: '2024-02-14', byline: 'Ana Lee and Tom Kerr', siteName: 'The Valley Courier', url: 'https://valley-courier.example/news/2024/02/storm-closes-schools', lang: 'en-GB' },
    })
  })

  it('reads a .htm file in Windows-1252 declared by <meta charset>', async () => {
    const source = join(dir, 'old.HTM')
    writeFileSync(source, Buffer.concat([Buffer.from('<meta charset="windows-1252"><title>Storm</title><article>'), STORY_1252]))
    expect(await readArticle({ kind: 'file', source }, options)).toMatchObject({ ok: true, text: STORY_TEXT, encoding: 'windows-1252' })
  })

  it('recognises HTML on standard input by its content, and plain text as text', async () => {
    const html = async () => STORM
    expect(await readArticle({ kind: 'stdin', source: '-' }, { ...options, readStdin: html })).toMatchObject({ ok: true, source: '-', text: STORM_TEXT, page: { published: '2024-02-14' } })
    const text = async () => Buffer.from('Mr Lee said <b> was a typo.\n\nThe storm passed.')
    expect(await readArticle({ kind: 'stdin', source: '-' }, { ...options, readStdin: text })).toEqual({ ok: true, source: '-', text: 'Mr Lee said <b> was a typo.\n\nThe storm passed.', encoding: 'utf-8' })
  })

  it('reads a .txt file as text even when it holds markup', async () => {
    const source = join(dir, 'markup.txt')
    writeFileSync(source, STORY)
    expect(await readArticle({ kind: 'file', source }, options)).toEqual({ ok: true, source, text: STORY, encoding: 'utf-8' })
  })

  it('says so when a page has no article text', async () => {
    const source = join(dir, 'app.html')
    writeFileSync(source, '<!doctype html><html><head><script>render()</script></head><body><div id="root"></div></body></html>')
    expect(await readArticle({ kind: 'file', source }, options)).toEqual({ ok: false, record: { source, error: 'no article text in this page' } })
  })

  it('fetches a URL and reads its page; the canonical address is the page’s own', async () => {
    const source = server.url('/storm')
    expect(await readArticle({ kind: 'url', source }, options)).toMatchObject({ ok: true, source, text: STORM_TEXT, page: { url: 'https://valley-courier.example/news/2024/02/storm-closes-schools' } })
  })

  it('reads a page whose server names the wrong charset', async () => {
    expect(await readArticle({ kind: 'url', source: server.url('/old') }, options)).toMatchObject({ ok: true, text: STORY_TEXT, encoding: 'windows-1252', page: { title: 'Storm', url: server.url('/old') } })
  })

  it('takes text/plain as an article as it is, and a page without a type by its content', async () => {
    expect(await readArticle({ kind: 'url', source: server.url('/story.txt') }, options)).toEqual({ ok: true, source: server.url('/story.txt'), text: 'Twelve schools will stay shut, the council said.\n', encoding: 'utf-8' })
    expect(await readArticle({ kind: 'url', source: server.url('/untyped') }, options)).toMatchObject({ ok: true, text: STORY_TEXT })
  })

  it.each<[string, Partial<ReadOptions>, string]>([
    ['/photo.png', {}, 'not HTML or text: image/png'],
    ['/nowhere', {}, 'HTTP 404 Not Found'],
    ['/app', {}, 'no article text in this page'],
    ['/storm', { maxBytes: 1024 }, 'too large: more than --max-bytes 1 KiB'],
  ])('%s: one record saying why', async (path, more, error) => {
    expect(await readArticle({ kind: 'url', source: server.url(path) }, { ...options, ...more })).toEqual({ ok: false, record: { source: server.url(path), error } })
  })

  it('refuses an address it cannot fetch', async () => {
    expect(await readArticle({ kind: 'url', source: 'ftp://127.0.0.1/story.html' }, options)).toEqual({ ok: false, record: { source: 'ftp://127.0.0.1/story.html', error: 'only http and https addresses can be fetched' } })
  })
})
