// Standard input is a page when its content says so; a text that merely mentions a tag is not.
import { isHtmlFileName, looksLikeHtml } from '../../../src/input/html/looks-like-html'

describe('looksLikeHtml', () => {
  it.each<[string, boolean]>([
    ['<!DOCTYPE html>\n<html lang="en"><head><title>Storm</title></head><body><p>Rain.</p></body></html>', true],
    ['\ufeff  <!doctype html><title>Storm</title>', true],
    ['<html><body><p>Rain fell.</p></body></html>', true],
    ['<!-- saved by a browser -->\n<html>\n<p>Rain fell.</p>', true],
    ['<meta charset="utf-8"><title>Storm</title><p>Rain fell.</p>', true],
    ['<p>Rain fell on Monday.</p><p>Schools shut.</p>', true],
    ['<div class="story"><p>Rain fell.</p></div>', true],
    ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Rain.</p></body></html>', true],
    // near misses: texts
    ['Rain fell on Monday, the council said.', false],
    ['Mr Lee said <b> was a typo in the agenda.\n\nThe storm passed.', false],
    ['<p> is how the council’s press release began, Mr Lee said.', false],
    ['"<html>" is a word in this text about web pages.', false],
    ['Schools shut. <p>Rain fell.</p>', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected)
  })
})

describe('isHtmlFileName', () => {
  it.each<[string, boolean]>([
    ['page.html', true], ['saved/PAGE.HTM', true], ['story.htm', true],
    ['page.html.txt', false], ['notes.xhtml', false], ['html', false], ['page.htmlx', false],
  ])('%s → %s', (name, expected) => {
    expect(isHtmlFileName(name)).toBe(expected)
  })
})
