//! The command line of sharing: `holst serve` and `holst sync`.
//!
//! The argument types are clap `Args`, embedded as subcommands of the app's command line.
//! Messages are in the language the app picks (`--lang`, else the locale's); errors are
//! [`crate::SyncError`], [`crate::LinkError`] or [`Said`], which say themselves in either language.

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Result;
use holst_core::i18n::{Lang, Message};

use crate::adopt::add_only;
use crate::link::{self, Link};
use crate::mirror::Pulled;
use crate::server::{Server, ServerOptions};
use crate::session::{Session, SessionOptions};
use crate::sidecar;
use holst_core::model::Model;
use holst_core::storage::{self, Format};

/// `holst serve`: run a sync server.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Port to listen on; 0 takes any free port (the first line printed says which).
    #[arg(long, default_value_t = 3030)]
    pub port: u16,
    /// Address to listen on: 0.0.0.0 for every network of this machine, 127.0.0.1 for
    /// this machine only.
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::UNSPECIFIED))]
    pub bind: IpAddr,
    /// Folder to keep the documents in (default: the platform's data folder, holst/serve).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Language of messages: ru or en (default: the locale's).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

/// `holst sync`: merge a model file with its shared document once.
#[derive(Debug, Clone, clap::Args)]
pub struct SyncArgs {
    /// The model (.ron); made from the shared document if it does not exist.
    pub file: PathBuf,
    /// The sync server, ws://host:port/.
    #[arg(long)]
    pub server: String,
    /// The shared document (automerge:…, or a whole share link). Default: the one in
    /// FILE's .share file; with neither, the model is shared as a new document.
    #[arg(long)]
    pub doc: Option<String>,
    /// Seconds to wait for the server.
    #[arg(long, default_value_t = 10)]
    pub timeout: u64,
    /// Language of messages: ru or en (default: the locale's).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

/// Parses `ru` or `en` (any case), for `--lang`.
fn parse_lang(s: &str) -> Result<Lang, String> {
    match s.trim().to_lowercase().as_str() {
        "ru" => Ok(Lang::Ru),
        "en" => Ok(Lang::En),
        _ => Err(format!("unknown language `{s}`; expected ru or en")),
    }
}

/// An error of `serve` or `sync` said in words of the Fluent files: English by `Display`,
/// either language by [`Said::describe`].
#[derive(Debug, Clone)]
pub struct Said(pub Message);

impl Said {
    /// The message in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        self.0.text(lang)
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for Said {}

/// Fails with `message`.
fn said<T>(message: Message) -> Result<T> {
    Err(Said(message).into())
}

/// Runs a sync server until Ctrl-C or SIGTERM, saying what it does in `lang`. The first
/// line printed is `listening on ws://ADDRESS:PORT/` in every language.
pub fn serve(args: &ServeArgs, lang: Lang) -> Result<()> {
    let data = match &args.data {
        Some(dir) => dir.clone(),
        None => match directories::ProjectDirs::from("", "", "holst") {
            Some(d) => d.data_dir().join("serve"),
            None => return said(Message::new("serve-no-data-dir")),
        },
    };
    let bind = SocketAddr::new(args.bind, args.port);
    let server = match Server::start(&ServerOptions {
        bind,
        data: Some(data.clone()),
        log: true,
    }) {
        Ok(server) => server,
        Err(e) => {
            let failed = Message::new("serve-failed")
                .arg("address", bind.to_string())
                .arg("dir", data.display().to_string());
            return Err(anyhow::Error::new(e).context(Said(failed)));
        }
    };
    let line = |id: &'static str| Message::new(id);
    let mut out = std::io::stdout().lock();
    let listening = line("serve-listening").arg("url", server.url().to_string());
    writeln!(out, "{}", listening.text(lang))?;
    if args.bind.is_unspecified() {
        let port = line("serve-every-network").arg("port", server.addr().port().to_string());
        writeln!(out, "{}", port.text(lang))?;
    }
    let dir = line("serve-documents").arg("dir", data.display().to_string());
    writeln!(out, "{}", dir.text(lang))?;
    writeln!(out, "{}", line("serve-anyone").text(lang))?;
    out.flush()?;
    drop(out);
    server.run_until_signal()?;
    println!("{}", line("serve-stopped").text(lang));
    Ok(())
}

/// Merges FILE with its shared document on the server and writes both back, saying what
/// it did in `lang`.
pub fn sync(args: &SyncArgs, lang: Lang) -> Result<()> {
    let file = &args.file;
    if Format::of(file) != Some(Format::Ron) {
        return said(Message::new("sync-only-ron").arg("file", file.display().to_string()));
    }
    let server = link::server_url(&args.server)?;
    let wanted = match &args.doc {
        Some(doc) => Some(link::document_id(doc)?),
        None => None,
    };
    let local = if file.exists() {
        let loaded = storage::load(file)?;
        Some(loaded.model)
    } else {
        None
    };
    let saved = sidecar::read_doc(file)?;
    let shared = sidecar::read_share(file)?;
    let document = match (&shared, wanted) {
        (Some(s), Some(w)) if s.document != w => {
            return said(
                Message::new("sync-other-document")
                    .arg("share", sidecar::share_path(file).display().to_string())
                    .arg("named", s.document.to_string())
                    .arg("wanted", w.to_string())
                    .arg("doc", sidecar::doc_path(file).display().to_string()),
            );
        }
        (Some(s), _) => Some(s.document.clone()),
        (None, w) => w,
    };
    if saved.is_some() && shared.is_none() {
        return said(
            Message::new("sync-no-share-file")
                .arg("doc", sidecar::doc_path(file).display().to_string())
                .arg("share", sidecar::share_path(file).display().to_string()),
        );
    }
    let options = SessionOptions {
        timeout: std::time::Duration::from_secs(args.timeout.max(1)),
        ..SessionOptions::new("holst sync", Arc::new(|| {}))
    };
    let (mut session, told) = match (document, local) {
        (None, None) => {
            return said(Message::new("sync-no-file").arg("file", file.display().to_string()));
        }
        (None, Some(local)) => {
            let (session, _) = Session::share(&server, &local, options)?;
            (session, Vec::new())
        }
        (Some(document), local) => {
            let link = Link { server, document };
            let label = format!("holst sync {}", name(file));
            match (saved, local) {
                // The usual case: the file's edits since the last sync go on top of the
                // document as then, before the server's changes come in.
                (Some(saved), Some(local)) => {
                    let (session, _) = Session::resume(&link, &saved, &local, &label, options)?;
                    (session, Vec::new())
                }
                (saved, None) => {
                    let (session, _) = Session::join(&link, saved, options)?;
                    (session, Vec::new())
                }
                (None, Some(local)) => {
                    let (mut session, _) = Session::join(&link, None, options)?;
                    let (merged, told) = add_only(session.model(), &local);
                    session.record(&merged, &label)?;
                    (session, told)
                }
            }
        }
    };
    session.sync_now()?;
    if let Pulled::Refused(e) = session.pull()? {
        return said(Message::new("sync-refused").arg("error", e.describe(lang)));
    }
    let model: Model = session.model().clone();
    storage::save(&model, file)?;
    sidecar::write_doc(file, &session.save())?;
    sidecar::write_share(file, &session.link())?;
    for line in told {
        eprintln!("holst sync: {}", line.text(lang));
    }
    let done = Message::new("sync-done")
        .arg("file", file.display().to_string())
        .arg("versions", model.versions.len())
        .arg("notes", model.note_count())
        .arg("link", session.link().to_string());
    println!("{}", done.text(lang));
    Ok(())
}

/// The file's name, for change messages.
fn name(file: &Path) -> String {
    file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
