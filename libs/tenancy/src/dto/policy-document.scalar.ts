// A policy document travels as a JSON object; its shape is checked by the kind's schema, not by GraphQL.
import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('PolicyDocument must be a JSON object');
  }
  return value as Record<string, unknown>;
}

export const PolicyDocumentScalar = new GraphQLScalarType({
  name: 'PolicyDocument',
  description: 'A policy document as a JSON object; see the policy kind for its fields.',
  serialize: asObject,
  parseValue: asObject,
  parseLiteral: (ast, variables) => {
    if (ast.kind !== Kind.OBJECT) throw new TypeError('PolicyDocument must be a JSON object');
    return asObject(valueFromASTUntyped(ast, variables));
  },
});
