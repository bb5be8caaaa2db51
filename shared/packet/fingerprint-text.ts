/**
 * A key fingerprint (64 lowercase hex characters) the way a coach reads it aloud to a client and the client
 * compares it: upper case, in sixteen groups of four ("3F2A 91C0 …"). Shown in the studio's settings and, to
 * compare with, on the packet page. Anything that is not a fingerprint is returned unchanged.
 */
export function fingerprintForReading(fingerprint: string): string {
  if (!/^[0-9a-f]{64}$/.test(fingerprint)) return fingerprint;
  return fingerprint.toUpperCase().match(/.{4}/g)!.join(' ');
}
