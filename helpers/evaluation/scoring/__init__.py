"""Scorers: precision, recall and F1, TempEval-3 time expressions, SemEval timelines, MEANTIME participants."""
