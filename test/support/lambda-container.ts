import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Context } from 'aws-lambda';
import type { BuiltFunction } from './cloud-assembly';

/**
 * Runs in the worker (plain JavaScript, evaluated as a script): imports the bundle with Node's own
 * ES module loader, as the Lambda runtime does at init, then calls the handler for each event.
 * The context is rebuilt here because functions do not cross threads.
 */
const RUNTIME = `
const { parentPort, workerData } = require('node:worker_threads');
const describe = (error) => (error instanceof Error ? error.stack || error.message : String(error));
const loaded = import(workerData.url);
loaded.then(
  (module) => parentPort.postMessage({ id: 0, result: Object.fromEntries(Object.entries(module).map(([name, value]) => [name, typeof value])) }),
  (error) => parentPort.postMessage({ id: 0, error: describe(error) }),
);
parentPort.on('message', async ({ id, event, context }) => {
  try {
    const handler = (await loaded)[workerData.exportName];
    const deadline = Date.now() + workerData.timeoutSeconds * 1000;
    const fullContext = { ...context, getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()), done() {}, fail() {}, succeed() {} };
    parentPort.postMessage({ id, result: await handler(event, fullContext) });
  } catch (error) {
    parentPort.postMessage({ id, error: describe(error) });
  }
});
`;

export interface LambdaContainer {
  /** What the bundle exports, by name: `typeof` of each export. */
  readonly exports: Readonly<Record<string, string>>;
  invoke<T = unknown>(event: unknown, context: Context): Promise<T>;
  stop(): Promise<void>;
}

/**
 * A built Lambda bundle loaded as one Lambda execution environment would load it: by Node's
 * native `import()` of the staged `index.mjs` (not through Vitest's module runner, which would
 * transform the bundle first), in a thread of its own whose `process.env` is exactly the given
 * environment, set before the import (our entry points read it at init). The handler named by
 * the template (`index.handler`) is the one invoked.
 */
export async function startLambdaContainer(fn: BuiltFunction, environment: Record<string, string>): Promise<LambdaContainer> {
  const [file, exportName] = fn.handler.split('.');
  const url = pathToFileURL(join(fn.assetDir, `${file}.mjs`)).href;
  const worker = new Worker(RUNTIME, { eval: true, env: environment, workerData: { url, exportName, timeoutSeconds: fn.timeoutSeconds } });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 1;
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (error !== undefined) waiting?.reject(new Error(`${fn.description}: ${error}`));
    else waiting?.resolve(result);
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`${fn.description}: its thread exited with code ${code}`)));
  const call = (message: Record<string, unknown>, id = next++) =>
    failure
      ? Promise.reject(failure)
      : new Promise<unknown>((resolve, reject) => {
          pending.set(id, { resolve, reject });
          if (id !== 0) worker.postMessage({ id, ...message });
        });

  const exports = (await call({}, 0).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  })) as Record<string, string>;
  return {
    exports,
    invoke: async <T>(event: unknown, context: Context) => {
      // Only data crosses to the thread; the runtime's callbacks are made again on the other side.
      const data = Object.fromEntries(Object.entries(context).filter(([, value]) => typeof value !== 'function'));
      return (await call({ event, context: data })) as T;
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}
