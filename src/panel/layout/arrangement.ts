import { ROW_HEIGHT } from '../virtual-window.js';
import type { LayoutPrefs } from './persisted-layout.js';
import { clampPane, type PaneLimits } from './pane-size.js';

/** Below this width the session list is a selector above the calls and the toolbar keeps its first controls only. */
export const NARROW_WIDTH = 640;
/** Below this width the toolbar's secondary controls go into its overflow menu. */
export const TOOLBAR_FULL_WIDTH = 900;
/** Below this height a panel is short (docked at the bottom): the timeline starts folded. */
export const SHORT_HEIGHT = 420;
/** The least the call list and the details keep beside each other; with less room the details go over the list. */
export const LIST_MIN_WIDTH = 320;
export const DETAILS_MIN_WIDTH = 280;
export const SESSIONS_MIN_WIDTH = 150;
export const SESSIONS_MAX_WIDTH = 420;
/** Heights of the one-line bars, px (the CSS sets the same). */
export const TOOLBAR_HEIGHT = 28;
export const SESSION_BAR_HEIGHT = 28;
export const TIMELINE_STRIP_HEIGHT = 24;
export const SEPARATOR_SIZE = 5;
/** The unfolded timeline's least height: two lanes. */
export const TIMELINE_MIN_HEIGHT = 48;
/** The unfolded timeline's full height: every lane (Timeline.tsx draws 7 lanes of 22 px under a 16 px axis, in 2 px padding). */
export const TIMELINE_FULL_HEIGHT = 178;

export interface PanelSize {
  width: number;
  height: number;
}

/** Where each part of the panel goes at one size, with the user's sizes clamped to the room there is. */
export interface Arrangement {
  /** Session list as a selector above the calls, toolbar controls in its menu. */
  narrow: boolean;
  short: boolean;
  toolbarMenu: boolean;
  /** The session list beside the calls; undefined when narrow. */
  sessions?: { width: number; limits: PaneLimits };
  /** The details beside the list, or over it (`over`: they take the list's place until closed). */
  details: { over: true } | { over: false; width: number; limits: PaneLimits };
  /** The timeline's strip, or its unfolded height (the lanes scroll within it when it is lower than they are). */
  timeline: { folded: true; canUnfold: boolean } | { folded: false; height: number; limits: PaneLimits };
  /** Rows the list keeps on screen whatever the timeline's size. */
  listMinRows: number;
}

export function arrange(size: PanelSize, prefs: LayoutPrefs): Arrangement {
  const narrow = size.width < NARROW_WIDTH;
  const short = size.height < SHORT_HEIGHT;
  const sessions = narrow
    ? undefined
    : (() => {
        const limits = { min: SESSIONS_MIN_WIDTH, max: Math.min(SESSIONS_MAX_WIDTH, Math.round(size.width * 0.4)) };
        return { width: clampPane(prefs.sessionsWidth, limits), limits };
      })();
  const contentWidth = size.width - (sessions ? sessions.width + SEPARATOR_SIZE : 0);
  const detailsLimits = { min: DETAILS_MIN_WIDTH, max: contentWidth - LIST_MIN_WIDTH - SEPARATOR_SIZE };
  const details: Arrangement['details'] =
    detailsLimits.max < detailsLimits.min ? { over: true } : { over: false, width: clampPane(prefs.detailsWidth, detailsLimits), limits: detailsLimits };

  const listMinRows = size.height >= 260 ? 5 : 3;
  // What is left for the timeline once the bars and the list's header and least rows have theirs.
  const room = size.height - TOOLBAR_HEIGHT - (narrow ? SESSION_BAR_HEIGHT : 0) - (listMinRows + 1) * ROW_HEIGHT - SEPARATOR_SIZE - 4;
  const canUnfold = room >= TIMELINE_MIN_HEIGHT;
  const folded = prefs.timelineFolded[short ? 'short' : 'tall'] || !canUnfold;
  const limits = { min: TIMELINE_MIN_HEIGHT, max: Math.min(TIMELINE_FULL_HEIGHT, room) };
  const timeline: Arrangement['timeline'] = folded ? { folded: true, canUnfold } : { folded: false, height: clampPane(prefs.timelineHeight, limits), limits };
  return { narrow, short, toolbarMenu: size.width < TOOLBAR_FULL_WIDTH, sessions, details, timeline, listMinRows };
}
