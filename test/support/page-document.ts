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
