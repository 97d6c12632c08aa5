// Library entry: `import { analyze } from 'analyze'`.
export { analyze } from './analyze'
export * from './model'
