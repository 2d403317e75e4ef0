import type { SiteId } from '../domain/sites';
import type { TeamsConversation } from '../domain/teams/teams-conversation';
import type { PractitionerStore, TeamsConversationStore, TeamsSiteLinkStore } from '../store/ports';
import type { PractitionerIdentity, PractitionerRole, TeamsDirectory } from './teams-directory';

/** The {@link TeamsDirectory} over the Teams stores. */
export class StoreTeamsDirectory implements TeamsDirectory {
  constructor(
    private readonly stores: {
      readonly conversations: TeamsConversationStore;
      readonly links: TeamsSiteLinkStore;
      readonly practitioners: PractitionerStore;
    },
  ) {}

  async siteChannel(siteId: SiteId): Promise<TeamsConversation | undefined> {
    const link = await this.stores.links.channelOf(siteId);
    if (link === undefined) return undefined;
    const conversation = await this.stores.conversations.get(link.conversationId);
    return conversation?.installed === true ? conversation : undefined;
  }

  async personalChat(practitioner: PractitionerIdentity): Promise<TeamsConversation | undefined> {
    const conversation = await this.stores.conversations.personalChatOf(practitioner);
    return conversation?.installed === true ? conversation : undefined;
  }

  roleAt(practitioner: PractitionerIdentity, siteId: SiteId): Promise<PractitionerRole | undefined> {
    return this.stores.practitioners.roleAt(practitioner, siteId);
  }
}
