"""Pictures are handed on for OCR (a photo of a classified page is a classified page). Their size is checked
from the header, so a decompression bomb is refused before anything decodes it.

Every frame counts: an animated GIF, APNG or WebP and a multi-page TIFF are split into their different frames
(page 2 of a scanned TIFF holds a mark as well as page 1 does). Frames are compared by a hash of their pixels,
so an animation that shows one picture 300 times costs one OCR. What lies past the limits (frames decoded,
different frames read) is a note: the verdict is then at least `confirm`, never `allow`.
"""

from __future__ import annotations

import hashlib
import io
import struct
import time
import warnings

from PIL import Image, UnidentifiedImageError

from guard.errors import ExtractError
from guard.extract.base import Embedded, Extracted, Limits
from guard.messages import t

ANIMATED = {"gif", "png", "webp", "tiff"}  # formats whose files can hold more than one picture


def read_image(data: bytes, kind: str, limits: Limits) -> Extracted:
    frames = check_image(data, kind, limits)
    if frames == 1 or kind not in ANIMATED:
        return Extracted(images=[Embedded(data, {"part": "image"})], kind=kind)
    return read_frames(data, kind, frames, limits)


def check_image(data: bytes, kind: str, limits: Limits) -> int:
    """The number of frames (0: unknown, the frame index is damaged); ExtractError for a damaged picture or
    one whose header claims more pixels than limits.max_decode_pixels (bigger pictures up to that are scaled
    down for OCR, not refused)."""
    ceiling = max(limits.max_decode_pixels, limits.max_pixels)
    try:
        with _open(data) as image:
            width, height = image.size
            if width * height > ceiling:
                raise ExtractError(too_large(width, height, ceiling))
            return _frame_count(image) if kind in ANIMATED else 1
    except Image.DecompressionBombError:
        raise ExtractError(t("picture.bomb")) from None
    except UnidentifiedImageError:
        raise ExtractError(t("picture.damaged", kind=kind.upper())) from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise ExtractError(t("picture.damaged_detail", kind=kind.upper(), error=exc)) from None


def _frame_count(image: Image.Image) -> int:
    try:
        return int(getattr(image, "n_frames", 1) or 1)
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, struct.error):
        return 0  # a truncated GIF: counting walks the frames and falls off the end


def too_large(width: int, height: int, ceiling: int) -> str:
    return t("picture.too_large", width=width, height=height, mp=ceiling / 1e6)


def _open(data: bytes) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(io.BytesIO(data))


def read_frames(data: bytes, kind: str, total: int, limits: Limits) -> Extracted:
    """One Embedded per different frame (PNG), within the limits; notes say what was left unread. `total`
    0: unknown (damaged), the frames are read until one cannot be."""
    unit = "pages" if kind == "tiff" else "frames"
    names = {"unit": t(f"image.unit.{unit}"), "unit_zh": t(f"image.unit.{unit}"), "unit_one": unit[:-1].title(),
             "one": unit[:-1]}
    out = Extracted(kind=kind)
    seen: set[bytes] = set()
    deadline = time.monotonic() + limits.seconds
    ceiling = max(limits.max_decode_pixels, limits.max_pixels)
    stopped = ""
    n = 0
    shown_total = str(total) if total else "?"
    with _open(data) as image:
        for n in range(total or limits.max_frames_examined + 1):
            if n >= limits.max_frames_examined:
                stopped = t("image.why.examined", limit=limits.max_frames_examined)
                break
            if time.monotonic() > deadline:
                stopped = t("image.why.time", seconds=limits.seconds)
                break
            try:
                image.seek(n)
                if image.size[0] * image.size[1] > ceiling:  # TIFF pages each have their own size
                    raise ExtractError(too_large(*image.size, ceiling))
                frame, scale = _fit(_normalised(image, kind), limits.max_pixels)
            except EOFError:
                if not total:
                    break  # the end of a picture whose frames could not be counted
                out.notes.append(t("image.frame_bad", n=n + 1, error="missing", **names))
                break
            except (ExtractError, OSError, ValueError, SyntaxError, IndexError, struct.error) as exc:
                if kind == "tiff":  # pages stand on their own
                    out.notes.append(t("image.frame_bad", n=n + 1, error=exc, **names))
                    continue
                stopped = t("image.why.damaged", n=n + 1, error=exc, **names)  # later frames build on this one
                break
            digest = hashlib.blake2b(frame.mode.encode() + repr(frame.size).encode() + frame.tobytes(),
                                     digest_size=16).digest()
            if digest in seen:
                continue  # the same picture again: already read
            if len(seen) >= limits.max_frames:
                out.notes.append(t("image.frames_cut", read=n, total=shown_total, limit=limits.max_frames, **names))
                return out
            if sum(len(image.data) for image in out.images) > limits.max_unpacked_bytes:
                stopped = t("image.why.memory", limit=limits.max_unpacked_bytes // 1048576)  # noise-like frames
                break
            seen.add(digest)
            where = {"part": "image", ("page" if kind == "tiff" else "frame"): n + 1}
            out.images.append(Embedded(_png(frame), where, scale))
    if stopped:
        out.notes.append(t("image.frames_stopped", read=n, total=shown_total, why=stopped, **names))
    if len(out.images) == 1 and not out.notes:  # every frame the same picture: read it as the file it is
        out.images = [Embedded(data, {"part": "image"})]
    return out


def _normalised(image: Image.Image, kind: str) -> Image.Image:
    """The frame as shown, in one mode for all frames of an animation (GIF frame 1 decodes as a palette
    image, the next ones as RGB: the same picture must hash the same)."""
    if kind == "tiff":
        return image.copy() if image.mode in ("1", "L", "RGB", "RGBA") else image.convert("RGBA")
    return image.convert("RGBA")


def _fit(frame: Image.Image, max_pixels: int) -> tuple[Image.Image, float]:
    """A frame over the pixel cap reduced to fit it (OCR downscales it further anyway); the factor back."""
    width, height = frame.size
    if width * height <= max_pixels:
        return frame, 1.0
    if frame.mode == "1":
        frame = frame.convert("L")  # a bilevel scan would be reduced by dropping pixels, not averaging them
    factor = (width * height / max_pixels) ** 0.5
    size = (max(1, int(width / factor)), max(1, int(height / factor)))
    return frame.resize(size, Image.Resampling.BOX), width / size[0]


def _png(frame: Image.Image) -> bytes:
    buf = io.BytesIO()
    frame.save(buf, "PNG", compress_level=1)  # in memory only: speed over size
    return buf.getvalue()
