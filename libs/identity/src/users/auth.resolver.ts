// Sign-up, sign-in and sessions on a tenant's site (/graphql).
//
// Expected failures are errors with a stable `extensions.code`, not union results, across the
// whole identity API: a client branches on the code the same way for every operation here.
//   BAD_USER_INPUT (+ `field`)   invalid email, password, name, locale or role
//   CONFLICT (+ `reason`)        EMAIL_TAKEN, ALREADY_OPERATOR, INVITATION_USED|EXPIRED|REVOKED
//   NOT_FOUND                    unknown invitation token
//   INVALID_CREDENTIALS          wrong email or password (never says which)
//   RATE_LIMITED (+ `retryAfterSeconds`)
//   TOKEN_REUSED                 a used refresh token came back; its whole session was ended
//   UNAUTHENTICATED              expired/revoked refresh token, or no valid access token
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@quartier/platform';
import { Public, Roles } from '../auth/auth.decorators.js';
import { ClientIp, Ctx } from '../auth/ctx.decorator.js';
import { SignUpRoleValue, type TenantRoleValue } from '../dto/role.enums.js';
import { SessionOutput, toSessionOutput } from '../dto/session.output.js';
import { ViewerOutput } from '../dto/viewer.output.js';
import { UserSessionsService } from '../sessions/user-sessions.service.js';
import { UserAccountsService } from './user-accounts.service.js';

const ANY_ROLE = ['customer', 'helper', 'operator_admin', 'operator_agent'] as const;

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: UserAccountsService,
    private readonly sessions: UserSessionsService,
  ) {}

  @Public()
  @Mutation(() => SessionOutput, { description: 'Creates an account (customer, or helper applicant) and signs it in.' })
  async signUp(
    @Ctx() ctx: RequestContext,
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('displayName') displayName: string,
    @Args('role', { type: () => SignUpRoleValue, defaultValue: SignUpRoleValue.CUSTOMER }) role: SignUpRoleValue,
    @Args('locale', { type: () => String, nullable: true }) locale?: string | null,
  ): Promise<SessionOutput> {
    const session = await this.accounts.signUp(ctx, { email, password, displayName, role, locale: locale ?? undefined });
    return toSessionOutput(session);
  }

  @Public()
  @Mutation(() => SessionOutput, { description: 'Signs in with email and password. Rate-limited per account, IP and site.' })
  async logIn(
    @Ctx() ctx: RequestContext,
    @ClientIp() ip: string,
    @Args('email') email: string,
    @Args('password') password: string,
  ): Promise<SessionOutput> {
    return toSessionOutput(await this.accounts.logIn(ctx, { email, password, ip }));
  }

  @Public()
  @Mutation(() => SessionOutput, { description: 'Exchanges a refresh token for a new session pair; the old refresh token is spent.' })
  async refreshSession(@Ctx() ctx: RequestContext, @Args('refreshToken') refreshToken: string): Promise<SessionOutput> {
    return toSessionOutput(await this.sessions.refresh(ctx, { refreshToken }));
  }

  @Roles(...ANY_ROLE)
  @Mutation(() => Boolean, { description: 'Ends this session: its refresh token and access token stop working at once.' })
  async logOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.sessions.end(ctx);
    return true;
  }

  @Roles(...ANY_ROLE)
  @Query(() => ViewerOutput, { description: 'The signed-in user.' })
  async viewer(@Ctx() ctx: RequestContext): Promise<ViewerOutput> {
    const account = await this.accounts.viewer(ctx);
    return { ...account, roles: account.roles as TenantRoleValue[] };
  }
}
