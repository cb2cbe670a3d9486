import type { EventType } from '../../../core/event-types.js';
import type {
  EventBody,
  Payload,
  PlayerMode,
  PlayerView,
  Scenario,
  ScenarioCall,
  Target,
  Transport,
} from './types.js';

export interface SendOptions {
  params?: Record<string, unknown>;
  qoeData?: Record<string, unknown>;
  customMetadata?: Record<string, string>;
  target?: Target;
  transport?: Transport;
  /** Defaults to what a valid call gets: 201 for a sessions call, 204 for an event. */
  expect?: number;
  note?: string;
}

export interface RawOptions {
  expect: number;
  note: string;
  target?: Target;
}

/** Ads ping every second, main content every 10 s (events/playback/ping.md, the timelines). */
const AD_PING_MS = 1_000;
const CONTENT_PING_MS = 10_000;
const PINGING: ReadonlySet<PlayerMode> = new Set([
  'starting',
  'ad-break',
  'ad',
  'playing',
  'paused',
  'buffering',
]);

/**
 * A simulated player that writes down the calls it would make. Time is simulated (ms since the
 * scenario began) and `playerTime.ts` follows it, so ping cadence and gaps read as they would in
 * a real session however fast the page later replays the calls. Pings are produced here, on the
 * documented cadence and "regardless of other API events", so no scenario can forget one.
 */
export class ScenarioBuilder {
  readonly calls: ScenarioCall[] = [];
  private ms = 0;
  private lastMs = -1;
  private lastPingBoundary = 0;
  private playheadMs = 0;
  private mode: PlayerMode = 'idle';
  private adLabel = '';
  private chapterLabel = '';

  constructor(
    private readonly startTs: number,
    private readonly contentLength: number,
  ) {}

  build(about: Pick<Scenario, 'name' | 'title' | 'description'>): Scenario {
    return { ...about, startTs: this.startTs, calls: this.calls };
  }

  /** Sends an event now; a call the server accepts moves the player to the state it reports. */
  send(eventType: EventType, opts: SendOptions = {}): this {
    const at = this.tick();
    const body: EventBody = { playerTime: this.playerTime(at), eventType };
    if (opts.params) body.params = opts.params;
    if (opts.qoeData) body.qoeData = opts.qoeData;
    if (opts.customMetadata) body.customMetadata = opts.customMetadata;
    const target: Target =
      opts.target ?? (eventType === 'sessionStart' ? { kind: 'sessions' } : { kind: 'events' });
    const expect = opts.expect ?? (target.kind === 'sessions' ? 201 : 204);
    if (expect < 300) this.follow(eventType, opts.params);
    return this.push(at, { json: body }, target, opts.transport ?? 'fetch', expect, opts.note);
  }

  /**
   * Sends a body the player built wrongly. `build` gets this moment's playerTime, so even a
   * broken body carries a plausible clock. The player's own state does not change.
   */
  sendRaw(build: (playerTime: EventBody['playerTime']) => Payload, opts: RawOptions): this {
    const at = this.tick();
    const target = opts.target ?? { kind: 'events' };
    return this.push(at, build(this.playerTime(at)), target, 'fetch', opts.expect, opts.note);
  }

  /** Lets simulated time pass; content plays on if playing, and pings go out when due. */
  wait(seconds: number): this {
    const end = this.ms + Math.round(seconds * 1000);
    for (let due = this.nextPing(); due !== undefined && due <= end; due = this.nextPing()) {
      this.advanceTo(due);
      this.lastPingBoundary = due;
      this.send('ping');
    }
    this.advanceTo(end);
    return this;
  }

  /** Plays main content until the playhead reaches `playhead` seconds. */
  playTo(playhead: number): this {
    if (this.mode !== 'playing') throw new Error(`playTo while ${this.mode}`);
    const target = Math.round(playhead * 1000);
    // Looped: a ping nudged 1 ms past another call takes that ms from playback.
    while (this.playheadMs < target) this.wait((target - this.playheadMs) / 1000);
    return this;
  }

  private nextPing(): number | undefined {
    if (!PINGING.has(this.mode)) return undefined;
    const every = this.mode === 'ad' || this.mode === 'ad-break' ? AD_PING_MS : CONTENT_PING_MS;
    const next = (Math.floor(this.lastPingBoundary / every) + 1) * every;
    // After a switch between ad and content cadence, resume on the new grid from now.
    return next + every <= this.ms ? Math.ceil(this.ms / every) * every : next;
  }

  private advanceTo(ms: number): void {
    if (ms <= this.ms) return;
    if (this.mode === 'playing') this.playheadMs += ms - this.ms;
    this.ms = ms;
  }

  /**
   * The moment of the next call: now, or 1 ms after the last one, since two events must never
   * share a ts. The nudge is bookkeeping, not playback: the playhead does not move with it.
   */
  private tick(): number {
    this.ms = Math.max(this.ms, this.lastMs + 1);
    this.lastMs = this.ms;
    return this.ms;
  }

  private playerTime(at: number): EventBody['playerTime'] {
    return { playhead: this.playheadMs / 1000, ts: this.startTs + at };
  }

  private follow(eventType: EventType, params: Record<string, unknown> | undefined): void {
    const p = params ?? {};
    switch (eventType) {
      case 'sessionStart':
        this.mode = 'starting';
        this.lastPingBoundary = this.ms;
        break;
      case 'adBreakStart':
        this.mode = 'ad-break';
        break;
      case 'adStart':
        this.mode = 'ad';
        this.adLabel = `Ad ${String(p['media.ad.podPosition'])}: ${String(p['media.ad.name'] ?? p['media.ad.id'])}`;
        break;
      case 'adComplete':
      case 'adSkip':
        this.mode = 'ad-break';
        break;
      case 'adBreakComplete':
        this.mode = 'starting';
        break;
      case 'play':
        this.mode = 'playing';
        break;
      case 'pauseStart':
        this.mode = 'paused';
        break;
      case 'bufferStart':
        this.mode = 'buffering';
        break;
      case 'chapterStart':
        this.chapterLabel = `Chapter ${String(p['media.chapter.index'])}: ${String(p['media.chapter.friendlyName'] ?? '')}`;
        break;
      case 'chapterComplete':
      case 'chapterSkip':
        this.chapterLabel = '';
        break;
      case 'sessionComplete':
        this.mode = 'complete';
        break;
      case 'sessionEnd':
        this.mode = 'ended';
        break;
      default:
        break;
    }
  }

  private push(
    atMs: number,
    payload: Payload,
    target: Target,
    transport: Transport,
    expect: number,
    note: string | undefined,
  ): this {
    const call: ScenarioCall = { atMs, target, transport, payload, expect, view: this.view() };
    if (note) call.note = note;
    this.calls.push(call);
    return this;
  }

  private view(): PlayerView {
    const inAd = this.mode === 'ad';
    return {
      mode: this.mode,
      playhead: this.playheadMs / 1000,
      contentLength: this.contentLength,
      label: inAd ? this.adLabel : this.chapterLabel,
    };
  }
}
