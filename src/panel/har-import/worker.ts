/// <reference lib="webworker" />
/**
 * The HAR import worker: reads one file, judges it with the core and posts batches to the panel
 * (protocol.ts). The panel's main thread never parses or inspects the file, so a 100 MB HAR
 * leaves it free to answer; cancelling terminates this worker.
 */
import { inspectHarPieces, type TextPiece } from './inspect-har-text.js';
import type { ImportMessage, ImportRequest } from './protocol.js';
import { message } from '../../i18n/message.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { file, name, prefix } = event.data;
  run(file, name, prefix).catch((e: unknown) => post({ type: 'failed', message: message('panel.import.could-not-import', { name, reason: e instanceof Error ? e.message : String(e) }) }));
};

async function run(file: Blob, name: string, prefix: string): Promise<void> {
  await inspectHarPieces(readPieces(file), { name, prefix, bytes: file.size, post, wholeText: () => file.text(), pause: nextTask });
}

/** The file as UTF-8 text, in the pieces the browser reads it in, with the bytes read so far. */
async function* readPieces(file: Blob): AsyncGenerator<TextPiece> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  let bytesRead = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytesRead += value.byteLength;
    yield { text: decoder.decode(value, { stream: true }), bytesRead };
  }
  yield { text: decoder.decode(), bytesRead };
}

/** Lets queued messages out between batches (postMessage delivers as soon as the worker yields). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
