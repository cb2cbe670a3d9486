/**
 * The extension packages are reproducible: the same build gives the same archive, byte for
 * byte, on any machine, any day, in any time zone. That asks three things of the zip writer: a
 * fixed date on every entry, a fixed entry order, and the same compressed bytes for the same
 * input. fflate's zipSync gives all three: a date per entry, entries in the order given, and a
 * deflate written in JavaScript and pinned by the lockfile (node:zlib's output depends on the
 * zlib built into each node release). `web-ext build` cannot: its zip library stamps every
 * entry with the current time and walks the directory in the order the file system returns.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

export interface ZipFile {
  /** Path inside the archive, with forward slashes. */
  name: string;
  data: Uint8Array;
}

/** Entries sorted by name, each deflated at level 9 and dated 1980-01-01 00:00. */
export function zip(files: readonly ZipFile[]): Uint8Array {
  // The earliest date a ZIP entry can carry. fflate writes the DOS date from the Date's local
  // fields, so it is made here, in the time zone of this call: a Date kept from an earlier call
  // is an instant, which another time zone would read as another day.
  const fixedDate = new Date(1980, 0, 1);
  const entries: Zippable = {};
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    // zipSync takes an object; JavaScript lists a key like "12" before all others, whatever the insertion order.
    if (/^(0|[1-9]\d*)$/.test(file.name)) throw new Error(`zip: a file named only by digits ("${file.name}") would break the fixed entry order`);
    entries[file.name] = [file.data, { level: 9, mtime: fixedDate }];
  }
  return zipSync(entries);
}

/** Every file under dir, named by its path relative to dir, zipped with zip(). */
export async function zipDirectory(dir: string): Promise<{ archive: Uint8Array; files: number }> {
  const found = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const files = await Promise.all(
    found.map(async (e) => {
      const path = join(e.parentPath, e.name);
      return { name: relative(dir, path).split(sep).join('/'), data: await readFile(path) };
    }),
  );
  return { archive: zip(files), files: files.length };
}
