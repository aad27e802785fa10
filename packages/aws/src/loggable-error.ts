/** An error as our logs may show it. */
export interface LoggableError {
  name: string;
  message: string;
  stack?: string;
}

/**
 * An error reduced to its name, message and stack before it is logged. The SDK's errors carry
 * more as own properties — a cancelled transaction its `CancellationReasons`, with the report it
 * failed on (`ReturnValuesOnConditionCheckFailure: 'ALL_OLD'`) — and a logger that writes every
 * property would put survivor counts in the logs (DESIGN.md 5.4).
 */
export function loggableError(error: unknown): LoggableError | undefined {
  if (error === undefined) return undefined;
  if (!(error instanceof Error)) return { name: 'NonError', message: String(error) };
  return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
}
