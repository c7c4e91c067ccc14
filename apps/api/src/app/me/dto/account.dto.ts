import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@stacks/db';
import { MemberProfileDto } from './member-profile.dto.js';

export class AccountDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ada@library.example' }) email: string;
  @ApiProperty({ example: 'Ada Reyes' }) displayName: string;
  @ApiProperty({ enum: Role, example: Role.LEARNER }) role: Role;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Null until the address is verified' }) emailVerifiedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: MemberProfileDto, nullable: true }) profile: MemberProfileDto | null;
}
