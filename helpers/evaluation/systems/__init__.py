"""The kit answering a benchmark: TempEval-3 Task A and SemEval-2015 Task 4 Track A."""
