// Fetching a page for `analyze https://…`: Node's own fetch, and the limits a command-line tool owes its user.
//
//   - http and https only; redirects followed by hand, at most 5, each checked again (no "file:" hop);
//   - one deadline for the whole exchange, redirects and body included ("timed out after 30 s");
//   - --max-bytes counted on the bytes as they arrive, so a server that lies about its length or sends
//     without end is cut off ("too large");
//   - a User-Agent that names the tool and its version; no cookies are kept or sent; nothing on the page
//     is run.
// Every failure is one short reason for the user's line: "HTTP 404", "cannot connect (ECONNREFUSED)".

export interface FetchOptions {
  timeoutMs: number
  maxBytes: number
  userAgent: string
}

export type FetchResult =
  | { ok: true; bytes: Uint8Array; contentType: string | null; address: string }
  /** tooLarge: the body passed maxBytes (worded by the caller, who knows how the user gave the limit). */
  | { ok: false; problem: string; tooLarge?: true }

export const MAX_REDIRECTS = 5

export async function fetchPage(address: string, options: FetchOptions): Promise<FetchResult> {
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), options.timeoutMs)
  try {
    return await follow(address, options, deadline.signal)
  } catch (error) {
    if (deadline.signal.aborted) return { ok: false, problem: `timed out after ${seconds(options.timeoutMs)}` }
    return { ok: false, problem: networkProblem(error) }
  } finally {
    clearTimeout(timer)
  }
}

async function follow(address: string, options: FetchOptions, signal: AbortSignal): Promise<FetchResult> {
  let url = address
  for (let redirects = 0; ; redirects++) {
    const scheme = schemeProblem(url)
    if (scheme) return { ok: false, problem: redirects === 0 ? scheme : `redirected to ${url}: ${scheme}` }
    const response = await fetch(url, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' },
    })
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel()
      if (redirects === MAX_REDIRECTS) return { ok: false, problem: `more than ${MAX_REDIRECTS} redirects` }
      url = new URL(response.headers.get('location')!, url).href
      continue
    }
    if (!response.ok) {
      await response.body?.cancel()
      return { ok: false, problem: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` }
    }
    const bytes = await readBody(response, options.maxBytes)
    if (bytes === null) return { ok: false, problem: 'too large', tooLarge: true }
    return { ok: true, bytes, contentType: response.headers.get('content-type'), address: url }
  }
}

/** The body, or null as soon as it passes maxBytes (a Content-Length over it is refused before reading). */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel()
    return null
  }
  if (!response.body) return new Uint8Array(0)
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** Why an address cannot be fetched by this tool, or null: "ftp://…" → "only http and https addresses can be fetched". */
export function schemeProblem(address: string): string | null {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return 'not a valid address'
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'only http and https addresses can be fetched'
}

/** The system's reason, in a few words: "cannot connect (ECONNREFUSED)", "host not found (ENOTFOUND)". */
function networkProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause
  const code = cause?.code ?? (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host not found (${code})`
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `cannot connect (${code})`
    default: {
      const message = cause?.message ?? (error instanceof Error ? error.message : String(error))
      return `cannot be fetched (${code ?? message.split('\n')[0]})`
    }
  }
}

/** 30000 → "30 s"; 1500 → "1.5 s". */
function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`
}
