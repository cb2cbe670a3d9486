import { BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, OPEN_BRACE, OPEN_BRACKET, QUOTE } from '../../core/body-depth.js';

/**
 * Splits a HAR's text, arriving in pieces, into the text of each of its `log.entries`, so that a
 * worker can judge the first entries while the rest of the file is still being read, and never
 * holds the whole file, or a tree of it, at once.
 *
 * The scanner follows only what it must: whether it is inside a string (and after a backslash),
 * and how deep the arrays and objects nest, by a counter (no recursion, no stack of containers
 * beyond the first three levels), so a body nested 100,000 deep costs a number, not the stack.
 * It checks nothing else: every entry's text is parsed by JSON.parse, and the rest of the file,
 * the "outline" (the file with each entry replaced by `null`), is parsed at the end. Together they
 * are the whole file: valid exactly when the file is, and read the same way, as long as the root
 * has one "log" key and the log one "entries" key (JSON.parse keeps the last of duplicate keys, and
 * the caller falls back to parsing the whole file when `duplicateKeys` says there were several).
 */
export class HarEntryScanner {
  /** Levels 1 to 3: whether the container there is an object; deeper ones are only counted. */
  private readonly isObject: boolean[] = [false, false, false, false];
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** At levels 1 and 2 of an object: the next string is a key. */
  private expectKey = false;
  /** The raw text of the key being read at level 1 or 2 (with its quotes), for JSON.parse. */
  private keyText: string[] | undefined;
  private lastKey: string | undefined;
  /** Inside the root's "log" object (level 2 and deeper). */
  private inLog = false;
  /** Inside log.entries (level 3 and deeper). */
  private inEntries = false;
  /** The entry being read: where it began in the current piece, and its text from earlier pieces. */
  private entryFrom = -1;
  private entryParts: string[] = [];
  /** A number, true, false or null as an entry: ends at the first delimiter. */
  private inBareEntry = false;
  private readonly outline: string[] = [];
  private outlineFrom = 0;
  private logKeys = 0;
  private entriesKeys = 0;

  /** Whether the root had several "log" keys, or the log several "entries" keys. */
  get duplicateKeys(): boolean {
    return this.logKeys > 1 || this.entriesKeys > 1;
  }

  /** Reads the next piece of the text and returns the entries it completed, in order. */
  push(piece: string): string[] {
    const done: string[] = [];
    this.outlineFrom = 0;
    if (this.entryFrom === -2) this.entryFrom = 0; // an entry continues from the previous piece
    const n = piece.length;
    let nextQuote = -1;
    let nextBackslash = -1;
    for (let i = 0; i < n; i++) {
      let c = piece.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          continue;
        }
        // Most of a HAR is string: jump to its next quote or backslash (each found once per piece).
        if (nextQuote < i) nextQuote = indexOr(piece, '"', i, n);
        if (nextBackslash < i) nextBackslash = indexOr(piece, '\\', i, n);
        i = nextQuote < nextBackslash ? nextQuote : nextBackslash;
        if (i === n) break;
        c = piece.charCodeAt(i);
        if (c === BACKSLASH) {
          this.escaped = true;
          continue;
        }
        this.inString = false;
        if (this.keyText) {
          this.keyText.push(piece.slice(this.keyFrom, i + 1));
          this.endKey();
        }
        if (this.depth === 3 && this.inEntries && this.entryFrom !== -1) this.endEntry(piece, i, done);
        continue;
      }
      if (this.inBareEntry && (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || isSpace(c))) {
        this.endEntry(piece, i - 1, done);
        this.inBareEntry = false;
      }
      if (isSpace(c)) continue;
      if (this.depth === 3 && this.inEntries && this.entryFrom === -1 && c !== COMMA && c !== CLOSE_BRACKET && c !== CLOSE_BRACE) this.startEntry(piece, i, c);
      if (c === QUOTE) {
        this.inString = true;
        if (this.expectKey && (this.depth === 1 || this.depth === 2)) {
          this.keyText = [];
          this.keyFrom = i;
        }
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        const object = c === OPEN_BRACE;
        this.depth++;
        if (this.depth === 2 && object && this.isObject[1] && this.lastKey === 'log') {
          this.inLog = true;
          this.logKeys++;
        }
        if (this.depth === 3 && !object && this.inLog && this.isObject[2] && this.lastKey === 'entries') {
          this.inEntries = true;
          this.entriesKeys++;
        }
        if (this.depth <= 3) this.isObject[this.depth] = object;
        this.expectKey = object;
        this.lastKey = undefined;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth--;
        if (this.depth < 3) this.inEntries = false;
        if (this.depth < 2) this.inLog = false;
        if (this.depth === 3 && this.inEntries && this.entryFrom !== -1) this.endEntry(piece, i, done);
        this.expectKey = false;
      } else if (c === COMMA) {
        this.expectKey = this.depth >= 1 && this.depth <= 3 && this.isObject[this.depth]!;
        this.lastKey = undefined;
      } else if (c === COLON) {
        this.expectKey = false;
      }
    }
    if (this.entryFrom >= 0) {
      this.entryParts.push(piece.slice(this.entryFrom));
      this.entryFrom = -2;
    } else {
      this.outline.push(piece.slice(this.outlineFrom));
    }
    if (this.keyText) {
      this.keyText.push(piece.slice(this.keyFrom));
      this.keyFrom = 0;
    }
    return done;
  }

  /**
   * The text ended: the outline to parse. An entry still open (a cut-off file) ends the outline
   * with its `null` and no closing bracket, so the outline fails to parse, as the file does.
   */
  end(): string {
    return this.outline.join('');
  }

  private keyFrom = 0;

  private endKey(): void {
    const raw = this.keyText!.join('');
    this.keyText = undefined;
    try {
      this.lastKey = JSON.parse(raw) as string;
    } catch {
      this.lastKey = undefined; // not valid JSON: the outline will say so
    }
  }

  private startEntry(piece: string, i: number, c: number): void {
    this.outline.push(piece.slice(this.outlineFrom, i), 'null');
    this.entryFrom = i;
    this.entryParts = [];
    this.inBareEntry = c !== QUOTE && c !== OPEN_BRACE && c !== OPEN_BRACKET;
  }

  /** The entry ends at `last` (inclusive) of this piece. */
  private endEntry(piece: string, last: number, done: string[]): void {
    const from = this.entryFrom === -2 ? 0 : this.entryFrom;
    this.entryParts.push(piece.slice(from, last + 1));
    done.push(this.entryParts.length === 1 ? this.entryParts[0]! : this.entryParts.join(''));
    this.entryParts = [];
    this.entryFrom = -1;
    this.outlineFrom = last + 1;
  }
}

const COMMA = 0x2c;
const COLON = 0x3a;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Where `char` next occurs in `text` from `from`, else `none`. */
function indexOr(text: string, char: string, from: number, none: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? none : at;
}
