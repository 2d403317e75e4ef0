/**
 * The direction of imports from DESIGN.md §3, enforced in `npm test`:
 *   domain ← store, dialogs, bot ← services, adapters, http ← main
 * A wrong arrow fails CI with the rule's name and comment.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain imports only zod, luxon, the pure postcode parser, minisearch, libphonenumber-js (UK phone numbers for callbacks) and regjsparser (a pure regex parser: the risk check reads which words its patterns need), and other domain files (no botbuilder, ioredis, restify, node I/O).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        pathNot: ['^src/domain/', '^node_modules/(zod|luxon|postcode|minisearch|libphonenumber-js|regjsparser)/', '^node_modules/@types/luxon/'],
      },
    },
    {
      name: 'store-depends-on-domain-only',
      comment: 'src/store may use domain and its own files, never bot, services, dialogs, adapters, http, admin, jobs or main.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: ['^src/(bot|services|http|admin|jobs|main|config)', '^dialogs/', '^adapters/'] },
    },
    {
      name: 'dialogs-get-narrow-interfaces',
      comment: 'dialogs never import store, adapters, http or config: they get narrow interfaces through constructors.',
      severity: 'error',
      from: { path: '^dialogs/' },
      to: { path: ['^src/(store|http|admin|jobs|main|config|bot|services)', '^adapters/', '^node_modules/(ioredis|restify)/'] },
    },
    {
      name: 'dialog-runtime-is-small',
      comment: 'src/dialog-runtime (the dialog stack the dialogs and the turn pipeline share) uses only botbuilder types, zod and its own files.',
      severity: 'error',
      from: { path: '^src/dialog-runtime/' },
      to: { pathNot: ['^src/dialog-runtime/', '^node_modules/(botbuilder|botbuilder-core|zod)/'] },
    },
    {
      name: 'bot-is-channel-neutral',
      comment: 'the turn pipeline (src/bot) does not know channels, HTTP, how stores are built, nor the dialogs and the services behind them (src/services assembles the bot).',
      severity: 'error',
      from: { path: '^src/bot/' },
      to: { path: ['^adapters/', '^dialogs/', '^src/(http|admin|main|config|services)', '^src/store/(redis|memory)/', '^node_modules/(ioredis|restify)/'] },
    },
    {
      name: 'services-are-channel-free',
      comment: 'src/services (what the dialogs are handed: person, wellbeing, team, callbacks, export links) uses domain, store ports, listings and the turn pipeline; never channels, HTTP, admin code or a concrete store.',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: ['^adapters/', '^src/(http|admin|main|config)', '^src/store/(redis|memory)/', '^node_modules/(ioredis|restify)/'] },
    },
    {
      name: 'adapters-not-http-or-config',
      comment: 'channel adapters speak their protocol; the composition root hands them settings, they never read config or mount routes.',
      severity: 'error',
      from: { path: '^adapters/' },
      to: { path: ['^src/(http|main|config)', '^src/store/(redis|memory)/', '^node_modules/(ioredis|restify)/'] },
    },
    {
      name: 'channels-through-their-face',
      comment: 'src (main, config) reaches a channel only through its index.ts: what a channel folder exports there is all the rest of the service may use.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^adapters/[^/]+/', pathNot: '^adapters/[^/]+/index\\.ts$' },
    },
    {
      name: 'channels-meet-at-their-face',
      comment: 'a channel folder reaches another (and the shared adapters/channel/) only through its index.ts.',
      severity: 'error',
      from: { path: '^adapters/([^/]+)/' },
      to: { path: '^adapters/[^/]+/', pathNot: ['^adapters/$1/', '^adapters/[^/]+/index\\.ts$'] },
    },
    {
      name: 'http-has-no-bot-framework',
      comment: 'src/http maps HTTP to handlers; botbuilder stays in adapters, dialogs, bot, services and the Storage bridge.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: ['^node_modules/botbuilder', '^node_modules/botframework', '^dialogs/', '^adapters/', '^src/(store|bot|services|main|config)'] },
    },
    {
      name: 'admin-is-http-free',
      comment: 'src/admin holds the admin handlers, import/export mappings and auth as plain functions: HTTP, the bot framework, channels and concrete stores are handed in by http and main.',
      severity: 'error',
      from: { path: '^src/admin/' },
      to: {
        path: [
          '^node_modules/(botbuilder|botframework|ioredis|restify)',
          '^src/http/',
          '^src/store/(redis|memory)/',
          '^dialogs/',
          '^adapters/',
        ],
      },
    },
    {
      name: 'listings-are-channel-free',
      comment: 'src/listings (activity search, the Open Referral feed, bank holidays and its own HSDS mapping in hsds/) uses domain and store ports; never admin code, HTTP, channels, bots or a concrete store.',
      severity: 'error',
      from: { path: '^src/listings/' },
      to: { path: ['^adapters/', '^dialogs/', '^src/(http|bot|services|main|config|admin)', '^src/store/(redis|memory)/', '^node_modules/(ioredis|restify|botbuilder)'] },
    },
    {
      name: 'jobs-beside-the-stores',
      comment: 'src/jobs (the jobs port, BullMQ and in-process) uses domain and the Redis connection; job handlers are wired in by main, so it never imports channels, dialogs, HTTP, admin code or config.',
      severity: 'error',
      from: { path: '^src/jobs/' },
      to: { path: ['^adapters/', '^dialogs/', '^src/(http|admin|main|config|listings)', '^src/store/memory/', '^node_modules/(restify|botbuilder)'] },
    },
    {
      name: 'only-main-reads-config',
      comment: 'config.ts is parsed once, by the composition root (and by the sample-loading and Teams packaging commands, composition roots of their own).',
      severity: 'error',
      from: { path: '^(src|dialogs|adapters)/', pathNot: '^src/(main|config|cli/load-sample-activities|cli/teams-package)\\.ts$' },
      to: { path: '^src/config\\.ts$' },
    },
    {
      name: 'nothing-imports-main',
      comment: 'main.ts is the composition root: it imports everything and nothing imports it.',
      severity: 'error',
      from: { path: '^(src|dialogs|adapters)/' },
      to: { path: '^src/main\\.ts$' },
    },
    {
      name: 'nothing-imports-a-command',
      comment: 'src/cli holds the npm-script commands (risk:train, risk:eval, samples:load, teams:package) and their file helpers: entry points, never imported by the service.',
      severity: 'error',
      from: { path: '^(src|dialogs|adapters)/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|tests|bench)/' },
  },
};
