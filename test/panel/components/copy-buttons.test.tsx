// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Details } from '../../../src/panel/components/Details.js';
import { curlCommand } from '../../../src/panel/curl.js';
import { scenarioCalls, storeWith } from './captured-store.js';

/**
 * What the copy buttons do where DevTools gives the panel no Clipboard API or refuses it. The
 * DOM here copies nothing itself, so `document.execCommand('copy')` is stood in for by what a
 * browser does: it copies the text selected in the focused field, or refuses.
 */
const STRAY_AD = 'ads-outside-break-3';

afterEach(() => {
  cleanup();
  delete (navigator as { clipboard?: unknown }).clipboard; // back to happy-dom's own
  delete (document as { execCommand?: unknown }).execCommand;
});

function openStrayAd() {
  const calls = scenarioCalls('ads-outside-break');
  const store = storeWith(calls);
  store.select(STRAY_AD, true);
  render(<Details store={store} />);
  return { call: calls.find((c) => c.id === STRAY_AD)!, details: screen.getByRole('complementary', { name: 'Call details' }) };
}

function setClipboardApi(value: unknown): void {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

/** The browser's copy command: copies the selection of the focused field when `works`, and records it. */
function copyCommand(works: boolean): string[] {
  const copied: string[] = [];
  (document as { execCommand?: unknown }).execCommand = (command: string) => {
    const field = document.activeElement;
    if (!works || command !== 'copy' || !(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return false;
    copied.push(field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0));
    return true;
  };
  return copied;
}

describe('copy as cURL', () => {
  it('writes the command to the clipboard and says so', async () => {
    const { call, details } = openStrayAd();
    fireEvent.click(within(details).getByRole('button', { name: 'Copy as cURL' }));
    await within(details).findByText('Copied the cURL command.');
    expect(await navigator.clipboard.readText()).toBe(curlCommand(call));
  });

  it('copies through a selection when the panel has no Clipboard API', async () => {
    setClipboardApi(undefined);
    const copied = copyCommand(true);
    const { call, details } = openStrayAd();
    const button = within(details).getByRole('button', { name: 'Copy as cURL' });
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(copied).toEqual([curlCommand(call)]));
    await within(details).findByText('Copied the cURL command.');
    // The field it copied from is gone, and the user is back where they were.
    expect(details.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('copies through a selection when the Clipboard API refuses', async () => {
    setClipboardApi({ writeText: () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')) });
    const copied = copyCommand(true);
    const { call, details } = openStrayAd();
    fireEvent.click(within(details).getByRole('button', { name: 'Copy as cURL' }));
    await within(details).findByText('Copied the cURL command.');
    expect(copied).toEqual([curlCommand(call)]);
  });

  it('shows the command selected in a field, and says to copy it by hand, when both ways are refused', async () => {
    setClipboardApi(undefined);
    copyCommand(false);
    const { call, details } = openStrayAd();
    fireEvent.click(within(details).getByRole('button', { name: 'Copy as cURL' }));
    await within(details).findByText(/^The browser refused to copy here: the cURL command is selected below, press Ctrl\+C/);
    const field = within(details).getByRole<HTMLTextAreaElement>('textbox', { name: 'cURL command' });
    expect(field.value).toBe(curlCommand(call));
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });
});

describe('copy body', () => {
  it('copies the captured body as sent', async () => {
    setClipboardApi(undefined);
    const copied = copyCommand(true);
    const { call, details } = openStrayAd();
    fireEvent.click(within(details).getByRole('button', { name: 'Copy body' }));
    await within(details).findByText('Copied the body.');
    expect(copied).toEqual([(call.requestBody as { text: string }).text]);
  });
});
