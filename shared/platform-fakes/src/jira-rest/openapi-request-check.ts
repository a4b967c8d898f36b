// Checks a request against an OpenAPI 3.0 document: path and method, query parameters, JSON body.
// The document is a parameter (shared code reads no files): tests pass the official Jira swagger.
import { Ajv, type ValidateFunction } from 'ajv';

const SPEC_ID = 'https://openapi.invalid/spec.json';

/** OpenAPI 3.0 keywords that only annotate, dropped before ajv sees a schema. */
const ANNOTATIONS = new Set([
  'example',
  'examples',
  'xml',
  'externalDocs',
  'discriminator',
  'deprecated',
  'readOnly',
  'writeOnly',
  'nullable',
]);

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: ParameterSchema;
}

interface ParameterSchema {
  type?: string;
  enum?: unknown[];
  items?: ParameterSchema;
}

interface Operation {
  parameters?: unknown[];
  requestBody?: unknown;
  deprecated?: boolean;
}

export interface RequestToCheck {
  method: string;
  url: URL | string;
  /** The parsed JSON body; `undefined` when the request has none. */
  body?: unknown;
  /** Whether the request carried a body at all (a JSON `null` is a body). */
  hasBody?: boolean;
}

export interface OpenApiRequestCheckOptions {
  /** A path the server is mounted under, stripped before matching (`/jira`). */
  basePath?: string;
  /**
   * Treat an object schema with `properties` and no `additionalProperties` as closed, so a field
   * the API does not define is refused even where the spec forgot to say so (default true).
   */
  closeObjects?: boolean;
  /** Refuse operations the spec marks deprecated, such as Jira's old `/search` (default true). */
  refuseDeprecated?: boolean;
}

export type OpenApiRequestChecker = (request: RequestToCheck) => string[];

interface Candidate {
  template: string;
  operation: Operation;
  pathItemParameters: unknown[];
  pathParams: Record<string, string>;
  literals: number;
}

/**
 * A checker for one spec: what is wrong with a request, as readable lines (empty when it is
 * fine). The spec's component schemas are compiled on first use.
 */
export function createOpenApiRequestChecker(
  spec: unknown,
  options: OpenApiRequestCheckOptions = {},
): OpenApiRequestChecker {
  const document = asDocument(spec);
  const close = options.closeObjects ?? true;
  const refuseDeprecated = options.refuseDeprecated ?? true;
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  ajv.addSchema({
    $id: SPEC_ID,
    definitions: mapValues(document.components?.schemas ?? {}, close),
  });
  const bodyValidators = new Map<string, ValidateFunction>();
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');

  const resolve = <T>(value: unknown, section: string): T => {
    const ref = (value as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== 'string') return value as T;
    const name = ref.replace(`#/components/${section}/`, '');
    const found = (document.components?.[section] as Record<string, unknown> | undefined)?.[name];
    if (found === undefined) throw new Error(`unresolved ${ref} in the OpenAPI document`);
    return found as T;
  };

  function candidatesFor(method: string, pathname: string): Candidate[] | string {
    const segments = pathname.split('/').slice(1);
    const matches: (Omit<Candidate, 'operation'> & { item: Record<string, unknown> })[] = [];
    for (const [template, item] of Object.entries(document.paths)) {
      const parts = template.split('/').slice(1);
      if (parts.length !== segments.length) continue;
      const pathParams: Record<string, string> = {};
      let literals = 0;
      let ok = true;
      for (const [index, part] of parts.entries()) {
        const segment = segments[index] ?? '';
        const param = /^\{(.+)\}$/.exec(part)?.[1];
        if (param !== undefined) {
          if (segment === '') ok = false;
          else pathParams[param] = safeDecode(segment);
        } else if (part === segment) literals += 1;
        else ok = false;
        if (!ok) break;
      }
      if (!ok) continue;
      const record = item as Record<string, unknown>;
      const pathItemParameters = (record.parameters ?? []) as unknown[];
      matches.push({ template, item: record, pathItemParameters, pathParams, literals });
    }
    if (matches.length === 0) return `${method} ${pathname} is not a path in the spec`;
    // The most literal template wins before the method is looked at, as servers route:
    // `GET /issue/bulk` is a wrong method on `/issue/bulk`, not an issue called "bulk".
    const most = Math.max(...matches.map((match) => match.literals));
    const routed = matches.filter((match) => match.literals === most);
    const found = routed.flatMap(({ item, ...match }) => {
      const operation = item[method.toLowerCase()];
      return operation === undefined ? [] : [{ ...match, operation: operation as Operation }];
    });
    if (found.length === 0) return `${method} is not an operation of ${pathname} in the spec`;
    return found;
  }

  function bodyValidator(candidate: Candidate, method: string): ValidateFunction | undefined {
    const key = `${method} ${candidate.template}`;
    const cached = bodyValidators.get(key);
    if (cached !== undefined) return cached;
    const body = resolve<{ content?: Record<string, { schema?: unknown }> } | undefined>(
      candidate.operation.requestBody,
      'requestBodies',
    );
    const schema = body?.content?.['application/json']?.schema;
    if (schema === undefined) return undefined;
    const validate = ajv.compile(toJsonSchema(schema, close) as object);
    bodyValidators.set(key, validate);
    return validate;
  }

  function check(candidate: Candidate, method: string, url: URL, request: RequestToCheck) {
    const { template, operation } = candidate;
    const problems: string[] = [];
    if (refuseDeprecated && operation.deprecated === true) {
      problems.push(`${method} ${template}: is deprecated in the spec`);
    }
    const declared = [...candidate.pathItemParameters, ...(operation.parameters ?? [])].map(
      (parameter) => resolve<Parameter>(parameter, 'parameters'),
    );
    const names = new Set<string>();
    for (const [name, value] of url.searchParams) {
      names.add(name);
      const parameter = declared.find((entry) => entry.in === 'query' && entry.name === name);
      if (parameter === undefined) {
        problems.push(`${method} ${template}: query parameter "${name}" is not declared`);
        continue;
      }
      const wrong = valueProblem(parameter.schema ?? {}, value);
      if (wrong !== undefined) {
        problems.push(`${method} ${template}: query parameter ${name}=${value} ${wrong}`);
      }
    }
    for (const parameter of declared) {
      if (!parameter.required) continue;
      const present =
        parameter.in === 'path'
          ? (candidate.pathParams[parameter.name] ?? '') !== ''
          : parameter.in === 'query'
            ? names.has(parameter.name)
            : true;
      if (!present) {
        problems.push(
          `${method} ${template}: required ${parameter.in} parameter "${parameter.name}" is missing`,
        );
      }
    }
    const hasBody = request.hasBody ?? request.body !== undefined;
    const body = resolve<{ required?: boolean } | undefined>(
      operation.requestBody,
      'requestBodies',
    );
    if (body === undefined) {
      if (hasBody) problems.push(`${method} ${template}: takes no request body`);
      return problems;
    }
    if (!hasBody) {
      if (body.required) problems.push(`${method} ${template}: the request body is missing`);
      return problems;
    }
    const validate = bodyValidator(candidate, method);
    if (validate !== undefined && !validate(request.body)) {
      for (const error of validate.errors ?? []) {
        const at = error.instancePath === '' ? 'body' : `body${error.instancePath}`;
        const extra =
          error.keyword === 'additionalProperties'
            ? ` ("${String((error.params as { additionalProperty?: unknown }).additionalProperty)}")`
            : '';
        problems.push(`${method} ${template}: ${at} ${error.message ?? 'is invalid'}${extra}`);
      }
    }
    return problems;
  }

  return (request) => {
    const url = new URL(String(request.url));
    const method = request.method.toUpperCase();
    let pathname = url.pathname;
    if (basePath !== '') {
      if (!pathname.startsWith(`${basePath}/`)) return [`${pathname} is outside ${basePath}`];
      pathname = pathname.slice(basePath.length);
    }
    const candidates = candidatesFor(method, pathname);
    if (typeof candidates === 'string') return [candidates];
    const verdicts = candidates.map((candidate) => check(candidate, method, url, request));
    return verdicts.some((problems) => problems.length === 0) ? [] : verdicts.flat();
  };
}

interface OpenApiDocument {
  paths: Record<string, unknown>;
  components?: Record<string, unknown> & { schemas?: Record<string, unknown> };
}

function asDocument(spec: unknown): OpenApiDocument {
  const paths = (spec as { paths?: unknown } | null)?.paths;
  if (typeof paths !== 'object' || paths === null) {
    throw new Error('not an OpenAPI document: it has no paths');
  }
  return spec as OpenApiDocument;
}

/** One query value against its parameter schema; arrays arrive comma-separated or repeated. */
function valueProblem(schema: ParameterSchema, value: string): string | undefined {
  if (schema.type === 'array') {
    for (const part of value.split(',')) {
      const wrong = valueProblem(schema.items ?? {}, part);
      if (wrong !== undefined) return wrong;
    }
    return undefined;
  }
  if (schema.enum !== undefined && !schema.enum.map(String).includes(value)) {
    return `is not one of ${schema.enum.map(String).join(', ')}`;
  }
  if (schema.type === 'integer' && !/^-?\d+$/.test(value)) return 'is not an integer';
  if (schema.type === 'number' && !Number.isFinite(Number(value))) return 'is not a number';
  if (schema.type === 'boolean' && value !== 'true' && value !== 'false') {
    return 'is not true or false';
  }
  return undefined;
}

/**
 * An OpenAPI 3.0 schema as JSON Schema: `nullable` becomes a `null` type, annotations and `x-`
 * extensions go, `$ref`s point into the one document of component schemas.
 */
export function toJsonSchema(schema: unknown, close = true): unknown {
  if (Array.isArray(schema)) return schema.map((entry) => toJsonSchema(entry, close));
  if (typeof schema !== 'object' || schema === null) return schema;
  const source = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.replace('#/components/schemas/', `${SPEC_ID}#/definitions/`);
      continue;
    }
    out[key] = key === 'properties' ? mapValues(value, close) : toJsonSchema(value, close);
  }
  if (source.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  const composed = 'allOf' in source || 'anyOf' in source || 'oneOf' in source;
  if (close && 'properties' in source && !('additionalProperties' in source) && !composed) {
    out.additionalProperties = false;
  }
  return out;
}

function mapValues(value: unknown, close: boolean): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key, toJsonSchema(entry, close)]),
  );
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
