import type { z } from 'zod';
import { ApiError, errorBodySchema } from './api-error';

/** How the app proves who it is: the session cookie plus its CSRF token, or (in a Teams tab) an SSO bearer token. */
export type ApiCredentials = { readonly kind: 'cookie'; readonly csrfToken: string } | { readonly kind: 'bearer'; readonly token: () => Promise<string> };

/**
 * The staff app's one way to call the service. Paths are relative to the site's admin API
 * (`/api/admin/sites/<siteId>`) unless they start with `/`. Answers are parsed with the schema
 * given; failures throw {@link ApiError}.
 */
export interface ApiClient {
  get<T>(path: string, schema: z.ZodType<T>): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body: unknown, schema: z.ZodType<T>): Promise<T>;
  upload<T>(path: string, contentType: 'text/csv' | 'application/json', text: string, schema: z.ZodType<T>): Promise<T>;
  /** A file download (export): the answer's body as text, and its file name. */
  download(path: string): Promise<{ text: string; fileName: string }>;
}

/** The client for one site, over `fetch`. */
export function createApiClient(options: { readonly siteId: string; readonly credentials: ApiCredentials; readonly fetch?: typeof fetch }): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const urlOf = (path: string) => (path.startsWith('/') ? path : `/api/admin/sites/${encodeURIComponent(options.siteId)}/${path}`);

  async function call(method: string, path: string, body?: { type: string; text: string }): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = body.type;
    if (options.credentials.kind === 'bearer') headers.Authorization = `Bearer ${await options.credentials.token()}`;
    else if (method !== 'GET') headers['X-CSRF-Token'] = options.credentials.csrfToken;
    const init: RequestInit = { method, headers, credentials: 'same-origin' };
    if (body !== undefined) init.body = body.text;
    const response = await doFetch(urlOf(path), init);
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  async function parsed<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
    const json: unknown = response.status === 204 ? {} : await response.json();
    return schema.parse(json);
  }

  return {
    get: async (path, schema) => parsed(await call('GET', path), schema),
    send: async (method, path, body, schema) => parsed(await call(method, path, body === undefined ? undefined : { type: 'application/json', text: JSON.stringify(body) }), schema),
    upload: async (path, contentType, text, schema) => parsed(await call('POST', path, { type: contentType, text }), schema),
    download: async (path) => {
      const response = await call('GET', path);
      const disposition = response.headers.get('Content-Disposition') ?? '';
      const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'export';
      return { text: await response.text(), fileName };
    },
  };
}

/** The service's error, or a plain one for answers that are not its JSON (a proxy's page, say). */
async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return new ApiError(response.status, 'HTTP_ERROR', `The service answered ${response.status}.`);
  const { code, message, fields } = parsed.data.error;
  return new ApiError(response.status, code, message, fields ?? []);
}
