/// <reference lib="webworker" />
/**
 * The HAR import worker: reads one file, judges it with the core and posts batches to the panel
 * (protocol.ts). The panel's main thread never parses or inspects the file, so a 100 MB HAR
 * leaves it free to answer; cancelling terminates this worker.
 */
import { inspectHarText } from './inspect-har-text.js';
import type { ImportMessage, ImportRequest } from './protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { file, name, prefix } = event.data;
  run(file, name, prefix).catch((e: unknown) => post({ type: 'failed', message: `${name} could not be imported: ${e instanceof Error ? e.message : String(e)}` }));
};

async function run(file: Blob, name: string, prefix: string): Promise<void> {
  const text = await readText(file, (bytesRead) => post({ type: 'progress', progress: { phase: 'reading', bytesRead, totalBytes: file.size, entriesInspected: 0, totalEntries: 0 } }));
  await inspectHarText(text, { name, prefix, bytes: file.size, post, pause: nextTask });
}

/** The file as UTF-8 text, read in the chunks the browser hands over, with the bytes read so far. */
async function readText(file: Blob, onBytes: (bytes: number) => void): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    // A progress message per 4 MB: enough to move a bar, few enough to cost nothing.
    if (bytes - reported >= 4 << 20) {
      reported = bytes;
      onBytes(bytes);
    }
  }
  parts.push(decoder.decode());
  onBytes(bytes);
  return parts.join('');
}

/** Lets queued messages out between batches (postMessage delivers as soon as the worker yields). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
