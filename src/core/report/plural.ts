/** "1 error", "2 errors", "1 entry", "3 entries". */
export function plural(n: number, stem: string, one = '', many = 's'): string {
  return `${n} ${stem}${n === 1 ? one : many}`;
}
