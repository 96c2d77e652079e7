"""The reports screen: figures, charts and reuse figures (issue 6)."""
