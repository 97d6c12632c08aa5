// When V8 hands a function to its optimising compiler (TurboFan), for the whole process: worker threads
// started afterwards read the setting when their isolates are made, so it is set before the pool starts.
//
// Each worker thread is an isolate of its own, and compiles every hot function of compromise and of the
// extraction for itself, on V8's background threads, which share the machine's cores with the workers. With
// V8's default budget a function was optimised before it had met most of its cases, then thrown away at the
// next case it had not seen ("Insufficient type feedback", "wrong map") and compiled again: over the 293 Wikinews
// articles in one worker, 942 compilations and 412 deoptimisations; inSentence (quotes/reported.ts), which
// inlines dozens of helpers, was compiled 7 times at half a second each, fixTags 11 times. At four times the
// budget a function runs longer in the interpreter and the baseline compiler first, and is optimised once with
// what it meets on real text: 616 compilations and 185 deoptimisations, and the background threads' CPU on the
// 293 articles on two workers 5.7–6.9 s → 3.8–4.0 s, against about 1 s more in the workers themselves.
// The code once optimised is the same: only the moment, and how often, changes. Results are the same byte
// for byte (V8 changes no result of JavaScript by compiling it).
//
// A budget given to node itself on its command line (`node --interrupt-budget=N bin/analyze …`) is left as it is,
// so that a benchmark can compare with V8's default. (NODE_OPTIONS cannot carry one: node refuses to start, "is not
// allowed in NODE_OPTIONS".)
import { setFlagsFromString } from 'node:v8'

/** V8's default budget is 67,584: about that many bytes of a function's bytecode run before V8 considers optimising it. */
export const INTERRUPT_BUDGET = 4 * 67_584

export function optimiseLater(execArgv: string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => /--interrupt[-_]budget/.test(arg))) return false
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`)
  return true
}
