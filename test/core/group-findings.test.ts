import { describe, expect, test } from 'vitest';
import { groupRepeats, GROUP_FROM } from '../../src/core/group-findings.js';
import { message } from '../../src/i18n/message.js';
import type { Severity } from '../../src/core/severity.js';

// Grouping reads a message's id and values only: any id serves, the values carry the words.
const f = (call: string, rule: string, text: string, severity: Severity = 'warning') => ({ call, rule, message: message('severity.warning', { text }), severity });

describe('groupRepeats', () => {
  test(`gathers ${GROUP_FROM} or more findings that differ only in their numbers at the first of them`, () => {
    const findings = [
      f('1', 'ts-not-increasing', 'play has the same ts (1700000000100) as the event before it'),
      f('2', 'unknown-param', 'unknown parameter a.b'),
      f('3', 'ts-not-increasing', 'play has the same ts (1700000000200) as the event before it'),
      f('4', 'ts-not-increasing', 'play has the same ts (1700000000300) as the event before it'),
    ];
    const groups = groupRepeats(findings);
    expect(groups.map((g) => [g.first.call, g.members.map((m) => m.call)])).toEqual([
      ['1', ['1', '3', '4']],
      ['2', ['2']],
    ]);
  });

  test('fewer than GROUP_FROM alike stay apart', () => {
    const findings = [f('1', 'r', 'x 1'), f('2', 'r', 'x 2')];
    expect(groupRepeats(findings).map((g) => g.members.length)).toEqual([1, 1]);
  });

  test('a different word, rule or severity keeps findings apart', () => {
    const findings = [f('1', 'r', 'param a'), f('2', 'r', 'param b'), f('3', 'r', 'param c'), f('4', 's', 'x 1'), f('5', 's', 'x 2', 'error'), f('6', 's', 'x 3')];
    expect(groupRepeats(findings).map((g) => g.members.length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  test('keeps every finding, once, in order of first appearance', () => {
    const findings = [f('1', 'a', 'n 1'), f('2', 'b', 'm'), f('3', 'a', 'n 2'), f('4', 'a', 'n 3'), f('5', 'c', 'k')];
    const groups = groupRepeats(findings);
    expect(groups.flatMap((g) => g.members.map((m) => m.call)).sort()).toEqual(['1', '2', '3', '4', '5']);
    expect(groups.map((g) => g.first.call)).toEqual(['1', '2', '5']);
  });
});
