import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PlatformSession, UserSession } from '../sessions/session.js';
import { TenantRoleValue } from './role.enums.js';

@ObjectType('Session', { description: 'A signed-in session: a short-lived access token and a single-use refresh token.' })
export class SessionOutput {
  @Field() accessToken!: string;
  @Field() accessTokenExpiresAt!: Date;
  @Field({ description: 'Single use: refreshSession returns its successor. Presenting a used one ends the session.' })
  refreshToken!: string;
  @Field() refreshTokenExpiresAt!: Date;
  @Field(() => ID) userId!: string;
  @Field(() => [TenantRoleValue]) roles!: TenantRoleValue[];
}

export function toSessionOutput(session: UserSession): SessionOutput {
  return {
    accessToken: session.accessToken,
    accessTokenExpiresAt: session.accessTokenExpiresAt,
    refreshToken: session.refreshToken,
    refreshTokenExpiresAt: session.refreshTokenExpiresAt,
    userId: session.userId,
    roles: session.roles as TenantRoleValue[],
  };
}

@ObjectType('PlatformSession')
export class PlatformSessionOutput {
  @Field() accessToken!: string;
  @Field() accessTokenExpiresAt!: Date;
  @Field() refreshToken!: string;
  @Field() refreshTokenExpiresAt!: Date;
  @Field(() => ID) adminId!: string;
}

export function toPlatformSessionOutput(session: PlatformSession): PlatformSessionOutput {
  return {
    accessToken: session.accessToken,
    accessTokenExpiresAt: session.accessTokenExpiresAt,
    refreshToken: session.refreshToken,
    refreshTokenExpiresAt: session.refreshTokenExpiresAt,
    adminId: session.adminId,
  };
}
