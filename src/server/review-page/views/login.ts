import { html, type SafeHtml } from '../html.js';
import { layout, type PageContext } from './layout.js';

export function loginPage(ctx: PageContext, opts: { next: string; tokenLogin: boolean; name?: string; error?: string }): SafeHtml {
  return layout(ctx, 'Sign in', html`
<section class="login">
  <h1>Sign in to review</h1>
  ${opts.error ? html`<p class="flash flash-error" role="alert">${opts.error}</p>` : ''}
  <form method="post" action="/login">
    <input type="hidden" name="_csrf" value="${ctx.csrf}">
    <input type="hidden" name="next" value="${opts.next}">
    <label>Name <input name="name" autocomplete="username" required maxlength="64" value="${opts.name ?? ''}" autofocus></label>
    <label>Password <input name="password" type="password" autocomplete="current-password" required maxlength="1024"></label>
    <button type="submit">Sign in</button>
  </form>
  ${opts.tokenLogin ? html`<p class="hint">Without an account: your name (it goes into the history of what you decide) and the site's review token as the password.</p>` : ''}
</section>`, 'login');
}
