/**
 * What the SMS channel keeps, shared by every instance. Keys hold phone numbers: the feature needs
 * them (replies go to the number). {@link SmsChannelStore.eraseFor} removes them with the person's
 * data, except an opt-out, which outlives erasure.
 */
export interface SmsChannelStore {
  /**
   * Claims a Twilio MessageSid: resolves true the first time (for 24 hours), false for a retry.
   * Atomic across instances, so a retry on another instance never runs a second turn.
   */
  claimMessage(messageSid: string): Promise<boolean>;
  /** The TwiML answered for a MessageSid, once the first attempt finished (undefined until then). */
  answerFor(messageSid: string): Promise<string | undefined>;
  /**
   * Keeps the TwiML answered for a claimed MessageSid, for retries (as long as the claim lasts).
   * With `phoneE164`, {@link SmsChannelStore.eraseFor} of that number forgets the answer (the claim stays).
   */
  saveAnswer(messageSid: string, twiml: string, phoneE164?: string): Promise<void>;
  /** Records that the number opted out (STOP) or back in (START); `at` is a UTC ISO instant. */
  setOptedOut(phoneE164: string, optedOut: boolean, at: string): Promise<void>;
  /** True while the number's latest word was an opt-out. */
  isOptedOut(phoneE164: string): Promise<boolean>;
  /** Keeps what is left of a long reply, for MORE (for a day); undefined forgets it. */
  saveRest(phoneE164: string, rest: string | undefined): Promise<void>;
  /** Takes (and forgets) what is left of a long reply, if anything is. */
  takeRest(phoneE164: string): Promise<string | undefined>;
  /**
   * For "delete my data": forgets the number's waiting rest, the answers kept for its messages and
   * an opt-in record. An opt-out is kept: sending to someone who said STOP would be worse than
   * keeping their number.
   */
  eraseFor(phoneE164: string): Promise<void>;
}
