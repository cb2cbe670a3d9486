import { translatorFor } from '../i18n/translator.js';
import { environmentLocale } from './language.js';
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug of ours, not bad input: still one line, and a distinct status.
    const t = translatorFor(environmentLocale(process.env));
    process.stderr.write(`mc-inspect: ${t.t('cli.error.internal', { reason: e instanceof Error ? e.message : String(e) })}\n`);
    process.exitCode = 3;
  },
);
