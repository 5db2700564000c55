import type { Child } from 'hono/jsx';
import type { StaffPrincipal } from '../../staff/types.ts';
import { can } from '../../staff/types.ts';

export type Section = 'reviews' | 'audit' | 'compliance' | 'chain';

const Logo = () => (
  <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
    <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3Z" fill="#3b5bdb" />
    <path d="m8.5 12 2.5 2.5 4.5-5" stroke="#fff" stroke-width="2" fill="none" stroke-linecap="round" />
  </svg>
);

export function Document(props: { title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Pledge`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/admin/static/app.css" />
      </head>
      <body>{props.children}</body>
    </html>
  );
}

export function Layout(props: { title: string; section: Section; staff: StaffPrincipal; csrf: string; pending?: number; children: Child }) {
  const { staff } = props;
  const link = (section: Section, href: string, label: string, extra?: Child) => (
    <a href={href} aria-current={props.section === section ? 'page' : undefined}>
      <span>{label}</span>
      {extra}
    </a>
  );
  return (
    <Document title={props.title}>
      <a class="skip" href="#main">Skip to content</a>
      <div class="shell">
        <nav class="side" aria-label="Main">
          <div class="brand"><Logo /> Pledge</div>
          <div class="nav">
            {can(staff.role, 'reviews.read') && link('reviews', '/admin/reviews', 'Review queue', props.pending ? <span class="count">{props.pending}</span> : undefined)}
            {can(staff.role, 'audit.read') && link('audit', '/admin/audit', 'Audit log')}
            {can(staff.role, 'compliance.read') && link('compliance', '/admin/compliance', 'Compliance')}
            {can(staff.role, 'audit.verify') && link('chain', '/admin/chain', 'Chain status')}
          </div>
          <div class="who">
            <div>{staff.name}</div>
            <div class="role">{staff.role}</div>
            <div>{staff.tenants === '*' ? 'All tenants' : staff.tenants.join(', ')}</div>
            <form method="post" action="/admin/logout">
              <input type="hidden" name="_csrf" value={props.csrf} />
              <button type="submit">Sign out</button>
            </form>
          </div>
        </nav>
        <main id="main" tabindex={-1}>{props.children}</main>
      </div>
    </Document>
  );
}

export function Pill(props: { tone: 'ok' | 'warn' | 'bad' | 'info' | 'muted'; children: Child }) {
  return <span class={`pill ${props.tone}`}>{props.children}</span>;
}

export const statusTone = (s: string) => (s === 'approved' ? 'ok' : s === 'rejected' ? 'bad' : 'warn') as 'ok' | 'bad' | 'warn';

export function Pager(props: { base: string; params: Record<string, string | undefined>; next?: string | undefined; hasPrev: boolean }) {
  const qs = (extra: Record<string, string>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(props.params)) if (v && k !== 'cursor') p.set(k, v);
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    const s = p.toString();
    return s ? `${props.base}?${s}` : props.base;
  };
  return (
    <nav class="pager" aria-label="Pagination">
      {props.hasPrev && <a class="btn secondary" href={qs({})}>First page</a>}
      {props.next && <a class="btn secondary" href={qs({ cursor: props.next })}>Next page</a>}
    </nav>
  );
}

export function TenantSelect(props: { staff: StaffPrincipal; value?: string | undefined; allowAll: boolean }) {
  if (props.staff.tenants === '*') {
    return (
      <label class="field">Tenant
        <input name="tenant" value={props.value ?? ''} placeholder="all tenants" />
      </label>
    );
  }
  return (
    <label class="field">Tenant
      <select name="tenant">
        {props.allowAll && <option value="">All my tenants</option>}
        {props.staff.tenants.map((t) => <option value={t} selected={props.value === t}>{t}</option>)}
      </select>
    </label>
  );
}
