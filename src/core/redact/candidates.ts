import type { EntityType } from './entities.ts';

/** Buffers up to this many candidates are kept for the next call; a larger call's are dropped after it. */
const RETAINED_CAPACITY = 1 << 15;

/**
 * The findings of one detect call before overlap resolution, as parallel arrays: candidate `k` is
 * text[start[k], end[k]) of `type[k]`, and a higher `priority[k]` wins a tie between equally long
 * spans (overlaps.ts). No object per candidate: the recognizers `add` here and only the winners
 * become `Finding` objects. A detector reuses one across its calls (`clear`).
 */
export class Candidates {
  count = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  priority = new Int32Array(256);
  type: EntityType[] = [];

  add(type: EntityType, start: number, end: number, priority: number): void {
    if (this.count === this.start.length) this.grow();
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.priority[k] = priority;
    this.type[k] = type;
  }

  /** Empty for the next call; buffers that grew past RETAINED_CAPACITY are let go. */
  clear(): void {
    this.count = 0;
    if (this.start.length > RETAINED_CAPACITY) {
      this.start = new Int32Array(256);
      this.end = new Int32Array(256);
      this.priority = new Int32Array(256);
      this.type = [];
    }
  }

  private grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const priority = new Int32Array(size);
    start.set(this.start);
    end.set(this.end);
    priority.set(this.priority);
    this.start = start;
    this.end = end;
    this.priority = priority;
  }
}
