// Limits checked during validation, before any resolver runs: depth, aliases, and cost.
import {
  getNamedType,
  GraphQLError,
  isLeafType,
  type ASTVisitor,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxComplexity: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 10, maxAliases: 30, maxComplexity: 1_000 };

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
}

function measure(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  depth: number,
  seen: Set<string>,
): { depth: number; aliases: number } {
  let maxDepth = depth;
  let aliases = 0;
  for (const selection of selectionSet.selections) {
    let inner: { depth: number; aliases: number } | null = null;
    if (selection.kind === Kind.FIELD) {
      const field = selection as FieldNode;
      if (field.alias) aliases += 1;
      if (field.selectionSet) inner = measure(field.selectionSet, fragments, depth + 1, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, depth, seen);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (fragment && !seen.has(name)) {
        inner = measure(fragment.selectionSet, fragments, depth, new Set([...seen, name]));
      }
    }
    if (inner) {
      maxDepth = Math.max(maxDepth, inner.depth);
      aliases += inner.aliases;
    }
  }
  return { depth: maxDepth, aliases };
}

export function depthAndAliasRule(limits: OperationLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const { depth, aliases } = measure(operation.selectionSet, fragments, 1, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(tooComplex(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}`));
        }
        if (aliases > limits.maxAliases) {
          context.reportError(tooComplex(`Query uses ${aliases} aliases; the limit is ${limits.maxAliases}`));
        }
      },
    };
  };
}

/**
 * Cost is checked once the operation and its variables are known, still before execution.
 * A list field costs `first` times its selection, an object field 1 plus its selection, a scalar 0:
 * a full page of 100 rows is fine, fanning lists out (aliases, nesting) is not.
 */
export function complexityPlugin(limits: OperationLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [
              fieldExtensionsEstimator(),
              (options) => {
                const first = options.args?.first;
                return typeof first === 'number' ? 1 + first * options.childComplexity : undefined;
              },
              // Scalars come with the row already loaded; what costs is objects and list fan-out.
              (options) => (isLeafType(getNamedType(options.field.type)) ? 0 : undefined),
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (cost > limits.maxComplexity) {
            throw tooComplex(`Query cost ${cost} exceeds the limit of ${limits.maxComplexity}`);
          }
        },
      };
    },
  };
}
