# Holst's interface text (en). One message per id; ru.ftl and en.ftl hold the same ids with the
# same arguments (a test checks). Counts ($count) pick their plural form by CLDR rules.

## The editor window

menu-file = File
menu-edit = Edit
menu-view = View
menu-version = Version
menu-help = Help
new = New from template…
open = Open…
open-recent = Recent files
no-recent = No recent files
save = Save
save-as = Save as…
export-pdf = Export PDF, SVG, PNG…
quit = Quit
undo = Undo
redo = Redo
cut = Cut
copy = Copy
paste = Paste
duplicate = Duplicate
delete = Delete
select-all = Select all
bring-to-front = Bring to front
colour = Colour
edit-text = Edit text
zoom-in = Zoom in
zoom-out = Zoom out
fit-to-window = Fit to window
legend = Colour legend
legend-hint = What does this colour mean?
colour-by-segments = Colour by segments
colour-by-segments-hint = Each segment and each note tied to it alone take the segment's colour; the legend names each colour by its segment.
legend-segment = segment { $n }
about = About Holst
lang-ru = Русский
lang-en = English
about-text = Holst is an editor for business model canvases. Your files stay on your computer; no account.
unsaved-title = Unsaved changes
unsaved-body = Save the changes to «{ $title }»?
dont-save = Don't save
cancel = Cancel
saved = saved
not-saved = not saved
unsaved = new file
notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
zoom = zoom
gallery = New model
gallery-hint = Choose a template
recovery-title = Recovery
recovery-body = Holst closed without saving. These recovery copies were left (newest first):
recovery-none = No recovery copies.
recovery-copies = Recovery copies…
recovery-new-model = new model, no file
recovery-written = written { $age } ago
recovery-unreadable = The copy cannot be read: { $error }
restore = Restore
discard = Delete copy…
later = Later
discard-title = Delete the copy?
discard-body = The copy of «{ $title }» will be deleted for good.
restore-failed = Could not restore the copy
autosave-failed = Recovery copy not written: { $error } (retrying in 5 s)
more-copies = More recovery copies: { $count } — see the File menu
open-elsewhere = The file is open in another Holst window: saving checks for its changes first
locked-title = File already open
locked-body = «{ $file }» is already open in another Holst window. Edited in two windows, one save would overwrite the other.
locked-pid = Process of the other window: { $pid }
open-read-only = Open read-only
open-anyway = Open anyway
read-only = read-only
conflict-title = File changed by another program
conflict-changed = «{ $file }» was changed on disk after Holst read or saved it.
conflict-missing = «{ $file }» was deleted or renamed by another program.
conflict-saving = Overwriting drops the other program's changes.
reload = Reload from disk…
overwrite = Overwrite
keep-mine = Keep my version
reload-confirm = Drop the changes in this window and load the file from disk?
reload-drop = Drop and reload
changed-on-disk = changed on disk
save-target-open = «{ $file }» is open in another Holst window. Save under another name or close that window.
import-warnings = Import warnings
import-warnings-body = Skipped while reading «{ $file }»:
warnings-count = import warnings: { $count }
ago-seconds = { $count } s
ago-minutes = { $count } min
ago-hours = { $count } h
ago-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
error = Error
close = Close
block-help = About this block
typology = Typology
key-question = Key question
new-version = New version (fork of current)
rename-version = Rename version
delete-version = Delete version
mark-final = Mark as final
final = final
layout = Layout
compare = Compare versions
cards = Hypotheses
move-notes = Move notes
add-note = Add note
edit-note = Edit text
delete-notes = Delete notes
paste-notes = Paste notes
duplicate-notes = Duplicate notes
saved-to = Saved to { $path }
open-failed = Could not open the file
save-failed = Could not save the file
note-text = Note text
switch-layout = Switch layout
layout-bmc = Business Model Canvas (9 blocks)
layout-social = Social enterprise (11 blocks)
layout-lean = Lean Canvas (9 blocks)
layout-moved = The new layout lacks some blocks; their notes were moved: { $moves }. Undo: Ctrl+Z
layout-moved-item = from «{ $from }» to «{ $to }» ({ $count })
added = added
removed = removed
changed = changed
moved = moved
was-text = Was: { $text }
moved-from = Moved from «{ $block }»
recoloured = recoloured
was-colour = Was { $colour }
leave-compare = Leave compare
arrange-block = Arrange block
arrange-all = Arrange all blocks
enlarge-block = Open block enlarged
leave-block = Back to the canvas
hidden-notes = { $count ->
    [one] { $count } more note — open the block
   *[other] { $count } more notes — open the block
}
enlarged-block = Block “{ $block }” enlarged · Esc returns to the canvas
compare-earlier = Earlier
compare-later = Later
compare-swap = Swap earlier and later
compare-differences = { $count ->
    [one] { $count } difference
   *[other] { $count } differences
}
compare-same = The versions do not differ.
compare-legend = Marks
mark-added = only in the later version (added)
mark-removed = only in the earlier version (removed)
mark-changed = text changed
mark-moved = moved to another block
mark-recoloured = colour changed
mark-cards = hypothesis cards that differ are listed below the blocks
mark-current = the difference chosen in the list
take-into = Take into «{ $version }»
take-checked = Take { $count ->
    [one] { $count } checked difference
   *[other] { $count } checked differences
} into «{ $version }»
take-step = Take from the other version
compare-overlay = Overlay (one canvas)
mark-ghost = faded: a removed note at its old place
mark-arrow = arrow: from a moved note's old place
compare-keys = ↑/↓: next difference · Ctrl+0: fit · Esc: leave
export-title = Export
paper = Paper
versions = Versions
compare-on-page = Compare page of two versions
export = Export…
exporting = Exporting…
exported-to = PDF written to { $path }
export-warnings = PDF written with warnings
export-warnings-body = { $path } was written, but some characters have no font; they are drawn as red boxes:
exported-pictures = Pictures written: { $paths }
file-format = File format
resolution = Resolution, dots per inch
as-on-screen = As on screen
as-on-screen-hint = The canvas as a scaled copy of the screen, not notes fitted to the page
fork-name = { $name } (copy)
cards-title = Hypotheses of «{ $version }»
cards-validated = Validated: { $count }
cards-invalidated = Invalidated: { $count }
cards-untested = Untested: { $count } (not yet tested or being tested now)
cards-none = No hypotheses yet. Write down what you believe but have not tested yet.
card-add = Add hypothesis
card-edit = Edit hypothesis
card-delete = Delete hypothesis
card-untitled = (hypothesis not written yet)
card-hypothesis = Hypothesis
card-test = Test
card-metric = Metric
card-criterion = Criterion
card-status = Status
card-learning = Learning
card-notes = Linked notes
card-no-notes = No linked notes
card-prompt-hypothesis = We believe that …
card-prompt-test = To verify that, we will …
card-prompt-metric = And measure …
card-prompt-criterion = We are right if …
card-prompt-learning =
    We observed …
    From that we learned …
    Therefore, we will …
card-link = Link selected notes
card-link-hint = First select on the canvas the notes this hypothesis concerns
card-link-step = Link notes to hypothesis
card-unlink = Unlink note «{ $text }»
card-unlink-step = Unlink note
card-show-note = Select the note on the canvas

## Files and the system

io-not-found = no such file or folder
io-permission-denied = permission denied
io-already-exists = the file exists already
io-storage-full = the disk is full
io-read-only-filesystem = the file system is read-only
io-is-a-directory = this is a folder
file-kind-directory = a folder
file-kind-fifo = a named pipe (FIFO)
file-kind-device = a device
file-kind-socket = a socket
file-kind-other = a special file
megabytes = { $size } MB
storage-io = { $path }: { $error }
storage-parse = { $path }:{ $line }:{ $column }: { $message }
storage-unknown-format = { $path }: unknown file type; expected a .ron (Holst), .md (Markdown) or .canvas (JSON Canvas) file
storage-not-a-file = { $path }: this is { $kind }, not a regular file; expected a .ron, .md or .canvas file
storage-too-large = { $path }: the file is { $size }, larger than the limit of { $limit } for a model file
storage-read-only = { $path }: the file is read-only, so Holst does not replace it; make it writable or save under another name
storage-invalid = { $path }: not saved: { $error }
warning-line = line { $line }: { $message }
recovery-read-failed = { $path }: the recovery copy cannot be read: { $error }
filter-models = Holst models
filter-model = Holst model

## Changes that cannot be made

op-no-version = there is no version with id { $version }
op-no-note = version { $version } has no note with id { $note }
op-no-card = version { $version } has no hypothesis card with id { $card }
op-duplicate-version = a version with id { $version } already exists
op-duplicate-note = version { $version } already has a note with id { $note }
op-duplicate-card = version { $version } already has a hypothesis card with id { $card }
op-index-out-of-range = position { $index } is out of range; expected at most { $max }
op-block-not-in-layout = the { $layout } layout has no block { $block }; expected one of: { $blocks }
op-not-finite = note { $note } would get a position that is not a finite number
op-last-version = the last version of a model cannot be deleted
op-final-taken = version { $version } is already final; unmark it first
op-already-linked = hypothesis card { $card } already links note { $note }
op-not-linked = hypothesis card { $card } does not link note { $note }
op-invalid = { $error }
op-not-a-segment = note { $note } is not a customer segment; expected a note of Customer Segments
op-segment-tied = note { $note } is a customer segment itself; only notes of other blocks are tied to segments
op-already-tied = note { $note } is already tied to segment { $segment }
op-not-tied = note { $note } is not tied to segment { $segment }
op-not-a-method-op = { $op } is not an op of segments or descriptions

## PDF export

export-unknown-version = the model has no version with id { $id }; its versions are: { $available }
export-invalid = the model is not valid: { $error }
export-font = the PDF could not be made: { $error }
export-io = { $path }: { $error }
cli-export-stdout = export writes files, not standard output; expected a .pdf, .svg or .png file name, or a folder
cli-export-extension = { $path }: the output's name does not end in .pdf, .svg or .png; expected such a name, --format, or --force to write the PDF there anyway
cli-export-over-model = { $path } is the model being exported; writing there would destroy it. Expected another file name
cli-export-dpi = --dpi sets the resolution of PNG pictures; expected a .png output or --format png
export-image = the picture could not be made: { $error }
export-one-name = the export makes { $count } pictures ({ $labels }) but { $path } names one file; put %v in the name for the version's number (out-%v.png), name a folder (out/), or choose one version with --version
pdf-date = { $year }-{ $month }-{ $day }
pdf-final = (final)
pdf-credit = Business Model Canvas: Strategyzer AG, CC BY-SA 3.0
pdf-page-number = Page { $page } of { $total }
pdf-continued = Continued on page { $page } (appendix)
pdf-left-over = { $count ->
    [one] { $count } more note did not fit
   *[other] { $count } more notes did not fit
}
pdf-appendix-caption = Appendix to page { $page }: full text of blocks that did not fit
pdf-cards-caption = Hypotheses
pdf-card-hypothesis = Hypothesis
pdf-card-test = Test
pdf-card-metric = Metric
pdf-card-criterion = Criterion
pdf-card-status = Status
pdf-card-learning = Learning
pdf-card-notes = Notes
pdf-compare-caption = Versions compared
pdf-mark-added = added
pdf-mark-removed = removed
pdf-mark-changed = changed
pdf-mark-moved = moved
pdf-mark-recoloured = recoloured
pdf-method-caption = Descriptions, social enterprise and segments
pdf-model-description = About the model
pdf-version-description = About this version
pdf-social = Social enterprise
pdf-social-model = Operating model
pdf-segment = Segment { $number }: { $text }
pdf-segment-priority = Priority
pdf-segment-tied = Notes tied to this segment

## Reading and checking documents

read-binary = this is a binary file (it has a NUL byte here); expected a text file: a Holst model (.ron) or a Markdown canvas (.md)
expected-ron-model = a Holst model: (format_version: 1, title: "…", versions: [ … ])
expected-md-canvas = a Markdown canvas: a `# title` line and `### <block>` headings with `- notes`
expected-json-canvas = a JSON Canvas: {"{"}"nodes": [ … ], "edges": [ … ]{"}"}
read-empty = the file is empty; expected { $expected }
read-only-whitespace = the file holds only spaces and line breaks; expected { $expected }
read-not-utf8 = this byte is not UTF-8; expected a UTF-8 text file
formats-known = { $count ->
    [one] { $first }
   *[other] { $first } to { $last }
}
ron-newer-format = this file was written by a newer Holst (format_version { $found }); this Holst reads format_version up to { $newest }. Update Holst to open it
ron-format-zero = format_version 0 is no Holst format; expected format_version { $known }
ron-note-moved-in = note { $note } «{ $text }» lay outside its block (x: { $x }, y: { $y }); moved into the block
ron-missing-field-in = `{ $field }` is missing; expected it among the fields of this { $outer }
ron-missing-field = `{ $field }` is missing; expected it among the fields here
ron-not-allowed = `{ $found }` is not allowed here; expected one of: { $expected }
ron-syntax = { $detail }; expected a Holst model: (format_version: 1, title: "…", versions: [ … ])
invalid-format-version = format_version { $found } is not one this Holst reads; expected format_version { $known }
invalid-no-versions = a model needs at least one version; expected `versions: [ ... ]` with one or more
invalid-duplicate-version = two versions have the id { $id }; expected each version id once
invalid-final-version = final_version { $id } names no version; expected the id of one of the versions
invalid-duplicate-note = version «{ $version }»: two notes have the id { $id }; expected each note id once
invalid-block-not-in-layout = version «{ $version }»: note { $note } is in block { $block } ({ $title }), which the { $layout } layout does not have; expected one of: { $blocks }
invalid-not-finite = version «{ $version }»: note { $note } has no finite position; expected numbers for x and y
invalid-duplicate-card = version «{ $version }»: two cards have the id { $id }; expected each card id once
invalid-card-links-missing-note = version «{ $version }»: card { $card } links note { $note }, which this version does not have; expected ids of its notes
limit-title = the title has { $count } characters, more than the limit of { $limit } characters for a title or version name
limit-versions = too many versions: more than the limit of { $limit } versions per model (version { $version } is number { $number })
limit-notes = too many notes: more than the limit of { $limit } notes per model, all versions together (version «{ $version }», note { $note })
limit-cards = too many hypothesis cards: more than the limit of { $limit } cards per model, all versions together (version «{ $version }», card { $card })
limit-id = version «{ $version }»: { $what } id { $id } is too large; expected an id from 0 to { $max }, so that new ids can still be made
limit-text = version «{ $version }»: { $what } has { $count } characters, more than the limit of { $limit } characters per text
limit-version-name = a version name has { $count } characters, more than the limit of { $limit } characters for a title or version name
limit-version-description = version «{ $version }»: the description has { $count } characters, more than the limit of { $limit } characters for a description
limit-version-items = version «{ $version }» has { $notes } notes, { $cards } cards and { $legend } legend entries; the limits are { $max-notes } notes, { $max-cards } cards and { $max-legend } legend entries
limit-card-links = version «{ $version }»: card { $card } links { $count } notes, more than the limit of { $limit }
item-version = the version
item-note = the note
item-card = the card
item-legend-entry = a legend entry
item-note-text = the text of note { $id }
item-card-field = a field of card { $id }

## Reading Markdown canvases, vault folders and JSON Canvas files

md-warnings-more = { $count ->
    [one] one more warning like the ones above is not listed, from this line on
   *[other] { $count } more warnings like the ones above are not listed, from this line on
}
block-with-id = { $id } ({ $en } / { $ru })
# English lists the colour names alone; the select only keeps the arguments the same as ru.ftl's.
colour-with-label = { $name }{ $label ->
   *[other] {""}
}
md-unknown-colour = unknown colour «{ $name }»; expected one of: { $names }
md-unknown-status = unknown status «{ $word }»; expected one of: { $ru } (or { $en })
md-card-links-over = this card links more than { $limit } notes, the limit of notes per model
md-card-link-missing = the card links «{ $text }», which no note of this version says; link skipped
md-item-too-long = the list item of line { $start } goes on for more than { $limit } lines; expected a shorter note or card
md-too-many-notes = too many notes: more than the limit of { $limit } notes per model, all versions together
md-too-many-cards = too many cards: more than the limit of { $limit } cards per model, all versions together
md-too-many-versions = too many versions: more than the limit of { $limit } versions per model
md-unknown-block = unknown block heading { $text }; expected one of: { $blocks }; or a section: { $sections }
md-before-version = { $text } comes before any version heading; expected `## <version name>` above it
md-block-not-in-layout = block { $text } ({ $id }) is not in the { $layout } layout of this version; expected one of: { $blocks } (or a `layout:` line naming a layout that has it: { $others })
md-unknown-layout = unknown layout { $text }; expected one of: { $ids }
md-final-not-yes-no = { $text } is not yes or no; expected `final: yes`
md-empty-item = empty list item skipped
md-final-twice = another version is already marked final; this mark is skipped
md-kept-in-description = not a note, kept in the version's description: { $text }
md-folder-file-no-block = { $file }: its name and first heading name no block; file skipped
md-folder-no-block-file = this folder has no Markdown file named after a block; expected files such as `Key Partners.md` or `Каналы.md`, one per block
md-note-id-reused = note id { $id } is used twice in this version or too large; the note gets a new id
md-note-moved-in = the note lay outside its block (x={ $x }, y={ $y }); moved into the block
md-note-block-not-in-layout = block { $from } is not in the { $layout } layout; its note goes to { $to }, named in the text
md-not-a-version = «{ $name }» has no layout line and no block, so it is no version; its text is kept in the description
md-no-block-heading = no block heading found, so there is no note to read; expected a `### <block>` heading (such as `### Каналы` or `### Channels`) with `- notes` under it
md-nothing-read = nothing was read from this file: its blocks hold no note (only guidance, empty items or text outside list items); expected `- notes` under the block headings
json-not-canvas = this is not JSON Canvas: { $detail }; expected {"{"}"nodes": [ … ], "edges": [ … ]{"}"}
json-no-block-group = no group of this canvas is named like a block, so there is no note to read; expected groups labelled such as "Key Partners" or "Каналы" holding text nodes
json-groups-ignored = { $count ->
    [one] one group names no block and was ignored; its nodes go to the block around them
   *[other] { $count } groups name no block and were ignored; their nodes go to the block around them
}
json-odd-ids = { $count ->
    [one] one note id is not 16 hex digits; that note gets a new id
   *[other] { $count } note ids are not 16 hex digits; those notes get new ids
}
json-edges-skipped = { $count ->
    [one] one edge between nodes has no counterpart in Holst and was skipped
   *[other] { $count } edges between nodes have no counterpart in Holst and were skipped
}
json-node-kept = a { $kind } node is kept as a note naming it
json-unknown-colour = unknown colour; the note is yellow
json-outside = «{ $text }» lies in no block; kept in the version's description

## The command line

cli-error = error
cli-warning = warning
cli-wrote = wrote { $path }
cli-wrote-template = wrote { $path } from template { $template }
layout-overlap = version “{ $version }”, block “{ $block }”: notes { $a } and { $b } cover each other (Edit → Arrange block)
layout-outside = version “{ $version }”, block “{ $block }”: note { $note } lies past the block's edge, so the block is shown packed
layout-hidden = version “{ $version }”, block “{ $block }”: { $count ->
    [one] { $count } note does not fit even at the smallest size and is hidden
   *[other] { $count } notes do not fit even at the smallest size and are hidden
} (View → Open block enlarged)
cli-check-ok = { $file }: ok, «{ $title }», { $versions ->
    [one] { $versions } version
   *[other] { $versions } versions
}, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}
cli-stdout-needs-to = writing to standard output (`-`) needs --to ron, --to md or --to canvas
cli-unknown-output = { $path }: unknown output type; expected a .ron, .md or .canvas file name
cli-no-template = no template `{ $template }`; expected one of: { $ids }
cli-convert-over-input = { $path } is the input file; expected another file name for the converted model
cli-obsidian-needs-md = --style obsidian writes Markdown; expected an .md output (or --to md)
cli-exists = { $path } exists already; pass --force to replace it
cli-no-version = { $path }: no version `{ $key }`; expected a name or a number from 1 to { $count }: { $list }
cli-stdout-failed = could not write to standard output: { $error }
pdf-missing-glyphs = { $count ->
    [1] page
   *[other] pages
} { $pages }: «{ $text }»: no font has { $chars }; the PDF shows a red box for each
# holst diff and holst merge
diff-summary = «{ $a }» → «{ $b }»: { $added } added, { $removed } removed, { $changed } changed, { $moved } moved, { $recoloured } recoloured, { $cards ->
    [one] { $cards } hypothesis card differs
   *[other] { $cards } hypothesis cards differ
}
diff-summary-method = { $count ->
    [one] { $count } difference of the course's method (ties, segment profiles, social enterprise, description)
   *[other] { $count } differences of the course's method (ties, segment profiles, social enterprise, description)
}
merge-only-bad = --only { $text }: expected a note id (a number) or card:ID
merge-not-a-file = { $path }: merge writes the model back; expected a .ron or .md file, not a folder
merge-partly-read = { $path }: not everything in the file was read (see the warnings above); convert it to .ron first
merge-canvas = { $path }: a .canvas file cannot keep hypothesis cards; convert it to .ron first
merge-markdown-differs = { $path }: Holst would write this Markdown otherwise than it is; convert it to .ron first (`holst convert`)
merge-locked = { $path } is open in a Holst window{ $pid }; save and close it there first
merge-same-version = --from and --into name the same version «{ $version }»; expected two versions
merge-only-unknown = --only { $what }: no difference between «{ $a }» and «{ $b }» concerns it
merge-nothing = nothing to take from «{ $a }» into «{ $b }»; { $path } not written
merge-dry-run = dry run: { $count ->
    [one] { $count } difference would be taken
   *[other] { $count } differences would be taken
} from «{ $a }» into «{ $b }»; { $path } not written
merge-wrote = wrote { $path }: { $count ->
    [one] { $count } difference taken
   *[other] { $count } differences taken
} from «{ $a }» into «{ $b }»
item-profile-field = a field of the profile of segment { $id }
item-social-field = the social enterprise's field «{ $field }»
limit-model-description = the model's description has { $count } characters, more than the limit of { $limit } characters for a description
invalid-tie-missing-note = version «{ $version }»: ties name note { $note }, which this version does not have; expected ids of its notes
invalid-tie-segment-note = version «{ $version }»: note { $note } is a segment itself and cannot be tied to segments; expected notes of other blocks
invalid-tie-empty = version «{ $version }»: note { $note } is tied to an empty list of segments; expected at least one segment id, or no entry
invalid-tie-not-segment = version «{ $version }»: note { $note } is tied to { $segment }, which is no note of Customer Segments of this version; expected ids of segment notes
invalid-profile-missing-note = version «{ $version }»: a segment profile names note { $note }, which this version does not have; expected ids of its notes
invalid-profile-attribute-twice = version «{ $version }»: the profile of segment { $note } ticks «{ $attribute }» twice; expected each attribute once

## The canvas checker (issue 16): findings are ours; the rule's quote comes from the seeds.
checker-severity-problem = problem
checker-severity-advice = advice
checker-quoted = “{ $text }”
checker-report-header = «{ $version }» — { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}
checker-report-notes = notes
checker-report-rule = rule
checker-no_ties = No note is tied to a segment yet, so the segment checks were skipped.
checker-R1_value_without_segment = Value proposition “{ $note }” serves no customer segment.
checker-R2_segment_without_value = No value proposition serves segment “{ $segment }”: counting it as yours is a mistake for now.
checker-R3_segment_without_channel = Segment “{ $segment }” has no channel: how will it hear of the offer and buy it?
checker-R4_segment_without_relationship = Segment “{ $segment }” has no customer relationship.
checker-R5_client_segment_without_revenue = Segment “{ $segment }” brings no revenue: what will it pay for? If it does not pay, mark it as beneficiaries.
checker-R6_revenue_without_segment = Revenue “{ $note }” is tied to no segment: who pays for it?
checker-R7_relationship_or_channel_without_segment = “{ $note }” is tied to no segment.
checker-R8_segments_indistinguishable = Segments “{ $a }” and “{ $b }” share the same offer, channels, relationships and revenue: by the course's rule they are one segment. Merge them or show how they differ.
checker-R9_empty_block = Block “{ $block }” is empty. { $key-question }
checker-R10_costs_before_their_causes = Costs are filled in before the blocks they come from: { $blocks } are still empty. The cost block comes last.
checker-R11_relationships_before_segments = Relationships are described but no segment is: whom are they with?
checker-R12_segments_without_priority = No segment has a priority: which ones deserve the effort?

## Markdown sections of the method (issue 16)
md-unknown-key = unknown key `{ $key }`; expected one of: { $keys }
md-unknown-value = `{ $value }` is no { $key } Holst knows; expected one of: { $values }
md-segment-unknown = the segment profile names «{ $text }», which no note of Customer Segments of this version says; the profile is skipped
md-tie-unknown = segment «{ $segment }» lists «{ $text }» as tied, which no note of another block of this version says; the tie is skipped

## The method in the window (issue 16)
guidance-questions = The course's questions
guided-mode = Guided mode
guided-step = Block { $n } of { $of }, in the course's order
guided-step-social = Block { $n } of { $of }: the course's order, with the two blocks of the social enterprise canvas placed by us
guided-step-lean = Block { $n } of { $of }, in the Lean Canvas's order (Ash Maurya's; the course gives none for it)
guided-back = ← Back
guided-next = Next →
guided-close = Close
checker-panel = Canvas check
checker-hint = The canvas read against the course's rules. Click a finding to select its notes.
checker-none = Nothing to report: the canvas follows the course's rules.
segment-panel = Segments and ties
segment-select-one = Select one note: a customer segment to describe it, a note of another block to tie it to the segments it serves.
segment-profile-edit = Edit segment profile
segment-ties = Serves the segments
segment-tie = Tie note to segment
segment-no-segments = There is no customer segment on the canvas yet.
segment-unset = —
compare-tie-added = tie added
compare-tie-removed = tie removed
compare-profile-changed = profile changed
compare-social-changed = social enterprise changed
compare-description-changed = description changed
compare-version-group = The version as a whole
about-version = Descriptions and social enterprise…
about-version-title = About the version «{ $version }»
about-model-description = The model's description
about-version-description = The version's description
about-social = The version as a social enterprise
about-not-in-seed = not in the course
about-apply = Apply

## Working together: shared models, the sync server, `holst serve` and `holst sync`

sync-unreadable = the shared document holds something Holst cannot read at { $place }: { $detail }
sync-expected = expected { $what }, found { $found }
sync-place-document = the document
sync-what-map = a map
sync-what-text = text
sync-what-method = the version's method data (segment profiles, ties, social enterprise) as RON
sync-what-number = a finite number
sync-what-position = a position within ±3.4e38
sync-what-one-of = one of the strings { $list }
sync-what-note-id = a note id as a string
sync-what-note-ids = a list of note ids
sync-what-schema = "holst/1": this is not a Holst model, or one from a newer Holst
sync-what-final = the id of a version as a string, or null
sync-what-id-key = an id as the key: a whole number from 0 to 2^53 − 1
sync-what-model = a Holst model
sync-found-nothing = nothing
sync-found-map = a map
sync-found-list = a list
sync-found-text = the text «{ $text }»
sync-found-string = the string "{ $text }"
sync-found-number = the number { $number }
sync-found-bool = { $value }
sync-found-null = null
sync-found-bytes = { $count } bytes of binary data
sync-found-other = a value of another kind
sync-automerge = the shared document could not be changed: { $error }
sync-op = the step does not fit the shared model: { $error }
sync-saved = the saved copy of the shared document is damaged ({ $error }); join without it
sync-invalid = the model is not valid: { $error }
sync-internal = internal error: { $error }
sync-stopped = the sync session has stopped
sync-no-thread = could not start the sync thread: { $error }
sync-unreachable = could not reach the sync server { $server }: { $why }
sync-why-timeout = no connection within { $seconds } s
sync-why-closed = the connection closed
sync-why-no-copy = no connection, and no saved copy of the document
sync-no-document = the sync server { $server } has no document { $document }
sync-not-taken = the sync server { $server } did not take the document within { $seconds } s
sync-not-finished = the sync server { $server } did not finish syncing within { $seconds } s
sync-offline = offline
sync-share-file = { $error }; expected (server: "ws://host:port/", document: "automerge:…")
sync-doc-not-file = not a regular file; expected the Automerge document of the model
sync-doc-too-big = { $size } bytes, more than the limit of { $limit } bytes
sync-doc-unreadable = not a readable Automerge document ({ $error }); it was left as it is
link-not-a-link = «{ $text }» is not a share link; expected a server URL, `#` and a document, like ws://host:3030/#automerge:4Qz…
link-not-a-server = «{ $text }» is not a server URL ({ $error }); expected ws://host:port/
link-wss = «{ $text }»: encrypted connections (wss://) are not supported yet; use ws:// on a trusted network, a VPN or an SSH tunnel
link-not-ws = «{ $text }» is not a sync server URL; expected ws://host:port/
link-not-a-document = «{ $text }» is not a document id; expected automerge:… as in the share link
repair-kept-both = two people made { $kind ->
    [version] versions
    [card] hypothesis cards
   *[note] notes
} with the id { $id }: both kept, the second as { $new }
repair-legend-joined = two people explained the colour { $colour }: both meanings kept
repair-link-dropped = hypothesis card { $card } linked note { $note }, which was deleted: link removed
repair-note-moved = note { $note } was in the block { $from }, which the layout lacks: moved to { $to }
repair-note-placed = note { $note } lay outside its block: moved into it
repair-final-cleared = the final version { $version } was deleted: no version is final
repair-version-added = every version was deleted: an empty version was made
adopt-title = the title «{ $file }» of the file differs from the shared one «{ $shared }»; the shared title is kept
adopt-note = version «{ $version }»: note { $id } differs in the file and in the shared model; both kept, the file's as note { $new }
adopt-card = version «{ $version }»: hypothesis card { $id } differs in the file and in the shared model; both kept, the file's as card { $new }
serve-listening = listening on { $url }
serve-every-network = on every network of this machine: others connect to ws://<this machine's name or address>:{ $port }/
serve-documents = documents in { $dir }
serve-anyone = anyone who has a document's link can read and edit it; Ctrl-C stops
serve-stopped = stopped
serve-failed = could not serve on { $address } with documents in { $dir }
serve-no-data-dir = this system has no data folder; pass --data DIR
sync-only-ron = { $file }: holst sync works on .ron models; expected a .ron file (convert a .md first)
sync-other-document = { $share } names the document { $named }, not { $wanted }; remove it and { $doc } to sync with { $wanted }
sync-no-share-file = { $doc } has no { $share } beside it saying which document it is; pass --doc
sync-no-file = { $file } does not exist; pass --doc to fetch a shared model into it
sync-refused = { $error }; nothing was written
sync-done = synced { $file } ({ $versions ->
    [one] { $versions } version
   *[other] { $versions } versions
}, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}) with { $link }

## The editor window: sharing

share = Share…
open-shared = Open shared…
share-title = Share this model
share-body = Edits travel through a sync server (for example `holst serve` on a machine of the team). Anyone who has the link can read and edit the model: send it only to the people who should.
share-server = Server:
share-start = Share
share-link = Send this link to the others:
share-copy = Copy link
share-copied = The link was copied
open-shared-title = Open a shared model
open-shared-body = Paste the link someone sent you (ws://host:3030/#automerge:…).
open-shared-link = Link:
join = Open
share-failed = Could not share the model: { $error }
join-failed = Could not open the shared model: { $error }
sync-failed = Sharing stopped working: { $error }
share-status-synced = shared: in step
share-status-syncing = shared: syncing…
share-status-connecting = shared: connecting…
share-status-offline = shared: offline
share-others = with { $names }
share-alone = nobody else here
share-sidecar-failed = The model was saved, but its shared document could not be written beside it: { $error }
work-offline = Work offline / connect again
connecting = Connecting to the sync server…
fb-open-title = Open a model
fb-save-title = Save the model as
fb-export-title = Export to
fb-file-name = File name or path:
fb-up = ↑ Up
fb-home = Home folder
fb-places = Recent folders
fb-all-files = Show all files
fb-open = Open
fb-choose = Choose
fb-why = The system file dialog cannot be shown: { $reason } Holst shows its own file browser instead. For the system dialog, install xdg-desktop-portal with a GTK or KDE backend, or zenity.
fb-keys = ↑↓ choose, Enter open, Backspace in an empty name goes up, Esc cancels. A typed path (~/file.ron) works too.
fb-no-such-file = There is no file { $path }; expected an existing .ron, .md or .canvas file.
fb-no-such-folder = There is no folder { $path }; expected an existing folder.
fb-replace = { $path } exists. Press the button again to replace it.
fb-unreadable = The folder { $path } cannot be read.
fb-empty = No matching files here.
no-native-dialog = there is no desktop portal on the session bus and no zenity.
native-dialog-failed = the system file dialog closed at once (it failed).
open-external-failed = Could not start xdg-open (package xdg-utils) to open the file
export-destination = Save to:
browse = Browse…
export-over-model = { $path } is the model being exported; writing there would destroy it. Expected another file name.
open-exported = Open file
open-exported-folder = Open folder
drop-not-model = «{ $name }» is not a model; Holst opens .ron, .md and .canvas files.
recent-missing = No longer there, removed from recent files: { $names }
