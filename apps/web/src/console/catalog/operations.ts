// The catalog page's GraphQL operations; `npm run web:codegen` types them from apps/api/schema.gql.
import { graphql } from '../../graphql/generated/gql';

export const CatalogEditorQuery = graphql(`
  query CatalogEditor {
    catalogCategories(first: 100) {
      edges {
        node {
          ...CatalogCategoryFields
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    tenantPolicy(kind: PRICING) {
      version
      document
    }
  }
`);

// Apart from the categories: together they would pass the API's cost limit for one operation.
export const CatalogServicesQuery = graphql(`
  query CatalogServices {
    catalogServices(first: 100) {
      edges {
        node {
          ...CatalogServiceFields
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const CatalogCategoryFields = graphql(`
  fragment CatalogCategoryFields on Category {
    id
    slug
    name
    names {
      de
      fr
      it
      en
    }
    position
    active
  }
`);

export const CatalogServiceFields = graphql(`
  fragment CatalogServiceFields on Service {
    id
    categoryId
    slug
    name
    names {
      de
      fr
      it
      en
    }
    descriptions {
      de
      fr
      it
      en
    }
    pricingMode
    remoteHelp
    estimatedDurationMinutes
    position
    active
    archivedAt
    price {
      currency
      mode
      fixedPriceMinor
      hourlyRateMinMinor
      hourlyRateMaxMinor
    }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation CatalogCreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation CatalogUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
    updateCategory(id: $id, input: $input) {
      id
    }
  }
`);

export const CreateServiceMutation = graphql(`
  mutation CatalogCreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      id
      name
    }
  }
`);

export const UpdateServiceMutation = graphql(`
  mutation CatalogUpdateService($id: ID!, $input: UpdateServiceInput!) {
    updateService(id: $id, input: $input) {
      id
      name
    }
  }
`);

export const ArchiveServiceMutation = graphql(`
  mutation CatalogArchiveService($id: ID!) {
    archiveService(id: $id) {
      id
      name
    }
  }
`);
