/**
 * What a provider adapter knows, as data plus small functions. The pipeline is written once
 * against this interface; there is no `if (provider === …)` outside src/core/providers/<name>/.
 */
export type JsonPath = readonly (string | number)[];
export type JsonObject = Record<string, unknown>;

export interface RouteDef {
  method: 'GET' | 'POST';
  /** Matched against the path after the adapter's prefix, e.g. `/chat/completions`. */
  pattern: RegExp;
  /** Stable endpoint name used by policies, audit and metrics, e.g. `chat.completions`. */
  endpoint: string;
  /** `none` for GET routes with no body. */
  body: 'json' | 'none';
  isStream(body: JsonObject, url: URL, match: RegExpExecArray): boolean;
  modelOf(body: JsonObject, match: RegExpExecArray): string | undefined;
}

export interface NoTrainingContext {
  /** Keyed pseudonym (HMAC with PLEDGE_SECRET) for end-user identifiers. */
  pseudonymize(raw: string): Promise<string>;
  /** Per-upstream options from configuration (e.g. OpenRouter data_collection). */
  options: Readonly<Record<string, unknown>>;
}

export interface NoTrainingResult {
  /** Rewrites applied, recorded in audit events: `store_false`, `metadata_dropped`, `user_pseudonymized` … */
  actions: string[];
  /** The pseudonymous end-user id, if the request carried one. */
  user?: string;
}

export interface ToolCallSnapshot {
  /** Stable key within one response, e.g. `0.1` (choice 0, tool call 1). */
  key: string;
  name: string;
  /** Arguments as the model produced them (still with placeholders): JSON text or an object. */
  args: string;
  /** True once the name is known to be complete. */
  nameComplete: boolean;
}

/** The client's request headers as the pipeline reads them (a `Headers` is one; Node passes a lighter view). */
export interface IncomingHeaders {
  get(name: string): string | null;
  has(name: string): boolean;
}

export interface ErrorShape {
  status: number;
  body: unknown;
}

export interface ProviderAdapter {
  /** `openai`, `anthropic`, `gemini`, `azure`, `compat:<name>`. Used by policies as the provider id. */
  readonly id: string;
  /** Mount point, e.g. `/openai/v1`. */
  readonly prefix: string;
  readonly routes: readonly RouteDef[];

  /** The key the client presented, wherever this provider's SDK puts it. */
  readCredential(headers: IncomingHeaders, url: URL): string | undefined;
  /** Headers (besides the common set) to send upstream: auth and version headers, lower-case names. */
  upstreamHeaders(incoming: IncomingHeaders, credential: string | undefined): Record<string, string>;
  /** Query parameters that must never be forwarded or logged (e.g. Gemini `key`). */
  readonly secretQueryParams: readonly string[];
  /**
   * Optional normalisation of a policy's region-pinned `upstream` base URL (Azure drops a trailing
   * `/openai` or `/openai/v1`, as it does for PLEDGE_AZURE_UPSTREAM: client paths start with it).
   */
  upstreamBase?(base: string): string;
  /** Optional rewrite of the upstream path (Azure deployments, version prefixes). */
  upstreamPath?(relativePath: string, url: URL): string;
  /** Optional request validation that must happen before anything goes upstream (Azure api-version). */
  validate?(url: URL, headers: IncomingHeaders): ErrorShape | null;

  readonly text: {
    /**
     * Keys whose values are structural, never scanned (model, role, type, ids …): a string, number,
     * boolean or null under them is skipped; an object or array is not what the key holds, and is walked.
     */
    skipKeys: ReadonlySet<string>;
    /** Keys whose string values are JSON text (tool-call arguments): parsed, walked, re-serialized, every key scanned. */
    jsonEncodedKeys: ReadonlySet<string>;
    /**
     * Keys whose value is a tool's own data (Anthropic `tool_use.input`, Gemini `functionCall.args`
     * and `functionResponse.response`): every string inside is scanned, `skipKeys` included,
     * because the key names there are the developer's (`name`, `id`, `data` …), not the provider's.
     */
    payloadKeys: ReadonlySet<string>;
    /**
     * Keys whose value is the developer's own map (OpenAI `metadata`, a stored prompt's `variables`):
     * its keys are the developer's (`user`, `id` …), so `skipKeys` do not apply to them and each key is
     * a hint for its value (`customer_name`), but objects inside are walked as usual (an image variable
     * is still a non-text part).
     */
    mapKeys?: ReadonlySet<string>;
    /** Image, audio, document parts: not scanned; the policy decides whether they pass. */
    isNonTextPart(node: JsonObject): boolean;
  };

  readonly stream: {
    /** Channel of a streamed delta string, or null when the string is whole (restore it in place). */
    channelOf(event: unknown, path: JsonPath): string | null;
    /** Delta channels carrying JSON text, whose restored values need JSON escaping. */
    isJsonChannel(channel: string): boolean;
    /** Events that neither carry nor end a channel (Anthropic `ping`); held text waits across them. */
    isNeutral(eventName: string | undefined, data: string): boolean;
    /** The data line that ends the stream (`[DONE]`), if the format has one. */
    isTerminator(eventName: string | undefined, data: string): boolean;
    /**
     * Whether an event's JSON text may carry what Pledge reads from events (usage for the audit,
     * tool calls and finishes for the decision tracker). Such events are always parsed; the others
     * may pass without it when they are the previous event with one string changed. May say yes
     * wrongly, never no (providers/event-keys.ts).
     */
    mayCarryState(data: string): boolean;
    /**
     * Set when a number that changes between events of one shape may be state: Gemini repeats its
     * `usageMetadata` counts in every chunk, so `mayCarryState` leaves usage out (a chunk whose
     * counts did not change tells the hooks nothing new) and a chunk whose counts changed is parsed.
     * Unset: changing numbers are sequence numbers and carry none (OpenAI Responses).
     */
    readonly numbersMayCarryState?: boolean;
    /**
     * Keys whose values the provider fills with its own noise or counters, different in every
     * event (OpenAI's `obfuscation` padding, the Responses API's `sequence_number`): never a
     * channel, never what decides one, never the user's text. An event whose changing tokens are
     * its delta and such values is still restored through its delta alone (sse-restore.ts).
     */
    readonly inertKeys?: ReadonlySet<string>;
    /**
     * Whether a parsed event that carries no delta of its own ends `channel` (OpenAI: that choice's
     * finish, a Responses part or item `.done`; Anthropic: its block's `content_block_stop`):
     * text held back on a channel goes out before the event that ends it, and waits across any
     * other (another choice's finish, an annotation), so a placeholder split around it is still
     * restored. Unset: every such event ends every channel.
     */
    closes?(event: unknown, channel: string): boolean;
    /** The SSE text of an error event, for failures after the stream has started. */
    errorEvent(message: string): string;
    /** Identifying keys kept when held-back text is emitted as its own small event. */
    keepKeys: ReadonlySet<string>;
    /**
     * Set when an SDK for this format cannot skip SSE comment lines (@google/generative-ai stalls
     * on any line that is not `data:`): review tags then ride in the next JSON event under this
     * top-level field (`{"review":"required","ids":[…]}`) instead of a comment line, and upstream
     * comments are dropped. Unset: tags are SSE comment lines.
     */
    readonly reviewTagField?: string;
  };

  noTraining(body: JsonObject, route: RouteDef, ctx: NoTrainingContext): Promise<NoTrainingResult>;
  error(status: number, message: string, code: string): ErrorShape;

  readonly toolCalls: {
    fromResponse(body: unknown): ToolCallSnapshot[];
    /** Fold one stream event into the accumulator (keyed by ToolCallSnapshot.key). */
    fromStreamEvent(event: unknown, acc: Map<string, ToolCallSnapshot>): void;
  };

  usage(body: unknown): { input: number; output: number } | undefined;
}
