// An estimate of a document's complexity by Linear's documented rules, to keep each query under the
// limit Linear enforces per request (10,000 points).
//
// Linear's API docs ("Rate limiting", query complexity): "Each property is 0.1 point. Each object is
// 1 point. Connections multiply their children's points by the pagination argument (`first` or
// `last`), or by the default of 50 when none is given. The points are then summed."
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The most points Linear accepts for one query. */
export const LINEAR_COMPLEXITY_LIMIT = 10_000;
/** What a connection without `first`/`last` is counted as. */
export const DEFAULT_CONNECTION_SIZE = 50;

const PROPERTY_POINTS = 0.1;
const OBJECT_POINTS = 1;

/**
 * The points of the named operation (else the first one). Variables give `first: $first` its
 * value; a variable not given counts as its default in the document, else as 50.
 */
export function estimateComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> = {},
  operationName?: string,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation =
    operations.find((candidate) => candidate.name?.value === operationName) ?? operations[0];
  if (operation === undefined) return 0;
  const root = schema.getRootType(operation.operation);
  if (root === undefined || root === null) return 0;

  const pageSize = (field: FieldNode): number => {
    const argument = field.arguments?.find(
      (a) => a.name.value === 'first' || a.name.value === 'last',
    );
    if (argument === undefined) return DEFAULT_CONNECTION_SIZE;
    if (argument.value.kind === Kind.INT) return Number(argument.value.value);
    if (argument.value.kind === Kind.VARIABLE) {
      const name = argument.value.name.value;
      const given = variables[name];
      if (typeof given === 'number') return given;
      const declared = operation.variableDefinitions?.find((v) => v.variable.name.value === name);
      return declared?.defaultValue?.kind === Kind.INT
        ? Number(declared.defaultValue.value)
        : DEFAULT_CONNECTION_SIZE;
    }
    return DEFAULT_CONNECTION_SIZE;
  };

  const points = (selectionSet: SelectionSetNode, type: GraphQLNamedType): number => {
    let sum = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
        const definition = fields[selection.name.value];
        if (definition === undefined || selection.selectionSet === undefined) {
          sum += PROPERTY_POINTS;
          continue;
        }
        const named = getNamedType(definition.type);
        if (isLeafType(named)) {
          sum += PROPERTY_POINTS;
          continue;
        }
        const children = points(selection.selectionSet, named);
        const times = named.name.endsWith('Connection') ? pageSize(selection) : 1;
        sum += OBJECT_POINTS + children * times;
      } else {
        const fragment =
          selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (fragment === undefined) continue;
        const condition = fragment.typeCondition?.name.value;
        const on = condition === undefined ? type : (schema.getType(condition) ?? type);
        sum += points(fragment.selectionSet, on);
      }
    }
    return sum;
  };

  return Math.round(points(operation.selectionSet, root) * 10) / 10;
}
