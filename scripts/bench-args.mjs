// What the per-thread bench scripts (bench-pool.mjs, bench-timeline.mjs) share: the project's root, their
// "--name value" options, and the corpus they read unless told otherwise (the shared Wikinews folder beside the project).
import path from 'node:path'

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
export const args = process.argv.slice(2)
export const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
export const corpusOption = () => path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus', 'wikinews')))
