import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { createLayoutStore, type LayoutStore, type PaneSize } from '../layout/layout-store.js';
import type { PaneLimits } from '../layout/pane-size.js';
import type { ServerAnswers } from '../server-answers.js';
import { createSettingsStore, type SettingsStore } from '../settings/settings-store.js';
import type { PanelStore } from '../store.js';
import { CallList } from './CallList.js';
import type { ImportedFiles } from '../imported-files.js';
import { Details } from './Details.js';
import { FileDrop } from './FileDrop.js';
import { ImportedFilesBar } from './ImportedFilesBar.js';
import { SessionBar } from './SessionBar.js';
import { SessionList } from './SessionList.js';
import { SettingsView } from './SettingsView.js';
import { Splitter } from './Splitter.js';
import { Timeline } from './Timeline.js';
import { Toolbar } from './Toolbar.js';
import { translatorFor } from '../../i18n/translator.js';
import { createLanguageStore, type LanguageStore } from '../i18n/language-store.js';
import { TranslatorContext, useTranslator } from '../i18n/use-translator.js';

interface Props {
  store: PanelStore;
  onClear: () => void;
  /** Pane sizes and where each part goes; without one, a layout that lives as long as the page. */
  layout?: LayoutStore;
  /** The rule settings; without one, settings that live as long as the page. */
  settings?: SettingsStore;
  /** The response bodies read in DevTools; without them, the details say none was read. */
  answers?: ServerAnswers;
  /** A line under the toolbar that matters more than the calls (the site access offer). */
  notice?: ComponentChildren;
  /** HAR files opened in the panel; without them, no file actions (a panel with nothing to open files with). */
  files?: ImportedFiles;
  /** The extension's version, written into exported HAR files. */
  version?: string;
  /** The language the panel speaks and the setting that picks it; without one, English, with no setting kept. */
  language?: LanguageStore;
}

/**
 * The panel, arranged for the size DevTools gives it: docked right (narrow: sessions as a
 * selector, details over the list) or at the bottom (short: the timeline folded to a strip).
 */
export function App({ language: givenLanguage, ...props }: Props) {
  const fallbackLanguage = useRef<LanguageStore | undefined>(undefined);
  const language = givenLanguage ?? (fallbackLanguage.current ??= createLanguageStore(undefined, ['en']));
  return (
    <TranslatorContext.Provider value={translatorFor(language.locale.value)}>
      <Panel {...props} language={language} />
    </TranslatorContext.Provider>
  );
}

function Panel({ store, onClear, layout: given, settings: givenSettings, answers, notice, files, version = '', language }: Props) {
  const fallback = useRef<LayoutStore | undefined>(undefined);
  const layout = given ?? (fallback.current ??= createLayoutStore());
  const fallbackSettings = useRef<SettingsStore | undefined>(undefined);
  const settings = givenSettings ?? (fallbackSettings.current ??= createSettingsStore());
  const root = useRef<HTMLElement>(null);
  const filesBar = (files?.files.value.length ?? 0) + (files?.messages.value.length ?? 0) > 0;
  useLayoutEffect(() => {
    const el = root.current!;
    // The imported files' line takes its height from what the panes share.
    const bar = () => el.querySelector<HTMLElement>(':scope > .imported-files')?.offsetHeight ?? 0;
    const measure = () => layout.setSize({ width: el.clientWidth, height: el.clientHeight - bar() });
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    // The files' line grows a line when a file is added to a narrow panel.
    const filesLine = el.querySelector(':scope > .imported-files');
    if (filesLine) observer.observe(filesLine);
    return () => observer.disconnect();
  }, [layout, filesBar]);

  const place = layout.arrangement.value;
  const open = store.detailsOpen.value && store.selectedCall.value !== undefined;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    // Handled: DevTools must not also open its console drawer.
    e.preventDefault();
    e.stopPropagation();
    store.detailsOpen.value = false;
    // Back to where the user was: the list, on the call the details showed.
    root.current?.querySelector<HTMLElement>('.call-list')?.focus();
  };
  const over = place.details.over;
  const calls = (
    <div class="body">
      {place.sessions && (
        <>
          <div class="sessions-pane" style={{ width: `${place.sessions.width}px` }}>
            <SessionList store={store} />
          </div>
          <PaneSplitter layout={layout} pane="sessionsWidth" size={place.sessions.width} limits={place.sessions.limits} />
        </>
      )}
      <div class="content">
        {place.narrow && <SessionBar store={store} />}
        <div class="list-area">
          <Timeline store={store} layout={layout} />
          {!place.timeline.folded && store.timelineSession.value && (
            <PaneSplitter layout={layout} pane="timelineHeight" size={place.timeline.height} limits={place.timeline.limits} />
          )}
          <div class="list-and-details">
            <CallList store={store} />
            {open && !place.details.over && (
              <PaneSplitter layout={layout} pane="detailsWidth" size={place.details.width} limits={place.details.limits} />
            )}
            {!over && <Details store={store} width={place.details.width} settings={settings.settings.value} answers={answers} />}
          </div>
          {over && <Details store={store} over settings={settings.settings.value} answers={answers} />}
        </div>
      </div>
    </div>
  );
  return (
    <main
      ref={root}
      class={`panel${place.narrow ? ' narrow' : ''}${place.short ? ' short' : ''}${open && over ? ' details-over' : ''}`}
      onKeyDown={onKeyDown}
    >
      <Toolbar store={store} onClear={onClear} menu={place.toolbarMenu} sessionPicker={!place.narrow} settings={settings} fileActions={files && { files, version }} />
      {notice}
      {files && <ImportedFilesBar files={files} />}
      {files && <FileDrop onFiles={files.open} />}
      {settings.open.value ? (
        <SettingsView
          settings={settings}
          language={language}
          onClose={() => {
            settings.open.value = false;
            root.current?.querySelector<HTMLElement>('.settings-toggle')?.focus();
          }}
        />
      ) : (
        calls
      )}
    </main>
  );
}

/** Each pane's separator: what it is called, which way it lies, and on which side of it the pane is. */
const SPLITTERS = {
  sessionsWidth: { label: 'panel.splitter.sessions', orientation: 'vertical', pane: 'before' },
  timelineHeight: { label: 'panel.splitter.timeline', orientation: 'horizontal', pane: 'before' },
  detailsWidth: { label: 'panel.splitter.details', orientation: 'vertical', pane: 'after' },
} as const;

function PaneSplitter({ layout, pane, size, limits }: { layout: LayoutStore; pane: PaneSize; size: number; limits: PaneLimits }) {
  const t = useTranslator();
  const { label, ...splitter } = SPLITTERS[pane];
  return <Splitter {...splitter} label={t.t(label)} size={size} limits={limits} onResize={(px) => layout.setPane(pane, px)} onReset={() => layout.resetPane(pane)} />;
}
