import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TeamsManifestV1D22 } from '@microsoft/app-manifest';
import type { TeamsAppSettings } from './teams-app-settings';

/** The manifest schema the package is written to and checked against (bundled in @microsoft/app-manifest). */
export const teamsManifestVersion = '1.22';
const schemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${teamsManifestVersion}/MicrosoftTeams.schema.json`;

/** The Teams app manifest, as this version of the schema types it. */
export type TeamsAppManifest = TeamsManifestV1D22.TeamsManifestV1D22;

/** The staff app's Teams tab on the service: the staff app, signed in by Teams SSO and framed by Teams (src/http/staff-page-routes.ts). */
export const staffTabPath = '/staff/tab';

const fullDescription =
  "Tells your Living Well team about people's callback requests as they arrive, reminds the team before anyone " +
  'waits too long, and asks the practitioner who made contact for the outcome. Cards show a reference code, a ' +
  'first name and initial and how long the person has waited; details stay behind sign-in in the staff tab. ' +
  'A site admin links a channel to a site with a one-time code: type "link" and the code in the channel.';

/**
 * The app manifest: the bot (team channels, group chats and one-to-one), its command menus, the
 * staff tab, single sign-on for the tab (`webApplicationInfo`) and the domains the tab loads from.
 */
export function buildTeamsAppManifest(settings: TeamsAppSettings): TeamsAppManifest {
  const { host } = new URL(settings.publicUrl);
  const staffUrl = `${settings.publicUrl}${staffTabPath}`;
  return {
    $schema: schemaUrl,
    manifestVersion: teamsManifestVersion,
    version: settings.version,
    id: settings.appId,
    developer: { ...settings.developer },
    name: { short: settings.shortName },
    description: { short: settings.shortDescription, full: fullDescription },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#0E5C56',
    bots: [
      {
        botId: settings.botId,
        scopes: ['team', 'personal', 'groupChat'],
        isNotificationOnly: false,
        supportsFiles: false,
        // One list per scope: linking is done in a team channel only.
        commandLists: [
          {
            scopes: ['team'],
            commands: [
              { title: 'help', description: 'What I do here, and how to link this channel to a site' },
              { title: 'link', description: 'link CODE: link this channel to a Living Well site (a site admin gets the code)' },
            ],
          },
          { scopes: ['personal', 'groupChat'], commands: [{ title: 'help', description: 'What I do here' }] },
        ],
      },
    ],
    staticTabs: [
      // `conversations` keeps the chat with the bot as the first tab of the personal app.
      { entityId: 'conversations', scopes: ['personal'] },
      { entityId: 'staff', name: 'Requests', contentUrl: staffUrl, websiteUrl: staffUrl, scopes: ['personal'] },
    ],
    defaultInstallScope: 'team',
    webApplicationInfo: { id: settings.botId, resource: `api://${host}/${settings.botId}` },
    validDomains: [...new Set([host, ...settings.extraValidDomains])],
  };
}

/**
 * The manifest's problems against the bundled schema, each with its field path
 * (`manifest/bots/0/botId must match pattern ...`); empty when valid. Never touches the network: the
 * library reads the schema for `$schema` from its own folder, which is checked to be there first.
 * @throws Error when the installed @microsoft/app-manifest has no copy of the schema.
 */
export async function validateTeamsAppManifest(manifest: TeamsAppManifest): Promise<string[]> {
  const bundled = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams', `v${teamsManifestVersion}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(bundled)) throw new Error(`@microsoft/app-manifest has no bundled schema v${teamsManifestVersion} (${bundled}); it would be fetched over the network`);
  // Loaded here, not at the top: it is a dev dependency (packaging happens on a build machine), and
  // the service may import this folder's face in production, where dev dependencies are absent.
  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  const problems = await AppManifestUtils.validateAgainstSchema(manifest);
  // The library writes `${instancePath} ${message}` (an empty path: the whole manifest).
  return problems.map((problem) => `manifest${problem}`);
}
