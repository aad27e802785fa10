import { vi } from 'vitest';

/** One line of a Lambda's output: a log line (it has a `level`) or an EMF metrics blob (`_aws`). */
export type JsonLine = Record<string, unknown>;

/**
 * What is written to stdout and stderr while `act` runs, kept from the terminal: both go to the
 * function's log group in AWS. Powertools' Logger and Metrics write there through a `Console` of
 * their own (not the global one that Vitest captures), ERROR lines to stderr, one JSON document
 * per line: a line that is not JSON fails the parse, as it should.
 */
export async function captureOutput<T>(act: () => Promise<T>): Promise<{ result: T; text: string; lines: JsonLine[] }> {
  const chunks: string[] = [];
  const keep = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  const spies = [vi.spyOn(process.stdout, 'write').mockImplementation(keep), vi.spyOn(process.stderr, 'write').mockImplementation(keep)];
  let result: T;
  try {
    result = await act();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  const text = chunks.join('');
  return {
    result,
    text,
    lines: text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as JsonLine),
  };
}

/** The log lines among them, without the metrics. */
export const logLines = (lines: JsonLine[]) => lines.filter((line) => 'level' in line);

/** One metric of an EMF blob, as CloudWatch reads it: its namespace, dimensions, unit and value. */
export interface PublishedMetric {
  namespace: string;
  name: string;
  unit: string;
  value: unknown;
  dimensions: Record<string, unknown>;
}

/** The metrics published in the EMF blobs among the lines, in order. */
export function publishedMetrics(lines: JsonLine[]): PublishedMetric[] {
  type Directive = { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] };
  return lines
    .filter((line) => '_aws' in line)
    .flatMap((blob) =>
      (blob._aws as { CloudWatchMetrics: Directive[] }).CloudWatchMetrics.flatMap((directive) =>
        directive.Metrics.map(({ Name, Unit }) => ({
          namespace: directive.Namespace,
          name: Name,
          unit: Unit,
          value: blob[Name],
          dimensions: Object.fromEntries(directive.Dimensions.flat().map((d) => [d, blob[d]])),
        })),
      ),
    );
}
