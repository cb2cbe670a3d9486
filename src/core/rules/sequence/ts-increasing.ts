import { message } from '../../../i18n/message.js';
import { pointerTo } from '../../event-place.js';
import { adobeSdkOfStart } from '../../sdk/adobe-sdks.js';
import type { SequenceRule } from '../rule.js';

interface State {
  /** NaN before the first event, equal to no ts. (A number field, not undefined: see ping-cadence.) */
  prevTs: number;
  prevCallId: string;
  /** The Adobe SDK that sent the session ('' for any other player): it stamps its events itself. */
  sdk: string;
}

export const tsIncreasing: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'ts-not-increasing',
    title: 'rules-sequence.ts-not-increasing.title',
    severity: 'warning',
    docs: ['controlOrder'],
    edgeDocs: ['edgeExamples', 'controlOrder'],
    summary:
      'The server orders a session\'s events by playerTime.ts, so two events must never carry the same ts: keep them at least 1 ms apart. (Events that reach the network out of ts order are judged by the out-of-order-arrival rule.)',
    choice:
      'Adobe\'s own Media SDKs stamp every event one tracker call produces with that call\'s time (adStart and the play that follows it, adComplete, adBreakComplete and play), and the server accepts their sessions. In a session whose media.libraryVersion names one of them, equal ts is the SDK\'s doing: info, saying so.',
  },
  init: () => ({ prevTs: NaN, prevCallId: '', sdk: '' }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    if (Number.isNaN(s.prevTs)) s.sdk = adobeSdkOfStart(e);
    else if (s.prevTs === e.ts) {
      const values = { eventType: e.eventType, ts: e.ts, sdk: s.sdk };
      report(
        s.sdk === ''
          ? {
              message: message('rules-sequence.ts-not-increasing.same-ts', values),
              action: message('rules-sequence.ts-not-increasing.action'),
              pointer: pointerTo(e, 'ts'),
              relatedCallIds: [s.prevCallId],
            }
          : { severity: 'info', message: message('rules-sequence.ts-not-increasing.same-ts.sdk', values), pointer: pointerTo(e, 'ts'), relatedCallIds: [s.prevCallId] },
      );
    }
    s.prevTs = e.ts;
    s.prevCallId = e.callId;
  },
};
