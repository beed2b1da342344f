"""The immigration office's daily tools: the record view, the imported checks, the recap and
the patterns across villages."""
