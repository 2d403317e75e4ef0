import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Fields that may hold what a person typed or who they are. They are removed wherever they
 * appear (top level or one level down), so a careless `log.info({ activity })` still leaks nothing.
 */
const personalFields = [
  'text',
  'body',
  'value',
  'name',
  'phone',
  'phoneNumber',
  'email',
  'from',
  'recipient',
  'speak',
  'attachments',
  'channelData',
  'address',
  'userName',
  'displayName',
] as const;

export const redactedPaths: readonly string[] = personalFields.flatMap((field) => [field, `*.${field}`]);

/** Creates the service logger: structured JSON, personal fields removed rather than masked. */
export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'living-well-companion' },
      redact: { paths: [...redactedPaths], remove: true },
      // Request/response objects carry bodies and headers; log only ids and status codes.
      serializers: { err: pino.stdSerializers.err, req: () => undefined, res: () => undefined },
    },
    options.destination,
  );
}
