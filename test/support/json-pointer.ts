/**
 * The value a JSON pointer (RFC 6901) names in `doc`, or `missing` when the path does not exist:
 * written here, apart from the code under test, so a test can say a finding's pointer names a
 * field its call's body really has.
 */
export function resolvePointer(doc: unknown, pointer: string): { found: true; value: unknown } | { found: false; missing: string } {
  if (pointer === '') return { found: true, value: doc };
  if (!pointer.startsWith('/')) return { found: false, missing: pointer };
  let at: unknown = doc;
  let path = '';
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path += `/${raw}`;
    if (Array.isArray(at) && /^(0|[1-9][0-9]*)$/.test(token) && Number(token) < at.length) at = at[Number(token)];
    else if (at !== null && typeof at === 'object' && !Array.isArray(at) && Object.prototype.hasOwnProperty.call(at, token)) at = (at as Record<string, unknown>)[token];
    else return { found: false, missing: path };
  }
  return { found: true, value: at };
}
