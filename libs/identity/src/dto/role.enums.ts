// GraphQL enums over the role names stored in the database (values stay lower-case strings).
import { registerEnumType } from '@nestjs/graphql';

export enum TenantRoleValue {
  CUSTOMER = 'customer',
  HELPER = 'helper',
  OPERATOR_ADMIN = 'operator_admin',
  OPERATOR_AGENT = 'operator_agent',
}
registerEnumType(TenantRoleValue, { name: 'TenantRole', description: "A user's role within one tenant." });

export enum SignUpRoleValue {
  CUSTOMER = 'customer',
  HELPER = 'helper',
}
registerEnumType(SignUpRoleValue, { name: 'SignUpRole', description: 'Customer, or helper applicant (vetting follows).' });

export enum OperatorRoleValue {
  OPERATOR_ADMIN = 'operator_admin',
  OPERATOR_AGENT = 'operator_agent',
}
registerEnumType(OperatorRoleValue, { name: 'OperatorRole' });

export enum InvitationStatusValue {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  EXPIRED = 'expired',
  REVOKED = 'revoked',
}
registerEnumType(InvitationStatusValue, { name: 'InvitationStatus' });
