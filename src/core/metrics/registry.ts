/**
 * A tiny Prometheus text-format registry (exposition format 0.0.4): counters, gauges, histograms.
 * Label values are checked against a per-label pattern and anything that does not match becomes
 * `other`, so an email, IP, key or raw path can never become a label. Series per metric are capped.
 */
export type LabelPattern = RegExp;
type LabelValues<K extends string> = Record<K, string | number>;

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
const MAX_SERIES = 500;
const OTHER = 'other';

interface Metric {
  render(): string;
}

export interface Counter<K extends string> {
  inc(labels: LabelValues<K>, by?: number): void;
  /** The series for these labels, resolved once (label checks, cap) for repeated increments. */
  series(labels: LabelValues<K>): CounterSeries;
}
export interface CounterSeries {
  inc(by?: number): void;
}
export interface Gauge {
  set(value: number): void;
  /** Read the value at scrape time instead (e.g. a queue's current depth). */
  collect(read: () => number): void;
}
export interface Histogram<K extends string> {
  observe(labels: LabelValues<K>, value: number): void;
  /** The series for these labels, resolved once (label checks, cap) for repeated observations. */
  series(labels: LabelValues<K>): HistogramSeries;
}
export interface HistogramSeries {
  observe(value: number): void;
}

const escapeLabel = (v: string) => v.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('"', '\\"');
const formatNumber = (n: number) => (n === Infinity ? '+Inf' : Number.isNaN(n) ? 'NaN' : String(n));

function labelKeyer<K extends string>(patterns: Record<K, LabelPattern>) {
  const names = Object.keys(patterns) as K[];
  const seen = new Set<string>();
  /**
   * Raw label values → series key, so a request's labels are checked and escaped once per distinct
   * combination, not on every observation. Bounded: past the bound, keys are computed each time.
   */
  const memo = new Map<string, string>();
  const keyOf = (labels: LabelValues<K>): string => {
    const parts = names.map((name) => {
      const value = String(labels[name]);
      return `${name}="${escapeLabel(patterns[name].test(value) ? value : OTHER)}"`;
    });
    let key = parts.join(',');
    if (!seen.has(key)) {
      if (seen.size >= MAX_SERIES) key = names.map((name) => `${name}="${OTHER}"`).join(',');
      seen.add(key);
    }
    return key;
  };
  return (labels: LabelValues<K>): string => {
    let raw = '';
    for (const name of names) raw += `${String(labels[name])}\u0000`;
    const known = memo.get(raw);
    if (known !== undefined) return known;
    const key = keyOf(labels);
    if (memo.size < MAX_SERIES * 4) memo.set(raw, key);
    return key;
  };
}

const header = (name: string, help: string, type: string) => `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n`;
const series = (name: string, labels: string, value: number) => `${name}${labels ? `{${labels}}` : ''} ${formatNumber(value)}\n`;

export function createRegistry() {
  const metrics: Metric[] = [];
  return {
    counter<K extends string>(name: string, help: string, labels: Record<K, LabelPattern>): Counter<K> {
      const keyOf = labelKeyer(labels);
      const values = new Map<string, { value: number }>();
      metrics.push({ render: () => header(name, help, 'counter') + [...values].map(([k, c]) => series(name, k, c.value)).join('') });
      const cell = (key: string) => {
        let c = values.get(key);
        if (!c) values.set(key, (c = { value: 0 }));
        return c;
      };
      const handle = (key: string): CounterSeries => {
        const c = cell(key);
        return {
          inc(by = 1) {
            if (by >= 0) c.value += by;
          },
        };
      };
      return {
        inc(l, by = 1) {
          if (!(by >= 0)) return;
          cell(keyOf(l)).value += by;
        },
        series: (l) => handle(keyOf(l)),
      };
    },
    gauge(name: string, help: string): Gauge {
      let read: () => number = () => 0;
      metrics.push({ render: () => header(name, help, 'gauge') + series(name, '', read()) });
      return {
        set(value) {
          read = () => value;
        },
        collect(fn) {
          read = fn;
        },
      };
    },
    histogram<K extends string>(name: string, help: string, labels: Record<K, LabelPattern>, buckets: readonly number[]): Histogram<K> {
      const keyOf = labelKeyer(labels);
      const bounds = [...buckets].sort((a, b) => a - b);
      /** `counts[i]`: observations in (bounds[i-1], bounds[i]]; made cumulative when rendered. */
      const values = new Map<string, { counts: number[]; sum: number; count: number }>();
      metrics.push({
        render: () =>
          header(name, help, 'histogram') +
          [...values]
            .map(([k, h]) => {
              const sep = k ? ',' : '';
              let cumulative = 0;
              const lines = bounds.map((b, i) => series(`${name}_bucket`, `${k}${sep}le="${formatNumber(b)}"`, (cumulative += h.counts[i]!)));
              lines.push(series(`${name}_bucket`, `${k}${sep}le="+Inf"`, h.count), series(`${name}_sum`, k, h.sum), series(`${name}_count`, k, h.count));
              return lines.join('');
            })
            .join(''),
      });
      const cell = (key: string) => {
        let h = values.get(key);
        if (!h) values.set(key, (h = { counts: bounds.map(() => 0), sum: 0, count: 0 }));
        return h;
      };
      const observe = (h: { counts: number[]; sum: number; count: number }, value: number) => {
        if (!Number.isFinite(value)) return;
        // The first bucket whose bound is >= value; Prometheus's cumulative counts are summed at render.
        let i = 0;
        while (i < bounds.length && value > bounds[i]!) i++;
        if (i < bounds.length) h.counts[i]! += 1;
        h.sum += value;
        h.count += 1;
      };
      return {
        observe(l, value) {
          if (!Number.isFinite(value)) return;
          observe(cell(keyOf(l)), value);
        },
        series(l) {
          const h = cell(keyOf(l));
          return { observe: (value) => observe(h, value) };
        },
      };
    },
    render: () => metrics.map((m) => m.render()).join(''),
  };
}

export type Registry = ReturnType<typeof createRegistry>;
