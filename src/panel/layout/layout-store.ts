import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { arrange, type Arrangement, type PanelSize } from './arrangement.js';
import { DEFAULT_LAYOUT, loadLayout, saveLayout, type LayoutPrefs, type LayoutStorageArea } from './persisted-layout.js';

export type PaneSize = 'sessionsWidth' | 'detailsWidth' | 'timelineHeight';

/** The panel's measured size and the user's pane sizes, and where that puts each part. */
export interface LayoutStore {
  size: ReadonlySignal<PanelSize>;
  prefs: ReadonlySignal<LayoutPrefs>;
  arrangement: ReadonlySignal<Arrangement>;
  setSize(size: PanelSize): void;
  setPane(pane: PaneSize, px: number): void;
  resetPane(pane: PaneSize): void;
  toggleTimeline(): void;
}

/** How long after the last change the prefs are written: a drag changes them every frame. */
const SAVE_DELAY_MS = 300;

/**
 * Without a storage area the layout lives for the page only (component tests); with one, the
 * stored prefs replace the defaults once read, and every change is written back.
 */
export function createLayoutStore(area?: LayoutStorageArea, initialSize: PanelSize = { width: 1280, height: 720 }): LayoutStore {
  const size = signal(initialSize);
  const prefs = signal<LayoutPrefs>(DEFAULT_LAYOUT);
  let touched = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (area) {
    // The first render does not wait for this: the list shows at once, in the default layout
    // for the few milliseconds the read takes. A change made meanwhile wins over the stored one.
    void loadLayout(area).then((stored) => {
      if (!touched) prefs.value = stored;
    });
  }
  const update = (next: LayoutPrefs) => {
    touched = true;
    prefs.value = next;
    if (!area) return;
    clearTimeout(timer);
    timer = setTimeout(() => void saveLayout(area, prefs.peek()).catch(() => undefined), SAVE_DELAY_MS);
  };
  const arrangement = computed(() => arrange(size.value, prefs.value));
  return {
    size,
    prefs,
    arrangement,
    setSize(next) {
      const now = size.peek();
      if (now.width !== next.width || now.height !== next.height) size.value = next;
    },
    setPane: (pane, px) => update({ ...prefs.peek(), [pane]: Math.round(px) }),
    resetPane: (pane) => update({ ...prefs.peek(), [pane]: DEFAULT_LAYOUT[pane] }),
    toggleTimeline() {
      const which = arrangement.peek().short ? 'short' : 'tall';
      const folded = prefs.peek().timelineFolded;
      update({ ...prefs.peek(), timelineFolded: { ...folded, [which]: !folded[which] } });
    },
  };
}
