import browser from 'webextension-polyfill';
import type { RuleSettings } from '../core/settings/rule-settings.js';
import { readRuleSettings, touchesRuleSettings } from '../settings/rule-settings-store.js';
import type { CallLog } from './call-log.js';
import { report } from './report.js';

/** The user's rule settings as stored now (their notes are the panel's to show). */
export function readSettings(): Promise<RuleSettings> {
  return readRuleSettings(browser.storage.sync, browser.storage.local).then((read) => read.settings);
}

/**
 * When the settings change (in a panel, or synced from another machine), every tab is judged
 * again under them. Registered synchronously from the top level, like every listener: a change
 * is what may wake a stopped worker.
 */
export function registerSettingsChanges(log: CallLog): void {
  // One change at a time, each reading what is stored when it starts: a save writes both areas,
  // and the two events it brings cost one re-judging, not two (nor an older read applied last).
  let queue: Promise<void> = Promise.resolve();
  let queued = false;
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (!touchesRuleSettings(Object.keys(changes), areaName) || queued) return;
    queued = true;
    queue = queue.then(async () => {
      queued = false;
      await log.applySettings(await readSettings());
    });
    report(queue);
  });
}
