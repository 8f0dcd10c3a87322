// Operator team invitations on a tenant's site. Failures follow the identity API's convention of
// coded errors (see users/auth.resolver.ts).
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@quartier/platform';
import { Public, Roles } from '../auth/auth.decorators.js';
import { ClientIp, Ctx } from '../auth/ctx.decorator.js';
import { type InvitationStatusValue, OperatorRoleValue } from '../dto/role.enums.js';
import { OperatorInvitationConnection, OperatorInvitationOutput } from '../dto/operator-invitation.output.js';
import { SessionOutput, toSessionOutput } from '../dto/session.output.js';
import { type OperatorInvitation, OperatorInvitationsService } from './operator-invitations.service.js';

function toOutput(invitation: OperatorInvitation): OperatorInvitationOutput {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role as OperatorRoleValue,
    status: invitation.status as InvitationStatusValue,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    acceptedAt: invitation.acceptedAt,
  };
}

@Resolver()
export class OperatorInvitationsResolver {
  constructor(private readonly invitations: OperatorInvitationsService) {}

  @Roles('operator_admin')
  @Mutation(() => OperatorInvitationOutput, { description: 'Emails an invitation to join the operator team; earlier pending ones for the same email and role stop working.' })
  async inviteOperator(
    @Ctx() ctx: RequestContext,
    @Args('email') email: string,
    @Args('role', { type: () => OperatorRoleValue }) role: OperatorRoleValue,
  ): Promise<OperatorInvitationOutput> {
    return toOutput(await this.invitations.invite(ctx, { email, role }));
  }

  @Public()
  @Mutation(() => SessionOutput, {
    description:
      'Accepts an invitation and signs in. For an existing account of that email, give its current password. ' +
      'A new account takes displayName, or the name the invitation carries when none is given.',
  })
  async acceptOperatorInvitation(
    @Ctx() ctx: RequestContext,
    @ClientIp() ip: string,
    @Args('token') token: string,
    @Args('password') password: string,
    @Args('displayName', { type: () => String, nullable: true }) displayName?: string | null,
  ): Promise<SessionOutput> {
    return toSessionOutput(await this.invitations.accept(ctx, { token, displayName, password, ip }));
  }

  @Roles('operator_admin')
  @Query(() => OperatorInvitationConnection, { description: 'Invitations of this site, newest first.' })
  async operatorInvitations(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<OperatorInvitationConnection> {
    const page = await this.invitations.list(ctx, { first, after });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toOutput(edge.node) })) };
  }
}
