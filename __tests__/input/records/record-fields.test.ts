import { field, recordArticle } from '../../../src/input/records/record-fields'

describe('recordArticle: fields found by their usual names, case ignored', () => {
  it.each<[Record<string, unknown>, Record<string, unknown>]>([
    [{ id: 17, text: '“Yes,” she said.' }, { text: '“Yes,” she said.', id: '17', published: null, title: null, url: null }],
    [{ _id: { $oid: '64f0c0ffee' }, Body: 'Words.', pubDate: 'Tue, 19 Aug 2025 10:00:00 +0000' }, { text: 'Words.', id: '64f0c0ffee', published: '2025-08-19' }],
    [{ GUID: 'g-1', content: 'Words.', DatePublished: '2025-08-19T10:00:00Z', Title: ' Storm closes schools ', URL: 'https://example.org/a' }, { id: 'g-1', published: '2025-08-19', title: 'Storm closes schools', url: 'https://example.org/a' }],
    [{ uuid: 'u', articleBody: 'Words.', publish_date: 1755600000 }, { id: 'u', published: '2025-08-19' }],
    [{ article: 'Words.', publication_date: '2025-08-19', headline: 'H', link: 'https://example.org/b' }, { id: null, published: '2025-08-19', title: 'H', url: 'https://example.org/b' }],
    // an empty text field gives way to a later one; an empty id to none
    [{ text: '', body: 'From the body.', id: '' }, { text: 'From the body.', id: null }],
  ])('%j', (record, expected) => {
    const result = recordArticle(record)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.article).toMatchObject(expected)
  })

  it.each<[Record<string, unknown>, string]>([
    [{ id: 1, headline: 'No text' }, 'no text field (tried text, body, content, articleBody, article)'],
    [{ id: 2, text: '   ' }, 'empty text'],
    [{ id: 3, text: null }, 'empty text'],
    [{ id: 4, text: 42 }, 'the text field "text" holds a number, not text'],
    [{ id: 5, body: ['a', 'b'] }, 'the text field "body" holds a list, not text'],
  ])('%j → %s', (record, error) => {
    expect(recordArticle(record)).toEqual({ ok: false, error, id: String(record.id) })
  })

  it('--text-field, --id-field and --date-field name other fields, dotted for nested ones', () => {
    const record = { story_id: 'x9', fields: { bodyText: 'Nested words.', firstPublicationDate: '2024-02-14T06:00:00Z' }, text: 'not this' }
    const result = recordArticle(record, { textField: 'fields.bodyText', idField: 'STORY_ID', dateField: 'fields.firstPublicationDate' })
    expect(result).toMatchObject({ ok: true, article: { text: 'Nested words.', id: 'x9', published: '2024-02-14' } })
    expect(recordArticle({ text: 'x' }, { textField: 'story' })).toEqual({ ok: false, error: 'no text field (tried story)', id: null })
  })

  it('--keep-fields copies fields as they are, absent ones as null', () => {
    const result = recordArticle({ text: 'Words.', Outlet: 'Courier', tags: ['a'], n: 3 }, { keepFields: ['outlet', 'tags', 'missing'] })
    expect(result).toMatchObject({ ok: true, article: { fields: { outlet: 'Courier', tags: ['a'], missing: null } } })
  })

  it('a date it cannot read is said, and the record is still an article', () => {
    const result = recordArticle({ text: 'Words.', date: 'next Tuesday' })
    expect(result).toMatchObject({ ok: true, article: { published: null, dateProblem: 'date "next Tuesday" not read (ISO 8601, RFC 2822 or epoch seconds are)' } })
  })

  it.each<[string, unknown]>([
    ['text', 'exact'],
    ['TEXT', 'exact'],
    ['a.b', 1],
    ['a.B', 1],
    ['a.c', undefined],
    ['x.y', undefined],
  ])('field(%s)', (name, expected) => {
    expect(field({ text: 'exact', a: { b: 1 }, x: 'string' }, name)).toEqual(expected)
  })
})
