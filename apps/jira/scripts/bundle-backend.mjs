// Proves the Forge backend bundles: every import of src/backend/index.ts (workspace TypeScript included) resolves.
// Forge's packager bundles the handlers itself at `forge deploy`; this build only checks, and writes nothing.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

const result = await build({
  configFile: false,
  root: appDir,
  logLevel: 'warn',
  build: {
    ssr: 'src/backend/index.ts',
    write: false,
    target: 'node22',
    minify: false,
    rollupOptions: {
      // The Forge runtime provides node's modules; @forge/* stay packages, as the Forge packager keeps them.
      external: (id) => builtins.has(id) || id.startsWith('@forge/'),
      // zod's sources carry comments Rollup cannot place; they change nothing in the bundle.
      onwarn: (warning, warn) => {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
  // Workspace packages are TypeScript sources: bundle them rather than leave them to Node.
  ssr: { noExternal: true },
});

const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => entry.output ?? []);
const chunk = outputs.find((output) => output.type === 'chunk' && output.isEntry);
const exported = new Set(chunk?.exports ?? []);
const missing = ['resolver', 'inJourneyStage', 'issueChanged'].filter(
  (name) => !exported.has(name),
);
if (!chunk || missing.length > 0) {
  process.stderr.write(
    `backend bundle: missing handlers ${missing.join(', ') || '(no entry chunk)'}\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `backend bundle: ${chunk.fileName}, ${(chunk.code.length / 1024).toFixed(0)} KiB, handlers ${[...exported].join(', ')}\n`,
);
