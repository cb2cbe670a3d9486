import type { MessageOf } from './protocol.js';

/** The part of a runtime.Port both ends use; structural, so this module imports no browser API. */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

export function send<M, K extends keyof M>(port: PortLike, type: K, data: M[K]): void {
  port.postMessage({ type, data });
}

export type Handlers<M> = { [K in keyof M]?: (data: M[K]) => void };

/** Dispatches a port's messages to typed handlers; anything malformed is ignored, not thrown. */
export function receive<M>(port: PortLike, handlers: Handlers<M>): void {
  port.onMessage.addListener((message) => {
    if (!isEnvelope(message)) return;
    const handler = handlers[message.type as keyof M];
    if (handler) (handler as (data: unknown) => void)(message.data);
  });
}

function isEnvelope(value: unknown): value is MessageOf<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
