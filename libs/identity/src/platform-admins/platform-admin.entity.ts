import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Global: the platform company's own staff; no tenant. */
@Entity({ name: 'platform_admins' })
export class PlatformAdminEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'password_hash' }) passwordHash!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt!: Date | null;
}
