"""The tray app's words, Simplified Chinese first, English second (`CLIPGUARD_LANG=en` or an English
system locale), in one catalogue beside the engine's (`guard.messages`, whose keys it also answers)."""

from __future__ import annotations

from guard import messages
from ui.words import alert, dialog, events, tray

UI: dict[str, tuple[str, str]] = {**tray.WORDS, **dialog.WORDS, **alert.WORDS, **events.WORDS}


class _Tr:
    def __call__(self, key: str, **kwargs: object) -> str:
        pair = UI.get(key) or messages.CATALOGUE[key]
        zh, en = pair
        return (en if self.language() == "en" else zh).format(**kwargs)

    @staticmethod
    def language() -> str:
        return messages.language()


tr = _Tr()
