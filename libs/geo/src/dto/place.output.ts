import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';

@ObjectType('Place', { description: 'A named place within a postal code, as imported from a GeoNames postal code file.' })
export class PlaceOutput {
  @Field(() => ID) id!: string;
  @Field({ description: 'ISO 3166-1 alpha-2.' }) countryCode!: string;
  @Field() postalCode!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'State or canton.' }) admin1Name!: string | null;
  @Field(() => String, { nullable: true }) admin1Code!: string | null;
  @Field(() => String, { nullable: true, description: 'County or district.' }) admin2Name!: string | null;
  @Field(() => String, { nullable: true }) admin2Code!: string | null;
  @Field(() => String, { nullable: true, description: 'Municipality.' }) admin3Name!: string | null;
  @Field(() => String, { nullable: true }) admin3Code!: string | null;
  @Field(() => Float, { description: 'WGS84 decimal degrees.' }) latitude!: number;
  @Field(() => Float, { description: 'WGS84 decimal degrees.' }) longitude!: number;
  @Field(() => Int, { nullable: true, description: 'GeoNames accuracy: 1 estimated, 4 GeoNames id, 6 centroid of addresses or shape.' })
  accuracy!: number | null;
}

@ObjectType('PlaceEdge')
export class PlaceEdge {
  @Field() cursor!: string;
  @Field(() => PlaceOutput) node!: PlaceOutput;
}

@ObjectType('PlaceConnection')
export class PlaceConnection {
  @Field(() => [PlaceEdge]) edges!: PlaceEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType('PostalCode', { description: 'One coordinate per postal code (the centre of its places), used for distances.' })
export class PostalCodeOutput {
  @Field() countryCode!: string;
  @Field() code!: string;
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
  @Field(() => [String], { description: 'The places within the postal code, by name.' }) placeNames!: string[];
  @Field(() => String, { nullable: true, description: 'State or canton code.' }) admin1Code!: string | null;
}

@ObjectType('PlacesImportResult', { description: 'What an import changed. Re-importing the same file changes nothing.' })
export class PlacesImportOutput {
  @Field(() => [String], { description: 'Countries in the file; their places now match it (places missing from it were removed).' })
  countries!: string[];
  @Field(() => Int, { description: 'Distinct places in the file.' }) places!: number;
  @Field(() => Int, { description: 'Lines repeating a place already read; imported once.' }) duplicates!: number;
  @Field(() => Int) inserted!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) removed!: number;
  @Field(() => Int, { description: 'Distinct postal codes of these countries after the import.' }) postalCodes!: number;
}
