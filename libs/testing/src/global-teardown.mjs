import pg from 'pg';

export default async function globalTeardown() {
  const template = process.env.QUARTIER_TEST_TEMPLATE;
  if (!template) return;
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const owner = new URL(url);
  owner.pathname = '/postgres';
  const client = new pg.Client({ connectionString: owner.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${template}" with (force)`);
  } finally {
    await client.end();
  }
}
