"""The one corpus harness: a labelled sample record, verdict ranks, shared generators, rendering and measuring.

Sets are data modules over it. The regression sets (`regression_text`, `regression_text_b`,
`regression_images`) are the ones the detection was tuned against: they guard against regressions and
are not held out. `classes` is the issue-10 corpus by shape. `measure` computes and prints rates for any
set; `render` turns a text into a picture or a .docx so one text can be scanned as each source kind.
"""
