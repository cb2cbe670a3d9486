/**
 * The Media Edge demo page: the real Web SDK (@adobe/alloy, served from node_modules) with its
 * streamingMedia component, driving media sessions the way a player integration does:
 * createMediaSession (an interact call), then sendMediaEvent for each event (/va/v1/{event}).
 * `window.runEdgeScenario(name)` plays one and resolves with the number of media calls sent.
 */
import { DEMO_ORG_ID } from './edge-answers.js';

export const EDGE_PLAYER_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Media Edge demo player (Web SDK)</title>
<script>
// Adobe's base code: queues alloy() commands until the library has loaded.
!function(n,o){o.forEach(function(o){n[o]||((n.__alloyNS=n.__alloyNS||[]).push(o),n[o]=function(){var u=arguments;return new Promise(function(i,l){n[o].q.push([i,l,u])})},n[o].q=[])})}(window,["alloy"]);
</script>
<script src="/alloy.js" async></script>
</head>
<body>
<h1>Media Edge demo player</h1>
<p>The real Web SDK sends streaming media events to the Edge (a local mock in the demo and tests).</p>
<button data-scenario="edge-clean">Clean session (Web SDK)</button>
<button data-scenario="edge-ads-outside-break">Ads outside an ad break (Web SDK)</button>
<pre id="log"></pre>
<script>
const log = (line) => { document.getElementById('log').textContent += line + '\\n'; };
let configured;
function configure() {
  configured ??= alloy('configure', {
    datastreamId: 'demo-datastream-0000',
    orgId: '${DEMO_ORG_ID}',
    defaultConsent: 'in',
    thirdPartyCookiesEnabled: false,
    clickCollectionEnabled: false,
    streamingMedia: { channel: 'demo-channel', playerName: 'edge-demo-player', appVersion: '1.0.0', mainPingInterval: 10, adPingInterval: 1 },
  });
  return configured;
}

let players = 0;
/** Plays a list of steps on a new session; each step is [event, playhead, xdm mediaCollection extras]. */
async function session(steps) {
  await configure();
  const playerId = 'player-' + ++players;
  let playhead = 0;
  await alloy('createMediaSession', {
    playerId,
    getPlayerDetails: () => ({ playhead, qoeDataDetails: { bitrate: 3000 } }),
    xdm: { mediaCollection: { sessionDetails: { name: 'bbb-001', friendlyName: 'Big Buck Bunny', length: 600, contentType: 'vod', streamType: 'video', channel: 'demo-channel', playerName: 'edge-demo-player' } } },
  });
  let sent = 1;
  for (const [event, at, mediaCollection] of steps) {
    playhead = at;
    await alloy('sendMediaEvent', { playerId, xdm: { eventType: 'media.' + event, ...(mediaCollection ? { mediaCollection } : {}) } });
    sent++;
    log(event + ' at ' + at);
  }
  return sent;
}

const pod = { advertisingPodDetails: { friendlyName: 'pre-roll', index: 0, offset: 0 } };
const ad = { advertisingDetails: { name: 'ad-001', friendlyName: 'Demo ad', length: 15, podPosition: 1, playerName: 'edge-demo-player' } };
const chapter = { chapterDetails: { friendlyName: 'Chapter 1', index: 1, length: 300, offset: 0 } };
const SCENARIOS = {
  'edge-clean': [['adBreakStart', 0, pod], ['adStart', 0, ad], ['adComplete', 0], ['adBreakComplete', 0], ['play', 0], ['chapterStart', 0, chapter], ['pauseStart', 4], ['play', 4], ['chapterComplete', 8], ['sessionComplete', 8]],
  'edge-ads-outside-break': [['play', 0], ['adStart', 2, ad], ['adComplete', 2], ['play', 2], ['sessionComplete', 6]],
};

window.runEdgeScenario = async (name) => ({ sent: await session(SCENARIOS[name]) });
for (const b of document.querySelectorAll('button[data-scenario]')) b.onclick = () => window.runEdgeScenario(b.dataset.scenario).then((r) => log('sent ' + r.sent), (e) => log('failed: ' + e));
</script>
</body>
</html>
`;
