import type { Finding } from './finding.js';
import type { Report, Reporter, SequenceRule, SequencedEvent, SessionFacts } from './rules/rule.js';
import { emptyObjectArray } from './object-array.js';
import { stepSequenceRules } from './generated/dispatch.js';
import { sequenceRuleMasksByEventType } from './rule-dispatch.js';
import { toFinding } from './rules/to-finding.js';

/** How often rule states are copied, so a late call replays at most this many events. */
const CHECKPOINT_EVERY = 16;
/**
 * Checkpoints kept. Events older than the oldest are let go, so memory and work per call stay
 * flat: the window always reaches at least CHECKPOINT_EVERY events back, more than the server's
 * reorder buffer ("5 seconds or a maximum of 10 events", mc-api-ctrl-order.md), so a call later
 * than that is judged where it arrived, as the server would. Keeping the window short matters:
 * every session keeps its window after it ends, and the garbage collector copies what the
 * windows hold each time it moves them, so long windows would make every collection costly.
 */
const CHECKPOINTS_KEPT = 2;

interface Checkpoint {
  position: number;
  states: unknown[];
}

/** A sequence finding and the position of the event whose step produced it. */
export interface SequenceFinding {
  finding: Finding;
  producedAt: number;
}

export interface FindingSink {
  add(f: SequenceFinding): void;
  remove(f: SequenceFinding): void;
}

/**
 * Runs the sequence rules over one session's accepted events in ts order. Events normally
 * arrive in order and cost one step each; one that arrives late is slotted into place and the
 * tail is replayed from the nearest checkpoint, as the server reorders within its buffer.
 * Positions are absolute (counted from the session's first event); `window` holds the events
 * from `base` on.
 */
export class SessionTracker {
  private window: SequencedEvent[] = emptyObjectArray();
  /**
   * The findings made by the events in the window, in the order of those events. Kept as one
   * list rather than a list per event: nearly every event makes none, and a replay or a slide
   * then costs only the few there are.
   */
  private findings: SequenceFinding[] = emptyObjectArray();
  private base = 0;
  private states: unknown[];
  private checkpoints: Checkpoint[] = emptyObjectArray();
  /** One reporter per rule, made once: steps are the hot path and must not allocate closures. */
  private readonly reporters: Reporter[];
  /** Each rule's onEvent, read once: loading it from ten differently shaped rules per step costs. */
  private readonly onEvents: SequenceRule['onEvent'][];
  /** For each event type, by its position in EVENT_TYPES, the rules it steps, as bits. */
  private readonly stepMasks: readonly number[];
  /**
   * Rules stepped since the last checkpoint was taken or restored, as bits. A checkpoint copies
   * only their states and shares the others' with the last one: most stretches of a session are
   * pings, which leave half the rules untouched.
   */
  private dirty = 0;
  private current = 0;

  constructor(
    private readonly rules: readonly SequenceRule[],
    private facts: SessionFacts,
    private readonly sink: FindingSink,
  ) {
    this.states = rules.map((r) => r.init(facts));
    this.reporters = rules.map((rule) => (r: Report) => this.record(rule, r));
    this.stepMasks = sequenceRuleMasksByEventType(rules);
    this.onEvents = rules.map((r) => r.onEvent);
  }

  get length(): number {
    return this.base + this.window.length;
  }

  insert(event: SequencedEvent): void {
    const at = this.insertionPoint(event.ts);
    if (at === this.window.length) {
      this.window.push(event);
      this.step(this.base + at);
    } else {
      this.window.splice(at, 0, event);
      this.replayFrom(this.base + at);
    }
  }

  /** The sessionStart was seen after all (e.g. a HAR with entries out of order): judge anew. */
  restartWith(facts: SessionFacts): void {
    this.facts = facts;
    if (this.base === 0) this.replayFrom(0);
  }

  /**
   * End of input (a whole HAR was read): what is still open. Runs on copies of the states, and
   * its findings count as the last event's, so a later late call withdraws them on replay.
   */
  finish(): void {
    const last = this.length - 1;
    if (last < 0) return;
    this.current = last;
    this.rules.forEach((rule, i) => rule.onEnd?.(rule.clone(this.states[i]), this.at(last), this.reporters[i]!));
  }

  private at(position: number): SequencedEvent {
    return this.window[position - this.base]!;
  }

  /** Index in the window where an event with this ts goes: after any with the same ts (it came later). */
  private insertionPoint(ts: number): number {
    const w = this.window;
    let hi = w.length;
    if (hi === 0 || w[hi - 1]!.ts <= ts) return hi;
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (w[mid]!.ts <= ts) lo = mid + 1;
      else hi = mid;
    }
    // Older than every event still held: too late to reorder, judged where it arrived.
    return lo === 0 && this.base > 0 ? w.length : lo;
  }

  private replayFrom(position: number): void {
    while (this.checkpoints.length && this.checkpoints[this.checkpoints.length - 1]!.position > position) {
      this.checkpoints.pop();
    }
    const checkpoint = this.checkpoints[this.checkpoints.length - 1];
    const start = checkpoint ? checkpoint.position : this.base;
    this.states = checkpoint
      ? checkpoint.states.map((s, i) => this.rules[i]!.clone(s))
      : this.rules.map((r) => r.init(this.facts));
    this.dirty = 0;
    const findings = this.findings;
    let cut = findings.length;
    while (cut > 0 && findings[cut - 1]!.producedAt >= start) cut--;
    for (let k = cut; k < findings.length; k++) this.sink.remove(findings[k]!);
    findings.length = cut;
    for (let p = start; p < this.length; p++) this.step(p);
  }

  private step(position: number): void {
    if (position % CHECKPOINT_EVERY === 0 && position > 0) this.checkpoint(position);
    this.current = position;
    const event = this.at(position);
    const m = this.stepMasks[event.typeIndex]!;
    this.dirty |= m;
    // Unrolled, a call site per rule position, so each rule is inlined: see scripts/generate-dispatch.ts.
    stepSequenceRules(m, this.onEvents, this.states, event, this.reporters);
  }

  private record(rule: SequenceRule, r: Report): void {
    const f: SequenceFinding = { producedAt: this.current, finding: toFinding(rule.meta, this.at(this.current).callId, r) };
    this.findings.push(f);
    this.sink.add(f);
  }

  private checkpoint(position: number): void {
    const last = this.checkpoints[this.checkpoints.length - 1];
    if (last && last.position === position) return;
    // Snapshots are never changed (a restore copies them), so an untouched rule's can be shared.
    const dirty = this.dirty;
    this.checkpoints.push({
      position,
      states: this.states.map((s, i) => (last === undefined || ((dirty >>> i) & 1) === 1 ? this.rules[i]!.clone(s) : last.states[i])),
    });
    this.dirty = 0;
    if (this.checkpoints.length > CHECKPOINTS_KEPT) {
      this.checkpoints.shift();
      this.forgetBefore(this.checkpoints[0]!.position);
    }
  }

  /** Lets go of events no replay can reach any more. */
  private forgetBefore(position: number): void {
    const n = position - this.base;
    if (n <= 0) return;
    this.window.splice(0, n);
    const findings = this.findings;
    let k = 0;
    while (k < findings.length && findings[k]!.producedAt < position) k++;
    if (k > 0) findings.splice(0, k);
    this.base = position;
  }
}
