import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * Production modules find files beside them through `import.meta.url` (package.json for the version, the starter
 * catalogue). In one bundle every module would share the bundle's URL, so each module keeps its own source URL.
 */
const keepImportMetaUrl: Plugin = {
  name: 'keep-import-meta-url',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)), loader: 'ts' };
    });
  },
};

/** Replaces packages by a CommonJS module whose every use throws: for libraries a script never calls. */
function unusedPackages(names: readonly string[]): Plugin {
  const filter = new RegExp(`^(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(/.*)?$`);
  return {
    name: 'unused-packages',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter }, ({ path }) => ({ path, namespace: 'unused-package' }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'unused-package' }, ({ path }) => ({
        loader: 'js',
        contents: `function fail() { throw new Error(${JSON.stringify(`${path} is not bundled into this test script`)}); }
module.exports = new Proxy(fail, { get: (_, key) => (key === '__esModule' ? false : fail), construct: fail, apply: fail });`,
      }));
    },
  };
}

/**
 * Bundles a TypeScript entry, with the production code and the packages it imports, into one ES module in
 * `outDir`: a child process then starts in a fraction of the time tsx needs to compile the sources and Node needs
 * to resolve hundreds of package files. `unused` names packages the script never calls; they are left out.
 */
export async function bundleScript(entry: string, outDir: string, unused: readonly string[] = []): Promise<string> {
  const outfile = join(outDir, 'script.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    plugins: [keepImportMetaUrl, ...(unused.length > 0 ? [unusedPackages(unused)] : [])],
    logLevel: 'warning',
  });
  return outfile;
}
