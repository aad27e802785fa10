import { echoName } from '@etip/core';

/**
 * How deeply arrays and objects may nest in a request body. The deepest body the API takes is a
 * report's (`{"values":[{…}]}`: 3 levels); a few more let a wrong type inside a field (`"value":
 * [5]`) be named by the schema, field by field. Anything deeper is refused before any code walks
 * it: JSON.stringify, structuredClone and every recursive walk overflow the call stack a few
 * thousand levels down (a 10 KB body nests 5,000 arrays), which would be a 500.
 */
export const MAX_JSON_DEPTH = 8;

/** The most repeated keys reported: enough to fix a body, never a huge answer to a crafted one. */
export const MAX_REPEATED_KEYS = 20;

/** What a scan of a JSON text finds that `JSON.parse` hides or that would hurt later code. */
export interface JsonScan {
  /** The path of the first array or object nested deeper than `MAX_JSON_DEPTH`, e.g. `values/0/value/0/0/0/0/0`; null if none. */
  tooDeep: string | null;
  /** Keys repeated inside one object, with their paths, at most `MAX_REPEATED_KEYS`, in text order. */
  repeated: { path: string; key: string }[];
}

/**
 * Scans a JSON text once, iteratively (an explicit stack, linear in the text's length), for what
 * `JSON.parse` does not say:
 * - nesting deeper than `MAX_JSON_DEPTH`: the scan stops there, and the caller refuses the body
 *   before anything recursive sees it;
 * - keys repeated in one object, e.g. `values/0/value` for
 *   `{"values":[{"indicator":"PRV-04","value":5,"value":7}]}`: JSON.parse keeps the last of them
 *   silently (RFC 8259 leaves duplicates to the parser), which could lose a number a person typed.
 * Paths have at most `MAX_JSON_DEPTH` segments, each name shortened as error paths are elsewhere,
 * so a crafted body cannot make the answer large.
 *
 * `text` must already be valid JSON (parse it first: keys are decoded with JSON.parse).
 */
export function scanJson(text: string): JsonScan {
  type Level = { object: true; keys: Set<string>; key: string | null; expectKey: boolean } | { object: false; index: number };
  const stack: Level[] = [];
  const repeated: JsonScan['repeated'] = [];
  const pathOf = (levels: Level[], ...last: string[]) => [...levels.map((l) => (l.object ? (l.key ?? '') : String(l.index))), ...last].map(echoName).join('/');
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const top = stack.at(-1);
    if (char === '{' || char === '[') {
      if (stack.length === MAX_JSON_DEPTH) return { tooDeep: pathOf(stack), repeated };
      stack.push(char === '{' ? { object: true, keys: new Set(), key: null, expectKey: true } : { object: false, index: 0 });
    } else if (char === '}' || char === ']') stack.pop();
    else if (char === ',' && top) {
      if (top.object) top.expectKey = true;
      else top.index++;
    } else if (char === ':' && top?.object) top.expectKey = false;
    else if (char === '"') {
      const end = stringEnd(text, i);
      if (top?.object && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key) && repeated.length < MAX_REPEATED_KEYS) repeated.push({ path: pathOf(stack.slice(0, -1), key), key: echoName(key) });
        top.keys.add(key);
        top.key = key;
      }
      i = end;
    }
  }
  return { tooDeep: null, repeated };
}

/** The index of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}
