import type { AuditRecord } from '../../audit/chain.ts';
import type { AuditEvent } from '../../audit/event.ts';
import type { VerifyResult } from '../../audit/verify.ts';
import type { StaffPrincipal } from '../../staff/types.ts';
import { can } from '../../staff/types.ts';
import { PROVIDER_IDS } from '../../policy/schema.ts';
import { tenantLabel } from '../scope.ts';
import { Layout, Pager, Pill, TenantSelect } from './layout.tsx';

const when = (iso: string) => iso.replace('T', ' ').slice(0, 19);

function Outcome(props: { e: AuditEvent }) {
  const { e } = props;
  if (e.kind === 'staff') return <Pill tone="info">{e.action ?? 'staff'}</Pill>;
  const tone = e.outcome === 'ok' ? 'ok' : e.outcome === 'refused' ? 'warn' : e.outcome ? 'bad' : 'muted';
  return <Pill tone={tone}>{e.outcome === 'refused' && e.refusal ? `refused: ${e.refusal}` : (e.outcome ?? '—')}</Pill>;
}

const redactionText = (e: AuditEvent) => Object.entries(e.redactions ?? {}).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ');

export function AuditPage(props: { staff: StaffPrincipal; csrf: string; records: AuditRecord[]; next?: string | undefined; q: Record<string, string | undefined>; error?: string | undefined }) {
  const { staff, q } = props;
  const exportQs = new URLSearchParams(Object.entries(q).filter(([k, v]) => v && k !== 'cursor') as [string, string][]);
  return (
    <Layout title="Audit log" section="audit" staff={staff} csrf={props.csrf}>
      <h1>Audit log</h1>
      <p class="sub">One event per request and per staff action: anonymized metadata only, hash-chained.</p>
      {props.error && <div class="alert bad" role="alert">{props.error}</div>}
      <form class="filters" method="get" action="/admin/audit" aria-label="Filter the audit log">
        <TenantSelect staff={staff} value={q.tenant} allowAll={false} />
        <label class="field">Provider
          <select name="provider">
            {['', ...PROVIDER_IDS].map((p) => <option value={p} selected={(q.provider ?? '') === p}>{p || 'any'}</option>)}
          </select>
        </label>
        <label class="field">Kind
          <select name="kind">
            {['', 'request', 'staff'].map((k) => <option value={k} selected={(q.kind ?? '') === k}>{k || 'any'}</option>)}
          </select>
        </label>
        <label class="field">Redactions
          <select name="has_redactions">
            {[['', 'any'], ['true', 'with redactions'], ['false', 'none']].map(([v, l]) => <option value={v} selected={(q.has_redactions ?? '') === v}>{l}</option>)}
          </select>
        </label>
        <label class="field">From<input type="date" name="from" value={q.from ?? ''} /></label>
        <label class="field">To<input type="date" name="to" value={q.to ?? ''} /></label>
        <button type="submit">Apply</button>
        {can(staff.role, 'audit.export') && (
          <>
            <a class="btn secondary" href={`/admin/audit/export?${new URLSearchParams([...exportQs, ['format', 'csv']])}`}>Export CSV</a>
            <a class="btn secondary" href={`/admin/audit/export?${new URLSearchParams([...exportQs, ['format', 'jsonl']])}`}>Export JSONL</a>
          </>
        )}
      </form>
      <div class="table-wrap">
        <table>
          <caption class="sr">Audit events, newest first</caption>
          <thead><tr><th scope="col">Seq</th><th scope="col">Time</th><th scope="col">Tenant</th><th scope="col">Event</th><th scope="col">Provider · model</th><th scope="col">Outcome</th><th scope="col">Redactions</th></tr></thead>
          <tbody>
            {props.records.map((r) => (
              <tr class="row">
                <td><a href={`/admin/audit/${r.seq}`} class="mono">#{r.seq}</a></td>
                <td class="mono">{when(r.event.ts)}</td>
                <td>{tenantLabel(staff, r.event.tenant)}</td>
                <td>{r.event.kind === 'staff' ? <>{r.event.action} <span class="mono">{r.event.target}</span> by <span class="mono">{r.event.actor}</span></> : (r.event.endpoint ?? 'request')}</td>
                <td>{r.event.provider ? `${r.event.provider}${r.event.model ? ` · ${r.event.model}` : ''}` : '—'}</td>
                <td><Outcome e={r.event} /></td>
                <td>{redactionText(r.event) || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {props.records.length === 0 && <p class="empty">No events match these filters.</p>}
      </div>
      <Pager base="/admin/audit" params={q} next={props.next} hasPrev={Boolean(q.cursor)} />
    </Layout>
  );
}

export function AuditDetail(props: { staff: StaffPrincipal; csrf: string; record: AuditRecord }) {
  const { record: r, staff } = props;
  return (
    <Layout title={`Audit event #${r.seq}`} section="audit" staff={staff} csrf={props.csrf}>
      <p><a href="/admin/audit">← Back to the audit log</a></p>
      <h1>Event #{r.seq} <Outcome e={r.event} /></h1>
      <p class="sub">Tenant {tenantLabel(staff, r.event.tenant)} · {when(r.event.ts)}</p>
      <section class="card" aria-labelledby="chain">
        <h2 id="chain">Chain</h2>
        <dl class="kv"><dt>Hash</dt><dd class="mono">{r.hash}</dd><dt>Previous hash</dt><dd class="mono">{r.prev_hash}</dd></dl>
      </section>
      <section class="card" aria-labelledby="event">
        <h2 id="event">Event (anonymized metadata)</h2>
        <pre>{JSON.stringify(r.event, null, 2)}</pre>
      </section>
    </Layout>
  );
}

export function ChainPage(props: { staff: StaffPrincipal; csrf: string; result: VerifyResult; checkedAt: string }) {
  const { result } = props;
  return (
    <Layout title="Chain status" section="chain" staff={props.staff} csrf={props.csrf}>
      <h1>Chain status {result.ok ? <Pill tone="ok">intact</Pill> : <Pill tone="bad">broken</Pill>}</h1>
      <p class="sub">Every event links to the previous one by SHA-256. Verified just now ({props.checkedAt}).</p>
      <section class="card">
        {props.staff.tenants !== '*' ? (
          <p>{result.ok ? 'The whole chain verifies.' : `The chain is broken (${result.fault}). Ask an administrator with access to every tenant for details.`}</p>
        ) : result.ok ? (
          <dl class="kv">
            <dt>Events verified</dt><dd>{result.count}</dd>
            <dt>First seq</dt><dd>{result.first ?? '—'}</dd>
            <dt>Head</dt><dd class="mono">{result.last ? `#${result.last.seq} ${result.last.hash}` : '—'}</dd>
            <dt>Purge checkpoint</dt><dd class="mono">{result.checkpoint ? `#${result.checkpoint.seq} (${result.checkpoint.created_at})` : 'none'}</dd>
          </dl>
        ) : (
          <dl class="kv">
            <dt>First break</dt><dd>seq #{result.seq}</dd>
            <dt>Fault</dt><dd><Pill tone="bad">{result.fault}</Pill></dd>
            <dt>Detail</dt><dd>{result.detail}</dd>
            <dt>Verified before the break</dt><dd>{result.count}</dd>
          </dl>
        )}
        <p class="sub">Keep the head hash somewhere else too: no unkeyed chain can detect a truncated tail on its own.</p>
      </section>
    </Layout>
  );
}
