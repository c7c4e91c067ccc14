import { ApiProperty } from '@nestjs/swagger';

export class DiscordLinkCodeDto {
  @ApiProperty({ example: '7K3QD-M9XWA', description: 'Give it to the bot as `/link code:<code>`. Shown once; works once.' })
  code: string;
  @ApiProperty({ description: 'After this moment the code is refused' })
  expiresAt: Date;
  @ApiProperty({ example: '/link code:7K3QD-M9XWA', description: 'The exact command to type in Discord' })
  command: string;
}

export class DiscordLinkDto {
  @ApiProperty({ description: 'Whether a Discord account is linked to mine' })
  linked: boolean;
  @ApiProperty({ type: String, nullable: true, example: '80351110224678912', description: 'The linked Discord user id (snowflake)' })
  discordUserId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  linkedAt: Date | null;
}
