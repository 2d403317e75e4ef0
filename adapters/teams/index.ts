/*
 * The Teams channel's face: what the rest of the service may use of adapters/teams/.
 */
export { teamsCallbackCards } from './cards/teams-callback-cards';
