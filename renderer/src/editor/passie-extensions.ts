import type { AnyExtension } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { DEFAULT_PASSIE_LABELS } from '../../../shared/domain/passie';
import { PassieCommands } from './passie-commands';
import { PassieContentGuard } from './passie-content-guard';
import { PassieDocument } from './passie-document';
import { PassieSection } from './passie-section';
import type { PassieTexts } from './passie-section-view';
import { safeHref } from './rich-content';

/** A URL as typed or found in text ("www.x.nl", "a@b.nl"), made absolute the way the link extension would. */
function absoluteHref(url: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  if (/^[^\s/@]+@[^\s/@]+\.[^\s/@]+$/.test(url)) return `mailto:${url}`;
  return `https://${url}`;
}

/** Links only to web and mail addresses: the same rule as the stored JSON (`RichDocSchema`). */
export function isAllowedLink(url: string): boolean {
  return safeHref(absoluteHref(url.trim())) !== undefined;
}

export interface PassieExtensionsOptions {
  texts?: PassieTexts;
}

/**
 * Everything the reply editor is made of. StarterKit is cut down to exactly the nodes and marks `RichDocSchema`
 * allows: paragraph, heading 1–4, bullet and numbered lists, blockquote, hard break; bold, italic, underline and
 * link. History (Mod-z, Mod-Shift-z), list keys, the drop and gap cursors stay; code, strike, rules and the trailing
 * node go.
 */
export function createPassieExtensions(options: PassieExtensionsOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      trailingNode: false,
      heading: { levels: [1, 2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: [],
        HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow', class: null },
        isAllowedUri: (url) => isAllowedLink(url),
        shouldAutoLink: (url) => isAllowedLink(url) && /[.@]/.test(url),
      },
    }),
    PassieDocument,
    PassieSection.configure({ texts: options.texts ?? { language: 'nl', labels: DEFAULT_PASSIE_LABELS.nl } }),
    PassieCommands,
    PassieContentGuard,
  ];
}
