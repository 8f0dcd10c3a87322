// Queue `rewards`: points earned from outbox events, under a system context of the event's tenant
// (the platform rewards, whoever's action set it off); idempotent by the ledger's business keys.
import { Inject, Injectable } from '@nestjs/common';
import { type JobHandlers, type QueueProcessor, RequestContext } from '@quartier/platform';
import { type RewardJob, rewardsQueue, RewardsService } from '@quartier/rewards';

@Injectable()
export class RewardsProcessor implements QueueProcessor<RewardJob> {
  readonly queue = rewardsQueue;

  readonly handlers: JobHandlers<RewardJob> = {
    'rewards.earn': (data) => this.rewards.earnFromEvent(RequestContext.system(data.tenantId, 'rewards', data.context?.requestId), { eventId: data.eventId }),
  };

  constructor(@Inject(RewardsService) private readonly rewards: RewardsService) {}
}
