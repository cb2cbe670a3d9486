import { describe, expect, it } from 'vitest';
import { curlCommand } from '../../src/panel/curl.js';
import { ev, toCalls } from '../support/calls.js';

describe('copy as cURL', () => {
  it('quotes every part for a POSIX shell, including quotes inside the body', () => {
    const [call] = toCalls([{ body: ev('play', 1, { params: { 'media.name': "it's" } }) }], { sid: 's1' });
    call!.requestHeaders = [
      { name: 'Content-Type', value: 'application/json' },
      { name: 'Content-Length', value: '99' },
    ];
    const cmd = curlCommand(call!);
    expect(cmd).toBe(
      `curl 'https://example.hb-api.omtrdc.net/api/v1/sessions/s1/events' -X 'POST' -H 'Content-Type: application/json' --data-raw '${(call!.requestBody as { text: string }).text.replace(/'/g, `'\\''`)}'`,
    );
    expect(cmd).toContain(`it'\\''s`);
  });

  it('adds a JSON content type when none was captured, and no body when the browser withheld it', () => {
    const [withBody, withheld] = toCalls([{ body: ev('play', 1) }, { body: {}, withheld: 'too large' }]);
    expect(curlCommand(withBody!)).toContain(`-H 'Content-Type: application/json' --data-raw`);
    expect(curlCommand(withheld!)).not.toContain('--data-raw');
  });
});
