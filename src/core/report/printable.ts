/**
 * Text from a HAR (a media name, a key, a snippet of a broken body) made safe to print on a
 * terminal: control characters are shown as \u escapes, so an escape sequence in a body cannot
 * restyle or retitle the terminal, and a newline in it cannot forge lines of the report.
 */
export function printable(text: string): string {
  // C0 controls, DEL, C1 controls, and the line and paragraph separators.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
