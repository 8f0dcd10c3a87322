// Helpers on /graphql: customers apply as helpers with their account; helpers keep their own profile
// and skills; everyone sees approved helpers.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { BecomeHelperInput, HelperSkillInput, UpdateHelperProfileInput } from './dto/helper.input.js';
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

  @Roles('customer')
  @Mutation(() => HelperProfileOutput, {
    description:
      'Makes your customer account a helper applicant too: adds the helper role and starts your vetting. Already a helper: your profile as it is. Refresh your session (refreshSession) for an access token with the helper role.',
  })
  async becomeHelper(
    @Ctx() ctx: RequestContext,
    @Args('input', { type: () => BecomeHelperInput, nullable: true }) input?: BecomeHelperInput | null,
  ): Promise<HelperProfileOutput> {
    return toProfile(await this.profiles.becomeHelper(ctx, { displayName: input?.displayName }));
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
