// The Knowledge Hub extension: starts hubls over stdio for every document, forwards the diagnostics of
// other extensions to it, and adds "Knowledge Hub: Search" and "Knowledge Hub: Explain Problem at Cursor".
import * as vscode from 'vscode';
import {
  CloseAction,
  CloseHandlerResult,
  DidChangeConfigurationNotification,
  ErrorAction,
  ErrorHandler,
  ErrorHandlerResult,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { FOREIGN_DIAGNOSTICS, ForeignDiagnosticsForwarder, serverSettings } from './forwarding';
import { ServerBinary, nodeLookupEnv, resolveServer } from './server';

const SECTION = 'hubls';
const SCHEME = 'hubls';

interface SearchHit {
  id: string;
  kind: string;
  title: string;
  score: number;
  languages: string[];
}

interface Entry {
  id: string;
  title: string;
  markdown: string;
}

interface Explanation {
  id: string;
  title: string;
  line: number;
  end_line: number;
  primary: boolean;
  params: Record<string, string>;
  markdown: string;
}

let client: LanguageClient | undefined;
let forwarder: ForeignDiagnosticsForwarder | undefined;
let output: vscode.OutputChannel;
let restartTimer: ReturnType<typeof setTimeout> | undefined;

/** Entries shown as read-only `hubls:` documents, by URI. */
class EntryDocuments implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changes = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changes.event;

  set(id: string, markdown: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${id}.md` });
    this.contents.set(uri.toString(), markdown);
    this.changes.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? `No Knowledge Hub entry is loaded for ${uri.path}.`;
  }
}

const entries = new EntryDocuments();

function settings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION);
  return serverSettings((key) => config.get(key));
}

function isSynced(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' || document.uri.scheme === 'untitled';
}

function openDocument(uri: string): boolean {
  return vscode.workspace.textDocuments.some((d) => isSynced(d) && d.uri.toString() === uri);
}

async function execute<T>(command: string, argument: unknown): Promise<T | undefined> {
  if (!client || client.state !== State.Running) {
    void vscode.window.showWarningMessage('Knowledge Hub: the hubls server is not running.');
    return undefined;
  }
  return (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [argument] })) as T;
}

/** Shows Markdown as a read-only document: the Markdown preview when available, else the source. */
async function showMarkdown(id: string, markdown: string): Promise<void> {
  const uri = entries.set(id, markdown);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    await vscode.window.showTextDocument(document, { preview: true });
  }
}

async function showEntry(id: string, params?: Record<string, string>): Promise<void> {
  const entry = await execute<Entry>('hubls.entry', { id, params: params ?? {} });
  if (entry) {
    await showMarkdown(entry.id ?? id, entry.markdown);
  }
}

interface HitItem extends vscode.QuickPickItem {
  id: string;
}

async function search(initial?: string): Promise<void> {
  const pick = vscode.window.createQuickPick<HitItem>();
  pick.placeholder = 'Search the Knowledge Hub: an error message, a task, a library…';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (query: string) => {
    const mine = ++generation;
    if (query.trim().length === 0) {
      pick.items = [];
      return;
    }
    pick.busy = true;
    execute<SearchHit[]>('hubls.search', { query, limit: 50 })
      .then((hits) => {
        if (mine !== generation) {
          return;
        }
        pick.items = (hits ?? []).map((hit) => ({
          id: hit.id,
          label: hit.title,
          description: hit.id,
          detail: [hit.kind, ...(hit.languages ?? [])].join(' · '),
          alwaysShow: true,
        }));
      })
      .catch((err: unknown) => void vscode.window.showErrorMessage(`Knowledge Hub: search failed: ${String(err)}`))
      .finally(() => {
        if (mine === generation) {
          pick.busy = false;
        }
      });
  };
  pick.onDidChangeValue((value) => {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(() => run(value), 150);
  });
  pick.onDidAccept(() => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen) {
      void showEntry(chosen.id);
    }
  });
  pick.onDidHide(() => pick.dispose());
  if (initial) {
    pick.value = initial;
    run(initial);
  }
  pick.show();
}

async function explainAtCursor(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Knowledge Hub: no active editor.');
    return;
  }
  const document = editor.document;
  const position = editor.selection.active;
  const atCursor = vscode.languages.getDiagnostics(document.uri).filter((d) => d.range.contains(position));
  const onLine = atCursor.length > 0
    ? atCursor
    : vscode.languages.getDiagnostics(document.uri).filter((d) => d.range.start.line <= position.line && position.line <= d.range.end.line);
  const ownIds = new Set<string>();
  const messages: string[] = [];
  for (const d of onLine) {
    const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
    if (d.source === 'hubls' && typeof code === 'string') {
      ownIds.add(code);
    } else {
      messages.push(d.message);
    }
  }
  const language = document.languageId;
  const explain = async (text: string) => (await execute<Explanation[]>('hubls.explain', { text, language })) ?? [];
  let found: Explanation[] = [];
  if (messages.length > 0) {
    found = await explain(messages.join('\n'));
  }
  if (found.length === 0) {
    const text = editor.selection.isEmpty ? document.lineAt(position.line).text : document.getText(editor.selection);
    found = (await explain(text)).filter((e) => ownIds.size === 0 || ownIds.has(e.id) || messages.length === 0);
  }
  if (found.length === 0 && ownIds.size > 0) {
    await showEntry([...ownIds][0]);
    return;
  }
  if (found.length === 0) {
    void vscode.window.showInformationMessage('Knowledge Hub: no entry explains the problem at the cursor.');
    return;
  }
  let chosen: Explanation | undefined = found[0];
  if (found.length > 1) {
    const picked = await vscode.window.showQuickPick(
      found.map((e) => ({ label: e.title, description: e.id, explanation: e })),
      { placeHolder: 'Knowledge Hub: which problem?' },
    );
    chosen = picked?.explanation;
  }
  if (chosen) {
    await showMarkdown(chosen.id, chosen.markdown);
  }
}

/** The user's `hubls.serverPath`, if set in any scope. */
function configuredServerPath(): string | undefined {
  const inspected = vscode.workspace.getConfiguration(SECTION).inspect<string>('serverPath');
  return inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
}

function showOutputOn(message: string): void {
  void vscode.window.showErrorMessage(message, 'Show Output').then((choice) => {
    if (choice === 'Show Output') {
      output.show(true);
    }
  });
}

/**
 * Restarts a server that crashed while running (at most 4 times in 3 minutes), never one that exits
 * during start-up (a bad binary or arguments: restarting cannot help). Reports once per start, naming
 * the binary and pointing to the output channel, which holds the server's stderr.
 */
class ServerErrorHandler implements ErrorHandler {
  running = false;
  /** The server's stderr, as received (the tail). */
  readonly stderr: string[] = [];
  private reported = false;
  private readonly restarts: number[] = [];

  constructor(private readonly server: ServerBinary) {}

  /** Why the server exited, in its own words: its last error line on stderr, else its last line. */
  lastServerLine(): string | undefined {
    const lines = this.stderr.join('').replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
    return lines.filter((l) => /^error\b|\bERROR\b|panicked/.test(l)).pop() ?? lines.pop();
  }

  report(what: string): void {
    if (this.reported) {
      return;
    }
    this.reported = true;
    // The server's last words may still be on their way through the stderr pipe.
    setTimeout(() => {
      const last = this.lastServerLine();
      let message = `Knowledge Hub: the hubls server (${this.server.command}) ${what}${last ? `: ${last}` : ''}`;
      message += /[.!?]$/.test(message) ? '' : '.';
      output.appendLine(`[hubls] ${message}`);
      showOutputOn(`${message} See the "Knowledge Hub" output.`);
    }, 300);
  }

  /** The output channel as the client sees it: stderr (the client's `append` calls) is kept as well. */
  channel(): vscode.OutputChannel {
    return {
      get name() {
        return output.name;
      },
      append: (value: string) => {
        this.stderr.push(value);
        if (this.stderr.length > 100) {
          this.stderr.shift();
        }
        output.append(value);
      },
      appendLine: (value: string) => output.appendLine(value),
      replace: (value: string) => output.replace(value),
      clear: () => output.clear(),
      show: (column?: unknown, preserveFocus?: boolean) =>
        typeof column === 'boolean' ? output.show(column) : output.show(preserveFocus),
      hide: () => output.hide(),
      dispose: () => undefined,
    };
  }

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    if (count !== undefined && count <= 3) {
      return { action: ErrorAction.Continue, handled: true };
    }
    return { action: ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    if (!this.running) {
      this.report('exited during start-up');
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    const now = Date.now();
    this.restarts.push(now);
    while (this.restarts.length > 0 && now - this.restarts[0] > 3 * 60 * 1000) {
      this.restarts.shift();
    }
    if (this.restarts.length <= 4) {
      output.appendLine(`[hubls] the server (${this.server.command}) exited; restarting it.`);
      return { action: CloseAction.Restart, handled: true };
    }
    this.report(`exited ${this.restarts.length} times in 3 minutes and was not restarted`);
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}

class HublsClient extends LanguageClient {
  // A start-up failure is reported once, by ServerErrorHandler, with the server's own last line.
  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    super.error(message, data, /couldn't create connection to server/.test(message) ? false : showNotification);
  }
}

function createClient(server: ServerBinary, errors: ServerErrorHandler): LanguageClient {
  const command = server.command;
  const serverOptions: ServerOptions = {
    run: { command, args: [], transport: TransportKind.stdio },
    debug: { command, args: [], transport: TransportKind.stdio, options: { env: { ...process.env, HUBLS_LOG: 'debug' } } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file' }, { scheme: 'untitled' }],
    initializationOptions: settings(),
    outputChannel: errors.channel(),
    traceOutputChannel: output,
    errorHandler: errors,
    initializationFailedHandler: (error) => {
      output.appendLine(`[hubls] initialization failed: ${String(error)}`);
      return false;
    },
    middleware: {
      // The "Knowledge Hub: ..." code action: shown here as a rendered preview, like Search and Explain,
      // instead of the temporary file the server would open.
      executeCommand: async (name, args, next) => {
        if (name === 'hubls.showEntry') {
          const argument = (args[0] ?? {}) as { id?: string; params?: Record<string, string> };
          if (typeof argument.id === 'string') {
            await showEntry(argument.id, argument.params);
            return undefined;
          }
        }
        return next(name, args);
      },
    },
  };
  const created = new HublsClient('hubls', 'Knowledge Hub', serverOptions, clientOptions);
  created.onDidChangeState((event) => {
    if (event.newState === State.Running) {
      errors.running = true;
    }
  });
  return created;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  forwarder?.reset();
  const server = resolveServer(configuredServerPath(), nodeLookupEnv(context.extensionPath));
  if (typeof server === 'string') {
    output.appendLine(`[hubls] ${server}`);
    void vscode.window.showErrorMessage(`Knowledge Hub: ${server}`, 'Open Settings').then((choice) => {
      if (choice === 'Open Settings') {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'hubls.serverPath');
      }
    });
    return;
  }
  output.appendLine(`[hubls] starting ${server.command} (${server.origin})`);
  const errors = new ServerErrorHandler(server);
  client = createClient(server, errors);
  try {
    await client.start();
  } catch (err) {
    output.appendLine(`[hubls] start failed: ${err instanceof Error ? err.message : String(err)}`);
    errors.report('exited during start-up');
    return;
  }
  // Diagnostics that already exist for the open documents.
  forwarder?.changed(vscode.workspace.textDocuments.filter(isSynced).map((d) => d.uri.toString()));
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop().catch(() => undefined);
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Knowledge Hub');
  forwarder = new ForeignDiagnosticsForwarder({
    getDiagnostics: (uri) => vscode.languages.getDiagnostics(vscode.Uri.parse(uri)),
    isTracked: (uri) =>
      client?.state === State.Running &&
      vscode.workspace.getConfiguration(SECTION).get<boolean>('forwardDiagnostics', true) &&
      openDocument(uri),
    send: (params) => client?.sendNotification(FOREIGN_DIAGNOSTICS, params),
    debounceMs: 200,
  });

  context.subscriptions.push(
    output,
    { dispose: () => forwarder?.dispose() },
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, entries),
    vscode.languages.onDidChangeDiagnostics((event) => forwarder?.changed(event.uris.map((u) => u.toString()))),
    vscode.workspace.onDidOpenTextDocument((d) => isSynced(d) && forwarder?.changed([d.uri.toString()])),
    vscode.workspace.onDidCloseTextDocument((d) => forwarder?.forget(d.uri.toString())),
    vscode.commands.registerCommand('hubls.searchPick', (query?: string) => search(typeof query === 'string' ? query : undefined)),
    vscode.commands.registerCommand('hubls.explainAtCursor', () => explainAtCursor()),
    vscode.commands.registerCommand('hubls.restartServer', async () => {
      await stopClient();
      await startClient(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration(SECTION)) {
        return;
      }
      if (event.affectsConfiguration(`${SECTION}.serverPath`)) {
        // The Settings UI saves a text field while it is typed in: restart once, on the final value.
        if (restartTimer) {
          clearTimeout(restartTimer);
        }
        restartTimer = setTimeout(() => {
          restartTimer = undefined;
          void stopClient().then(() => startClient(context));
        }, 800);
        return;
      }
      if (client?.state === State.Running) {
        await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { hubls: settings() } });
      }
      if (event.affectsConfiguration(`${SECTION}.forwardDiagnostics`)) {
        forwarder?.reset();
        forwarder?.changed(vscode.workspace.textDocuments.filter(isSynced).map((d) => d.uri.toString()));
      }
    }),
  );
  await startClient(context);
}

export async function deactivate(): Promise<void> {
  if (restartTimer) {
    clearTimeout(restartTimer);
  }
  forwarder?.dispose();
  await stopClient();
}
