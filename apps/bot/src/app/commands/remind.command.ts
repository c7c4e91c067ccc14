import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from './command.js';
import { forLinkedLearner } from './personal.js';

export const remindCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('remind')
    .setDescription('Turn reminders before your live sessions on or off')
    .addSubcommand((sub) => sub.setName('on').setDescription('Remind me before sessions I am enrolled in'))
    .addSubcommand((sub) => sub.setName('off').setDescription('Stop reminding me before sessions')),
  ephemeral: true,
  execute: (input, deps) =>
    forLinkedLearner(input, deps, async (learner) => {
      if (input.subcommand !== 'on' && input.subcommand !== 'off') return { content: 'Use `/remind on` or `/remind off`.' };
      const enabled = input.subcommand === 'on';
      // Turning reminders on is an explicit opt-in, so it also lifts a blanket unsubscribe;
      // turning them off leaves every other preference as it was.
      const preference = await deps.prisma.notificationPreference.upsert({
        where: { userId: learner.userId },
        create: { userId: learner.userId, remindersEnabled: enabled },
        update: enabled ? { remindersEnabled: true, unsubscribedAt: null } : { remindersEnabled: false },
      });
      if (!enabled) return { content: 'Reminders are off. Turn them back on any time with `/remind on`.' };
      const channels = [preference.discordEnabled ? 'a Discord DM' : null, preference.emailEnabled ? 'email' : null].filter(Boolean);
      const how = channels.length > 0 ? ` by ${channels.join(' and ')}` : ', but every delivery channel is switched off in your Stacks notification settings';
      return { content: `Reminders are on: you will hear from me before sessions you are enrolled in${how}.` };
    }),
};
