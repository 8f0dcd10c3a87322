// Relay-style connection pieces shared by every paginated list.
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

/** Builds edges and page info from rows fetched with `limit size + 1`. */
export function toConnection<R, N>(
  rows: R[],
  size: number,
  toNode: (row: R) => N,
  toCursor: (row: R) => string,
): { edges: { cursor: string; node: N }[]; pageInfo: PageInfo } {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: toCursor(row), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
