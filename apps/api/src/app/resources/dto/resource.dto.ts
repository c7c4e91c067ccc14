import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { LibraryType, ResourceKind } from '@stacks/db';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { PageInfoDto, PageQueryDto } from '../../common/pagination.dto.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class CreateResourceDto {
  @ApiProperty({ example: 'dia-booklists' })
  @Matches(SLUG, { message: 'slug must be lowercase words joined by hyphens' })
  @Length(3, 120)
  slug: string;

  @ApiPropertyOptional({ example: 'dia', description: 'Program slug; a session resource gets its session\'s program when left out' })
  @IsOptional()
  @Matches(SLUG, { message: 'program must be a program slug' })
  @Length(1, 120)
  program?: string;

  @ApiPropertyOptional({ example: 'dialogue-facilitation-part-1', description: 'Session slug, for material of one session' })
  @IsOptional()
  @Matches(SLUG, { message: 'session must be a session slug' })
  @Length(1, 120)
  session?: string;

  @ApiProperty({ example: 'Día booklists', maxLength: 200 })
  @IsString()
  @Length(3, 200)
  title: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({ enum: ResourceKind })
  @IsEnum(ResourceKind)
  kind: ResourceKind;

  @ApiPropertyOptional({ description: 'Where the material lives (https); leave out for an uploaded file' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'url must be an https URL' })
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ example: 'Children and families', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  audience?: string;

  @ApiPropertyOptional({ enum: LibraryType, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(LibraryType, { each: true })
  libraryTypes?: LibraryType[];
}

export class UpdateResourceDto extends PartialType(OmitType(CreateResourceDto, ['slug', 'program', 'session'] as const)) {}

export class ResourceFileQueryDto {
  @ApiProperty({ example: 'dia-booklist.pdf', description: 'The file name; its extension must match what the bytes are' })
  @IsString()
  @Matches(/^[^/\\\0<>:"|?*]+\.[A-Za-z0-9]{1,5}$/, { message: 'fileName must be a plain file name with an extension' })
  @Length(3, 200)
  fileName: string;
}

export class ResourceQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Full-text search over title, description and audience', example: 'booklist' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ example: 'dia', description: 'Resources of this program (its sessions\' included)' })
  @IsOptional()
  @Matches(SLUG, { message: 'program must be a program slug' })
  @Length(1, 120)
  program?: string;

  @ApiPropertyOptional({ description: 'Resources of this session' })
  @IsOptional()
  @Matches(SLUG, { message: 'session must be a session slug' })
  @Length(1, 120)
  session?: string;

  @ApiPropertyOptional({ enum: ResourceKind })
  @IsOptional()
  @IsEnum(ResourceKind)
  kind?: ResourceKind;

  @ApiPropertyOptional({ enum: LibraryType })
  @IsOptional()
  @IsEnum(LibraryType)
  libraryType?: LibraryType;
}

export class ResourceFileDto {
  @ApiProperty({ example: 'dia-booklist.pdf' }) name: string;
  @ApiProperty({ example: 'application/pdf', description: 'What the bytes proved the file to be' }) mediaType: string;
  @ApiProperty({ example: 48213 }) size: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ example: '/api/v1/resources/dia-booklists/file' }) downloadPath: string;
}

export class ResourceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ResourceKind }) kind: ResourceKind;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty() audience: string;
  @ApiProperty({ enum: LibraryType, isArray: true }) libraryTypes: LibraryType[];
  @ApiProperty({ type: String, nullable: true, example: 'dia' }) program: string | null;
  @ApiProperty({ type: String, nullable: true }) session: string | null;
  @ApiProperty({ type: ResourceFileDto, nullable: true }) file: ResourceFileDto | null;
}

export class ResourcePageDto {
  @ApiProperty({ type: [ResourceDto] }) items: ResourceDto[];
  @ApiProperty({ type: PageInfoDto }) page: PageInfoDto;
}
