/**
 * Recognises a stream event's JSON text as the previous event's text with one string literal
 * replaced, without parsing it. A model's stream is the same chunk again and again around a new
 * delta (`{"id":…,"choices":[{"index":0,"delta":{"content":"<here>"},…}]}`), so most events are
 * checked by comparing the unchanged text around the delta (two native string compares) and
 * validating the new literal alone.
 *
 * Sound by construction: the previous text is valid JSON (it was parsed, or accepted here), the
 * replaced span is exactly one of its string tokens, and the replacement is a valid string
 * literal, so the new text is valid JSON with the same structure. Anything else is refused and
 * the caller parses the event as usual.
 */
export interface JsonTemplate {
  /**
   * Whether `text` is the template with its varying string replaced by a valid literal (or the
   * same text again). On true, `text` becomes the template and the literal is
   * `text.slice(literalStart, literalEnd)`, quotes included.
   */
  accepts(text: string): boolean;
  readonly literalStart: number;
  readonly literalEnd: number;
  /** Changes whenever the template's shape or its varying string changes (what a caller may derive from them). */
  readonly version: number;
  /** `text`, valid JSON (the caller parsed it), becomes the template; its varying string is found on the next event. */
  learn(text: string): void;
  /** No template until the next `learn` (after an event whose structure matters, such as a tool call). */
  forget(): void;
}

export function createJsonTemplate(): JsonTemplate {
  /** The last text known to be valid JSON. */
  let prev: string | undefined;
  /** The varying string token: `prev` is `head + literal + tail`; `head === undefined` until found. */
  let head: string | undefined;
  let tail = '';

  const self = {
    literalStart: 0,
    literalEnd: 0,
    version: 0,
    accepts(text: string): boolean {
      if (prev === undefined) return false;
      if (head !== undefined) {
        const end = text.length - tail.length;
        // Sliced compares are native memory compares (faster here than startsWith/endsWith).
        if (end - head.length >= 2 && text.slice(0, head.length) === head && text.slice(end) === tail && isStringLiteral(text, head.length, end)) {
          prev = text;
          self.literalStart = head.length;
          self.literalEnd = end;
          return true;
        }
      }
      // Find the one string token of `prev` whose replacement gives `text` (the first events of
      // a stream, or when the delta moved to another field).
      const at = firstDifference(prev, text);
      if (at === -1) {
        // The same valid text again: no literal changed.
        self.literalStart = self.literalEnd = 0;
        return true;
      }
      const token = stringTokenAround(prev, at);
      if (token === undefined) return false;
      const [start, end] = token;
      const newEnd = text.length - (prev.length - end);
      if (newEnd - start < 2 || text.slice(newEnd) !== prev.slice(end) || !isStringLiteral(text, start, newEnd)) return false;
      head = prev.slice(0, start);
      tail = prev.slice(end);
      prev = text;
      self.version++;
      self.literalStart = start;
      self.literalEnd = newEnd;
      return true;
    },
    learn(text: string): void {
      prev = text;
      head = undefined;
      tail = '';
      self.version++;
    },
    forget(): void {
      prev = undefined;
      head = undefined;
      tail = '';
      self.version++;
    },
  };
  return self;
}

function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return i;
  return a.length === b.length ? -1 : n;
}

/**
 * The string token of valid JSON `text` that contains position `at` after its opening quote
 * (`start < at < end`, `end` past the closing quote), or undefined when `at` is outside strings.
 */
function stringTokenAround(text: string, at: number): [number, number] | undefined {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c !== 34) {
      if (i >= at) return undefined;
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 92) i += 2;
      else if (d === 34) break;
      else i++;
    }
    const end = i + 1;
    if (at <= start) return undefined;
    if (at < end) return [start, end];
    i = end;
  }
  return undefined;
}

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);

/** Whether `text[start, end)` is exactly one JSON string literal (RFC 8259 §7). */
export function isStringLiteral(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(start) !== 34 || text.charCodeAt(end - 1) !== 34) return false;
  let i = start + 1;
  const last = end - 1;
  while (i < last) {
    const c = text.charCodeAt(i);
    if (c === 34 || c < 32) return false;
    if (c !== 92) {
      i++;
      continue;
    }
    const e = text.charCodeAt(i + 1);
    if (e === 117) {
      if (i + 6 > last || !isHex(text.charCodeAt(i + 2)) || !isHex(text.charCodeAt(i + 3)) || !isHex(text.charCodeAt(i + 4)) || !isHex(text.charCodeAt(i + 5))) return false;
      i += 6;
    } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
      if (i + 2 > last) return false;
      i += 2;
    } else {
      return false;
    }
  }
  return i === last;
}

/**
 * The JSON path of the value that starts at `offset` in valid JSON text `text`, or undefined when
 * no value starts there (an object key, a separator, the inside of a string).
 */
export function jsonPathAt(text: string, offset: number): (string | number)[] | undefined {
  const keys: (string | number)[] = [];
  const isObject: boolean[] = [];
  let expectKey = false;
  let i = 0;
  while (i < text.length && i <= offset) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const start = i;
      for (i++; text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
      i++;
      if (expectKey) {
        if (start === offset) return undefined;
        keys[keys.length - 1] = JSON.parse(text.slice(start, i)) as string;
        expectKey = false;
        continue;
      }
      if (start === offset) return keys.slice();
      continue;
    }
    if (i === offset && c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 44 && c !== 58 && c !== 125 && c !== 93) return keys.slice();
    if (c === 123 || c === 91) {
      isObject.push(c === 123);
      keys.push(c === 123 ? '' : 0);
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      isObject.pop();
      keys.pop();
    } else if (c === 44) {
      if (isObject[isObject.length - 1]) expectKey = true;
      else keys[keys.length - 1] = (keys[keys.length - 1] as number) + 1;
    }
    i++;
  }
  return undefined;
}
