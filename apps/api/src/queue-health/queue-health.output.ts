import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('QueueHealth', { description: "One job queue's counts by state, as BullMQ keeps them now." })
export class QueueHealthOutput {
  @Field() name!: string;
  @Field(() => Int, { description: 'Ready to run, including prioritized jobs.' }) waiting!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int, { description: 'Waiting for a retry backoff or a timer.' }) delayed!: number;
  @Field(() => Int, { description: 'Failed for good and still retained; copies sit in the dead-letter queue.' }) failed!: number;
  @Field(() => Int, { description: 'Finished and still retained (retention is capped).' }) completed!: number;
  @Field() paused!: boolean;
}
