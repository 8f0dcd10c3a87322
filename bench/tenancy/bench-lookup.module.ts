// The three lookups the tenancy benchmark compares, served on /graphql of the real API. Only the
// benchmark mounts this module (createApiApp's extraTenantModules); production never does.
import { Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public } from '@quartier/identity';
import { APP_CONFIG, type AppConfig, type RequestContext, TenantDatabase } from '@quartier/platform';
import pg from 'pg';

@ObjectType()
export class BenchItem {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) priceMinor!: number;
}

/** A plain pool as the application role: the baseline with no transaction and no RLS. */
export class PlainPool extends pg.Pool {}

@Injectable()
export class BenchLookupService {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(PlainPool) private readonly plain: PlainPool,
  ) {}

  /** (a) and (c): the production path — tenant transaction, set_config, RLS-protected table. */
  async findScoped(ctx: RequestContext, input: { id: string }): Promise<BenchItem | null> {
    return this.db.run(ctx, async (tx) => {
      const [row] = await tx.query<BenchItem>(
        `select id, name, price_minor as "priceMinor" from bench_items where id = $1`,
        [input.id],
      );
      return row ?? null;
    });
  }

  /** (b): the same row from an identical table without RLS, scoped by an explicit WHERE. */
  async findPlain(ctx: RequestContext, input: { id: string }): Promise<BenchItem | null> {
    const { rows } = await this.plain.query<BenchItem>(
      `select id, name, price_minor as "priceMinor" from bench_items_plain where tenant_id = $1 and id = $2`,
      [ctx.requireTenantId(), input.id],
    );
    return rows[0] ?? null;
  }
}

@Resolver(() => BenchItem)
export class BenchLookupResolver {
  constructor(private readonly lookups: BenchLookupService) {}

  @Public()
  @Query(() => BenchItem, { nullable: true })
  benchItem(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<BenchItem | null> {
    return this.lookups.findScoped(ctx, { id });
  }

  @Public()
  @Query(() => BenchItem, { nullable: true })
  benchItemPlain(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<BenchItem | null> {
    return this.lookups.findPlain(ctx, { id });
  }
}

@Module({
  providers: [
    {
      provide: PlainPool,
      inject: [APP_CONFIG],
      // Same role, pool size and timeouts as the application's TypeORM pool.
      useFactory: (config: AppConfig) =>
        new PlainPool({
          connectionString: config.DATABASE_APP_URL,
          max: config.DATABASE_POOL_SIZE,
          application_name: 'quartier-bench-plain',
          statement_timeout: 15_000,
        }),
    },
    BenchLookupService,
    BenchLookupResolver,
  ],
})
export class BenchLookupModule implements OnApplicationShutdown {
  constructor(@Inject(PlainPool) private readonly plain: PlainPool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.plain.end();
  }
}
