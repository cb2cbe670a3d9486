import type { Translator } from '../../i18n/translator.js';
import type { ApiName } from '../classify.js';
import { docPage, docUrl, isMediaCollectionApiPage, type DocKey, type DocPage } from '../docs.js';
import { ruleMeta } from './index.js';

/** A documentation page a finding cites. */
export interface CitedPage {
  key: DocKey;
  page: DocPage;
  url: string;
  /**
   * A Media Collection API page cited on a Media Edge API call, for want of a Media Edge page
   * saying the same: its label says which API it is about, so it is not read as the Edge's.
   */
  otherApi: boolean;
}

/** The pages a finding of `rule` on a call of `api` cites: the rule's Media Edge pages on an Edge call, where it has them. */
export function citedPages(rule: string, api: ApiName): CitedPage[] {
  const meta = ruleMeta(rule);
  if (meta === undefined) return [];
  const edge = api === 'media-edge';
  return ((edge ? meta.edgeDocs : undefined) ?? meta.docs).map((key) => {
    const page = docPage(key);
    return { key, page, url: docUrl(page), otherApi: edge && isMediaCollectionApiPage(page) };
  });
}

/** `text` naming the cited page (its title, or its address), marked when the page is about the other API. */
export function citedLabel(t: Translator, cited: CitedPage, text: string): string {
  return cited.otherApi ? t.t('docs.media-collection-page', { page: text }) : text;
}
