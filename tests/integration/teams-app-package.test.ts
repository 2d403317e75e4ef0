import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppManifestUtils, TeamsManifestConverter } from '@microsoft/app-manifest';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { readPngHeader } from '../../adapters/teams/teams-app-icons';
import { buildTeamsAppPackage, TeamsAppPackageError } from '../../adapters/teams/teams-app-package';
import type { TeamsAppSettings } from '../../adapters/teams/teams-app-settings';
import { readZipEntries } from '../support/zip-entries';

/**
 * `npm run teams:package` as a deployment runs it: the command in a child process with only the
 * given environment, the zip read back apart from the writer, the manifest checked against the
 * schema bundled in @microsoft/app-manifest with the network cut off.
 */
const root = join(__dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'lwc-teams-package-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllGlobals());

const appId = '6f1d2c3b-4a5e-4f60-8172-93a4b5c6d7e8';
const botId = '0a1b2c3d-4e5f-4061-8273-9485a6b7c8d9';
const tenantId = 'f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f';
const settingsEnv = {
  TEAMS_APP_ID: appId,
  TEAMS_APP_VERSION: '1.2.3',
  TEAMS_VALID_DOMAINS: '*.salford-living-well.example.org, login.example.org',
  TEAMS_PRIVACY_URL: 'https://salford-living-well.example.org/privacy',
  MicrosoftAppId: botId,
  MicrosoftAppPassword: 'a-test-secret-not-used-by-the-packager',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: tenantId,
  PUBLIC_URL: 'https://companion.example.org/',
};

/** Runs the packaging command with exactly `env` (nothing inherited from the test's own environment). */
function teamsPackage(env: Record<string, string>, out: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'src', 'cli', 'teams-package.ts'), '--out', out], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Fails the test if anything tries the network (the schema must come from the package). */
function cutTheNetwork(): void {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('network used during an offline validation')));
}

const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

describe('npm run teams:package', () => {
  const out = join(outDir, 'teams-app.zip');

  it('writes manifest.json and both icons at the zip root, valid against the bundled v1.22 schema', async () => {
    const run = teamsPackage(settingsEnv, out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`wrote ${out}`);
    const entries = readZipEntries(readFileSync(out));
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const json = entries.get('manifest.json')?.toString('utf8') ?? '';
    const manifest = TeamsManifestConverter.jsonToManifest(json);
    cutTheNetwork();
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json');

    const plain: unknown = JSON.parse(json);
    expect(plain).toMatchObject({
      id: appId,
      version: '1.2.3',
      icons: { color: 'color.png', outline: 'outline.png' },
      developer: {
        websiteUrl: 'https://companion.example.org',
        privacyUrl: 'https://salford-living-well.example.org/privacy',
        termsOfUseUrl: 'https://companion.example.org',
      },
      bots: [
        {
          botId,
          scopes: ['team', 'personal', 'groupChat'],
          commandLists: [
            { scopes: ['team'], commands: [{ title: 'help' }, { title: 'link' }] },
            { scopes: ['personal', 'groupChat'], commands: [{ title: 'help' }] },
          ],
        },
      ],
      staticTabs: [
        { entityId: 'conversations', scopes: ['personal'] },
        { entityId: 'staff', contentUrl: 'https://companion.example.org/staff/tab', scopes: ['personal'] },
      ],
      webApplicationInfo: { id: botId, resource: `api://companion.example.org/${botId}` },
      validDomains: ['companion.example.org', '*.salford-living-well.example.org', 'login.example.org'],
    });
  });

  it('ships a 192x192 colour icon and a 32x32 outline icon with an alpha channel', () => {
    const entries = readZipEntries(readFileSync(out));
    expect(readPngHeader(entries.get('color.png') ?? Buffer.alloc(0))).toMatchObject({ width: 192, height: 192 });
    const outline = readPngHeader(entries.get('outline.png') ?? Buffer.alloc(0));
    expect(outline).toMatchObject({ width: 32, height: 32 });
    expect([4, 6]).toContain(outline?.colorType);
  });

  it.skipIf(!hasUnzip)('writes a zip that Info-ZIP unzip tests clean', () => {
    expect(execFileSync('unzip', ['-t', out], { encoding: 'utf8' })).toContain('No errors detected');
  });

  it('names every missing setting and writes nothing', () => {
    const missing = join(outDir, 'missing.zip');
    const run = teamsPackage({}, missing);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('TEAMS_APP_ID: is required');
    expect(run.stderr).toContain('MicrosoftAppId: is required');
    expect(run.stderr).toContain('PUBLIC_URL: is required');
    expect(existsSync(missing)).toBe(false);
  });

  it('names each unusable setting and writes nothing', () => {
    const bad = join(outDir, 'bad.zip');
    const configRun = teamsPackage({ ...settingsEnv, TEAMS_APP_ID: 'living-well', TEAMS_VALID_DOMAINS: 'https://example.org/path', TEAMS_APP_NAME: 'x'.repeat(31) }, bad);
    expect(configRun.status).toBe(2);
    expect(configRun.stderr).toMatch(/TEAMS_APP_ID: must be a GUID/);
    expect(configRun.stderr).toMatch(/TEAMS_VALID_DOMAINS\.0: must be host names/);
    expect(configRun.stderr).toMatch(/TEAMS_APP_NAME: must be at most 30 characters/);

    const settingsRun = teamsPackage({ ...settingsEnv, MicrosoftAppId: 'my-bot', PUBLIC_URL: 'http://companion.example.org' }, bad);
    expect(settingsRun.status).toBe(2);
    expect(settingsRun.stderr).toContain('MicrosoftAppId: must be a GUID');
    expect(settingsRun.stderr).toContain('PUBLIC_URL: must be an https:// URL');
    expect(existsSync(bad)).toBe(false);
  });
});

describe('buildTeamsAppPackage', () => {
  const settings: TeamsAppSettings = {
    appId,
    botId,
    publicUrl: 'https://companion.example.org',
    version: '1.0.0',
    shortName: 'Living Well',
    shortDescription: 'Callback requests for your team',
    developer: { name: 'Living Well', websiteUrl: 'https://example.org', privacyUrl: 'https://example.org/privacy', termsOfUseUrl: 'https://example.org/terms' },
    extraValidDomains: [],
  };
  const icons = {
    color: readFileSync(join(root, 'data', 'teams-app', 'color.png')),
    outline: readFileSync(join(root, 'data', 'teams-app', 'outline.png')),
  };

  it('gives the same bytes for the same settings (a fixed timestamp in the zip)', async () => {
    const first = await buildTeamsAppPackage(settings, icons);
    const second = await buildTeamsAppPackage(settings, icons);
    expect(first.zip.equals(second.zip)).toBe(true);
    expect([...readZipEntries(first.zip).keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('refuses a manifest the schema refuses, naming each field, without the network', async () => {
    cutTheNetwork();
    const error: unknown = await buildTeamsAppPackage({ ...settings, shortName: 'Living Well Companion for Salford', botId: 'not-a-guid' }, icons).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamsAppPackageError);
    const problems = error instanceof TeamsAppPackageError ? error.problems : [];
    expect(problems.some((p) => p.startsWith('manifest/name/short must NOT have more than 30 characters'))).toBe(true);
    expect(problems.some((p) => p.startsWith('manifest/bots/0/botId must match pattern'))).toBe(true);
    expect(problems.some((p) => p.startsWith('manifest/webApplicationInfo/id must match pattern'))).toBe(true);
  });

  it('refuses icons of the wrong size or without transparency', async () => {
    const error: unknown = await buildTeamsAppPackage(settings, { color: icons.outline, outline: icons.color }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamsAppPackageError);
    expect(error instanceof TeamsAppPackageError ? error.problems : []).toEqual([
      'color.png: must be 192x192 pixels, is 32x32',
      'outline.png: must be 32x32 pixels, is 192x192',
      'outline.png: must have an alpha channel (white on a transparent background)',
    ]);
  });

  it('refuses a file that is not a PNG', async () => {
    const error: unknown = await buildTeamsAppPackage(settings, { ...icons, color: Buffer.from('<svg/>') }).catch((e: unknown) => e);
    expect(error instanceof TeamsAppPackageError ? error.problems : []).toEqual(['color.png: is not a PNG']);
  });
});
