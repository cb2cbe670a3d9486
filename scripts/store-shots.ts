/**
 * The stores' screenshots (`npm run store` takes them): the demo's panel in a browser window of
 * the stores' size, in each theme, docked at each side DevTools is usually docked.
 */
import type { Theme } from '../test/e2e/support/demo-panel.js';

export type { Theme };

export const STORE_SHOT_SIZE = { width: 1280, height: 800 } as const;

export type Dock = 'right' | 'bottom';

export interface StoreShot {
  theme: Theme;
  dock: Dock;
  /** Relative to the repository's root. */
  file: string;
}

export const STORE_SHOTS: readonly StoreShot[] = (['light', 'dark'] as const).flatMap((theme) =>
  (['right', 'bottom'] as const).map((dock) => ({ theme, dock, file: `store/screenshots/${theme}-${dock}.png` })),
);
