/**
 * `npm run soak` (after `npm run build`): the long run of issue 17. A page sends a session's
 * traffic to a local stand-in API while the extension's worker is stopped again and again; the
 * run prints every call's fate, the storage-quota policy's dropped count, and memory over time.
 * Exits 1 when a call was lost and a forced stop does not explain it (see unexplainedLosses), a stored call is wrong, or the worker logged an error.
 *
 * Flags or env: --minutes / SOAK_MINUTES (10), --rate / SOAK_RATE (calls a second, 50),
 * --stop-every / SOAK_STOP_EVERY (seconds, 60), --sample-every / SOAK_SAMPLE_EVERY (seconds, 15),
 * --pad / SOAK_PAD (custom metadata characters per body, 1000).
 */
import { parseArgs } from 'node:util';
import { describeSoak, runSoak, unexplainedLosses } from '../test/soak/run-soak.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: process.env.SOAK_MINUTES ?? '10' },
    rate: { type: 'string', default: process.env.SOAK_RATE ?? '50' },
    'stop-every': { type: 'string', default: process.env.SOAK_STOP_EVERY ?? '60' },
    'sample-every': { type: 'string', default: process.env.SOAK_SAMPLE_EVERY ?? '15' },
    pad: { type: 'string', default: process.env.SOAK_PAD ?? '1000' },
  },
});
const number = (name: keyof typeof values, least = Number.MIN_VALUE) => {
  const n = Number(values[name]);
  if (!Number.isFinite(n) || n < least) throw new Error(`--${name} must be a number of at least ${least}, not ${values[name]}`);
  return n;
};

const options = {
  durationMs: number('minutes') * 60_000,
  rate: number('rate'),
  stopEveryMs: number('stop-every') * 1000,
  sampleEveryMs: number('sample-every') * 1000,
  padBytes: number('pad', 0),
};
console.log(`soak: ${options.rate} calls/s for ${options.durationMs / 60_000} min, worker stopped every ${options.stopEveryMs / 1000} s, ${options.padBytes} characters of metadata per body`);
const report = await runSoak({ ...options, onSample: (s) => console.log(`  ${s.atS} s: ${s.sent} sent`) });
for (const line of describeSoak(report)) console.log(line);
process.exitCode = unexplainedLosses(report).length === 0 && report.wrong === 0 && report.workerErrors.length === 0 ? 0 : 1;
