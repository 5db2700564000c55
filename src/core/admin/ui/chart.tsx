import type { RedactionSeries } from '../evidence.ts';

export const PALETTE = ['#3b5bdb', '#0ca678', '#f59f00', '#e03131', '#7048e8', '#1098ad', '#d6336c', '#5c940d'];

/** Every day from the first to the last (at most `max`, at least `min` ending on the last), zeros filled in. */
function fillDays(days: RedactionSeries['days'], min: number, max: number): RedactionSeries['days'] {
  const byDay = new Map(days.map((d) => [d.day, d.counts]));
  const last = Date.parse(days.at(-1)!.day);
  const first = Math.max(Date.parse(days[0]!.day), last - (max - 1) * 86_400_000);
  const start = Math.min(first, last - (min - 1) * 86_400_000);
  const out: RedactionSeries['days'] = [];
  for (let t = start; t <= last; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push({ day, counts: byDay.get(day) ?? {} });
  }
  return out;
}

/** Stacked bars: values redacted per entity per day. Pure SVG, no script, no inline style. */
export function RedactionChart(props: { series: RedactionSeries }) {
  const { days, entities } = props.series;
  if (days.length === 0) return <p class="empty">No redactions in this period.</p>;
  const shown = fillDays(days, 14, 60);
  const W = 720;
  const H = 200;
  const pad = { l: 40, r: 10, t: 10, b: 28 };
  const totals = shown.map((d) => Object.values(d.counts).reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const bw = (W - pad.l - pad.r) / shown.length;
  const y = (v: number) => pad.t + (H - pad.t - pad.b) * (1 - v / max);
  const label = `Values redacted per day by entity, ${shown[0]!.day} to ${shown.at(-1)!.day}; peak ${max} on one day.`;
  const every = Math.max(1, Math.ceil(shown.length / 8));
  return (
    <figure>
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label}>
        <title>{label}</title>
        {[0, 0.5, 1].map((f) => (
          <g>
            <line x1={pad.l} x2={W - pad.r} y1={y(max * f)} y2={y(max * f)} stroke="#e3e6eb" />
            <text x={pad.l - 6} y={y(max * f) + 4} text-anchor="end">{Math.round(max * f)}</text>
          </g>
        ))}
        {shown.map((d, i) => {
          let acc = 0;
          return (
            <g>
              {entities.map((e, ei) => {
                const v = d.counts[e] ?? 0;
                if (v === 0) return null;
                const top = y(acc + v);
                const height = y(acc) - top;
                acc += v;
                return <rect x={pad.l + i * bw + bw * 0.15} y={top} width={Math.max(1, bw * 0.7)} height={Math.max(0.5, height)} fill={PALETTE[ei % PALETTE.length]}><title>{`${d.day} ${e}: ${v}`}</title></rect>;
              })}
              {i % every === 0 && <text x={pad.l + i * bw + bw / 2} y={H - 8} text-anchor="middle">{d.day.slice(5)}</text>}
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {entities.map((e, i) => <span><i class={`c${i % PALETTE.length}`}></i>{e}</span>)}
      </figcaption>
    </figure>
  );
}
