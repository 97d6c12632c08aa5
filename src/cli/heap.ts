// How far V8 lets a heap grow past what is alive before collecting it again, for the whole process (worker
// threads share the setting). By default it may grow to four times the live data when collecting is cheap,
// which it is here: analysing the 4 MB seed in one thread kept 30–45 MB alive and reached 289 MB of resident
// memory; one and a half times the live data reached 184 MB. The 10 MB seed on all cores peaked at 380 MB
// instead of 409 MB (at twice) and more at four times. The price is more full collections: on the Wikinews
// corpus 169 ms of them instead of 40 ms, in 12 s of work.
import { setFlagsFromString } from 'node:v8'

export const HEAP_GROWING_PERCENT = 50

export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}
