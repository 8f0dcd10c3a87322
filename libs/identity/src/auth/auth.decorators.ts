import { SetMetadata } from '@nestjs/common';
import type { TenantRole } from '@quartier/platform';

export const PUBLIC_KEY = 'quartier:public';
export const ROLES_KEY = 'quartier:roles';
export const PLATFORM_ADMIN_KEY = 'quartier:platform-admin';

/** Anyone may call this operation; a token, if sent, must still be valid. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** Only a signed-in user of the host's tenant holding one of these roles. */
export const Roles = (...roles: TenantRole[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** Only a platform admin (platform endpoint). */
export const PlatformAdminOnly = (): MethodDecorator & ClassDecorator => SetMetadata(PLATFORM_ADMIN_KEY, true);
