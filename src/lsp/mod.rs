//! The language server: a thin adapter between LSP and the core in [`crate::kb`].
//!
//! It converts positions and types and holds per-document state (a rope, the foreign diagnostics
//! other tools reported, the occurrences of its own scan); every answer comes from the core. Work that
//! can take time (loading the corpus, scanning a large log) and every feature's computation runs on
//! tokio's blocking pool: the async runtime only moves messages, and a panic inside a request becomes
//! a JSON-RPC error for that request instead of taking the server down.

mod code_action;
mod commands;
mod completion;
pub mod config;
mod diagnostics;
mod hover;
pub mod position;
pub mod transport;

use crate::kb::{Corpus, Occurrence, Problem};
use config::Settings;
use position::Encoding;
use ropey::Rope;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use tokio::sync::watch;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer, LspService, Server};

/// The server's own notification for other tools' diagnostics (see README, "Extension protocol").
pub const FOREIGN_DIAGNOSTICS: &str = "hubls/didChangeForeignDiagnostics";
/// Most foreign diagnostics held per document: 200,000 took 2.7 GB and seconds per hover. Editors show
/// far fewer; the rest are dropped with a warning in the log.
const MAX_FOREIGN: usize = 5000;

/// What the client said it supports, reduced to what the features need.
#[derive(Debug, Clone, Copy, Default)]
pub struct ClientFeatures {
    pub encoding: Encoding,
    pub markdown_hover: bool,
    pub snippets: bool,
    pub markdown_completion_docs: bool,
    pub diagnostic_data: bool,
    pub show_document: bool,
}

/// One open document.
#[derive(Debug, Clone)]
pub struct Document {
    pub rope: Rope,
    pub version: i32,
    pub language: String,
    /// Renewed on every change, so a scan started for an older text never publishes. Unique across
    /// documents: a scan of a closed document must not pass for one opened again under its URI.
    pub generation: u64,
    /// Only some parts of a cut `didChange` are applied: the text is none of the client's versions.
    pub partial: bool,
    pub own: Arc<Vec<Occurrence>>,
    /// What the next scan must look at: the lines edited since the last one.
    pub pending: diagnostics::Pending,
    /// Shared, so a request's copy of the document does not copy thousands of diagnostics.
    pub foreign: Arc<Vec<Diagnostic>>,
}

pub struct State {
    corpus: watch::Sender<Option<Arc<Corpus>>>,
    documents: Mutex<HashMap<Uri, Document>>,
    settings: RwLock<Settings>,
    features: RwLock<ClientFeatures>,
    /// Corpus reloads started so far: only the latest one installs its corpus.
    reloads: std::sync::atomic::AtomicU64,
    /// Document generations handed out so far.
    generations: std::sync::atomic::AtomicU64,
    /// Held from the check that a scan's document is current until its diagnostics are sent, and by a
    /// close until its empty list is sent: publications leave in the order of their checks.
    publishing: tokio::sync::Mutex<()>,
}

pub struct Backend {
    client: Client,
    state: Arc<State>,
}

/// Runs `work` on the blocking pool; a panic in it becomes an internal error naming `what`.
async fn blocking<T: Send + 'static>(what: &str, work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(work).await.map_err(|err| {
        tracing::error!("{what} failed: {err}");
        Error { code: ErrorCode::InternalError, message: format!("hubls: {what} failed: {err}").into(), data: None }
    })
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding the lock cannot leave a document half-edited: edits are applied to a copy.
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl State {
    fn settings(&self) -> Settings {
        self.settings.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn features(&self) -> ClientFeatures {
        *self.features.read().unwrap_or_else(|p| p.into_inner())
    }

    fn document(&self, uri: &Uri) -> Option<Document> {
        lock(&self.documents).get(uri).cloned()
    }

    fn next_generation(&self) -> u64 {
        self.generations.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1
    }

    /// The document's generation, without copying the document.
    fn generation(&self, uri: &Uri) -> Option<u64> {
        lock(&self.documents).get(uri).map(|d| d.generation)
    }
}

impl Backend {
    fn new(client: Client) -> Backend {
        let (corpus, _) = watch::channel(None);
        let state = State {
            corpus,
            documents: Mutex::new(HashMap::new()),
            settings: RwLock::new(Settings::default()),
            features: RwLock::new(ClientFeatures::default()),
            reloads: std::sync::atomic::AtomicU64::new(0),
            generations: std::sync::atomic::AtomicU64::new(0),
            publishing: tokio::sync::Mutex::new(()),
        };
        Backend { client, state: Arc::new(state) }
    }

    /// The corpus, once its first load has finished.
    async fn corpus(&self) -> Result<Arc<Corpus>> {
        let mut receiver = self.state.corpus.subscribe();
        let ready = receiver.wait_for(Option::is_some).await.ok().and_then(|corpus| corpus.clone());
        ready.ok_or_else(|| Error { code: ErrorCode::InternalError, message: "hubls: the corpus is not loaded".into(), data: None })
    }

    /// Loads the corpus the settings name, off the runtime; problems reach the user by name and line.
    async fn reload_corpus(&self) {
        let ticket = self.state.reloads.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        let settings = self.state.settings();
        let loaded = blocking("loading the corpus", move || {
            let (sources, mut problems) = crate::sources::gather(true, &settings.corpus);
            let (corpus, load_problems) = Corpus::load(&sources);
            problems.extend(load_problems);
            (corpus, problems)
        })
        .await;
        let (corpus, problems) = match loaded {
            Ok(result) => result,
            Err(err) => {
                self.client.show_message(MessageType::ERROR, err.message).await;
                return;
            }
        };
        if self.state.reloads.load(std::sync::atomic::Ordering::SeqCst) != ticket {
            tracing::info!("a newer corpus reload supersedes this one");
            return;
        }
        tracing::info!("corpus loaded: {} entries", corpus.entries.len());
        let corpus = Arc::new(corpus);
        self.state.corpus.send_replace(Some(corpus.clone()));
        self.rescan_all();
        // Explaining never needs the search index: build it once the corpus is in use, off the runtime.
        tokio::task::spawn_blocking(move || corpus.prepare_search().is_some());
        // Reported once the corpus is in use: a client that reacts to a problem finds the entries loaded.
        self.report_problems(&problems).await;
    }

    /// Scans every open document again from scratch: the corpus or the settings changed.
    fn rescan_all(&self) {
        let uris: Vec<Uri> = {
            let mut documents = lock(&self.state.documents);
            for document in documents.values_mut() {
                document.pending = diagnostics::Pending::Everything;
                // A scan still running with the old corpus or settings must not publish.
                document.generation = self.state.next_generation();
            }
            documents.keys().cloned().collect()
        };
        for uri in uris {
            self.schedule_scan(uri);
        }
    }

    async fn report_problems(&self, problems: &[Problem]) {
        if problems.is_empty() {
            return;
        }
        for problem in problems {
            self.client.log_message(MessageType::WARNING, format!("hubls: corpus problem: {problem}")).await;
        }
        let first = &problems[0];
        let more = if problems.len() > 1 { format!(" (and {} more, see the log)", problems.len() - 1) } else { String::new() };
        self.client.show_message(MessageType::WARNING, format!("hubls: corpus problem: {first}{more}")).await;
    }

    async fn apply_settings(&self, value: &Value) {
        let current = self.state.settings();
        let (next, problems) = current.merged(value);
        for problem in problems {
            self.client.show_message(MessageType::WARNING, format!("hubls: setting ignored: {problem}")).await;
        }
        *self.state.settings.write().unwrap_or_else(|p| p.into_inner()) = next.clone();
        if next.corpus != current.corpus {
            // Not awaited here: tower-lsp-server handles few messages at once, and slow reloads inside
            // notification handlers stopped every answer. A later reload supersedes an earlier one.
            let backend = Backend { client: self.client.clone(), state: Arc::clone(&self.state) };
            tokio::spawn(async move { backend.reload_corpus().await });
        } else if next.scan != current.scan {
            self.rescan_all();
        }
    }

    fn request_context(&self, uri: &Uri) -> Option<(Document, ClientFeatures)> {
        Some((self.state.document(uri)?, self.state.features()))
    }
}

fn features_of(capabilities: &ClientCapabilities) -> ClientFeatures {
    let text = capabilities.text_document.as_ref();
    let markdown = |formats: Option<&Vec<MarkupKind>>| formats.is_some_and(|f| f.contains(&MarkupKind::Markdown));
    let completion_item = text.and_then(|t| t.completion.as_ref()).and_then(|c| c.completion_item.as_ref());
    ClientFeatures {
        encoding: Encoding::negotiate(
            capabilities.general.as_ref().and_then(|g| g.position_encodings.as_deref()),
        ),
        markdown_hover: markdown(text.and_then(|t| t.hover.as_ref()).and_then(|h| h.content_format.as_ref())),
        snippets: completion_item.and_then(|c| c.snippet_support).unwrap_or(false),
        markdown_completion_docs: markdown(completion_item.and_then(|c| c.documentation_format.as_ref())),
        diagnostic_data: text
            .and_then(|t| t.publish_diagnostics.as_ref())
            .and_then(|p| p.data_support)
            .unwrap_or(false),
        show_document: capabilities
            .window
            .as_ref()
            .and_then(|w| w.show_document.as_ref())
            .is_some_and(|s| s.support),
    }
}

#[derive(Debug, Deserialize)]
pub struct ForeignDiagnosticsParams {
    pub uri: Uri,
    #[serde(default)]
    pub version: Option<i32>,
    pub diagnostics: Vec<Value>,
}

impl Backend {
    /// `hubls/didChangeForeignDiagnostics`: replaces the diagnostics other tools reported for a document.
    /// Entries that are not valid diagnostics are skipped, not fatal: clients forward whatever they have.
    async fn foreign_diagnostics(&self, params: ForeignDiagnosticsParams) {
        let total = params.diagnostics.len();
        if total > MAX_FOREIGN {
            tracing::warn!(
                "{}: {total} diagnostics forwarded, only the first {MAX_FOREIGN} are kept",
                params.uri.as_str()
            );
        }
        let diagnostics: Vec<Diagnostic> = params
            .diagnostics
            .into_iter()
            .take(MAX_FOREIGN)
            .filter_map(|value| serde_json::from_value::<Diagnostic>(value).ok())
            .filter(|d| d.source.as_deref() != Some(diagnostics::SOURCE))
            .collect();
        let mut documents = lock(&self.state.documents);
        match documents.get_mut(&params.uri) {
            Some(document) if params.version.is_none_or(|v| v == document.version) => {
                document.foreign = Arc::new(diagnostics)
            }
            Some(_) => tracing::debug!("foreign diagnostics for an older version of {}", params.uri.as_str()),
            None => tracing::debug!("foreign diagnostics for a document that is not open: {}", params.uri.as_str()),
        }
    }

    /// `hubls/didChangePart`: the changes of a large `didChange` but its last part (see
    /// [`transport::DID_CHANGE_PART`]), applied without a scan: the text is not the client's yet.
    async fn did_change_part(&self, params: DidChangeTextDocumentParams) {
        self.apply_changes(params, true);
    }

    /// Applies a `didChange`'s changes, `partial` when more parts of it follow; false when the
    /// document is not open.
    fn apply_changes(&self, params: DidChangeTextDocumentParams, partial: bool) -> bool {
        let uri = params.text_document.uri;
        let encoding = self.state.features().encoding;
        let mut documents = lock(&self.state.documents);
        let Some(document) = documents.get_mut(&uri) else {
            tracing::warn!("didChange for a document that is not open: {}", uri.as_str());
            return false;
        };
        // Edits go to a copy (ropes clone in O(1)), so a bad edit can never leave half a change.
        let mut rope = document.rope.clone();
        for change in params.content_changes {
            match change.range {
                Some(range) => {
                    let bytes = position::to_byte_range(&rope, range, encoding);
                    let lines = rope.byte_to_line(bytes.start)..rope.byte_to_line(bytes.end) + 1;
                    let (line_count, byte_count) = (rope.len_lines() as isize, rope.len_bytes() as isize);
                    let chars = rope.byte_to_char(bytes.start)..rope.byte_to_char(bytes.end);
                    rope.remove(chars.clone());
                    rope.insert(chars.start, &change.text);
                    let line_delta = rope.len_lines() as isize - line_count;
                    let byte_delta = rope.len_bytes() as isize - byte_count;
                    diagnostics::note_edit(document, lines, bytes, line_delta, byte_delta);
                }
                None => {
                    rope = Rope::from_str(&change.text);
                    diagnostics::note_replacement(document);
                }
            }
        }
        document.rope = rope;
        document.version = params.text_document.version;
        document.generation = self.state.next_generation();
        document.partial = partial;
        true
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let features = features_of(&params.capabilities);
        *self.state.features.write().unwrap_or_else(|p| p.into_inner()) = features;
        if let Some(options) = &params.initialization_options {
            let (settings, problems) = Settings::default().merged(options);
            for problem in problems {
                tracing::warn!("initializationOptions: {problem}");
            }
            *self.state.settings.write().unwrap_or_else(|p| p.into_inner()) = settings;
        }
        Ok(InitializeResult {
            server_info: Some(ServerInfo { name: "hubls".into(), version: Some(env!("CARGO_PKG_VERSION").into()) }),
            capabilities: ServerCapabilities {
                position_encoding: Some(features.encoding.kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    ..Default::default()
                })),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                    code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                    resolve_provider: Some(false),
                    ..Default::default()
                })),
                completion_provider: Some(CompletionOptions {
                    resolve_provider: Some(true),
                    trigger_characters: None,
                    ..Default::default()
                }),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: commands::NAMES.iter().map(|s| s.to_string()).collect(),
                    ..Default::default()
                }),
                ..Default::default()
            },
            ..Default::default()
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        self.reload_corpus().await;
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        lock(&self.state.documents).insert(
            document.uri.clone(),
            Document {
                rope: Rope::from_str(&document.text),
                version: document.version,
                language: document.language_id,
                generation: self.state.next_generation(),
                partial: false,
                own: Arc::new(Vec::new()),
                pending: diagnostics::Pending::Everything,
                foreign: Arc::new(Vec::new()),
            },
        );
        self.schedule_scan(document.uri);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri.clone();
        if self.apply_changes(params, false) {
            self.schedule_scan(uri);
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let _publishing = self.state.publishing.lock().await;
        lock(&self.state.documents).remove(&uri);
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        self.apply_settings(&params.settings).await;
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        let Some((document, features)) = self.request_context(&at.text_document.uri) else { return Ok(None) };
        let corpus = self.corpus().await?;
        blocking("hover", move || hover::hover(&corpus, &document, at.position, features)).await
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri.clone();
        let Some((document, features)) = self.request_context(&uri) else { return Ok(None) };
        let corpus = self.corpus().await?;
        blocking("code actions", move || code_action::code_actions(&corpus, &uri, &document, &params, features)).await
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let settings = self.state.settings();
        if !settings.completion {
            return Ok(None);
        }
        let at = params.text_document_position;
        let Some((document, features)) = self.request_context(&at.text_document.uri) else { return Ok(None) };
        let corpus = self.corpus().await?;
        blocking("completion", move || {
            completion::complete(&corpus, &document, at.position, features, settings.completion_limit)
        })
        .await
    }

    async fn completion_resolve(&self, item: CompletionItem) -> Result<CompletionItem> {
        let corpus = self.corpus().await?;
        let features = self.state.features();
        blocking("completion resolve", move || completion::resolve(&corpus, item, features)).await
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<Value>> {
        let corpus = self.corpus().await?;
        commands::execute(self, corpus, params).await
    }
}

fn service() -> (LspService<Backend>, tower_lsp_server::ClientSocket) {
    LspService::build(Backend::new)
        .custom_method(FOREIGN_DIAGNOSTICS, Backend::foreign_diagnostics)
        .custom_method(transport::DID_CHANGE_PART, Backend::did_change_part)
        .custom_method(transport::MALFORMED, |_: &Backend, params| transport::malformed(params))
        .finish()
}

/// Serves LSP over any byte streams until the client exits: stdio, or an in-process pipe in tests.
pub async fn serve(
    input: impl tokio::io::AsyncRead + Unpin + Send + 'static,
    output: impl tokio::io::AsyncWrite + Unpin,
) {
    let (guarded_in, guarded_out) = tokio::io::duplex(1 << 20);
    let guard = tokio::spawn(async move {
        if let Err(err) = transport::guard(input, guarded_in).await {
            tracing::error!("reading from the client failed: {err}");
        }
    });
    let (service, socket) = service();
    Server::new(guarded_out, output, socket).serve(service).await;
    guard.abort();
}

/// Logs to stderr (stdout carries the protocol); `HUBLS_LOG=debug` for more.
pub fn init_logging() {
    let level = std::env::var("HUBLS_LOG").ok().and_then(|l| l.parse().ok()).unwrap_or(tracing::Level::INFO);
    tracing_subscriber::fmt().with_writer(std::io::stderr).with_max_level(level).with_ansi(false).init();
    std::panic::set_hook(Box::new(|info| tracing::error!("panic: {info}")));
}

/// Serves LSP on stdin/stdout until the client exits. Logs go to stderr, never stdout.
pub fn serve_stdio() -> std::process::ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("hubls: cannot start the async runtime: {err}");
            return std::process::ExitCode::from(2);
        }
    };
    runtime.block_on(serve(tokio::io::stdin(), tokio::io::stdout()));
    // Not a plain drop: that waits for the thread blocked reading stdin, and a client that keeps stdin
    // open after `exit` kept the process alive. Every answer has been written by now.
    runtime.shutdown_background();
    std::process::ExitCode::SUCCESS
}
