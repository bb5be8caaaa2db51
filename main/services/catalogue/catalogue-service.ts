import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { CatalogueSchema, type Catalogue } from '../../../shared/domain/catalogue';
import { repoRoot } from '../../platform/repo-paths';
import { reportDamage } from '../vault/damage';
import { OpenOnce } from '../vault/open-once';
import { openSealedDb } from '../vault/sealed-db';
import type { SealedStore } from '../vault/sealed-store';
import { CATALOGUE_PATH } from '../vault/vault-layout';

// From the installation's root, not from this module: the bundles (dist/cli/, dist/electron/) sit two folders deep.
const starterCatalogueFile = join(repoRoot, 'resources', 'catalogue', 'starter.json');

export async function readStarterCatalogue(): Promise<Catalogue> {
  return CatalogueSchema.parse(JSON.parse(await readFile(starterCatalogueFile, 'utf8')));
}

/**
 * The question catalogue: places with their questions in Dutch and English. A new vault starts with the starter
 * catalogue shipped in resources/; the coach edits it by importing catalogues, which keep their ids.
 */
export class CatalogueService {
  private readonly db = new OpenOnce<Low<Catalogue>>();

  constructor(private readonly store: SealedStore) {}

  forget(): void {
    this.db.clear();
  }

  private open(): Promise<Low<Catalogue>> {
    return this.db.get(CATALOGUE_PATH, async () => {
      const starter = await readStarterCatalogue();
      return reportDamage(
        () => openSealedDb(this.store, CATALOGUE_PATH, CatalogueSchema, () => starter),
        'catalogue_damaged',
      );
    });
  }

  async list(): Promise<Catalogue> {
    return (await this.open()).data;
  }

  async questionExists(questionId: string): Promise<boolean> {
    return (await this.list()).places.some((place) => place.questions.some((question) => question.id === questionId));
  }

  /** Replaces the catalogue with the coach's edited version (from the settings screen). */
  async save(edited: Catalogue): Promise<Catalogue> {
    const db = await this.open();
    db.data = structuredClone(edited);
    await db.write();
    return db.data;
  }

  /**
   * Adds the imported places and questions, keeping their ids: a place or question that exists is updated, so
   * importing the same file twice changes nothing and an edited file updates the texts.
   */
  async import(imported: Catalogue): Promise<{ places: number; questions: number }> {
    const db = await this.open();
    const places = db.data.places;
    for (const place of imported.places) {
      const existing = places.find((candidate) => candidate.id === place.id);
      if (!existing) {
        // A question id moved into this new place is taken out of its old one: ids stay unique.
        const moved = new Set(place.questions.map((question) => question.id));
        for (const other of places) other.questions = other.questions.filter((question) => !moved.has(question.id));
        places.push(structuredClone(place));
        continue;
      }
      existing.name = place.name;
      if (place.description) existing.description = place.description;
      for (const question of place.questions) {
        for (const other of places) {
          if (other !== existing) other.questions = other.questions.filter((candidate) => candidate.id !== question.id);
        }
        const known = existing.questions.find((candidate) => candidate.id === question.id);
        if (known) known.text = question.text;
        else existing.questions.push(structuredClone(question));
      }
    }
    await db.write();
    return {
      places: imported.places.length,
      questions: imported.places.reduce((sum, place) => sum + place.questions.length, 0),
    };
  }
}
