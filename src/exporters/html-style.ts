/**
 * The default stylesheet of a standalone HTML export, embedded in its <style> element.
 *
 * A readable measure (66ch of the body font: 65–75 characters a line), system font stacks only (no web fonts,
 * no request of any kind), a headline clearly above the section headings and the body,
 * a set-off pull quote with its credit, a muted appendix for removed boilerplate, light
 * and dark schemes through prefers-color-scheme, and a print stylesheet. Logical
 * properties (inline-start) so right-to-left articles mirror without extra rules.
 */
export const DEFAULT_STYLESHEET = `
:root {
  color-scheme: light dark;
  --text: #1f1d1a; --muted: #6a655e; --page: #fcfbf8; --rule: #dcd7ce; --accent: #9a3412;
  --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, "Noto Serif", "DejaVu Serif", Georgia, serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root { --text: #e7e3dc; --muted: #a39d93; --page: #181716; --rule: #3b3834; --accent: #f0a070; }
}
html { background: var(--page); color: var(--text); -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  max-width: 66ch; margin: 0 auto; padding: 3rem 1.25rem 4rem;
  font-family: var(--serif); font-size: 1.1875rem; line-height: 1.6;
  overflow-wrap: break-word;
}
header { margin-block-end: 2.5rem; }
h1, h2, h3, h4, h5, h6 { font-family: var(--sans); line-height: 1.2; text-wrap: balance; }
h1 { font-size: clamp(1.9rem, 1.35rem + 2.4vw, 2.7rem); font-weight: 750; letter-spacing: -0.015em; margin: 0 0 0.6em; }
h2 { font-size: 1.4rem; font-weight: 700; margin: 2.2em 0 0.5em; }
h3 { font-size: 1.2rem; font-weight: 700; margin: 1.8em 0 0.4em; }
h4, h5, h6 { font-size: 1rem; font-weight: 700; margin: 1.6em 0 0.4em; }
p { margin: 0 0 1.1em; }
.dek { font-size: 1.25rem; line-height: 1.45; color: var(--muted); }
.byline, .curator { font-family: var(--sans); font-size: 0.9rem; line-height: 1.5; color: var(--muted); margin: 0 0 0.3em; }
.byline .author { color: var(--text); font-weight: 600; }
figure { margin: 2em 0; }
figcaption { font-family: var(--sans); font-size: 0.88rem; line-height: 1.45; color: var(--muted); }
blockquote { margin: 1.6em 0; padding-inline-start: 1.1em; border-inline-start: 3px solid var(--rule); }
figure > blockquote { margin: 0 0 0.6em; }
figure.pullquote { margin: 2.4em 0; padding-block: 0.2em; padding-inline: 1.2em 0; border-inline-start: 4px solid var(--accent); }
figure.pullquote blockquote { padding: 0; border: 0; font-family: var(--sans); font-size: 1.4rem; line-height: 1.35; font-weight: 600; }
figure.pullquote blockquote p { margin: 0 0 0.5em; }
figure.pullquote figcaption { font-style: normal; letter-spacing: 0.01em; }
ul, ol { padding-inline-start: 1.4em; margin: 0 0 1.1em; }
li { margin-block-end: 0.3em; }
pre { font-family: var(--mono); font-size: 0.85rem; line-height: 1.5; overflow-x: auto; padding: 0.8em 1em; background: color-mix(in srgb, var(--rule) 35%, transparent); border-radius: 4px; }
aside.boilerplate { margin-block-start: 4rem; padding-block-start: 1rem; border-block-start: 1px solid var(--rule); font-family: var(--sans); font-size: 0.82rem; line-height: 1.5; color: var(--muted); }
aside.boilerplate h2 { font-size: 0.82rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em; margin: 0 0 0.8em; }
aside.boilerplate ol { list-style: none; padding: 0; }
aside.boilerplate .kind { display: inline-block; min-width: 7em; font-variant: small-caps; opacity: 0.8; }
@media print {
  :root { --text: #000; --muted: #444; --page: #fff; --rule: #999; --accent: #000; }
  @page { margin: 2cm; }
  body { padding: 0; font-size: 11pt; line-height: 1.45; }
  body { max-width: none; }
  h1 { font-size: 22pt; }
  h2, h3, h4, h5, h6 { break-after: avoid; }
  figure, blockquote, pre, li { break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  pre { white-space: pre-wrap; }
}
`.trimStart();
