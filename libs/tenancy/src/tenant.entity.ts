import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type TenantStatus = 'provisioning' | 'active' | 'suspended';
export const TENANT_LOCALES = ['de', 'fr', 'it', 'en'] as const;
export type TenantLocale = (typeof TENANT_LOCALES)[number];

/** Global: one row per operator's Neighborhood site. */
@Entity({ name: 'tenants' })
export class TenantEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') slug!: string;
  @Column('text') name!: string;
  @Column('text') status!: TenantStatus;
  @Column('text', { array: true }) locales!: TenantLocale[];
  @Column('text', { name: 'default_locale' }) defaultLocale!: TenantLocale;
  @Column('char', { length: 3 }) currency!: string;
  @Column('text') timezone!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'provisioned_at', nullable: true }) provisionedAt!: Date | null;
  @Column('timestamptz', { name: 'suspended_at', nullable: true }) suspendedAt!: Date | null;
  @Column('text', { name: 'suspended_reason', nullable: true }) suspendedReason!: string | null;
}

/** Global: custom domains, each routed to exactly one tenant. */
@Entity({ name: 'tenant_hosts' })
export class TenantHostEntity {
  @PrimaryColumn('text') host!: string;
  @Column('uuid', { name: 'tenant' }) tenantId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Tenant-owned, append-only: every change to a policy document is a new version. */
@Entity({ name: 'tenant_policies' })
export class TenantPolicyEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('text') kind!: string;
  @PrimaryColumn('integer') version!: number;
  @Column('jsonb') document!: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('text', { name: 'created_by' }) createdBy!: string;
}
