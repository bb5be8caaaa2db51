import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { GENESIS_HASH, type ChainVerification, type DossierEvent } from '../../../shared/domain/dossier';

type UnhashedEvent = Omit<DossierEvent, 'hash'>;

/** SHA-256 over the RFC 8785 canonical JSON of the event without its own hash, so any change to it shows. */
export function hashEvent(event: UnhashedEvent): string {
  const { seq, at, type, data, prev } = event;
  return createHash('sha256')
    .update(canonicalize({ seq, at, type, data, prev }) ?? '', 'utf8')
    .digest('hex');
}

export function chainHead(events: readonly DossierEvent[]): string {
  return events.at(-1)?.hash ?? GENESIS_HASH;
}

/** The next event of the chain: numbered after the last and linked to its hash. */
export function nextEvent<T extends DossierEvent['type']>(
  events: readonly DossierEvent[],
  type: T,
  data: Extract<DossierEvent, { type: T }>['data'],
  at: string,
): Extract<DossierEvent, { type: T }> {
  const unhashed = { seq: events.length, at, type, data, prev: chainHead(events) } as UnhashedEvent;
  return { ...unhashed, hash: hashEvent(unhashed) } as Extract<DossierEvent, { type: T }>;
}

/** Recomputes the chain and names the first event whose number, link or hash does not match. */
export function verifyChain(events: readonly DossierEvent[]): ChainVerification {
  let prev = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    if (event.seq !== index || event.prev !== prev || hashEvent(event) !== event.hash) {
      return { ok: false, events: events.length, firstBrokenEvent: index };
    }
    prev = event.hash;
  }
  return { ok: true, events: events.length, head: prev };
}
