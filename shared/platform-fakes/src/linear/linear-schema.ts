// Linear's published schema as graphql-js objects, and the checks every incoming document passes.
import {
  buildSchema,
  type DocumentNode,
  extendSchema,
  type GraphQLSchema,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * The schema from its SDL; with `additions` (sdk-98-additions.graphql) extended by the fields
 * @linear/sdk 98's own generated operations select that the published snapshot lacks.
 */
export function buildLinearSchema(sdl: string, additions?: string): GraphQLSchema {
  const schema = buildSchema(sdl, { assumeValidSDL: true });
  return additions === undefined
    ? schema
    : extendSchema(schema, parse(additions), { assumeValidSDL: true });
}

/** `Type.field (reason)` for every deprecated field or enum value the document selects or sends. */
export function deprecatedUses(schema: GraphQLSchema, document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const uses: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (field?.deprecationReason != null && parent != null) {
          uses.push(`${parent.name}.${field.name} (${field.deprecationReason})`);
        }
      },
      Argument() {
        const argument = typeInfo.getArgument();
        if (argument?.deprecationReason != null) {
          uses.push(`argument ${argument.name} (${argument.deprecationReason})`);
        }
      },
      EnumValue() {
        const value = typeInfo.getEnumValue();
        if (value?.deprecationReason != null) {
          uses.push(`${value.name} (${value.deprecationReason})`);
        }
      },
    }),
  );
  return uses;
}

export interface DocumentCheck {
  document: DocumentNode | undefined;
  /** Parse and validation errors, then deprecated uses when those are refused. */
  problems: string[];
}

/** Parses and validates a document; deprecated fields are problems unless `allowDeprecated`. */
export function checkLinearDocument(
  schema: GraphQLSchema,
  text: string,
  options: { allowDeprecated?: boolean } = {},
): DocumentCheck {
  let document: DocumentNode;
  try {
    document = parse(text);
  } catch (error) {
    return {
      document: undefined,
      problems: [error instanceof Error ? error.message : 'unparsable'],
    };
  }
  const problems = validate(schema, document).map((error) => error.message);
  if (problems.length === 0 && options.allowDeprecated !== true) {
    for (const use of deprecatedUses(schema, document)) problems.push(`deprecated: ${use}`);
  }
  return { document, problems };
}
