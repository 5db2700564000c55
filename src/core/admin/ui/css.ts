/** Served at /admin/static/app.css, so the CSP can forbid inline styles and scripts entirely. */
export const APP_CSS = `
:root{--bg:#f6f7f9;--panel:#fff;--ink:#16181d;--muted:#5d6470;--line:#e3e6eb;--side:#12151c;--side-ink:#c9ced8;--accent:#3b5bdb;--accent-ink:#fff;
--ok:#1f7a4d;--ok-bg:#e6f4ec;--warn:#8a5a00;--warn-bg:#fff4d6;--bad:#b42318;--bad-bg:#fde8e6;--info:#3b5bdb;--info-bg:#e8edff;
font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:15px;line-height:1.5;color:var(--ink);background:var(--bg)}
*{box-sizing:border-box}body{margin:0}a{color:var(--accent)}code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
.skip{position:absolute;left:-999px;top:8px;background:var(--accent);color:#fff;padding:8px 12px;border-radius:6px;z-index:10}.skip:focus{left:8px}
:focus-visible{outline:3px solid #91a7ff;outline-offset:2px}
.shell{display:grid;grid-template-columns:232px 1fr;min-height:100vh}
.side{background:var(--side);color:var(--side-ink);padding:20px 14px;display:flex;flex-direction:column;gap:18px}
.brand{display:flex;align-items:center;gap:10px;color:#fff;font-weight:650;font-size:17px;letter-spacing:.2px;padding:0 8px}
.brand svg{flex:none}.nav{display:flex;flex-direction:column;gap:2px}.nav a{color:var(--side-ink);text-decoration:none;padding:8px 10px;border-radius:7px;display:flex;justify-content:space-between}
.nav a:hover{background:#1e2330;color:#fff}.nav a[aria-current=page]{background:#262c3b;color:#fff;font-weight:600}
.nav .count{background:#3b5bdb;color:#fff;border-radius:999px;font-size:12px;padding:0 8px}
.who{margin-top:auto;border-top:1px solid #262c3b;padding:14px 8px 0;font-size:13px}.who .role{color:#fff;font-weight:600;text-transform:capitalize}
.who button{margin-top:10px;width:100%}
main{padding:28px 36px;max-width:1280px;width:100%}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:0 0 10px}.sub{color:var(--muted);margin:0 0 20px}
.card{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin-bottom:18px}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;margin-bottom:16px}
.field{display:flex;flex-direction:column;gap:4px;font-size:13px;color:var(--muted);font-weight:500}
input,select,textarea{font:inherit;color:var(--ink);border:1px solid #cfd4dc;border-radius:7px;padding:7px 10px;background:#fff;min-width:140px}
textarea{width:100%;min-height:90px;resize:vertical}
.btn,button{font:inherit;font-weight:600;border:1px solid transparent;border-radius:7px;padding:8px 14px;cursor:pointer;background:var(--accent);color:var(--accent-ink);text-decoration:none;display:inline-block}
.btn.secondary,button.secondary{background:#fff;color:var(--ink);border-color:#cfd4dc}.btn.approve{background:var(--ok)}.btn.reject{background:var(--bad)}
.side button{background:#262c3b;color:#fff}
table{width:100%;border-collapse:collapse;background:var(--panel)}caption{text-align:left;color:var(--muted);font-size:13px;padding:0 0 8px}
th,td{text-align:left;padding:10px 12px;border-bottom:1px solid var(--line);vertical-align:top}th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);background:#fafbfc}
tr.row:hover td{background:#f8f9ff}.table-wrap{border:1px solid var(--line);border-radius:10px;overflow:hidden;background:var(--panel)}
.pill{display:inline-block;border-radius:999px;padding:1px 10px;font-size:12px;font-weight:600;white-space:nowrap}
.pill.ok{background:var(--ok-bg);color:var(--ok)}.pill.warn{background:var(--warn-bg);color:var(--warn)}.pill.bad{background:var(--bad-bg);color:var(--bad)}.pill.info{background:var(--info-bg);color:var(--info)}.pill.muted{background:#eef0f3;color:var(--muted)}
.pager{display:flex;gap:10px;justify-content:flex-end;margin-top:12px}
.kv{display:grid;grid-template-columns:180px 1fr;gap:6px 16px;margin:0}.kv dt{color:var(--muted)}.kv dd{margin:0;word-break:break-all}
pre{background:#0f1219;color:#e6e9ef;border-radius:8px;padding:14px;overflow:auto;white-space:pre-wrap;word-break:break-all}
.note{background:#fafbfc;border:1px solid var(--line);border-radius:8px;padding:10px 12px;white-space:pre-wrap}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:18px}.stats{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;margin-bottom:18px}
.stat{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:14px 16px}.stat b{display:block;font-size:24px}.stat span{color:var(--muted);font-size:13px}
.clause{border-left:4px solid var(--accent)}.clause blockquote{margin:8px 0 12px;color:#333a45;font-style:italic}.flags{color:var(--warn)}
.chart text{font-size:11px;fill:var(--muted)}.legend{display:flex;gap:14px;flex-wrap:wrap;font-size:13px;margin-top:8px}.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px}
.alert{border-radius:8px;padding:10px 14px;margin-bottom:16px}.alert.bad{background:var(--bad-bg);color:var(--bad)}.alert.ok{background:var(--ok-bg);color:var(--ok)}
.login{min-height:100vh;display:grid;place-items:center}.login .card{width:380px}.login input{width:100%}
.actions{display:flex;gap:10px;margin-top:12px}.empty{padding:28px;text-align:center;color:var(--muted)}
.c0{background:#3b5bdb}.c1{background:#0ca678}.c2{background:#f59f00}.c3{background:#e03131}.c4{background:#7048e8}.c5{background:#1098ad}.c6{background:#d6336c}.c7{background:#5c940d}

h1 code{font-size:inherit}
.card .sub:last-child{margin:14px 0 0}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
