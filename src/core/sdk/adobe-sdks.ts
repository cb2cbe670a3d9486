/**
 * What Adobe's own Media SDKs put in the calls they send, so that the rules can tell what a
 * player team controls from what the SDK does by itself. Facts gathered from the SDKs' public
 * sources and tests (see test/fixtures/sdk/README.md for where each comes from); none of their
 * code is used here.
 *
 * Pure data and pure functions.
 */
import type { MediaEvent } from '../media-event.js';

/**
 * The platforms whose SDKs report themselves in sessionStart's `media.libraryVersion`, by the
 * prefix the SDK writes before its version: the JavaScript SDK 3.x writes "js-3.1.0", the iOS
 * and tvOS extensions "ios-media-5.0.1" and "tvos-media-5.0.1", the Android extension
 * "android-media-3.1.2".
 */
const PLATFORM_PREFIXES: readonly { prefix: string; platform: string }[] = [
  { prefix: 'js-', platform: 'JavaScript' },
  { prefix: 'ios-media-', platform: 'iOS' },
  { prefix: 'tvos-media-', platform: 'tvOS' },
  { prefix: 'android-media-', platform: 'Android' },
];

const VERSION = /^\d+(\.[0-9A-Za-z-]+)*$/;

/**
 * The SDK a sessionStart's `media.libraryVersion` names, as shown to users ("js-3.1.0"), or ''
 * when the value is not one an Adobe SDK writes (a player of its own, or no value). A string
 * rather than an object: sequence rules keep it in their state, which is copied at checkpoints.
 */
export function adobeSdkOf(libraryVersion: unknown): string {
  if (typeof libraryVersion !== 'string') return '';
  for (const { prefix } of PLATFORM_PREFIXES) {
    if (libraryVersion.startsWith(prefix) && VERSION.test(libraryVersion.slice(prefix.length))) return libraryVersion;
  }
  return '';
}

/** The SDK that sent a session, read off its sessionStart; '' for any other event or player. */
export function adobeSdkOfStart(event: MediaEvent): string {
  return event.eventType === 'sessionStart' && event.params !== undefined ? adobeSdkOf(event.params['media.libraryVersion']) : '';
}

/** The platform of an SDK label ("JavaScript" for "js-3.1.0"). */
export function sdkPlatform(sdk: string): string {
  return PLATFORM_PREFIXES.find((p) => sdk.startsWith(p.prefix))?.platform ?? 'unknown';
}

/**
 * params keys Adobe's SDKs send that the Media Collection API's reference pages do not list.
 * Documented vocabulary all the same (the SDK is Adobe's own client of the API), never unknown.
 */
export const SDK_PARAMS: readonly { key: string; on: 'sessionStart'; meaning: string }[] = [
  {
    key: 'media.libraryVersion',
    on: 'sessionStart',
    meaning: 'The Adobe Media SDK that sent the session and its version, e.g. "js-3.1.0"; the SDK sets it on every sessionStart',
  },
];

/**
 * qoeData keys Adobe's SDKs send besides the four the reference pages list: every SDK reports
 * a tracked error as an `error` event whose qoeData holds the error's id and its source
 * ("player" for errors the app reports).
 */
export const SDK_QOE_KEYS: readonly { key: string; meaning: string }[] = [
  { key: 'media.qoe.errorID', meaning: 'The id of the error (Adobe\'s SDKs send it in qoeData of an error event)' },
  { key: 'media.qoe.errorSource', meaning: 'Where the error came from, "player" or "external" (Adobe\'s SDKs send it in qoeData of an error event)' },
];

const sdkParamKeys = new Set(SDK_PARAMS.map((p) => p.key));
const sdkQoeKeys = new Set(SDK_QOE_KEYS.map((q) => q.key));

export function isSdkParam(eventType: string, key: string): boolean {
  return eventType === 'sessionStart' && sdkParamKeys.has(key);
}

export function isSdkQoeKey(key: string): boolean {
  return sdkQoeKeys.has(key);
}

export function describeSdkKey(key: string): string | undefined {
  return SDK_PARAMS.find((p) => p.key === key)?.meaning ?? SDK_QOE_KEYS.find((q) => q.key === key)?.meaning;
}
