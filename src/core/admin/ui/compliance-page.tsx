import type { EvidenceValue } from '../../policy/enforcers.ts';
import type { StaffPrincipal } from '../../staff/types.ts';
import type { ComplianceView } from '../compliance-actions.ts';
import { RedactionChart } from './chart.tsx';
import { Layout, Pill, TenantSelect } from './layout.tsx';

function Evidence(props: { value: EvidenceValue }) {
  const v = props.value;
  if (typeof v === 'number') return <b>{v}</b>;
  const entries = Object.entries(v);
  if (entries.length === 0) return <span class="sub">none</span>;
  return <span>{entries.map(([k, n]) => `${k} ${n}`).join(' · ')}</span>;
}

export function CompliancePage(props: { staff: StaffPrincipal; csrf: string; view?: ComplianceView | undefined; q: Record<string, string | undefined>; policies: string[]; error?: string | undefined }) {
  const { staff, q, view } = props;
  const t = view?.report.totals;
  const redacted = t ? Object.values(t.redactions).reduce((a, b) => a + b, 0) : 0;
  const refused = t ? Object.values(t.refusals).reduce((a, b) => a + b, 0) : 0;
  return (
    <Layout title="Compliance" section="compliance" staff={staff} csrf={props.csrf}>
      <h1>Compliance report</h1>
      <p class="sub">Each promise of the privacy policy, what enforces it, and the evidence from the audit trail and review queue.</p>
      {props.error && <div class="alert bad" role="alert">{props.error}</div>}
      <form class="filters" method="get" action="/admin/compliance" aria-label="Report scope">
        <TenantSelect staff={staff} value={q.tenant} allowAll={true} />
        <label class="field">Policy
          <select name="policy">
            <option value="">tenant's policy</option>
            {props.policies.map((p) => <option value={p} selected={q.policy === p}>{p}</option>)}
          </select>
        </label>
        <label class="field">From<input type="date" name="from" value={q.from ?? ''} /></label>
        <label class="field">To<input type="date" name="to" value={q.to ?? ''} /></label>
        <button type="submit">Show</button>
      </form>
      {view && t && (
        <>
          <div class="stats">
            <div class="stat"><b>{t.requests}</b><span>requests</span></div>
            <div class="stat"><b>{redacted}</b><span>values redacted</span></div>
            <div class="stat"><b>{refused}</b><span>requests refused</span></div>
            <div class="stat"><b>{t.decisions.approved + t.decisions.rejected}/{t.decisions.queued}</b><span>decisions reviewed</span></div>
          </div>
          <section class="card" aria-labelledby="chart">
            <h2 id="chart">Redactions by entity over time</h2>
            <RedactionChart series={view.series} />
          </section>
          {view.report.flags.length > 0 && (
            <div class="alert bad" role="status"><b>Needs attention:</b> {view.report.flags.join('; ')}</div>
          )}
          <h2>Policy <code>{view.report.policy.name}</code> <span class="sub mono">{view.report.policy.version.slice(0, 12)}</span></h2>
          {view.report.rows.length === 0 && <p class="card empty">This policy lists no clauses.</p>}
          {view.report.rows.map((row) => (
            <section class="card clause" aria-label={row.title ?? row.clause}>
              <h2>{row.title ?? row.clause} {row.flags.length ? <Pill tone="warn">attention</Pill> : <Pill tone="ok">evidenced</Pill>}</h2>
              <div class="sub">{row.source}</div>
              <blockquote>{`“${row.quote}”`}</blockquote>
              <table>
                <thead><tr><th scope="col">Enforced by</th><th scope="col">Settings</th><th scope="col">Evidence</th></tr></thead>
                <tbody>
                  {row.enforced_by.map((e) => (
                    <tr>
                      <td><code>{e.enforcer}</code><div class="sub">{e.description}</div></td>
                      <td>{Object.entries(e.settings).map(([k, v]) => <div>{k}: <code>{Array.isArray(v) ? v.join(', ') : String(v)}</code></div>)}</td>
                      <td>{Object.entries(e.evidence).map(([k, v]) => <div>{k}: <Evidence value={v} /></div>)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {row.flags.length > 0 && <p class="flags">{row.flags.join('; ')}</p>}
            </section>
          ))}
          <section class="card" aria-labelledby="subs">
            <h2 id="subs">Sub-processors</h2>
            <table>
              <thead><tr><th scope="col">Provider</th><th scope="col">Allowed</th><th scope="col">Terms</th><th scope="col">Requests</th></tr></thead>
              <tbody>
                {view.subprocessors.map((s) => (
                  <tr>
                    <td>{s.provider}{s.region ? ` (${s.region})` : ''}</td>
                    <td>{s.allowed ? <Pill tone="ok">allowed</Pill> : <Pill tone="muted">not allowed</Pill>}</td>
                    <td>{s.attested ? <Pill tone="ok">attested</Pill> : <Pill tone="warn">unattested</Pill>}</td>
                    <td>{s.requests}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </Layout>
  );
}
