"""Readers and writers of outside formats: TimeML, CAT XML, MEANTIME and SemEval timeline files."""
