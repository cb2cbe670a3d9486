/**
 * docs/contradictions.md as a static HTML page, for the extension to ship: the panel links a
 * finding's C-citation to it, and an extension cannot open a file of the repository.
 *
 * A renderer for that one file, not for Markdown at large: it knows the few constructs the page
 * uses (headings, `<a id>` anchors, paragraphs, one-level lists, `code`, **bold**, links) and
 * throws on anything else, so the page cannot silently lose content. Everything is escaped:
 * the only markup in the output is the markup written here.
 */

const ANCHOR = /^<a id="([a-z0-9-]+)"><\/a>$/;
const UNSUPPORTED = /^(\s*[*+]\s|\s*[>|]|\s*\d+\.\s|```|#{3,}|<|\s)/;

export function renderContradictionsPage(markdown: string): string {
  const body: string[] = [];
  let title = '';
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) body.push(`<p>${inline(paragraph.join(' '))}</p>`);
    if (items.length > 0) body.push('<ul>', ...items.map((i) => `<li>${inline(i)}</li>`), '</ul>');
    paragraph = [];
    items = [];
  };
  markdown.split('\n').forEach((line, i) => {
    const anchor = ANCHOR.exec(line);
    if (items.length > 0 && line.startsWith('  ') && line.trim() !== '') {
      items[items.length - 1] += ' ' + line.trim();
      return;
    }
    if (line.startsWith('- ')) {
      if (paragraph.length > 0) flush();
      items.push(line.slice(2));
      return;
    }
    if (line.trim() === '' || anchor || line.startsWith('# ') || line.startsWith('## ') || items.length > 0) flush();
    if (line.trim() === '') return;
    if (anchor) body.push(`<a id="${anchor[1]}"></a>`);
    else if (line.startsWith('# ')) body.push(`<h1>${inline((title = line.slice(2)))}</h1>`);
    else if (line.startsWith('## ')) body.push(`<h2>${inline(line.slice(3))}</h2>`);
    else if (UNSUPPORTED.test(line)) throw new Error(`docs/contradictions.md line ${i + 1} is not something this renderer knows: ${line}`);
    else paragraph.push(line);
  });
  flush();
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)} · Media Collection Inspector</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** `code`, **bold** and [links](https://…) within one block; code spans are taken first, verbatim. */
function inline(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? `<code>${escape(part.slice(1, -1))}</code>` : prose(part)))
    .join('');
}

function prose(text: string): string {
  return escape(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, href: string) => {
      // The page's own anchors and public pages are links; other files of the repository are not
      // shipped with the extension, so they stay plain text.
      if (href.startsWith('#')) return `<a href="${href}">${label}</a>`;
      if (href.startsWith('https://')) return `<a href="${href}" target="_blank" rel="noopener noreferrer">${label}</a>`;
      return label;
    });
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const STYLE = `
:root { color-scheme: light dark; font: 15px/1.55 system-ui, sans-serif; }
body { margin: 0; padding: 1.5rem; }
main { max-width: 46rem; margin: 0 auto; }
h2 { margin-top: 2.2rem; padding-top: 0.6rem; border-top: 1px solid color-mix(in srgb, currentColor 20%, transparent); }
:target + h2 { background: color-mix(in srgb, #fbbc04 30%, transparent); }
code { font: 0.9em ui-monospace, monospace; background: color-mix(in srgb, currentColor 10%, transparent); padding: 0 0.2em; border-radius: 3px; }
li { margin: 0.35rem 0; }
`.trim();
