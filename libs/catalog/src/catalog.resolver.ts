// The catalog on /graphql: everyone browses active categories and services in their locale;
// operator admins change the catalog, operator agents read all of it.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { CatalogService } from './catalog.service.js';
import { CategoryService } from './category.service.js';
import { CreateCategoryInput, UpdateCategoryInput } from './dto/category.input.js';
import { CategoryConnection, CategoryOutput } from './dto/category.output.js';
import { CreateServiceInput, UpdateServiceInput } from './dto/service.input.js';
import { ServiceConnection, ServiceOutput } from './dto/service.output.js';
import type { ServiceView } from './catalog-rows.js';

const toService = (view: ServiceView) => view as unknown as ServiceOutput;
type Localized = Record<string, string | null | undefined>;

@Resolver()
export class CatalogResolver {
  constructor(
    private readonly categoryService: CategoryService,
    private readonly catalog: CatalogService,
  ) {}

  @Public()
  @Query(() => CategoryConnection, { description: 'Active categories, in order, named in your locale.' })
  categories(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<CategoryConnection> {
    return this.categoryService.list(ctx, { includeInactive: false, first, after });
  }

  @Public()
  @Query(() => ServiceConnection, { description: 'Active services of active categories, in order, with how they are priced.' })
  async services(
    @Ctx() ctx: RequestContext,
    @Args('categoryId', { type: () => ID, nullable: true }) categoryId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ServiceConnection> {
    const page = await this.catalog.list(ctx, { categoryId, includeArchived: false, first, after });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toService(edge.node) })) };
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => CategoryConnection, { description: 'Every category, inactive ones included.' })
  catalogCategories(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<CategoryConnection> {
    return this.categoryService.list(ctx, { includeInactive: true, first, after });
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => ServiceConnection, { description: 'Every service, archived ones and those of inactive categories included.' })
  async catalogServices(
    @Ctx() ctx: RequestContext,
    @Args('categoryId', { type: () => ID, nullable: true }) categoryId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ServiceConnection> {
    const page = await this.catalog.list(ctx, { categoryId, includeArchived: true, first, after });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toService(edge.node) })) };
  }

  @Roles('operator_admin')
  @Mutation(() => CategoryOutput, { description: "Adds a category, named in every one of the site's locales." })
  createCategory(@Ctx() ctx: RequestContext, @Args('input') input: CreateCategoryInput): Promise<CategoryOutput> {
    return this.categoryService.create(ctx, { ...input, names: input.names as Localized });
  }

  @Roles('operator_admin')
  @Mutation(() => CategoryOutput, { description: 'Renames, reorders, hides or shows a category.' })
  updateCategory(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCategoryInput,
  ): Promise<CategoryOutput> {
    return this.categoryService.update(ctx, { id, ...input, names: input.names as Localized | null | undefined });
  }

  @Roles('operator_admin')
  @Mutation(() => ServiceOutput, { description: 'Adds a service to a category.' })
  async createService(@Ctx() ctx: RequestContext, @Args('input') input: CreateServiceInput): Promise<ServiceOutput> {
    return toService(
      await this.catalog.create(ctx, {
        ...input,
        names: input.names as Localized,
        descriptions: input.descriptions as Localized | null | undefined,
      }),
    );
  }

  @Roles('operator_admin')
  @Mutation(() => ServiceOutput, { description: 'Changes a service; archived services cannot be changed.' })
  async updateService(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateServiceInput,
  ): Promise<ServiceOutput> {
    return toService(
      await this.catalog.update(ctx, {
        id,
        ...input,
        names: input.names as Localized | null | undefined,
        descriptions: input.descriptions as Localized | null | undefined,
      }),
    );
  }

  @Roles('operator_admin')
  @Mutation(() => ServiceOutput, { description: 'Hides a service from customers for good; it stays for the history of past work.' })
  async archiveService(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ServiceOutput> {
    return toService(await this.catalog.archive(ctx, { id }));
  }
}
