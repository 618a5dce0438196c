"""Import and export of entries: CSV, JSON, MedQuAD-style XML and a whole FAQ web page."""
