// Miro's OpenAPI 3.0 spec (a copy in specs/miro, so a bare checkout can run it) as ajv validators of schemas and of requests.
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

const SPEC_ID = 'https://miro.example/openapi.json';

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
}

interface Operation {
  parameters?: (Parameter | { $ref: string })[];
}

interface Spec {
  paths: Record<
    string,
    Record<string, Operation> & { parameters?: (Parameter | { $ref: string })[] }
  >;
  components: { schemas: Record<string, unknown>; parameters?: Record<string, Parameter> };
}

export const miroSpec: Spec = JSON.parse(
  readFileSync(new URL('./specs/miro/openapi.json', import.meta.url), 'utf8'),
);

/** Keywords OpenAPI 3.0 adds to JSON Schema that only annotate: dropped before ajv sees them. */
const ANNOTATIONS = new Set(['example', 'xml', 'externalDocs', 'discriminator', 'deprecated']);

/**
 * An OpenAPI 3.0 schema object as JSON Schema: `nullable` becomes a `null` type, annotations
 * and `x-` extensions go. `oneOf` in WidgetDataOutput becomes `anyOf`: none of its branches is
 * closed and only TextData requires a field, so any real item data matches several branches and
 * a strict `oneOf` would reject every item Miro returns; each item's data is checked exactly
 * against its own type's schema instead (see `itemValidator`).
 */
export function toJsonSchema(schema: unknown, name?: string): unknown {
  if (Array.isArray(schema)) return schema.map((entry) => toJsonSchema(entry));
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.replace('#/components/schemas/', '#/definitions/');
      continue;
    }
    out[key] = key === 'properties' ? mapValues(value) : toJsonSchema(value);
  }
  if ((schema as { nullable?: boolean }).nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  if (name === 'WidgetDataOutput' && Array.isArray(out.oneOf)) {
    out.anyOf = out.oneOf;
    delete out.oneOf;
  }
  return out;
}

function mapValues(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key, toJsonSchema(entry, key)]),
  );
}

function createAjv(): Ajv {
  // strictTypes off: OpenAPI puts numeric bounds on string-typed style numbers ("fontSize": "24").
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
  const digits = /^-?\d+$/;
  ajv.addFormat('int64', { type: 'string', validate: (value: string) => digits.test(value) });
  ajv.addFormat('int32', { type: 'string', validate: (value: string) => digits.test(value) });
  ajv.addFormat('double', { type: 'number', validate: (value: number) => Number.isFinite(value) });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:/i);
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('binary', true);
  // One document holding every component schema, so that their `$ref`s resolve inside it.
  ajv.addSchema({ $id: SPEC_ID, definitions: mapValues(miroSpec.components.schemas) });
  return ajv;
}

const ajv = createAjv();

/** The validator of one component schema, e.g. `StickyNoteItem`. */
export function componentValidator(name: string): ValidateFunction {
  const validate = ajv.getSchema(`${SPEC_ID}#/definitions/${name}`);
  if (validate === undefined) throw new Error(`no schema ${name} in the Miro spec`);
  return validate;
}

const ITEM_SCHEMAS: Record<string, string> = {
  sticky_note: 'StickyNoteItem',
  shape: 'ShapeItem',
  text: 'TextItem',
  frame: 'FrameItem',
  card: 'CardItem',
  app_card: 'AppCardItem',
  image: 'ImageItem',
  document: 'DocumentItem',
  embed: 'EmbedItem',
};

/** The type-specific item schema an item of this `type` must match (GenericItem otherwise). */
export function itemValidator(type: string): ValidateFunction {
  return componentValidator(ITEM_SCHEMAS[type] ?? 'GenericItem');
}

/** Problems as `path: message` lines, empty when valid. */
export function problems(validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '(root)'} ${error.message ?? ''}`,
  );
}

function resolveParameter(parameter: Parameter | { $ref: string }): Parameter {
  if (!('$ref' in parameter)) return parameter;
  const name = parameter.$ref.replace('#/components/parameters/', '');
  const found = miroSpec.components.parameters?.[name];
  if (found === undefined) throw new Error(`unresolved parameter ${parameter.$ref}`);
  return found;
}

/**
 * What is wrong with a request against the spec: no matching path and method, a query parameter
 * the operation does not declare, a value outside its schema (OpenAPI writes `limit` as a string
 * with numeric bounds, so bounds are checked on the number), a required parameter missing.
 */
export function requestProblems(method: string, url: URL): string[] {
  const segments = url.pathname.split('/').slice(1).map(decodeURIComponent);
  const candidates = Object.entries(miroSpec.paths).flatMap(([template, item]) => {
    const parts = template.split('/').slice(1);
    if (parts.length !== segments.length) return [];
    const pathParams: Record<string, string> = {};
    for (const [index, part] of parts.entries()) {
      const segment = segments[index] ?? '';
      const param = /^\{(.+)\}$/.exec(part)?.[1];
      if (param !== undefined) pathParams[param] = segment;
      else if (part !== segment) return [];
    }
    const operation = item[method.toLowerCase()];
    return operation === undefined ? [] : [{ template, item, operation, pathParams }];
  });
  if (candidates.length === 0) return [`${method} ${url.pathname} is not in the spec`];
  // Several templates can match one path (`{board_id}`, `{board_id_PlatformTags}`): one must accept.
  const verdicts = candidates.map(({ template, item, operation, pathParams }) => {
    const declared = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(
      resolveParameter,
    );
    const found: string[] = [];
    for (const [name, value] of url.searchParams) {
      const parameter = declared.find((entry) => entry.in === 'query' && entry.name === name);
      if (parameter === undefined) {
        found.push(`${template}: query parameter ${name} is not declared`);
        continue;
      }
      found.push(...valueProblems(template, parameter, value));
    }
    for (const parameter of declared.filter((entry) => entry.required)) {
      const present =
        parameter.in === 'path'
          ? (pathParams[parameter.name] ?? '') !== ''
          : parameter.in === 'query'
            ? url.searchParams.has(parameter.name)
            : true;
      if (!present)
        found.push(`${template}: required ${parameter.in} parameter ${parameter.name} is missing`);
    }
    return found;
  });
  return verdicts.some((found) => found.length === 0) ? [] : verdicts.flat();
}

function valueProblems(template: string, parameter: Parameter, value: string): string[] {
  const schema = (parameter.schema ?? {}) as { type?: string; minimum?: number; maximum?: number };
  const found = problems(ajv.compile(toJsonSchema(schema) as object), value).map(
    (problem) => `${template}: ${parameter.name}=${value}: ${problem}`,
  );
  const number = Number(value);
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    if (value.trim() === '' || !Number.isFinite(number)) {
      found.push(`${template}: ${parameter.name}=${value} is not a number`);
    } else if (schema.minimum !== undefined && number < schema.minimum) {
      found.push(`${template}: ${parameter.name}=${value} is below ${schema.minimum}`);
    } else if (schema.maximum !== undefined && number > schema.maximum) {
      found.push(`${template}: ${parameter.name}=${value} is above ${schema.maximum}`);
    }
  }
  return found;
}
