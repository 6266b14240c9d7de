"""TempEval-3 system: annotate a folder of system-input TimeML files with the kit's time expressions."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from helpers.evaluation.formats.timeml import TimeMLError, annotate, read_timeml
from helpers.nlp import load_model
from helpers.timex import timexes_of

INPUT_SUFFIXES = (".tml", ".TE3input")


@dataclass
class TempEvalSummary:
    """What one run did: the files written, the inputs rejected (path, reason), the TIMEX3s written."""

    written: list[Path] = field(default_factory=list)
    rejected: list[tuple[Path, str]] = field(default_factory=list)
    timexes: int = 0


def input_files(in_dir: Path) -> list[Path]:
    """The `*.tml` and `*.TE3input` files of a folder (not its subfolders), by name."""
    return sorted(path for path in Path(in_dir).iterdir() if path.is_file() and path.name.endswith(INPUT_SUFFIXES))


def output_name(input_path: Path) -> str:
    """`x.tml.TE3input` and `x.TE3input` become `x.tml`; `x.tml` stays `x.tml`."""
    name = Path(input_path).name.removesuffix(".TE3input")
    return name if name.endswith(".tml") else f"{name}.tml"


def annotate_folder(in_dir: Path, out_dir: Path, *, model: str | None = None, progress: bool = False,
                    reading: str = "auto") -> TempEvalSummary:
    """Write `<out_dir>/<name>.tml` for every input file: the same file with TIMEX3 tags in <TEXT>.

    Each text is parsed with the kit's pipeline and `timexes_of(doc, published=DCT day, reading=reading)`
    (reading: "auto", "news" or "history", see helpers.timex.timexes_of); expressions
    without a value are left out. A file that cannot be read is rejected (path, reason) and the rest go on.
    Raises ValueError if `out_dir` is `in_dir` (the inputs would be overwritten).
    """
    in_dir, out_dir = Path(in_dir), Path(out_dir)
    if out_dir.resolve() == in_dir.resolve():
        raise ValueError(f"the output folder {out_dir} is the input folder: the inputs would be overwritten")
    nlp = load_model(model)
    summary = TempEvalSummary()
    paths = input_files(in_dir)
    if progress:
        from tqdm.auto import tqdm

        paths = tqdm(paths, desc="TempEval-3 files", unit="file")
    for path in paths:
        out_path = out_dir / output_name(path)
        if out_path in summary.written:
            summary.rejected.append((path, f"another input already wrote {out_path.name}"))
            continue
        try:
            document = read_timeml(path)
        except (OSError, TimeMLError) as problem:
            summary.rejected.append((path, str(problem)))
            continue
        found = timexes_of(nlp(document.text), published=document.dct_date, reading=reading)
        timexes = [timex for timex in found if timex.value]
        summary.timexes += len(annotate(path, timexes, out_path))
        summary.written.append(out_path)
    return summary
