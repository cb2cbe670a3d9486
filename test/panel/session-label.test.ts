import { describe, expect, it } from 'vitest';
import { sessionDetails, sessionLabel } from '../../src/panel/session-label.js';
import { createTranslator, english } from '../../src/i18n/translator.js';
import { ev, sessionStart, toCalls } from '../support/calls.js';
import { snapshotOf } from './fixtures.js';

describe('session names', () => {
  it('names a session by its media, and marks one whose start was not captured', () => {
    const snap = snapshotOf([...toCalls([{ body: sessionStart(0) }], { sid: 'a'.repeat(64) }), ...toCalls([{ body: ev('play', 1) }], { sid: 'c'.repeat(64) })]);
    const [a, c] = snap.sessions;
    expect(sessionLabel(english, a!)).toBe('Big Buck Bunny');
    expect(sessionDetails(a!)).toBe('vid-1 · vod · test-player');
    expect(sessionLabel(english, c!)).toBe('sid cccccccc… (start not captured)');
    expect(sessionLabel(createTranslator('de'), c!)).toBe('sid cccccccc… (Start nicht erfasst)');
  });
});
