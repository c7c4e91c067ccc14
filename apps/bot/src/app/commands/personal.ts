import { findLinkedLearner } from '../linking/link-redeemer.js';
import type { BotDependencies, CommandInput, CommandReply } from './command.js';

/** What an unlinked member sees when they ask for personal data: how to link, step by step. */
export function notLinkedReply(publicBaseUrl: string): CommandReply {
  return {
    content: [
      'Your Discord account is not linked to a Stacks learner account yet, so I cannot see your records.',
      `1. Sign in to Stacks and ask for a link code (\`POST ${publicBaseUrl}/api/v1/me/discord-link-code\`).`,
      '2. Type `/link code:<your code>` here within 10 minutes.',
      'The code works once, so nobody else can link your account.',
    ].join('\n'),
  };
}

/** Runs `personal` for the learner linked to the caller, or tells an unlinked caller how to link. */
export async function forLinkedLearner(
  input: CommandInput,
  deps: BotDependencies,
  personal: (learner: { userId: string; displayName: string }) => Promise<CommandReply>,
): Promise<CommandReply> {
  const learner = await findLinkedLearner(deps.prisma, input.discordUserId);
  return learner ? personal(learner) : notLinkedReply(deps.publicBaseUrl);
}
