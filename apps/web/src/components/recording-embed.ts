/** How a recording link is played in the page. */
export type RecordingEmbed =
  | { kind: 'video'; src: string }
  | { kind: 'iframe'; src: string; provider: 'youtube' | 'vimeo' }
  | { kind: 'link'; href: string };

const MEDIA_FILE = /\.(mp4|m4v|webm|ogv|ogg|mov)$/i;

/** A direct media file plays in <video>; YouTube and Vimeo links in their embedded players; anything else stays a link. */
export function recordingEmbed(url: string): RecordingEmbed {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'link', href: url };
  }
  if (parsed.protocol !== 'https:') return { kind: 'link', href: url };
  const host = parsed.hostname.replace(/^www\.|^m\./, '');
  if (MEDIA_FILE.test(parsed.pathname)) return { kind: 'video', src: parsed.href };
  const youtubeId =
    host === 'youtu.be' ? parsed.pathname.slice(1) : host === 'youtube.com' ? (parsed.searchParams.get('v') ?? parsed.pathname.match(/^\/(?:embed|live|shorts)\/([\w-]+)/)?.[1]) : null;
  if (youtubeId && /^[\w-]{6,20}$/.test(youtubeId)) {
    return { kind: 'iframe', provider: 'youtube', src: `https://www.youtube-nocookie.com/embed/${youtubeId}?enablejsapi=1` };
  }
  const vimeoId = host === 'vimeo.com' || host === 'player.vimeo.com' ? parsed.pathname.match(/(\d{5,12})/)?.[1] : null;
  if (vimeoId) return { kind: 'iframe', provider: 'vimeo', src: `https://player.vimeo.com/video/${vimeoId}?api=1` };
  return { kind: 'link', href: url };
}

/**
 * Turns player events into heartbeats: each reports the segment played since the previous one
 * (`from` → `to`, seconds). Starting (play, after a seek) sends `from = to`, which only restarts
 * the server's clock; pausing sends what was played up to the pause.
 */
export class HeartbeatTracker {
  private from: number | null = null;

  constructor(private readonly send: (fromSecond: number, toSecond: number) => void) {}

  get playing(): boolean {
    return this.from !== null;
  }

  start(position: number): void {
    this.from = Math.max(0, Math.floor(position));
    this.send(this.from, this.from);
  }

  /** While playing, every few seconds. */
  tick(position: number): void {
    if (this.from === null) return;
    const to = Math.max(0, Math.floor(position));
    if (to < this.from) {
      // The position went back without a seek event: a new segment starts here.
      this.start(to);
      return;
    }
    this.send(this.from, to);
    this.from = to;
  }

  stop(position: number): void {
    this.tick(position);
    this.from = null;
  }
}
