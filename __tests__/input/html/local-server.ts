// A web server for the tests, on 127.0.0.1 and a port the system picks: nothing in the tests reaches another
// address. Each route answers a request however the test needs (redirects, stalls, lies about its length).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Route = (request: IncomingMessage, response: ServerResponse) => void

export interface LocalServer {
  /** "http://127.0.0.1:PORT" + path */
  url(path: string): string
  /** The requests received, in order. */
  requests: IncomingMessage[]
  close(): Promise<void>
}

export async function startServer(routes: Record<string, Route>): Promise<LocalServer> {
  const requests: IncomingMessage[] = []
  const server: Server = createServer((request, response) => {
    requests.push(request)
    const route = routes[request.url ?? '']
    if (route) route(request, response)
    else {
      response.writeHead(404, { 'content-type': 'text/html' })
      response.end('<p>Not found</p>')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

export const page = (html: string, contentType = 'text/html; charset=utf-8'): Route => (_request, response) => {
  response.writeHead(200, { 'content-type': contentType })
  response.end(html)
}

export const redirect = (location: string, status = 302): Route => (_request, response) => {
  response.writeHead(status, { location, 'set-cookie': 'session=abc123; Path=/' })
  response.end()
}
