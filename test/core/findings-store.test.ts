import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { message } from '../../src/i18n/message.js';
import { FindingsStore } from '../../src/core/findings-store.js';

function finding(callId: string, rule: string): Finding {
  return { rule, severity: 'error', callId, message: message('severity.error', { text: `${rule} on ${callId}` }) };
}

describe('FindingsStore', () => {
  test('a call it was never told about has no findings and has not changed', () => {
    const store = new FindingsStore();
    expect(store.findingsOf('c1')).toEqual([]);
    expect(store.takeChanges()).toEqual([]);
  });

  test("lists a call's own findings before its sequence findings, in the order they came", () => {
    const store = new FindingsStore();
    const own = [finding('c1', 'http-400'), finding('c1', 'body-schema')];
    store.setOwn('c1', own);
    const first = finding('c1', 'ad-outside-break');
    const second = finding('c1', 'ts-increasing');
    store.addSequence(first);
    store.addSequence(second);
    expect(store.findingsOf('c1')).toEqual([...own, first, second]);
  });

  test('reports each changed call once, with its complete list as it stands, then nothing until the next change', () => {
    const store = new FindingsStore();
    const own = finding('c1', 'http-400');
    const onOther = finding('c2', 'ad-outside-break');
    store.setOwn('c1', [own]);
    store.addSequence(onOther);
    store.addSequence(finding('c1', 'ts-increasing'));
    store.removeSequence(onOther);
    expect(store.takeChanges()).toEqual([
      { callId: 'c1', findings: [own, finding('c1', 'ts-increasing')] },
      { callId: 'c2', findings: [] },
    ]);
    expect(store.takeChanges()).toEqual([]);
  });

  test('withdrawing a sequence finding keeps the others, and the call counts as changed', () => {
    const store = new FindingsStore();
    const kept = finding('c1', 'ad-closure');
    const withdrawn = finding('c1', 'ad-outside-break');
    store.addSequence(kept);
    store.addSequence(withdrawn);
    store.takeChanges();
    store.removeSequence(withdrawn);
    expect(store.findingsOf('c1')).toEqual([kept]);
    expect(store.takeChanges()).toEqual([{ callId: 'c1', findings: [kept] }]);
  });

  test('hands out lists that later changes do not alter', () => {
    const store = new FindingsStore();
    store.setOwn('c1', [finding('c1', 'http-400')]);
    const before = store.findingsOf('c1');
    const [change] = store.takeChanges();
    store.addSequence(finding('c1', 'ad-outside-break'));
    expect(before).toHaveLength(1);
    expect(change!.findings).toHaveLength(1);
    expect(store.findingsOf('c1')).toHaveLength(2);
  });
});
