/**
 * An empty array whose elements are already of V8's generic kind.
 *
 * Why: `[]` starts with small-integer elements, and the first object pushed changes that. When
 * an optimized `push` meets such a fresh array it deoptimizes, and V8 then stops speculating at
 * that call site: from then on every push there, on every array, goes through the generic
 * Array.prototype.push builtin instead of an inlined store. The inspector makes a new call list
 * and event window for each session, so it would meet such an array once per session. An array
 * that has held an object keeps the generic kind when emptied, so the pushes stay inlined.
 */
export function emptyObjectArray<T extends object | string>(): T[] {
  const array: (T | undefined)[] = [undefined];
  array.length = 0;
  return array as T[];
}
