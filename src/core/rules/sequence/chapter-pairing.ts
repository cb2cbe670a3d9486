import { message } from '../../../i18n/message.js';
import type { SequenceRule } from '../rule.js';

interface State {
  openCallId: string | undefined;
  sawAny: boolean;
  startSeen: boolean;
}

export const chapterPairing: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'chapter-pairing',
    title: 'rules-sequence.chapter-pairing.title',
    severity: 'warning',
    docs: ['chaptersOverview'],
    summary:
      'Chapters cannot overlap: close each one with chapterComplete or chapterSkip before the next chapterStart, and close only a chapter that was started.',
    choice: 'The docs forbid overlap but do not say what the server does with it, so this is a warning. A chapter still open when the session ends is only info: chapters are optional.',
  },
  eventTypes: ['chapterStart', 'chapterComplete', 'chapterSkip'],
  init: (facts) => ({ openCallId: undefined, sawAny: false, startSeen: facts.startSeen }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    switch (e.eventType) {
      case 'chapterStart':
        if (s.openCallId !== undefined) {
          report({
            message: message('rules-sequence.chapter-pairing.overlap'),
            action: message('rules-sequence.chapter-pairing.overlap.action'),
            relatedCallIds: [s.openCallId],
          });
        }
        s.openCallId = e.callId;
        s.sawAny = true;
        return;
      case 'chapterComplete':
      case 'chapterSkip': {
        if (s.openCallId === undefined) {
          const unseen = !s.startSeen && !s.sawAny;
          report({
            severity: unseen ? 'info' : 'warning',
            message: message(unseen ? 'rules-sequence.chapter-pairing.close-before-capture' : 'rules-sequence.chapter-pairing.close-without-chapter', { eventType: e.eventType }),
            action: message('rules-sequence.chapter-pairing.close.action'),
          });
        }
        s.openCallId = undefined;
        s.sawAny = true;
        return;
      }
    }
  },
  onEnd(s, _last, report) {
    if (s.openCallId === undefined) return;
    report({ callId: s.openCallId, severity: 'info', message: message('rules-sequence.chapter-pairing.never-closed') });
  },
};
