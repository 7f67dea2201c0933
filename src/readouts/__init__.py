"""readouts: evidence-backed PLOVER/CAMEO event data from news about diplomacy and politics.

    >>> import readouts
    >>> coded = readouts.code(text, published="2023-04-27")
    >>> [(e.type, e.mode, [a.name for a in e.actor]) for e in coded.events]

``readouts.Pipeline`` codes many articles with ``nlp.pipe``; the data model lives in
:mod:`readouts.model`.
"""

__version__ = "0.1.0"

from .errors import InputError, ModelNotFoundError, ReadoutsError
from .model import Article, CodedArticle, Entity, Event, Failure, Relation
from .pipeline import Pipeline, build, code
from .settings import Settings

__all__ = [
    "Article",
    "CodedArticle",
    "Entity",
    "Event",
    "Failure",
    "InputError",
    "ModelNotFoundError",
    "Pipeline",
    "ReadoutsError",
    "Relation",
    "Settings",
    "__version__",
    "build",
    "code",
]
