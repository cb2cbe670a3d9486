import { describe } from 'vitest';
import { captureSuite } from './capture-suite.js';
import { demoSuite } from './demo-suite.js';
import { hostileSuite } from './hostile-suite.js';
import { launchFirefox } from './support/firefox.js';

/**
 * A one-second idle timeout: Firefox suspends the event page whenever the tests pause, so
 * every scenario here also runs across background restarts, not only the one that waits for it.
 */
describe('Firefox', () => {
  captureSuite(() => launchFirefox({ idleTimeoutMs: 1000 }));
  demoSuite(() => launchFirefox({ idleTimeoutMs: 1000 }));
  hostileSuite(() => launchFirefox({ idleTimeoutMs: 1000 }));
});
