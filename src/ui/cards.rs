//! The hypothesis cards of the current version (test and learning cards, canvas.md):
//! a right side panel to create, edit, link and delete them, and the marks they put on
//! the canvas.
//!
//! Marks ([`note_marks`]): a note linked to a card that is not validated is an assumption
//! (dashed grey-blue outline); a note linked to an invalidated card is refuted (solid red
//! outline, which wins over the assumption); a note whose cards are all validated gets no
//! mark, so the canvas only draws attention to what is still open or was disproved.

use std::collections::HashMap;

use eframe::egui::{self, Color32, Id, RichText};

use crate::i18n::T;
use crate::model::{Card, CardId, Lang, NoteId, Status, Version};
use crate::ops::{self, Op};
use crate::ui::canvas::NoteMark;
use crate::ui::{Ctx, Intent, theme};

/// Longest quote of a note's text in the list of linked notes, in characters.
const QUOTE_CHARS: usize = 48;
/// Longest quote of the hypothesis in a card's header, in characters.
const HEADER_CHARS: usize = 90;

/// The colour a status is shown in.
pub fn status_colour(status: Status) -> Color32 {
    theme::rgb(holst_core::style::status_colour(status))
}

/// How many cards stand where: untested counts both not yet tested and being tested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Validated (confirmed).
    pub validated: usize,
    /// Invalidated (refuted).
    pub invalidated: usize,
    /// Not yet tested or being tested.
    pub untested: usize,
}

impl Counts {
    /// Counts the cards by status.
    pub fn of(cards: &[Card]) -> Self {
        let mut c = Self::default();
        for card in cards {
            match card.status {
                Status::Validated => c.validated += 1,
                Status::Invalidated => c.invalidated += 1,
                Status::Untested | Status::Testing => c.untested += 1,
            }
        }
        c
    }
}

/// Marks for notes linked to cards: assumptions (dashed) and refuted notes (solid red).
/// Notes with no card, or whose cards are all validated, are not in the map.
pub fn note_marks(version: &Version) -> HashMap<NoteId, Vec<NoteMark>> {
    // For each linked note: whether some card refutes it, whether some card is still open.
    let mut state: HashMap<NoteId, (bool, bool)> = HashMap::new();
    for card in &version.cards {
        for id in &card.notes {
            let entry = state.entry(*id).or_default();
            match card.status {
                Status::Invalidated => entry.0 = true,
                Status::Validated => {}
                Status::Untested | Status::Testing => entry.1 = true,
            }
        }
    }
    state
        .into_iter()
        .filter_map(|(id, (refuted, open))| {
            let mark = if refuted {
                NoteMark::Outline {
                    colour: theme::CARD_REFUTED,
                    dashed: false,
                }
            } else if open {
                NoteMark::Outline {
                    colour: theme::CARD_ASSUMPTION,
                    dashed: true,
                }
            } else {
                return None;
            };
            Some((id, vec![mark]))
        })
        .collect()
}

/// What the user asked for in the panel this frame, applied once it is drawn.
enum Request {
    /// Add a new empty card and put the cursor in its hypothesis.
    Add,
    /// Apply these ops as one undo step with this label.
    Step(T, Vec<Op>),
    /// Select this note on the canvas.
    Select(NoteId),
}

/// The card whose hypothesis field takes the keyboard focus at the next frame.
fn focus_key() -> Id {
    Id::unique("holst-cards-focus")
}

/// Draws the cards panel of the current version. Each field becomes one undo step when it
/// loses focus; adding, deleting, a status change, linking and unlinking are one step each.
/// `selection` is the selection on the canvas (what Link links).
pub fn cards_panel(
    ui: &mut egui::Ui,
    app: &Ctx<'_>,
    selection: &std::collections::BTreeSet<NoteId>,
) -> Vec<Intent> {
    let lang = app.lang;
    let Some(version) = app.doc.model().version(app.doc.current()) else {
        return Vec::new();
    };
    let selection: Vec<NoteId> = selection
        .iter()
        .copied()
        .filter(|id| version.note(*id).is_some())
        .collect();
    let mut requests = Vec::new();
    egui::Panel::right("cards")
        .resizable(true)
        .default_size(340.0)
        .min_size(260.0)
        .show(ui, |ui| {
            header(ui, lang, version, &mut requests);
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if version.cards.is_empty() {
                        ui.label(RichText::new(T::CardsNone.get(lang)).weak());
                    }
                    for card in &version.cards {
                        card_ui(ui, lang, version, card, &selection, &mut requests);
                    }
                });
        });
    let vid = version.id;
    requests
        .into_iter()
        .map(|request| match request {
            Request::Add => match ops::new_card(app.doc.model(), vid, "") {
                Ok(op) => {
                    if let Op::AddCard { card, .. } = &op {
                        let id = card.id;
                        ui.data_mut(|d| d.insert_temp(focus_key(), id));
                    }
                    Intent::Apply(T::CardAdd, vec![op])
                }
                Err(e) => Intent::Error(e.describe(lang)),
            },
            Request::Step(label, ops) => Intent::Apply(label, ops),
            Request::Select(id) => Intent::Select(id),
        })
        .collect()
}

/// The title, the counts by status and the add button.
fn header(ui: &mut egui::Ui, lang: Lang, version: &Version, requests: &mut Vec<Request>) {
    ui.label(
        RichText::new(T::CardsTitle.fill(lang, &version.name))
            .strong()
            .size(16.0),
    );
    let counts = Counts::of(&version.cards);
    for (text, n, colour) in [
        (T::CardsValidated, counts.validated, theme::CARD_VALIDATED),
        (T::CardsInvalidated, counts.invalidated, theme::CARD_REFUTED),
        (T::CardsUntested, counts.untested, theme::CARD_UNTESTED),
    ] {
        ui.horizontal_wrapped(|ui| {
            dot(ui, colour);
            ui.label(text.fill(lang, &n.to_string()));
        });
    }
    ui.add_space(4.0);
    if ui.button(format!("+ {}", T::CardAdd.get(lang))).clicked() {
        requests.push(Request::Add);
    }
}

/// A small filled circle in a status colour (the shipped fonts have no round bullet).
fn dot(ui: &mut egui::Ui, colour: Color32) {
    let size = egui::vec2(10.0, ui.text_style_height(&egui::TextStyle::Body));
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    ui.painter().circle_filled(rect.center(), 4.5, colour);
}

/// One editable field of a card.
struct Field<'a> {
    id: Id,
    caption: T,
    hint: T,
    current: &'a str,
    /// Several lines (Enter breaks the line); otherwise one paragraph that Enter ends.
    lines: bool,
    /// Take the keyboard focus now.
    focus: bool,
}

/// Draws a field; returns its new text when it loses focus with a changed text.
fn text_field(ui: &mut egui::Ui, lang: Lang, field: &Field<'_>) -> Option<String> {
    let caption = ui.label(RichText::new(field.caption.get(lang)).small().weak());
    let buffer = field.id.with("buffer");
    let mut text = ui
        .data_mut(|d| d.get_temp::<String>(buffer))
        .unwrap_or_else(|| field.current.to_owned());
    let mut edit = egui::TextEdit::multiline(&mut text)
        .id(field.id)
        .hint_text(field.hint.get(lang))
        .desired_width(f32::INFINITY)
        .desired_rows(if field.lines { 3 } else { 1 });
    if !field.lines {
        edit = edit.return_key(None::<egui::KeyboardShortcut>);
    }
    let resp = ui.add(edit).labelled_by(caption.id);
    if field.focus {
        resp.request_focus();
        resp.scroll_to_me(None);
    }
    if resp.has_focus() {
        if !field.lines && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            resp.surrender_focus();
        }
        ui.data_mut(|d| d.insert_temp(buffer, text.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(buffer));
    }
    if !resp.lost_focus() {
        return None;
    }
    let cleaned = if field.lines {
        text.trim_end().to_owned()
    } else {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    (cleaned != field.current).then_some(cleaned)
}

/// A note's text on one line, cut to `max` characters.
fn quote(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        line
    } else {
        let cut: String = line.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The header of a collapsed card: its status in colour, then the start of its hypothesis.
fn card_title(ui: &egui::Ui, lang: Lang, card: &Card) -> egui::text::LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let colour = status_colour(card.status);
    let mut job = egui::text::LayoutJob::default();
    let status = egui::TextFormat::simple(font.clone(), colour);
    job.append(card.status.label(lang), 0.0, status);
    let hypothesis = if card.hypothesis.trim().is_empty() {
        T::CardUntitled.get(lang).to_owned()
    } else {
        quote(&card.hypothesis, HEADER_CHARS)
    };
    let plain = egui::TextFormat::simple(font, ui.visuals().text_color());
    job.append(&format!(" — {hypothesis}"), 0.0, plain);
    job
}

/// One card: a collapsible header with its status, its fields, status selector, linked
/// notes and the delete button.
fn card_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    version: &Version,
    card: &Card,
    selection: &[NoteId],
    requests: &mut Vec<Request>,
) {
    let key = (version.id.0, card.id.0);
    let focus = ui.data(|d| d.get_temp::<CardId>(focus_key())) == Some(card.id);
    let id = ui.make_persistent_id(("holst-card", key));
    let mut state = egui::collapsing_header::CollapsingState::load_with_default_open(
        ui.ctx(),
        id,
        card.hypothesis.trim().is_empty(),
    );
    if focus {
        state.set_open(true);
    }
    // The header is a button that wraps, so a long hypothesis never widens the panel.
    let mut toggle = false;
    let title = card_title(ui, lang, card);
    let mut header = state.show_header(ui, |ui| {
        let button = egui::Button::new(title).frame_when_inactive(false).wrap();
        toggle = ui.add(button).clicked();
    });
    if toggle {
        header.toggle();
    }
    header.body(|ui| {
        let mut edited = card.clone();
        let fields: [(T, T, &mut String, bool); 4] = [
            (
                T::CardHypothesis,
                T::CardPromptHypothesis,
                &mut edited.hypothesis,
                focus,
            ),
            (T::CardTest, T::CardPromptTest, &mut edited.test, false),
            (
                T::CardMetric,
                T::CardPromptMetric,
                &mut edited.metric,
                false,
            ),
            (
                T::CardCriterion,
                T::CardPromptCriterion,
                &mut edited.criterion,
                false,
            ),
        ];
        for (i, (caption, hint, value, take_focus)) in fields.into_iter().enumerate() {
            let current = value.clone();
            let field = Field {
                id: Id::unique(("holst-card-field", key, i)),
                caption,
                hint,
                current: &current,
                lines: false,
                focus: take_focus,
            };
            if let Some(text) = text_field(ui, lang, &field) {
                *value = text;
            }
        }
        if focus {
            ui.data_mut(|d| d.remove::<CardId>(focus_key()));
        }
        status_selector(ui, lang, key, &mut edited.status);
        let learning = Field {
            id: Id::unique(("holst-card-field", key, "learning")),
            caption: T::CardLearning,
            hint: T::CardPromptLearning,
            current: &card.learning,
            lines: true,
            focus: false,
        };
        if let Some(text) = text_field(ui, lang, &learning) {
            edited.learning = text;
        }
        if edited != *card {
            requests.push(Request::Step(
                T::CardEdit,
                vec![Op::UpdateCard {
                    version: version.id,
                    card: edited,
                }],
            ));
        }
        linked_notes(ui, lang, version, card, selection, requests);
        ui.add_space(4.0);
        if ui.button(T::CardDelete.get(lang)).clicked() {
            requests.push(Request::Step(
                T::CardDelete,
                vec![Op::RemoveCard {
                    version: version.id,
                    card: card.id,
                }],
            ));
        }
    });
    ui.add_space(2.0);
}

/// The status selector: the four statuses, each in its colour.
fn status_selector(ui: &mut egui::Ui, lang: Lang, key: (u64, u64), status: &mut Status) {
    let coloured = |s: Status| RichText::new(s.label(lang)).color(status_colour(s));
    let caption = ui.label(RichText::new(T::CardStatus.get(lang)).small().weak());
    egui::ComboBox::from_id_salt(("holst-card-status", key))
        .selected_text(coloured(*status))
        .show_ui(ui, |ui| {
            for s in Status::ALL {
                ui.selectable_value(status, s, coloured(s));
            }
        })
        .response
        .labelled_by(caption.id);
}

/// The notes the card concerns, each with an unlink button, and the button that links the
/// notes selected on the canvas.
fn linked_notes(
    ui: &mut egui::Ui,
    lang: Lang,
    version: &Version,
    card: &Card,
    selection: &[NoteId],
    requests: &mut Vec<Request>,
) {
    ui.label(RichText::new(T::CardNotes.get(lang)).small().weak());
    if card.notes.is_empty() {
        ui.label(RichText::new(T::CardNoNotes.get(lang)).weak().italics());
    }
    for id in &card.notes {
        let text = version
            .note(*id)
            .map_or_else(String::new, |n| quote(&n.text, QUOTE_CHARS));
        ui.horizontal(|ui| {
            let unlink = ui
                .small_button("×")
                .accessible_name(T::CardUnlink.fill(lang, &text))
                .on_hover_text(T::CardUnlink.fill(lang, &text));
            if unlink.clicked() {
                requests.push(Request::Step(
                    T::CardUnlinkStep,
                    vec![Op::UnlinkNote {
                        version: version.id,
                        card: card.id,
                        note: *id,
                    }],
                ));
            }
            let show = ui
                .add(egui::Button::new(format!("«{text}»")).frame(false))
                .on_hover_text(T::CardShowNote.get(lang));
            if show.clicked() {
                requests.push(Request::Select(*id));
            }
        });
    }
    let links: Vec<Op> = selection
        .iter()
        .filter(|id| !card.notes.contains(id))
        .map(|id| Op::LinkNote {
            version: version.id,
            card: card.id,
            note: *id,
            index: None,
        })
        .collect();
    let button = ui
        .add_enabled(!links.is_empty(), egui::Button::new(T::CardLink.get(lang)))
        .on_disabled_hover_text(T::CardLinkHint.get(lang));
    if button.clicked() {
        requests.push(Request::Step(T::CardLinkStep, links));
    }
}

#[cfg(test)]
mod tests;
