import { useEffect, useState } from 'react';
import type { DossierView } from '../../../../shared/domain/dossier';
import { useStudio } from '../../app/studio-context';

/** Catalogue questions a client has answered before, each with the latest moment it came in (ISO). */
export type AskedQuestions = ReadonlyMap<string, string>;

/** The questions answered in these dossiers' rounds, each with the latest time it was received. */
export function askedQuestions(dossiers: readonly Pick<DossierView, 'rounds'>[]): Map<string, string> {
  const asked = new Map<string, string>();
  for (const dossier of dossiers) {
    for (const round of dossier.rounds) {
      for (const answer of round.answers) {
        if (!answer.questionId) continue;
        const known = asked.get(answer.questionId);
        if (!known || Date.parse(known) < Date.parse(round.receivedAt)) asked.set(answer.questionId, round.receivedAt);
      }
    }
  }
  return asked;
}

const NONE: AskedQuestions = new Map();

/**
 * What the client of this traject was asked before: in this traject's rounds and in the client's other trajects.
 * Empty until loaded, and when anything cannot be read: the mark helps the coach choose, it is no reason to stop.
 */
export function useAskedQuestions(trajectId: string): AskedQuestions {
  const studio = useStudio();
  const [asked, setAsked] = useState<AskedQuestions>(NONE);
  useEffect(() => {
    let current = true;
    void (async () => {
      const own = await studio.traject.show({ id: trajectId });
      if (!own.ok) return;
      const others = await studio.traject.list({ clientId: own.value.traject.clientId });
      const otherIds = others.ok
        ? others.value.trajects.map((traject) => traject.id).filter((id) => id !== trajectId)
        : [];
      const shown = await Promise.all(otherIds.map((id) => studio.traject.show({ id })));
      const dossiers = [own.value, ...shown.flatMap((result) => (result.ok ? [result.value] : []))];
      if (current) setAsked(askedQuestions(dossiers));
    })();
    return () => {
      current = false;
    };
  }, [studio, trajectId]);
  return asked;
}
