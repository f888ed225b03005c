"""Built-in recognizers; importing this package registers them all."""

from guard.detect import (  # noqa: F401  (imported to register)
    bank_card,
    classification_marks,
    classified_list,
    classified_number,
    credit_code,
    gongwen,
    id_card,
    internal_markings,
    itinerary,
    medical,
    phone,
    shared_draft,
    telegrams,
)
from guard.detect.base import REGISTRY, Recognizer


def recognizer_classes() -> list[type[Recognizer]]:
    """In run order: ID numbers before bank cards and phones, so a digit run is claimed once."""
    return sorted(REGISTRY.values(), key=lambda cls: cls.order)


__all__ = ["REGISTRY", "Recognizer", "recognizer_classes"]
