/**
 * Base64 to text, for HAR tools that store a request body base64-encoded
 * (`postData: { encoding: "base64", text }`). Written out rather than taken from atob and
 * TextDecoder, which the core's runtimes all have but its no-DOM typecheck does not know.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SIXBITS = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
// The URL-safe alphabet's two letters, which some tools write.
SIXBITS.set('-', 62);
SIXBITS.set('_', 63);

/** The text `base64` encodes, read as UTF-8 (bytes that are not UTF-8 become U+FFFD); undefined when it is not base64. */
export function base64Text(base64: string): string | undefined {
  const bytes = base64Bytes(base64);
  return bytes === undefined ? undefined : utf8(bytes);
}

function base64Bytes(text: string): number[] | undefined {
  const clean = text.replace(/[\s=]+$/g, '').replace(/\s+/g, '');
  if (clean.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let bits = 0;
  let count = 0;
  for (const c of clean) {
    const v = SIXBITS.get(c);
    if (v === undefined) return undefined;
    bits = (bits << 6) | v;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes.push((bits >> count) & 0xff);
    }
  }
  return bytes;
}

/** UTF-8 bytes as text; each byte that does not start a valid sequence becomes U+FFFD. */
function utf8(bytes: readonly number[]): string {
  const codes: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const [length, min] = b < 0x80 ? [1, 0] : b >= 0xc2 && b < 0xe0 ? [2, 0x80] : b >= 0xe0 && b < 0xf0 ? [3, 0x800] : b >= 0xf0 && b < 0xf5 ? [4, 0x10000] : [0, 0];
    let code = length === 1 ? b : length === 2 ? b & 0x1f : length === 3 ? b & 0x0f : b & 0x07;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) ok = false;
      else code = (code << 6) | (next & 0x3f);
    }
    if (ok && code >= min && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
      codes.push(code);
      i += length;
    } else {
      codes.push(0xfffd);
      i += 1;
    }
  }
  let out = '';
  // In slices: String.fromCodePoint takes its arguments on the stack.
  for (let k = 0; k < codes.length; k += 4096) out += String.fromCodePoint(...codes.slice(k, k + 4096));
  return out;
}
