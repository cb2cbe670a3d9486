/**
 * How a browser is pointed at the mock Edge, shared by `npm start` and the browser tests, so
 * the demo is reached exactly the way the tests prove works.
 */
import { EDGE_HOST, type EdgeMockServer } from './edge-server.js';

/** Chromium maps the Edge host to the mock's TLS port and accepts its certificate. */
export function chromiumEdgeArgs(mock: Pick<EdgeMockServer, 'tlsPort'>): string[] {
  return [`--host-resolver-rules=MAP ${EDGE_HOST} 127.0.0.1:${mock.tlsPort}`, '--ignore-certificate-errors'];
}

/**
 * Firefox has no host mapping: it sends https through the mock's CONNECT proxy, which takes
 * the Edge host to the mock and every other host where it asked to go.
 */
export function firefoxEdgePrefs(mock: Pick<EdgeMockServer, 'proxyPort'>): Record<string, string | number> {
  return { 'network.proxy.type': 1, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': mock.proxyPort };
}

/**
 * The profile's `cert_override.txt`: a certificate exception for the Edge host, bound to the
 * mock's certificate by its SHA-256 fingerprint, as Firefox writes one when a user accepts a
 * certificate ("host:port:origin-attributes", the hash's OID, the fingerprint).
 */
export function firefoxCertOverride(mock: Pick<EdgeMockServer, 'certificateSha256'>): string {
  return `# PSM Certificate Override Settings file\n${EDGE_HOST}:443:\tOID.2.16.840.1.101.3.4.2.1\t${mock.certificateSha256}\t\n`;
}
