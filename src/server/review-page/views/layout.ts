import { html, type SafeHtml } from '../html.js';

export interface PageContext {
  /** Signed-in reviewer; undefined on the login page. */
  reviewer?: string;
  /** CSRF token for this response's forms (logout included). */
  csrf: string;
  flash?: { kind: 'ok' | 'error'; text: string };
}

/**
 * The page shell. Styles and the shortcut script are same-origin files (the CSP allows nothing
 * inline); the script is `defer`red and only adds shortcuts, so every page works without it.
 */
export function layout(ctx: PageContext, title: string, body: SafeHtml, pageKind = 'page'): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · aboutmod review</title>
<link rel="icon" href="/review-assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/review-assets/review.css">
<script src="/review-assets/review.js" defer></script>
</head>
<body data-page="${pageKind}">
<header class="top">
  <a class="brand" href="/review">aboutmod review</a>
  ${ctx.reviewer ? html`<nav>
    <span class="who">Signed in as <strong>${ctx.reviewer}</strong></span>
    <form method="post" action="/logout" class="inline">
      <input type="hidden" name="_csrf" value="${ctx.csrf}">
      <button type="submit" class="link-button">Sign out</button>
    </form>
  </nav>` : ''}
</header>
<main>
${ctx.flash ? html`<p class="flash flash-${ctx.flash.kind}" role="status">${ctx.flash.text}</p>` : ''}
${body}
</main>
<p class="shortcuts-hint" hidden>Shortcuts: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>r</kbd> restore, <kbd>c</kbd> confirm (press twice), <kbd>x</kbd> select, <kbd>o</kbd> open.</p>
</body>
</html>`;
}

/** A page that only says something went wrong (bad filter, unknown item), with the way back. */
export function messagePage(ctx: PageContext, title: string, message: string): SafeHtml {
  return layout(ctx, title, html`<h1>${title}</h1><p>${message}</p><p><a href="/review">Back to the queue</a></p>`);
}
