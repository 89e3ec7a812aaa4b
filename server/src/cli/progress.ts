/**
 * The CLI's progress bar for long work (`check` over a large folder, `log-summary` of a large log).
 * It is drawn on stderr only when stderr is a terminal, `CI` is not set and `--no-progress` was not
 * given, and only once the work has run for about a second, so quick runs never flash a bar. It
 * clears its line before anything else is written and at the end, so it never mixes with output.
 * The bottom of server/src/cli beside cliCommand.ts: it imports nothing of the CLI.
 */
import { performance } from 'node:perf_hooks';

/** Where a bar may be drawn: the terminal behind stderr. */
export interface ProgressTerminal {
  write(text: string): void;
  /** The terminal's width in columns. */
  columns(): number;
  /** How long work runs before a bar shows (progressDelayMs unless the environment says otherwise). */
  delayMs?: number;
}

/** How a command tells how far its work is; cheap enough to call for every few thousand lines. */
export interface Progress {
  /** `done` of `total` units of work, described for the reader by `detail` ("3/120 files"). */
  report(done: number, total: number, detail: string): void;
  /** Clears the bar if it is shown; the next report draws it again. */
  clear(): void;
}

/** For runs without a terminal, in CI or with --no-progress. */
export const noProgress: Progress = { report() {}, clear() {} };

/** A run shorter than this shows no bar. */
export const progressDelayMs = 1000;
/** Redraws at most this often: a terminal write per line of a 50 MB log would cost more than the work. */
const redrawIntervalMs = 100;
const clearLine = '\r\x1b[K';

/**
 * The terminal behind `stream`, or undefined where no bar belongs: output that is no terminal
 * (piped, redirected), a CI run (its log is a file, not a screen) or a terminal that cannot erase
 * a line (TERM=dumb).
 */
export function progressTerminal(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): ProgressTerminal | undefined {
  if (!stream.isTTY || (env.CI && env.CI !== 'false' && env.CI !== '0') || env.TERM === 'dumb') return undefined;
  // SMTP_CODES_PROGRESS_DELAY_MS lets a test see the bar on a machine fast enough to finish in a second.
  const delay = Number(env.SMTP_CODES_PROGRESS_DELAY_MS);
  return { write: (text) => void stream.write(text), columns: () => stream.columns || 80, delayMs: Number.isFinite(delay) && delay >= 0 ? delay : progressDelayMs };
}

export class ProgressBar implements Progress {
  private shown = false;
  private lastDraw = -Infinity;
  private readonly start: number;

  constructor(
    private readonly terminal: ProgressTerminal,
    private readonly label: string,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.start = now();
  }

  report(done: number, total: number, detail: string): void {
    const time = this.now();
    if (time - this.start < (this.terminal.delayMs ?? progressDelayMs) || time - this.lastDraw < redrawIntervalMs) return;
    this.lastDraw = time;
    this.shown = true;
    this.terminal.write(`\r${progressLine(this.label, done, total, detail, this.terminal.columns())}\x1b[K`);
  }

  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    // The next report redraws at once, so output between two reports does not hide the bar for long.
    this.lastDraw = -Infinity;
    this.terminal.write(clearLine);
  }
}

/**
 * One line of the bar, `label [#####.....]  45% detail`, cut to one column less than the terminal
 * so that the cursor never wraps to a line the clearing would not reach.
 */
export function progressLine(label: string, done: number, total: number, detail: string, columns: number): string {
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const room = Math.max(0, columns - 1);
  const text = ` ${percent} ${detail}`;
  const barWidth = Math.min(30, room - label.length - 3 - text.length);
  const line = barWidth >= 5 ? `${label} [${'#'.repeat(Math.round(fraction * barWidth)).padEnd(barWidth, '.')}]${text}` : `${label}${text}`;
  return line.slice(0, room);
}

/** A byte count for the bar: `12.3 MB`. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Reports a pass through a text as bytes and lines done (the text's characters scaled to its UTF-8 size). */
export function textProgress(progress: Progress, text: string): (offset: number, lines: number) => void {
  if (progress === noProgress) return () => undefined;
  const bytes = Buffer.byteLength(text);
  const bytesPerChar = text.length ? bytes / text.length : 1;
  return (offset, lines) => {
    const done = Math.round(offset * bytesPerChar);
    progress.report(done, bytes, `${megabytes(done)}/${megabytes(bytes)}, ${lines.toLocaleString('en-US')} lines`);
  };
}
