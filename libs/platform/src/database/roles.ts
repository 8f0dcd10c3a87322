// Database roles. Migrations run as the owner; the application logs in as a role that owns nothing
// and is subject to row-level security; `quartier_system` (no login, BYPASSRLS) is only ever
// entered with SET LOCAL ROLE by the outbox relay and the audited platform path in this folder.
export const APP_ACCESS_ROLE = 'quartier_app_access';
export const SYSTEM_ROLE = 'quartier_system';
export const TENANT_SETTING = 'app.tenant_id';

/** The policy expression every tenant-owned table uses. */
export const TENANT_POLICY = `tenant_id = (select nullif(current_setting('${TENANT_SETTING}', true), '')::uuid)`;
