import { renderJson } from '../../src/render/json'
import { renderNdjson } from '../../src/render/ndjson'
import { renderOptions } from '../../src/render/render-options'
import { sampleAnalysis } from './sample-analysis'

describe('json renderer', () => {
  const a = sampleAnalysis({ source: 'a.txt' })
  const b = sampleAnalysis({ source: 'b.txt' })

  it('prints the article itself for one input, indented by two spaces', () => {
    const output = renderJson([a], renderOptions())
    expect(output).toBe(JSON.stringify(a, null, 2) + '\n')
    expect(JSON.parse(output)).toEqual(a)
  })

  it('wraps the articles as {"articles": [...]} for several inputs, even if only one could be read', () => {
    expect(JSON.parse(renderJson([a, b], renderOptions({ batch: true })))).toEqual({ articles: [a, b] })
    expect(JSON.parse(renderJson([a], renderOptions({ batch: true })))).toEqual({ articles: [a] })
    expect(JSON.parse(renderJson([], renderOptions({ batch: true })))).toEqual({ articles: [] })
  })

  it('prints nothing when the only input failed', () => {
    expect(renderJson([], renderOptions())).toBe('')
  })
})

describe('ndjson renderer', () => {
  it('prints one compact article a line', () => {
    const a = sampleAnalysis({ source: 'a.txt' })
    const b = sampleAnalysis({ source: 'b.txt' })
    const lines = renderNdjson([a, b], renderOptions()).split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe('')
    expect(JSON.parse(lines[0])).toEqual(a)
    expect(JSON.parse(lines[1])).toEqual(b)
  })
})
