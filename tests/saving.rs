//! Saving keeps what the file was (issue 8, item 6): permissions, symbolic links, a
//! read-only file left alone, short temporary names, stale temporary files removed, and
//! errors that say their cause once without temporary paths.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, SystemTime};

use holst::model::{Lang, LayoutKind, MAX_NAME_CHARS, Model};
use holst::storage::{self, FileKind, StorageError, write_atomic};

fn model() -> Model {
    holst::templates::Template::find("vesely-voylok")
        .unwrap()
        .model()
        .unwrap()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// The names in a folder, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_save_keeps_the_files_permissions() {
    let dir = tempfile::tempdir().unwrap();
    for wanted in [0o664, 0o600, 0o640, 0o666] {
        let path = dir.path().join(format!("m{wanted:o}.ron"));
        storage::save(&model(), &path).unwrap();
        set_mode(&path, wanted);
        storage::save(&model(), &path).unwrap();
        assert_eq!(mode(&path), wanted, "{wanted:o}");
    }
}

#[test]
fn a_new_file_gets_the_permissions_of_any_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.txt");
    std::fs::File::create(&plain).unwrap();
    let saved = dir.path().join("new.ron");
    storage::save(&model(), &saved).unwrap();
    assert_eq!(
        mode(&saved),
        mode(&plain),
        "the umask's default, as for any file"
    );
    assert_ne!(mode(&saved), 0o600);
}

#[test]
fn a_symbolic_link_is_written_through_and_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let real_dir = dir.path().join("real");
    std::fs::create_dir(&real_dir).unwrap();
    let real = real_dir.join("m.ron");
    storage::save(&Model::new("old", "v", LayoutKind::Bmc), &real).unwrap();
    set_mode(&real, 0o664);
    // A relative link in another folder, and a link to that link.
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink("real/m.ron", &link).unwrap();
    let link2 = dir.path().join("link2.ron");
    std::os::unix::fs::symlink(&link, &link2).unwrap();
    storage::save(&model(), &link2).unwrap();
    for l in [&link, &link2] {
        assert!(
            std::fs::symlink_metadata(l)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
    assert_eq!(storage::load(&real).unwrap().model, model());
    assert_eq!(mode(&real), 0o664);
    assert_eq!(
        names(&real_dir),
        ["m.ron"],
        "the temporary file was next to the real one"
    );
    assert_eq!(names(dir.path()), ["link.ron", "link2.ron", "real"]);
    // A dangling link: the save creates the file it points to.
    let dangling = dir.path().join("dangling.ron");
    std::os::unix::fs::symlink("real/new.ron", &dangling).unwrap();
    storage::save(&model(), &dangling).unwrap();
    assert!(real_dir.join("new.ron").is_file());
    assert!(
        std::fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_read_only_file_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ro.ron");
    storage::save(&Model::new("old", "v", LayoutKind::Bmc), &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    set_mode(&path, 0o444);
    let e = storage::save(&model(), &path).unwrap_err();
    assert!(matches!(e, StorageError::ReadOnly { .. }), "{e}");
    assert!(e.to_string().contains("read-only"), "{e}");
    assert!(e.describe(Lang::Ru).contains("только для чтения"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(mode(&path), 0o444);
    assert_eq!(names(dir.path()), ["ro.ron"], "no temporary file left");
    // The same through a link.
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&path, &link).unwrap();
    assert!(matches!(
        storage::save(&model(), &link),
        Err(StorageError::ReadOnly { .. })
    ));
    // And for the bytes-level writer other files use (PDF, settings).
    let e = write_atomic(&path, b"x").unwrap_err();
    assert!(e.to_string().contains("read-only"), "{e}");
}

#[test]
fn a_folder_is_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder.ron");
    std::fs::create_dir(&folder).unwrap();
    match storage::save(&model(), &folder) {
        Err(StorageError::NotAFile { kind, .. }) => assert_eq!(kind, FileKind::Directory),
        other => panic!("{other:?}"),
    }
    assert!(folder.is_dir());
}

#[test]
fn a_name_of_244_bytes_saves() {
    let dir = tempfile::tempdir().unwrap();
    let name = format!("{}.ron", "ж".repeat(120));
    assert_eq!(name.len(), 244);
    let path = dir.path().join(&name);
    storage::save(&model(), &path).unwrap();
    storage::save(&model(), &path).unwrap();
    assert_eq!(names(dir.path()), [name]);
}

#[test]
fn stale_temporary_files_of_ours_are_removed_by_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let old = SystemTime::now() - Duration::from_mins(5);
    let make = |name: &str, when: SystemTime| {
        let f = std::fs::File::create(dir.path().join(name)).unwrap();
        f.set_modified(when).unwrap();
    };
    make(".holst-Ab12cd.tmp", old);
    make(".m.ron.Xy98zw.tmp", old); // what earlier versions left for m.ron
    make(".holst-fresh1.tmp", SystemTime::now()); // a save going on right now
    make(".holst-Ab12cd.tmp.keep", old);
    make(".other.ron.Xy98zw.tmp", old);
    make("notes.tmp", old);
    storage::save(&model(), &dir.path().join("m.ron")).unwrap();
    assert_eq!(
        names(dir.path()),
        [
            ".holst-Ab12cd.tmp.keep",
            ".holst-fresh1.tmp",
            ".other.ron.Xy98zw.tmp",
            "m.ron",
            "notes.tmp"
        ]
    );
}

#[test]
fn an_io_error_says_its_cause_once_and_no_temporary_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing").join("m.ron");
    let e = storage::save(&model(), &path).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("{}: No such file or directory (os error 2)", path.display())
    );
}

#[test]
fn a_model_beyond_a_limit_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.ron");
    let m = Model::new("T".repeat(MAX_NAME_CHARS + 1), "v", LayoutKind::Bmc);
    let e = storage::save(&m, &path).unwrap_err();
    assert!(matches!(e, StorageError::Invalid { .. }), "{e}");
    assert!(e.to_string().contains("not saved"), "{e}");
    assert!(e.describe(Lang::Ru).contains("не сохранено"));
    assert!(!path.exists());
}
