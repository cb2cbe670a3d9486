import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallLog as CallLogClass, LogListener } from '../../src/background/call-log.js';
import type { SessionArea } from '../../src/background/session-area.js';
import type { CallEntry } from '../../src/messaging/entry.js';
import { sessionStart, toCalls } from '../support/calls.js';
import { FakeSessionArea } from './fake-session-area.js';

/*
 * Storage can fail a worker from its first read: Chrome answers "No SW" to every extension API
 * call of a worker it has lost track of (seen after an extension reload under load). The worker
 * must say so in its console, never leave an uncaught rejection, and not bury the console.
 */
const TAB = 3;
const listener: LogListener = { entries() {}, findings() {}, dropped() {}, cleared() {}, errorCount() {} };
const requestOf = (i: number): CallEntry => {
  const [call] = toCalls([{ body: sessionStart(i) }]);
  return { kind: 'call', resourceType: 'xmlhttprequest', call: { ...call!, id: `req-${i}` } };
};

/** storage.session whose reads, or every operation, fail with `message`. */
function failing(message: string, only: 'reads' | 'all'): SessionArea {
  const area = new FakeSessionArea();
  return {
    get: () => Promise.reject(new Error(message)),
    set: (items) => (only === 'all' ? Promise.reject(new Error(message)) : area.set(items)),
    remove: (keys) => (only === 'all' ? Promise.reject(new Error(message)) : area.remove(keys)),
  };
}

describe('a worker whose storage fails', () => {
  let CallLog: typeof CallLogClass;
  let report: typeof import('../../src/background/report.js').report;
  let logged: string[];
  let unhandled: unknown[];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);

  beforeEach(async () => {
    vi.resetModules(); // report says the browser's state once per worker: a fresh worker each test
    ({ CallLog } = await import('../../src/background/call-log.js'));
    ({ report } = await import('../../src/background/report.js'));
    logged = [];
    unhandled = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
    vi.restoreAllMocks();
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('says once that the browser lost it, whatever it was doing, and leaves no uncaught rejection', async () => {
    const log = new CallLog(failing('No SW', 'all'), listener);
    report(log.countBoot());
    for (let i = 0; i < 20; i += 1) report(log.begin(TAB, requestOf(i)));
    await settle();
    expect(unhandled).toEqual([]);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/"No SW".*Reload the extension/);
  });

  it('says it could not read what the previous worker stored, and goes on capturing', async () => {
    const log = new CallLog(failing('IO error', 'reads'), listener);
    await log.begin(TAB, requestOf(1));
    await settle();
    expect(unhandled).toEqual([]);
    expect(logged).toEqual([expect.stringMatching(/could not read the calls stored before this worker started.*IO error/)]);
    const seen = await new Promise<number>((resolve) => void log.read(TAB, (s) => resolve(s.entries.length)));
    expect(seen).toBe(1);
  });
});
