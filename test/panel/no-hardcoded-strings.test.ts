import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../src/i18n/catalog.js';
import { hardcodedTexts, type HardcodedText } from '../support/user-text-scan.js';

const ROOT = join(import.meta.dirname, '../..');
/** Where the panel and the site access page keep their code: every word a person reads there comes from the catalog. */
const SCANNED = ['src/panel', 'src/grant', 'src/site-access'];

/**
 * The few texts that may stay in the code, each with why. Symbols that count as letters, API and
 * product names (the same in every language), and keys that read as English but are data.
 */
const ALLOWED: ReadonlyArray<{ file: string; texts: readonly string[]; why: string }> = [
  { file: 'src/panel/components/CallList.tsx', texts: ['Δ'], why: 'the delta column’s symbol; its title says it in words' },
  { file: 'src/panel/components/CallRow.tsx', texts: ['ℹ'], why: 'the info icon, hidden from screen readers' },
  { file: 'src/panel/components/Timeline.tsx', texts: ['i'], why: 'the glyph in an info mark’s circle, hidden from screen readers' },
  { file: 'src/panel/components/SessionList.tsx', texts: ['Media Collection API', 'Media Edge API', 'Edge'], why: 'API names stay as they are in every language' },
  { file: 'src/panel/selection-files.ts', texts: ['Media Collection Inspector'], why: 'the product’s name, as the creator of an exported HAR file' },
  {
    file: 'src/panel/call-summary.ts',
    texts: ['(body withheld)', '(no body)', '(not JSON)', '(nested too deep)', '(no eventType)'],
    why: 'the filter’s and data attributes’ keys for calls without an event type; the list shows panel.event.* in their place',
  },
  { file: 'src/panel/components/FileDrop.tsx', texts: ['Files'], why: 'the DOM’s name of a drag that carries files' },
  { file: 'src/panel/curl.ts', texts: ['Content-Type: application/json'], why: 'an HTTP header in the cURL command' },
  { file: 'src/panel/layout/measure-text.ts', texts: ['px system-ui, sans-serif'], why: 'a CSS font' },
];

const ids = catalogFor('en');
const isMessageId = (s: string) => Object.hasOwn(ids, s);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

function allowed(h: HardcodedText): boolean {
  return ALLOWED.some((a) => a.file === h.file && a.texts.includes(h.text));
}

const show = (list: HardcodedText[]) => list.map((h) => `${h.file}:${h.line} (${h.where}) ${JSON.stringify(h.text)}`);

describe('the panel’s words come from the catalog', () => {
  it('finds no user-facing text written into the panel’s, the grant page’s or site access’s code', () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap((file) => hardcodedTexts(relative(ROOT, join(ROOT, file)), readFileSync(join(ROOT, file), 'utf8'), isMessageId));
    expect(show(found.filter((h) => !allowed(h)))).toEqual([]);
  });

  it('keeps its exceptions alive: each still names a text in its file', () => {
    const stale = ALLOWED.flatMap((a) => {
      const found = hardcodedTexts(a.file, readFileSync(join(ROOT, a.file), 'utf8'), isMessageId).map((h) => h.text);
      return a.texts.filter((t) => !found.includes(t)).map((t) => `${a.file}: ${t}`);
    });
    expect(stale).toEqual([]);
  });

  it('catches a string planted in a component, wherever a person would read it', () => {
    const planted = `
      export function Planted({ t, n }) {
        const note = 'Something went wrong here';
        return (
          <div title="Close the panel" aria-label={n ? 'Open' : t.t('panel.toolbar.more')} class="plain words here">
            Hello there
            <input placeholder={\`Search \${n}\`} />
            <img alt="A picture" />
            {n > 1 && 'Many calls'}
            {t.t('panel.toolbar.more')}
            <code>adBreakStart</code>
          </div>
        );
      }`;
    expect(hardcodedTexts('src/panel/components/Planted.tsx', planted, isMessageId).map((h) => `${h.where} ${h.text}`)).toEqual([
      'prose Something went wrong here',
      'title= Close the panel',
      'aria-label= Open',
      'JSX text Hello there',
      'placeholder= Search',
      'alt= A picture',
      'JSX expression Many calls',
    ]);
  });

  it('catches prose a .ts helper builds for the user', () => {
    const planted = "export const label = (n: number) => `${n} calls were dropped`;\nexport const key = 'media.ad.id';";
    expect(hardcodedTexts('src/panel/planted.ts', planted, isMessageId).map((h) => h.text)).toEqual(['calls were dropped']);
  });
});
