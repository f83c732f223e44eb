// The plan reader's script (served as a file, so the Content Security Policy allows no inline script).
// On a page opened from a citation (?hl=anchor:start-end#anchor) it marks the quoted span inside the anchored
// element and brings it into view — for browsers that do not follow text fragments themselves. On the
// ask page it asks GET /api/ask and shows the answer with DOM text nodes only (no HTML from the server).
'use strict';

function citedElement() {
  const id = decodeURIComponent(location.hash.slice(1).split(':~:')[0] || '');
  return id ? document.getElementById(id) : null;
}

/** Wraps the characters [start, end) of the element's text in <mark class="cited">. */
function markSpan(element, start, end) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const pieces = [];
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + node.data.length);
    if (from < to) pieces.push({ node, from: from - at, to: to - at });
    at += node.data.length;
  }
  for (const { node, from, to } of pieces) {
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const mark = document.createElement('mark');
    mark.className = 'cited';
    range.surroundContents(mark);
  }
}

/** Undoes an earlier highlight (an in-page link was followed). */
function clearHighlight() {
  for (const mark of document.querySelectorAll('mark.cited')) mark.replaceWith(...mark.childNodes);
  for (const block of document.querySelectorAll('.cited-block')) {
    block.classList.remove('cited-block');
    block.normalize();
  }
}

function highlightCitation() {
  clearHighlight();
  const element = citedElement();
  const hl = /^([\w-]+):(\d+)-(\d+)$/.exec(new URLSearchParams(location.search).get('hl') || '');
  if (!element || !hl || hl[1] !== element.id) return;
  element.classList.add('cited-block');
  markSpan(element, Number(hl[2]), Number(hl[3]));
  element.scrollIntoView({ block: 'center' });
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function showAnswer(box, a) {
  box.replaceChildren();
  if (a.problem) return box.append(el('p', 'error', a.problem));
  box.append(el('p', 'outcome', a.label));
  if (a.direct && a.outcome === 'answered') box.append(el('p', 'direct', a.direct));
  if (a.reasonText && a.outcome !== 'answered') box.append(el('p', 'reason', a.reasonText));
  for (const item of a.answers) {
    box.append(el('blockquote', '', item.text.replace(/\^/g, '').replace(/\t/g, ' | ')));
    const cite = el('p', 'cite');
    const link = el(item.citation.url ? 'a' : 'span', '', item.citation.label);
    if (item.citation.url) link.href = item.citation.url;
    cite.append('— ', link);
    box.append(cite);
  }
  for (const s of a.suggestions || []) {
    const line = el('p', 'cite', '· ');
    const link = el('a', '', s.label);
    link.href = s.url;
    line.append(link);
    box.append(line);
  }
}

async function ask(form, box) {
  const q = form.elements.q.value.trim();
  if (!q) return;
  history.replaceState(null, '', '?q=' + encodeURIComponent(q));
  box.replaceChildren(el('p', 'outcome', '……'));
  try {
    const res = await fetch('../api/ask?q=' + encodeURIComponent(q), { headers: { accept: 'application/json' } });
    const body = await res.json();
    if (!res.ok) return box.replaceChildren(el('p', 'error', body.message || String(res.status)));
    showAnswer(box, body);
  } catch (err) {
    box.replaceChildren(el('p', 'error', '无法连接问答服务（静态站点没有 /api/ask）。'));
  }
}

function setUpAskPage() {
  const form = document.getElementById('ask');
  const box = document.getElementById('answer');
  if (!form || !box) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void ask(form, box);
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    form.elements.q.value = q;
    void ask(form, box);
  }
}

highlightCitation();
setUpAskPage();
window.addEventListener('hashchange', highlightCitation);
