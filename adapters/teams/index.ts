/** The Teams side's face (practitioners): what the composition root, the CLI and the configuration may use. */
export { TeamsPractitionerBot, type TeamsPractitionerBotDependencies } from './teams-practitioner-bot';
export type { TeamsSettings } from './teams-settings';

/** The Bot Connector channel id of Microsoft Teams: its activities go to the practitioners' bot. */
export const teamsChannelId = 'msteams';

/** The send pipeline (nudges to practitioners). */
export { TeamsSendPipeline, type TeamsSendPipelineOptions } from './teams-send-pipeline';
export type { TeamsSendSettings } from './teams-send-settings';

/** The app package (`npm run teams:package`). */
export { buildTeamsAppPackage, TeamsAppPackageError } from './teams-app-package';
export type { TeamsAppIcons } from './teams-app-icons';
export { staffTabPath } from './teams-app-manifest';
export type { TeamsAppSettings } from './teams-app-settings';

/** The callback request cards (Adaptive Cards 1.5) and the outcome prompt. */
export { teamsCallbackCards } from './cards/teams-callback-cards';
