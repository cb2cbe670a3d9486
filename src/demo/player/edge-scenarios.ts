/**
 * The Media Edge scenarios: the real Web SDK (@adobe/alloy, served from node_modules at
 * /alloy.js) with its streamingMedia component, driving media sessions the way a player
 * integration does: createMediaSession (an Edge interact call), then sendMediaEvent for each
 * event (/va/v1/{event}). The browser must send edge.adobedc.net to the mock Edge: `npm start`
 * and the tests launch it so. Nothing runs at import: node imports the constants.
 */

/** The organisation the page configures the Web SDK with; the mock names its cookie after it. */
export const DEMO_ORG_ID = 'DEMO0000000000000000000@AdobeOrg';

export type EdgeScenarioName = 'edge-clean' | 'edge-ads-outside-break';

export interface EdgeScenarioInfo {
  name: EdgeScenarioName;
  title: string;
  description: string;
}

/** One media event after the session starts: its type, the playhead, its xdm.mediaCollection extras. */
type Step = readonly [event: string, playhead: number, mediaCollection?: Record<string, unknown>];

const pod = { advertisingPodDetails: { friendlyName: 'pre-roll', index: 0, offset: 0 } };
const ad = { advertisingDetails: { name: 'ad-001', friendlyName: 'Demo ad', length: 15, podPosition: 1, playerName: 'edge-demo-player' } };
const chapter = { chapterDetails: { friendlyName: 'Chapter 1', index: 1, length: 300, offset: 0 } };

const STEPS: Readonly<Record<EdgeScenarioName, readonly Step[]>> = {
  'edge-clean': [['adBreakStart', 0, pod], ['adStart', 0, ad], ['adComplete', 0], ['adBreakComplete', 0], ['play', 0], ['chapterStart', 0, chapter], ['pauseStart', 4], ['play', 4], ['chapterComplete', 8], ['sessionComplete', 8]],
  'edge-ads-outside-break': [['play', 0], ['adStart', 2, ad], ['adComplete', 2], ['play', 2], ['sessionComplete', 6]],
};

export const EDGE_SCENARIOS: readonly EdgeScenarioInfo[] = [
  {
    name: 'edge-clean',
    title: 'Media Edge: clean session',
    description: 'The Web SDK (alloy) opens a session with an Edge interact call, plays a pre-roll ad break and a chapter, and completes: every event in order.',
  },
  {
    name: 'edge-ads-outside-break',
    title: 'Media Edge: ads outside an ad break',
    description: 'The Web SDK sends adStart and adComplete with no adBreakStart around them: the Edge accepts them, and the ad time would count as content.',
  },
];

export function isEdgeScenarioName(name: string): name is EdgeScenarioName {
  return Object.hasOwn(STEPS, name);
}

type Alloy = (command: string, options?: object) => Promise<unknown>;
declare global {
  interface Window {
    alloy?: Alloy & { q?: unknown[] };
    __alloyNS?: string[];
  }
}

let configured: Promise<unknown> | undefined;

/**
 * Adobe's base code, as a page embeds it: a stub that queues commands until /alloy.js has loaded
 * and takes them over.
 */
function loadAlloy(): Alloy {
  if (!window.alloy) {
    const queue: unknown[] = [];
    window.__alloyNS = ['alloy'];
    window.alloy = Object.assign((...args: unknown[]) => new Promise((resolve, reject) => queue.push([resolve, reject, args])), { q: queue });
    const script = document.createElement('script');
    script.src = '/alloy.js';
    script.async = true;
    document.head.append(script);
  }
  return (command, options) => window.alloy!(command, options);
}

function configure(alloy: Alloy): Promise<unknown> {
  configured ??= alloy('configure', {
    datastreamId: 'demo-datastream-0000',
    orgId: DEMO_ORG_ID,
    defaultConsent: 'in',
    thirdPartyCookiesEnabled: false,
    clickCollectionEnabled: false,
    streamingMedia: { channel: 'demo-channel', playerName: 'edge-demo-player', appVersion: '1.0.0', mainPingInterval: 10, adPingInterval: 1 },
  });
  return configured;
}

let players = 0;

/**
 * Plays one scenario on a new media session and resolves with the number of media calls the
 * Web SDK sent (the session's interact call and one per event). `onEvent` hears each event once
 * the SDK has sent it.
 */
export async function runEdgeScenario(name: EdgeScenarioName, onEvent?: (event: string, playhead: number) => void): Promise<{ sent: number }> {
  const alloy = loadAlloy();
  await configure(alloy);
  const playerId = `player-${++players}`;
  let playhead = 0;
  await alloy('createMediaSession', {
    playerId,
    getPlayerDetails: () => ({ playhead, qoeDataDetails: { bitrate: 3000 } }),
    xdm: { mediaCollection: { sessionDetails: { name: 'bbb-001', friendlyName: 'Big Buck Bunny', length: 600, contentType: 'vod', streamType: 'video', channel: 'demo-channel', playerName: 'edge-demo-player' } } },
  });
  onEvent?.('sessionStart', 0);
  let sent = 1;
  for (const [event, at, mediaCollection] of STEPS[name]) {
    playhead = at;
    await alloy('sendMediaEvent', { playerId, xdm: { eventType: `media.${event}`, ...(mediaCollection ? { mediaCollection } : {}) } });
    sent++;
    onEvent?.(event, at);
  }
  return { sent };
}
