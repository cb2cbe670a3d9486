import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CONTRADICTION_IDS, CONTRADICTIONS_DOC, contradictionDocPath, contradictionLabel, contradictionTitle } from '../../src/core/contradictions.js';
import type { Finding } from '../../src/core/finding.js';
import { inspectAll } from '../../src/core/inspect-all.js';
import { Inspector } from '../../src/core/inspector.js';
import { ALL_RULES } from '../../src/core/rules/index.js';
import { PARAM_CATALOG } from '../../src/core/schema/params.js';
import { caseCalls } from '../support/rule-case-calls.js';
import { TIMELINES, timelineCalls } from '../support/timelines.js';
import { RULE_CASES } from './rules/cases.js';
import { english } from '../../src/i18n/translator.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const markdown = read(CONTRADICTIONS_DOC);
const anchors = new Set([...markdown.matchAll(/^<a id="([^"]+)"><\/a>$/gm)].map((m) => m[1]!));

describe('docs/contradictions.md', () => {
  test('has one section per contradiction, in order: its anchor, then a heading with its number and title', () => {
    const sections = [...markdown.matchAll(/^<a id="([^"]+)"><\/a>\n## (C\d+) (.+)$/gm)].map((m) => [m[1], m[2], m[3]]);
    expect(sections).toEqual(CONTRADICTION_IDS.map((id) => [id, contradictionLabel(id), contradictionTitle(id)]));
    expect([...anchors]).toEqual([...CONTRADICTION_IDS]);
  });

  test('every section says what the pages say, the choice we made, and why', () => {
    const bodies = markdown.split(/^<a id="c\d+"><\/a>$/m).slice(1);
    expect(bodies).toHaveLength(CONTRADICTION_IDS.length);
    for (const body of bodies) {
      const heading = body.split('\n')[1];
      expect(body, heading).toContain('**What the pages say.**');
      expect(body, heading).toContain('**Our choice.**');
      expect(body, heading).toContain('**Why.**');
      expect(body, `${heading} links no Adobe page`).toMatch(/\]\(https:\/\/(experienceleague\.adobe\.com|github\.com\/AdobeDocs|developer\.adobe\.com)\//);
    }
  });

  test('links Adobe pages only at their public address: Experience League, the developer site, or the documentation repository at a commit', () => {
    const links = [...markdown.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    for (const href of links) {
      expect(href).toMatch(
        /^(rules\.md|https:\/\/experienceleague\.adobe\.com\/en\/docs\/media-analytics\/using\/[\w/-]+|https:\/\/developer\.adobe\.com\/(data-collection-apis|cja-apis)\/docs\/[\w/-]+\/|https:\/\/github\.com\/AdobeDocs\/(media-analytics\.en|data-collection-apis)\/blob\/[0-9a-f]{40}\/[\w/.-]+\.(md|yaml))$/,
      );
    }
    const pagesOf = (file: string) => (JSON.parse(read(file)) as { pages: { url: string }[] }).pages.map((p) => p.url);
    const checked = new Set([...pagesOf('test/fixtures/adobe/cited-pages.json'), ...pagesOf('test/fixtures/adobe/cited-edge-pages.json')]);
    for (const href of links.filter((h) => h.includes('experienceleague') || h.includes('developer.adobe.com'))) expect(checked, `${href} is not among the pages checked`).toContain(href);
  });
});

describe('citations of a contradiction', () => {
  test('every link to a section, in any tracked file, names a section that exists', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((f) => /\.(md|ts|tsx|json)$/.test(f));
    let links = 0;
    for (const file of files) {
      for (const [, id] of readFileSync(join(ROOT, file), 'utf8').matchAll(/contradictions\.(?:md|html)#([\w-]+)/g)) {
        links++;
        expect(anchors, `${file} links #${id}`).toContain(id);
      }
    }
    expect(links, "docs/rules.md alone links several").toBeGreaterThan(5);
  });

  test('every C<n> a rule or the parameter catalog mentions is a section', () => {
    const texts = [...ALL_RULES.flatMap((r) => [r.meta.summary, r.meta.choice ?? '']), ...PARAM_CATALOG.flatMap((p) => [p.whenMissing ? english.t(p.whenMissing, { eventType: p.on[0]!, key: p.key }) : '', p.note ?? ''])];
    for (const text of texts) for (const [label] of text.matchAll(/\bC\d+\b/g)) expect(anchors, text).toContain(label.toLowerCase());
  });

  test('a finding whose message cites C<n> carries that contradiction, so the CLI and the panel can link it', () => {
    const findings: Finding[] = [];
    for (const name of TIMELINES) {
      const calls = timelineCalls(name);
      const inspector = inspectAll(calls);
      for (const c of calls) findings.push(...inspector.findingsOf(c.id));
    }
    for (const c of RULE_CASES) {
      const inspector = new Inspector();
      const calls = caseCalls(c);
      for (const call of calls) inspector.push(call);
      inspector.finish();
      for (const call of calls) findings.push(...inspector.findingsOf(call.id));
    }
    const citing = findings.filter((f) => /\bC\d+\b/.test(english.text(f.message)));
    expect(new Set(citing.map((f) => f.rule))).toEqual(new Set(['advisory-param']));
    for (const f of citing) expect(english.text(f.message)).toContain(`(${contradictionLabel(f.contradiction!)})`);
    // Every id a finding carries leads to a section.
    for (const f of findings) if (f.contradiction) expect(anchors).toContain(f.contradiction);
    // Advisories, a call rule and a sequence rule all pass theirs on.
    expect(findings.flatMap((f) => (f.contradiction ? [f.contradiction] : []))).toEqual(expect.arrayContaining(['c3', 'c7', 'c11', 'c1']));
  });

  test('the command line cites a section by its path in the repository', () => {
    expect(contradictionDocPath('c3')).toBe('docs/contradictions.md#c3');
  });
});
