// Helpers on /graphql: helpers keep their own profile and skills; everyone sees approved helpers.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { HelperSkillInput, UpdateHelperProfileInput } from './dto/helper.input.js';
import { HelperProfileOutput, PublicHelperOutput } from './dto/helper.output.js';
import { HelperProfileService, type HelperProfileView, type PublicHelperView } from './helper-profile.service.js';

const toProfile = (view: HelperProfileView) => view as unknown as HelperProfileOutput;
const toPublic = (view: PublicHelperView) => view as unknown as PublicHelperOutput;

@Resolver()
export class HelpersResolver {
  constructor(private readonly profiles: HelperProfileService) {}

  @Roles('helper')
  @Query(() => HelperProfileOutput, { nullable: true, description: 'Your helper profile; null until you first save it.' })
  async myHelperProfile(@Ctx() ctx: RequestContext): Promise<HelperProfileOutput | null> {
    const view = await this.profiles.myProfile(ctx);
    return view ? toProfile(view) : null;
  }

  @Roles('helper')
  @Mutation(() => HelperProfileOutput, { description: 'Changes your profile; the first save starts your vetting.' })
  async updateMyHelperProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateHelperProfileInput): Promise<HelperProfileOutput> {
    return toProfile(await this.profiles.updateMyProfile(ctx, input));
  }

  @Roles('helper')
  @Mutation(() => HelperProfileOutput, { description: "Replaces the services you offer, each at your price within the site's bounds." })
  async setMySkills(@Ctx() ctx: RequestContext, @Args('skills', { type: () => [HelperSkillInput] }) skills: HelperSkillInput[]): Promise<HelperProfileOutput> {
    return toProfile(await this.profiles.setMySkills(ctx, { skills }));
  }

  @Public()
  @Query(() => PublicHelperOutput, { description: 'An approved helper; any other id is NOT_FOUND.' })
  async helper(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<PublicHelperOutput> {
    return toPublic(await this.profiles.publicHelper(ctx, { id }));
  }
}
