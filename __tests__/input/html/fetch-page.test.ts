// Fetching a URL: redirects, a deadline for the whole exchange, --max-bytes on the bytes received, and one
// short reason for each failure. Every request goes to a server the test starts on 127.0.0.1.
import { createServer } from 'node:net'
import { fetchPage, schemeProblem, type FetchOptions } from '../../../src/input/html/fetch-page'
import { page, redirect, startServer, type LocalServer } from './local-server'

const PAGE = '<!doctype html><html><body><p>Rain fell.</p></body></html>'
const options: FetchOptions = { timeoutMs: 2000, maxBytes: 4096, userAgent: 'analyze/9.9.9' }

let server: LocalServer
beforeAll(async () => {
  server = await startServer({
    '/page': page(PAGE),
    '/hop1': redirect('/hop2', 301),
    '/hop2': redirect('/hop3', 307),
    '/hop3': redirect('/page'),
    ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`/chain${i}`, redirect(i === 5 ? '/page' : `/chain${i + 1}`)])),
    '/to-ftp': redirect('ftp://127.0.0.1/file.txt'),
    '/gone': (_request, response) => {
      response.writeHead(410, 'Gone', { 'content-type': 'text/html' })
      response.end('<p>Gone</p>')
    },
    '/stall': (_request, response) => {
      // the headers and a first paragraph at once, then nothing: the deadline covers the body too
      response.writeHead(200, { 'content-type': 'text/html' })
      response.write('<p>Rain')
    },
    '/big-declared': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' })
      response.end('<p>' + 'x'.repeat(99_993) + '</p>')
    },
    '/big-streamed': (_request, response) => {
      // no Content-Length: only counting the bytes as they come can stop it
      response.writeHead(200, { 'content-type': 'text/html' })
      const chunk = '<p>' + 'rain '.repeat(200) + '</p>'
      let sent = 0
      const timer = setInterval(() => {
        if (sent++ < 20) response.write(chunk)
        else {
          clearInterval(timer)
          response.end()
        }
      }, 5)
      response.on('close', () => clearInterval(timer))
    },
  })
})
afterAll(() => server.close())

describe('fetchPage', () => {
  it('fetches a page with a User-Agent that names the tool', async () => {
    const result = await fetchPage(server.url('/page'), options)
    expect(result).toEqual({ ok: true, bytes: Buffer.from(PAGE), contentType: 'text/html; charset=utf-8', address: server.url('/page') })
    expect(server.requests.at(-1)?.headers['user-agent']).toBe('analyze/9.9.9')
  })

  it('follows redirects, says where it ended, and sends no cookie it was given on the way', async () => {
    const before = server.requests.length
    const result = await fetchPage(server.url('/hop1'), options)
    expect(result).toMatchObject({ ok: true, address: server.url('/page') })
    const requests = server.requests.slice(before)
    expect(requests.map((request) => request.url)).toEqual(['/hop1', '/hop2', '/hop3', '/page'])
    expect(requests.map((request) => request.headers.cookie)).toEqual([undefined, undefined, undefined, undefined])
  })

  it('follows five redirects and refuses a sixth', async () => {
    expect(await fetchPage(server.url('/chain1'), options)).toMatchObject({ ok: true, address: server.url('/page') })
    expect(await fetchPage(server.url('/chain0'), options)).toEqual({ ok: false, problem: 'more than 5 redirects' })
  })

  it.each<[string, string]>([
    ['/to-ftp', 'redirected to ftp://127.0.0.1/file.txt: only http and https addresses can be fetched'],
    ['/gone', 'HTTP 410 Gone'],
    ['/missing', 'HTTP 404 Not Found'],
  ])('%s: %s', async (path, problem) => {
    expect(await fetchPage(server.url(path), options)).toEqual({ ok: false, problem })
  })

  it('gives up when the body does not come in time', async () => {
    expect(await fetchPage(server.url('/stall'), { ...options, timeoutMs: 300 })).toEqual({ ok: false, problem: 'timed out after 0.3 s' })
  })

  it.each(['/big-declared', '/big-streamed'])('%s: refuses a body over --max-bytes', async (path) => {
    expect(await fetchPage(server.url(path), options)).toEqual({ ok: false, problem: 'too large', tooLarge: true })
    expect(await fetchPage(server.url(path), { ...options, maxBytes: 200_000 })).toMatchObject({ ok: true })
  })

  it('says when nothing listens', async () => {
    // a port that was just free: nothing answers on it
    const probe = createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const { port } = probe.address() as { port: number }
    await new Promise((resolve) => probe.close(resolve))
    expect(await fetchPage(`http://127.0.0.1:${port}/`, options)).toEqual({ ok: false, problem: 'cannot connect (ECONNREFUSED)' })
  })
})

describe('schemeProblem', () => {
  it.each<[string, string | null]>([
    ['https://example.org/news', null],
    ['HTTP://EXAMPLE.ORG/', null],
    ['ftp://example.org/file', 'only http and https addresses can be fetched'],
    ['file:///etc/passwd', 'only http and https addresses can be fetched'],
    ['http://', 'not a valid address'],
  ])('%s → %s', (address, problem) => {
    expect(schemeProblem(address)).toBe(problem)
  })
})
