import { readFileSync } from 'node:fs';
import type { CapturedCall } from '../../src/core/call.js';
import { toCalls } from './calls.js';

export interface TimelineFixture {
  title: string;
  source: string;
  calls: { action: string; atSeconds: number; path: string; body: unknown }[];
}

export const TIMELINES = ['timeline-1', 'timeline-2', 'timeline-3', 'player-states'] as const;

export function loadTimeline(name: string): TimelineFixture {
  return JSON.parse(readFileSync(new URL(`../fixtures/adobe/${name}.json`, import.meta.url), 'utf8')) as TimelineFixture;
}

export function timelineCalls(name: string): CapturedCall[] {
  const t = loadTimeline(name);
  return toCalls(t.calls.map((c) => ({ body: c.body, viaSessions: c.path === '/api/v1/sessions' })), { idPrefix: `${name}-` });
}
