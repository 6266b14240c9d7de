"""Where the kit's folders are, found from this file rather than the working directory."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_RAW = ROOT / "data" / "raw"
DATA_PROCESSED = ROOT / "data" / "processed"
REPORTS = ROOT / "reports"
NOTEBOOKS = ROOT / "notebooks"
SEED = DATA_RAW / "000_1a380022945c7723.txt"


def cache_folder() -> Path:
    """Where the kit keeps what it can make again: `$XDG_CACHE_HOME/newsline`, else `~/.cache/newsline`."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsline"
