import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * The official HSDS 3.0 and Open Referral UK schemas kept in data/hsds-schemas/ (see its README),
 * loaded into ajv under the addresses their OpenAPI files use, so that a response is checked
 * against exactly what each OpenAPI file says the endpoint answers (the `Page` envelope and all).
 */

/** The two standards a feed answer is checked against. */
export type HsdsStandard = 'hsds' | 'uk';

/** Where each standard's files are in the repo, and the address its OpenAPI file gives them. */
const standards: Record<HsdsStandard, { readonly folder: string; readonly baseUrl: string }> = {
  hsds: { folder: 'hsds-3.0', baseUrl: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/' },
  uk: { folder: 'uk-profile', baseUrl: 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/' },
};

const files: Record<HsdsStandard, readonly string[]> = {
  hsds: ['compiled/service.json', 'compiled/service_list.json', 'taxonomy.json', 'taxonomy_term.json', 'metadata.json'],
  uk: ['compiled/service.json', 'compiled/service_list.json', 'taxonomy.json', 'taxonomy_term.json'],
};

/** Keywords the HSDS schema files carry as documentation (from Frictionless tabular data), not validation. */
const annotationKeywords = ['name', 'path', 'constraints', 'example', 'core', 'datapackage_metadata', 'datapackage_type', 'tabular_required'];

const schemasFolder = path.join(__dirname, '../../data/hsds-schemas');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(schemasFolder, file), 'utf8'));
}

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, validateSchema: false });
  addFormats(ajv);
  ajv.addVocabulary(annotationKeywords);
  for (const standard of ['hsds', 'uk'] as const) {
    const { folder, baseUrl } = standards[standard];
    for (const file of files[standard]) ajv.addSchema(readJsonObject(`${folder}/${file}`), `${baseUrl}${file}`);
  }
  return ajv;
}

/** A value of the OpenAPI document, read as JSON and walked by keys; `undefined` where there is none. */
function at(value: unknown, ...keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    const next: unknown = Reflect.get(current, key);
    current = next;
  }
  return current;
}

/** `value` with every `$ref` into the OpenAPI file's own components replaced by what it points to. */
function inlineLocalRefs(value: unknown, openApi: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => inlineLocalRefs(item, openApi));
  if (typeof value !== 'object' || value === null) return value;
  const ref = at(value, '$ref');
  if (typeof ref === 'string' && ref.startsWith('#/')) return inlineLocalRefs(at(openApi, ...ref.slice(2).split('/')), openApi);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inlineLocalRefs(item, openApi)]));
}

function readJsonObject(file: string): Record<string, unknown> {
  const value = readJson(file);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file} is not a JSON object`);
  return { ...value };
}

let shared: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/** The OpenAPI paths this feed serves, as the OpenAPI files name them. */
export type HsdsApiPath = '/' | '/services' | '/services/{id}' | '/taxonomies' | '/taxonomies/{id}' | '/taxonomy_terms' | '/taxonomy_terms/{id}';

/**
 * The schema problems of `body` as the `200` answer of `GET apiPath` in the standard's OpenAPI
 * file; `[]` when it validates. Each problem is `instancePath: message`.
 */
export function hsdsProblems(standard: HsdsStandard, apiPath: HsdsApiPath, body: unknown): string[] {
  const validate = responseValidator(standard, apiPath);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'}: ${error.message ?? error.keyword}`);
}

/** The validator of the `200` answer of `GET apiPath`, compiled once. */
function responseValidator(standard: HsdsStandard, apiPath: HsdsApiPath): ValidateFunction {
  const key = `${standard} ${apiPath}`;
  const known = compiled.get(key);
  if (known !== undefined) return known;
  shared ??= createAjv();
  const openApi = readJson(`${standards[standard].folder}/openapi.json`);
  const schema = at(openApi, 'paths', apiPath, 'get', 'responses', '200', 'content', 'application/json', 'schema');
  if (schema === undefined) throw new Error(`the ${standard} OpenAPI file has no 200 answer for GET ${apiPath}`);
  const inlined = inlineLocalRefs(schema, openApi);
  if (typeof inlined !== 'object' || inlined === null) throw new Error(`GET ${apiPath}: the answer schema is not an object`);
  const validate = shared.compile(inlined);
  compiled.set(key, validate);
  return validate;
}

/**
 * Compiles every endpoint's validator now. Compiling takes seconds and holds up the process:
 * a test that also runs a server in this process calls this before starting it.
 */
export function compileHsdsSchemas(): void {
  const apiPaths: readonly HsdsApiPath[] = ['/', '/services', '/services/{id}', '/taxonomies', '/taxonomies/{id}', '/taxonomy_terms', '/taxonomy_terms/{id}'];
  for (const standard of ['hsds', 'uk'] as const) for (const apiPath of apiPaths) responseValidator(standard, apiPath);
}
