import { Field, InputType, Int } from '@nestjs/graphql';

@InputType('AvailabilityWindowInput', { description: 'Local wall-clock times in the site time zone, HH:MM; end 24:00 is midnight.' })
export class AvailabilityWindowInput {
  @Field() start!: string;
  @Field() end!: string;
}

@InputType('WeeklySlotInput')
export class WeeklySlotInput extends AvailabilityWindowInput {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' }) weekday!: number;
}
