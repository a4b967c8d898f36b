import { describe, expect, it } from 'vitest';
import { createOpenApiRequestChecker } from './openapi-request-check';

const spec = {
  openapi: '3.0.1',
  paths: {
    '/things/{thingId}': {
      parameters: [{ name: 'thingId', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        parameters: [
          { $ref: '#/components/parameters/Expand' },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
          { name: 'ids', in: 'query', schema: { type: 'array', items: { type: 'integer' } } },
        ],
      },
      put: { requestBody: { $ref: '#/components/requestBodies/Thing' } },
    },
    '/things/bulk': {
      post: {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'array', items: { $ref: '#/components/schemas/Thing' } },
            },
          },
        },
      },
    },
  },
  components: {
    parameters: {
      Expand: {
        name: 'expand',
        in: 'query',
        schema: { type: 'string', enum: ['names', 'schema'] },
      },
    },
    requestBodies: {
      Thing: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
      },
    },
    schemas: {
      Thing: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', example: 'x' },
          note: { type: 'string', nullable: true },
          tags: { type: 'object', additionalProperties: { type: 'string' } },
          owner: { $ref: '#/components/schemas/Owner' },
        },
      },
      Owner: { type: 'object', properties: { id: { type: 'string', readOnly: true } } },
    },
  },
};
const check = createOpenApiRequestChecker(spec, { basePath: '/api' });
const url = (path: string) => `https://host.test/api${path}`;

describe('the OpenAPI request checker', () => {
  it.each([
    ['GET', '/things/a?expand=names&limit=5&ids=1,2&ids=3', undefined],
    ['PUT', '/things/a', { name: 'n', note: null, tags: { a: 'b' }, owner: { id: 'o' } }],
    ['POST', '/things/bulk', [{ name: 'n' }]],
  ])('accepts %s %s', (method, path, body) => {
    expect(check({ method, url: url(path), body })).toEqual([]);
  });

  it.each([
    ['GET', '/things/a?expand=all', undefined, /expand=all is not one of names, schema/],
    ['GET', '/things/a?limit=ten', undefined, /limit=ten is not an integer/],
    ['GET', '/things/a?ids=1,x', undefined, /ids=1,x is not an integer/],
    ['GET', '/things/a?colour=red', undefined, /query parameter "colour" is not declared/],
    ['GET', '/things/a', { name: 'n' }, /takes no request body/],
    ['PUT', '/things/a', undefined, /the request body is missing/],
    ['PUT', '/things/a', { note: 'x' }, /body must have required property 'name'/],
    [
      'PUT',
      '/things/a',
      { name: 'n', colour: 'red' },
      /body must NOT have additional properties \("colour"\)/,
    ],
    [
      'PUT',
      '/things/a',
      { name: 'n', owner: { id: 'o', extra: 1 } },
      /body\/owner must NOT have additional properties/,
    ],
    ['PUT', '/things/a', { name: 'n', tags: { a: 1 } }, /body\/tags\/a must be string/],
    ['DELETE', '/things/a', undefined, /DELETE is not an operation of \/things\/a/],
    ['GET', '/nothing', undefined, /GET \/nothing is not a path in the spec/],
  ])('refuses %s %s %j', (method, path, body, problem) => {
    expect(check({ method, url: url(path), body })).toEqual(
      expect.arrayContaining([expect.stringMatching(problem)]),
    );
  });

  it('prefers a literal segment over a parameter, and refuses paths outside the base path', () => {
    // `/things/bulk` is the bulk operation, not a thing called "bulk": GET is not defined there.
    expect(check({ method: 'GET', url: url('/things/bulk') })).toEqual([
      expect.stringMatching(/GET is not an operation of \/things\/bulk/),
    ]);
    expect(check({ method: 'GET', url: 'https://host.test/other/things/a' })).toEqual([
      '/other/things/a is outside /api',
    ]);
  });

  it('refuses something that is not an OpenAPI document', () => {
    expect(() => createOpenApiRequestChecker({})).toThrow(/no paths/);
  });
});
