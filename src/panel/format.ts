import { DEFAULT_LOCALE, PSEUDO_LOCALE, type UiLocale } from '../i18n/locales.js';
import type { Translator } from '../i18n/translator.js';

const clocks = new Map<UiLocale, Intl.DateTimeFormat>();

/** Wall-clock time of day with milliseconds, as DevTools shows it, in the language's digits and separators. */
export function formatClock(t: Translator, ms: number): string {
  let clock = clocks.get(t.locale);
  if (!clock) {
    const tag = t.locale === PSEUDO_LOCALE ? DEFAULT_LOCALE : t.locale;
    clock = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, hourCycle: 'h23' });
    clocks.set(t.locale, clock);
  }
  return clock.format(ms);
}

/** The gap since the previous call, signed, in ms below a second and in seconds above. */
export function formatDelta(t: Translator, ms: number): string {
  const sign = ms < 0 ? '−' : '+';
  const abs = Math.abs(ms);
  if (abs < 1000) return sign + t.t('panel.unit.milliseconds', { value: t.number(Math.round(abs)) });
  const digits = abs < 10_000 ? 2 : 1;
  return sign + t.t('panel.unit.seconds', { value: t.number(abs / 1000, { minimumFractionDigits: digits, maximumFractionDigits: digits }) });
}

/** A session's length: seconds, minutes and seconds, or hours and minutes. */
export function formatDuration(t: Translator, ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  if (h > 0) return t.t('panel.duration.hours', { h, min: m % 60 });
  if (m > 0) return t.t('panel.duration.minutes', { min: m, s: s % 60 });
  return t.t('panel.duration.seconds', { s });
}

/** A timeline's span, seconds with one decimal. */
export function formatSpan(t: Translator, ms: number): string {
  return t.t('panel.unit.seconds', { value: t.number(ms / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
}
