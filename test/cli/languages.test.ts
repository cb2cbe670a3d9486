import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeHar } from '../../src/core/har/write-har.js';
import { LOCALES, PSEUDO_LOCALE } from '../../src/i18n/locales.js';
import { runCli } from '../support/run-cli.js';
import { timelineCalls } from '../support/timelines.js';
import { schemaErrors, xpath } from '../support/xmllint.js';

const dir = mkdtempSync(join(tmpdir(), 'mc-inspect-languages-'));
const chromeHar = new URL('../fixtures/har/chrome-network-panel.har', import.meta.url).pathname;
const edgeHar = new URL('../fixtures/har/alloy-media-edge.har', import.meta.url).pathname;
const timelineHar = join(dir, 'timeline-1.har');
writeFileSync(timelineHar, JSON.stringify(writeHar(timelineCalls('timeline-1').map((c, i) => ({ ...c, id: String(i) })), { name: 't', version: '1' })));
const settingsFile = join(dir, 'team.json');
writeFileSync(settingsFile, JSON.stringify({ rules: { 'ping-cadence': 'off' }, pingIntervals: { ad: 1 }, acceptedParams: ['myapp.cdn'] }));

const run = (argv: string[], env: Record<string, string> = {}) => runCli(dir, argv, { env });

interface JsonFinding {
  rule: string;
  message: string;
  action: string | null;
}

/** What the rules say on the command line `argv`: their ids (the same in every language), messages and actions. */
async function findingTexts(argv: string[]): Promise<string[]> {
  const doc = JSON.parse((await run(['validate', '--format', 'json', ...argv])).out);
  return doc.sessions.flatMap((s: { findings: JsonFinding[] }) => s.findings.flatMap((f) => [f.message, ...(f.action ? [f.action] : []), f.rule]));
}

/** Words only the English report says ("session" and "infos" are French too); the French one must say none of them. */
const ENGLISH_REPORT_WORDS = /\b(errors?|warnings?|entry|entries|calls?|findings?|skipped|Settings|intervals|accepted|first of them|pages disagree|not captured|during)\b/i;

describe('mc-inspect in the language asked for', () => {
  test('validate --lang fr prints the report in French, a finding’s severity too, and no English word of the report', async () => {
    const argv = ['--lang', 'fr', '--config', settingsFile, chromeHar, timelineHar];
    const { code, out } = await run(['validate', ...argv]);
    expect(code).toBe(1);
    expect(out).toContain(`Réglages de ${settingsFile} :\n  ping-cadence: off\n  intervalles de ping : 10 s pendant le contenu principal, 1 s pendant les publicités\n  paramètres acceptés : myapp.cdn`);
    expect(out).toContain('14 entrées, 11 appels à l’API Media Collection, 1 session');
    expect(out).toMatch(/#3 +adStart +erreur +ad-outside-break\n/);
    expect(out).toMatch(/ +avertissement +\S+/);
    expect(out).toContain('(le premier d’entre eux)');
    expect(out).toContain('Là où les pages d’Adobe se contredisent (C10) : docs/contradictions.md#c10');
    expect(out).toMatch(/\n5 erreurs, \d+ avertissements, \d+ infos\n$/);
    // The rules' own words (a finding's message and action) move into the catalog separately.
    let ours = out;
    // Longest first: a message may name a rule id that is also one of the texts.
    for (const text of (await findingTexts(argv)).sort((a, b) => b.length - a.length)) ours = ours.split(text).join('');
    expect(ours).not.toMatch(ENGLISH_REPORT_WORDS);
  });

  test('LANG=de_DE.UTF-8 gives German, report and usage errors alike; --lang wins over it', async () => {
    const german = await run(['validate', chromeHar], { LANG: 'de_DE.UTF-8' });
    expect(german.out).toContain('14 Einträge, 11 Aufrufe der Media Collection API, 1 Sitzung');
    expect(german.out).toMatch(/#3 +adStart +Fehler +ad-outside-break\n/);
    expect(german.out).toMatch(/\n5 Fehler, 2 Warnungen, 3 Infos\n$/);
    expect(await run(['validate'], { LANG: 'de_DE.UTF-8' })).toMatchObject({ code: 2, err: 'mc-inspect: keine HAR-Datei angegeben; versuchen Sie: mc-inspect validate FILE.har\n' });
    expect((await run(['--help'], { LANG: 'de_DE.UTF-8' })).out).toMatch(/^Aufruf: mc-inspect validate .*--lang LANG/);
    expect((await run(['validate', '--lang', 'fr', chromeHar], { LANG: 'de_DE.UTF-8' })).out).toMatch(/\n5 erreurs, 2 avertissements, 3 infos\n$/);
    expect((await run(['validate', '--bogus', '--lang=pt-BR', chromeHar], { LANG: 'de_DE.UTF-8' })).err).toBe('mc-inspect: opção desconhecida "--bogus"\n');
  });

  test('LANGUAGE is a priority list, and it is ignored in the C locale', async () => {
    expect((await run(['validate', chromeHar], { LANG: 'de_DE.UTF-8', LANGUAGE: 'ja:nl' })).out).toMatch(/\n5 fouten, 2 waarschuwingen, 3 meldingen\n$/);
    expect((await run(['validate', chromeHar], { LANG: 'C.UTF-8', LANGUAGE: 'nl' })).out).toMatch(/\n5 errors, 2 warnings, 3 infos\n$/);
  });

  test('an unknown --lang is one line naming the languages there are, exit 2', async () => {
    const { code, out, err } = await run(['validate', '--lang', 'ja', chromeHar]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('mc-inspect: --lang takes en, de, nl, zh-CN, pt-BR, fr, en-XA, not "ja"\n');
  });

  test('the help says how the language is chosen', async () => {
    const { out } = await run(['--help']);
    expect(out).toContain('--lang LANG, one of en, de, nl, zh-CN, pt-BR, fr, en-XA');
    expect(out).toMatch(/LC_ALL, else LC_MESSAGES, else LANG; unless\nit is C or POSIX, LANGUAGE/);
  });

  test('the JSON has the same keys, rule ids and message ids in every language; only message and action follow --lang', async () => {
    const files = [chromeHar, timelineHar, edgeHar];
    const strip = (doc: { sessions: { findings: Record<string, unknown>[] }[] }) => {
      for (const s of doc.sessions) for (const f of s.findings) (f['message'] = typeof f['message']), (f['action'] = typeof f['action']);
      return doc;
    };
    const english = JSON.parse((await run(['validate', '--format', 'json', ...files])).out);
    expect(english.sessions.flatMap((s: { findings: unknown[] }) => s.findings).length).toBeGreaterThan(10);
    for (const lang of [...LOCALES, PSEUDO_LOCALE]) {
      const doc = JSON.parse((await run(['validate', '--format', 'json', '--lang', lang, ...files])).out);
      expect(strip(doc), lang).toEqual(strip(JSON.parse(JSON.stringify(english))));
    }
    // The pseudo-locale marks every text it renders: each message and action went through --lang.
    const pseudo = JSON.parse((await run(['validate', '--format', 'json', '--lang', PSEUDO_LOCALE, ...files])).out);
    for (const f of pseudo.sessions.flatMap((s: { findings: JsonFinding[] }) => s.findings) as JsonFinding[]) {
      expect(f.message).toMatch(/^⟦.*⟧$/s);
      if (f.action !== null) expect(f.action).toMatch(/^⟦.*⟧$/s);
    }
  });

  test('JUnit in Chinese is still valid against the JUnit schema, in Chinese', async () => {
    const { code, out } = await run(['validate', '--format', 'junit', '--lang', 'zh-CN', chromeHar, timelineHar, edgeHar]);
    expect(code).toBe(1);
    expect(schemaErrors(out)).toEqual([]);
    expect(xpath(out, 'string(/testsuites/testsuite[1]/testcase[1]/@name)')).toMatch(/^会话 [0-9a-f]{64} "/);
    expect(xpath(out, 'string(/testsuites/testsuite[2]/testcase/system-out)')).toContain('Adobe 各页面说法不一之处（C10）：docs/contradictions.md#c10');
    expect(xpath(out, 'count(//testcase/failure)')).toBe('7');
  });

  test('Markdown in the language asked for', async () => {
    const { out } = await run(['validate', '--format', 'md', '--lang', 'pt-BR', chromeHar]);
    expect(out).toMatch(/^# Relatório da Media Collection API\n\n\*\*Resultado: FALHOU\*\*: 5 erros, 2 avisos, 3 informações em 1 sessão\.\n/);
    expect(out).toContain('**Erros (5)**');
  });
});
