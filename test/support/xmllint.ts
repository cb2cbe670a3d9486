import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The JUnit schema Jenkins' xUnit plugin validates JUnit reports with; see test/fixtures/junit/README.md. */
export const JUNIT_XSD = new URL('../fixtures/junit/junit-10.xsd', import.meta.url).pathname;

const XMLLINT = '/usr/bin/xmllint';
const dir = mkdtempSync(join(tmpdir(), 'mc-junit-'));
let n = 0;

function xmllint(args: string[], xml: string): { status: number; out: string; err: string } {
  const file = join(dir, `report-${++n}.xml`);
  writeFileSync(file, xml);
  const r = spawnSync(XMLLINT, [...args, file], { encoding: 'utf8' });
  if (r.error) {
    // Never skipped: a missing validator fails the run with the way to install it.
    throw new Error(`${XMLLINT} could not run (${r.error.message}). Install Debian's libxml2-utils: apt-get install -y libxml2-utils`);
  }
  return { status: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** libxml2's validation against an XSD: the errors it prints, none when the document is valid. */
export function schemaErrors(xml: string, xsd = JUNIT_XSD): string[] {
  const r = xmllint(['--noout', '--schema', xsd], xml);
  return r.status === 0 ? [] : r.err.split('\n').filter((l) => l && !l.endsWith('fails to validate'));
}

/** An XPath 1.0 expression evaluated by libxml2 on the document (a real parser, not a regex). */
export function xpath(xml: string, expression: string): string {
  const r = xmllint(['--xpath', expression], xml);
  if (r.status !== 0) throw new Error(`xmllint --xpath ${expression}: ${r.err}`);
  // xmllint ends what it prints with one line break of its own.
  return r.out.endsWith('\n') ? r.out.slice(0, -1) : r.out;
}
