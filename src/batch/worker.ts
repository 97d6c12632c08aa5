// The worker thread's entry (dist/batch/worker.js): loads analyze — and with it compromise — once, tells
// the pool it is ready, then answers each request with the Analysis (or a section's findings) or the bug
// that stopped it. An exception from analyze() is answered, not thrown: the worker goes on with the next one.
// With a `render` format in the setup, an article is answered with its output text instead (worker-messages.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { analyze, analyzeSection } from '../analyze'
import { analyzeOptions } from './in-process'
import { withInputFields } from './article-fields'
import { ndjsonLine } from '../render/ndjson'
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages'

const port = parentPort
if (!port) throw new Error('dist/batch/worker.js is a worker thread; run bin/analyze instead')
const setup = workerData as WorkerSetup

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply
  try {
    if (request.type === 'section') {
      reply = { type: 'section', id: request.id, findingsJson: JSON.stringify(analyzeSection(request.job)) }
    } else {
      const analysis = analyze(request.text, analyzeOptions(request, setup))
      reply = setup.render === 'ndjson'
        ? { type: 'rendered', id: request.id, text: ndjsonLine(withInputFields(analysis, { ...request.input, text: request.text })) }
        : { type: 'done', id: request.id, analysis }
    }
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]
    reply = { type: 'bug', id: request.id, message, stack: error instanceof Error ? error.stack : undefined }
  }
  port.postMessage(reply)
})
port.postMessage({ type: 'ready' } satisfies WorkerReply)
