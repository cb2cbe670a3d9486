import { unrecommendedValues } from '../../schema/advisories.js';
import { advisoryRule } from './advisory-rule.js';

export const unrecommendedValue = advisoryRule(
  {
    id: 'unrecommended-value',
    title: 'rules-call.unrecommended-value.title',
    severity: 'info',
    docs: ['requestParams'],
    summary: 'A value outside the ones the docs recommend, such as a media.contentType the content-type page does not list.',
    choice: 'The pages give different value sets (C13: "VOD" and "vod"), so this is only info.',
  },
  { traits: ['params'] },
  (type, body) => unrecommendedValues(type, body['params']),
  'rules-call.unrecommended-value.action',
);
