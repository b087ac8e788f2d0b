//! The templates shipped inside the binary: the two course cases and two blank canvases.

use crate::model::Model;
use crate::storage::{ParseError, ron_format};

/// A shipped template: its id and its RON source, compiled into the binary.
#[derive(Debug, Clone, Copy)]
pub struct Template {
    /// Id used on the command line (`holst new --template ID`).
    pub id: &'static str,
    source: &'static str,
}

/// Every shipped template, the two cases first.
pub const TEMPLATES: [Template; 4] = [
    Template {
        id: "vesely-voylok",
        source: include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../assets/templates/vesely-voylok.ron"
        )),
    },
    Template {
        id: "narodnoe-zdorovie",
        source: include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../assets/templates/narodnoe-zdorovie.ron"
        )),
    },
    Template {
        id: "blank-bmc",
        source: include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../assets/templates/blank-bmc.ron"
        )),
    },
    Template {
        id: "blank-social",
        source: include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../assets/templates/blank-social.ron"
        )),
    },
];

/// The template opened when Holst starts with no file.
pub const DEFAULT_TEMPLATE: &str = "vesely-voylok";

impl Template {
    /// Finds a template by id.
    pub fn find(id: &str) -> Option<Template> {
        TEMPLATES.into_iter().find(|t| t.id == id)
    }

    /// The template as a new model.
    pub fn model(&self) -> Result<Model, ParseError> {
        ron_format::read(self.source)
    }

    /// The template's title (the model title), or its id when it cannot be read.
    pub fn title(&self) -> String {
        self.model()
            .map_or_else(|_| self.id.to_owned(), |m| m.title)
    }
}
