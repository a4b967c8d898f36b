// The Forge app's manifest, checked offline the way `forge deploy` and `forge lint` check it: @forge/manifest's
// `validate` in the app folder (schema, handlers, resources) and @forge/lint's client-side linters, with the
// permission linter reading the repo's Jira swagger instead of downloading it (USE_LOCAL_SWAGGER).
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const appDir = join(repo, 'apps/jira');
const manifestPath = join(repo, 'manifests/jira/manifest.yml');
const swaggerPath = join(repo, 'tests/contract/specs/jira/swagger-v3.v3.json');
// The app's own toolchain, resolved from the app's folder (the tests package does not depend on it).
const appRequire = createRequire(join(appDir, 'package.json'));

interface ValidationResult {
  success: boolean;
  errors?: { message: string; level?: string; line?: number }[];
}
interface LintFinding {
  message: string;
  line: number;
}
interface LintResult {
  file: string;
  errors: LintFinding[];
  warnings: LintFinding[];
}
const { validate } = appRequire('@forge/manifest') as {
  validate: (basic: boolean, manifest: string) => Promise<ValidationResult>;
};
const { lint } = appRequire('@forge/lint') as {
  lint: (
    files: string[],
    manifest: unknown,
    environment: string,
    logger: unknown,
    statsig: unknown,
    config: unknown,
  ) => Promise<LintResult[]>;
};

const manifest = parseYaml(readFileSync(manifestPath, 'utf8'));
const RESOURCES = ['issue-panel', 'journey-board', 'settings'];

/**
 * Every REST call the Jira client makes (src/client), as `requestJira` calls the permission linter
 * can read: the client builds paths through its transport, which the linter cannot follow. A test
 * below fails when the client gains a path this table lacks.
 */
const CLIENT_CALLS: [method: string, path: string][] = [
  ['POST', '/rest/api/3/search/jql'],
  ['GET', '/rest/api/3/issue/{id}/properties/{key}'],
  ['PUT', '/rest/api/3/issue/{id}/properties/{key}'],
  ['DELETE', '/rest/api/3/issue/{id}/properties/{key}'],
  ['GET', '/rest/api/3/mypermissions'],
  ['GET', '/rest/api/3/field'],
];

const callsSource = (calls: readonly [string, string][]) =>
  [
    "import api, { route } from '@forge/api';",
    'export async function calls(id, key) {',
    ...calls.map(([method, path]) => {
      // `{id}` in the table becomes a template placeholder, as the client's paths have.
      const template = path.replace(/\{(\w+)\}/g, (_, name: string) => `\${${name}}`);
      return `  await api.asUser().requestJira(route\`${template}\`, { method: '${method}' });`;
    }),
    '}',
    '',
  ].join('\n');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-support)?\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * `validate` runs where `forge deploy` would: the app folder itself once the UI build has written
 * `static/<resource>/index.html`, else a copy with a one-line page per resource. The linters run in
 * a copy without tsconfig.json, so that they also read the generated file of REST calls below.
 */
const built = RESOURCES.every((resource) =>
  existsSync(join(appDir, 'static', resource, 'index.html')),
);
let scratch = '';
let copyDir = '';
const validateDir = () => (built ? appDir : copyDir);
const previousCwd = process.cwd();
const swaggerEnv = [
  'USE_LOCAL_SWAGGER',
  'LOCAL_JIRA_SWAGGER',
  'LOCAL_JSM_SWAGGER',
  'LOCAL_JSW_SWAGGER',
  'LOCAL_CONF_SWAGGER',
  'LOCAL_CONF_V2_SWAGGER',
  'LOCAL_BB_SWAGGER',
];
const savedEnv = Object.fromEntries(swaggerEnv.map((key) => [key, process.env[key]]));

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'throughline-forge-'));
  // The linter insists on all six product swaggers; only Jira's matters to this app.
  const empty = join(scratch, 'empty-swagger.json');
  writeFileSync(empty, '{"paths":{}}');
  for (const key of swaggerEnv) process.env[key] = empty;
  process.env.USE_LOCAL_SWAGGER = 'true';
  process.env.LOCAL_JIRA_SWAGGER = swaggerPath;
  copyDir = join(scratch, 'app');
  mkdirSync(copyDir);
  cpSync(manifestPath, join(copyDir, 'manifest.yml'));
  symlinkSync(join(appDir, 'src'), join(copyDir, 'src'));
  symlinkSync(join(appDir, 'assets'), join(copyDir, 'assets'));
  if (built) symlinkSync(join(appDir, 'static'), join(copyDir, 'static'));
  else {
    for (const resource of RESOURCES) {
      mkdirSync(join(copyDir, 'static', resource), { recursive: true });
      writeFileSync(
        join(copyDir, 'static', resource, 'index.html'),
        '<!doctype html><div id="root"></div>',
      );
    }
  }
});

afterAll(() => {
  process.chdir(previousCwd);
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function inDir<T>(dir: string, run: () => Promise<T>): Promise<T> {
  process.chdir(dir);
  try {
    return await run();
  } finally {
    process.chdir(previousCwd);
  }
}

const logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
  debug: () => {},
  trace: () => {},
};
// Runtime deprecations come from Atlassian's feature flags online; offline, none are known.
const statsig = { getDeprecatedRuntimes: async () => [] };

async function lintFiles(files: string[]) {
  const results = await inDir(copyDir, () =>
    lint(files, manifest, 'development', logger, statsig, { linter: { mode: 'client-side' } }),
  );
  return results.flatMap((result) =>
    [...result.errors, ...result.warnings].map(
      (finding) => `${result.file}:${finding.line} ${finding.message}`,
    ),
  );
}

describe('the Jira app manifest', () => {
  it('is one file: apps/jira/manifest.yml links to manifests/jira/manifest.yml', () => {
    const link = join(appDir, 'manifest.yml');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('../../manifests/jira/manifest.yml');
    expect(readFileSync(link, 'utf8')).toBe(readFileSync(manifestPath, 'utf8'));
  });

  it('validates with @forge/manifest in the app folder (schema, handlers, resources)', async () => {
    const result = await inDir(validateDir(), () => validate(false, 'manifest.yml'));
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  }, 60_000);

  it('passes @forge/lint’s client-side linters offline, the REST scopes checked against the swagger', async () => {
    const calls = join(copyDir, 'client-rest-calls.js');
    writeFileSync(calls, callsSource(CLIENT_CALLS));
    const files = [
      ...sourceFiles(join(appDir, 'src')).map((file) => relative(appDir, file)),
      calls,
    ];
    expect(await lintFiles(files)).toEqual([]);
  }, 120_000);

  it('would report a REST call whose scope the manifest lacks (the scope check is live)', async () => {
    const calls = join(copyDir, 'missing-scope.js');
    writeFileSync(calls, callsSource([['POST', '/rest/api/3/project']]));
    const findings = await lintFiles([calls]);
    expect(findings.join('\n')).toMatch(/POST \/rest\/api\/3\/project requires "[^"]+" scope/);
  }, 60_000);

  it('lists every REST path the Jira client builds', () => {
    const templates = sourceFiles(join(appDir, 'src/client')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/jiraPath`([^`]+)`/g)].map((match) =>
        (match[1] ?? '').replace(/\$\{[^}]+\}/g, '{}'),
      ),
    );
    const listed = new Set(CLIENT_CALLS.map(([, path]) => path.replace(/\{\w+\}/g, '{}')));
    expect(templates.length).toBeGreaterThan(0);
    expect(templates.filter((path) => !listed.has(path))).toEqual([]);
  });

  it('asks only the scopes the app uses, on a supported runtime, with no UI Kit 1', () => {
    expect(manifest.app.runtime.name).toMatch(/^nodejs(22|24)\.x$/);
    expect(manifest.permissions.scopes).toEqual([
      'read:jira-work',
      'write:jira-work',
      'storage:app',
    ]);
    expect(manifest.permissions.content.styles).toEqual(['unsafe-inline']);
    expect(readFileSync(join(appDir, 'package.json'), 'utf8')).not.toContain('@forge/ui');
  });

  it('indexes the link property for JQL and names the module keys the resolvers gate on', async () => {
    const [index] = manifest.modules['jira:entityProperty'];
    expect(index).toMatchObject({ propertyKey: 'throughline-links', entityType: 'issue' });
    expect(index.values).toEqual([
      { path: 'mapIds', type: 'string', searchAlias: 'journeyMap' },
      { path: 'stageIds', type: 'string', searchAlias: 'journeyStage' },
      { path: 'painPointIds', type: 'string', searchAlias: 'journeyPainPoint' },
      { path: 'stageRefs', type: 'string', searchAlias: 'journeyStageRef' },
    ]);
    const [trigger] = manifest.modules.trigger;
    expect(trigger.filter).toEqual({ ignoreSelf: true });
    const keys = new Set(
      [
        'jira:issuePanel',
        'jira:issueContext',
        'jira:projectPage',
        'jira:projectSettingsPage',
      ].flatMap((type) => manifest.modules[type].map((module: { key: string }) => module.key)),
    );
    const source = readFileSync(join(appDir, 'src/backend/resolvers/module-access.ts'), 'utf8');
    const named = [...source.matchAll(/: '(throughline-[a-z-]+)'/g)].map((match) => match[1]);
    expect(new Set(named)).toEqual(keys);
    expect(
      manifest.resources.filter((resource: { path: string }) =>
        resource.path.startsWith('static/'),
      ),
    ).toEqual(RESOURCES.map((key) => ({ key, path: `static/${key}` })));
  });
});
