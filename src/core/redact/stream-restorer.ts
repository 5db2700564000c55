import type { Vault } from './vault.ts';

/**
 * Restores placeholders in one stream channel (one choice's text, one tool call's arguments …)
 * whose deltas may split a placeholder anywhere. It holds back only a tail that is a proper
 * prefix of a placeholder this vault issued, so it never holds more than the longest placeholder
 * and time to first token stays flat.
 */
export interface ChannelRestorer {
  push(delta: string): string;
  flush(): string;
  readonly pending: string;
}

export function createChannelRestorer(vault: Vault, jsonEscaped: boolean): ChannelRestorer {
  const restore = jsonEscaped ? (text: string) => vault.restoreJsonEscaped(text) : (text: string) => vault.restore(text);
  let held = '';
  return {
    push(delta) {
      const text = held + delta;
      const keep = vault.pendingPrefixLength(text);
      held = keep === 0 ? '' : text.slice(text.length - keep);
      return restore(keep === 0 ? text : text.slice(0, text.length - keep));
    },
    flush() {
      const text = held;
      held = '';
      return restore(text);
    },
    get pending() {
      return held;
    },
  };
}
