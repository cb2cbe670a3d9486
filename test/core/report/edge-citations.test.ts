import { describe, expect, test } from 'vitest';
import { formatJson } from '../../../src/core/report/json.js';
import { formatJunit } from '../../../src/core/report/junit.js';
import { formatMarkdown } from '../../../src/core/report/markdown.js';
import { numberCalls, reportCalls, type FileReport } from '../../../src/core/report/file-report.js';
import { english } from '../../../src/i18n/translator.js';
import { adStart, ev, sessionStart, toCalls } from '../../support/calls.js';
import { toEdgeCalls } from '../../support/edge-calls.js';
import { xpath } from '../../support/xmllint.js';

/**
 * One session with an adStart outside any ad break, sent through each API: the reports print
 * the pointer into that call's own body and cite that API's pages.
 */
const events = () => [{ body: sessionStart(0) }, { body: ev('play', 0.5) }, { body: adStart(1) }];
const edgeReport = (): FileReport => reportCalls('edge.har', numberCalls(toEdgeCalls(events())));
const mcReport = (): FileReport => reportCalls('mc.har', numberCalls(toCalls(events())));

const EDGE_ADS = 'https://developer.adobe.com/data-collection-apis/docs/endpoints/media/ads/';
const MC_EVENTS_REQUEST = 'https://experienceleague.adobe.com/en/docs/media-analytics/using/implementation/media-collection-api/mc-api-ref/mc-api-events-req';
const MC_VALIDATE = 'https://experienceleague.adobe.com/en/docs/media-analytics/using/implementation/media-collection-api/mc-api-impl/mc-api-validate-reqs';

/** The Docs line of the Markdown item of the first finding of `rule`. */
function docsLineOf(md: string, rule: string): string | undefined {
  const lines = md.split('\n');
  const item = lines.findIndex((l) => l.startsWith(`- **${rule}**`));
  return lines.slice(item + 1, item + 3).find((l) => l.trim().startsWith('Docs:'));
}

interface JsonFinding {
  rule: string;
  pointer: string | null;
}
const jsonFindings = (report: FileReport) =>
  (JSON.parse(formatJson([report], { translator: english })) as { sessions: { findings: JsonFinding[] }[] }).sessions.flatMap((s) => s.findings);

describe('reports of a Media Edge session', () => {
  test('--format json prints the pointer into the Media Edge body; a Media Collection API session keeps its own', () => {
    expect(jsonFindings(edgeReport()).find((f) => f.rule === 'ad-outside-break')?.pointer).toBe('/events/0/xdm/eventType');
    expect(jsonFindings(mcReport()).find((f) => f.rule === 'ad-outside-break')?.pointer).toBe('/eventType');
  });

  test('Markdown links the Media Edge ad page, and marks a Media Collection API page cited for want of an Edge one', () => {
    const md = formatMarkdown([edgeReport()], { quiet: false, translator: english });
    const adDocs = docsLineOf(md, 'ad-outside-break');
    expect(adDocs).toContain(`[Media Edge ad endpoints](${EDGE_ADS})`);
    expect(adDocs).not.toContain(MC_EVENTS_REQUEST);
    expect(docsLineOf(md, 'accepted-not-counted')).toContain(`[Validating event requests (Media Collection API page)](${MC_VALIDATE})`);
  });

  test('Markdown of a Media Collection API session is as it was: its pages, unmarked', () => {
    const md = formatMarkdown([mcReport()], { quiet: false, translator: english });
    expect(md).toContain(`[Events request](${MC_EVENTS_REQUEST})`);
    expect(md).not.toContain(EDGE_ADS);
    expect(md).not.toContain('Media Collection API page');
  });

  test('JUnit cites the Media Edge ad page in the failure, and marks a Media Collection API address', () => {
    const xml = formatJunit([edgeReport()], { quiet: false, translator: english });
    const failure = xpath(xml, 'string(/testsuites/testsuite/testcase/failure[1])');
    expect(failure).toContain(`Docs: ${EDGE_ADS}`);
    expect(failure).not.toContain(MC_EVENTS_REQUEST);
    expect(xpath(xml, 'string(/testsuites/testsuite/testcase/system-out)')).toContain(`Docs: ${MC_VALIDATE} (Media Collection API page)`);
  });
});
