import { echoName } from '@etip/core';

/** The most repeated keys reported: enough to fix a body, never a huge answer to a crafted one. */
export const MAX_REPEATED_KEYS = 20;
/** Path segments named before the rest is elided: bodies this deep are refused anyway. */
const MAX_PATH_SEGMENTS = 16;

/**
 * The keys repeated inside one JSON object, with their paths, e.g. `values/0/value` for
 * `{"values":[{"indicator":"PRV-04","value":5,"value":7}]}`. JSON.parse keeps the last of them
 * silently (RFC 8259 leaves duplicates to the parser), which could lose a number a person typed.
 * At most `MAX_REPEATED_KEYS`, in text order; names are shortened and deep paths elided as
 * error paths are elsewhere, so a crafted body cannot make the answer large.
 *
 * `text` must already be valid JSON (parse it first). The scan is iterative, with an explicit
 * stack, so no nesting depth can overflow the call stack; it is linear in the text's length.
 */
export function repeatedKeys(text: string): { path: string; key: string }[] {
  type Level = { object: true; keys: Set<string>; key: string | null; expectKey: boolean } | { object: false; index: number };
  const stack: Level[] = [];
  const found: { path: string; key: string }[] = [];
  const pathOf = (levels: Level[], key: string) => {
    const names = [
      ...levels.slice(0, MAX_PATH_SEGMENTS).map((l) => (l.object ? (l.key ?? '') : String(l.index))),
      ...(levels.length > MAX_PATH_SEGMENTS ? ['…'] : []),
      key,
    ];
    return names.map(echoName).join('/');
  };
  for (let i = 0; i < text.length && found.length < MAX_REPEATED_KEYS; i++) {
    const char = text[i];
    const top = stack.at(-1);
    if (char === '{') stack.push({ object: true, keys: new Set(), key: null, expectKey: true });
    else if (char === '[') stack.push({ object: false, index: 0 });
    else if (char === '}' || char === ']') stack.pop();
    else if (char === ',' && top) {
      if (top.object) top.expectKey = true;
      else top.index++;
    } else if (char === ':' && top?.object) top.expectKey = false;
    else if (char === '"') {
      const end = stringEnd(text, i);
      if (top?.object && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) found.push({ path: pathOf(stack.slice(0, -1), key), key: echoName(key) });
        top.keys.add(key);
        top.key = key;
      }
      i = end;
    }
  }
  return found;
}

/** The index of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}
