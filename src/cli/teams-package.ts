import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTeamsAppPackage, staffTabPath, TeamsAppPackageError, type TeamsAppSettings } from '../../adapters/teams';
import { ConfigError, loadConfig, type Config } from '../config';
import { findPackageRoot } from '../runtime/package-root';

const usage = `npm run teams:package -- [--out <file>]

Writes the Microsoft Teams app package (manifest.json, color.png, outline.png) from the
configuration: TEAMS_APP_ID, MicrosoftAppId, PUBLIC_URL (https) and the optional TEAMS_* settings
(see .env.example). The manifest is checked against the schema bundled in @microsoft/app-manifest,
offline, before anything is written. The icons are data/teams-app/color.png and outline.png.

  --out <file>   where to write the zip (default: teams-app.zip in the repository root)
`;

const guid = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

/** The package's settings from the configuration, or one line per missing or unusable variable. */
function settingsOf(config: Config): { settings: TeamsAppSettings } | { problems: string[] } {
  const { appId, developerName, developerUrl, privacyUrl, termsUrl, ...rest } = config.teamsApp;
  const botId = config.botConnector.appId;
  const publicUrl = config.publicUrl;
  const problems: string[] = [];
  if (appId === undefined) problems.push('TEAMS_APP_ID: is required: a GUID of your choosing (e.g. from `uuidgen`), kept for the life of the app');
  if (botId === undefined) problems.push('MicrosoftAppId: is required: the Microsoft App ID of the Azure Bot (Teams sends the bot\'s messages to it)');
  else if (!guid.test(botId)) problems.push('MicrosoftAppId: must be a GUID, the Microsoft App ID of the Azure Bot');
  if (publicUrl === undefined) problems.push('PUBLIC_URL: is required: the https URL of this service (the staff tab and the valid domains come from it)');
  else if (!publicUrl.startsWith('https://')) problems.push('PUBLIC_URL: must be an https:// URL (Teams loads tabs over https only)');
  if (appId === undefined || botId === undefined || publicUrl === undefined || problems.length > 0) return { problems };
  const developer = {
    name: developerName,
    websiteUrl: developerUrl ?? publicUrl,
    privacyUrl: privacyUrl ?? publicUrl,
    termsOfUseUrl: termsUrl ?? publicUrl,
  };
  return { settings: { appId, botId, publicUrl, developer, ...rest } };
}

async function run(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { out: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help === true) {
    process.stdout.write(usage);
    return 0;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Cannot package the Teams app: the configuration has problems:\n${error.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 2;
  }
  const resolved = settingsOf(config);
  if ('problems' in resolved) {
    process.stderr.write(`Cannot package the Teams app: settings are missing or unusable:\n${resolved.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 2;
  }
  const root = findPackageRoot(__dirname);
  const icons = {
    color: await readFile(join(root, 'data', 'teams-app', 'color.png')),
    outline: await readFile(join(root, 'data', 'teams-app', 'outline.png')),
  };
  const out = resolve(values.out ?? join(root, 'teams-app.zip'));
  try {
    const { manifest, zip } = await buildTeamsAppPackage(resolved.settings, icons);
    await writeFile(out, zip);
    process.stdout.write(
      `wrote ${out} (${zip.length} bytes): manifest ${manifest.manifestVersion}, app ${manifest.id} version ${manifest.version}, ` +
        `bot ${resolved.settings.botId}, staff tab ${resolved.settings.publicUrl}${staffTabPath}, valid domains ${(manifest.validDomains ?? []).join(', ')}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof TeamsAppPackageError)) throw error;
    process.stderr.write(`Cannot package the Teams app: nothing was written:\n${error.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 1;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`Cannot package the Teams app: ${error instanceof Error ? error.message : 'unknown error'}\n`);
      process.exit(1);
    },
  );
}
