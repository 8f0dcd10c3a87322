import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { ConfigError, parseConfig } from '../config/config.js';

const productionBase = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://owner@db:5432/quartier',
  DATABASE_APP_URL: 'postgres://quartier_app:secret@db:5432/quartier',
  JWT_SECRET: 'a-production-secret-that-is-long-enough-000',
  ENCRYPTION_KEY: 'a-production-encryption-key-long-enough-000',
};

describe('configuration', () => {
  it('has a local default for every variable outside production', () => {
    const config = parseConfig({});
    expect(config.PUBLIC_BASE_DOMAIN).toBe('localhost');
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_APP_URL).toContain('quartier_app');
  });

  it('names the malformed variable in one line', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT /);
    expect(() => parseConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL must be a redis:\/\/ URL/);
  });

  it('refuses development secrets in production', () => {
    expect(() => parseConfig({ ...productionBase, JWT_SECRET: undefined })).toThrow(/JWT_SECRET still has its development default/);
    expect(() => parseConfig({ ...productionBase, ENCRYPTION_KEY: undefined })).toThrow(/ENCRYPTION_KEY/);
    expect(() => parseConfig({ ...productionBase, DATABASE_APP_URL: undefined })).toThrow(/DATABASE_APP_URL must be set/);
    expect(parseConfig(productionBase).NODE_ENV).toBe('production');
  });

  it('stops a process with exactly one line naming the variable', () => {
    let stderr = '';
    try {
      execFileSync(
        process.execPath,
        ['--import', './scripts/register.mjs', '--input-type=module', '-e', "import { loadConfigOrExit } from '@quartier/platform'; loadConfigOrExit();"],
        { env: { ...process.env, PORT: '-1' }, encoding: 'utf8', stdio: 'pipe' },
      );
    } catch (error) {
      stderr = (error as { stderr: string }).stderr;
      expect((error as { status: number }).status).toBe(1);
    }
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: PORT /)]);
  });
});
