/** The Teams folder's face. The app package (`npm run teams:package`): */
export { buildTeamsAppPackage, TeamsAppPackageError } from './teams-app-package';
export type { TeamsAppIcons } from './teams-app-icons';
export { staffTabPath } from './teams-app-manifest';
export type { TeamsAppSettings } from './teams-app-settings';
