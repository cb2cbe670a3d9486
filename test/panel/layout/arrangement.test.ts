import { describe, expect, it } from 'vitest';
import { arrange, LIST_MIN_WIDTH, TIMELINE_FULL_HEIGHT } from '../../../src/panel/layout/arrangement.js';
import { DEFAULT_LAYOUT, type LayoutPrefs } from '../../../src/panel/layout/persisted-layout.js';

const prefs = (more: Partial<LayoutPrefs> = {}): LayoutPrefs => ({ ...DEFAULT_LAYOUT, ...more });

describe('arrange', () => {
  it('undocked (1400×900): sessions beside the list, details beside it, the full timeline', () => {
    const a = arrange({ width: 1400, height: 900 }, prefs());
    expect(a).toMatchObject({ narrow: false, short: false, toolbarMenu: false, sessions: { width: 240 }, details: { over: false, width: 420 } });
    expect(a.timeline).toMatchObject({ folded: false, height: DEFAULT_LAYOUT.timelineHeight });
  });

  it('docked right (480×800): sessions as a selector, details over the list, the toolbar menu', () => {
    const a = arrange({ width: 480, height: 800 }, prefs());
    expect(a).toMatchObject({ narrow: true, toolbarMenu: true, details: { over: true } });
    expect(a.sessions).toBeUndefined();
    expect(a.timeline.folded).toBe(false);
  });

  it('docked at the bottom (1000×260): the timeline folded, five rows for the list, details still beside it', () => {
    const a = arrange({ width: 1000, height: 260 }, prefs());
    expect(a).toMatchObject({ short: true, listMinRows: 5, timeline: { folded: true, canUnfold: true }, details: { over: false } });
  });

  it('unfolded in a short panel, the timeline gets only what the list leaves it', () => {
    const a = arrange({ width: 1000, height: 260 }, prefs({ timelineFolded: { short: false, tall: false } }));
    expect(a.timeline.folded).toBe(false);
    if (a.timeline.folded) return;
    // 260 = toolbar 28 + timeline + separator 5 + 4 + header and 5 rows of 22
    expect(a.timeline.height).toBeLessThanOrEqual(260 - 28 - 5 - 4 - 6 * 22);
    expect(a.timeline.height).toBeLessThan(TIMELINE_FULL_HEIGHT);
  });

  it('at 360×200 keeps three rows and leaves the timeline folded when there is no room for lanes', () => {
    const a = arrange({ width: 360, height: 200 }, prefs({ timelineFolded: { short: false, tall: false } }));
    expect(a.listMinRows).toBe(3);
    expect(a.timeline).toEqual({ folded: true, canUnfold: false });
  });

  it('clamps stored sizes to the room there is: the list keeps its least width beside the details', () => {
    const a = arrange({ width: 1000, height: 800 }, prefs({ detailsWidth: 5000, sessionsWidth: 5 }));
    expect(a.sessions!.width).toBe(a.sessions!.limits.min);
    expect(a.details.over).toBe(false);
    if (a.details.over) return;
    expect(1000 - a.sessions!.width - 5 - a.details.width - 5).toBeGreaterThanOrEqual(LIST_MIN_WIDTH);
  });

  it('remembers folding apart for short and tall panels', () => {
    const folded = prefs({ timelineFolded: { short: false, tall: true } });
    expect(arrange({ width: 1400, height: 900 }, folded).timeline.folded).toBe(true);
    expect(arrange({ width: 1400, height: 300 }, folded).timeline.folded).toBe(false);
  });
});
