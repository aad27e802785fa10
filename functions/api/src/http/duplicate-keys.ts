/**
 * The paths of keys repeated inside one JSON object, e.g. `values/0/value` for
 * `{"values":[{"indicator":"PRV-04","value":5,"value":7}]}`. JSON.parse keeps the last of them
 * silently (RFC 8259 leaves duplicates to the parser), which could lose a number a person typed.
 *
 * `text` must already be valid JSON (parse it first). The scan is iterative, with an explicit
 * stack, so no nesting depth can overflow the call stack; it is linear in the text's length.
 */
export function duplicateKeyPaths(text: string): string[] {
  type Level = { object: true; keys: Set<string>; key: string | null; expectKey: boolean } | { object: false; index: number };
  const stack: Level[] = [];
  const found: string[] = [];
  const pathOf = (levels: Level[]) => levels.map((l) => (l.object ? (l.key ?? '') : String(l.index)));
  for (let i = 0; i < text.length; i++) {
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
        if (top.keys.has(key)) found.push([...pathOf(stack.slice(0, -1)), key].join('/'));
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
