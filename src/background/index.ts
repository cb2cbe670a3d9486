import browser from 'webextension-polyfill';
import { showErrorCount } from './badge.js';
import { CallLog, HELD_OVER_MS } from './call-log.js';
import { mayCapture } from './capture-access.js';
import { registerCapture } from './capture.js';
import { refreshCaptureOnGrant } from './grant-refresh.js';
import { report } from './report.js';
import { PanelPorts } from './panel-ports.js';
import { readSettings, registerSettingsChanges } from './settings.js';
import { registerReloadNote, registerTabLifecycle } from './tab-lifecycle.js';
import { textValues } from './text-values.js';
import { markStage } from './timing.js';

/*
 * The background: a Chrome service worker, a Firefox event page. Either may be stopped at any
 * moment, so every listener is registered synchronously here, at the top level (a listener
 * added later misses the event that woke the worker), and all state lives in storage.session.
 */
markStage('mci:worker-script');
const panels = new PanelPorts();
const log = new CallLog(textValues(browser.storage.session), {
  entries: (tabId, entries) => panels.send(tabId, 'entries', entries),
  findings: (tabId, changed) => panels.send(tabId, 'findings', changed),
  dropped: (tabId, count, ids) => panels.send(tabId, 'dropped', { count, ids }),
  cleared: (tabId) => panels.send(tabId, 'cleared', {}),
  tabClosed: (tabId) => panels.send(tabId, 'tabClosed', {}),
  errorCount: showErrorCount,
  sessions: (tabId, update) => panels.send(tabId, 'sessions', update),
}, readSettings());

refreshCaptureOnGrant(registerCapture(log));
registerTabLifecycle(log);
registerReloadNote(log);
registerSettingsChanges(log);
panels.listen(log, mayCapture);
report(log.countBoot());
setTimeout(() => report(log.markHeldOver()), HELD_OVER_MS);
