import { describe, expect, test } from 'vitest';
import type { CapturedCall } from '../../../src/core/call.js';
import { Inspector } from '../../../src/core/inspector.js';
import { describeLink } from '../../../src/core/edge/edge-session-link.js';
import { inspectAll } from '../../../src/core/inspect-all.js';
import { adBreakStart, adStart, ev, sessionStart, toCalls } from '../../support/calls.js';
import { downloadedCall, edgeBodyOf, iso, sessionStartResponse, toEdgeCalls } from '../../support/edge-calls.js';
import { english } from '../../../src/i18n/translator.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

/** The Web SDK's createMediaSession: an interact call, text/plain, with other Edge context around the media event. */
function interactStart(id: string, startedAt: number, responseBody?: string): CapturedCall {
  const body = edgeBodyOf(sessionStart(0), undefined) as { events: { xdm: Record<string, unknown> }[] };
  body.events[0]!.xdm['timestamp'] = iso(startedAt);
  const call: CapturedCall = {
    id,
    method: 'POST',
    url: 'https://edge.adobedc.net/ee/v1/interact?configId=ds&requestId=r',
    startedAt,
    requestHeaders: [{ name: 'Content-Type', value: 'text/plain; charset=UTF-8' }],
    requestBody: { kind: 'text', text: JSON.stringify({ ...body, meta: { state: { domain: 'example.com' } } }) },
    status: 200,
  };
  if (responseBody !== undefined) call.responseBody = responseBody;
  return call;
}

function eventCall(id: string, type: string, sid: string, at: number, hint = 'or2'): CapturedCall {
  return {
    id,
    method: 'POST',
    url: `https://edge.adobedc.net/ee/${hint}/va/v1/${type}?configId=ds`,
    startedAt: at,
    requestBody: { kind: 'text', text: JSON.stringify({ events: [{ xdm: { eventType: `media.${type}`, timestamp: iso(at), mediaCollection: { playhead: 0, sessionID: sid } } }] }) },
    status: 204,
  };
}

describe('Media Edge sessions', () => {
  test('from a HAR: linked by the id in the sessionStart response, marked as Media Edge, keeping its location hint', () => {
    const inspector = inspectAll([interactStart('s', 1000, sessionStartResponse(A, 'irl1')), eventCall('p', 'play', A, 2000, 'irl1'), eventCall('q', 'ping', A, 12000, 'irl1')]);
    const [session] = inspector.sessions();
    expect(session).toMatchObject({ api: 'media-edge', sid: A, link: { by: 'response' }, locationHint: 'irl1', startSeen: true, state: 'active', callIds: ['s', 'p', 'q'] });
    expect(session!.mediaName).toBe('Big Buck Bunny');
  });

  test('live: the first new sessionID after the sessionStart links them, and says so', () => {
    const inspector = new Inspector();
    inspector.push(interactStart('s', 1000));
    inspector.push(eventCall('p', 'play', A, 2000));
    const [session] = inspector.sessions();
    expect(session).toMatchObject({ sid: A, link: { by: 'first-event' }, callIds: ['s', 'p'] });
    expect(session!.link!.uncertain).toBeUndefined();
  });

  test('live: two sessionStarts close together in one tab make the links uncertain', () => {
    const inspector = new Inspector();
    inspector.push(interactStart('s1', 1000));
    inspector.push(eventCall('p1', 'play', A, 1500));
    inspector.push(interactStart('s2', 3000));
    inspector.push(eventCall('p2', 'play', B, 3500));
    const sessions = inspector.sessions();
    expect(sessions.map((s) => [s.sid, s.link])).toEqual([
      [A, { by: 'first-event', uncertain: true }],
      [B, { by: 'first-event', uncertain: true }],
    ]);
  });

  test('the exact id read later (devtools.network) confirms a link made by order, or links a waiting sessionStart', () => {
    const inspector = new Inspector();
    inspector.push(interactStart('s1', 1000));
    inspector.push(eventCall('p1', 'play', A, 1500));
    expect(inspector.linkEdgeSessionStart('s1', sessionStartResponse(A))).toBe(true);
    expect(inspector.sessions()[0]!.link).toEqual({ by: 'response' });
    inspector.push(interactStart('s2', 60_000));
    expect(inspector.linkEdgeSessionStart('s2', sessionStartResponse(B))).toBe(true);
    inspector.push(eventCall('p2', 'play', B, 61_000));
    expect(inspector.sessions()[1]).toMatchObject({ sid: B, link: { by: 'response' }, callIds: ['s2', 'p2'] });
    expect(inspector.linkEdgeSessionStart('p2', sessionStartResponse(B)), 'not a sessionStart').toBe(false);
  });

  test('a response naming another id than the order link keeps the session and its findings, marked as contradicted', () => {
    const inspector = new Inspector();
    inspector.push(interactStart('s1', 1000));
    inspector.push(eventCall('a1', 'adStart', A, 1500));
    const findings = inspector.findingsOf('a1');
    expect(findings.length).toBeGreaterThan(0);
    expect(inspector.linkEdgeSessionStart('s1', sessionStartResponse(B))).toBe(false);
    const [session] = inspector.sessions();
    expect(session).toMatchObject({ sid: A, link: { by: 'first-event', responseSid: B }, callIds: ['s1', 'a1'] });
    expect(inspector.findingsOf('a1')).toEqual(findings);
    expect(describeLink(session!.link!)).toContain(`the sessionStart response, read in DevTools, named ${B}`);
  });

  test('events whose sessionStart was never captured are grouped by their sessionID', () => {
    const inspector = inspectAll([eventCall('p', 'play', A, 2000), eventCall('q', 'ping', A, 12000)]);
    expect(inspector.sessions()).toMatchObject([{ sid: A, startSeen: false, link: { by: 'events-only' }, callIds: ['p', 'q'] }]);
  });

  test('interact and collect calls with no media event are not kept', () => {
    const pageView: CapturedCall = {
      id: 'pv',
      method: 'POST',
      url: 'https://edge.adobedc.net/ee/v1/interact?configId=ds',
      startedAt: 1,
      requestBody: { kind: 'text', text: JSON.stringify({ events: [{ xdm: { eventType: 'web.webpagedetails.pageViews', timestamp: iso(1) } }] }) },
      status: 200,
    };
    const inspector = inspectAll([pageView, { ...pageView, id: 'c', url: 'https://edge.adobedc.net/ee/v1/collect?configId=ds', status: 204 }]);
    expect(inspector.sessions()).toEqual([]);
    expect(inspector.sessionKeyOf('pv')).toBeUndefined();
  });

  test('a sessionStart answered 207 opened no session: rejected, saying what 207 means and what the Edge said', () => {
    const [start] = toEdgeCalls([{ body: sessionStart(0), status: 207, responseBody: JSON.stringify({ errors: [{ type: 'https://ns.adobe.com/aep/errors/va-edge-0400-400', status: 400, title: 'Invalid request', report: { details: [{ name: '$.xdm.mediaCollection.sessionDetails.name', reason: 'Missing required field' }] } }] }) }]);
    const inspector = inspectAll([start!]);
    expect(inspector.sessions()[0]!.state).toBe('rejected');
    const [finding] = inspector.findingsOf(start!.id);
    expect(finding!.rule).toBe('edge-http-207');
    expect(english.text(finding!.message)).toContain('for a sessionStart a validation error means no session was opened');
    expect(english.text(finding!.message)).toContain('The Edge said: va-edge-0400-400 "Invalid request": $.xdm.mediaCollection.sessionDetails.name: Missing required field');
  });

  test('a 404 expires the session and says what it means, with the Edge’s own words', () => {
    const calls = toEdgeCalls([{ body: sessionStart(0) }, { body: ev('ping', 10), status: 404, responseBody: JSON.stringify({ type: 'https://ns.adobe.com/aep/errors/va-edge-0404-404', status: 404, title: 'Not Found', report: { details: 'If the session is longer than 24h, please start a new one.' } }) }]);
    const inspector = inspectAll(calls);
    expect(inspector.sessions()[0]!.state).toBe('expired');
    expect(english.text(inspector.findingsOf(calls[1]!.id)[0]!.message)).toMatch(/unknown or expired \(sessions last at most 24 hours.*The Edge said: va-edge-0404-404 "Not Found": If the session is longer than 24h/);
  });

  test('a 400 for a configId that names no datastream says so, rather than blaming the body', () => {
    const problem = { type: 'https://ns.adobe.com/aep/errors/EXEG-0003-400', status: 400, title: 'Invalid datastream ID', detail: 'The datastream ID is not valid.' };
    const [start] = toEdgeCalls([{ body: sessionStart(0), status: 400, responseBody: JSON.stringify(problem) }]);
    const [finding] = inspectAll([start!]).findingsOf(start!.id);
    expect(finding!.rule).toBe('edge-http-400');
    expect(english.text(finding!.message)).toBe('400 Bad Request: the datastream ID (configId) is not valid, so nothing is tracked. The Edge said: EXEG-0003-400 "Invalid datastream ID": The datastream ID is not valid.');
    expect(english.text(finding!.action!)).toContain('configId of a datastream that exists');
  });

  test('a downloaded call is a whole session, judged by the same sequence rules', () => {
    const call = downloadedCall('dl', [sessionStart(0), adStart(1), ev('adComplete', 2), ev('sessionComplete', 3)]);
    const inspector = inspectAll([call]);
    expect(inspector.sessions()).toMatchObject([{ api: 'media-edge', startSeen: true, state: 'active', callIds: ['dl'] }]);
    // Accepted (200), so its errors also bring one note that the answer does not mean the data counts.
    expect(inspector.findingsOf('dl').map((f) => f.rule)).toEqual(['ad-outside-break', 'accepted-not-counted', 'ad-outside-break']);
  });

  test('both APIs in one capture: each session is marked with its own', () => {
    const edge = toEdgeCalls([{ body: sessionStart(0) }, { body: adBreakStart(1) }], { idPrefix: 'e' });
    const mc = toCalls([{ body: sessionStart(0) }, { body: adStart(1) }], { idPrefix: 'm' });
    const inspector = inspectAll([edge[0]!, mc[0]!, edge[1]!, mc[1]!]);
    expect(inspector.sessions().map((s) => [s.api, s.callIds])).toEqual([
      ['media-edge', ['e0', 'e1']],
      ['media-collection', ['m0', 'm1']],
    ]);
    expect(inspector.findingsOf('m1').map((f) => f.rule)).toContain('ad-outside-break');
    expect(inspector.findingsOf('e1').map((f) => f.rule)).not.toContain('ad-outside-break');
  });
});
