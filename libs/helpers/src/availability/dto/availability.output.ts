import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AvailabilityWindow', { description: 'Local wall-clock times, HH:MM.' })
export class AvailabilityWindowOutput {
  @Field() start!: string;
  @Field() end!: string;
}

@ObjectType('WeeklySlot')
export class WeeklySlotOutput extends AvailabilityWindowOutput {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' }) weekday!: number;
}

@ObjectType('AvailabilityException', { description: "A date's own windows replacing the weekly ones, or the whole day off." })
export class AvailabilityExceptionOutput {
  @Field({ description: 'Local date, YYYY-MM-DD.' }) date!: string;
  @Field() dayOff!: boolean;
  @Field(() => [AvailabilityWindowOutput]) windows!: AvailabilityWindowOutput[];
  @Field() note!: string;
}

@ObjectType('AvailableInterval', { description: 'A concrete stretch of time the helper is available.' })
export class AvailableIntervalOutput {
  @Field(() => Date) start!: Date;
  @Field(() => Date) end!: Date;
}

@ObjectType('MyAvailability')
export class MyAvailabilityOutput {
  @Field({ description: 'The IANA time zone the wall-clock times are read in.' }) timezone!: string;
  @Field(() => [WeeklySlotOutput]) weekly!: WeeklySlotOutput[];
  @Field(() => [AvailabilityExceptionOutput], { description: 'Exceptions of the asked range (after a change: from today on).' })
  exceptions!: AvailabilityExceptionOutput[];
  @Field(() => [AvailableIntervalOutput], { description: 'The asked range in UTC (empty after a change).' }) intervals!: AvailableIntervalOutput[];
}

@ObjectType('HelperAvailability')
export class HelperAvailabilityOutput {
  @Field(() => ID) helperId!: string;
  @Field() timezone!: string;
  @Field(() => [AvailableIntervalOutput]) intervals!: AvailableIntervalOutput[];
}
