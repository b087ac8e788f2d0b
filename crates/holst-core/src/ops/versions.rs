//! Applying the version ops, the final mark and the legend.

use super::OpError;
use super::op::{Op, check_index, version_mut};
use crate::model::{Colour, LegendEntry, Model, Version, VersionId};

/// The position of a version among the tabs, or the error naming it.
fn version_index(model: &Model, id: VersionId) -> Result<usize, OpError> {
    model
        .versions
        .iter()
        .position(|v| v.id == id)
        .ok_or(OpError::NoVersion(id))
}

pub(super) fn add(
    model: &mut Model,
    index: usize,
    version: &Version,
    is_final: bool,
) -> Result<Op, OpError> {
    if model.version(version.id).is_some() {
        return Err(OpError::DuplicateVersion(version.id));
    }
    check_index(index, model.versions.len())?;
    if is_final && let Some(f) = model.final_version {
        return Err(OpError::FinalTaken(f));
    }
    version.validate().map_err(OpError::Invalid)?;
    model.versions.insert(index, version.clone());
    if is_final {
        model.final_version = Some(version.id);
    }
    Ok(Op::RemoveVersion {
        version: version.id,
    })
}

pub(super) fn remove(model: &mut Model, id: VersionId) -> Result<Op, OpError> {
    let index = version_index(model, id)?;
    if model.versions.len() == 1 {
        return Err(OpError::LastVersion);
    }
    let is_final = model.final_version == Some(id);
    if is_final {
        model.final_version = None;
    }
    let version = model.versions.remove(index);
    Ok(Op::AddVersion {
        index,
        version: Box::new(version),
        is_final,
    })
}

pub(super) fn rename(model: &mut Model, id: VersionId, name: &str) -> Result<Op, OpError> {
    let v = version_mut(model, id)?;
    let old = std::mem::replace(&mut v.name, name.to_owned());
    Ok(Op::RenameVersion {
        version: id,
        name: old,
    })
}

pub(super) fn move_to(model: &mut Model, id: VersionId, index: usize) -> Result<Op, OpError> {
    let from = version_index(model, id)?;
    // `from` exists, so the list is not empty.
    check_index(index, model.versions.len() - 1)?;
    let v = model.versions.remove(from);
    model.versions.insert(index, v);
    Ok(Op::MoveVersion {
        version: id,
        index: from,
    })
}

pub(super) fn set_final(model: &mut Model, id: Option<VersionId>) -> Result<Op, OpError> {
    if let Some(id) = id {
        version_index(model, id)?;
    }
    let old = std::mem::replace(&mut model.final_version, id);
    Ok(Op::SetFinal { version: old })
}

pub(super) fn set_legend(
    model: &mut Model,
    id: VersionId,
    colour: Colour,
    meaning: &str,
    index: Option<usize>,
) -> Result<Op, OpError> {
    let v = version_mut(model, id)?;
    let at = v.legend.iter().position(|e| e.colour == colour);
    let unset = |meaning: String, index: Option<usize>| Op::SetLegend {
        version: id,
        colour,
        meaning,
        index,
    };
    match (at, meaning.is_empty()) {
        (Some(i), true) => {
            let old = v.legend.remove(i);
            Ok(unset(old.meaning, Some(i)))
        }
        (Some(i), false) => {
            let old = std::mem::replace(&mut v.legend[i].meaning, meaning.to_owned());
            Ok(unset(old, None))
        }
        (None, true) => Ok(unset(String::new(), None)),
        (None, false) => {
            let i = index.unwrap_or(v.legend.len());
            check_index(i, v.legend.len())?;
            v.legend.insert(
                i,
                LegendEntry {
                    colour,
                    meaning: meaning.to_owned(),
                },
            );
            Ok(unset(String::new(), None))
        }
    }
}
