import { NO_ADVISORIES, missingAdvisoryParams, missingAdvisoryQoe } from '../../schema/advisories.js';
import type { EventType } from '../../event-types.js';
import { isObject } from '../../media-event.js';
import { ADVISORY_QOE, ADVISORY_REQUIRED } from '../../schema/params.js';
import { advisoryRule, both } from './advisory-rule.js';

export const advisoryParam = advisoryRule(
  {
    id: 'advisory-param',
    title: 'rules-call.advisory-param.title',
    severity: 'error',
    docs: ['requestParams', 'sessionStart', 'adStart'],
    summary:
      'A parameter one documentation page requires and another leaves out: analytics.trackingServer, analytics.reportSuite and visitor.marketingCloudOrgId on sessionStart, media.ad.playerName on adStart, media.streamType, the error ids, and the new bitrate on bitrateChange.',
    choice:
      'The request-parameters page requires these, but the event pages\' own examples omit them (C3, C9, C10), so none is a schema error. Each is judged by what its absence costs: without analytics.reportSuite, analytics.trackingServer or visitor.marketingCloudOrgId the server has no report suite, no Analytics server or no organization to file the session under, so the data is dropped or misfiled and the finding is an error, whatever a shortened example leaves out. The others are warnings, media.streamType only info (its absence can misclassify the session, nothing is lost).',
  },
  // Only the event types the catalog lists advisory keys for have any.
  { eventTypes: [...new Set([...Object.keys(ADVISORY_REQUIRED), ...Object.keys(ADVISORY_QOE)])] as EventType[] },
  // With no params at all the schema already reports the missing object; naming each key would be noise.
  (type, body) => both(isObject(body['params']) ? missingAdvisoryParams(type, body['params']) : NO_ADVISORIES, missingAdvisoryQoe(type, body)),
  'rules-call.advisory-param.action',
);
