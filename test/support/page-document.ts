import { JSDOM } from 'jsdom';

/**
 * An HTML file parsed by jsdom (no script runs), typed for the little the packet tests read: the Node project
 * compiles without the DOM lib, and main/services/import/jsdom.d.ts types jsdom's document as unknown.
 */
export interface PageElement {
  tagName: string;
  textContent: string | null;
  getAttribute: (name: string) => string | null;
}

export interface PageDocument {
  title: string;
  documentElement: { lang: string };
  head: { firstElementChild: PageElement | null; children: ArrayLike<PageElement> };
  body: { querySelectorAll: (selector: string) => ArrayLike<PageElement> };
  getElementById: (id: string) => PageElement | null;
  querySelector: (selector: string) => PageElement | null;
  querySelectorAll: (selector: string) => ArrayLike<PageElement> & Iterable<PageElement>;
}

export function parseHtml(html: string): PageDocument {
  return new JSDOM(html).window.document as PageDocument;
}

/**
 * The packet page as a browser shows it once its own script has run (jsdom runs it, on an https origin so the page
 * has a localStorage). Resolves when the page has drawn its heading.
 */
export async function renderPage(html: string): Promise<PageDocument> {
  const document = new JSDOM(html, { runScripts: 'dangerously', url: 'https://packet.example/' }).window
    .document as PageDocument;
  for (let waited = 0; !document.querySelector('#app h1'); waited += 10) {
    if (waited > 10_000) throw new Error('the packet page did not render');
    await new Promise((resolveWait) => setTimeout(resolveWait, 10));
  }
  return document;
}
