import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { QueueName } from '@stacks/queue-contracts';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readCookie } from '../common/cookies.js';
import { DASHBOARD_COOKIE, DASHBOARD_PATH, verifyDashboardToken } from './dashboard-cookie.js';
import { QueuesDashboardController } from './queues-dashboard.controller.js';

const DASHBOARD_QUEUES = [QueueName.Reminders, QueueName.Notifications, QueueName.LearningEvents] as const;
const READ_METHODS = new Set(['GET', 'HEAD']);

async function refuse(reply: FastifyReply, status: 401 | 403, detail: string): Promise<void> {
  await reply
    .code(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title: status === 401 ? 'Unauthorized' : 'Forbidden', status, detail });
}

/**
 * Bull Board at /admin/queues, for admins holding the dashboard cookie of a live sign-in (see the
 * controller); read-only unless the admin has the QUEUE_OPERATOR permission.
 */
@Module({ controllers: [QueuesDashboardController] })
export class QueuesDashboardModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const serverAdapter = new FastifyAdapter();
    serverAdapter.setBasePath(DASHBOARD_PATH);
    const queues = DASHBOARD_QUEUES.map((name) => new BullMQAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })));
    createBullBoard({ queues, serverAdapter });
    const secret = this.config.JWT_ACCESS_SECRET as string;
    const prisma = this.prisma;
    fastify.register(
      async (scope) => {
        scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
          const holder = verifyDashboardToken(readCookie(request.headers.cookie, DASHBOARD_COOKIE) ?? '', secret);
          // Role, permissions and the sign-in are re-read: a demoted admin, a signed-out session or
          // a revoked one loses the dashboard before the cookie expires.
          const [user, liveSession] = holder
            ? await Promise.all([
                prisma.user.findUnique({ where: { id: holder.userId }, select: { role: true, permissions: true } }),
                prisma.refreshToken.count({ where: { familyId: holder.sessionId, userId: holder.userId, revokedAt: null } }),
              ])
            : [null, 0];
          if (!holder || liveSession === 0) return refuse(reply, 401, 'The queue dashboard needs a current sign-in: POST /api/v1/admin/queues-dashboard/session first.');
          if (user?.role !== 'ADMIN') return refuse(reply, 403, 'The queue dashboard is for administrators.');
          // Bull Board reads with GET; every change (retry, promote, remove, pause, add) is another method.
          if (!READ_METHODS.has(request.method) && !user.permissions.includes('QUEUE_OPERATOR')) {
            return refuse(reply, 403, 'Changing jobs needs the QUEUE_OPERATOR permission; without it the dashboard is read-only.');
          }
        });
        await scope.register(serverAdapter.registerPlugin() as never, { prefix: DASHBOARD_PATH });
      },
    );
  }
}
