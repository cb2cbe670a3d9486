import { readFileSync } from 'node:fs';
import { numberCalls, reportCalls, reportHar, type FileReport } from '../../src/core/report/file-report.js';
import { ev, SESSION_START_PARAMS, toCalls } from './calls.js';
import { timelineCalls } from './timelines.js';

/** Text a player or a server could send, built to break Markdown, HTML and XML if it were not escaped. */
export const HOSTILE =
  '<script>alert(1)</script> ]]> <![CDATA[x]]> | a | b | `code` ``` [link](https://evil.example/x) ![img](https://evil.example/i.png) ' +
  '*bold* _em_ ~~del~~ &amp; $x$ www.evil.example mail@evil.example\n# heading\n> quote\n- item\r\n|---|\u0000\u0001\u0007\u001b\u007f \ud800 \udc00 \uffff \ufffe ok \ud83d\ude00';

export const chromeHar = readFileSync(new URL('../fixtures/har/chrome-network-panel.har', import.meta.url), 'utf8');

/** The Network panel fixture: five errors in one session, a warning, an info. */
export const chromeReport = (): FileReport => reportHar('recordings/chrome.har', chromeHar);

/** Adobe's timeline 1: no error, repeated findings, a finding that cites C10. */
export const timelineReport = (): FileReport => reportCalls('timeline-1.har', numberCalls(timelineCalls('timeline-1')));

/** A session whose media name, and a 400's response body, carry HOSTILE; the file name too. */
export function hostileReport(): FileReport {
  const calls = toCalls([
    { body: ev('sessionStart', 0, { params: { ...SESSION_START_PARAMS, 'media.name': HOSTILE, 'media.id': HOSTILE } }) },
    { body: ev('play', 1), status: 400, responseBody: HOSTILE },
    { body: ev('ping', 11) },
  ]);
  return reportCalls(`evil ${HOSTILE}.har`, numberCalls(calls));
}

export const emptyReport = (): FileReport => reportHar('no-api.har', JSON.stringify({ log: { version: '1.2', creator: { name: 'x', version: '1' }, entries: [] } }));
