import { main } from '../../src/cli/main.js';

/**
 * Runs the CLI in-process with `cwd` as its working folder and `env` as its environment (none by
 * default: no LANG, so English); what it printed, and its exit status.
 */
export async function runCli(cwd: string, argv: string[], opts: { isTTY?: boolean; env?: Record<string, string> } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = {
    out: { write: (s: string) => ((out += s), true), isTTY: opts.isTTY ?? false },
    err: { write: (s: string) => ((err += s), true) },
    env: opts.env ?? {},
    cwd,
  };
  const code = await main(argv, io as never);
  return { code, out, err };
}
