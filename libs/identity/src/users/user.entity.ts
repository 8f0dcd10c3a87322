import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantRole } from '@quartier/platform';

export type UserStatus = 'active' | 'disabled';

/** Tenant-owned: one account of one tenant (tenants never share users). */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'password_hash' }) passwordHash!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text') locale!: string;
  @Column('text') status!: UserStatus;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity({ name: 'user_roles' })
export class UserRoleEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  @PrimaryColumn('text') role!: TenantRole;
  @Column('timestamptz', { name: 'granted_at' }) grantedAt!: Date;
}
