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
import { DASHBOARD_COOKIE, DASHBOARD_PATH, readCookie, verifyDashboardToken } from './dashboard-cookie.js';
import { QueuesDashboardController } from './queues-dashboard.controller.js';

const DASHBOARD_QUEUES = [QueueName.Reminders, QueueName.Notifications, QueueName.LearningEvents] as const;

/** Bull Board at /admin/queues, for admins holding the dashboard cookie (see the controller). */
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
          const userId = verifyDashboardToken(readCookie(request.headers.cookie, DASHBOARD_COOKIE) ?? '', secret);
          // The role is re-read so a demoted admin loses the dashboard before the cookie expires.
          const user = userId ? await prisma.user.findUnique({ where: { id: userId }, select: { role: true } }) : null;
          if (user?.role === 'ADMIN') return;
          await reply
            .code(userId ? 403 : 401)
            .type('application/problem+json')
            .send({ type: 'about:blank', title: userId ? 'Forbidden' : 'Unauthorized', status: userId ? 403 : 401, detail: 'The queue dashboard is for administrators: POST /api/v1/admin/queues-dashboard/session first.' });
        });
        await scope.register(serverAdapter.registerPlugin() as never, { prefix: DASHBOARD_PATH });
      },
    );
  }
}
