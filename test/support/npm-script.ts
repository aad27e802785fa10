import { type ChildProcess, spawn } from 'node:child_process';
import { expect, vi } from 'vitest';

/** An npm script running as a newcomer runs it, with what it printed so far. */
export interface RunningScript {
  readonly child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  exited(): boolean;
  /** Ctrl-C as a terminal sends it: SIGINT to the script's whole process group. */
  interrupt(): void;
}

/**
 * Starts `npm <args>` with `env` added to this process's environment, and resolves once its
 * output matches `ready` (polled, no sleeps). Throws with the output when it exits before, or
 * after `timeoutMs`. The caller stops it (SIGTERM to test, SIGKILL in `afterAll`).
 */
export async function startScript(args: readonly string[], env: Record<string, string>, ready: RegExp, timeoutMs = 90_000): Promise<RunningScript> {
  // Its own process group, as a terminal's foreground job: `interrupt` signals the group.
  const child = spawn('npm', [...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const running: RunningScript = {
    child,
    output: () => output,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    interrupt: () => process.kill(-child.pid!, 'SIGINT'),
  };
  await vi.waitFor(
    () => {
      if (running.exited()) throw new Error(`npm ${args.join(' ')} exited early:\n${output}`);
      expect(output).toMatch(ready);
    },
    { timeout: timeoutMs, interval: 100 },
  );
  return running;
}
