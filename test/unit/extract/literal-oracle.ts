/**
 * Plain references for the embedded-data literal scans, shared by their tests: written for
 * clarity, without the shortcuts the product code takes.
 */

/** Index after the balanced value that starts with "{" or "[" at `from` (strings skipped), or -1. */
export function balancedEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '"') break;
      }
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The literal scan as it was written first, without shortcuts: the oracle for `parseBlob` on code. */
export function naiveLiterals(text: string): unknown[] {
  const start = /[=(,:]\s*(?=\[?\s*\{\s*")/g;
  const out: unknown[] = [];
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const s = m.index + m[0].length;
    const e = balancedEnd(text, s);
    if (e < 0) break;
    if (e - s < 200) continue;
    try {
      out.push(JSON.parse(text.slice(s, e)));
      start.lastIndex = e;
    } catch {
      // not JSON: the scan goes on inside it
    }
  }
  return out;
}
