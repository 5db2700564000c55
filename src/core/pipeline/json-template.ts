/**
 * Recognises a stream event's JSON text as the previous event's text with some string or number
 * tokens replaced, without parsing it. A model's stream is the same chunk again and again around a
 * new delta (`{"id":…,"choices":[{"index":0,"delta":{"content":"<here>"},…}]}`), sometimes with
 * other tokens that change every time (OpenAI's random `obfuscation` string, the Responses API's
 * `sequence_number`), so most events are checked by comparing the unchanged text between those
 * tokens (native string compares) and validating the new tokens alone.
 *
 * Sound by construction: the previous text is valid JSON (it was parsed, or accepted here), the
 * replaced spans are exactly some of its string and number tokens, and each replacement is a
 * valid token of the same kind, so the new text is valid JSON with the same structure. Anything
 * else is refused and the caller parses the event as usual.
 */
export interface JsonTemplate {
  /**
   * Whether `text` is the template with its varying tokens replaced by valid ones of the same kind
   * (or the same text again). On true, `text` becomes the template, and `literals` holds where its
   * varying tokens are.
   */
  accepts(text: string): boolean;
  /**
   * The last accepted text's varying tokens (string literals, quotes included, or numbers): `count`
   * of them, the i-th at `text.slice(literals[2 * i], literals[2 * i + 1])` (none for the same text again).
   */
  readonly literals: Int32Array;
  readonly count: number;
  /** Changes whenever the template's shape or which strings vary changes (what a caller may derive from them). */
  readonly version: number;
  /** `text`, valid JSON (the caller parsed it), becomes the template; its varying strings are found on the next event. */
  learn(text: string): void;
  /** No template until the next `learn` (after an event whose structure matters, such as a tool call). */
  forget(): void;
}

/** More tokens than this changing from one event to the next is not a delta stream: parse. */
const MAX_VARYING = 4;
const STRING = 0;
const NUMBER = 1;

export function createJsonTemplate(): JsonTemplate {
  /** The last text known to be valid JSON. */
  let prev: string | undefined;
  /** The text between the varying tokens: `prev` is `fixed[0] + L1 + fixed[1] + … + Lk + fixed[k]`. Undefined until found. */
  let fixed: string[] | undefined;
  /** Per varying token of `fixed`: a string (0) or a number (1). */
  let kinds: Uint8Array = new Uint8Array(MAX_VARYING);
  const literals = new Int32Array(2 * MAX_VARYING);

  /** Whether `text` is `fixed` with valid tokens of the same kinds between its parts; records where they are. */
  function fits(text: string, parts: readonly string[]): boolean {
    // Sliced compares are native memory compares (faster here than startsWith).
    let pos = parts[0]!.length;
    if (text.slice(0, pos) !== parts[0]) return false;
    const last = parts.length - 1;
    for (let i = 1; i <= last; i++) {
      const end = kinds[i - 1] === NUMBER ? numberEnd(text, pos) : literalEnd(text, pos);
      if (end === -1) return false;
      literals[2 * i - 2] = pos;
      literals[2 * i - 1] = end;
      const part = parts[i]!;
      if (i === last) {
        if (text.length - end !== part.length || text.slice(end) !== part) return false;
      } else if (text.slice(end, end + part.length) !== part) {
        return false;
      }
      pos = end + part.length;
    }
    self.count = last;
    return true;
  }

  /**
   * `prev` and `text` token by token: everything but strings and numbers must be the same, and each
   * of `text`'s strings and numbers valid; those that differ become the varying ones. The new
   * `fixed` and `kinds`, or undefined when `text` is not `prev` with such tokens replaced.
   */
  function varyingTokens(before: string, text: string): { parts: string[]; kinds: Uint8Array } | undefined {
    let n = 0;
    const parts: string[] = [];
    const newKinds = new Uint8Array(MAX_VARYING);
    let partFrom = 0;
    let p = 0;
    let t = 0;
    while (p < before.length) {
      const c = before.charCodeAt(p);
      const isString = c === 34;
      if (!isString && c !== 45 && !(c >= 48 && c <= 57)) {
        // Structure, whitespace, true/false/null: the same in both.
        if (text.charCodeAt(t) !== c) return undefined;
        p++;
        t++;
        continue;
      }
      const e = isString ? stringEnd(before, p) : numberEnd(before, p);
      const te = isString ? literalEnd(text, t) : numberEnd(text, t);
      if (te === -1) return undefined;
      if (te - t !== e - p || text.slice(t, te) !== before.slice(p, e)) {
        if (n === MAX_VARYING) return undefined;
        parts.push(before.slice(partFrom, p));
        partFrom = e;
        literals[2 * n] = t;
        literals[2 * n + 1] = te;
        newKinds[n] = isString ? STRING : NUMBER;
        n++;
      }
      p = e;
      t = te;
    }
    if (t !== text.length) return undefined;
    parts.push(before.slice(partFrom));
    self.count = n;
    return { parts, kinds: newKinds };
  }

  const self = {
    literals,
    count: 0,
    version: 0,
    accepts(text: string): boolean {
      if (prev === undefined) return false;
      if (fixed !== undefined && fits(text, fixed)) {
        prev = text;
        return true;
      }
      // Find which tokens vary (the first events of a stream, or when another token changes).
      const found = varyingTokens(prev, text);
      if (found === undefined) return false;
      // The same text again leaves the template as it was.
      if (found.parts.length > 1) {
        fixed = found.parts;
        kinds = found.kinds;
        self.version++;
      }
      prev = text;
      return true;
    },
    learn(text: string): void {
      prev = text;
      fixed = undefined;
      self.version++;
    },
    forget(): void {
      prev = undefined;
      fixed = undefined;
      self.version++;
    },
  };
  return self;
}

/** End (past the closing quote) of the string token that starts at `start` in valid JSON. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    i += c === 92 ? 2 : 1;
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);

/** End of the JSON number (RFC 8259 §6) that starts at `start`, or -1 when none does. */
function numberEnd(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === 45) i++;
  const c = text.charCodeAt(i);
  if (c === 48) i++;
  else if (c >= 49 && c <= 57) while (isDigit(text.charCodeAt(++i)));
  else return -1;
  if (text.charCodeAt(i) === 46) {
    if (!isDigit(text.charCodeAt(++i))) return -1;
    while (isDigit(text.charCodeAt(++i)));
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    const sign = text.charCodeAt(++i);
    if (sign === 43 || sign === 45) i++;
    if (!isDigit(text.charCodeAt(i))) return -1;
    while (isDigit(text.charCodeAt(++i)));
  }
  return i;
}

/** End (past the closing quote) of the JSON string literal (RFC 8259 §7) that starts at `start`, or -1 when none does. */
export function literalEnd(text: string, start: number): number {
  if (text.charCodeAt(start) !== 34) return -1;
  let i = start + 1;
  for (;;) {
    const c = text.charCodeAt(i); // NaN past the end
    if (c === 34) return i + 1;
    if (c === 92) {
      const e = text.charCodeAt(i + 1);
      if (e === 117) {
        if (!isHex(text.charCodeAt(i + 2)) || !isHex(text.charCodeAt(i + 3)) || !isHex(text.charCodeAt(i + 4)) || !isHex(text.charCodeAt(i + 5))) return -1;
        i += 6;
      } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
        i += 2;
      } else {
        return -1;
      }
    } else if (c >= 32) {
      i++;
    } else {
      return -1; // a control character, or the end
    }
  }
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
      i = stringEnd(text, i);
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
