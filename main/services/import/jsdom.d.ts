/** The part of jsdom the importer uses: a window with a document to parse untrusted HTML in (no scripts run). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: Record<string, unknown>);
    readonly window: { document: unknown };
  }
}
