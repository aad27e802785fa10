import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { endianness, networkInterfaces } from 'node:os';

/**
 * The local addresses of the TCP sockets listening on `port`, from Linux's socket table
 * (`/proc/net/tcp`, `/proc/net/tcp6`), as `ss -ltn` shows them; null where there is no such table.
 */
function listeningAddresses(port: number): string[] | null {
  if (!existsSync('/proc/net/tcp')) return null;
  const listening: string[] = [];
  for (const [file, parse] of [
    ['/proc/net/tcp', ipv4],
    ['/proc/net/tcp6', ipv6],
  ] as const) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      // "  1: 0100007F:1F40 00000000:0000 0A …": local address:port, remote, state (0A = LISTEN).
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, hexPort] = local?.split(':') ?? [];
      if (state === '0A' && address && Number.parseInt(hexPort ?? '', 16) === port) listening.push(parse(address));
    }
  }
  return listening;
}

/**
 * What makes `port` reachable from other machines, as far as this machine can tell: listening
 * sockets on other addresses than loopback (Linux's socket table), and this machine's other
 * addresses that accept a connection (each should refuse it). Empty when there is none; throws
 * when there is nothing to check with (no socket table, no other address), or nothing listens.
 */
export async function exposureOf(port: number): Promise<string[]> {
  const listening = listeningAddresses(port);
  const others = otherAddresses();
  if (listening === null && others.length === 0) throw new Error('no socket table and no address besides loopback: nothing to check with');
  if (listening?.length === 0) throw new Error(`nothing listens on port ${port}`);
  const outcomes = await Promise.all(others.map(async (address) => `${address}: ${await tryConnect(address, port)}`));
  return [
    ...(listening ?? []).filter((address) => !isLoopback(address)).map((address) => `listens on ${address}`),
    ...outcomes.filter((outcome) => !outcome.endsWith(': ECONNREFUSED')),
  ];
}

/** Whether `address` (as `listeningAddresses` gives it) is a loopback address, IPv4-mapped included. */
function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === '::1' || /^::ffff:127\./.test(address);
}

/** This machine's addresses other than loopback, with the scope of an IPv6 link-local one. */
function otherAddresses(): string[] {
  return Object.entries(networkInterfaces()).flatMap(([name, addresses]) =>
    (addresses ?? []).filter((a) => !a.internal).map((a) => (a.family === 'IPv6' && a.scopeid ? `${a.address}%${name}` : a.address)),
  );
}

/** How a TCP connection to `address:port` ends: 'connected', or the error's code ('ECONNREFUSED'). */
export function tryConnect(address: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 5_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timed out');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

// The kernel prints each 32-bit word of an address as a number in the machine's byte order.
const bytesOf = (word: string) => {
  const bytes = word.match(/../g)!.map((byte) => Number.parseInt(byte, 16));
  return endianness() === 'LE' ? bytes.reverse() : bytes;
};

function ipv4(hex: string): string {
  return bytesOf(hex).join('.');
}

function ipv6(hex: string): string {
  const bytes = hex.match(/.{8}/g)!.flatMap(bytesOf);
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) return `::ffff:${bytes.slice(12).join('.')}`;
  const groups = Array.from({ length: 8 }, (_, i) => ((bytes[2 * i]! << 8) | bytes[2 * i + 1]!).toString(16));
  // Enough to tell ::1 and :: from the rest; not the shortest form of every address.
  return groups
    .join(':')
    .replace(/^(0:)+0$/, '::')
    .replace(/^(0:)+1$/, '::1');
}
