import { vi } from 'vitest';

/** What the screens handed to the browser as files: jsdom saves nothing, so the tests look here instead. */
export interface CaughtDownloads {
  /** Every object URL made (`blob:download-N`), with its Blob. */
  blobs: Map<string, Blob>;
  /** Every object URL revoked. */
  revoked: string[];
  /** Every link clicked (a download is a click on an `<a download>`). */
  clicked: HTMLAnchorElement[];
}

/** Catches object URLs and link clicks until the test's mocks are restored. */
export function catchDownloads(): CaughtDownloads {
  const caught: CaughtDownloads = { blobs: new Map(), revoked: [], clicked: [] };
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:download-${caught.blobs.size + 1}`;
    caught.blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
    caught.revoked.push(url);
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    caught.clicked.push(this);
  });
  return caught;
}
