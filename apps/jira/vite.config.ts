// Builds each Custom UI resource the manifest names into its own self-contained folder, static/<resource>:
// Forge serves every resource folder on its own, so no chunk may be shared between them.
// `vite build --mode <resource>` builds one; the package's build script runs every resource in turn.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Alias, defineConfig, type PluginOption, type UserConfig } from 'vite';

/** The manifest's Custom UI resources (`resources[].key`, path `static/<key>`). */
export const UI_RESOURCES = ['issue-panel', 'journey-board', 'settings'] as const;
export type UiResource = (typeof UI_RESOURCES)[number];

const appRoot = fileURLToPath(new URL('.', import.meta.url));

function isResource(mode: string): mode is UiResource {
  return (UI_RESOURCES as readonly string[]).includes(mode);
}

/** What every Custom UI build and the UI tests' dev server share. */
export function uiPlugins(): PluginOption[] {
  return [react()];
}

export const UI_ALIASES: Alias[] = [
  {
    find: /^@atlaskit\/feature-gate-js-client\/feature-gates$/,
    replacement: `${appRoot}src/frontend/common/feature-gates-off.ts`,
  },
];

export function resourceConfig(resource: UiResource, outDir?: string): UserConfig {
  return {
    root: `${appRoot}src/frontend/${resource}`,
    // Forge serves a resource under a path of its own: assets must be relative to index.html.
    base: './',
    plugins: uiPlugins(),
    publicDir: false,
    resolve: { alias: UI_ALIASES },
    logLevel: 'warn',
    build: {
      outDir: outDir ?? `${appRoot}static/${resource}`,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1024,
      reportCompressedSize: false,
      rollupOptions: {
        // zod's sources carry comments Rollup cannot place; they change nothing in the bundle.
        onwarn: (warning, warn) => {
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (!isResource(mode)) {
    throw new Error(
      `Build one Custom UI resource with --mode ${UI_RESOURCES.join(' | ')} (pnpm build builds them all)`,
    );
  }
  return resourceConfig(mode);
});
