import { zipSync } from 'fflate';
import { teamsAppIconProblems, type TeamsAppIcons } from './teams-app-icons';
import { buildTeamsAppManifest, validateTeamsAppManifest, type TeamsAppManifest } from './teams-app-manifest';
import type { TeamsAppSettings } from './teams-app-settings';

/** Thrown by {@link buildTeamsAppPackage}; `problems` has one line per problem, each naming its file and field. */
export class TeamsAppPackageError extends Error {
  readonly code = 'TEAMS_APP_PACKAGE_INVALID';
  constructor(readonly problems: readonly string[]) {
    super(`The Teams app package is not valid:\n${problems.join('\n')}`);
    this.name = 'TeamsAppPackageError';
  }
}

/** A Teams app package: the zip to upload, and the manifest inside it. */
export interface TeamsAppPackage {
  readonly manifest: TeamsAppManifest;
  readonly zip: Buffer;
}

/**
 * The app package Teams takes (manifest.json, color.png and outline.png at the zip's root), built
 * only when the manifest passes the bundled schema and the icons have Teams' sizes.
 * @throws TeamsAppPackageError listing every problem.
 */
export async function buildTeamsAppPackage(settings: TeamsAppSettings, icons: TeamsAppIcons): Promise<TeamsAppPackage> {
  const manifest = buildTeamsAppManifest(settings);
  const problems = [...(await validateTeamsAppManifest(manifest)), ...teamsAppIconProblems(icons)];
  if (problems.length > 0) throw new TeamsAppPackageError(problems);
  // fflate writes the zip; a fixed time makes the same settings give the same bytes. PNGs are stored.
  const fixed = { mtime: new Date(Date.UTC(1980, 0, 1)) };
  const zip = Buffer.from(
    zipSync(
      {
        'manifest.json': [Buffer.from(`${JSON.stringify(manifest, undefined, 2)}\n`, 'utf8'), { ...fixed, level: 9 }],
        'color.png': [icons.color, { ...fixed, level: 0 }],
        'outline.png': [icons.outline, { ...fixed, level: 0 }],
      },
    ),
  );
  return { manifest, zip };
}
