export * from './auth/token-claims.js';
export * from './auth/auth.decorators.js';
export { AccessTokenService } from './auth/access-token.service.js';
export { GqlAuthGuard } from './auth/gql-auth.guard.js';
export type { AuthTarget } from './auth/jwt.strategy.js';
export { AuthModule } from './auth/auth.module.js';
export { Ctx, contextFromRequest, type GraphqlRequest } from './auth/ctx.decorator.js';
