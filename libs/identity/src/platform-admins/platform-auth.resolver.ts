// Sign-in and sessions of platform admins (/platform/graphql). Failures are coded errors, as on
// the tenant API (see users/auth.resolver.ts).
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type RequestContext, UnauthenticatedError } from '@quartier/platform';
import { PlatformAdminOnly, Public } from '../auth/auth.decorators.js';
import { ClientIp, Ctx, SessionId } from '../auth/ctx.decorator.js';
import { PlatformSessionOutput, toPlatformSessionOutput } from '../dto/session.output.js';
import { PlatformViewerOutput } from '../dto/viewer.output.js';
import { PlatformAdminsService } from './platform-admins.service.js';

@Resolver()
export class PlatformAuthResolver {
  constructor(private readonly admins: PlatformAdminsService) {}

  @Public()
  @Mutation(() => PlatformSessionOutput, { description: 'Signs a platform admin in. Rate-limited per account and IP.' })
  async platformLogIn(
    @ClientIp() ip: string,
    @Args('email') email: string,
    @Args('password') password: string,
  ): Promise<PlatformSessionOutput> {
    return toPlatformSessionOutput(await this.admins.logIn({ email, password, ip }));
  }

  @Public()
  @Mutation(() => PlatformSessionOutput, { description: 'Exchanges a refresh token for a new session pair; the old one is spent.' })
  async platformRefreshSession(@Args('refreshToken') refreshToken: string): Promise<PlatformSessionOutput> {
    return toPlatformSessionOutput(await this.admins.refresh({ refreshToken }));
  }

  @PlatformAdminOnly()
  @Mutation(() => Boolean, { description: 'Ends this session at once.' })
  async platformLogOut(@Ctx() ctx: RequestContext, @SessionId() sessionId: string | null): Promise<boolean> {
    if (!sessionId) throw new UnauthenticatedError();
    await this.admins.logOut(ctx, { sessionId });
    return true;
  }

  @PlatformAdminOnly()
  @Query(() => PlatformViewerOutput, { description: 'The signed-in platform admin.' })
  platformViewer(@Ctx() ctx: RequestContext): Promise<PlatformViewerOutput> {
    return this.admins.viewer(ctx);
  }
}
