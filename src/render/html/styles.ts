// The report's stylesheet, inline in the page: system fonts only (no web font is fetched), the colours
// from palette.ts, one column under 60rem (a phone is 390 px), print styles at the end.
import { PAGE, speakerColours } from './palette'

const SERIF = 'Charter, "Bitstream Charter", "Iowan Old Style", Georgia, Cambria, "DejaVu Serif", serif'
const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif'

const colours = speakerColours().map(({ slot, ink, tint }) => `.c${slot}{--c:${ink};--t:${tint}}`).join('\n')

export const STYLES = `
:root{color-scheme:light;--bg:${PAGE.background};--text:${PAGE.text};--muted:${PAGE.muted};--panel:${PAGE.panel};--rule:${PAGE.rule};--data:${PAGE.data};--data-wash:${PAGE.dataWash}}
${colours}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 ${SANS}}
.page{max-width:78rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}
a{color:${PAGE.link};text-underline-offset:.15em}
:focus-visible{outline:2px solid var(--text);outline-offset:2px}
h1,h2,h3{line-height:1.2}
.scripted-only{display:none}
.js .scripted-only{display:block}
.empty,.note{color:var(--muted);font-size:.875rem}

/* header */
.article-head{border-bottom:1px solid var(--rule);padding-bottom:1rem;margin-bottom:1.75rem}
.eyebrow{margin:0 0 .35rem;font-size:.75rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
.article-title{margin:0 0 .8rem;font:700 clamp(1.6rem,1.2rem + 2vw,2.5rem)/1.15 ${SERIF};overflow-wrap:anywhere}
.facts{display:flex;flex-wrap:wrap;gap:.3rem 1.4rem;margin:0;font-size:.875rem}
.facts div{display:flex;gap:.4rem;min-width:0}
.facts dt{color:var(--muted)}
.facts dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.facts .by-type{font-weight:400;color:var(--muted)}
.source{overflow-wrap:anywhere}

/* the article and its side */
.article-grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(16rem,21rem);grid-template-rows:auto auto auto 1fr;gap:1.75rem 3rem;align-items:start}
.article-grid>.speakers{grid-column:2;grid-row:1}
.article-grid>.legend{grid-column:2;grid-row:2}
.article-grid>.timeline{grid-column:2;grid-row:3}
.article-grid>.article-text{grid-column:1;grid-row:1/-1}
.article-text{max-width:40rem;font:1.125rem/1.75 ${SERIF};overflow-wrap:break-word}
.article-text p{margin:0 0 1.15em}
.speakers,.legend,.timeline{min-width:0}
.article-grid>section h2,.article-grid>section h3{margin:0 0 .6rem;padding-top:.5rem;border-top:2px solid var(--text);font-size:.8rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase}
.heading-count{color:var(--muted);font-weight:400;letter-spacing:0}
.hint{margin:0 0 .5rem;font-size:.8125rem;color:var(--muted)}
.filter-status:empty{display:none}
.filter-status{margin:0 0 .5rem;font-size:.8125rem;font-weight:600}

/* marks in the text */
.q{background:var(--t);-webkit-box-decoration-break:clone;box-decoration-break:clone;border-radius:2px;padding:.05em .1em;margin:0 -.1em;text-decoration-line:underline;text-decoration-color:var(--c);text-decoration-thickness:2px;text-underline-offset:.24em;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.q-mixed{text-decoration-style:dotted;text-decoration-thickness:3px}
.q-indirect{text-decoration-line:none;border-left:3px solid var(--c);padding-left:.3em;margin-left:-.15em}
.q[data-quote-id],.q[data-quote-continues]{cursor:help}
.q.is-active{outline:2px solid var(--c);outline-offset:1px}
.q[data-quote-id]:focus-visible{outline:2px solid var(--c);outline-offset:1px}
.mention{color:var(--c);font-weight:700}
.cue{font-style:italic;background:var(--panel);border-radius:3px;padding:0 .12em;margin:0 -.12em;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.date,.fig{background:var(--data-wash);border-radius:2px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.date[data-label]::after,.fig[data-label]::after{content:attr(data-label);display:inline-block;margin-left:.25em;padding:.1em .4em;border-radius:.7em;background:var(--data-wash);color:var(--data);font:600 .7rem/1.3 ${SANS};letter-spacing:.01em;vertical-align:.12em;white-space:nowrap;text-decoration:none;font-style:normal}
.furniture{color:var(--muted)}
.furniture-block{font:.875rem/1.5 ${SANS};color:var(--muted);border-left:2px solid var(--rule);padding-left:.75rem}
.is-dimmed.q{background:transparent;text-decoration-color:var(--rule);border-left-color:var(--rule);color:var(--muted)}
.is-dimmed.mention,.is-dimmed.said-by{color:var(--muted);font-weight:400}

/* speakers */
.speaker-list{list-style:none;margin:0;padding:0}
.speaker-toggle{display:grid;grid-template-columns:.8rem minmax(0,1fr) auto;grid-template-areas:"swatch name count" ". meta meta" ". aliases aliases" ". bar bar";gap:.1rem .55rem;width:100%;margin:0;padding:.45rem .4rem;border:0;border-radius:6px;background:transparent;color:inherit;font:inherit;text-align:left}
.js .speaker-toggle{cursor:pointer}
.js .speaker-toggle:hover,.speaker-toggle[aria-pressed="true"]{background:var(--t)}
.speaker-toggle[aria-pressed="true"]{box-shadow:inset 3px 0 0 var(--c)}
.swatch{grid-area:swatch;align-self:center;width:.8rem;height:.8rem;border-radius:2px;background:var(--c)}
.speaker-name{grid-area:name;color:var(--c);font-weight:700;overflow-wrap:anywhere}
.speaker-count{grid-area:count;font-size:.8125rem;font-variant-numeric:tabular-nums;white-space:nowrap}
.speaker-meta,.aliases{font-size:.8125rem;color:var(--muted);overflow-wrap:anywhere}
.speaker-meta{grid-area:meta}
.aliases{grid-area:aliases}
.speaker-meta:empty{display:none}
.bar{display:block;width:100%;height:.5rem}
.bar rect{fill:var(--c)}
.speaker-toggle .bar{grid-area:bar;margin-top:.2rem}

/* key */
.legend-list{list-style:none;margin:0 0 .6rem;padding:0;display:grid;grid-template-columns:1fr 1fr;gap:.5rem 1rem;font-size:.875rem}
.legend-list li{display:flex;flex-direction:column;gap:0}
.legend .sample{font-family:${SERIF}}
.legend .meaning{color:var(--muted);font-size:.8125rem}

/* timeline */
.timeline-list{list-style:none;margin:0;padding:0;border-left:2px solid var(--rule)}
.timeline-list li{position:relative;margin:0 0 .9rem;padding-left:.9rem;font-size:.875rem}
.timeline-list li::before{content:"";position:absolute;left:calc(-.3rem - 1px);top:.4rem;width:.6rem;height:.6rem;border-radius:50%;background:var(--bg);border:2px solid var(--data)}
.timeline-list time{display:block;font-weight:700;font-variant-numeric:tabular-nums}
.timeline-list .sentence{margin:.1rem 0;font-family:${SERIF};line-height:1.45}
.timeline-list .sentence a{color:var(--text);background:var(--data-wash);text-decoration-color:var(--data)}
.said-by{color:var(--c);font-size:.8125rem;font-weight:700}

/* the card shown on hover and focus */
.quote-card{position:fixed;z-index:10;left:0;top:0;width:max-content;max-width:min(24rem,calc(100vw - 1rem));padding:.6rem .8rem .7rem;border:1px solid var(--rule);border-top:4px solid var(--c);border-radius:6px;background:#fff;color:var(--text);box-shadow:0 6px 24px rgba(0,0,0,.16);font-size:.875rem;line-height:1.4;pointer-events:none}
.quote-card[hidden]{display:none}
.quote-card .card-speaker{margin:0;font-weight:700;color:var(--c)}
.quote-card .card-title{margin:0 0 .4rem;color:var(--muted)}
.quote-card dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .75rem;margin:0}
.quote-card dt{color:var(--muted)}
.quote-card dd{margin:0;overflow-wrap:anywhere}

/* a batch: the summary, then one collapsible section per article */
.page-head{margin-bottom:1.5rem}
.page-head h1{margin:0 0 .3rem;font:700 clamp(1.6rem,1.2rem + 2vw,2.4rem)/1.15 ${SERIF}}
.corpus-stack{display:flex;flex-direction:column}
.corpus-summary{order:-1;margin-bottom:2rem;padding-bottom:1.5rem;border-bottom:2px solid var(--text)}
.corpus-summary>h2{margin:0 0 .6rem;font-size:1.35rem}
.summary-grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem 3rem;margin-top:1.25rem}
.summary-grid{grid-template-rows:auto auto 1fr}
.summary-grid .most-quoted{grid-row:span 3}
.summary-grid h3{margin:0 0 .6rem;padding-top:.5rem;border-top:2px solid var(--text);font-size:.8rem;letter-spacing:.08em;text-transform:uppercase}
.chart-unit{margin:-.3rem 0 .4rem;text-align:right;font-size:.75rem;color:var(--muted)}
.chart-rows{list-style:none;margin:0;padding:0}
.chart-row{display:grid;grid-template-columns:minmax(7rem,13rem) minmax(3rem,1fr) auto;align-items:center;gap:.6rem;padding:.2rem 0;font-size:.875rem}
.chart-label{display:flex;flex-direction:column;min-width:0}
.chart-name{font-weight:600;overflow-wrap:anywhere}
.chart-meta{font-size:.75rem;color:var(--muted)}
.chart-row .bar{height:.7rem}
.by-type .chart-row{grid-template-columns:5.5rem minmax(3rem,1fr) 5.5rem}
.by-gender .chart-row{grid-template-columns:7.5rem minmax(3rem,1fr) 5.5rem}
.chart-value{min-width:3ch;text-align:right;font-variant-numeric:tabular-nums;font-weight:600;white-space:nowrap}
.chart-value .share{font-weight:400;color:var(--muted)}
.failure-list,.repeated-list{margin:0;padding-left:1.1rem;font-size:.875rem}
.failure-list .reason,.repeated-list .reason{color:var(--muted)}
.article-entry{border-bottom:1px solid var(--rule)}
.article-entry>summary{list-style:none;display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem 1rem;padding:.9rem 0;cursor:pointer}
.article-entry>summary::-webkit-details-marker{display:none}
.article-entry>summary::before{content:"";flex:none;align-self:center;width:.5rem;height:.5rem;margin:0 .15rem 0 .2rem;border-right:2px solid var(--text);border-bottom:2px solid var(--text);transform:rotate(-45deg)}
.article-entry[open]>summary::before{transform:rotate(45deg)}
.article-entry>summary:hover h2{text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:.15em}
.article-entry>summary h2{margin:0;font:700 1.25rem/1.25 ${SERIF};overflow-wrap:anywhere}
.article-entry>summary .entry-line{font-size:.8125rem;color:var(--muted);overflow-wrap:anywhere}
.article-entry[open]>summary{border-bottom:1px solid var(--rule);margin-bottom:1rem}
.article-entry>.report{padding-bottom:2rem}

@media (max-width:60rem){
  .article-grid{display:flex;flex-direction:column;align-items:stretch;gap:1.5rem}
  .article-text{max-width:none}
  .legend-list{grid-template-columns:repeat(4,minmax(0,1fr))}
  .summary-grid{grid-template-columns:minmax(0,1fr)}
  .summary-grid{grid-template-rows:none}
  .summary-grid .most-quoted{grid-row:auto}
}
@media (max-width:30rem){
  .page{padding:1rem .9rem 3rem}
  .article-text{font-size:1.0625rem;line-height:1.7}
  .legend-list{grid-template-columns:1fr 1fr;gap:.3rem .75rem;font-size:.8125rem}
  .aliases{display:none}
  .speaker-toggle{padding:.35rem .3rem}
  .chart-row{grid-template-columns:minmax(6rem,9rem) minmax(2rem,1fr) auto}
  .quote-card{left:.5rem!important;right:.5rem;top:auto!important;bottom:.5rem;width:auto;max-width:none}
}
@media print{
  body{background:#fff;font-size:10.5pt}
  .page{max-width:none;padding:0}
  .scripted-only,.js .scripted-only,.quote-card,.hint{display:none!important}
  .article-grid{display:flex;flex-direction:column;align-items:stretch;gap:1rem}
  .speaker-list{columns:2;column-gap:2rem}
  .legend-list{grid-template-columns:repeat(4,minmax(0,1fr))}
  .article-text{max-width:none;font-size:11pt}
  .speaker-toggle{padding:.15rem 0}
  .speaker,.timeline-list li,.chart-row,.legend-list li{break-inside:avoid}
  h1,h2,h3,summary{break-after:avoid}
  .article-entry>summary{list-style:none}
  .article-entry>summary::-webkit-details-marker{display:none}
  a{color:inherit;text-decoration:none}
  @page{margin:1.6cm 1.4cm}
}
`.trim()
