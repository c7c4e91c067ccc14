import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { Prisma, PrismaService } from '@stacks/db';
import type { Role } from '@stacks/db';
import { type AuthenticatedUser, IS_PUBLIC } from '../auth.decorators.js';

interface AccessClaims {
  sub: string;
  role: Role;
  sid: string;
}

/** Global guard: every route needs a valid, unrevoked bearer token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly prisma: PrismaService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;

    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: AuthenticatedUser }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('A bearer access token is required');

    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthorizedException('The access token is invalid or expired');
    }
    // Logging out or a detected refresh-token reuse revokes the whole family at once.
    // Straight to the driver: this runs on every authenticated request.
    const [live] = await this.prisma.sql<{ live: boolean }>(Prisma.sql`
      SELECT EXISTS (SELECT 1 FROM "RefreshToken" WHERE "familyId" = ${claims.sid}::uuid AND "revokedAt" IS NULL) AS live`);
    if (!live?.live) throw new UnauthorizedException('This session has been signed out');
    request.user = { id: claims.sub, role: claims.role, sessionId: claims.sid };
    return true;
  }
}
