// `npm run quartier -- <command>`: operational commands (migrate, seed, admin:create, places:import, stripe:replay).
import 'reflect-metadata';
import { Command } from 'commander';
import { loadConfigOrExit, migrate } from '@quartier/platform';
import { migrations } from '@quartier/migrations';
import { createPlatformAdmin } from './admin-create.command.js';
import { demoInfo, seedDemo } from './demo-seed.js';
import { describeImport, importPlacesFile } from './places-import.command.js';
import { replayStripeEvents } from './stripe-replay.command.js';

const program = new Command('quartier').description('Quartier operations');

program
  .command('db:migrate')
  .description('Create or update database roles and apply pending migrations as the owner role')
  .action(async () => {
    const config = loadConfigOrExit();
    const applied = await migrate(config, migrations);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date');
  });

program
  .command('admin:create')
  .description('Create a platform admin (no-op when the email exists); prints a generated password when none is given')
  .requiredOption('--email <email>', 'sign-in email')
  .requiredOption('--name <name>', 'display name')
  .option('--password <password>', 'password (default: $QUARTIER_ADMIN_PASSWORD, else generated)')
  .action(async (options: { email: string; name: string; password?: string }) => {
    await createPlatformAdmin(loadConfigOrExit(), options);
  });

program
  .command('db:seed')
  .description('Create the demo (platform admin, tenants alpine and nordhaus with their operator admins, helpers, customers, requests and reviews); safe to run again')
  .action(async () => {
    const result = await seedDemo(loadConfigOrExit());
    console.log(`Platform admin ${result.admin.created ? 'created' : 'already there'}`);
    for (const tenant of result.tenants) {
      console.log(`Tenant ${tenant.slug}: ${tenant.created ? 'created' : 'already there'}, provisioning ${tenant.provisioning}`);
      console.log(`  places: ${describeImport(tenant.places)}`);
      const { helpers, customers, created } = tenant.people;
      console.log(
        `  people: ${Object.values(helpers).reduce((sum, n) => sum + n, 0)} helpers (${helpers.approved} approved, ${helpers.in_review} in review, ${helpers.suspended} suspended), ${customers} customers; ${created} created now`,
      );
      const requests = Object.entries(tenant.marketplace.requests).map(([status, n]) => `${n} ${status.replace('_', ' ')}`);
      console.log(`  requests: ${requests.join(', ')}${tenant.marketplace.created ? '' : ' (already there)'}`);
    }
  });

program
  .command('places:import')
  .description("Import a GeoNames postal code file (e.g. data/geonames/CH.txt) into a tenant's places; bad rows are listed by line and nothing is written")
  .requiredOption('--tenant <slug>', 'tenant slug')
  .requiredOption('--file <path>', 'GeoNames postal code export (tab-separated, UTF-8)')
  .action(async (options: { tenant: string; file: string }) => {
    process.exitCode = await importPlacesFile(loadConfigOrExit(), options);
  });

program
  .command('stripe:replay')
  .description("Put a site's Stripe events of a period into the webhook inbox again (missed deliveries); events already there are only counted")
  .requiredOption('--tenant <slug>', 'tenant slug')
  .requiredOption('--from <iso>', 'start of the period, included (ISO 8601, e.g. 2025-03-01T00:00:00Z)')
  .requiredOption('--to <iso>', 'end of the period, excluded (ISO 8601)')
  .action(async (options: { tenant: string; from: string; to: string }) => {
    process.exitCode = await replayStripeEvents(loadConfigOrExit(), options);
  });

program
  .command('demo:info')
  .description('Print the demo URLs, logins and how to reach a tenant with curl')
  .action(() => {
    console.log(demoInfo(loadConfigOrExit()));
  });

await program.parseAsync(process.argv);
