//! Undo and redo as stacks of transactions of inverse ops, and the saved point.

use super::{Op, OpError};
use crate::model::Model;

/// How many undo steps a [`History`] keeps by default.
pub(crate) const DEFAULT_LIMIT: usize = 1000;

/// One user action: the ops that undo (or, on the redo stack, redo) it, in the order
/// they are applied.
#[derive(Debug, Clone)]
struct Transaction {
    /// What the user did, for the menu.
    label: String,
    /// Ops in application order.
    ops: Vec<Op>,
    /// Identity of the document state this transaction leads to; kept across undo and
    /// redo so that the saved point can be recognised.
    serial: u64,
}

/// The transaction being recorded: its label and the inverses of what it applied so far.
#[derive(Debug, Clone)]
struct Open {
    label: String,
    inverses: Vec<Op>,
}

/// Undo and redo stacks of a document.
///
/// Every change goes through [`History::apply`] (one op, one step) or
/// [`History::apply_all`] (several ops, one step: what one user gesture does, a whole drag
/// or a whole text edit). The stacks hold inverse ops, never copies of the model; ops that
/// set the same property of the same target again within one step keep only the first
/// inverse, so a step costs one op per target. (The editor shows a drag or the text being
/// typed without changing the model, and applies it as one step when it ends; Esc cancels
/// it before anything is applied. So the history needs no open transactions beyond the
/// one `apply_all` records, which is internal.)
///
/// The model must change only through its history, or undo may no longer fit it.
#[derive(Debug, Clone)]
pub struct History {
    undo: Vec<Transaction>,
    redo: Vec<Transaction>,
    open: Option<Open>,
    /// Serial of the state below the undo stack (the start, or the last trimmed step).
    base: u64,
    next_serial: u64,
    /// Serial of the state last saved, `None` when no reachable state is saved.
    saved: Option<u64>,
    revision: u64,
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        Self::new()
    }
}

impl History {
    /// An empty history for a document as it is on disk: not dirty.
    pub fn new() -> Self {
        Self::with_limit(DEFAULT_LIMIT)
    }

    /// An empty history keeping at most `limit` undo steps (at least one).
    pub(crate) fn with_limit(limit: usize) -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            open: None,
            base: 0,
            next_serial: 1,
            saved: Some(0),
            revision: 0,
            limit: limit.max(1),
        }
    }

    /// Applies one op as one undo step labelled with [`Op::label`]. While a transaction
    /// is open, the op joins it instead. On error nothing changes.
    pub fn apply(&mut self, model: &mut Model, op: &Op) -> Result<(), OpError> {
        if self.open.is_some() {
            return self.push(model, op);
        }
        self.begin(op.label());
        let result = self.push(model, op);
        self.commit();
        result
    }

    /// Applies several ops as one undo step, all or nothing: if one fails, those applied
    /// before it are rolled back and the error is returned. While a transaction is open,
    /// the ops join it (and on error only these ops are rolled back).
    pub fn apply_all(&mut self, model: &mut Model, label: &str, ops: &[Op]) -> Result<(), OpError> {
        let nested = self.open.is_some();
        if !nested {
            self.begin(label);
        }
        let mut inverses = Vec::with_capacity(ops.len());
        for op in ops {
            match op.apply(model) {
                Ok(inverse) => inverses.push(inverse),
                Err(e) => {
                    roll_back(model, &inverses);
                    if !nested {
                        self.open = None;
                    }
                    return Err(e);
                }
            }
        }
        for (op, inverse) in ops.iter().zip(inverses) {
            self.record(op, inverse);
        }
        if !nested {
            self.commit();
        }
        Ok(())
    }

    /// Opens a transaction: the ops pushed until [`commit`](History::commit) make one
    /// undo step with this label. An already open transaction is committed first.
    pub(super) fn begin(&mut self, label: &str) {
        self.commit();
        self.open = Some(Open {
            label: label.to_owned(),
            inverses: Vec::new(),
        });
    }

    /// Whether a transaction is open.
    #[cfg(test)]
    pub(super) fn in_transaction(&self) -> bool {
        self.open.is_some()
    }

    /// Applies an op inside the open transaction (or, with none open, as its own step).
    /// On error the op changes nothing and the transaction stays open as it was.
    pub(super) fn push(&mut self, model: &mut Model, op: &Op) -> Result<(), OpError> {
        if self.open.is_none() {
            return self.apply(model, op);
        }
        let inverse = op.apply(model)?;
        self.record(op, inverse);
        Ok(())
    }

    /// Notes an applied op's inverse in the open transaction, unless the op changed
    /// nothing or an earlier inverse already covers it.
    fn record(&mut self, op: &Op, inverse: Op) {
        if inverse == *op {
            // A set-op that set what was already there: nothing to undo.
            return;
        }
        self.revision += 1;
        if let Some(open) = &mut self.open {
            for earlier in open.inverses.iter().rev() {
                if earlier.absorbs(&inverse) {
                    return;
                }
                if !earlier.is_independent_set() {
                    break;
                }
            }
            open.inverses.push(inverse);
        }
    }

    /// Closes the open transaction. Records one undo step (and clears redo) when it
    /// changed anything; returns whether it did.
    pub(super) fn commit(&mut self) -> bool {
        let Some(open) = self.open.take() else {
            return false;
        };
        if open.inverses.is_empty() {
            return false;
        }
        let serial = self.next_serial;
        self.next_serial += 1;
        self.undo.push(Transaction {
            label: open.label,
            ops: open.inverses,
            serial,
        });
        self.redo.clear();
        if self.undo.len() > self.limit {
            let dropped = self.undo.remove(0);
            self.base = dropped.serial;
        }
        true
    }

    /// Undoes the last step (committing an open transaction first). `Ok(false)` when
    /// there is nothing to undo. An error means the model no longer fits the history
    /// (it was changed behind its back); the model and the stacks are then unchanged.
    pub fn undo(&mut self, model: &mut Model) -> Result<bool, OpError> {
        self.commit();
        let Some(t) = self.undo.pop() else {
            return Ok(false);
        };
        match run(model, t.ops.iter().rev()) {
            Ok(mut redo) => {
                redo.reverse();
                self.redo.push(Transaction { ops: redo, ..t });
                self.revision += 1;
                Ok(true)
            }
            Err(e) => {
                self.undo.push(t);
                Err(e)
            }
        }
    }

    /// Redoes the last undone step (committing an open transaction first, which clears
    /// redo when it changed anything). `Ok(false)` when there is nothing to redo.
    pub fn redo(&mut self, model: &mut Model) -> Result<bool, OpError> {
        self.commit();
        let Some(t) = self.redo.pop() else {
            return Ok(false);
        };
        match run(model, t.ops.iter()) {
            Ok(undo) => {
                self.undo.push(Transaction { ops: undo, ..t });
                self.revision += 1;
                Ok(true)
            }
            Err(e) => {
                self.redo.push(t);
                Err(e)
            }
        }
    }

    /// Whether there is a step to undo (an open transaction with changes counts).
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty() || self.open.as_ref().is_some_and(|o| !o.inverses.is_empty())
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Label of the step [`undo`](History::undo) would undo.
    pub fn undo_label(&self) -> Option<&str> {
        match &self.open {
            Some(o) if !o.inverses.is_empty() => Some(&o.label),
            _ => self.undo.last().map(|t| t.label.as_str()),
        }
    }

    /// Label of the step [`redo`](History::redo) would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|t| t.label.as_str())
    }

    /// A counter that grows with every change applied, undone, redone or rolled back, so
    /// that views can tell cheaply whether the model changed since they last looked.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Marks the current state as the one on disk (after a save). An open transaction's
    /// changes count as saved only once it is committed.
    pub fn mark_saved(&mut self) {
        self.commit();
        self.saved = Some(self.position());
    }

    /// Marks the document as having no saved state, for example a model imported from
    /// Markdown that has no file of its own yet: dirty until [`mark_saved`](History::mark_saved).
    pub fn forget_saved(&mut self) {
        self.saved = None;
    }

    /// Whether the document differs from its saved state: true iff undo/redo has moved
    /// away from the saved point or an open transaction has changed something.
    pub fn is_dirty(&self) -> bool {
        self.open.as_ref().is_some_and(|o| !o.inverses.is_empty())
            || self.saved != Some(self.position())
    }

    /// Number of inverse ops the open transaction holds (0 when none is open).
    #[cfg(test)]
    pub(super) fn pending_ops(&self) -> usize {
        self.open.as_ref().map_or(0, |o| o.inverses.len())
    }

    /// Number of steps on the undo stack.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Serial of the current state.
    fn position(&self) -> u64 {
        self.undo.last().map_or(self.base, |t| t.serial)
    }
}

/// Applies ops in order and returns their inverses in the same order. If one fails, the
/// ones applied before it are rolled back and the error is returned.
fn run<'a>(model: &mut Model, ops: impl Iterator<Item = &'a Op>) -> Result<Vec<Op>, OpError> {
    let mut inverses = Vec::new();
    for op in ops {
        match op.apply(model) {
            Ok(inverse) => inverses.push(inverse),
            Err(e) => {
                roll_back(model, &inverses);
                return Err(e);
            }
        }
    }
    Ok(inverses)
}

/// Applies the inverses in reverse order. Each undoes the op applied just before it, so
/// none can fail; were one to, the rest are still applied.
fn roll_back(model: &mut Model, inverses: &[Op]) {
    for inverse in inverses.iter().rev() {
        let _ = inverse.apply(model);
    }
}
