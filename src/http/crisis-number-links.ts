import { crisisNumbers, telHref } from '../domain/crisis-lines';

/** A crisis number as a tap-to-call link in a page: `<a href="tel:116123">116 123</a>`. */
export function telLink(number: string): string {
  return `<a href="${telHref(number)}">${number}</a>`;
}

/** Shout's number as a link that opens a text to it (it takes texts only). */
export const shoutSmsLink = `<a href="sms:${crisisNumbers.shout}">${crisisNumbers.shout}</a>`;
