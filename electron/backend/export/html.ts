import { HOUSE_FONTS } from '../../../shared/document/fonts';
import type { Block, DocModel, List, Runs, Table } from '../../../shared/document/model';
import { listItemLabels, signatureLines } from '../../../shared/document/text';
import { COLOURS, HEADING_SCALE, LINE_GAP, PARAGRAPH_SCALE, SPACE_AFTER, TABLE_SCALE } from '../../../shared/document/typography';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function inline(runs: Runs): string {
  return runs
    .map((run) => {
      let html = escape(run.text);
      if (run.italic === true) html = `<em>${html}</em>`;
      if (run.bold === true) html = `<strong>${html}</strong>`;
      if (run.link !== undefined && /^https?:\/\//.test(run.link)) html = `<a href="${escape(run.link)}">${html}</a>`;
      return html;
    })
    .join('');
}

function list(block: List): string {
  if (block.style === 'parenthesised' && (block.depths !== undefined || block.counters !== undefined)) {
    // Nested parts, numbered as the board numbers them: each label written out, as every writer labels them.
    const labels = listItemLabels(block);
    const items = block.items.map(
      (runs, i) =>
        `  <li class="depth-${Math.min(2, Math.max(0, block.depths?.[i] ?? 0))}"><span class="part-label">${escape(labels[i] ?? '')}</span> ${inline(runs)}</li>`,
    );
    return `<ol class="parts">
${items.join('\n')}
</ol>`;
  }
  const tag = block.style === 'bullet' ? 'ul' : 'ol';
  const cls = block.style === 'parenthesised' ? ' class="parenthesised"' : '';
  return `<${tag}${cls}>\n${block.items.map((runs) => `  <li>${inline(runs)}</li>`).join('\n')}\n</${tag}>`;
}

function table(block: Table): string {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const cols = block.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(1)}%">`).join('');
  const head = block.columns.map((c) => `<th scope="col">${escape(c.header)}</th>`).join('');
  const rows = block.rows.map((row) => `    <tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n  <colgroup>${cols}</colgroup>\n  <thead><tr>${head}</tr></thead>\n  <tbody>\n${rows}\n  </tbody>\n</table>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}${b.anchor === undefined ? '' : ` id="item-${escape(b.anchor)}"`}>${inline(b.runs)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.style === undefined || b.style === 'body' ? '' : ` class="${b.style}"`}>${inline(b.runs)}</p>`;
    case 'list':
      return list(b);
    case 'table':
      return table(b);
    case 'signature': {
      const [first, second] = signatureLines(b);
      return `<div class="signature">\n  <p class="signature__line">${escape(first)}</p>\n  <p class="signature__line">${escape(second)}</p>\n</div>`;
    }
    case 'image':
      return `<p class="logo"><img src="data:${b.mediaType};base64,${b.dataBase64}" alt="${escape(b.alt)}" style="max-height:${b.maxHeightMm}mm"></p>`;
    case 'separator':
      return b.variant === 'part' ? '<hr>' : '<hr class="page-break">';
  }
}

function css(model: DocModel): string {
  const { style } = model;
  const m = style.marginsMm;
  const em = (n: number): string => `${n.toFixed(3)}em`;
  return `
@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: ${HOUSE_FONTS[style.font].cssStack}; font-size: ${style.bodySizePt}pt; line-height: ${(1.15 + LINE_GAP).toFixed(2)}; color: ${COLOURS.text}; background: #fff; }
.doc-header, main, .doc-footer { max-width: 48rem; margin: 0 auto; padding: 0 1.25rem; }
.doc-header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; padding-top: 1rem; color: ${COLOURS.muted}; font-size: 0.85em; border-bottom: 1px solid ${COLOURS.rule}; }
.doc-header p { margin: 0 0 0.5rem; }
main { padding-top: 1.5rem; padding-bottom: 2rem; }
h1, h2, h3, h4 { color: ${COLOURS.heading}; line-height: 1.25; margin: 0 0 ${em(SPACE_AFTER.heading)}; break-after: avoid; }
h1 { font-size: ${em(HEADING_SCALE[1])}; }
h2 { font-size: ${em(HEADING_SCALE[2])}; margin-top: 1.2em; }
h3 { font-size: ${em(HEADING_SCALE[3])}; margin-top: 1em; }
h4 { font-size: ${em(HEADING_SCALE[4])}; margin-top: 0.9em; }
p { margin: 0 0 ${em(SPACE_AFTER.paragraph)}; }
p.lead { font-size: ${em(PARAGRAPH_SCALE.lead)}; }
p.note { font-size: ${em(PARAGRAPH_SCALE.note)}; color: ${COLOURS.muted}; }
p.warning { font-weight: bold; color: ${COLOURS.warning}; border-left: 4px solid ${COLOURS.warning}; padding-left: 0.6em; }
p.masthead { font-weight: bold; font-size: ${em(PARAGRAPH_SCALE.masthead)}; }
p.logo { margin-bottom: 0.5em; }
p.logo img { max-width: 100%; height: auto; }
ul, ol { margin: 0 0 ${em(SPACE_AFTER.list)}; padding-left: 1.8em; }
li { margin-bottom: 0.2em; }
ol.parenthesised { list-style: none; counter-reset: part; padding-left: 2.4em; }
ol.parenthesised > li { counter-increment: part; position: relative; }
ol.parenthesised > li::before { content: "(" counter(part) ")"; position: absolute; left: -2.4em; }
ol.parts { list-style: none; padding-left: 2.8em; }
ol.parts > li { position: relative; }
ol.parts > li.depth-1 { margin-left: 2.8em; }
ol.parts > li.depth-2 { margin-left: 5.6em; }
ol.parts .part-label { position: absolute; left: -2.8em; }
table { width: 100%; border-collapse: collapse; margin: 0 0 ${em(SPACE_AFTER.table)}; font-size: ${em(TABLE_SCALE)}; }
th, td { border: 1px solid ${COLOURS.rule}; padding: 0.3em 0.45em; text-align: left; vertical-align: top; }
th { background: ${COLOURS.tableHeader}; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
hr { border: 0; border-top: 1px solid ${COLOURS.rule}; margin: 1.2em 0; }
hr.page-break { border: 0; margin: 0; break-after: page; }
.signature { margin-top: 2.5em; break-inside: avoid; }
.signature__line { border-top: 1px solid ${COLOURS.rule}; width: 18em; max-width: 100%; padding-top: 0.2em; margin-top: 2em; }
a { color: #1d4f91; }
.doc-footer { color: ${COLOURS.muted}; font-size: 0.85em; border-top: 1px solid ${COLOURS.rule}; padding-top: 0.5rem; padding-bottom: 1rem; }
@media print { .doc-header, .doc-footer { display: none; } main { max-width: none; padding: 0; } }
`;
}

/** DocModel → one self-contained, accessible HTML file: language, title, landmarks, headings, table headers. */
export function renderHtml(model: DocModel): string {
  const { meta } = model;
  return `<!doctype html>
<html lang="${meta.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(meta.title)}</title>
<meta name="author" content="${escape(meta.author)}">
<meta name="description" content="${escape(meta.subject)}">
<meta name="generator" content="Minute Book">
<style>${css(model)}</style>
</head>
<body>
<header class="doc-header">
<p>${escape(meta.header.left)}</p>
<p>${escape(meta.header.right)}</p>
</header>
<main>
${model.blocks.map(block).join('\n')}
</main>
<footer class="doc-footer">
<p>Published by ${escape(meta.author)}.</p>
</footer>
</body>
</html>
`;
}
