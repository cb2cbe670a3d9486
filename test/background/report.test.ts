import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Report = typeof import('../../src/background/report').report;

describe('report', () => {
  let report: Report;
  let logged: unknown[][];

  beforeEach(async () => {
    vi.resetModules(); // each test starts with a background that has said nothing yet
    ({ report } = await import('../../src/background/report'));
    logged = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
  });
  afterEach(() => vi.restoreAllMocks());

  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('logs each failed operation with its error', async () => {
    report(Promise.reject(new Error('QUOTA_BYTES quota exceeded')));
    report(Promise.reject(new Error('QUOTA_BYTES quota exceeded')));
    await settled();
    expect(logged).toHaveLength(2);
    expect(String(logged[0]![0])).toMatch(/could not record a call/);
    expect(String(logged[0]![1])).toMatch(/QUOTA_BYTES/);
  });

  it('says once that the browser lost the worker, with what to do, however many calls fail so', async () => {
    for (let i = 0; i < 50; i += 1) report(Promise.reject(new Error('No SW')));
    report(Promise.reject(new Error('storage failed')));
    await settled();
    expect(logged).toHaveLength(2);
    expect(String(logged[0]![0])).toMatch(/"No SW".*no call is recorded.*Reload the extension on chrome:\/\/extensions/);
    expect(String(logged[1]![0])).toMatch(/could not record a call/);
  });

  it('logs nothing for an operation that succeeds', async () => {
    report(Promise.resolve('stored'));
    await settled();
    expect(logged).toEqual([]);
  });
});
