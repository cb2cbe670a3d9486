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
const SDK_SESSION_START_PARAMS: readonly string[] = ['media.libraryVersion'];

/**
 * qoeData keys Adobe's SDKs send besides the four the reference pages list: every SDK reports
 * a tracked error as an `error` event whose qoeData holds the error's id and its source
 * ("player" for errors the app reports).
 */
const SDK_QOE_KEYS: readonly string[] = ['media.qoe.errorID', 'media.qoe.errorSource'];

const sdkParamKeys = new Set(SDK_SESSION_START_PARAMS);
const sdkQoeKeys = new Set(SDK_QOE_KEYS);

/** Every key Adobe's SDKs send that the reference pages do not list, params and qoeData alike. */
export const SDK_KEYS: readonly string[] = [...SDK_SESSION_START_PARAMS, ...SDK_QOE_KEYS];

export function isSdkParam(eventType: string, key: string): boolean {
  return eventType === 'sessionStart' && sdkParamKeys.has(key);
}

export function isSdkQoeKey(key: string): boolean {
  return sdkQoeKeys.has(key);
}

/** Whether Adobe's SDKs send `key`, in params or in qoeData (what it means is the catalog's `schema.param.<key>`). */
export function isSdkKey(key: string): boolean {
  return SDK_KEYS.includes(key);
}
