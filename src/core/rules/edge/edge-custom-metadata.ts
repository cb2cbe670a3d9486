import { message } from '../../../i18n/message.js';
import { mediaXdmOf } from '../../edge/edge-event.js';
import { isObject } from '../../media-event.js';
import type { CallRule } from '../rule.js';

/** The events whose customMetadata Adobe reads: the OpenAPI file defines it on these three alone. */
const CARRIERS: ReadonlySet<string> = new Set(['sessionStart', 'adStart', 'chapterStart']);

/**
 * A name in the tenant's namespace: `_tenant.field`, or a deeper path of the tenant's field
 * group (`_tenant.struct.field`). Tenant ids are letters and digits (`_expath`, `_dcbl`).
 */
const TENANT_PATH = /^_[A-Za-z0-9]+\.[^.\s]/;

/**
 * Custom metadata the Edge accepts and then does not read as the player meant: its schema lets
 * unknown keys through, so each of these is answered as a success, and the metadata is missing
 * from the reports with nothing said. One finding per mistake and call, the first name it
 * concerns quoted: a body of a thousand unprefixed names is one mistake, not a thousand.
 */
export const edgeCustomMetadata: CallRule = {
  kind: 'call',
  meta: {
    id: 'edge-custom-metadata',
    title: 'rules-edge.edge-custom-metadata.title',
    severity: 'warning',
    docs: ['edgeCustomMetadata', 'edgeApiReference'],
    summary:
      'Media Edge custom metadata is a list of {name, value} objects in xdm.mediaCollection.customMetadata, on sessionStart, adStart and chapterStart only, each name in the tenant\'s namespace (`_tenant.field`). Custom metadata at the root of xdm, on any other event, or named outside the namespace is accepted by the Edge and does not reach the reports as sent.',
  },
  // Runs on every Media Edge call: what it looks for is off the paths the schema and the traits read.
  check({ api, body, eventType }, report) {
    if (api.kind !== 'edge' || body.kind !== 'json') return;
    const media = mediaXdmOf(body.value, api);
    if (!media) return;
    const at = `/events/${media.index}/xdm`;
    if (media.xdm['customMetadata'] !== undefined) {
      report({
        message: message('rules-edge.edge-custom-metadata.at-root'),
        action: message('rules-edge.edge-custom-metadata.at-root.action'),
        pointer: `${at}/customMetadata`,
      });
    }
    const mediaCollection = media.xdm['mediaCollection'];
    const list = isObject(mediaCollection) ? mediaCollection['customMetadata'] : undefined;
    if (list === undefined) return;
    // The media event it is (read once by the inspector), else what its path says it is.
    const type = eventType ?? (api.endpoint === 'va' ? api.action : undefined);
    if (type !== undefined && !CARRIERS.has(type)) {
      report({
        message: message('rules-edge.edge-custom-metadata.not-read', { type }),
        action: message('rules-edge.edge-custom-metadata.not-read.action'),
        pointer: `${at}/mediaCollection/customMetadata`,
      });
      return;
    }
    if (!Array.isArray(list)) return; // the schema rule says what a list must be
    let first = -1;
    let others = 0;
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      const name = isObject(item) ? item['name'] : undefined;
      if (typeof name !== 'string' || TENANT_PATH.test(name)) continue;
      if (first < 0) first = i;
      else others += 1;
    }
    if (first < 0) return;
    report({
      message: message('rules-edge.edge-custom-metadata.no-tenant', { name: (list[first] as { name: string }).name, others }),
      action: message('rules-edge.edge-custom-metadata.no-tenant.action'),
      pointer: `${at}/mediaCollection/customMetadata/${first}/name`,
    });
  },
};

