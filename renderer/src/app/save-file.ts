/** The bytes of a base64 string (the recovery sheet arrives as base64 over the API). */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Hands a file to the browser's (or Electron's) own download, which asks or uses the Downloads folder. Nothing is
 * written by the studio itself; the object URL is revoked once the download has taken the file.
 */
export function saveFile(bytes: Uint8Array<ArrayBuffer>, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  try {
    followLink(url, fileName);
  } finally {
    // The download holds its own reference once started; the next task is late enough for every browser.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/**
 * Follows a link the way a click on it would, from a hidden element that is gone afterwards: a download when
 * `download` names the file, else whatever the browser does with the address (a mailto: goes to the mail program).
 */
export function followLink(href: string, download?: string): void {
  const link = document.createElement('a');
  link.href = href;
  if (download !== undefined) link.download = download;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
}
