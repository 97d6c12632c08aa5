// The record readers on bytes cut into small chunks, as a pipe hands them over: places, problems, encodings.
import { readRecords, type RecordItem } from '../../../src/input/records/read-records'
import type { RecordFormat } from '../../../src/input/records/record-format'
import { chunksOf, collect } from './chunks'

/** Each item as "place text-or-error", the way a user would read them. */
async function read(format: RecordFormat, input: string | Uint8Array, name = 'export', maxBytes = 2 ** 20): Promise<string[]> {
  const items = await collect(readRecords(name, format, chunksOf(input), { maxBytes }))
  return items.map(show)
}

function show(item: RecordItem): string {
  if (!item.ok) return `${item.place}: ${item.error}${item.id ? ` [id ${item.id}]` : ''}`
  return `${item.place} ${item.source} [${item.article.id ?? ''}] ${JSON.stringify(item.article.text)}`
}

describe('NDJSON', () => {
  it.each<[string, string, string[]]>([
    ['two records', '{"id":"a","text":"One."}\n{"id":"b","text":"Two."}\n', ['export:1 export#1 [a] "One."', 'export:2 export#2 [b] "Two."']],
    ['no newline at the end, CRLF line ends', '{"text":"One."}\r\n{"text":"Two."}', ['export:1 export#1 [1] "One."', 'export:2 export#2 [2] "Two."']],
    ['blank lines are skipped but counted', '\n{"text":"One."}\n\n   \n{"text":"Two."}\n', ['export:2 export#2 [2] "One."', 'export:5 export#5 [5] "Two."']],
    [
      'bad lines are problems of their own; the rest is read',
      '{"id":1,"text":"Fine."}\n{"id":2,"text":"cut off\n[1,2]\n{"id":4,"title":"No text"}\n{"id":5,"text":""}\n"just a string"\n{"id":7,"text":"Fine too."}\n',
      [
        'export:1 export#1 [1] "Fine."',
        'export:2: not JSON [id 2]',
        'export:3: not a JSON object [id 3]',
        'export:4: no text field (tried text, body, content, articleBody, article) [id 4]',
        'export:5: empty text [id 5]',
        'export:6: not a JSON object [id 6]',
        'export:7 export#7 [7] "Fine too."',
      ],
    ],
    ['a byte-order mark', '\ufeff{"text":"“Quoted.”"}\n', ['export:1 export#1 [1] "“Quoted.”"']],
    ['an empty file', '', ['export: empty file']],
    ['only blank lines', '\n\n', ['export: no records in it']],
  ])('%s', async (_, input, expected) => {
    expect(await read('ndjson', input)).toEqual(expected)
  })

  it('a line in Windows-1252 is read as such, and says so', async () => {
    const bytes = Buffer.concat([Buffer.from('{"text":"She said '), Buffer.from([0x93, 0x6e, 0x6f, 0x94]), Buffer.from('."}\n')])
    const [item] = await collect(readRecords('old', 'ndjson', chunksOf(bytes), { maxBytes: 1000 }))
    expect(item).toMatchObject({ ok: true, encoding: 'windows-1252', article: { text: 'She said “no”.' } })
  })

  it('UTF-16 with a byte-order mark (little- and big-endian)', async () => {
    const text = '{"text":"“Ja,” sagte sie."}\n{"text":"Zwei."}\n'
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.from(le).swap16()
    for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const items = await collect(readRecords('u', 'ndjson', chunksOf(bytes, 5), { maxBytes: 1000 }))
      expect(items.map((i) => (i.ok ? [i.article.text, i.encoding] : i.error))).toEqual([['“Ja,” sagte sie.', encoding], ['Zwei.', encoding]])
    }
  })

  it('a line longer than --max-bytes is refused without being gathered; the next one is read', async () => {
    const input = `{"text":"${'x'.repeat(500)}"}\n{"text":"Short."}\n`
    expect(await read('ndjson', input, 'big', 100)).toEqual(['big:1: too large: more than --max-bytes 100 bytes on one line [id 1]', 'big:2 big#2 [2] "Short."'])
  })

  it('standard input is "-" in sources and <stdin> in messages', async () => {
    expect(await read('ndjson', '{"text":"One."}\nnope\n', '-')).toEqual(['<stdin>:1 -#1 [1] "One."', '<stdin>:2: not JSON [id 2]'])
  })
})

describe('CSV and TSV', () => {
  it.each<[string, RecordFormat, string, string[]]>([
    ['a header and two rows', 'csv', 'id,text\n1,One.\n2,Two.\n', ['export:2 export#2 [1] "One."', 'export:3 export#3 [2] "Two."']],
    ['CRLF, quoted commas and doubled quote marks', 'csv', 'id,text\r\n1,"He said, ""No."""\r\n2,Two.\r\n', ['export:2 export#2 [1] "He said, \\"No.\\""', 'export:3 export#3 [2] "Two."']],
    [
      'quoted line breaks: a row spans lines, the next row’s number is its own line',
      'csv',
      'id,text\n1,"Para one.\n\nPara two."\n2,Two.\n',
      ['export:2 export#2 [1] "Para one.\\n\\nPara two."', 'export:5 export#5 [2] "Two."'],
    ],
    ['quoted CRLF line breaks', 'csv', 'id,text\r\n1,"a\r\nb"\r\n\r\n2,c\r\n', ['export:2 export#2 [1] "a\\r\\nb"', 'export:5 export#5 [2] "c"']],
    ['a byte-order mark before the header', 'csv', '\ufeffid,text\n1,One.\n', ['export:2 export#2 [1] "One."']],
    ['a quote mark inside an unquoted field is kept', 'csv', 'id,text\n1,He said "no" twice.\n', ['export:2 export#2 [1] "He said \\"no\\" twice."']],
    ['TSV, with commas and quote marks inside fields', 'tsv', 'id\ttext\n1\tHe said, "hi."\n2\tTwo.\n', ['export:2 export#2 [1] "He said, \\"hi.\\""', 'export:3 export#3 [2] "Two."']],
    ['header names with spaces and case', 'csv', ' ID , Body \n7,Words.\n', ['export:2 export#2 [7] "Words."']],
    [
      'rows with too few or too many fields, and rows without text',
      'csv',
      'id,text\n1\n2,Fine.,extra\n3,\n4,Fine.\n',
      ['export:2: 1 field where the header has 2 [id 2]', 'export:3: 3 fields where the header has 2 [id 3]', 'export:4: empty text [id 3]', 'export:5 export#5 [4] "Fine."'],
    ],
    [
      'a quote mark never closed: the rows before it are read, that row is a problem naming its line',
      'csv',
      'id,text\n1,Fine.\n2,"Never closed.\n3,Swallowed.\n4,Swallowed too.\n',
      ['export:2 export#2 [1] "Fine."', 'export:3: a quote mark is not closed: the rest of the file was read into this row [id 3]'],
    ],
    ['a header only', 'csv', 'id,text\n', ['export: no records in it']],
    ['no text column', 'csv', 'id,title\n1,Storm\n', ['export:2: no text field (tried text, body, content, articleBody, article) [id 1]']],
  ])('%s', async (_, format, input, expected) => {
    expect(await read(format, input)).toEqual(expected)
  })

  it('Windows-1252 bytes (an old spreadsheet export) are decoded as such', async () => {
    const bytes = Buffer.concat([Buffer.from('id,text\r\n1,She said '), Buffer.from([0x93, 0x6e, 0x6f, 0x94]), Buffer.from('.\r\n')])
    const [item] = await collect(readRecords('old.csv', 'csv', chunksOf(bytes), { maxBytes: 1000 }))
    expect(item).toMatchObject({ ok: true, encoding: 'windows-1252', article: { text: 'She said “no”.' } })
  })

  it('a spreadsheet’s "Unicode text": UTF-16 LE with a byte-order mark, tab-separated', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\ttext\r\n1\t“Ja,” sagte sie.\r\n', 'utf16le')])
    const [item] = await collect(readRecords('unicode.txt', 'tsv', chunksOf(bytes, 3), { maxBytes: 1000 }))
    expect(item).toMatchObject({ ok: true, encoding: 'utf-16le', article: { id: '1', text: '“Ja,” sagte sie.' } })
  })

  it('a text over --max-bytes is refused, naming its row', async () => {
    expect(await read('csv', `id,text\n1,${'x'.repeat(200)}\n2,Short.\n`, 'big.csv', 100)).toEqual(['big.csv:2: too large: a text of more than --max-bytes 100 bytes [id 1]', 'big.csv:3 big.csv#3 [2] "Short."'])
  })
})

describe('JSON arrays', () => {
  it.each<[string, string, string[]]>([
    ['records by their place in the array', '[{"id":"a","text":"One."},\n {"body":"Two."}]', ['export#1 export#1 [a] "One."', 'export#2 export#2 [2] "Two."']],
    ['an element that is not an object', '[{"text":"One."}, 17, {"text":"Three."}]', ['export#1 export#1 [1] "One."', 'export#2: not a JSON object [id 2]', 'export#3 export#3 [3] "Three."']],
    ['an object, not an array', '{"articles": [{"text": "One."}]}', ['export: not a JSON array of records (--input-format ndjson reads one object a line)']],
    ['cut off: what came before is read', '[{"text":"One."}, {"text":"Tw', ['export#1 export#1 [1] "One."', "export#2: not JSON from here on (cut off, or broken); the rest of the file is not read [id 2]"]],
    ['an empty array', '[]', ['export: no records in it']],
    ['an empty file', '', ['export: empty file']],
  ])('%s', async (_, input, expected) => {
    expect(await read('json', input)).toEqual(expected)
  })
})
