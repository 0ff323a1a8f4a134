// A small in-process stand-in for the `vscode` module: enough of the API for the bundled extension and
// vscode-languageclient to start hubls and run its features. Unknown members become inert stubs.
'use strict';

const calls = { messages: [], executed: [] };

function stub(name) {
  const fn = function () {};
  return new Proxy(fn, {
    get(target, prop) {
      if (prop === 'then') return undefined; // not a promise
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === 'dispose') return () => {};
      if (prop === 'toString') return () => name;
      if (!(prop in target)) target[prop] = stub(`${name}.${String(prop)}`);
      return target[prop];
    },
    apply() {
      return stub(`${name}()`);
    },
    construct() {
      return stub(`new ${name}`);
    },
  });
}

class Disposable {
  constructor(fn) { this.fn = fn; }
  dispose() { if (this.fn) this.fn(); this.fn = undefined; }
  static from(...items) { return new Disposable(() => items.forEach((i) => i && i.dispose && i.dispose())); }
}

class EventEmitter {
  constructor() {
    this.listeners = [];
    this.event = (listener, thisArg, disposables) => {
      const bound = thisArg ? listener.bind(thisArg) : listener;
      this.listeners.push(bound);
      const d = new Disposable(() => { this.listeners = this.listeners.filter((l) => l !== bound); });
      if (Array.isArray(disposables)) disposables.push(d);
      return d;
    };
  }
  fire(event) { for (const l of [...this.listeners]) l(event); }
  dispose() { this.listeners = []; }
}

class Position {
  constructor(line, character) { this.line = line; this.character = character; }
  isBefore(o) { return this.line < o.line || (this.line === o.line && this.character < o.character); }
  isAfter(o) { return o.isBefore(this); }
  isEqual(o) { return this.line === o.line && this.character === o.character; }
  isBeforeOrEqual(o) { return this.isBefore(o) || this.isEqual(o); }
  isAfterOrEqual(o) { return this.isAfter(o) || this.isEqual(o); }
  compareTo(o) { return this.isBefore(o) ? -1 : this.isEqual(o) ? 0 : 1; }
  translate(dl = 0, dc = 0) { return new Position(this.line + dl, this.character + dc); }
  with(line = this.line, character = this.character) { return new Position(line, character); }
}

class Range {
  constructor(a, b, c, d) {
    if (typeof a === 'number') { this.start = new Position(a, b); this.end = new Position(c, d); }
    else { this.start = a; this.end = b; }
  }
  get isEmpty() { return this.start.isEqual(this.end); }
  get isSingleLine() { return this.start.line === this.end.line; }
  contains(x) {
    if (x instanceof Range) return this.contains(x.start) && this.contains(x.end);
    return this.start.isBeforeOrEqual(x) && x.isBeforeOrEqual(this.end);
  }
  isEqual(o) { return this.start.isEqual(o.start) && this.end.isEqual(o.end); }
  with(start = this.start, end = this.end) { return new Range(start, end); }
}

class Selection extends Range {
  constructor(anchor, active) { super(anchor, active); this.anchor = anchor; this.active = active; }
}

class Uri {
  constructor(scheme, authority, path, query, fragment) {
    Object.assign(this, { scheme, authority: authority || '', path: path || '', query: query || '', fragment: fragment || '' });
  }
  static parse(value) {
    const m = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
    if (!m) throw new Error(`bad uri ${value}`);
    return new Uri(m[1], m[2], decodeURIComponent(m[3]), m[4], m[5]);
  }
  static file(path) { return new Uri('file', '', path); }
  static from(c) { return new Uri(c.scheme, c.authority, c.path, c.query, c.fragment); }
  static joinPath(base, ...parts) { return base.with({ path: [base.path, ...parts].join('/') }); }
  get fsPath() { return this.path; }
  with(change) { return new Uri(change.scheme ?? this.scheme, change.authority ?? this.authority, change.path ?? this.path, change.query ?? this.query, change.fragment ?? this.fragment); }
  toString() {
    const path = this.path.split('/').map(encodeURIComponent).join('/');
    const auth = this.scheme === 'file' || this.authority ? `//${this.authority}` : '';
    return `${this.scheme}:${auth}${path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
  toJSON() { return this.toString(); }
}

const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 };

class Diagnostic {
  constructor(range, message, severity = DiagnosticSeverity.Error) { this.range = range; this.message = message; this.severity = severity; }
}

class MarkdownString {
  constructor(value = '', supportThemeIcons) { this.value = value; this.supportThemeIcons = supportThemeIcons; }
  appendMarkdown(v) { this.value += v; return this; }
  appendText(v) { this.value += v; return this; }
  appendCodeblock(v, lang = '') { this.value += `\n\`\`\`${lang}\n${v}\n\`\`\`\n`; return this; }
}

class Hover { constructor(contents, range) { this.contents = Array.isArray(contents) ? contents : [contents]; this.range = range; } }
class TextEdit {
  constructor(range, newText) { this.range = range; this.newText = newText; }
  static replace(r, t) { return new TextEdit(r, t); }
  static insert(p, t) { return new TextEdit(new Range(p, p), t); }
  static delete(r) { return new TextEdit(r, ''); }
}
class WorkspaceEdit {
  constructor() { this.edits = new Map(); }
  set(uri, edits) { this.edits.set(uri.toString(), edits); }
  replace(uri, range, text) { const k = uri.toString(); this.edits.set(k, [...(this.edits.get(k) || []), new TextEdit(range, text)]); }
  get(uri) { return this.edits.get(uri.toString()) || []; }
  entries() { return [...this.edits.entries()].map(([k, v]) => [Uri.parse(k), v]); }
  get size() { return this.edits.size; }
}
class CodeActionKind {
  constructor(value) { this.value = value; }
  append(part) { return new CodeActionKind(this.value ? `${this.value}.${part}` : part); }
  contains(other) { return this.value === other.value || other.value.startsWith(`${this.value}.`); }
  intersects(other) { return this.contains(other) || other.contains(this); }
}
CodeActionKind.Empty = new CodeActionKind('');
CodeActionKind.QuickFix = new CodeActionKind('quickfix');
CodeActionKind.Refactor = new CodeActionKind('refactor');
CodeActionKind.Source = new CodeActionKind('source');
class CodeAction { constructor(title, kind) { this.title = title; this.kind = kind; } }
class CompletionItem { constructor(label, kind) { this.label = label; this.kind = kind; } }
class CompletionList { constructor(items = [], isIncomplete = false) { this.items = items; this.isIncomplete = isIncomplete; } }
class SnippetString { constructor(value = '') { this.value = value; } }
class CancellationTokenSource {
  constructor() { this.emitter = new EventEmitter(); this.token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event }; }
  cancel() { this.token.isCancellationRequested = true; this.emitter.fire(); }
  dispose() {}
}

/** Text documents ------------------------------------------------------------------------------ */
class TextDocument {
  constructor(uri, languageId, text) { this.uri = uri; this.languageId = languageId; this.version = 1; this.text = text; this.isClosed = false; this.isDirty = false; this.isUntitled = uri.scheme === 'untitled'; this.eol = 1; }
  get fileName() { return this.uri.fsPath; }
  get lines() { return this.text.split('\n'); }
  get lineCount() { return this.lines.length; }
  getText(range) { if (!range) return this.text; return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end)); }
  lineAt(lineOrPos) { const line = typeof lineOrPos === 'number' ? lineOrPos : lineOrPos.line; const text = this.lines[line]; return { lineNumber: line, text, range: new Range(line, 0, line, text.length), isEmptyOrWhitespace: text.trim() === '', firstNonWhitespaceCharacterIndex: text.length - text.trimStart().length }; }
  offsetAt(pos) { const lines = this.lines; let off = 0; for (let i = 0; i < pos.line && i < lines.length; i++) off += lines[i].length + 1; return off + Math.min(pos.character, (lines[pos.line] || '').length); }
  positionAt(offset) { const before = this.text.slice(0, offset).split('\n'); return new Position(before.length - 1, before[before.length - 1].length); }
  getWordRangeAtPosition(pos) { const line = this.lines[pos.line] || ''; let s = pos.character, e = pos.character; while (s > 0 && /[\w-]/.test(line[s - 1])) s--; while (e < line.length && /[\w-]/.test(line[e])) e++; return s === e ? undefined : new Range(pos.line, s, pos.line, e); }
  validateRange(r) { return r; }
  validatePosition(p) { return p; }
  save() { return Promise.resolve(true); }
}

/** Diagnostics --------------------------------------------------------------------------------- */
const collections = new Set();
const onDidChangeDiagnostics = new EventEmitter();
function createDiagnosticCollection(name = 'anonymous') {
  const map = new Map();
  const c = {
    name,
    set(uriOrEntries, diagnostics) {
      const changed = [];
      if (Array.isArray(uriOrEntries)) { for (const [u, d] of uriOrEntries) { map.set(u.toString(), [u, d || []]); changed.push(u); } }
      else { map.set(uriOrEntries.toString(), [uriOrEntries, diagnostics || []]); changed.push(uriOrEntries); }
      onDidChangeDiagnostics.fire({ uris: changed });
    },
    delete(uri) { map.delete(uri.toString()); onDidChangeDiagnostics.fire({ uris: [uri] }); },
    clear() { const uris = [...map.values()].map(([u]) => u); map.clear(); onDidChangeDiagnostics.fire({ uris }); },
    forEach(cb) { for (const [u, d] of map.values()) cb(u, d, c); },
    get(uri) { return (map.get(uri.toString()) || [])[1]; },
    has(uri) { return map.has(uri.toString()); },
    dispose() { collections.delete(c); },
    [Symbol.iterator]() { return [...map.values()][Symbol.iterator](); },
  };
  collections.add(c);
  return c;
}
function getDiagnostics(uri) {
  if (!uri) { const all = new Map(); for (const c of collections) c.forEach((u, d) => all.set(u.toString(), [u, [...((all.get(u.toString()) || [])[1] || []), ...d]])); return [...all.values()]; }
  const out = [];
  for (const c of collections) out.push(...(c.get(uri) || []));
  return out;
}

/** Providers and commands ---------------------------------------------------------------------- */
const providers = {};
function register(kind) {
  return (selector, provider) => { (providers[kind] = providers[kind] || []).push(provider); return new Disposable(() => {}); };
}
const commands = new Map();
const contentProviders = new Map();

const config = {};
const events = {};
function event(name) { events[name] = events[name] || new EventEmitter(); return events[name].event; }

const workspace = new Proxy({
  textDocuments: [],
  notebookDocuments: [],
  workspaceFolders: undefined,
  name: undefined,
  getConfiguration(section) {
    const full = (key) => (section ? `${section}.${key}` : key);
    return {
      get: (key, dflt) => (full(key) in config ? config[full(key)] : dflt),
      has: (key) => full(key) in config,
      inspect: (key) => ({ key: full(key), defaultValue: undefined, globalValue: config[full(key)] }),
      update: async (key, value) => { config[full(key)] = value; },
    };
  },
  getWorkspaceFolder: () => undefined,
  registerTextDocumentContentProvider(scheme, provider) { contentProviders.set(scheme, provider); return new Disposable(() => contentProviders.delete(scheme)); },
  async openTextDocument(uri) {
    const provider = contentProviders.get(uri.scheme);
    return new TextDocument(uri, 'plaintext', provider ? provider.provideTextDocumentContent(uri) : '');
  },
  createFileSystemWatcher: () => ({ onDidCreate: event('fsc'), onDidChange: event('fsch'), onDidDelete: event('fsd'), dispose() {} }),
  onDidOpenTextDocument: event('open'),
  onDidCloseTextDocument: event('close'),
  onDidChangeTextDocument: event('change'),
  onDidSaveTextDocument: event('save'),
  onWillSaveTextDocument: event('willSave'),
  onDidChangeConfiguration: event('configuration'),
  onDidChangeWorkspaceFolders: event('folders'),
  onDidOpenNotebookDocument: event('nbopen'),
  onDidCloseNotebookDocument: event('nbclose'),
  onDidChangeNotebookDocument: event('nbchange'),
  onDidSaveNotebookDocument: event('nbsave'),
  onDidCreateFiles: event('createFiles'),
  onDidRenameFiles: event('renameFiles'),
  onDidDeleteFiles: event('deleteFiles'),
  onWillCreateFiles: event('willCreateFiles'),
  onWillRenameFiles: event('willRenameFiles'),
  onWillDeleteFiles: event('willDeleteFiles'),
  applyEdit: async (edit) => { calls.applied = edit; return true; },
}, { get: (t, p) => (p in t ? t[p] : (t[p] = stub(`workspace.${String(p)}`))) });

const quickPicks = [];
const window = new Proxy({
  activeTextEditor: undefined,
  visibleTextEditors: [],
  tabGroups: { all: [], onDidChangeTabs: event('tabs'), onDidChangeTabGroups: event('tabGroups') },
  createOutputChannel(name) {
    const lines = [];
    return { name, lines, append: (s) => lines.push(s), appendLine: (s) => lines.push(s), replace() {}, clear() {}, show() {}, hide() {}, dispose() {} };
  },
  showErrorMessage: async (m) => { calls.messages.push(['error', m]); return undefined; },
  showWarningMessage: async (m) => { calls.messages.push(['warning', m]); return undefined; },
  showInformationMessage: async (m) => { calls.messages.push(['info', m]); return undefined; },
  showQuickPick: async (items) => (await items)[0],
  createQuickPick() {
    const accept = new EventEmitter(), value = new EventEmitter(), hide = new EventEmitter();
    const pick = { items: [], selectedItems: [], activeItems: [], value: '', busy: false, placeholder: '', show() { pick.shown = true; }, hide() { hide.fire(); }, dispose() { pick.disposed = true; }, onDidAccept: accept.event, onDidChangeValue: value.event, onDidHide: hide.event, onDidChangeSelection: event('qps'), onDidChangeActive: event('qpa'), accept: () => accept.fire(), type: (v) => { pick.value = v; value.fire(v); } };
    quickPicks.push(pick);
    return pick;
  },
  showTextDocument: async (doc) => ({ document: doc }),
  onDidChangeActiveTextEditor: event('activeEditor'),
  onDidChangeVisibleTextEditors: event('visibleEditors'),
  onDidChangeTextEditorSelection: event('selection'),
  onDidChangeWindowState: event('windowState'),
  createStatusBarItem: () => stub('statusBarItem'),
}, { get: (t, p) => (p in t ? t[p] : (t[p] = stub(`window.${String(p)}`))) });

const vscode = {
  version: '1.82.0',
  env: { appName: 'Visual Studio Code', appRoot: '/tmp', language: 'en', machineId: 'test', sessionId: 'test', uriScheme: 'vscode', uiKind: 1, remoteName: undefined, openExternal: async () => true },
  Disposable, EventEmitter, Position, Range, Selection, Uri, Diagnostic, DiagnosticSeverity, MarkdownString, Hover,
  TextEdit, WorkspaceEdit, CodeActionKind, CodeAction, CompletionItem, CompletionList, SnippetString, CancellationTokenSource,
  DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
  CompletionItemKind: new Proxy({}, { get: (_t, p) => (p === 'Snippet' ? 14 : 0) }),
  CompletionItemTag: { Deprecated: 1 },
  CompletionTriggerKind: { Invoke: 0, TriggerCharacter: 1, TriggerForIncompleteCompletions: 2 },
  CodeActionTriggerKind: { Invoke: 1, Automatic: 2 },
  TextDocumentSaveReason: { Manual: 1, AfterDelay: 2, FocusOut: 3 },
  EndOfLine: { LF: 1, CRLF: 2 },
  ViewColumn: { Active: -1, Beside: -2, One: 1 },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  UIKind: { Desktop: 1, Web: 2 },
  languages: new Proxy({
    createDiagnosticCollection, getDiagnostics, onDidChangeDiagnostics: onDidChangeDiagnostics.event,
    match: (selector, doc) => {
      const list = Array.isArray(selector) ? selector : [selector];
      return list.some((s) => (typeof s === 'string' ? s === doc.languageId || s === '*' : (!s.scheme || s.scheme === doc.uri.scheme) && (!s.language || s.language === doc.languageId))) ? 10 : 0;
    },
    setTextDocumentLanguage: async (doc, languageId) => { doc.languageId = languageId; return doc; },
    registerHoverProvider: register('hover'),
    registerCodeActionsProvider: register('codeAction'),
    registerCompletionItemProvider: register('completion'),
  }, { get: (t, p) => (p in t ? t[p] : String(p).startsWith('register') ? (t[p] = register(String(p))) : (t[p] = stub(`languages.${String(p)}`))) }),
  commands: {
    registerCommand(id, fn) { commands.set(id, fn); return new Disposable(() => commands.delete(id)); },
    registerTextEditorCommand(id, fn) { commands.set(id, fn); return new Disposable(() => commands.delete(id)); },
    async executeCommand(id, ...args) {
      calls.executed.push([id, ...args]);
      if (commands.has(id)) return commands.get(id)(...args);
      return undefined;
    },
    getCommands: async () => [...commands.keys()],
  },
  workspace,
  window,
};

const exported = new Proxy(vscode, {
  get(target, prop) {
    if (prop in target) return target[prop];
    if (prop === '__esModule' || prop === 'default' || typeof prop === 'symbol') return undefined;
    return (target[prop] = stub(String(prop)));
  },
});

/** Test helpers. */
exported.__test = {
  calls, config, providers, commands, contentProviders, quickPicks, events, collections,
  TextDocument,
  openDocument(doc) { workspace.textDocuments.push(doc); events.open && events.open.fire(doc); return doc; },
  fire(name, value) { events[name] && events[name].fire(value); },
};

module.exports = exported;
