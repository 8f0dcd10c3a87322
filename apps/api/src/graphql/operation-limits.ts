// Limits checked before any resolver runs: depth and aliases during validation, cost once the variables
// are known. Both transports apply them: Apollo over HTTP, graphql-ws (live-subscriptions.ts) over WebSocket.
import {
  type DocumentNode,
  getNamedType,
  GraphQLError,
  isLeafType,
  type ASTVisitor,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
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
 * What an operation costs, once its variables are known: a list field costs `first` times its
 * selection, an object field 1 plus its selection, a scalar 0. A full page of 100 rows is fine,
 * fanning lists out (aliases, nesting) is not.
 */
export function operationCost(input: { schema: GraphQLSchema; document: DocumentNode; variables?: Record<string, unknown>; operationName?: string | null }): number {
  return getComplexity({
    schema: input.schema,
    query: input.document,
    variables: input.variables ?? {},
    operationName: input.operationName ?? undefined,
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
}

/** QUERY_TOO_COMPLEX when an operation costs more than the limit; null when it fits. */
export function costError(cost: number, limits: OperationLimits): GraphQLError | null {
  return cost > limits.maxComplexity ? tooComplex(`Query cost ${cost} exceeds the limit of ${limits.maxComplexity}`) : null;
}

/** Cost is checked once the operation and its variables are known, still before execution. */
export function complexityPlugin(limits: OperationLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const error = costError(operationCost({ schema, document, variables: request.variables, operationName: request.operationName }), limits);
          if (error) throw error;
        },
      };
    },
  };
}
