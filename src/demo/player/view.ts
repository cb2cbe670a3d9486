import type { SendOutcome } from './api-client.js';
import type { PlayerView, Scenario, ScenarioCall } from './scenarios/types.js';

/**
 * The page's DOM. Every text goes in through textContent (never innerHTML), so an error message
 * from the server or a scenario's body is always shown as text.
 */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing from index.html`);
  return node as T;
}

const MODE_TEXT: Record<PlayerView['mode'], string> = {
  idle: 'Stopped',
  starting: 'Starting',
  'ad-break': 'Ad break',
  ad: 'Ad',
  playing: 'Playing',
  paused: 'Paused',
  buffering: 'Buffering',
  complete: 'Complete',
  ended: 'Session ended',
};

/** A button on the page: a Media Collection API scenario, or a Media Edge one. */
export interface ScenarioButton {
  name: string;
  title: string;
  description: string;
}

export function renderScenarioButtons(
  scenarios: readonly ScenarioButton[],
  onRun: (name: string) => void,
): void {
  const list = byId('scenarios');
  list.replaceChildren(
    ...scenarios.map((s) => {
      const button = el('button', { type: 'button', 'data-scenario': s.name }, s.title);
      button.addEventListener('click', () => onRun(s.name));
      const item = el('li');
      item.append(button, el('p', {}, s.description));
      return item;
    }),
  );
}

export function setRunning(running: boolean): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>('#scenarios button')) {
    b.disabled = running;
  }
}

/** Ad-break markers on the progress bar, at each adBreakStart's podSecond. */
export function showScenario(scenario: Scenario): void {
  const markers = byId('markers');
  const length = scenario.calls[0]?.view.contentLength ?? 1;
  const seconds = new Set<number>();
  for (const c of scenario.calls) {
    if (!('json' in c.payload)) continue;
    const body = c.payload.json as { eventType?: string; params?: Record<string, unknown> };
    const podSecond = body.params?.['media.ad.podSecond'];
    if (body.eventType === 'adBreakStart' && typeof podSecond === 'number') seconds.add(podSecond);
  }
  markers.replaceChildren(
    ...[...seconds].map((s) => {
      const marker = el('span', { class: 'marker', title: `Ad break at ${clock(s)}` });
      // Through CSSOM: the page's CSP forbids style attributes.
      marker.style.left = `${(100 * s) / length}%`;
      return marker;
    }),
  );
  startRun(scenario.title, scenario.calls[0]?.view ?? idleView(length));
}

/** A Media Edge scenario: the Web SDK decides the calls, so there are no markers to place. */
export function showEdgeScenario(title: string): void {
  byId('markers').replaceChildren();
  startRun(title, idleView(600));
}

function startRun(title: string, view: PlayerView): void {
  byId('log-body').replaceChildren();
  byId('scenario-title').textContent = title;
  byId('sid').textContent = '–';
  byId('summary').textContent = 'Running…';
  showPlayer(view);
}

function idleView(contentLength: number): PlayerView {
  return { mode: 'idle', playhead: 0, contentLength, label: '' };
}

export function showPlayer(view: PlayerView): void {
  const screen = byId('screen');
  screen.dataset.mode = view.mode;
  byId('mode').textContent = MODE_TEXT[view.mode];
  byId('screen-label').textContent = view.label || MODE_TEXT[view.mode];
  byId('bar').style.width = `${Math.min(100, (100 * view.playhead) / view.contentLength)}%`;
  byId('time').textContent = `${clock(view.playhead)} / ${clock(view.contentLength)}`;
}

export function showSid(sid: string | undefined): void {
  byId('sid').textContent = sid ?? '–';
}

export function logCall(call: ScenarioCall, outcome: SendOutcome, url: string | undefined): void {
  const body = 'json' in call.payload ? (call.payload.json as { eventType?: unknown }) : undefined;
  const eventType =
    typeof body?.eventType === 'string' ? body.eventType : body ? '(no eventType)' : '(broken JSON)';
  const got = outcome.status ?? (outcome.queued ? 'queued' : outcome.sent ? '–' : 'not sent');
  const ok = outcome.status === undefined ? outcome.queued === true : outcome.status === call.expect;
  const row = el('tr', { class: ok ? 'ok' : 'unexpected' });
  row.append(
    el('td', { class: 'num' }, `${(call.atMs / 1000).toFixed(3)} s`),
    el('td', {}, eventType),
    el('td', {}, call.transport),
    el('td', { class: 'path' }, url ? new URL(url).pathname.replace(/[0-9a-f]{64}/, '{sid}') : ''),
    el('td', { class: `status s${String(got).charAt(0)}` }, String(got)),
    note(call.note, outcome.message),
  );
  byId('log-body').append(row);
  const scroller = byId('log');
  scroller.scrollTop = scroller.scrollHeight;
}

/** A media event the Web SDK has sent; it chose the URL, which the panel shows. */
export function logEdgeEvent(event: string, playhead: number): void {
  const row = el('tr', { class: 'ok' });
  row.append(
    el('td', { class: 'num' }, `${playhead.toFixed(3)} s`),
    el('td', {}, event),
    el('td', {}, 'Web SDK'),
    el('td', { class: 'path' }, event === 'sessionStart' ? '/ee/…/v1/interact' : `/ee/…/va/v1/${event}`),
    el('td', { class: 'status' }, 'sent'),
    el('td', { class: 'note' }),
  );
  byId('log-body').append(row);
}

/** Why the call was sent, then what the server answered when it refused it. */
function note(why: string | undefined, answer: string | undefined): HTMLTableCellElement {
  const cell = el('td', { class: 'note' });
  if (why) cell.append(el('div', {}, why));
  if (answer) cell.append(el('div', { class: 'answer' }, answer));
  return cell;
}

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function showSummary(text: string): void {
  byId('summary').textContent = text;
}
