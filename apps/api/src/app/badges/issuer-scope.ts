import { Injectable } from '@nestjs/common';
import { PrismaService } from '@stacks/db';
import { DomainError } from '../problem/domain-error.js';
import type { AuthenticatedUser } from '../auth/auth.decorators.js';

/** Whose badges a person may manage: every issuer's (ADMIN), or those they staff (ISSUER_ADMIN). */
export type IssuerScope = { all: true } | { all: false; issuerIds: readonly string[] };

export const outsideIssuer = () =>
  new DomainError(403, 'other-issuer', 'This badge belongs to an issuer you are not staff of; ask the association’s admins');

/** Resolves the issuers a signed-in admin or division staff member may act for. */
@Injectable()
export class IssuerScopes {
  constructor(private readonly prisma: PrismaService) {}

  async of(user: AuthenticatedUser): Promise<IssuerScope> {
    if (user.role === 'ADMIN') return { all: true };
    if (user.role !== 'ISSUER_ADMIN') return { all: false, issuerIds: [] };
    const rows = await this.prisma.issuerStaff.findMany({ where: { userId: user.id }, select: { issuerId: true } });
    return { all: false, issuerIds: rows.map((row) => row.issuerId) };
  }
}

export function covers(scope: IssuerScope, issuerId: string): boolean {
  return scope.all || scope.issuerIds.includes(issuerId);
}

export function assertCovers(scope: IssuerScope, issuerId: string): void {
  if (!covers(scope, issuerId)) throw outsideIssuer();
}
