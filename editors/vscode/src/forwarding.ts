// The pure logic of diagnostic forwarding: conversion to LSP, filtering of hubls's own diagnostics,
// debouncing and de-duplication. It does not import `vscode`, so node's test runner can test it.

/** The server's notification that replaces the foreign diagnostics it holds for one document. */
export const FOREIGN_DIAGNOSTICS = 'hubls/didChangeForeignDiagnostics';

/** The `source` of hubls's own diagnostics; those are never sent back. */
export const OWN_SOURCE = 'hubls';

export interface PositionLike {
  line: number;
  character: number;
}

export interface RangeLike {
  start: PositionLike;
  end: PositionLike;
}

/** The shape of a `vscode.Diagnostic` this module reads (severity: 0 Error … 3 Hint, as in VS Code). */
export interface DiagnosticLike {
  range: RangeLike;
  message: string;
  severity?: number;
  source?: string;
  code?: string | number | { value: string | number; target?: unknown };
}

/** An LSP `Diagnostic` (severity: 1 Error … 4 Hint). */
export interface LspDiagnostic {
  range: { start: PositionLike; end: PositionLike };
  message: string;
  severity: 1 | 2 | 3 | 4;
  source?: string;
  code?: string | number;
}

export interface ForeignDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: LspDiagnostic[];
}

export function isOwn(diagnostic: DiagnosticLike): boolean {
  return diagnostic.source === OWN_SOURCE;
}

/** VS Code severity (0-3) to LSP severity (1-4); anything unknown counts as an error. */
export function toLspSeverity(severity: number | undefined): 1 | 2 | 3 | 4 {
  switch (severity) {
    case 1:
      return 2;
    case 2:
      return 3;
    case 3:
      return 4;
    default:
      return 1;
  }
}

function position(p: PositionLike): PositionLike {
  return { line: Math.max(0, Math.floor(p.line)), character: Math.max(0, Math.floor(p.character)) };
}

/**
 * A VS Code diagnostic as an LSP one. VS Code positions count UTF-16 code units, which is the encoding
 * vscode-languageclient negotiates, so positions pass through unchanged.
 */
export function toLspDiagnostic(diagnostic: DiagnosticLike): LspDiagnostic {
  let start = position(diagnostic.range.start);
  let end = position(diagnostic.range.end);
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) {
    [start, end] = [end, start];
  }
  const out: LspDiagnostic = {
    range: { start, end },
    message: String(diagnostic.message ?? ''),
    severity: toLspSeverity(diagnostic.severity),
  };
  if (diagnostic.source !== undefined && diagnostic.source !== null && diagnostic.source !== '') {
    out.source = String(diagnostic.source);
  }
  const code = diagnostic.code;
  if (typeof code === 'string' || typeof code === 'number') {
    out.code = code;
  } else if (code && typeof code === 'object' && (typeof code.value === 'string' || typeof code.value === 'number')) {
    out.code = code.value;
  }
  return out;
}

/** Every diagnostic that is not hubls's own, converted. */
export function foreignDiagnostics(diagnostics: readonly DiagnosticLike[]): LspDiagnostic[] {
  return diagnostics.filter((d) => !isOwn(d)).map(toLspDiagnostic);
}

export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs one callback per key after `ms` without another `schedule` for that key. */
export class Debouncer {
  private readonly timers = new Map<string, unknown>();

  constructor(
    private readonly ms: number,
    private readonly clock: Clock = realClock,
  ) {}

  schedule(key: string, callback: () => void): void {
    this.cancel(key);
    const handle = this.clock.setTimeout(() => {
      this.timers.delete(key);
      callback();
    }, this.ms);
    this.timers.set(key, handle);
  }

  cancel(key: string): void {
    const handle = this.timers.get(key);
    if (handle !== undefined) {
      this.clock.clearTimeout(handle);
      this.timers.delete(key);
    }
  }

  pending(): number {
    return this.timers.size;
  }

  dispose(): void {
    for (const key of [...this.timers.keys()]) {
      this.cancel(key);
    }
  }
}

export interface ForwarderOptions {
  /** The current diagnostics of a document, from every source. */
  getDiagnostics(uri: string): readonly DiagnosticLike[];
  /** Whether the server has the document open (only those are forwarded). */
  isTracked(uri: string): boolean;
  /** Sends the notification. */
  send(params: ForeignDiagnosticsParams): void | Promise<void>;
  debounceMs?: number;
  clock?: Clock;
}

/**
 * Forwards other sources' diagnostics to the server: debounced per document, never hubls's own, and
 * only when the set for that document changed since the last notification.
 */
export class ForeignDiagnosticsForwarder {
  private readonly debouncer: Debouncer;
  private readonly lastSent = new Map<string, string>();

  constructor(private readonly options: ForwarderOptions) {
    this.debouncer = new Debouncer(options.debounceMs ?? 200, options.clock);
  }

  /** Call from `onDidChangeDiagnostics` with the changed URIs (as strings). */
  changed(uris: readonly string[]): void {
    for (const uri of uris) {
      if (this.options.isTracked(uri)) {
        this.debouncer.schedule(uri, () => void this.flush(uri));
      }
    }
  }

  /** Sends the document's foreign diagnostics now, if they differ from the last ones sent. */
  async flush(uri: string): Promise<boolean> {
    if (!this.options.isTracked(uri)) {
      return false;
    }
    const diagnostics = foreignDiagnostics(this.options.getDiagnostics(uri));
    const params: ForeignDiagnosticsParams = { uri, diagnostics };
    const key = JSON.stringify(diagnostics);
    if (this.lastSent.get(uri) === key) {
      return false;
    }
    this.lastSent.set(uri, key);
    await this.options.send(params);
    return true;
  }

  /** Forget a document (closed): a reopened one gets its diagnostics sent again. */
  forget(uri: string): void {
    this.debouncer.cancel(uri);
    this.lastSent.delete(uri);
  }

  /** Forget everything (the server restarted). */
  reset(): void {
    this.debouncer.dispose();
    this.lastSent.clear();
  }

  dispose(): void {
    this.debouncer.dispose();
  }
}

/** The settings object the server reads, from the `hubls` configuration section. */
export function serverSettings(get: <T>(key: string) => T | undefined): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  const corpus = get<unknown>('corpus');
  if (Array.isArray(corpus)) {
    settings.corpus = corpus.filter((c): c is string => typeof c === 'string' && c !== '');
  }
  const scan = get<unknown>('scan');
  if (typeof scan === 'boolean') {
    settings.scan = scan;
  }
  const completion = get<unknown>('completion');
  if (typeof completion === 'boolean' || (completion && typeof completion === 'object')) {
    settings.completion = completion;
  }
  const limit = get<unknown>('completionLimit');
  if (typeof limit === 'number' && Number.isFinite(limit)) {
    settings.completionLimit = Math.max(1, Math.min(200, Math.floor(limit)));
  }
  return settings;
}
