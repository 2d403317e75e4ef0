import { expect } from 'vitest';
import { z } from 'zod';
import { activityFixture } from './admin-activity-fixture';
import type { TestService } from './service-harness';

/** One call of the admin API. */
export interface AdminCall {
  readonly method?: string;
  readonly token?: string;
  readonly body?: unknown;
  /** A raw body, sent as is. */
  readonly text?: string;
  readonly contentType?: string;
}

/** The admin API's answer, its body read as JSON when it is JSON. */
export interface AdminAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  readonly text: string;
}

/** Calls the admin API and reads the answer (JSON when it is JSON). */
export async function call(service: TestService, path: string, options: AdminCall = {}): Promise<AdminAnswer> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.text !== undefined) {
    body = options.text;
    headers['content-type'] = options.contentType ?? 'text/csv';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = options.contentType ?? 'application/json';
  }
  const response = await fetch(`${service.baseUrl}${path}`, { method: options.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  const json: unknown = (response.headers.get('content-type') ?? '').includes('json') && text !== '' ? JSON.parse(text) : undefined;
  return { status: response.status, headers: response.headers, body: json, text };
}

export const tokenAnswerSchema = z.object({ token: z.string(), siteId: z.string() });

/** A site token issued by the super admin (whose token is `superToken`). */
export async function siteToken(service: TestService, superToken: string, siteId: string): Promise<string> {
  const answer = await call(service, '/api/admin/tokens', { method: 'POST', token: superToken, body: { siteId } });
  expect(answer.status).toBe(201);
  return tokenAnswerSchema.parse(answer.body).token;
}

/** The field problems of a 400 answer. */
export function fieldsOf(answer: AdminAnswer): Array<{ field: string; message: string }> {
  const body = answer.body;
  if (typeof body !== 'object' || body === null || !('error' in body)) return [];
  const error: unknown = body.error;
  if (typeof error !== 'object' || error === null || !('fields' in error) || !Array.isArray(error.fields)) return [];
  return error.fields.map((field: unknown) => ({
    field: String(typeof field === 'object' && field !== null && 'field' in field ? field.field : ''),
    message: String(typeof field === 'object' && field !== null && 'message' in field ? field.message : ''),
  }));
}

/** A listing body as an admin would POST it: no ids at all, no site, no sample flag. */
export function newListingBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { id: _id, site_id: _site, sample: _sample, organization, locations, schedules, ...rest } = activityFixture();
  const withoutId = <T extends { id: string }>({ id: _unused, ...others }: T) => others;
  return {
    ...rest,
    organization: withoutId(organization),
    locations: locations.map(withoutId),
    schedules: schedules.map(withoutId),
    ...overrides,
  };
}
