// The page's one small script (inline; the page's Content-Security-Policy admits it by its hash). Without it
// the report reads the same: quotes are marked, the speakers listed, and each quote's details are in its
// title. With it:
//   - hovering over or focusing (Tab) a quote shows its card: speaker, title, type, cue, and the rules under --explain;
//   - selecting a speaker dims the other speakers' quotes in that article; selecting it again shows all;
//   - a batch's summary, written last, is moved to the top for keyboards and screen readers too;
//   - printing opens every article of a batch.
// Every piece of text is set with textContent, never as HTML. Listeners are on the document, so articles
// that arrive while a long batch page is still loading work as well.
export const PAGE_SCRIPT = `
(function () {
  'use strict'
  var doc = document
  doc.documentElement.classList.add('js')
  var card = null
  var active = []
  var QUOTE = '[data-quote-id],[data-quote-continues]'

  function cardElement() {
    if (!card) {
      card = doc.createElement('div')
      card.id = 'quote-card'
      card.className = 'quote-card'
      card.setAttribute('role', 'tooltip')
      card.hidden = true
      doc.body.appendChild(card)
    }
    return card
  }
  function slotOf(el) {
    var m = /(?:^|\\s)(c\\d+)(?:\\s|$)/.exec(el.className)
    return m ? m[1] : 'c0'
  }
  function pieces(first) {
    var scope = first.closest('article') || doc
    var id = first.getAttribute('data-quote-id')
    var list = [first]
    scope.querySelectorAll('[data-quote-continues]').forEach(function (el) {
      if (el.getAttribute('data-quote-continues') === id) list.push(el)
    })
    return list
  }
  function firstPiece(el) {
    if (el.hasAttribute('data-quote-id')) return el
    var scope = el.closest('article') || doc
    var id = el.getAttribute('data-quote-continues')
    var all = scope.querySelectorAll('[data-quote-id]')
    for (var i = 0; i < all.length; i++) if (all[i].getAttribute('data-quote-id') === id) return all[i]
    return null
  }
  function add(parent, tag, className, text) {
    var el = doc.createElement(tag)
    if (className) el.className = className
    el.textContent = text
    parent.appendChild(el)
    return el
  }
  function fill(q) {
    var c = cardElement()
    c.textContent = ''
    c.className = 'quote-card ' + slotOf(q)
    var d = q.dataset
    add(c, 'p', 'card-speaker', d.speaker || 'No speaker found')
    var about = [d.speakerTitle, d.speakerKind].filter(Boolean).join(' · ')
    if (about) add(c, 'p', 'card-title', about)
    var dl = add(c, 'dl', '', '')
    var rows = [['Type', d.type], ['Cue', d.cue], ['Named as', d.mention], ['Found by', d.ruleFound], ['Speaker by', d.ruleSpeaker]]
    rows.forEach(function (row) {
      if (!row[1]) return
      add(dl, 'dt', '', row[0])
      add(dl, 'dd', '', row[1])
    })
  }
  function place(rect) {
    var c = cardElement()
    if (window.matchMedia('(max-width: 30rem)').matches) return
    var w = c.offsetWidth, h = c.offsetHeight
    var left = Math.min(Math.max(8, rect.left), window.innerWidth - w - 8)
    var top = rect.bottom + 8
    if (top + h > window.innerHeight - 8) top = Math.max(8, rect.top - h - 8)
    c.style.left = left + 'px'
    c.style.top = top + 'px'
  }
  function show(el, rect) {
    var q = firstPiece(el)
    if (!q) return
    hide()
    if (q.hasAttribute('title')) {
      q.setAttribute('data-title', q.getAttribute('title'))
      q.removeAttribute('title')
    }
    fill(q)
    active = pieces(q)
    active.forEach(function (p) { p.classList.add('is-active') })
    q.setAttribute('aria-describedby', 'quote-card')
    cardElement().hidden = false
    place(rect || q.getClientRects()[0] || q.getBoundingClientRect())
  }
  function hide() {
    active.forEach(function (p) { p.classList.remove('is-active') })
    active = []
    if (card) card.hidden = true
  }
  function lineUnder(el, x, y) {
    var rects = el.getClientRects()
    for (var i = 0; i < rects.length; i++) {
      var r = rects[i]
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return r
    }
    return rects[0]
  }

  doc.addEventListener('mouseover', function (e) {
    var el = e.target.closest && e.target.closest(QUOTE)
    if (el) show(el, lineUnder(el, e.clientX, e.clientY))
  })
  doc.addEventListener('mouseout', function (e) {
    var el = e.target.closest && e.target.closest(QUOTE)
    if (!el || (e.relatedTarget && el.contains(e.relatedTarget))) return
    var focused = doc.activeElement
    if (focused && focused.matches && focused.matches('[data-quote-id]')) show(focused)
    else hide()
  })
  doc.addEventListener('focusin', function (e) {
    if (e.target.matches && e.target.matches('[data-quote-id]')) show(e.target)
  })
  doc.addEventListener('focusout', function (e) {
    if (e.target.matches && e.target.matches('[data-quote-id]')) hide()
  })
  doc.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hide()
  })
  window.addEventListener('scroll', function () {
    var focused = doc.activeElement
    if (active.length && focused && active.indexOf(focused) >= 0) place(focused.getClientRects()[0] || focused.getBoundingClientRect())
    else hide()
  }, { passive: true })

  doc.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('.speaker-toggle')
    if (!button) return
    var row = button.closest('li')
    var article = button.closest('article')
    if (!row || !article) return
    var id = row.hasAttribute('data-unattributed') ? '' : row.getAttribute('data-speaker-id')
    var on = button.getAttribute('aria-pressed') !== 'true'
    article.querySelectorAll('.speaker-toggle').forEach(function (b) { b.setAttribute('aria-pressed', 'false') })
    button.setAttribute('aria-pressed', on ? 'true' : 'false')
    article.querySelectorAll('.article-text [data-speaker-id], .said-by').forEach(function (el) {
      el.classList.toggle('is-dimmed', on && el.getAttribute('data-speaker-id') !== id)
    })
    var status = article.querySelector('.filter-status')
    if (status) {
      var name = row.querySelector('.speaker-name')
      var n = row.querySelector('.speaker-count')
      status.textContent = on ? 'Showing ' + (name ? name.textContent : '') + ' (' + (n ? n.textContent : '') + '). Select again to show all.' : ''
    }
  })

  doc.addEventListener('DOMContentLoaded', function () {
    var summary = doc.getElementById('summary')
    var parent = summary && summary.parentElement
    if (parent && parent.firstElementChild !== summary) parent.insertBefore(summary, parent.firstElementChild)
  })
  var opened = []
  window.addEventListener('beforeprint', function () {
    hide()
    doc.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; opened.push(d) })
  })
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false })
    opened = []
  })
})()
`.trim()
