// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/panel/components/App.js';
import { createSettingsStore, memoryBackend } from '../../../src/panel/settings/settings-store.js';
import { readRuleSettings } from '../../../src/settings/rule-settings-store.js';
import { until } from '../../background/until.js';
import { scenarioCalls, storeWith } from './captured-store.js';

afterEach(cleanup);

/** A change as the browser sends it (testing-library's fireEvent.change does not reach a select or file input under happy-dom). */
function change(el: HTMLElement, value?: string): void {
  if (value !== undefined) (el as HTMLSelectElement).value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

function openSettings() {
  const backend = memoryBackend();
  const settings = createSettingsStore(backend);
  render(<App store={storeWith(scenarioCalls('ads-outside-break'))} onClear={() => undefined} settings={settings} />);
  fireEvent.click(screen.getByRole('button', { name: 'Settings: defaults' }));
  return { backend, settings, view: screen.getByRole('region', { name: 'Settings' }) };
}

describe('the settings view', () => {
  it('opens from the toolbar in place of the calls, and Escape goes back to them with the focus on the button', () => {
    const { view } = openSettings();
    expect(screen.queryByRole('grid', { name: 'Media Collection API calls' })).toBeNull();
    within(view).getByText('The defaults apply.');
    fireEvent.keyDown(within(view).getByRole('combobox', { name: 'Severity of ad-outside-break' }), { key: 'Escape' });
    screen.getByRole('grid', { name: 'Media Collection API calls' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Settings: defaults' }));
  });

  it('saves a severity at once, to storage, and the toolbar and the view say what applies', async () => {
    const { backend, view } = openSettings();
    const select = within(view).getByRole('combobox', { name: 'Severity of ad-outside-break' });
    change(select, 'off');
    await until(() => screen.queryByRole('button', { name: 'Settings: 1 change' }) !== null);
    within(view).getByText('Applied: 1 change.');
    within(within(view).getByRole('list', { name: 'Settings that apply' })).getByText('ad-outside-break: off');
    expect((await readRuleSettings(backend.sync, backend.local)).settings).toEqual({ rules: { 'ad-outside-break': 'off' } });
  });

  it('refuses an interval out of range with the range, and keeps the settings', async () => {
    const { settings, view } = openSettings();
    fireEvent.change(within(view).getByRole('spinbutton', { name: /During content/ }), { target: { value: '5' } });
    expect(within(view).getByRole('alert').textContent).toBe('Main ping interval: a number of seconds from 10 to 50.');
    expect(settings.settings.value).toEqual({});
    fireEvent.change(within(view).getByRole('spinbutton', { name: /During ad breaks/ }), { target: { value: '2' } });
    expect(settings.settings.value).toEqual({ pingIntervals: { ad: 2 } });
  });

  it('imports a config file, and refuses a bad one with what is wrong, changing nothing', async () => {
    const { settings, view } = openSettings();
    const input = within(view).getByLabelText(/Import settings from a mc-inspect\.config\.json/) as HTMLInputElement;
    const pick = async (name: string, text: string) => {
      Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
      await act(async () => change(input));
    };
    await pick('team.json', '{"rules": {"ping-cadence": "off"}, "acceptedParams": ["myapp.ab"]}');
    await until(() => settings.settings.value.rules?.['ping-cadence'] === 'off');
    expect(settings.settings.value).toEqual({ rules: { 'ping-cadence': 'off' }, acceptedParams: ['myapp.ab'] });
    await pick('broken.json', '{"rules": {"ping-cadence": "loud"}}');
    await until(() => within(view).queryByRole('alert') !== null);
    expect(within(view).getByRole('alert').textContent).toBe('broken.json: "rules"."ping-cadence" must be "off", "info", "warning" or "error", not "loud"; nothing was changed.');
    expect(settings.settings.value.rules).toEqual({ 'ping-cadence': 'off' });
  });

  it('exports the settings as mc-inspect.config.json through a download link', () => {
    const { view } = openSettings();
    const link = within(view).getByRole('link', { name: 'Export' });
    expect(link.getAttribute('download')).toBe('mc-inspect.config.json');
    expect(link.getAttribute('href')).toMatch(/^blob:/);
  });

  it('shows the note when stored settings could not be used', async () => {
    const backend = memoryBackend();
    await backend.sync.set({ ruleSettings: { version: 7, value: {} } });
    const settings = createSettingsStore(backend);
    render(<App store={storeWith([])} onClear={() => undefined} settings={settings} />);
    fireEvent.click(screen.getByRole('button', { name: /^Settings/ }));
    await until(() => screen.queryByText(/saved by a newer version of the extension/) !== null);
  });
});
