// Runs the bundled extension (dist/extension.js) on the `vscode` stand-in against the real hubls
// binary ($HUBLS_BIN): activation, forwarding of another source's diagnostics, hover on them, the
// server's own diagnostics (never forwarded back), "Knowledge Hub: Search" and "Explain Problem at Cursor".
'use strict';
const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');

const mock = require('./vscode-mock');
const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? mock : originalLoad.call(this, request, ...rest);
};

const bin = process.env.HUBLS_BIN;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hubls-vscode-'));
const traffic = path.join(work, 'client-to-server.jsonrpc');
// A wrapper that records what the extension sends, so the test can check the notifications.
const wrapper = path.join(work, 'hubls-wrapper.sh');
fs.writeFileSync(wrapper, `#!/bin/sh\ntee -a '${traffic}' | exec '${bin}' --stdio\n`, { mode: 0o755 });

const { __test: t } = mock;
const context = {
  subscriptions: [],
  extensionPath: path.resolve(__dirname, '../..'),
  extensionUri: mock.Uri.file(path.resolve(__dirname, '../..')),
  asAbsolutePath: (p) => path.resolve(__dirname, '../..', p),
  globalState: { get: () => undefined, update: async () => {}, keys: () => [] },
  workspaceState: { get: () => undefined, update: async () => {}, keys: () => [] },
  storageUri: undefined,
  globalStorageUri: mock.Uri.file(work),
  logUri: mock.Uri.file(work),
  extensionMode: 1,
};

async function waitFor(what, condition, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > end) {
      const sent = fs.existsSync(traffic) ? fs.readFileSync(traffic, 'utf8').slice(-3000) : '(nothing)';
      throw new Error(`timed out waiting for ${what}\nmessages: ${JSON.stringify(t.calls.messages)}\nlast traffic:\n${sent}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function sentForeign() {
  if (!fs.existsSync(traffic)) return [];
  const text = fs.readFileSync(traffic, 'utf8');
  const out = [];
  for (const m of text.matchAll(/\{"jsonrpc":"2\.0","method":"hubls\/didChangeForeignDiagnostics".*?(?=Content-Length|$)/gs)) {
    out.push(JSON.parse(m[0]).params);
  }
  return out;
}

let extension;
after(async () => {
  if (extension) await extension.deactivate();
  fs.rmSync(work, { recursive: true, force: true });
});

test('the bundled extension drives hubls end to end', { skip: !bin && 'HUBLS_BIN is not set' }, async () => {
  t.config['hubls.serverPath'] = wrapper;
  t.config['hubls.scan'] = true;
  extension = require('../../dist/extension.js');
  await extension.activate(context);
  assert.ok(t.commands.has('hubls.searchPick') && t.commands.has('hubls.explainAtCursor'), 'commands registered');
  const init = await waitFor('initialize', () => fs.existsSync(traffic) && /"method":"initialize"/.test(fs.readFileSync(traffic, 'utf8')));
  assert.ok(init);
  assert.match(fs.readFileSync(traffic, 'utf8'), /"initializationOptions":\{"scan":true/, 'settings sent as initializationOptions');

  // 1. Another source's diagnostic is forwarded and explained on hover.
  const js = t.openDocument(new t.TextDocument(mock.Uri.file(path.join(work, 'app.js')), 'javascript',
    'const items = undefined;\nconst doubled = items.map((x) => x * 2);\n'));
  const eslint = mock.languages.createDiagnosticCollection('eslint');
  const d = new mock.Diagnostic(new mock.Range(1, 16, 1, 25), "TypeError: Cannot read properties of undefined (reading 'map')", mock.DiagnosticSeverity.Error);
  d.source = 'runtime';
  d.code = { value: 'E1', target: mock.Uri.parse('https://example.invalid/E1') };
  eslint.set(js.uri, [d]);
  const forwarded = await waitFor('the foreign diagnostics notification',
    () => sentForeign().find((p) => p.uri === js.uri.toString() && p.diagnostics.length === 1));
  assert.deepEqual(forwarded.diagnostics[0], {
    range: { start: { line: 1, character: 16 }, end: { line: 1, character: 25 } },
    message: d.message, severity: 1, source: 'runtime', code: 'E1',
  });
  const hoverProvider = t.providers.hover && t.providers.hover[0];
  assert.ok(hoverProvider, 'a hover provider is registered');
  const token = new mock.CancellationTokenSource().token;
  const hover = await waitFor('a hover', () => hoverProvider.provideHover(js, new mock.Position(1, 20), token));
  const hoverText = hover.contents.map((c) => c.value ?? String(c)).join('\n');
  assert.match(hoverText, /react\/state-read-before-loaded/);

  // VS Code hands every source's diagnostics to code actions: the entry's quick fix comes back.
  const codeActions = t.providers.codeAction && t.providers.codeAction[0];
  assert.ok(codeActions, 'a code action provider is registered');
  const actions = await codeActions.provideCodeActions(js, d.range, { diagnostics: [d], triggerKind: 1, only: undefined }, token);
  const fix = (actions || []).find((a) => a.edit);
  assert.ok(fix, `a quick fix with an edit among ${JSON.stringify((actions || []).map((a) => a.title))}`);
  const edits = fix.edit.get(js.uri);
  assert.equal(edits.length, 1);
  assert.equal(edits[0].newText, '(items ?? []).map(');
  assert.ok((actions || []).some((a) => a.command && a.command.command === 'hubls.showEntry'), 'the Knowledge Hub action');

  // 2. The server's own diagnostics arrive, and are not forwarded back.
  const log = t.openDocument(new t.TextDocument(mock.Uri.file(path.join(work, 'worker.log')), 'log',
    'starting worker\nTraceback (most recent call last):\n  File "/srv/app.py", line 3, in <module>\n    print(settings["timeout"])\nKeyError: \'timeout\'\nworker stopped\n'));
  const own = await waitFor('hubls diagnostics for the log', () => {
    const list = mock.languages.getDiagnostics(log.uri).filter((x) => x.source === 'hubls');
    return list.length > 0 && list;
  });
  assert.equal(own[0].range.start.line, 4);
  const codeValue = typeof own[0].code === 'object' ? own[0].code.value : own[0].code;
  assert.equal(codeValue, 'python/key-error');
  await new Promise((r) => setTimeout(r, 600)); // past the debounce
  for (const params of sentForeign()) {
    for (const fd of params.diagnostics) assert.notEqual(fd.source, 'hubls', `own diagnostic forwarded: ${JSON.stringify(fd)}`);
  }

  // 3. Knowledge Hub: Search opens the picked entry as a markdown preview of a hubls: document.
  const before = t.calls.executed.length;
  await mock.commands.executeCommand('hubls.searchPick', 'KeyError timeout');
  const pick = t.quickPicks[t.quickPicks.length - 1];
  await waitFor('search results', () => pick.items.length > 0);
  assert.equal(pick.items[0].description, 'python/key-error');
  pick.selectedItems = [pick.items[0]];
  pick.accept();
  const preview = await waitFor('markdown.showPreview', () => t.calls.executed.slice(before).find((c) => c[0] === 'markdown.showPreview'));
  const uri = preview[1];
  assert.equal(uri.scheme, 'hubls');
  const markdown = t.contentProviders.get('hubls').provideTextDocumentContent(uri);
  assert.match(markdown, /KeyError/);
  assert.match(markdown, /Root cause/);

  // 4. Explain Problem at Cursor on the log's KeyError line.
  mock.window.activeTextEditor = { document: log, selection: new mock.Selection(new mock.Position(4, 3), new mock.Position(4, 3)) };
  const mark = t.calls.executed.length;
  await mock.commands.executeCommand('hubls.explainAtCursor');
  const explained = await waitFor('explain preview', () => t.calls.executed.slice(mark).find((c) => c[0] === 'markdown.showPreview'));
  const text = t.contentProviders.get('hubls').provideTextDocumentContent(explained[1]);
  assert.match(text, /python\/key-error|KeyError/);
  assert.match(text, /timeout/);
  assert.deepEqual(t.calls.messages.filter((m) => m[0] === 'error'), []);
});
