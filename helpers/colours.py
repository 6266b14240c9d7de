"""The colours of entity labels, defined once: saturated for charts, and light backgrounds derived from them."""
from __future__ import annotations

import zlib

# Colours of entity labels: fixed, so GPE is the same blue in every chart, every highlighted report and every run.
LABEL_COLOURS: dict[str, str] = {
    "GPE": "#1f77b4",
    "LOC": "#17becf",
    "FAC": "#9edae5",
    "ORG": "#ff7f0e",
    "PERSON": "#2ca02c",
    "NORP": "#d62728",
    "EVENT": "#9467bd",
    "PRODUCT": "#8c564b",
    "WORK_OF_ART": "#e377c2",
    "LAW": "#bcbd22",
}
OTHER_COLOURS = ("#7f7f7f", "#c49c94", "#f7b6d2", "#dbdb8d", "#c5b0d5", "#aec7e8")
#: How much white a light background mixes into its label's colour: enough for black text on it to read.
WHITE_SHARE = 0.65


def label_colour(label: str) -> str:
    """The fixed colour of an entity label; unknown labels get one picked by a stable checksum."""
    if label in LABEL_COLOURS:
        return LABEL_COLOURS[label]
    return OTHER_COLOURS[zlib.crc32(label.encode("utf-8")) % len(OTHER_COLOURS)]


def light(colour: str, *, white_share: float = WHITE_SHARE) -> str:
    """`colour` ("#rrggbb") mixed with white: the same hue, light enough to put text on."""
    channels = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(value + (255 - value) * white_share):02x}" for value in channels)
