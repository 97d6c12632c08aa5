import { Reorder } from '../../src/batch/reorder'

describe('Reorder', () => {
  it.each<[number[], number[][]]>([
    // arrival order → what is passed on after each arrival
    [[0, 1, 2], [[0], [1], [2]]],
    [[2, 1, 0], [[], [], [0, 1, 2]]],
    [[1, 0, 3, 2], [[], [0, 1], [], [2, 3]]],
    [[0, 2, 3, 1, 4], [[0], [], [], [1, 2, 3], [4]]],
  ])('arrivals %j pass on %j', (arrivals, expected) => {
    const out: number[] = []
    const reorder = new Reorder<string>((_value, index) => out.push(index))
    const steps = arrivals.map((index) => {
      const before = out.length
      reorder.put(index, `r${index}`)
      return out.slice(before)
    })
    expect(steps).toEqual(expected)
    expect(reorder.held).toBe(0)
  })

  it('passes the values on with their index and refuses one given twice', () => {
    const out: Array<[string, number]> = []
    const reorder = new Reorder<string>((value, index) => out.push([value, index]))
    reorder.put(1, 'b')
    expect(reorder.held).toBe(1)
    reorder.put(0, 'a')
    expect(out).toEqual([['a', 0], ['b', 1]])
    expect(() => reorder.put(1, 'again')).toThrow('given twice')
  })
})
