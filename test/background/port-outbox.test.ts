import { describe, expect, it } from 'vitest';
import type { SnapshotPart } from '../../src/messaging/protocol.js';
import { PortOutbox } from '../../src/background/port-outbox.js';

const part = (id: string): SnapshotPart => ({ entries: [{ kind: 'navigation', id, url: 'https://page/', at: 1 }], findings: [], callSessions: {} });

const idOf = (p: SnapshotPart) => (p.entries[0]?.kind === 'navigation' ? p.entries[0].id : '');

/** A task queue the test turns by hand. */
function tasks() {
  const waiting: Array<() => void> = [];
  return { next: () => new Promise<void>((resolve) => waiting.push(resolve)), run: async () => (waiting.shift()?.(), await Promise.resolve(), await Promise.resolve()) };
}

describe('PortOutbox', () => {
  it('sends the parts one per task and holds changes made meanwhile until the last part has gone', async () => {
    const sent: string[] = [];
    const outbox = new PortOutbox((type, data) => sent.push(type === 'snapshotPart' ? `part ${idOf(data as SnapshotPart)}` : type));
    const queue = tasks();
    const done = outbox.sendParts([part('older'), part('oldest')], () => true, queue.next);
    outbox.send('entries', []);
    await queue.run();
    outbox.send('findings', []);
    expect(sent).toEqual(['part older']);
    await queue.run();
    await done;
    expect(sent).toEqual(['part older', 'part oldest', 'entries', 'findings']);
    outbox.send('cleared', {});
    expect(sent.at(-1)).toBe('cleared');
  });

  it('stops sending when the panel has gone', async () => {
    const sent: string[] = [];
    let open = true;
    const outbox = new PortOutbox((type) => sent.push(type));
    const queue = tasks();
    const done = outbox.sendParts([part('a'), part('b')], () => open, queue.next);
    await queue.run();
    open = false;
    await queue.run();
    await done;
    expect(sent).toEqual(['snapshotPart']);
  });

  it('sends at once when there are no parts to wait for', async () => {
    const sent: string[] = [];
    const outbox = new PortOutbox((type) => sent.push(type));
    await outbox.sendParts([], () => true);
    outbox.send('entries', []);
    expect(sent).toEqual(['entries']);
  });
});
