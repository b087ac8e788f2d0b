//! Version → About this version…: the model's and the version's descriptions and the
//! version as a social enterprise (issue 16): its operating model among the course's
//! seven, its type (встроенная / интегрированная / внешняя) and «Что продают / Кому
//! продают / Социальное воздействие». Edited as a draft; Apply makes the changes one undo
//! step, Cancel drops them.

use eframe::egui::{self, Id};

use super::Step;
use crate::i18n::T;
use crate::method::{labels, social};
use crate::model::{
    EnterpriseKind, Model, OperatingModel, SocialEnterprise, SocialField, VersionId,
};
use crate::ops::Op;
use crate::ui::{Ctx, Intent};

/// The draft of the dialog.
#[derive(Debug, Clone, PartialEq)]
pub struct AboutForm {
    /// The version edited.
    pub version: VersionId,
    /// The model's description.
    pub model_description: String,
    /// The version's description.
    pub description: String,
    /// The version as a social enterprise.
    pub social: SocialEnterprise,
}

impl AboutForm {
    /// The draft of a version as the model has it; `None` for a version it lacks.
    pub fn of(model: &Model, version: VersionId) -> Option<AboutForm> {
        let v = model.version(version)?;
        Some(AboutForm {
            version,
            model_description: model.description.clone(),
            description: v.description.clone(),
            social: v.social.clone(),
        })
    }

    /// The ops that give the model this draft: only what changed, in one step.
    pub fn ops(&self, model: &Model) -> Vec<Op> {
        let Some(v) = model.version(self.version) else {
            return Vec::new();
        };
        let mut ops = Vec::new();
        if self.model_description != model.description {
            ops.push(Op::SetModelDescription {
                text: self.model_description.clone(),
            });
        }
        if self.description != v.description {
            ops.push(Op::SetDescription {
                version: self.version,
                text: self.description.clone(),
            });
        }
        let mut social = self.social.clone();
        for f in SocialField::ALL {
            let t = social.text_mut(f);
            *t = t.trim().to_owned();
        }
        if social != v.social {
            ops.push(Op::SetSocial {
                version: self.version,
                social,
            });
        }
        ops
    }
}

/// A small grey caption; its id names the field below it.
fn caption(ui: &mut egui::Ui, text: &str) -> egui::Id {
    ui.add_space(4.0);
    ui.label(egui::RichText::new(text).small().weak()).id
}

fn text_field(ui: &mut egui::Ui, name: &str, text: &mut String, rows: usize) {
    let label = caption(ui, name);
    ui.add(
        egui::TextEdit::multiline(text)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label);
}

/// The seven operating models, each with its seed number, or none.
fn operating_model(ui: &mut egui::Ui, app: &Ctx<'_>, value: &mut Option<OperatingModel>) {
    let lang = app.lang;
    let title = social::guide().map_or("", |g| g.title.get(lang));
    let label = caption(ui, title);
    let name = |m: OperatingModel| format!("{}) {}", m.number(), labels::operating_model(m, lang));
    let shown = value.map_or_else(|| T::SegmentUnset.get(lang).to_owned(), name);
    let combo = egui::ComboBox::from_id_salt("about-operating-model")
        .selected_text(shown)
        .width(360.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, T::SegmentUnset.get(lang));
            for m in OperatingModel::ALL {
                let item = ui.selectable_value(value, Some(m), name(m));
                let seed = model_hint(m, app);
                if !seed.is_empty() {
                    item.on_hover_text(seed);
                }
            }
        });
    combo.response.labelled_by(label);
}

/// What the course says of an operating model: its description fields and its case.
fn model_hint(m: OperatingModel, app: &Ctx<'_>) -> String {
    let lang = app.lang;
    let Some(g) = social::guide().and_then(|g| g.model(m)) else {
        return String::new();
    };
    let fields = [
        (
            labels::social_field(SocialField::Sells, lang),
            &g.what_they_sell,
        ),
        (labels::social_field(SocialField::SellsTo, lang), &g.to_whom),
        (labels::kind_field(lang), &g.kind),
        (
            labels::social_field(SocialField::Impact, lang),
            &g.social_impact,
        ),
    ];
    let mut lines: Vec<String> = fields
        .iter()
        .filter_map(|(name, text)| text.as_ref().map(|t| format!("{name}: {}", t.get(lang))))
        .collect();
    lines.push(g.case.get(lang).to_owned());
    lines.join("\n")
}

/// The types, as ticks: the seed's model 6 is «встроенная или интегрированная».
fn kinds(ui: &mut egui::Ui, app: &Ctx<'_>, social: &mut SocialEnterprise) {
    let lang = app.lang;
    caption(ui, labels::kind_field(lang));
    ui.horizontal_wrapped(|ui| {
        for k in EnterpriseKind::ALL {
            let mut on = social.kinds.contains(&k);
            let name = labels::enterprise_kind(k, lang);
            let text = if k.in_seed() {
                name.to_owned()
            } else {
                format!("{name} ({})", T::AboutNotInSeed.get(lang))
            };
            if ui.checkbox(&mut on, text).changed() {
                if on {
                    social.kinds.insert(k);
                } else {
                    social.kinds.remove(&k);
                }
            }
        }
    });
}

/// Draws the dialog; `Step::Then` keeps the draft.
pub(super) fn show(
    ctx: &egui::Context,
    app: &Ctx<'_>,
    mut form: AboutForm,
    out: &mut Vec<Intent>,
) -> Step {
    let lang = app.lang;
    let model = app.doc.model();
    let Some(v) = model.version(form.version) else {
        return Step::Close;
    };
    let mut answer = None;
    let resp = egui::Modal::new(Id::unique("holst-about-version")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(T::AboutVersionTitle.fill(lang, &v.name));
        egui::ScrollArea::vertical()
            .max_height(480.0)
            .show(ui, |ui| {
                text_field(
                    ui,
                    T::AboutModelDescription.get(lang),
                    &mut form.model_description,
                    2,
                );
                text_field(
                    ui,
                    T::AboutVersionDescription.get(lang),
                    &mut form.description,
                    2,
                );
                ui.add_space(6.0);
                ui.strong(T::AboutSocial.get(lang));
                operating_model(ui, app, &mut form.social.operating_model);
                kinds(ui, app, &mut form.social);
                for f in SocialField::ALL {
                    let name = labels::social_field(f, lang);
                    text_field(ui, name, form.social.text_mut(f), 1);
                }
            });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(T::AboutApply.get(lang)).clicked() {
                answer = Some(true);
            }
            if ui.button(T::Cancel.get(lang)).clicked() {
                answer = Some(false);
            }
        });
    });
    if resp.should_close() && answer.is_none() {
        answer = Some(false);
    }
    match answer {
        Some(true) => {
            let ops = form.ops(model);
            if !ops.is_empty() {
                out.push(Intent::Apply(T::AboutVersion, ops));
            }
            Step::Close
        }
        Some(false) => Step::Close,
        None => Step::Then(super::Modal::AboutVersion(Box::new(form))),
    }
}
