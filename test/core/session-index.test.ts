import { describe, expect, test } from 'vitest';
import { SessionIndex } from '../../src/core/session-index.js';

/** A session as the inspector keeps one: its call list grows as calls arrive. */
function session(key: string) {
  const callIds: string[] = [];
  return { key, view: { callIds }, take: (id: string) => callIds.push(id) };
}
type Session = ReturnType<typeof session>;

function feed(index: SessionIndex<Session>, s: Session, id: string): void {
  s.take(id);
  index.noteCall(s);
}

describe('SessionIndex', () => {
  test('finds the session of every call, with sessions interleaved, asked after each call', () => {
    const index = new SessionIndex<Session>();
    const sessions = [session('a'), session('b'), session('c')];
    for (let k = 0; k < 4; k++) {
      for (const s of sessions) {
        const id = `${s.key}${k}`;
        feed(index, s, id);
        expect(index.sessionOf(id)?.key).toBe(s.key);
      }
    }
    expect(index.sessionOf('b0')?.key).toBe('b');
  });

  test('catches up on calls that came after a question, in runs of one session and across sessions', () => {
    const index = new SessionIndex<Session>();
    const a = session('a');
    const b = session('b');
    feed(index, a, 'a0');
    expect(index.sessionOf('a0')).toBe(a);
    // A run of one session's calls, then another's, then the first again: each is noted once per run.
    feed(index, a, 'a1');
    feed(index, a, 'a2');
    feed(index, b, 'b0');
    feed(index, a, 'a3');
    for (const id of ['a0', 'a1', 'a2', 'a3']) expect(index.sessionOf(id), id).toBe(a);
    expect(index.sessionOf('b0')).toBe(b);
  });

  test('a call no session took has none', () => {
    const index = new SessionIndex<Session>();
    expect(index.sessionOf('x')).toBeUndefined();
    feed(index, session('a'), 'a0');
    expect(index.sessionOf('x')).toBeUndefined();
  });
});
