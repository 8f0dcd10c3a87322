import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';
import { LocalizedTextOutput } from './localized-text.dto.js';

@ObjectType('Category')
export class CategoryOutput {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field({ description: "The name in the reader's locale, else the site's default locale." }) name!: string;
  @Field(() => LocalizedTextOutput) names!: LocalizedTextOutput;
  @Field(() => Int) position!: number;
  @Field() active!: boolean;
}

@ObjectType('CategoryEdge')
export class CategoryEdge {
  @Field() cursor!: string;
  @Field(() => CategoryOutput) node!: CategoryOutput;
}

@ObjectType('CategoryConnection')
export class CategoryConnection {
  @Field(() => [CategoryEdge]) edges!: CategoryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
