import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  Clock,
  Debouncer,
  DiagnosticLike,
  FOREIGN_DIAGNOSTICS,
  ForeignDiagnosticsForwarder,
  ForeignDiagnosticsParams,
  foreignDiagnostics,
  isOwn,
  serverSettings,
  toLspDiagnostic,
  toLspSeverity,
} from '../src/forwarding';

/** A clock whose timers run only when the test advances it. */
class FakeClock implements Clock {
  now = 0;
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private next = 1;
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.push({ at: this.now + ms, callback, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  advance(ms: number): void {
    this.now += ms;
    const due = this.timers.filter((t) => t.at <= this.now).sort((a, b) => a.at - b.at);
    this.timers = this.timers.filter((t) => t.at > this.now);
    for (const t of due) t.callback();
  }
}

const range = (l1: number, c1: number, l2: number, c2: number) => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});

const typeError: DiagnosticLike = {
  range: range(1, 16, 1, 25),
  message: "TypeError: Cannot read properties of undefined (reading 'map')",
  severity: 0,
  source: 'eslint',
  code: { value: 'no-undef', target: { scheme: 'https' } },
};
const own: DiagnosticLike = { range: range(4, 0, 4, 19), message: 'KeyError', severity: 2, source: 'hubls', code: 'python/key-error' };

test('notification name is the server protocol', () => {
  assert.equal(FOREIGN_DIAGNOSTICS, 'hubls/didChangeForeignDiagnostics');
});

test('VS Code severities map to LSP severities', () => {
  assert.deepEqual([0, 1, 2, 3].map(toLspSeverity), [1, 2, 3, 4]);
  assert.equal(toLspSeverity(undefined), 1);
  assert.equal(toLspSeverity(42), 1);
});

test('a diagnostic converts to LSP with its range, message, source and code', () => {
  assert.deepEqual(toLspDiagnostic(typeError), {
    range: range(1, 16, 1, 25),
    message: typeError.message,
    severity: 1,
    source: 'eslint',
    code: 'no-undef',
  });
  const plain = toLspDiagnostic({ range: range(0, 0, 0, 3), message: 'x', severity: 3, code: 7 });
  assert.deepEqual(plain, { range: range(0, 0, 0, 3), message: 'x', severity: 4, code: 7 });
  assert.equal('source' in toLspDiagnostic({ range: range(0, 0, 0, 0), message: '', source: '' }), false);
});

test('a reversed or fractional range is normalised', () => {
  const d = toLspDiagnostic({ range: range(3, 5.7, 1, 2), message: 'm' });
  assert.deepEqual(d.range, range(1, 2, 3, 5));
  const negative = toLspDiagnostic({ range: range(-1, -4, 0, 1), message: 'm' });
  assert.deepEqual(negative.range, range(0, 0, 0, 1));
});

test('hubls own diagnostics are recognised and filtered out', () => {
  assert.equal(isOwn(own), true);
  assert.equal(isOwn(typeError), false);
  assert.deepEqual(foreignDiagnostics([own, typeError, own]).map((d) => d.source), ['eslint']);
  assert.deepEqual(foreignDiagnostics([own]), []);
});

test('debouncer runs once per key after the quiet period', () => {
  const clock = new FakeClock();
  const debouncer = new Debouncer(200, clock);
  const runs: string[] = [];
  debouncer.schedule('a', () => runs.push('a1'));
  clock.advance(150);
  debouncer.schedule('a', () => runs.push('a2'));
  debouncer.schedule('b', () => runs.push('b'));
  clock.advance(150);
  assert.equal(runs.length, 0);
  assert.equal(debouncer.pending(), 2);
  clock.advance(50);
  assert.deepEqual(runs.sort(), ['a2', 'b']);
  assert.equal(debouncer.pending(), 0);
  debouncer.schedule('c', () => runs.push('c'));
  debouncer.dispose();
  clock.advance(1000);
  assert.equal(runs.includes('c'), false);
});

function harness(initial: Record<string, DiagnosticLike[]>, tracked = new Set(Object.keys(initial))) {
  const clock = new FakeClock();
  const diagnostics = { ...initial };
  const sent: ForeignDiagnosticsParams[] = [];
  const forwarder = new ForeignDiagnosticsForwarder({
    getDiagnostics: (uri) => diagnostics[uri] ?? [],
    isTracked: (uri) => tracked.has(uri),
    send: (params) => {
      sent.push(params);
    },
    debounceMs: 200,
    clock,
  });
  return { clock, diagnostics, sent, forwarder, tracked };
}

test('changes are debounced, converted, and own diagnostics are never forwarded', async () => {
  const uri = 'file:///work/app.js';
  const h = harness({ [uri]: [typeError, own] });
  h.forwarder.changed([uri]);
  h.forwarder.changed([uri]);
  h.forwarder.changed([uri]);
  assert.equal(h.sent.length, 0, 'nothing before the debounce');
  h.clock.advance(200);
  await Promise.resolve();
  assert.equal(h.sent.length, 1, 'one notification for a burst of changes');
  assert.equal(h.sent[0].uri, uri);
  assert.deepEqual(h.sent[0].diagnostics, [toLspDiagnostic(typeError)]);
});

test('an unchanged set is not sent again, an emptied one is', async () => {
  const uri = 'file:///work/app.js';
  const h = harness({ [uri]: [typeError] });
  assert.equal(await h.forwarder.flush(uri), true);
  // Only our own diagnostics changed: nothing new to tell the server.
  h.diagnostics[uri] = [typeError, own];
  assert.equal(await h.forwarder.flush(uri), false);
  h.diagnostics[uri] = [own];
  assert.equal(await h.forwarder.flush(uri), true);
  assert.deepEqual(h.sent.map((s) => s.diagnostics.length), [1, 0]);
  // After the document is forgotten (closed), reopening sends again.
  h.forwarder.forget(uri);
  assert.equal(await h.forwarder.flush(uri), true);
});

test('documents the server does not track are not forwarded', async () => {
  const open = 'file:///work/open.ts';
  const closed = 'file:///work/closed.ts';
  const h = harness({ [open]: [typeError], [closed]: [typeError] }, new Set([open]));
  h.forwarder.changed([open, closed]);
  h.clock.advance(500);
  await Promise.resolve();
  assert.deepEqual(h.sent.map((s) => s.uri), [open]);
  assert.equal(await h.forwarder.flush(closed), false);
});

test('settings mirror the server settings and drop bad values', () => {
  const config: Record<string, unknown> = {
    corpus: ['/team/kb', '', 3],
    scan: false,
    completion: { enable: true, limit: 5 },
    completionLimit: 500,
    serverPath: '/usr/bin/hubls',
  };
  assert.deepEqual(serverSettings((key) => config[key] as never), {
    corpus: ['/team/kb'],
    scan: false,
    completion: { enable: true, limit: 5 },
    completionLimit: 200,
  });
  assert.deepEqual(serverSettings(() => undefined), {});
  assert.deepEqual(serverSettings((key) => ({ scan: 'yes', completion: 'no' } as Record<string, unknown>)[key] as never), {});
});
