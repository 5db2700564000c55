import type { ReviewPage } from '../../review/store.ts';
import type { ReviewItem } from '../../review/types.ts';
import type { StaffPrincipal } from '../../staff/types.ts';
import { can } from '../../staff/types.ts';
import { tenantLabel } from '../scope.ts';
import { Layout, Pager, Pill, statusTone, TenantSelect } from './layout.tsx';

const when = (iso: string) => iso.replace('T', ' ').slice(0, 19);

export function ReviewsPage(props: { staff: StaffPrincipal; csrf: string; page: ReviewPage; q: Record<string, string | undefined>; error?: string | undefined }) {
  const { staff, page, q } = props;
  return (
    <Layout title="Review queue" section="reviews" staff={staff} csrf={props.csrf}>
      <h1>Review queue</h1>
      <p class="sub">Automated decisions (tool calls your policy names) wait here for a human. Arguments keep their placeholders: no personal data is stored.</p>
      {props.error && <div class="alert bad" role="alert">{props.error}</div>}
      <form class="filters" method="get" action="/admin/reviews" aria-label="Filter the queue">
        <TenantSelect staff={staff} value={q.tenant} allowAll={true} />
        <label class="field">Status
          <select name="status">
            {(['pending', 'approved', 'rejected', 'any'] as const).map((s) => <option value={s} selected={(q.status ?? 'pending') === s}>{s}</option>)}
          </select>
        </label>
        <label class="field">Tool<input name="tool" value={q.tool ?? ''} placeholder="e.g. route_lead" /></label>
        <label class="field">From<input type="date" name="from" value={q.from ?? ''} /></label>
        <label class="field">To<input type="date" name="to" value={q.to ?? ''} /></label>
        <button type="submit">Apply</button>
      </form>
      <div class="table-wrap">
        <table>
          <caption class="sr">Review items, newest first</caption>
          <thead><tr><th scope="col">Created</th><th scope="col">Tenant</th><th scope="col">Tool</th><th scope="col">Rule</th><th scope="col">Model</th><th scope="col">Status</th><th scope="col"><span class="sr">Open</span></th></tr></thead>
          <tbody>
            {page.items.map((i) => (
              <tr class="row">
                <td class="mono">{when(i.created_at)}</td>
                <td>{tenantLabel(staff, i.tenant)}</td>
                <td><code>{i.tool}</code></td>
                <td>{i.rule}</td>
                <td>{i.model ?? '—'}</td>
                <td><Pill tone={statusTone(i.status)}>{i.status}</Pill></td>
                <td><a href={`/admin/reviews/${encodeURIComponent(i.id)}`}>{i.status === 'pending' && can(staff.role, 'reviews.decide') ? 'Review' : 'View'}<span class="sr">{` ${i.tool} ${i.id}`}</span></a></td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.items.length === 0 && <p class="empty">Nothing here. The queue is clear.</p>}
      </div>
      <Pager base="/admin/reviews" params={q} next={page.next_cursor} hasPrev={Boolean(q.cursor)} />
    </Layout>
  );
}

export function ReviewDetail(props: { staff: StaffPrincipal; csrf: string; item: ReviewItem; error?: string | undefined; done?: string | undefined }) {
  const { item, staff } = props;
  let args = item.args;
  try {
    args = JSON.stringify(JSON.parse(item.args), null, 2);
  } catch {
    // Shown as produced.
  }
  return (
    <Layout title={`Review ${item.tool}`} section="reviews" staff={staff} csrf={props.csrf}>
      <p><a href="/admin/reviews">← Back to the queue</a></p>
      <h1><code>{item.tool}</code> <Pill tone={statusTone(item.status)}>{item.status}</Pill></h1>
      <p class="sub">Rule <b>{item.rule}</b>{item.clause ? ` · ${item.clause}` : ''}</p>
      {props.error && <div class="alert bad" role="alert">{props.error}</div>}
      {props.done && <div class="alert ok" role="status">{props.done}</div>}
      <div class="grid2">
        <section class="card" aria-labelledby="facts">
          <h2 id="facts">Request</h2>
          <dl class="kv">
            <dt>Review id</dt><dd class="mono">{item.id}</dd>
            <dt>Tenant</dt><dd>{tenantLabel(staff, item.tenant)}</dd>
            <dt>Request id</dt><dd class="mono">{item.request_id}</dd>
            <dt>Provider · model</dt><dd>{item.provider} · {item.model ?? '—'}</dd>
            <dt>Created</dt><dd class="mono">{when(item.created_at)}</dd>
            {item.decided_at && <><dt>Decided</dt><dd class="mono">{when(item.decided_at)} by {item.decided_by}</dd></>}
          </dl>
          {item.note !== undefined && <><h2>Reviewer note</h2><div class="note" data-testid="note">{item.note}</div></>}
        </section>
        <section class="card" aria-labelledby="args">
          <h2 id="args">Arguments (as the model produced them)</h2>
          <pre>{args}</pre>
        </section>
      </div>
      {item.status === 'pending' && can(staff.role, 'reviews.decide') && (
        <section class="card" aria-labelledby="decide">
          <h2 id="decide">Decision</h2>
          <form method="post" action={`/admin/reviews/${encodeURIComponent(item.id)}/decide`}>
            <input type="hidden" name="_csrf" value={props.csrf} />
            <label class="field" for="note">Note (kept with the item, never in the audit trail)</label>
            <textarea id="note" name="note" maxlength={2000}></textarea>
            <div class="actions">
              <button class="btn approve" type="submit" name="decision" value="approve">Approve</button>
              <button class="btn reject" type="submit" name="decision" value="reject">Reject</button>
            </div>
          </form>
        </section>
      )}
    </Layout>
  );
}
