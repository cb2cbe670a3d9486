import { message } from '../../../i18n/message.js';
import { pointerTo, startedStatePointer } from '../../event-place.js';
import { isObject, type MediaEvent } from '../../media-event.js';
import type { SequenceRule } from '../rule.js';

export const MAX_PLAYER_STATES = 10;

interface State {
  names: string[];
}

export const playerStateLimit: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'player-state-limit',
    title: 'rules-sequence.player-state-limit.title',
    severity: 'error',
    docs: ['playerStateOverview'],
    summary:
      'A session tracks at most 10 distinct player states, open and closed alike; restarting a state does not count again. The server keeps the first 10 and discards the rest.',
    choice: 'State names are compared exactly as sent, so "fullscreen" and "fullScreen" (both documented, C4) count as two states.',
  },
  eventTypes: ['stateStart', 'statesUpdate'],
  init: () => ({ names: [] }),
  clone: (s) => ({ names: [...s.names] }),
  onEvent(s, e, report) {
    if (e.eventType === 'stateStart') {
      check(s, e.params?.['media.state.name'], e, -1, report);
    } else if (e.eventType === 'statesUpdate') {
      const started = e.params?.['statesStart'];
      if (!Array.isArray(started)) return;
      started.forEach((entry, i) => {
        if (isObject(entry)) check(s, entry['media.state.name'], e, i, report);
      });
    }
  },
};

/** `started`: the state's place in the statesStart of a statesUpdate, -1 for a stateStart's. */
function check(s: State, name: unknown, e: MediaEvent, started: number, report: Parameters<SequenceRule['onEvent']>[2]): void {
  if (typeof name !== 'string' || s.names.includes(name)) return;
  s.names.push(name);
  if (s.names.length > MAX_PLAYER_STATES) {
    report({
      message: message('rules-sequence.player-state-limit.too-many', { name, count: s.names.length, max: MAX_PLAYER_STATES }),
      action: message('rules-sequence.player-state-limit.action', { max: MAX_PLAYER_STATES }),
      pointer: started < 0 ? pointerTo(e, 'stateStartName') : startedStatePointer(e, started),
    });
  }
}
