/**
 * A channel as the composition root holds it: mounted by the HTTP layer through `endpoints`, and
 * drained at shutdown. Every channel folder's `create<Name>Channel` returns one.
 */
export interface Channel<Endpoints = unknown> {
  /** Which channel it is, for people reading logs and code (`bot-connector`, `webchat`, `sms`). */
  readonly name: string;
  /** What the HTTP layer mounts: the channel's request handler, or the object its routes call. */
  readonly endpoints: Endpoints;
  /** Resolves once work that outlives its request (turns and replies after the answer) is done. */
  drain(): Promise<void>;
}
