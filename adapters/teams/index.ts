/** The Teams side's face (practitioners): what the composition root and the configuration may use. */
export { TeamsPractitionerBot, type TeamsPractitionerBotDependencies } from './teams-practitioner-bot';
export type { TeamsSettings } from './teams-settings';

/** The Bot Connector channel id of Microsoft Teams: its activities go to the practitioners' bot. */
export const teamsChannelId = 'msteams';
