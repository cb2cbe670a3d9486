import type { EventType } from '../../../core/event-types.js';

/**
 * How a call leaves the page. Players use `fetch` while the page lives; at unload, only a
 * beacon or a keepalive fetch is sure to outlive it.
 */
export type Transport = 'fetch' | 'keepalive' | 'beacon';

/**
 * Where a call goes: the sessions endpoint, the events endpoint of the sid the scenario's last
 * 201 gave, or the events endpoint of a fixed sid (one the server never issued).
 */
export type Target = { kind: 'sessions' } | { kind: 'events'; sid?: string };

/** A request body as the docs describe it (mc-api-events-req.md). */
export interface EventBody {
  playerTime: { playhead: number; ts: number };
  eventType: EventType;
  params?: Record<string, unknown>;
  qoeData?: Record<string, unknown>;
  customMetadata?: Record<string, string>;
}

/** The body sent: JSON of a value (valid or deliberately broken), or raw text (broken JSON). */
export type Payload = { json: unknown } | { text: string };

export type PlayerMode =
  | 'idle'
  | 'starting'
  | 'ad-break'
  | 'ad'
  | 'playing'
  | 'paused'
  | 'buffering'
  | 'complete'
  | 'ended';

/** What the fake player shows when a call goes out; data, so the page needs no player logic. */
export interface PlayerView {
  mode: PlayerMode;
  /** Main-content playhead, seconds (it stays put during ads, as the docs require). */
  playhead: number;
  contentLength: number;
  /** What is on screen, e.g. "Ad 1 (pre-roll)" or "Chapter 1: Opening". */
  label: string;
}

export interface ScenarioCall {
  /** Simulated ms since the scenario began; equals `playerTime.ts - startTs` for JSON bodies. */
  atMs: number;
  target: Target;
  transport: Transport;
  payload: Payload;
  /** The status the docs (and so the mock) answer with. */
  expect: number;
  /** Why the call is there, shown on the page. */
  note?: string;
  view: PlayerView;
}

export interface Scenario {
  name: ScenarioName;
  /** `playerTime.ts` of the first call: the simulated clock's zero, in ms since the epoch. */
  startTs: number;
  title: string;
  description: string;
  calls: ScenarioCall[];
}

export type ScenarioName = 'clean' | 'ads-outside-break' | 'invalid-bodies' | 'expired' | 'unload';
