import type { TurnContext } from 'botbuilder';
import type { Area } from '../src/domain/sites';

/** What dialogs may know about the person they are talking to. */
export interface PersonView {
  readonly consent?: { readonly givenAt: string; readonly wordingVersion: string };
  readonly area?: Area;
}

/** Reads and records the person's choices. Implemented by the turn pipeline over the stores. */
export interface PersonProfile {
  get(context: TurnContext): Promise<PersonView>;
  /** Records consent to the current wording, with the time. */
  recordConsent(context: TurnContext): Promise<void>;
  /** Records the area; only called after consent. */
  setArea(context: TurnContext, area: Area): Promise<void>;
}

/** People's rights over their data: see, export, erase. */
export interface PersonalData {
  /** Everything held about the person, as one JSON-ready document. */
  exportDocument(context: TurnContext): Promise<Record<string, unknown>>;
  /**
   * Erases every personal record across the stores, including this conversation's state (at the
   * end of the turn), and leaves one non-identifying audit entry.
   */
  erase(context: TurnContext, reason: 'deleted' | 'consent-withdrawn'): Promise<void>;
}

/** The narrow services dialogs get through their constructors. */
export interface DialogServices {
  readonly profile: PersonProfile;
  readonly personalData: PersonalData;
}
