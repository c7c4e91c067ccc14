import { ApiProperty } from '@nestjs/swagger';

export class CalendarFeedStatusDto {
  @ApiProperty({ description: 'Whether I have a private calendar feed (its URL is shown only when it is made)' })
  subscribed!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the current feed URL was made; null without one' })
  createdAt!: Date | null;
}

export class CalendarFeedCreatedDto {
  @ApiProperty({
    example: 'https://stacks.example.org/api/v1/calendar/feeds/Qm9ndXNUb2tlbkZvckFUZXN0MDEyMzQ1Njc4OTAxMjM/stacks.ics',
    description: 'The private feed URL. Shown once: only a hash of its token is kept. Anyone with it can read my sessions.',
  })
  url!: string;

  @ApiProperty({
    example: 'webcal://stacks.example.org/api/v1/calendar/feeds/Qm9ndXNUb2tlbkZvckFUZXN0MDEyMzQ1Njc4OTAxMjM/stacks.ics',
    description: 'The same URL with the webcal: scheme, which opens the subscribe dialog of most calendar apps',
  })
  webcalUrl!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;
}
