// The signed-in user's contact phone on /graphql. A bad number is BAD_USER_INPUT on `phone`.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@quartier/platform';
import { Roles } from '../auth/auth.decorators.js';
import { Ctx } from '../auth/ctx.decorator.js';
import type { TenantRoleValue } from '../dto/role.enums.js';
import { ViewerOutput } from '../dto/viewer.output.js';
import { UserContactService } from './user-contact.service.js';

@Resolver()
export class MyContactResolver {
  constructor(private readonly contacts: UserContactService) {}

  @Roles('customer', 'helper', 'operator_admin', 'operator_agent')
  @Mutation(() => ViewerOutput, {
    description: "Sets your contact phone (any usual format; stored in international form) or clears it with null. It is shown to the other side of a booking once it is confirmed.",
  })
  async updateMyContact(@Ctx() ctx: RequestContext, @Args('phone', { type: () => String, nullable: true }) phone?: string | null): Promise<ViewerOutput> {
    const account = await this.contacts.updateMyContact(ctx, { phone: phone ?? null });
    return { ...account, roles: account.roles as TenantRoleValue[] };
  }
}
