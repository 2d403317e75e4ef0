/** What every channel shares: the `Channel` shape, the base activity schema and the inbound activity builder. */
export type { Channel } from './channel';
export {
  baseActivitySchema,
  inboundActivity,
  personalConversation,
  proactiveActivity,
  type BaseActivity,
  type InboundActivityParts,
} from './inbound-activity';
