// `quartier places:import --tenant <slug> --file <path>`: imports a GeoNames postal code file into
// a tenant's places. Any size; a file with bad rows writes nothing and lists them by line (exit 1).
import { readFile } from 'node:fs/promises';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GeoModule, PlacesFileInvalidError, PlacesImportService, type PlacesImportResult } from '@quartier/geo';
import { type AppConfig, ConfigModule, DatabaseModule, GlobalDatabase, RedisModule, RequestContext, ValidationError } from '@quartier/platform';

export interface PlacesImportOptions {
  tenant: string;
  file: string;
}

export function describeImport(result: PlacesImportResult): string {
  return (
    `${result.places} places in ${result.postalCodes} postal codes (${result.countries.join(', ')}): ` +
    `${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged, ${result.removed} removed` +
    (result.duplicates ? `, ${result.duplicates} repeated lines skipped` : '')
  );
}

/** Returns the process exit code: 0 imported, 1 bad input (nothing written). */
export async function importPlacesFile(
  config: AppConfig,
  options: PlacesImportOptions,
  out: { log(line: string): void; error(line: string): void } = console,
): Promise<number> {
  let tsv: string;
  try {
    tsv = await readFile(options.file, 'utf8');
  } catch (error) {
    out.error(`places:import: cannot read ${options.file}: ${(error as Error).message}`);
    return 1;
  }

  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot({ entities: [] }), RedisModule.forRoot(), GeoModule] })
  class PlacesImportModule {}

  const app = await NestFactory.createApplicationContext(PlacesImportModule, { logger: ['error', 'warn'] });
  try {
    const [tenant] = await app
      .get(GlobalDatabase)
      .run((tx) => tx.query<{ id: string }>(`select id from tenants where slug = $1`, [options.tenant.trim().toLowerCase()]));
    if (!tenant) {
      out.error(`places:import: no tenant with slug ${options.tenant}`);
      return 1;
    }
    const result = await app.get(PlacesImportService).importTsv(RequestContext.system(tenant.id, 'places-import'), { tsv, field: 'file' });
    out.log(`Tenant ${options.tenant}: ${describeImport(result)}`);
    return 0;
  } catch (error) {
    if (error instanceof PlacesFileInvalidError) {
      out.error(`places:import: ${options.file}: ${error.message}`);
      for (const row of error.badRows) out.error(`  line ${row.line}: ${row.reason}`);
      return 1;
    }
    if (error instanceof ValidationError) {
      out.error(`places:import: ${options.file}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await app.close();
  }
}
