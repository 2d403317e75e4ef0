/** What a practitioner asked the bot in Teams, once the bot's @mention is taken out. */
export type TeamsCommand =
  | { readonly kind: 'link'; readonly code: string }
  | { readonly kind: 'help' }
  | { readonly kind: 'other' };

/**
 * The command in a Teams message's text: `link CODE` (any case, the code as typed), `help`, or
 * anything else. Whitespace (Teams adds non-breaking spaces around mentions) is ignored at the ends.
 */
export function teamsCommandOf(text: string): TeamsCommand {
  const words = text.replace(/\s+/g, ' ').trim();
  const link = /^link\s+(.+)$/i.exec(words);
  if (link?.[1] !== undefined) return { kind: 'link', code: link[1] };
  if (/^(help|\?)$/i.test(words)) return { kind: 'help' };
  return { kind: 'other' };
}
