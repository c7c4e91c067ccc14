import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminOnly, type AuthenticatedUser, CurrentUser, Public } from '../auth/auth.decorators.js';
import { CreateResourceDto, ResourceDto, ResourceFileQueryDto, ResourcePageDto, ResourceQueryDto, UpdateResourceDto } from './dto/resource.dto.js';
import { ResourcesService } from './resources.service.js';

const RESOURCE_PARAM = { name: 'resource', description: 'Resource UUID or slug', example: 'dia-booklists' };

/** Program and session materials: anyone may browse, search and download them. */
@ApiTags('catalogue')
@Public()
@Controller('resources')
export class ResourcesController {
  constructor(private readonly resources: ResourcesService) {}

  @Get()
  @ApiOperation({ summary: 'List and search resources (worksheets, conversation guides, booklists, recordings)', description: 'Full-text search with `q`; filter by program, session, kind and library type.' })
  @ApiOkResponse({ type: ResourcePageDto })
  @ApiBadRequestResponse({ description: 'A filter is malformed' })
  list(@Query() query: ResourceQueryDto) {
    return this.resources.list(query);
  }

  @Get(':resource')
  @ApiOperation({ summary: 'One resource' })
  @ApiParam(RESOURCE_PARAM)
  @ApiOkResponse({ type: ResourceDto })
  @ApiNotFoundResponse({ description: 'No such resource' })
  one(@Param('resource') resource: string) {
    return this.resources.one(resource);
  }

  @Get(':resource/file')
  @ApiOperation({ summary: "Download a resource's uploaded file (served as an attachment with the type its bytes proved)" })
  @ApiParam(RESOURCE_PARAM)
  @ApiProduces('application/pdf', 'application/octet-stream')
  @ApiOkResponse({ description: 'The file' })
  @ApiNotFoundResponse({ description: 'No such resource, or it is a link without a file' })
  async file(@Param('resource') resource: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const file = await this.resources.file(resource);
    reply
      .type(file.mediaType)
      .header('content-disposition', `attachment; filename="${file.name.replace(/[^\w.\- ]/g, '_')}"`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox");
    return Buffer.from(file.content);
  }
}

/** Staff attach materials to programs and sessions, as links or uploaded files. */
@AdminOnly()
@Controller('admin/resources')
export class AdminResourcesController {
  constructor(private readonly resources: ResourcesService) {}

  @Post()
  @ApiOperation({ summary: 'Add a resource to a program or session (audited)' })
  @ApiCreatedResponse({ type: ResourceDto })
  @ApiBadRequestResponse({ description: 'A field breaks a rule, or the program/session does not exist' })
  @ApiConflictResponse({ description: 'The slug is taken' })
  create(@CurrentUser() admin: AuthenticatedUser, @Body() body: CreateResourceDto) {
    return this.resources.create(admin.id, body);
  }

  @Patch(':resource')
  @ApiOperation({ summary: 'Edit a resource (audited)' })
  @ApiParam(RESOURCE_PARAM)
  @ApiOkResponse({ type: ResourceDto })
  @ApiBadRequestResponse({ description: 'A field breaks a rule' })
  @ApiNotFoundResponse({ description: 'No such resource' })
  update(@CurrentUser() admin: AuthenticatedUser, @Param('resource') resource: string, @Body() body: UpdateResourceDto) {
    return this.resources.update(admin.id, resource, body);
  }

  @Delete(':resource')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a resource and its file (audited)' })
  @ApiParam(RESOURCE_PARAM)
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ description: 'No such resource' })
  async remove(@CurrentUser() admin: AuthenticatedUser, @Param('resource') resource: string) {
    await this.resources.remove(admin.id, resource);
  }

  @Put(':resource/file')
  @ApiOperation({
    summary: 'Upload (or replace) the resource file',
    description:
      'The raw file as the body (Content-Type: application/octet-stream), up to RESOURCE_UPLOAD_MAX_BYTES. Allowed: PDF, DOCX, PPTX, XLSX, PNG, JPEG, MP3, MP4 — recognised by their bytes; the file name\'s extension must agree. The same bytes again change nothing.',
  })
  @ApiParam(RESOURCE_PARAM)
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: ResourceDto })
  @ApiBadRequestResponse({ description: 'Not an allowed file type (by its bytes), an extension that disagrees, an empty file or a missing fileName' })
  @ApiNotFoundResponse({ description: 'No such resource' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than RESOURCE_UPLOAD_MAX_BYTES' })
  upload(@CurrentUser() admin: AuthenticatedUser, @Param('resource') resource: string, @Query() query: ResourceFileQueryDto, @Body() body: unknown) {
    return this.resources.upload(admin.id, resource, query.fileName, body);
  }
}
