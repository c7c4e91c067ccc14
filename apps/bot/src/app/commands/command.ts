import type { ActionRowBuilder, ButtonBuilder, EmbedBuilder, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { PrismaClient } from '@stacks/db';
import type { Answerer } from '../answerer.js';

/**
 * Slash commands are plain objects: a definition (what Discord shows and what the registration
 * script uploads) and a handler that takes a small, framework-free input and returns a reply.
 * Only discord-channel.ts touches discord.js interactions, so handlers are tested with a real
 * database and no Discord at all.
 */
export interface CommandInput {
  /** The Discord user (snowflake) who ran the command. */
  discordUserId: string;
  /** The chosen subcommand, for commands that have them (`/remind on`). */
  subcommand: string | null;
  /** A string option, or null when it was left out. */
  option(name: string): string | null;
}

export interface CommandReply {
  content?: string;
  embeds?: EmbedBuilder[];
  /** Buttons under the reply, e.g. 👍/👎 on an answer. */
  components?: ActionRowBuilder<ButtonBuilder>[];
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}

export interface BotDependencies {
  prisma: PrismaClient;
  answerer: Answerer;
  /** The clock, so time questions ("what is next?") are testable. */
  now(): Date;
  /** Where learners reach the Stacks API (PUBLIC_BASE_URL), for links in replies. */
  publicBaseUrl: string;
}

export interface SlashCommand {
  /** A SlashCommandBuilder: its JSON is what the registration script uploads. */
  definition: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /**
   * Personal replies are visible only to the person who asked. Decided up front because the reply
   * is deferred (acknowledged) before the handler runs, and the deferral fixes the visibility.
   */
  ephemeral: boolean;
  execute(input: CommandInput, deps: BotDependencies): Promise<CommandReply>;
  autocomplete?(focused: { name: string; value: string }, deps: BotDependencies): Promise<AutocompleteChoice[]>;
}

/** Discord's limits, enforced before sending so a long answer is trimmed rather than refused. */
export const DISCORD_LIMITS = {
  embedDescription: 4096,
  embedFieldValue: 1024,
  embedFieldName: 256,
  embedFields: 25,
  embedTitle: 256,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
} as const;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Brand colour for every embed, so Stacks answers are recognisable in a busy channel. */
export const STACKS_COLOUR = 0x2f6f8f;
