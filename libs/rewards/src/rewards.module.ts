import { Module } from '@nestjs/common';
import { TenancyModule } from '@quartier/tenancy';
import { RedemptionService } from './redemption.service.js';
import { RewardsResolver } from './rewards.resolver.js';
import { RewardsService } from './rewards.service.js';

const services = [RewardsService, RedemptionService];

/** Services of the rewards domain, for apps (the worker's earning) and other domain modules. */
@Module({ imports: [TenancyModule], providers: [...services], exports: services })
export class RewardsModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [RewardsModule], providers: [RewardsResolver] })
export class RewardsTenantApiModule {}
