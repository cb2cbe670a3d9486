import type { CdpConnection } from './cdp.js';

/** One page or worker's memory, as CDP reports it. */
export interface MemorySample {
  /** JS heap in use, bytes (Runtime.getHeapUsage). */
  heapUsed: number;
  /** JS heap allocated, bytes (Runtime.getHeapUsage). */
  heapTotal: number;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  attached?: boolean;
}

/**
 * Watches the extension's service worker over a browser-wide CDP connection: every worker the
 * browser starts for the extension is attached as soon as the browser announces it (and at
 * each memory read, should an announcement have been missed). Collects what the worker's console
 * would show as an error: console.error / console.assert calls and uncaught exceptions.
 */
export class WorkerWatch {
  /** Each error the worker's console showed, as text. */
  readonly errors: string[] = [];
  /** How many workers were attached: 1 + the restarts seen. */
  starts = 0;
  private workerSession: string | undefined;
  private workerTarget: string | undefined;
  private readonly attaching = new Set<string>();

  private constructor(
    private readonly cdp: CdpConnection,
    private readonly origin: string,
  ) {}

  static async start(cdp: CdpConnection, extensionOrigin: string): Promise<WorkerWatch> {
    const watch = new WorkerWatch(cdp, extensionOrigin);
    cdp.on<{ sessionId: string; targetInfo: TargetInfo }>('Target.detachedFromTarget', (e) => {
      if (e.sessionId === watch.workerSession) watch.workerSession = undefined;
    });
    cdp.on<{ targetInfo: TargetInfo }>('Target.targetCreated', (e) => void watch.attach(e.targetInfo));
    cdp.on<{ targetInfo: TargetInfo }>('Target.targetInfoChanged', (e) => void watch.attach(e.targetInfo));
    cdp.on<{ type: string; args: Array<{ value?: unknown; description?: string }> }>('Runtime.consoleAPICalled', (e, sessionId) => {
      if (!watch.isWorker(sessionId) || (e.type !== 'error' && e.type !== 'assert')) return;
      watch.errors.push(e.args.map((a) => a.description ?? String(a.value)).join(' '));
    });
    cdp.on<{ exceptionDetails: { text: string; exception?: { description?: string } } }>('Runtime.exceptionThrown', (e, sessionId) => {
      if (!watch.isWorker(sessionId)) return;
      watch.errors.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text);
    });
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    await watch.attachRunning();
    return watch;
  }

  /**
   * Takes out of `errors` those that match `pattern`, and returns them: what a worker logged
   * that the harness has found broken by the browser and replaced, said by the harness instead.
   */
  setAside(pattern: RegExp): string[] {
    const matched: string[] = [];
    const kept: string[] = [];
    for (const e of this.errors) (pattern.test(e) ? matched : kept).push(e);
    this.errors.splice(0, this.errors.length, ...kept);
    return matched;
  }

  /** Attaches to the extension's worker if one runs that is not attached yet (events can be missed while a worker restarts). */
  async attachRunning(): Promise<void> {
    const { targetInfos } = await this.cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
    for (const t of targetInfos) await this.attach(t);
  }

  /** The running worker's memory; undefined while no worker runs (stopped, not yet restarted). */
  async workerMemory(): Promise<MemorySample | undefined> {
    await this.attachRunning();
    const session = this.workerSession;
    if (!session) return undefined;
    return memoryOf(this.cdp, session).catch(() => undefined); // stopped while being read
  }

  /**
   * Lets go of the worker: a worker with a debugger attached is not stopped by
   * ServiceWorker.stopAllWorkers. The next worker is attached when the browser announces it.
   */
  async release(): Promise<void> {
    const session = this.workerSession;
    this.workerSession = undefined;
    this.workerTarget = undefined;
    if (session) await this.cdp.send('Target.detachFromTarget', { sessionId: session }).catch(() => undefined);
  }

  /** The memory of the extension page whose URL starts with `urlPrefix` (attached for the read). */
  async pageMemory(urlPrefix: string): Promise<MemorySample | undefined> {
    const { targetInfos } = await this.cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
    const target = targetInfos.find((t) => t.url.startsWith(urlPrefix));
    if (!target) return undefined;
    const { sessionId } = await this.cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: target.targetId, flatten: true });
    try {
      return await memoryOf(this.cdp, sessionId);
    } finally {
      await this.cdp.send('Target.detachFromTarget', { sessionId });
    }
  }

  private isWorker(sessionId: string | undefined): boolean {
    return sessionId !== undefined && sessionId === this.workerSession;
  }

  private async attach(target: TargetInfo): Promise<void> {
    if (target.type !== 'service_worker' || !target.url.startsWith(this.origin) || this.attaching.has(target.targetId)) return;
    if (this.workerSession && this.workerTarget === target.targetId) return;
    this.attaching.add(target.targetId);
    try {
      const { sessionId } = await this.cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: target.targetId, flatten: true });
      this.workerSession = sessionId;
      this.workerTarget = target.targetId;
      this.starts += 1;
      await this.cdp.send('Runtime.enable', {}, sessionId);
    } catch {
      // The worker was stopped again before it could be attached: the next one is attached afresh.
    } finally {
      this.attaching.delete(target.targetId);
    }
  }
}

async function memoryOf(cdp: CdpConnection, sessionId: string): Promise<MemorySample> {
  const { usedSize, totalSize } = await cdp.send<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage', {}, sessionId);
  return { heapUsed: usedSize, heapTotal: totalSize };
}
