import WebSocket from 'ws';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  method: string;
}

/**
 * A minimal Chrome DevTools Protocol client over the browser's WebSocket, in flat session mode
 * (each command may name the target session it is for). playwright-core offers no session on
 * DevTools' own windows or on the extension panel inside them; this reaches both.
 */
export class CdpConnection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Array<(params: Record<string, unknown>, sessionId?: string) => void>>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
      if (message.id === undefined && message.method) {
        for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
        return;
      }
      const pending = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id!);
      if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
      else pending.resolve(message.result);
    });
  }

  static async open(url: string): Promise<CdpConnection> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new CdpConnection(socket);
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method });
      this.socket.send(JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params }));
    });
  }

  /** Calls `listener` for every event `method` (from any session: the second argument says which). */
  on<P = Record<string, unknown>>(method: string, listener: (params: P, sessionId?: string) => void): void {
    const list = this.listeners.get(method) ?? [];
    list.push(listener as (params: Record<string, unknown>, sessionId?: string) => void);
    this.listeners.set(method, list);
  }

  /** Evaluates an expression in a session's page and returns its value (it must be serialisable). */
  async evaluate<T>(sessionId: string, expression: string): Promise<T> {
    const r = await this.send<{ result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value as T;
  }

  close(): void {
    this.socket.close();
  }
}
