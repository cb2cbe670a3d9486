import { readdirSync, readFileSync } from 'node:fs';
import type { CapturedCall } from '../../src/core/call.js';
import { toCalls } from './calls.js';

/** A session as one of Adobe's Media SDKs sends it: see test/fixtures/sdk/README.md. */
export interface SdkSessionFixture {
  title: string;
  /** The SDK's media.libraryVersion. */
  sdk: string;
  tsBase: number;
  /** ts is ms after tsBase, playhead seconds. */
  hits: { eventType: string; ts: number; playhead: number; params?: Record<string, unknown>; qoeData?: unknown; customMetadata?: unknown }[];
}

const DIR = new URL('../fixtures/sdk/', import.meta.url);

export const SDK_SESSIONS: readonly string[] = readdirSync(DIR).filter((f) => f.endsWith('.json'));

export function loadSdkSession(file: string): SdkSessionFixture {
  return JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as SdkSessionFixture;
}

/** The fixture's calls as a browser would capture them; `edit` may change each body first. */
export function sdkSessionCalls(file: string, edit: (body: Record<string, unknown>) => Record<string, unknown> = (b) => b): CapturedCall[] {
  const f = loadSdkSession(file);
  return toCalls(
    f.hits.map(({ eventType, ts, playhead, ...rest }) => ({ body: edit({ playerTime: { playhead, ts: f.tsBase + ts }, eventType, ...rest }) })),
    { idPrefix: `${file}-` },
  );
}
