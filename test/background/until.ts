import { expect } from 'vitest';

/** Waits for work the background starts without handing back a promise (moving entries into chunks). */
export async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(condition()).toBe(true);
}
