import { Field, InputType } from '@nestjs/graphql';

@InputType('SearchWindowInput', { description: 'An ISO 8601 time range within the next 14 days; only helpers free for the whole service inside it are returned.' })
export class SearchWindowInput {
  @Field() from!: string;
  @Field() to!: string;
}
