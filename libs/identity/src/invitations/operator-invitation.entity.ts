import { Column, Entity, PrimaryColumn } from 'typeorm';

export type OperatorRole = 'operator_admin' | 'operator_agent';

/** Tenant-owned: an emailed, single-use invitation to join a tenant's operator team. */
@Entity({ name: 'operator_invitations' })
export class OperatorInvitationEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') email!: string;
  @Column('text') role!: OperatorRole;
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  /** Id of the operator admin or platform admin who sent it. */
  @Column('text', { name: 'invited_by' }) invitedBy!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt!: Date | null;
  @Column('uuid', { name: 'accepted_user_id', nullable: true }) acceptedUserId!: string | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  /** The name the inviter gave the invitee (a new tenant's first operator), if any. */
  @Column('text', { name: 'display_name', nullable: true }) displayName!: string | null;
}
