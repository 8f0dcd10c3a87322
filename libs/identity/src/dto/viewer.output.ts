import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TenantRoleValue } from './role.enums.js';

@ObjectType('Viewer', { description: 'The signed-in user of this site.' })
export class ViewerOutput {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field() locale!: string;
  @Field(() => [TenantRoleValue]) roles!: TenantRoleValue[];
  @Field(() => String, { nullable: true, description: 'Your contact phone in international form (E.164).' }) phone!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('PlatformViewer', { description: 'The signed-in platform admin.' })
export class PlatformViewerOutput {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field() createdAt!: Date;
}
