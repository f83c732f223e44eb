// Every file of the reader, by name: the contents page, one page per 篇 (and the 序言), the ask page,
// and the stylesheet and script (read once by web/assets.ts). What the server serves and build:site
// writes. Pure.
import type { PlanDocument } from '../plan/types.js';
import { renderAskPage } from './ask-html.js';
import { renderContents } from './contents-html.js';
import type { ReaderLayout } from './layout.js';
import { renderReaderPage } from './reader-html.js';

export interface ReaderAssets {
  'reader.css': string;
  'reader.js': string;
}

export function readerFiles(plan: PlanDocument, layout: ReaderLayout, assets?: ReaderAssets): Map<string, string> {
  const files = new Map<string, string>([['index.html', renderContents(plan, layout)], ['ask.html', renderAskPage(plan)]]);
  layout.pages.forEach((page, i) => files.set(page.file, renderReaderPage(plan, layout, i)));
  if (assets) for (const [name, text] of Object.entries(assets)) files.set(name, text);
  return files;
}

/** The Content-Type of a reader file. */
export const contentType = (file: string) =>
  file.endsWith('.css') ? 'text/css; charset=utf-8' : file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8';
