import { sniffRecordFormat } from '../../../src/input/records/sniff-format'

describe('sniffRecordFormat: standard input’s first line tells records from an article', () => {
  it.each<[string, string | null]>([
    ['{"id": 1, "text": "One."}\n{"id": 2, "text": "Two."}\n', 'ndjson'],
    ['{"text": "Only one record, no newline"}', 'ndjson'],
    ['\ufeff  {"text": "after a BOM and spaces"}\n', 'ndjson'],
    ['{"text": "CRLF"}\r\n', 'ndjson'],
    ['[{"id": 1, "text": "One."}, {"id": 2}]', 'json'],
    ['[\n  {\n    "id": 1\n', 'json'],
    // near misses: articles
    ['“We will,” she said.\n', null],
    ['{This is not JSON} said the sign.\n', null],
    ['{"text": "an object cut over two lines",\n "id": 1}\n', null],
    ['[1, 2, 3]', null],
    ['[Editor’s note: …]\nThe storm …', null],
    ['id,text\n1,"One."\n', null], // CSV is never guessed
    ['<html><body><p>A page</p></body></html>', null],
    ['', null],
  ])('%j → %p', (head, expected) => {
    expect(sniffRecordFormat(Buffer.from(head))).toBe(expected)
  })
})

it('reads a UTF-16 first line by its byte-order mark', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text": "x"}\n', 'utf16le')])
  expect(sniffRecordFormat(le)).toBe('ndjson')
  expect(sniffRecordFormat(Buffer.from(le).swap16())).toBe('ndjson')
})
