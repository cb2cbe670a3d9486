/**
 * The soak's player, run inside the test page: a session's traffic (sessionStart, then play,
 * pings, a pause now and then, sessionEnd last) at a steady rate, each call sent on time
 * whether or not the earlier ones were answered, as a player's timers do. Every body carries
 * its sequence number as the playhead, so a captured body can be matched to the call sent.
 * `padBytes` of custom metadata make each body as large as a player's with rich metadata.
 * The page keeps its own count in `window.soak`, and when it sent each call (by sequence
 * number, in the machine's clock); the test reads them while the run goes on.
 */
export function trafficScript(options: { rate: number; durationMs: number; padBytes: number }): string {
  return `(() => {
    const { rate, durationMs, padBytes } = ${JSON.stringify(options)};
    const pad = 'x'.repeat(padBytes);
    const total = Math.max(2, Math.round((rate * durationMs) / 1000));
    const soak = (window.soak = { total, sent: 0, answered: 0, failed: 0, done: false, sentAt: [] });
    const body = (eventType, i, extra) => JSON.stringify({ eventType, playerTime: { playhead: i, ts: Date.now() }, ...extra });
    const send = (path, text) => {
      soak.sentAt[soak.sent] = Date.now();
      soak.sent += 1;
      return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text })
        .then(async (r) => { await r.arrayBuffer(); soak.answered += 1; return r; })
        .catch(() => { soak.failed += 1; });
    };
    const eventType = (i) => (i === total - 1 ? 'sessionEnd' : i === 1 ? 'play' : i % 100 === 0 ? 'pauseStart' : i % 100 === 1 ? 'play' : 'ping');
    const start = performance.now();
    soak.finished = (async () => {
      const first = await send('/api/v1/sessions', body('sessionStart', 0, {
        params: {
          'analytics.reportSuite': 'soak-rsid', 'analytics.trackingServer': 'soak.sc.omtrdc.net', 'media.channel': 'soak',
          'media.contentType': 'VOD', 'media.id': 'soak-video', 'media.length': 3600, 'media.name': 'Soak',
          'media.playerName': 'soak-player', 'visitor.marketingCloudOrgId': 'SOAK000000000000000000@AdobeOrg',
        },
        customMetadata: { pad },
      }));
      const sid = first?.headers.get('Location')?.split('/').pop() ?? 'no-sid';
      const pending = [];
      for (let i = 1; i < total; ) {
        const due = Math.floor(((performance.now() - start) * rate) / 1000);
        for (; i < total && i <= due; i += 1) {
          pending.push(send('/api/v1/sessions/' + sid + '/events', body(eventType(i), i, { customMetadata: { pad } })));
        }
        await new Promise((r) => setTimeout(r, 1000 / rate));
      }
      await Promise.all(pending);
      soak.done = true;
    })();
    return total;
  })()`;
}

/** What the page counted: calls started, answered by the server, failed in the page. */
export interface PageCount {
  total: number;
  sent: number;
  answered: number;
  failed: number;
  done: boolean;
}

export const READ_PAGE_COUNT = `(({ total, sent, answered, failed, done }) => ({ total, sent, answered, failed, done }))(window.soak)`;

/** Page code: when the page sent the calls of these sequence numbers (Date.now()). */
export function readSentAt(sequence: readonly number[]): string {
  return `${JSON.stringify(sequence)}.map((i) => window.soak.sentAt[i])`;
}

/**
 * Extension page code: the sequence numbers (playheads) of every request body now in
 * storage.session, chunks included. Each stored value is JSON text holding the body as a JSON
 * string, so the playhead appears there with its quotes escaped.
 */
export const READ_STORED_SEQUENCE = `chrome.storage.session.get(null).then((all) => {
  const found = [];
  for (const value of Object.values(all)) {
    if (typeof value !== 'string') continue;
    for (const m of value.matchAll(/\\\\"playhead\\\\":(\\d+)/g)) found.push(Number(m[1]));
  }
  return found;
})`;
