import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import type { RecordingHeartbeatResult } from '../api/types';
import { HeartbeatTracker, recordingEmbed } from './recording-embed';

/** How often a playing recording reports; the server credits at most 60 s per heartbeat. */
export const HEARTBEAT_INTERVAL_MS = 15_000;

interface Props {
  sessionSlug: string;
  title: string;
  url: string;
  /** Signed in: playback is reported; otherwise the recording just plays. */
  report: boolean;
  onProgress?: (result: RecordingHeartbeatResult) => void;
}

/** Plays a session's recording in the page and reports watched time in heartbeats. */
export function RecordingPlayer({ sessionSlug, title, url, report, onProgress }: Props) {
  const embed = recordingEmbed(url);
  const [failed, setFailed] = useState(false);
  const progress = useRef(onProgress);
  progress.current = onProgress;
  const tracker = useRef<HeartbeatTracker | null>(null);
  if (tracker.current === null) {
    tracker.current = new HeartbeatTracker((fromSecond, toSecond) => {
      if (!report) return;
      api
        .request<RecordingHeartbeatResult>(`/me/sessions/${encodeURIComponent(sessionSlug)}/recording-heartbeats`, { method: 'POST', body: { fromSecond, toSecond } })
        .then((result) => {
          setFailed(false);
          progress.current?.(result);
        })
        .catch(() => setFailed(true));
    });
  }
  const video = useRef<HTMLVideoElement>(null);
  const iframe = useRef<HTMLIFrameElement>(null);
  const lastPosition = useRef(0);

  // <video>: a timer while playing; the element's own events start, stop and re-start segments.
  useEffect(() => {
    if (embed.kind !== 'video') return;
    const timer = window.setInterval(() => {
      const element = video.current;
      if (element && tracker.current?.playing) tracker.current.tick(element.currentTime);
    }, HEARTBEAT_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [embed.kind]);

  // YouTube and Vimeo players report their position by postMessage once asked to.
  useEffect(() => {
    if (embed.kind !== 'iframe') return;
    const origin = new URL(embed.src).origin;
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin || typeof event.data !== 'string' || event.data.length > 10_000) return;
      let data: { event?: string; info?: { currentTime?: number; playerState?: number }; data?: { seconds?: number } };
      try {
        data = JSON.parse(event.data) as typeof data;
      } catch {
        return;
      }
      const position = data.info?.currentTime ?? data.data?.seconds;
      const state = data.info?.playerState ?? (data.event === 'play' ? 1 : data.event === 'pause' || data.event === 'ended' ? 2 : undefined);
      const current = tracker.current;
      if (!current) return;
      if (typeof position === 'number') lastPosition.current = position;
      if (state === 1 && !current.playing) current.start(lastPosition.current);
      else if (state !== undefined && state !== 1 && current.playing) current.stop(lastPosition.current);
    };
    window.addEventListener('message', onMessage);
    const timer = window.setInterval(() => {
      if (tracker.current?.playing) tracker.current.tick(lastPosition.current);
    }, HEARTBEAT_INTERVAL_MS);
    return () => {
      window.removeEventListener('message', onMessage);
      window.clearInterval(timer);
    };
  }, [embed.kind, embed.kind === 'iframe' ? embed.src : '']);

  const listen = () => {
    if (embed.kind !== 'iframe') return;
    const target = iframe.current?.contentWindow;
    const origin = new URL(embed.src).origin;
    if (embed.provider === 'youtube') target?.postMessage(JSON.stringify({ event: 'listening', id: sessionSlug }), origin);
    else for (const name of ['play', 'pause', 'ended', 'timeupdate']) target?.postMessage(JSON.stringify({ method: 'addEventListener', value: name }), origin);
  };

  if (embed.kind === 'link') {
    return (
      <p>
        <a className="button secondary" href={embed.href} rel="noopener noreferrer" target="_blank">
          Watch the recording<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        {report && <span className="muted"> Watched time is only counted in a player on this page.</span>}
      </p>
    );
  }
  return (
    <figure className="recording-player">
      {embed.kind === 'video' ? (
        <video
          ref={video}
          src={embed.src}
          controls
          preload="metadata"
          aria-label={`Recording: ${title}`}
          onPlay={(event) => tracker.current?.start(event.currentTarget.currentTime)}
          onPause={(event) => tracker.current?.stop(event.currentTarget.currentTime)}
          onEnded={(event) => tracker.current?.stop(event.currentTarget.currentTime)}
          onSeeking={() => tracker.current?.stop(lastPosition.current)}
          onSeeked={(event) => {
            if (!event.currentTarget.paused) tracker.current?.start(event.currentTarget.currentTime);
          }}
          onTimeUpdate={(event) => {
            if (!event.currentTarget.seeking) lastPosition.current = event.currentTarget.currentTime;
          }}
        />
      ) : (
        <iframe ref={iframe} src={embed.src} title={`Recording: ${title}`} allow="fullscreen; picture-in-picture" onLoad={listen} />
      )}
      {failed && <figcaption role="status">Your watched time could not be saved just now; it is retried as you keep watching.</figcaption>}
    </figure>
  );
}
