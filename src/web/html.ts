// The reader's document shell: escaping, the <head> every page shares (local stylesheet and script
// only, so a strict Content Security Policy holds), the header with the way back to the contents and
// the ask page, and the skip link. Pure.

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export interface ShellOptions {
  title: string;
  planTitle: string;
  body: string;
  /** Page navigation (before the main content). */
  nav?: string;
  /** Links to the previous and next pages. */
  prevNext?: { prev?: { href: string; label: string }; next?: { href: string; label: string } };
}

function prevNextLinks(p: ShellOptions['prevNext']): string {
  if (!p) return '';
  const link = (l: { href: string; label: string } | undefined, rel: string, arrow: string) =>
    l ? `<a rel="${rel}" href="${escapeHtml(l.href)}">${rel === 'prev' ? arrow : ''}${escapeHtml(l.label)}${rel === 'next' ? arrow : ''}</a>` : '<span></span>';
  return `<nav class="prev-next" aria-label="上一篇和下一篇">${link(p.prev, 'prev', '← ')}${link(p.next, 'next', ' →')}</nav>`;
}

export function documentShell(o: ShellOptions): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)}</title>
<link rel="stylesheet" href="reader.css">
<script src="reader.js" defer></script>
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site"><a class="home" href="index.html">${escapeHtml(o.planTitle)}</a><a class="ask-link" href="ask.html">提问 / Ask</a></header>
${o.nav ?? ''}
<main id="main" tabindex="-1">
${o.body}
${prevNextLinks(o.prevNext)}
</main>
</body>
</html>
`;
}
