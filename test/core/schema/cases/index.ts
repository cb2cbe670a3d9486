import type { EventType } from '../../../../src/core/event-types.js';
import type { SchemaCase } from './types.js';
import adBreakComplete from './adBreakComplete.js';
import adBreakStart from './adBreakStart.js';
import adComplete from './adComplete.js';
import adSkip from './adSkip.js';
import adStart from './adStart.js';
import bitrateChange from './bitrateChange.js';
import bufferStart from './bufferStart.js';
import chapterComplete from './chapterComplete.js';
import chapterSkip from './chapterSkip.js';
import chapterStart from './chapterStart.js';
import error from './error.js';
import pauseStart from './pauseStart.js';
import ping from './ping.js';
import play from './play.js';
import sessionComplete from './sessionComplete.js';
import sessionEnd from './sessionEnd.js';
import sessionStart from './sessionStart.js';
import stateEnd from './stateEnd.js';
import stateStart from './stateStart.js';
import statesUpdate from './statesUpdate.js';

/** The cases of every event type; a missing type is a compile error. */
export const CASES: Record<EventType, SchemaCase[]> = {
  sessionStart,
  play,
  ping,
  bitrateChange,
  bufferStart,
  pauseStart,
  adBreakStart,
  adStart,
  adComplete,
  adSkip,
  adBreakComplete,
  chapterStart,
  chapterSkip,
  chapterComplete,
  error,
  sessionEnd,
  sessionComplete,
  stateStart,
  stateEnd,
  statesUpdate,
};
