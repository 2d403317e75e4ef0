/** The Teams channel's face: what the composition root and the configuration may use. */
export { TeamsSendPipeline, type TeamsSendPipelineOptions } from './teams-send-pipeline';
export type { TeamsSendSettings } from './teams-send-settings';
