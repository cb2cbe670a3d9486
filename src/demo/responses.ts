import type { ServerResponse } from 'node:http';

/**
 * The CORS headers every documented API response carries (mc-api-sessions-req.md,
 * mc-api-events-req.md). Players post from their own origin, and the 201's Location is only
 * readable cross-origin because of Expose-Headers.
 */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'OPTIONS,POST,PUT',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Expose-Headers': 'Location',
};

/** An empty response (201, 204, a preflight). Content-Length 0 as in the documented 201. */
export function sendEmpty(
  res: ServerResponse,
  status: number,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { ...CORS_HEADERS, 'Content-Length': '0', ...headers });
  res.end();
}

/**
 * An API error with a plain-text message ("When validation fails, the response body holds an
 * error message"). Never HTML, and nosniff, so nothing a request carried can run as markup.
 */
export function sendApiError(res: ServerResponse, status: number, message: string): void {
  sendText(res, status, message, CORS_HEADERS);
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  const body = Buffer.from(text.endsWith('\n') ? text : `${text}\n`, 'utf8');
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}
