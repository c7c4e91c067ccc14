import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { HeartbeatTracker, recordingEmbed } from './recording-embed';
import { RecordingPlayer } from './RecordingPlayer';

const originalFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('recordingEmbed', () => {
  it('plays a media file in <video>, YouTube and Vimeo links in their players, anything else as a link', () => {
    expect(recordingEmbed('https://video.example.org/talk.mp4')).toEqual({ kind: 'video', src: 'https://video.example.org/talk.mp4' });
    expect(recordingEmbed('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toMatchObject({ kind: 'iframe', provider: 'youtube', src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?enablejsapi=1' });
    expect(recordingEmbed('https://youtu.be/dQw4w9WgXcQ')).toMatchObject({ kind: 'iframe', provider: 'youtube' });
    expect(recordingEmbed('https://vimeo.com/76979871')).toMatchObject({ kind: 'iframe', provider: 'vimeo', src: 'https://player.vimeo.com/video/76979871?api=1' });
    expect(recordingEmbed('https://programminglibrarian.org/learn')).toEqual({ kind: 'link', href: 'https://programminglibrarian.org/learn' });
    expect(recordingEmbed('http://video.example.org/talk.mp4').kind).toBe('link');
  });
});

describe('HeartbeatTracker', () => {
  it('starts the clock on play, reports each played segment and nothing while paused', () => {
    const sent: [number, number][] = [];
    const tracker = new HeartbeatTracker((from, to) => sent.push([from, to]));
    tracker.start(10.4);
    tracker.tick(25.9);
    tracker.stop(31);
    tracker.tick(200);
    tracker.start(300);
    tracker.tick(290);
    expect(sent).toEqual([[10, 10], [10, 25], [25, 31], [300, 300], [290, 290]]);
  });
});

describe('RecordingPlayer', () => {
  it('reports playback of a media file as heartbeats of the played segment', async () => {
    const bodies: unknown[] = [];
    globalThis.fetch = (async (url: string, init: RequestInit) => {
      expect(url).toBe('/api/v1/me/sessions/part-1/recording-heartbeats');
      bodies.push(JSON.parse(String(init.body)));
      return { ok: true, status: 200, statusText: '', json: async () => ({ session: 'part-1', credited: null, limitedBy: null, watchedSeconds: 0, watchedPercent: 0, sessionCompleted: false }) } as Response;
    }) as typeof fetch;
    render(<RecordingPlayer sessionSlug="part-1" title="Part 1" url="https://video.example.org/part-1.mp4" report />);
    const video = screen.getByLabelText('Recording: Part 1') as HTMLVideoElement;
    Object.defineProperty(video, 'currentTime', { value: 0, writable: true });
    fireEvent.play(video);
    video.currentTime = 14;
    fireEvent.pause(video);
    await waitFor(() => expect(bodies).toEqual([{ fromSecond: 0, toSecond: 0 }, { fromSecond: 0, toSecond: 14 }]));
  });

  it('embeds a YouTube link in a titled iframe and keeps other links as links', () => {
    render(<RecordingPlayer sessionSlug="part-1" title="Part 1" url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" report />);
    expect(screen.getByTitle('Recording: Part 1').tagName).toBe('IFRAME');
    cleanup();
    render(<RecordingPlayer sessionSlug="part-1" title="Part 1" url="https://programminglibrarian.org/learn" report={false} />);
    expect(screen.getByRole('link', { name: /Watch the recording/ }).getAttribute('href')).toBe('https://programminglibrarian.org/learn');
  });

  it('sends nothing when nobody is signed in', () => {
    let calls = 0;
    globalThis.fetch = (async () => {
      calls += 1;
      return { ok: true, status: 200, json: async () => ({}) } as Response;
    }) as typeof fetch;
    render(<RecordingPlayer sessionSlug="part-1" title="Part 1" url="https://video.example.org/part-1.mp4" report={false} />);
    fireEvent.play(screen.getByLabelText('Recording: Part 1'));
    expect(calls).toBe(0);
  });
});
