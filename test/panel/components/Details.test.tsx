// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { signal } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import { Details } from '../../../src/panel/components/Details.js';
import { curlCommand } from '../../../src/panel/curl.js';
import type { PanelStore } from '../../../src/panel/store.js';
import { adStart, ev, sessionStart, SESSION_START_PARAMS, toCalls } from '../../support/calls.js';
import { toEdgeCalls } from '../../support/edge-calls.js';
import { scenarioCalls, storeWith } from './captured-store.js';

afterEach(cleanup);

/** The panel with one call opened, as a double click or Enter on its row leaves it. */
function openDetails(store: PanelStore, callId: string): HTMLElement {
  store.select(callId, true);
  render(<Details store={store} />);
  return screen.getByRole('complementary', { name: 'Call details' });
}

/** The section of the details under this heading. */
function section(details: HTMLElement, heading: string | RegExp): HTMLElement {
  return within(details).getByRole('heading', { name: heading }).closest('section')!;
}

describe('call details', () => {
  it('shows nothing until a call is opened', () => {
    const store = storeWith(scenarioCalls('ads-outside-break'));
    render(<Details store={store} />);
    expect(screen.queryByRole('complementary', { name: 'Call details' })).toBeNull();
    store.select('ads-outside-break-3', false);
    expect(screen.queryByRole('complementary', { name: 'Call details' })).toBeNull();
  });

  it('shows an ad sent outside a break: the finding, what to do, the docs, the 204 and the body with its event type', () => {
    const details = openDetails(storeWith(scenarioCalls('ads-outside-break')), 'ads-outside-break-3');
    const findings = section(details, 'Findings (2)');
    const [finding, notCounted] = within(findings).getAllByRole('listitem');
    expect(finding!.textContent).toMatch(/\berror Ad event outside an ad break ad-outside-break/);
    // The server's 204 beside it: accepted is not counted.
    expect(notCounted!.textContent).toMatch(/\binfo The server accepted what the rules reject accepted-not-counted.*does not mean the data counts/);
    within(finding!).getByText(/^adStart outside an ad break: no adBreakStart was sent/);
    within(finding!).getByText(/^What to do: Send adBreakStart before the first adStart/);
    expect(within(finding!).getByRole('link', { name: 'Ad events' }).getAttribute('href')).toMatch(/^https:\/\/experienceleague\.adobe\.com\//);

    const response = section(details, 'Response');
    within(response).getByText('204');
    within(response).getByText(/^No Content: the event was accepted\./);

    const body = section(details, 'Request body');
    // The line the finding points at is marked for every reader, not by colour alone.
    within(body).getByText('"eventType": "adStart",');
    expect(within(body).getByText('(finding)').parentElement!.textContent).toBe('(finding) "eventType": "adStart",');
    within(body).getByText('"media.ad.id": "ad-101",');

    const params = section(details, 'Parameters');
    const row = within(params).getByRole('row', { name: /media\.ad\.id/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['media.ad.id', '"ad-101"', expect.any(String)]);
    within(section(details, 'Request')).getByText(/^POST https:\/\/demo\.hb-api\.omtrdc\.net\/api\/v1\/sessions\/c0ffee\w+\/events$/);
  });

  it('shows a Media Edge ad outside a break: the line of its own body marked, the Media Edge page linked, a Media Collection API page said to be one', () => {
    const calls = toEdgeCalls([{ body: sessionStart(0) }, { body: ev('play', 0.5) }, { body: adStart(1) }]);
    const details = openDetails(storeWith(calls), calls[2]!.id);
    const [finding, notCounted] = within(section(details, 'Findings (2)')).getAllByRole('listitem');
    expect(within(finding!).getByRole('link', { name: 'Media Edge ad endpoints' }).getAttribute('href')).toBe('https://developer.adobe.com/data-collection-apis/docs/endpoints/media/ads/');
    expect(within(finding!).queryByRole('link', { name: /^Events request/ })).toBeNull();
    within(notCounted!).getByRole('link', { name: 'Validating event requests (Media Collection API page)' });
    const body = section(details, 'Request body');
    expect(within(body).getByText('(finding)').parentElement!.textContent).toBe('(finding) "eventType": "media.adStart",');
  });

  it('says a call with no findings looks right', () => {
    const details = openDetails(storeWith(scenarioCalls('ads-outside-break')), 'ads-outside-break-1');
    within(section(details, 'Findings')).getByText('None: this call looks right.');
  });

  it('shows a refused call: each finding with its severity, the 400 with what the server said, and what a 400 means', () => {
    const calls = toCalls([{ body: ev('play', 1, { params: { 'media.ad.id': 7 } }), status: 400, responseBody: 'params.media.ad.id: must be string' }]);
    const details = openDetails(storeWith(calls), calls[0]!.id);
    const findings = within(section(details, /^Findings/)).getAllByRole('listitem');
    expect(findings.map((f) => f.textContent)).toEqual([
      expect.stringMatching(/\berror Rejected with 400 http-400400: Bad Request: .* The server said: "params\.media\.ad\.id: must be string"What to do: /),
      // Our schema lets the number through (the docs give media.ad.id no type on play): the server's 400 shows the gap.
      expect.stringMatching(/\bwarning The server rejected what the rules accepted server-rejected-accepted.* The server said: "params\.media\.ad\.id: must be string"/),
      expect.stringMatching(/\bwarning Parameter the docs do not list unknown-param"media\.ad\.id" is documented on adStart, not on play/),
    ]);
    const response = section(details, 'Response');
    within(response).getByText('400');
    within(response).getByText(/^Bad Request: the body breaks the JSON schema/);
    within(response).getByText('params.media.ad.id: must be string');
    expect(within(response).getByText('Server said:').parentElement!.dataset.read).toBe('yes');
  });

  it("says why a call has no answer, and where an answer read from DevTools' network log came from", () => {
    const [a, b] = toCalls([{ body: ev('play', 1) }, { body: ev('ping', 2), status: 404 }]);
    const { status: _s, ...request } = a!;
    const store = storeWith([]);
    store.handlers.entries!([
      { kind: 'call', resourceType: 'xmlhttprequest', call: request, interrupted: true },
      { kind: 'call', resourceType: 'xmlhttprequest', call: b!, settledAt: b!.startedAt + 9, outcomeFrom: 'devtools-network' },
    ]);
    let response = section(openDetails(store, a!.id), 'Response');
    within(response).getByText('Unanswered');
    within(response).getByText("No answer seen: the extension’s background was stopped before the browser reported it.");
    cleanup();
    response = section(openDetails(store, b!.id), 'Response');
    within(response).getByText('404');
    within(response).getByText(/^Answer read from DevTools’ network log/);
  });

  it("shows the server's answer read in DevTools beside the verdict, and says \"not read\" where none was, guessing nothing", () => {
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1), status: 400 }, { body: ev('ping', 2), status: 400 }]);
    const store = storeWith(calls);
    const answers = { reading: true, bodies: signal<ReadonlyMap<string, string>>(new Map([[calls[1]!.id, '{"message":"playerTime.ts: too old"}']])), outcomes: signal(new Map()) };
    store.select(calls[1]!.id, true);
    const { rerender } = render(<Details store={store} answers={answers} />);
    let response = section(screen.getByRole('complementary', { name: 'Call details' }), 'Response');
    within(response).getByText('{"message":"playerTime.ts: too old"}');
    act(() => store.select(calls[2]!.id, true));
    rerender(<Details store={store} answers={answers} />);
    response = section(screen.getByRole('complementary', { name: 'Call details' }), 'Response');
    expect(within(response).getByText('Server said:').parentElement!.textContent).toBe('Server said: not read (DevTools was closed when this call finished)');
  });

  it('opened as a page (no DevTools), says bodies are read only in the DevTools panel', () => {
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1), status: 400 }]);
    const details = openDetails(storeWith(calls), calls[1]!.id);
    expect(within(section(details, 'Response')).getByText('Server said:').parentElement!.textContent).toMatch(/not read \(response bodies are read only in the DevTools panel/);
  });

  it('says which findings your settings re-rated', () => {
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 1) }]);
    const store = storeWith(calls);
    store.select(calls[2]!.id, true);
    render(<Details store={store} settings={{ rules: { 'ts-not-increasing': 'warning' } }} />);
    const [finding] = within(section(screen.getByRole('complementary', { name: 'Call details' }), /^Findings/)).getAllByRole('listitem');
    expect(finding!.textContent).toMatch(/ts-not-increasing · warning by your settings/);
  });

  it('gathers what the session repeats, with a count, each call one click away', () => {
    // Five pings with the play's ts: ts-not-increasing five times.
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, ...[0, 1, 2, 3, 4].map(() => ({ body: ev('ping', 1) }))]);
    const store = storeWith(calls);
    const details = openDetails(store, calls[3]!.id);
    const groups = section(details, 'Repeated in this session');
    const group = within(groups).getByText(/×5$/).closest('li')!;
    expect(group.dataset.rule).toBe('ts-not-increasing');
    expect(group.querySelector('details')!.open).toBe(true);
    const buttons = within(group).getAllByRole('button');
    expect(buttons).toHaveLength(5);
    expect(buttons[1]!.getAttribute('aria-current')).toBe('true');
    fireEvent.click(buttons[4]!);
    expect(store.selectedCallId.value).toBe(calls[6]!.id);
  });

  it('says when the browser withheld the body, and offers no body to copy', () => {
    const calls = toCalls([{ body: {}, withheld: 'the body was too large to capture' }]);
    const details = openDetails(storeWith(calls), calls[0]!.id);
    within(section(details, 'Request body')).getByText('The browser withheld the body: the body was too large to capture');
    expect(within(details).getByRole('button', { name: 'Copy body' }).hasAttribute('disabled')).toBe(true);
  });

  it("says when the extension did not see a request start, and where a request read from DevTools' network log came from", () => {
    const [a, b] = toCalls([{ body: ev('play', 1), withheld: 'not seen' }, { body: ev('ping', 2), status: 404 }]);
    const store = storeWith([]);
    store.handlers.entries!([
      { kind: 'call', resourceType: 'xmlhttprequest', call: a!, settledAt: a!.startedAt, startUnseen: true },
      { kind: 'call', resourceType: 'xmlhttprequest', call: b!, settledAt: b!.startedAt + 9, requestFrom: 'devtools-network', outcomeFrom: 'devtools-network' },
    ]);
    let body = section(openDetails(store, a!.id), 'Request body');
    within(body).getByText(/^The extension did not see this request start/);
    expect(body.textContent).not.toContain('not seen');
    expect(section(screen.getByRole('complementary', { name: 'Call details' }), 'Request').textContent).toMatch(/Answered .* \(its start was not seen\)/);
    cleanup();
    body = section(openDetails(store, b!.id), 'Request body');
    within(body).getByText(/^Request read from DevTools’ network log/);
    expect(body.querySelector('[data-pointer="/eventType"]')?.textContent).toContain('"ping"');
  });

  it('shows markup in a captured body as text', () => {
    const calls = toCalls([{ body: { ...sessionStart(0), params: { ...SESSION_START_PARAMS, 'media.name': '<img src=x onerror=alert(1)><b>bold</b>' } } }]);
    const details = openDetails(storeWith(calls), calls[0]!.id);
    within(details).getByText('"media.name": "<img src=x onerror=alert(1)><b>bold</b>",');
    expect(details.querySelector('img, b')).toBeNull();
  });

  it('follows the selection, and closes with its close button', () => {
    const store = storeWith(scenarioCalls('ads-outside-break'));
    const details = openDetails(store, 'ads-outside-break-3');
    act(() => store.select('ads-outside-break-0', true));
    within(screen.getByRole('complementary', { name: 'Call details' })).getByText('"eventType": "sessionStart",');
    fireEvent.click(within(details).getByRole('button', { name: 'Close details (Escape)' }));
    expect(screen.queryByRole('complementary', { name: 'Call details' })).toBeNull();
    expect(store.selectedCallId.value).toBe('ads-outside-break-0');
  });
});
