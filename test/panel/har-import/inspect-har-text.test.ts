import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../src/core/finding.js';
import { reportHar } from '../../../src/core/report/file-report.js';
import type { SessionSummary } from '../../../src/messaging/protocol.js';
import { CALLS_PER_BATCH, inspectHarPieces, inspectHarText, type TextPiece } from '../../../src/panel/har-import/inspect-har-text.js';
import type { ImportMessage } from '../../../src/panel/har-import/protocol.js';
import { summarizeCall } from '../../../src/panel/call-summary.js';
import type { Message } from '../../../src/i18n/message.js';
import { english } from '../../../src/i18n/translator.js';
import { generateHarText } from '../../../bench/har-corpus.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/har/${name}.har`, import.meta.url), 'utf8');

async function runWhole(text: string, name = 'f.har'): Promise<ImportMessage[]> {
  const messages: ImportMessage[] = [];
  // Through structuredClone, as postMessage delivers them: the shapes must survive it.
  await inspectHarText(text, { name, prefix: 'har7:', bytes: text.length, post: (m) => messages.push(structuredClone(m)) });
  return messages;
}

/** The worker's way: the text read in pieces of `pieceSize` (as a File's stream hands them over), judged as it comes. */
async function runPieces(text: string, name = 'f.har', pieceSize = 65536): Promise<ImportMessage[]> {
  const messages: ImportMessage[] = [];
  async function* pieces(): AsyncGenerator<TextPiece> {
    for (let i = 0; i < text.length; i += pieceSize) yield { text: text.slice(i, i + pieceSize), bytesRead: Math.min(text.length, i + pieceSize) };
  }
  await inspectHarPieces(pieces(), { name, prefix: 'har7:', bytes: text.length, post: (m) => messages.push(structuredClone(m)), wholeText: async () => text });
  return messages;
}

/** The batches applied as the panel store applies port messages: the last finding list and session view win; a reset empties all. */
function apply(messages: ImportMessage[]) {
  const calls = new Map<string, string>();
  const findings = new Map<string, readonly Finding[]>();
  const sessions = new Map<string, SessionSummary>();
  for (const m of messages) {
    if (m.type === 'reset') for (const map of [calls, findings, sessions]) map.clear();
    if (m.type !== 'batch') continue;
    for (const e of m.batch.entries) calls.set(e.call.id, m.batch.callSessions[e.call.id]!);
    for (const f of m.batch.findings) findings.set(f.callId, f.findings);
    for (const s of m.batch.sessions) sessions.set(s.key, s);
  }
  return { calls, findings, sessions };
}

describe.each([
  ['read whole', runWhole],
  ['read in pieces', runPieces],
  ['read in pieces of 1,000 characters', (text: string, name?: string) => runPieces(text, name, 1000)],
])('the HAR import worker\'s work, %s', (_how, run) => {
  test.each(['chrome-network-panel', 'firefox-network-monitor', 'charles-proxy', 'proxyman'])('%s: the same sessions and findings as the command line', async (name) => {
    const text = fixture(name);
    const cli = reportHar(name, text);
    const messages = await run(text);
    const { calls, findings, sessions } = apply(messages);
    expect([...sessions.values()]).toEqual(cli.sessions.map(({ session: { callIds: _ids, ...view } }) => ({ ...view, key: `har7:${view.key}`, ...(view.startCallId !== undefined && { startCallId: `har7:${view.startCallId}` }) })));
    expect([...calls.keys()]).toEqual(cli.sessions.flatMap((s) => s.session.callIds.map((id) => `har7:${id}`)));
    const unprefix = (id: string) => id.replace(/^har7:/, '');
    const imported = [...findings.values()].flat().map((f) => ({ ...f, callId: unprefix(f.callId), ...(f.relatedCallIds && { relatedCallIds: f.relatedCallIds.map(unprefix) }) }));
    const expected = cli.sessions.flatMap((s) => s.findings.map(({ call: _n, eventType: _t, ...f }) => f));
    expect(sortFindings(imported)).toEqual(sortFindings(expected));
    expect(messages.at(-1)).toMatchObject({ type: 'done', summary: { name: 'f.har', sessions: cli.sessions.length, apiCalls: cli.apiCalls, entries: cli.entries } });
  });

  test.each(['chrome-network-panel', 'alloy-media-edge'])('%s: each call comes with the row summary the panel would read from its body', async (name) => {
    const batches = (await run(fixture(name))).flatMap((m) => (m.type === 'batch' ? [m.batch] : []));
    const entries = batches.flatMap((b) => b.entries);
    expect(entries.length).toBeGreaterThan(0);
    expect(batches.flatMap((b) => b.summaries)).toEqual(entries.map((e) => summarizeCall(structuredClone(e))));
  });

  test('a large file comes in several batches, sessions first shown before the end, progress rising to the total', async () => {
    const text = generateHarText(3_000_000, 400);
    const cli = reportHar('big.har', text);
    const messages = await run(text);
    const batches = messages.filter((m) => m.type === 'batch');
    expect(batches.length).toBeGreaterThan(2);
    expect(messages.findIndex((m) => m.type === 'batch' && m.batch.sessions.length > 0)).toBeLessThan(messages.length / 3);
    const inspected = messages.flatMap((m) => (m.type === 'progress' && m.progress.phase === 'inspecting' ? [m.progress.entriesInspected] : []));
    expect(inspected).toEqual([...inspected].sort((a, b) => a - b));
    expect(inspected.at(-1)).toBe(cli.entries);
    expect(inspected.length).toBeGreaterThanOrEqual(Math.ceil(cli.entries / CALLS_PER_BATCH));
    const { findings, sessions } = apply(messages);
    expect(sessions.size).toBe(cli.sessions.length);
    expect([...findings.values()].flat().length).toBe(cli.sessions.reduce((n, s) => n + s.findings.length, 0));
  });

  test.each([
    ['not JSON', '<html><body>hello</body></html>', /^page\.har cannot be opened: not JSON \(.*\); a HAR file is JSON with log\.entries\.$/],
    ['JSON but no log', '{"entries": []}', /^page\.har cannot be opened: not a HAR file: it has no "log" object\.$/],
    ['a HAR without API calls', JSON.stringify({ log: { version: '1.2', creator: { name: 'x', version: '1' }, entries: [{ startedDateTime: '2025-01-01T00:00:00Z', request: { method: 'GET', url: 'https://x/' }, response: { status: 200 } }] } }), /^page\.har holds no Media Collection API call \(POST …\/api\/v1\/sessions or …\/api\/v1\/sessions\/\{sid\}\/events\) among its 1 entry\.$/],
  ])('%s: one message, and no batch', async (_what, text, message) => {
    const messages = await run(text, 'page.har');
    expect(messages.filter((m) => m.type === 'batch')).toEqual([]);
    const failed = messages.filter((m) => m.type === 'failed');
    expect(failed).toHaveLength(1);
    expect(english.text((failed[0] as { message: Message }).message)).toMatch(message);
    expect(messages.at(-1)!.type).toBe('failed');
  });
});

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => Number(a.callId) - Number(b.callId) || a.rule.localeCompare(b.rule) || JSON.stringify(a.message).localeCompare(JSON.stringify(b.message)));
}

describe('the HAR import worker\'s work, read in pieces, on files the pieces cannot settle', () => {
  const har = (entries: string) => `{"log": {"version": "1.2", "creator": {"name": "t", "version": "1"}, "entries": ${entries}}}`;

  test('a file cut off after its first calls: batches taken back, and the message of the whole file\'s parse', async () => {
    const text = fixture('chrome-network-panel');
    const cut = text.slice(0, Math.floor(text.length * 0.9));
    const whole = await runWhole(cut);
    const pieces = await runPieces(cut, 'f.har', 200);
    expect(pieces.at(-1)).toEqual(whole.at(-1));
    const last = pieces.at(-1)!;
    expect(last.type === 'failed' && english.text(last.message)).toMatch(/^f\.har cannot be opened: not JSON/);
    expect(apply(pieces).calls.size).toBe(0);
  });

  test('a log with two "entries" keys reads as JSON.parse reads it (the last), the first batches taken back', async () => {
    const api = JSON.parse(fixture('chrome-network-panel')).log.entries;
    const text = `{"log": {"entries": ${JSON.stringify(api)}, "entries": ${JSON.stringify(api.slice(0, 3))}}}`;
    const messages = await runPieces(text, 'f.har', 500);
    const whole = await runWhole(text);
    expect(messages.some((m) => m.type === 'reset')).toBe(true);
    expect(apply(messages)).toEqual(apply(whole));
    expect(messages.at(-1)).toEqual(whole.at(-1));
  });

  test.each([
    ['entries not a list', '{"log": {"entries": {}}}'],
    ['log not an object', '{"log": [1]}'],
    ['a list at the root', '[{"log": {"entries": []}}]'],
    ['an entry that is not JSON', har('[{"request": tru}]')],
  ])('%s: the whole file\'s message', async (_what, text) => {
    const messages = await runPieces(text, 'f.har', 7);
    expect(messages.filter((m) => m.type === 'failed' || m.type === 'done')).toEqual((await runWhole(text)).filter((m) => m.type === 'failed' || m.type === 'done'));
  });
});
