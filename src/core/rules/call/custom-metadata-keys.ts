import { customMetadataAdvisories } from '../../schema/advisories.js';
import { advisoryRule } from './advisory-rule.js';

export const customMetadataKeys = advisoryRule(
  {
    id: 'custom-metadata-keys',
    title: 'rules-call.custom-metadata-keys.title',
    severity: 'warning',
    docs: ['customMetadata'],
    summary:
      'customMetadata keys must not use the reserved "a." prefix, and keys starting with "media." may overwrite standard fields in the reports.',
    choice: 'The page says "a." "must not be used" but not that the server rejects it (its pattern accepts such keys), so both prefixes are warnings (C2).',
  },
  { traits: ['customMetadata'] },
  (_type, body) => customMetadataAdvisories(body),
  'rules-call.custom-metadata-keys.action',
);
