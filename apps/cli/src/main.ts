// `npm run quartier -- <command>`: operational commands (migrate, seed, admin:create).
import 'reflect-metadata';
import { Command } from 'commander';
import { loadConfigOrExit, migrate } from '@quartier/platform';
import { migrations } from '@quartier/migrations';

const program = new Command('quartier').description('Quartier operations');

program
  .command('db:migrate')
  .description('Create or update database roles and apply pending migrations as the owner role')
  .action(async () => {
    const config = loadConfigOrExit();
    const applied = await migrate(config, migrations);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date');
  });

await program.parseAsync(process.argv);
