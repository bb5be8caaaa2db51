import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from './repo-paths';

/** Written by main/platform/built-from.mjs next to a build's output; kept equal to BUILT_FROM there. */
const BUILT_FROM = 'built-from.json';

/**
 * Whether the build in `outdir` (dist/cli, dist/packet-page) is there and made from the sources as they are now:
 * one stat per source it was built from (about 150 for the CLI, run side by side), no walk through the tree. A
 * source that no longer exists does not count: an installation without sources is always fresh, and in a checkout
 * dropping a file means editing the files that imported it.
 */
export async function buildState(outdir: string): Promise<'fresh' | 'missing' | 'outdated'> {
  let sources: unknown;
  try {
    sources = (JSON.parse(await readFile(join(outdir, BUILT_FROM), 'utf8')) as { sources?: unknown }).sources;
  } catch {
    return 'missing';
  }
  if (typeof sources !== 'object' || sources === null) return 'missing';
  const changed = await Promise.all(
    Object.entries(sources).map(([path, builtTime]) =>
      stat(join(repoRoot, path)).then(
        (now) => now.mtimeMs !== builtTime,
        () => false, // gone, or a folder on the way is no longer one: no source there
      ),
    ),
  );
  return changed.includes(true) ? 'outdated' : 'fresh';
}
