/**
 * What names the release's files: package.json's name and its version, the one version number
 * (the build writes it into both manifests, the release tags it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PackageInfo {
  name: string;
  version: string;
}

export function packageInfo(root: string): PackageInfo {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageInfo;
  return { name, version };
}

/** `dist/media-collection-inspector-0.1.0-firefox.zip`, relative to the root. */
export function archivePath({ name, version }: PackageInfo, kind: 'chrome' | 'firefox' | 'source'): string {
  return join('dist', `${name}-${version}-${kind}.zip`);
}
