/** Adaptive Card JSON, as far as these cards use it. */
export type CardElement = Readonly<Record<string, unknown>>;

/** The version Teams renders. */
export const adaptiveCardVersion = '1.5';

/** A card of `body` elements. */
export function adaptiveCard(body: readonly CardElement[]): CardElement {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: adaptiveCardVersion, body };
}

/** A wrapped text block. */
export function textBlock(text: string, style: Readonly<Record<string, unknown>> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...style };
}

/** Title–value pairs. */
export function factSet(facts: readonly (readonly [string, string])[]): CardElement {
  return { type: 'FactSet', facts: facts.map(([title, value]) => ({ title, value })) };
}

/**
 * A Universal Action (`Action.Execute`, arriving as the `adaptiveCard/action` invoke) with an
 * `Action.Submit` fallback carrying the same data, for clients without Universal Actions (it
 * arrives as a message with `value`). `data` names the verb, so both routes read it alike.
 */
export function executeAction(title: string, data: Readonly<Record<string, unknown>> & { readonly verb: string }): CardElement {
  return { type: 'Action.Execute', title, verb: data.verb, data, fallback: { type: 'Action.Submit', title, data } };
}

/** A link that opens in the browser (or in Teams, for a Teams deep link). */
export function openUrlAction(title: string, url: string): CardElement {
  return { type: 'Action.OpenUrl', title, url };
}

/** Actions inside the body (Teams shows an `ActionSet` where the card puts it). */
export function actionSet(actions: readonly CardElement[]): CardElement {
  return { type: 'ActionSet', actions };
}
