/**
 * A value built the first time it is asked for, then kept. For what a Lambda would otherwise
 * build at every cold start whether the request needs it or not (DESIGN.md 7).
 */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
