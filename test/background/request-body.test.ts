import { describe, expect, it } from 'vitest';
import { decodeRequestBody } from '../../src/background/request-body.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeRequestBody', () => {
  it('joins every raw chunk before decoding, so a character split across chunks survives', () => {
    const all = bytes('{"media.name":"Café 東京"}');
    const cut = 17; // inside the three bytes of 東
    const raw = [{ bytes: all.slice(0, cut).buffer }, { bytes: all.slice(cut).buffer }];
    expect(decodeRequestBody('POST', { raw })).toEqual({ body: { kind: 'text', text: '{"media.name":"Café 東京"}' } });
  });

  it('reports a body the browser withheld as withheld, never as empty', () => {
    expect(decodeRequestBody('POST', { error: 'Unsupported upload' }).body).toEqual({ kind: 'withheld', reason: 'Unsupported upload' });
    expect(decodeRequestBody('POST', undefined).body.kind).toBe('withheld');
    expect(decodeRequestBody('POST', { raw: [{ file: '/tmp/x' }] }).body.kind).toBe('withheld');
  });

  it('renders parsed form fields as URL-encoded text and says so', () => {
    const decoded = decodeRequestBody('POST', { formData: { a: ['1', '2'], b: ['x y'] } });
    expect(decoded.body).toEqual({ kind: 'text', text: 'a=1&a=2&b=x+y' });
    expect(decoded.note).toMatch(/form fields/);
  });

  it('gives a GET no body', () => {
    expect(decodeRequestBody('GET', undefined).body).toEqual({ kind: 'none' });
  });
});
