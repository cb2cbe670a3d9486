// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Details } from '../../src/panel/components/Details.js';
import { PWN, bodyText, hostileSession } from '../fixtures/hostile/corpus.js';
import { BOTH_APIS_BODY_CASES } from '../fixtures/hostile/edge-corpus.js';
import { storeWith } from './components/captured-store.js';

// The details link a finding to the contradictions page the extension ships, through the extension API.
vi.mock('webextension-polyfill', () => ({ default: { runtime: { getURL: (path: string) => `chrome-extension://inspector/${path}` } } }));

afterEach(cleanup);

/** Every element the details are made of. Anything else in them came from a body. */
const DETAILS_TAGS = new Set(['ASIDE', 'DIV', 'STRONG', 'BUTTON', 'SECTION', 'H3', 'UL', 'LI', 'SPAN', 'CODE', 'A', 'P', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'DETAILS', 'SUMMARY', 'EM']);

/**
 * All but the body with 10,000 keys and the one with 10,000 events: the first's 10,000 findings
 * make some 210,000 elements, and the second's body, shown line by line, takes happy-dom more
 * than the test's 5 s too. The real-browser suite (test/e2e/hostile-suite.ts) opens both in the
 * panel with the others.
 */
const CASES = BOTH_APIS_BODY_CASES.filter((c) => !c.name.startsWith('10,000 keys') && !c.name.includes('10,000 events'));

describe('the details of a call with a hostile body', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: shown as text, no element made from it', (_name, c) => {
    const { calls, hostile } = hostileSession(c, 'h-');
    const store = storeWith(calls);
    store.select(hostile, true);
    render(<Details store={store} />);
    const details = screen.getByRole('complementary', { name: 'Call details' });
    const body = within(details).getByRole('heading', { name: 'Request body' }).closest('section')!;

    for (const element of details.querySelectorAll('*')) {
      expect(DETAILS_TAGS, `<${element.tagName.toLowerCase()}> in the details`).toContain(element.tagName);
      for (const attribute of element.getAttributeNames()) expect(attribute, `${attribute} on <${element.tagName.toLowerCase()}>`).not.toMatch(/^on/i);
      // Links are the documentation's own.
      if (element.tagName === 'A') expect(element.getAttribute('href')).toMatch(/^https:\/\/|^chrome-extension:|^moz-extension:|^\/|^docs\//);
    }
    // What the page sent is there to read: markup as its characters.
    const text = bodyText(c);
    if (text.includes(PWN)) expect(details.textContent).toContain(PWN);
    else if (text.includes('<img src=x onerror')) expect(body.textContent).toContain(JSON.stringify(PWN).slice(1, -1));
    // Whatever the body, the section says what it is: lines of JSON, the text as sent, or why there is none.
    expect(body.textContent!.length).toBeGreaterThan('Request body'.length);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});
