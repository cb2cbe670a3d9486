import { expect, test } from 'vitest';
import { createTranslator, english } from '../../src/i18n/translator.js';
import { reportOf } from '../../src/panel/selection-files.js';

test('the panel’s Markdown report is written in the panel’s language', () => {
  expect(reportOf(english, [], new Map())).toBe('# Media Collection API report\n\n**Verdict: nothing to judge**: no Media Collection API calls.\n');
  expect(reportOf(createTranslator('de'), [], new Map())).toBe('# Bericht zur Media Collection API\n\n**Ergebnis: nichts zu prüfen**: keine Aufrufe der Media Collection API.\n');
});
