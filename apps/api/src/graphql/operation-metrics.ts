import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '@quartier/platform';

export function operationMetricsPlugin(metrics: Metrics, endpoint: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, errors }) {
          metrics.graphqlOperations.inc({
            endpoint,
            operation: operationName ?? 'anonymous',
            outcome: errors?.length ? 'error' : 'ok',
          });
        },
      };
    },
  };
}
