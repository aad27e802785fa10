/**
 * Calls `callback` once the browser has painted the next frame: a task queued from a frame
 * callback runs after that frame's paint. For work that must not hold back what was just
 * rendered (the overview's charts after its numbers). Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
