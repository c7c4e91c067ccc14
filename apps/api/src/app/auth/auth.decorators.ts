import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@stacks/db';

export const IS_PUBLIC = 'stacks:isPublic';
export const REQUIRED_ROLES = 'stacks:requiredRoles';

/** Opens a route to anonymous callers; every other route requires a valid access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts a route to the given roles (checked after authentication). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/**
 * An admin controller: bearer token and the ADMIN role required, documented under "admin".
 * `ISSUER_ADMIN` opens it to division staff too, whom the service then limits to their issuers.
 */
export const AdminOnly = (...alsoFor: Array<'ISSUER_ADMIN'>) =>
  applyDecorators(
    ApiTags('admin'),
    ApiBearerAuth('bearer'),
    Roles('ADMIN', ...alsoFor),
    ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' }),
    ApiForbiddenResponse({
      description: alsoFor.length ? 'Requires the ADMIN role, or ISSUER_ADMIN staff of the badge’s issuer' : 'Requires the ADMIN role',
    }),
  );

export interface AuthenticatedUser {
  id: string;
  role: Role;
  /** The refresh-token family this access token belongs to; revoking it ends the session. */
  sessionId: string;
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  return context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user;
});
