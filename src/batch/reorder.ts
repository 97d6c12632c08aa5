// --sort: results arrive in completion order (index 7 before index 3) and leave in input order.
// Each is passed on as soon as everything before it has been; only the ones waiting for an earlier
// result are held, and the driver keeps that number bounded (see run-batch.ts).

export class Reorder<T> {
  private readonly waiting = new Map<number, T>()
  private next = 0

  constructor(private readonly emit: (value: T, index: number) => void) {}

  /** The index of the next result to pass on. */
  get nextIndex(): number {
    return this.next
  }

  /** How many results are held waiting for an earlier one. */
  get held(): number {
    return this.waiting.size
  }

  put(index: number, value: T): void {
    if (index < this.next || this.waiting.has(index)) throw new Error(`result ${index} was given twice`)
    this.waiting.set(index, value)
    while (this.waiting.has(this.next)) {
      const ready = this.waiting.get(this.next) as T
      this.waiting.delete(this.next)
      this.emit(ready, this.next++)
    }
  }
}
