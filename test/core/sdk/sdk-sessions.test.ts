import { describe, expect, test } from 'vitest';
import { inspectAll } from '../../../src/core/inspect-all.js';
import type { CapturedCall } from '../../../src/core/call.js';
import { loadSdkSession, SDK_SESSIONS, sdkSessionCalls } from '../../support/sdk-sessions.js';
import { english } from '../../../src/i18n/translator.js';

function findings(calls: CapturedCall[]) {
  const inspector = inspectAll(calls);
  return calls.flatMap((c) => inspector.findingsOf(c.id));
}

describe.each(SDK_SESSIONS)('%s, as Adobe\'s SDK sends it', (file) => {
  const fixture = loadSdkSession(file);

  test('names its SDK in media.libraryVersion', () => {
    expect(fixture.hits[0]!.params?.['media.libraryVersion']).toBe(fixture.sdk);
  });

  test('gives no error and no warning', () => {
    const serious = findings(sdkSessionCalls(file)).filter((f) => f.severity !== 'info');
    expect(serious.map((f) => `${f.rule}: ${english.text(f.message)}`)).toEqual([]);
  });

  test('what the SDK does by itself is said to be its doing', () => {
    const own = findings(sdkSessionCalls(file)).filter((f) => english.text(f.message).includes(`Adobe’s Media SDK ${fixture.sdk} sends this itself`));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((f) => f.severity === 'info')).toBe(true);
  });

  test('the same calls without media.libraryVersion are judged as any player\'s', () => {
    const anonymous = sdkSessionCalls(file, (body) =>
      body['eventType'] === 'sessionStart' ? { ...body, params: { ...(body['params'] as object), 'media.libraryVersion': undefined } } : body,
    );
    expect(findings(anonymous).filter((f) => f.severity === 'warning').length).toBeGreaterThan(0);
  });
});
