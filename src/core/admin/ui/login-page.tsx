import { Document } from './layout.tsx';

export function LoginPage(props: { csrf: string; error?: string | undefined }) {
  return (
    <Document title="Sign in">
      <main class="login" id="main">
        <div class="card">
          <div>
            <h1>Pledge admin</h1>
          </div>
          <p class="sub">Sign in with your staff token.</p>
          {props.error && <div class="alert bad" role="alert">{props.error}</div>}
          <form method="post" action="/admin/login">
            <input type="hidden" name="_csrf" value={props.csrf} />
            <label class="field" for="token">Staff token</label>
            <input id="token" name="token" type="password" autocomplete="current-password" required autofocus />
            <div class="actions"><button type="submit">Sign in</button></div>
          </form>
        </div>
      </main>
    </Document>
  );
}
