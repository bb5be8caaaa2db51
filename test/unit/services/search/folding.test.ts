import { describe, expect, it } from 'vitest';
import type { Client } from '../../../../shared/domain/client';
import { newId } from '../../../../shared/domain/id-pattern';
import { foldLatin } from '../../../../shared/text/fold-latin';
import { SearchService } from '../../../../main/services/search/search-service';

describe('foldLatin', () => {
  it('takes off every Latin diacritic, also from letters Unicode does not decompose', () => {
    expect(foldLatin('Łódź')).toBe('Lodz');
    expect(foldLatin('Ærø')).toBe('AEro');
    expect(foldLatin('Straße')).toBe('Strasse');
    expect(foldLatin('Øystein')).toBe('Oystein');
    expect(foldLatin('İstanbul')).toBe('Istanbul');
    expect(foldLatin('Đorđe Þórðardóttir œuvre ħ ŧ ŋ ı')).toBe('Dorde THordardottir oeuvre h t ng i');
    expect(foldLatin('Daniëlle François Ångström ĳs ﬁets')).toBe('Danielle Francois Angstrom ijs fiets');
  });

  it('leaves plain ASCII and other scripts’ letters alone', () => {
    expect(foldLatin('Weer aan het werk, 2025!')).toBe('Weer aan het werk, 2025!');
    expect(foldLatin('Москва 東京')).toBe('Москва 東京');
  });
});

const clients: Client[] = [
  'Łódź Kowalska',
  'Ærø Jensen',
  'Straßenbahn Müller',
  'Øystein Hansen',
  'İstanbul Yılmaz',
].map((name) => ({ id: newId('cl'), name, createdAt: '2025-01-01T00:00:00.000Z' }));

function searchOver(list: Client[]) {
  return new SearchService({
    listClients: () => Promise.resolve(list),
    listTrajects: () => Promise.resolve([]),
    showTraject: () => Promise.reject(new Error('no trajects')),
  });
}

const namesFound = async (search: SearchService, query: string) =>
  (await search.search(query)).groups.map((group) => group.clientName);

describe('search folds diacritics in the index and in the query', () => {
  const search = searchOver(clients);

  it.each([
    ['lodz', 'Łódź Kowalska'],
    ['LODZ', 'Łódź Kowalska'],
    ['łódź', 'Łódź Kowalska'],
    ['aero', 'Ærø Jensen'],
    ['strassenbahn', 'Straßenbahn Müller'],
    ['straßenbahn', 'Straßenbahn Müller'],
    ['oystein', 'Øystein Hansen'],
    ['istanbul', 'İstanbul Yılmaz'],
    ['yilmaz', 'İstanbul Yılmaz'],
  ])('"%s" finds %s', async (query, name) => {
    expect(await namesFound(search, query)).toEqual([name]);
  });

  it('marks the name as written', async () => {
    const hit = (await search.search('lodz')).groups[0]!.hits[0]!;
    const [[start, end]] = hit.snippet.highlights as [[number, number]];
    expect(hit.snippet.text.slice(start, end)).toBe('Łódź');
  });
});
