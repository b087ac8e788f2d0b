//! Export of a model to other formats (PDF). Reads the model only; never touches egui.
