/** xhr2 ships no types: it is the XMLHttpRequest of browsers, for Node. */
declare module 'xhr2' {
  const XMLHttpRequest: typeof globalThis extends { XMLHttpRequest: infer T } ? T : new () => unknown;
  export default XMLHttpRequest;
}
