// Miro publishes no JSON schema of its app manifest, so this zod schema is written from the
// fields its "App manifest" reference documents (appName, sdkVersion, sdkUri, scopes and the
// allowed scope names, redirectUris, redirectUriForSdk, boardPicker) and the `icons` block of
// Miro's own example apps; unknown fields are refused.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import viteConfig from '../../apps/miro/vite.config';

const Scope = z.enum([
  'boards:read',
  'boards:write',
  'identity:read',
  'identity:write',
  'team:read',
  'team:write',
  'microphone:listen',
  'webcam:record',
  'screen:record',
  'auditlogs:read',
  'organizations:read',
  'organizations:teams:read',
  'organizations:teams:write',
]);

/** Miro requires HTTPS, except for an app served from localhost during development. */
const AppUrl = z.url().refine((value) => {
  const url = new URL(value);
  return (
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname))
  );
}, 'must be HTTPS (plain HTTP only on localhost)');

const AppManifest = z.strictObject({
  appName: z.string().trim().min(1),
  sdkVersion: z.literal('SDK_V2'),
  sdkUri: AppUrl.optional(),
  scopes: z.array(Scope).min(1),
  redirectUris: z.array(AppUrl).optional(),
  redirectUriForSdk: z.string().optional(),
  boardPicker: z.strictObject({ allowedDomains: z.array(z.string()) }).optional(),
  icons: z
    .strictObject({ colored: z.string().optional(), outline: z.string().optional() })
    .optional(),
});

const manifestPath = fileURLToPath(
  new URL('../../manifests/miro/app-manifest.yaml', import.meta.url),
);
const appRoot = fileURLToPath(new URL('../../apps/miro/', import.meta.url));

function manifest() {
  return AppManifest.parse(parseYaml(readFileSync(manifestPath, 'utf8'), { uniqueKeys: true }));
}

describe('manifests/miro/app-manifest.yaml', () => {
  it('is a valid Web SDK v2 app manifest for Throughline', () => {
    const parsed = manifest();
    expect(parsed.appName).toBe('Throughline');
    expect(parsed.sdkVersion).toBe('SDK_V2');
  });

  it('asks for exactly the board scopes the app uses, and nothing more', () => {
    expect([...manifest().scopes].sort()).toEqual(['boards:read', 'boards:write']);
    expect(manifest().redirectUris).toBeUndefined();
  });

  it('points Miro at the app entry the dev server serves', () => {
    const sdkUri = new URL(manifest().sdkUri ?? '');
    expect(sdkUri.port).toBe(String(viteConfig.server?.port));
    expect(sdkUri.pathname).toBe('/');
    // Vite serves index.html at "/": the headless entry that adds the icon and opens the panel.
    expect(existsSync(`${appRoot}index.html`)).toBe(true);
  });
});

describe('the manifest schema', () => {
  const valid = {
    appName: 'Throughline',
    sdkVersion: 'SDK_V2',
    sdkUri: 'https://throughline.example/',
    scopes: ['boards:read'],
  };

  it.each([
    ['no app name', { ...valid, appName: undefined }],
    ['Web SDK v1', { ...valid, sdkVersion: 'SDK_V1' }],
    ['an unknown scope', { ...valid, scopes: ['boards:admin'] }],
    ['no scopes', { ...valid, scopes: [] }],
    ['plain HTTP off localhost', { ...valid, sdkUri: 'http://throughline.example/' }],
    ['an unknown field', { ...valid, sdkUrl: 'https://throughline.example/' }],
  ])('refuses a manifest with %s', (_reason, candidate) => {
    expect(AppManifest.safeParse(candidate).success).toBe(false);
  });

  it('accepts the documented optional fields', () => {
    const full = {
      ...valid,
      redirectUris: ['https://throughline.example/auth'],
      redirectUriForSdk: 'https://throughline.example/auth',
      boardPicker: { allowedDomains: [] },
      icons: { colored: '', outline: '' },
    };
    expect(AppManifest.safeParse(full).success).toBe(true);
  });
});
