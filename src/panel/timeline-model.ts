import type { CapturedCall } from '../core/call.js';
import type { Finding } from '../core/finding.js';
import { isObject, parseBody } from '../core/media-event.js';
import type { CallEntry } from '../messaging/entry.js';
import { playerTimeIn } from './call-summary.js';

/** A span on a lane, from one call to another (or to the session's last call when still open). */
export interface Span {
  kind: string;
  /**
   * What the body names it by, as sent: the playback state, the ad break's pod index, the ad's
   * id, the chapter's index, the player state's name; empty when the body gave none. The timeline
   * puts it into words (timeline-labels.ts).
   */
  label: string;
  start: number;
  end: number;
  startCallId: string;
  /** False when nothing closed the span before the timeline ended. */
  closed: boolean;
}

export interface Mark {
  /** ping, error, ad-outside-break, finding-error, finding-warning, other */
  kind: string;
  at: number;
  callId: string;
  /** As a span's: the error's id, the rules found; empty for a ping. */
  label: string;
}

export interface TimelineModel {
  start: number;
  end: number;
  playback: Span[];
  adBreaks: Span[];
  /** Ads inside a break; `outside` ads are drawn apart. */
  ads: Array<Span & { outside: boolean }>;
  chapters: Span[];
  playerStates: Span[];
  pings: Mark[];
  errors: Mark[];
  findings: Mark[];
  /** Every call's position, for the selected-call marker. */
  callTimes: ReadonlyMap<string, number>;
}

interface Event {
  callId: string;
  type: string;
  at: number;
  params: Record<string, unknown>;
}

/**
 * A Map, not an object: the event type comes from a captured body, and an object would answer
 * "constructor" or "__proto__" from its prototype.
 */
const PLAYBACK: ReadonlyMap<string, string> = new Map([
  ['play', 'playing'],
  ['pauseStart', 'paused'],
  ['bufferStart', 'buffering'],
]);

/**
 * The lanes of a session's timeline, derived from its calls' bodies alone (time is the
 * body's playerTime.ts, else the call's start): what the player said happened, in the order
 * the calls were sent. Calls the server refused are drawn too; their status shows in the list.
 */
export function timelineModel(calls: readonly CallEntry[], findings: ReadonlyMap<string, readonly Finding[]>): TimelineModel {
  const events: Event[] = [];
  const callTimes = new Map<string, number>();
  for (const { call } of calls) {
    const { at, event } = eventOf(call);
    callTimes.set(call.id, at);
    if (event) events.push(event);
  }
  let start = Infinity;
  let end = -Infinity;
  for (const t of callTimes.values()) {
    if (t < start) start = t;
    if (t > end) end = t;
  }
  if (callTimes.size === 0) start = end = 0;

  const model: TimelineModel = { start, end, playback: [], adBreaks: [], ads: [], chapters: [], playerStates: [], pings: [], errors: [], findings: [], callTimes };
  let playback: Span | undefined;
  let adBreak: Span | undefined;
  let ad: (Span & { outside: boolean }) | undefined;
  let chapter: Span | undefined;
  const states = new Map<string, Span>();
  const open = (kind: string, label: string, e: Event): Span => ({ kind, label, start: e.at, end: end, startCallId: e.callId, closed: false });
  const close = (span: Span | undefined, at: number) => {
    if (span) Object.assign(span, { end: at, closed: true });
  };

  for (const e of events) {
    const state = PLAYBACK.get(e.type);
    if (state) {
      if (playback?.kind !== state) {
        close(playback, e.at);
        playback = open(state, state, e);
        model.playback.push(playback);
      }
      continue;
    }
    switch (e.type) {
      case 'sessionEnd':
      case 'sessionComplete':
        close(playback, e.at);
        playback = undefined;
        break;
      case 'adBreakStart':
        close(adBreak, e.at);
        adBreak = open('adBreak', String(e.params['media.ad.podIndex'] ?? ''), e);
        model.adBreaks.push(adBreak);
        break;
      case 'adBreakComplete':
        close(ad, e.at);
        ad = undefined;
        close(adBreak, e.at);
        adBreak = undefined;
        break;
      case 'adStart':
        close(ad, e.at);
        ad = { ...open('ad', String(e.params['media.ad.id'] ?? ''), e), outside: adBreak === undefined };
        model.ads.push(ad);
        break;
      case 'adComplete':
      case 'adSkip':
        close(ad, e.at);
        ad = undefined;
        break;
      case 'chapterStart':
        close(chapter, e.at);
        chapter = open('chapter', String(e.params['media.chapter.index'] ?? ''), e);
        model.chapters.push(chapter);
        break;
      case 'chapterComplete':
      case 'chapterSkip':
        close(chapter, e.at);
        chapter = undefined;
        break;
      case 'stateStart':
      case 'stateEnd':
      case 'statesUpdate': {
        const starts = e.type === 'stateStart' ? [String(e.params['media.state.name'] ?? '')] : e.type === 'statesUpdate' ? stateNames(e.params.statesStart) : [];
        const ends = e.type === 'stateEnd' ? [String(e.params['media.state.name'] ?? '')] : e.type === 'statesUpdate' ? stateNames(e.params.statesEnd) : [];
        for (const name of ends) {
          close(states.get(name), e.at);
          states.delete(name);
        }
        for (const name of starts) {
          if (name === '' || states.has(name)) continue;
          const span = open('state', name, e);
          states.set(name, span);
          model.playerStates.push(span);
        }
        break;
      }
      case 'ping':
        model.pings.push({ kind: 'ping', at: e.at, callId: e.callId, label: '' });
        break;
      case 'error':
        model.errors.push({ kind: 'error', at: e.at, callId: e.callId, label: String(e.params['media.errorID'] ?? '') });
        break;
    }
  }
  for (const { call } of calls) {
    const list = findings.get(call.id);
    if (!list?.length) continue;
    const worst = list.some((f) => f.severity === 'error') ? 'finding-error' : list.some((f) => f.severity === 'warning') ? 'finding-warning' : 'finding-info';
    const outside = list.some((f) => f.rule === 'ad-outside-break');
    model.findings.push({ kind: outside ? 'ad-outside-break' : worst, at: callTimes.get(call.id)!, callId: call.id, label: list.map((f) => f.rule).join(', ') });
  }
  return model;
}

const parsed = new WeakMap<CapturedCall, { at: number; event: Event | undefined }>();

/** Calls are immutable, and a live timeline is redrawn on every new call: parse each body once (only those of a session drawn). */
function eventOf(call: CapturedCall): { at: number; event: Event | undefined } {
  let p = parsed.get(call);
  if (!p) {
    const body = parseBody(call);
    const v = body.kind === 'json' && isObject(body.value) ? body.value : undefined;
    const at = playerTimeIn(v, call);
    const event = v && typeof v.eventType === 'string' ? { callId: call.id, type: v.eventType, at, params: isObject(v.params) ? v.params : {} } : undefined;
    parsed.set(call, (p = { at, event }));
  }
  return p;
}

function stateNames(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((s) => (isObject(s) && typeof s['media.state.name'] === 'string' ? [s['media.state.name']] : []));
}
