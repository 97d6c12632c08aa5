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
// Eight times the default, not four: on a machine shared with other work (load average 11 to 17 on two cores; CPU
// seconds of the whole process, runs interleaved, scripts/bench-budget.mjs), the 293 Wikinews articles through
// `--jobs 1` took 14.08–15.17 CPU s at four times (median 14.75), 13.64–14.79 at eight (14.15), 13.46–14.15 at
// sixteen (13.52), against 10.05–11.7 for the bare parse; the whole corpus (2,518 articles, both cores), in three
// rounds of the two side by side, 68.6, 72.7 and 73.7 CPU s at eight against 70.2, 73.9 and 76.2 at four (at
// sixteen, in other rounds, 2 % more CPU than at four and 13 % more wall time). One worker meets each function of
// the extraction a few hundred times in a small batch, and every optimisation V8 starts early there is paid on its
// background threads; at sixteen times a large batch waits too long for its hot functions' optimised code.
//
// A budget given to node itself on its command line (`node --interrupt-budget=N bin/analyze …`) is left as it is,
// so that a benchmark can compare with V8's default. (NODE_OPTIONS cannot carry one: node refuses to start, "is not
// allowed in NODE_OPTIONS".)
import { setFlagsFromString } from 'node:v8'

/** V8's default budget is 67,584: about that many bytes of a function's bytecode run before V8 considers optimising it. */
export const INTERRUPT_BUDGET = 8 * 67_584

export function optimiseLater(execArgv: string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => /--interrupt[-_]budget/.test(arg))) return false
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`)
  return true
}
