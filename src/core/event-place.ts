import type { MediaEvent } from './media-event.js';

/**
 * Where a media event's fields sit in the body that carried it. The sequence rules are shared by
 * both APIs and name a field (the playhead, the ts); the event's place turns that into a JSON
 * pointer (RFC 6901) into its own body, so a finding on a Media Edge call points at
 * `/events/0/xdm/mediaCollection/playhead`, not at the Media Collection API's `/playerTime/playhead`.
 */
export interface BodyLayout {
  /** The event's time: `playerTime.ts` (ms) or the Media Edge API's ISO `timestamp`. */
  readonly ts: string;
  readonly playhead: string;
  readonly eventType: string;
  /** The list of player states a statesUpdate starts. */
  readonly statesStart: string;
  /** A state's name inside one entry of that list. */
  readonly stateName: string;
  /** The name of the state a stateStart starts. */
  readonly stateStartName: string;
}

/** An event's layout, and the pointer of the object that layout is relative to ('' for the body itself). */
export interface EventPlace {
  readonly layout: BodyLayout;
  readonly at: string;
}

/** A Media Collection API body: one event, its fields at the top. */
const MEDIA_COLLECTION: BodyLayout = {
  ts: '/playerTime/ts',
  playhead: '/playerTime/playhead',
  eventType: '/eventType',
  statesStart: '/params/statesStart',
  stateName: '/media.state.name',
  stateStartName: '/params/media.state.name',
};

/** The xdm object of one of a Media Edge body's `events`. */
const EDGE_XDM: BodyLayout = {
  ts: '/timestamp',
  playhead: '/mediaCollection/playhead',
  eventType: '/eventType',
  statesStart: '/mediaCollection/statesStart',
  stateName: '/name',
  // The Media Edge API has no stateStart (states come in statesUpdate): its nearest place.
  stateStartName: '/mediaCollection',
};

/** One item of a `downloaded` call's `xdm.mediaDownloadedEvents`. */
const EDGE_DOWNLOADED: BodyLayout = {
  ...EDGE_XDM,
  ts: '/mediaEventTimestamp',
  eventType: '/mediaEventType',
};

/** Every Media Collection API event's place: shared, so reading an event allocates nothing for it. */
export const MEDIA_COLLECTION_PLACE: EventPlace = { layout: MEDIA_COLLECTION, at: '' };

/** The event in `events[index].xdm` of a Media Edge body. */
export function edgePlace(index: number): EventPlace {
  return { layout: EDGE_XDM, at: `/events/${index}/xdm` };
}

/** Item `item` of the `mediaDownloadedEvents` of `events[index].xdm`. */
export function downloadedPlace(index: number, item: number): EventPlace {
  return { layout: EDGE_DOWNLOADED, at: `/events/${index}/xdm/mediaDownloadedEvents/${item}` };
}

/** The pointer of one of the event's fields in the body that carried it. */
export function pointerTo(e: MediaEvent, field: Exclude<keyof BodyLayout, 'stateName'>): string {
  return e.place.at + e.place.layout[field];
}

/** The pointer of the name of the `i`th state a statesUpdate starts. */
export function startedStatePointer(e: MediaEvent, i: number): string {
  return `${pointerTo(e, 'statesStart')}/${i}${e.place.layout.stateName}`;
}
