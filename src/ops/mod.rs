//! Every change to a document as an operation that undo can reverse.
