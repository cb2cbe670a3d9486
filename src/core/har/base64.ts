const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Base64 (standard or URL-safe, padded or not) holding UTF-8 text, as text; undefined when it is
 * not base64 or the bytes are not UTF-8. Written out because the core has no atob or TextDecoder
 * in every place it runs (see tsconfig.core.json).
 */
export function decodeBase64Utf8(base64: string): string | undefined {
  const clean = base64.replace(/\s+/g, '').replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (/[^A-Za-z0-9+/]/.test(clean) || clean.length % 4 === 1) return undefined;
  let escaped = '';
  let value = 0;
  let bits = 0;
  for (let i = 0; i < clean.length; i++) {
    value = ((value << 6) | ALPHABET.indexOf(clean[i]!)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (value >> bits) & 0xff;
      escaped += byte < 16 ? `%0${byte.toString(16)}` : `%${byte.toString(16)}`;
    }
  }
  try {
    return decodeURIComponent(escaped);
  } catch {
    return undefined;
  }
}
