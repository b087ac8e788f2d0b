//! File → Export…: PDF or pictures (SVG, PNG), paper size, which versions, an optional
//! compare page, fitted to the page or as on screen.

use std::path::{Path, PathBuf};

use eframe::egui::{self, Id, Key, Modifiers};

use crate::export::{DEFAULT_DPI, ImageFormat, Paper};
use crate::i18n::T;
use crate::model::{Model, VersionId};
use crate::ui::{Ctx, Intent};

/// The choices of the export dialog.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportForm {
    /// Paper size.
    pub paper: Paper,
    /// Versions to print (in tab order).
    pub versions: Vec<VersionId>,
    /// Two versions for a compare page, if wanted.
    pub compare: Option<(VersionId, VersionId)>,
    /// Pictures instead of a PDF: one per version (and of the compare page).
    pub pictures: Option<ImageFormat>,
    /// Resolution of PNG pictures.
    pub dpi: u32,
    /// The canvas as a scaled copy of the screen instead of fitted to the page.
    pub as_on_screen: bool,
    /// Where to write, as typed (a path; `~/` for the home folder).
    pub dest: String,
}

/// Resolutions offered for PNG pictures.
const DPIS: [u32; 3] = [96, 150, 300];

impl ExportForm {
    /// All versions on A3, no compare page, written to `dest`.
    pub fn new(model: &Model, dest: &Path) -> Self {
        Self {
            paper: Paper::A3,
            versions: model.versions.iter().map(|v| v.id).collect(),
            compare: None,
            pictures: None,
            dpi: DEFAULT_DPI,
            as_on_screen: false,
            dest: dest.display().to_string(),
        }
    }

    /// The extension of the chosen format.
    pub fn extension(&self) -> &'static str {
        match self.pictures {
            None => "pdf",
            Some(ImageFormat::Svg) => "svg",
            Some(ImageFormat::Png) => "png",
        }
    }

    /// The destination as a path: `~/` is the home folder.
    pub fn dest_path(&self) -> PathBuf {
        let text = self.dest.trim();
        match text.strip_prefix("~/") {
            Some(rest) => crate::ui::file_browser::home().join(rest),
            None => PathBuf::from(text),
        }
    }

    /// Gives the destination the chosen format's extension (a folder stays a folder).
    fn fit_extension(&mut self) {
        let text = self.dest.trim();
        if text.is_empty() || text.ends_with('/') {
            return;
        }
        let mut path = PathBuf::from(text);
        if path.is_dir() {
            return;
        }
        path.set_extension(self.extension());
        self.dest = path.display().to_string();
    }
}

/// Shows the export dialog; returns `Some(Some(intent))` when the user asks to export
/// (Export, or Enter) or to browse for the destination, `Some(None)` when they cancel,
/// `None` while the dialog stays open.
pub fn show(ctx: &egui::Context, app: &Ctx<'_>, form: &mut ExportForm) -> Option<Option<Intent>> {
    let lang = app.lang;
    let mut result = None;
    let format_before = form.pictures;
    let enter = ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter));
    let resp = egui::Modal::new(Id::unique("holst-export")).show(ctx, |ui| {
        ui.heading(T::ExportTitle.get(lang));
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.label(T::FileFormat.get(lang));
            ui.radio_value(&mut form.pictures, None, "PDF");
            ui.radio_value(&mut form.pictures, Some(ImageFormat::Svg), "SVG");
            ui.radio_value(&mut form.pictures, Some(ImageFormat::Png), "PNG");
        });
        if form.pictures == Some(ImageFormat::Png) {
            ui.horizontal(|ui| {
                ui.label(T::Resolution.get(lang));
                for dpi in DPIS {
                    ui.radio_value(&mut form.dpi, dpi, dpi.to_string());
                }
            });
        }
        ui.horizontal(|ui| {
            ui.label(T::Paper.get(lang));
            for p in Paper::ALL {
                ui.radio_value(&mut form.paper, p, p.label());
            }
        });
        ui.checkbox(&mut form.as_on_screen, T::AsOnScreen.get(lang))
            .on_hover_text(T::AsOnScreenHint.get(lang));
        ui.horizontal(|ui| {
            let caption = ui.label(T::ExportDestination.get(lang));
            let field = egui::TextEdit::singleline(&mut form.dest)
                .id(Id::unique("holst-export-dest"))
                .desired_width(420.0);
            ui.add(field).labelled_by(caption.id);
            if ui.button(T::Browse.get(lang)).clicked() {
                result = Some(Some(Intent::BrowseExport(form.clone())));
            }
        });
        ui.separator();
        ui.label(T::Versions.get(lang));
        for v in &app.doc.model().versions {
            let mut on = form.versions.contains(&v.id);
            if ui.checkbox(&mut on, &v.name).changed() {
                if on {
                    form.versions.push(v.id);
                } else {
                    form.versions.retain(|id| *id != v.id);
                }
            }
        }
        let versions = &app.doc.model().versions;
        if versions.len() > 1 {
            ui.separator();
            let mut on = form.compare.is_some();
            if ui.checkbox(&mut on, T::CompareOnPage.get(lang)).changed() {
                form.compare = on.then(|| (versions[0].id, versions[1].id));
            }
            if let Some((a, b)) = form.compare.as_mut() {
                ui.horizontal(|ui| {
                    for (salt, pick) in [("export-a", a), ("export-b", b)] {
                        let name = versions
                            .iter()
                            .find(|v| v.id == *pick)
                            .map_or("", |v| v.name.as_str());
                        egui::ComboBox::from_id_salt(salt)
                            .selected_text(name)
                            .show_ui(ui, |ui| {
                                for v in versions {
                                    ui.selectable_value(pick, v.id, &v.name);
                                }
                            });
                    }
                });
            }
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            // The export prints at least one version's canvas; the compare page comes after.
            let can = !form.versions.is_empty() && !form.dest.trim().is_empty();
            if ui
                .add_enabled(can, egui::Button::new(T::Export.get(lang)))
                .clicked()
                || (enter && can)
            {
                result = Some(Some(Intent::Export(form.clone())));
            }
            if ui.button(T::Cancel.get(lang)).clicked() {
                result = Some(None);
            }
        });
    });
    if form.pictures != format_before {
        form.fit_extension();
    }
    if resp.should_close() && result.is_none() {
        result = Some(None);
    }
    result
}
