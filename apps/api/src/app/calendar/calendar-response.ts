import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CalendarDocument } from './calendar-feeds.service.js';

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** True when an If-None-Match list names `etag` (weak comparison, RFC 9110 §13.1.2) or is `*`. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .slice(0, 4096)
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/**
 * Sends a calendar with its validators: a strong ETag (SHA-256 of the body), Last-Modified and
 * Cache-Control, answering 304 when the client's copy is current. If-Modified-Since is honoured only
 * without If-None-Match and where `lastModified` covers every change (`trustLastModified`).
 */
export function sendCalendar(
  request: FastifyRequest,
  reply: FastifyReply,
  document: CalendarDocument,
  options: { cacheControl: string; trustLastModified: boolean },
): string {
  const etag = `"${createHash('sha256').update(document.ics).digest('base64url')}"`;
  const lastModified = new Date(Math.floor(document.lastModified.getTime() / 1000) * 1000);
  void reply
    .header('etag', etag)
    .header('last-modified', lastModified.toUTCString())
    .header('cache-control', options.cacheControl)
    .header('content-disposition', `inline; filename="${document.filename.replace(/[^\w.-]/g, '_')}"`);
  const ifNoneMatch = request.headers['if-none-match'];
  const ifModifiedSince = request.headers['if-modified-since'];
  const since = typeof ifModifiedSince === 'string' ? Date.parse(ifModifiedSince) : NaN;
  const fresh = ifNoneMatch !== undefined ? matchesEtag(ifNoneMatch, etag) : options.trustLastModified && !Number.isNaN(since) && lastModified.getTime() <= since;
  if (fresh) {
    void reply.code(304);
    return '';
  }
  void reply.type(CALENDAR_CONTENT_TYPE);
  return document.ics;
}
