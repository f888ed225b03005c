"""Pictures with more than one frame or page: each different one is handed on for OCR, repeats cost nothing,
and whatever lies past the limits is a note (the scan then says at least `confirm`)."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw

from guard.extract import extract_bytes
from guard.extract.base import Limits


def picture(label: str, size: tuple[int, int] = (320, 120)) -> Image.Image:
    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).text((10, 10), label, fill="black")
    return image


def saved(frames: list[Image.Image], fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    frames[0].save(buf, fmt, save_all=True, append_images=frames[1:], **options)
    return buf.getvalue()


def repeated_gif(frame: Image.Image, times: int) -> bytes:
    """A GIF showing the same picture `times` times. Pillow merges identical frames when it saves, so the
    frame block (graphic control extension, image descriptor, data) is repeated by hand."""
    one = saved([frame, frame], "GIF", duration=40, loop=0)
    start = one.index(b"\x21\xf9\x04")
    return one[:start] + one[start:-1] * times + b";"


def decoded(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB")


def test_every_page_of_a_tiff_is_handed_on_with_its_page_number() -> None:
    data = saved([picture("page one"), picture("page two"), picture("page three")], "TIFF")
    extracted = extract_bytes(data, "scan.tiff")
    assert extracted.kind == "tiff"
    assert [image.where for image in extracted.images] == [{"part": "image", "page": n} for n in (1, 2, 3)]
    assert decoded(extracted.images[1].data).tobytes() == picture("page two").tobytes()
    assert extracted.notes == []


@pytest.mark.parametrize(("fmt", "options"), [("GIF", {"duration": 50}), ("PNG", {"duration": 50}),
                                              ("WEBP", {"duration": 50, "lossless": True})],
                         ids=["gif", "apng", "webp"])
def test_every_different_frame_of_an_animation_is_handed_on(fmt: str, options: dict[str, object]) -> None:
    data = saved([picture("first"), picture("second"), picture("first")], fmt, **options)
    extracted = extract_bytes(data, f"anim.{fmt.lower()}")
    assert [image.where for image in extracted.images] == [{"part": "image", "frame": 1},
                                                           {"part": "image", "frame": 2}]  # frame 3 = frame 1
    assert extracted.notes == []


def test_three_hundred_frames_of_one_picture_are_one_picture_to_read() -> None:
    data = repeated_gif(picture("the same"), 300)
    with Image.open(io.BytesIO(data)) as image:
        assert image.n_frames == 300
    extracted = extract_bytes(data, "loop.gif")
    assert len(extracted.images) == 1
    assert extracted.images[0].data == data  # the file itself: read like a still picture (fast path)
    assert extracted.notes == []


def test_frames_past_the_limit_are_a_note_that_says_how_many_were_read() -> None:
    frames = [picture(f"frame {n}") for n in range(150)]
    extracted = extract_bytes(saved(frames, "GIF", duration=40), "many.gif", Limits(max_frames=20))
    assert len(extracted.images) == 20
    assert extracted.notes == ["only 20 of 150 frames read (at most 20 different ones are read by OCR); "
                               "the rest unchecked"]


def test_the_note_speaks_chinese_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLIPGUARD_LANG")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    frames = [picture(f"page {n}") for n in range(4)]
    extracted = extract_bytes(saved(frames, "TIFF"), "four.tiff", Limits(max_frames=2))
    assert extracted.notes == ["4 页中只检查了前 2 页（每张图片最多识别 2 个不同画面），其余未检查"]


def test_frames_past_the_decoding_limit_are_a_note() -> None:
    frames = [picture(f"frame {n}") for n in range(12)]
    extracted = extract_bytes(saved(frames, "GIF", duration=40), "long.gif", Limits(max_frames_examined=5))
    assert len(extracted.images) == 5
    assert extracted.notes == ["only 5 of 12 frames read (at most 5 are decoded); the rest unchecked"]


def test_a_tiff_page_over_the_decode_ceiling_is_a_note_and_the_other_pages_are_read() -> None:
    data = saved([picture("small page"), Image.new("L", (3000, 3000), 255), picture("last page")], "TIFF")
    extracted = extract_bytes(data, "mixed.tiff", Limits(max_pixels=1_000_000, max_decode_pixels=2_000_000))
    assert [image.where["page"] for image in extracted.images] == [1, 3]
    assert len(extracted.notes) == 1 and extracted.notes[0].startswith("Page 2 cannot be decoded: picture too large")


def test_a_frame_over_the_pixel_cap_is_reduced_and_keeps_the_way_back_to_its_pixels() -> None:
    frames = [picture("one", (2000, 1000)), picture("two", (2000, 1000))]
    extracted = extract_bytes(saved(frames, "TIFF"), "big.tiff", Limits(max_pixels=500_000))
    image = extracted.images[0]
    width, height = decoded(image.data).size
    assert width * height <= 500_000
    assert image.scale == pytest.approx(2000 / width)


@pytest.mark.parametrize("cut", [100, 200, 400])
def test_a_truncated_animation_keeps_the_frames_it_has_and_says_what_is_missing(cut: int) -> None:
    data = saved([picture("first"), picture("second"), picture("third")], "GIF", duration=40)
    extracted = extract_bytes(data[: len(data) - cut], "cut.gif")
    assert extracted.images  # what could be decoded is read
    assert len(extracted.images) < 3
    assert len(extracted.notes) == 1
    assert f"only {len(extracted.images)} of " in extracted.notes[0]
    assert f"frame {len(extracted.images) + 1} is damaged" in extracted.notes[0]


def test_frames_past_the_memory_limit_are_a_note() -> None:
    import random

    rng = random.Random(7)
    frames = [Image.frombytes("L", (800, 800), rng.randbytes(640_000)).convert("RGB") for _ in range(6)]  # noise
    extracted = extract_bytes(saved(frames, "TIFF"), "noise.tiff", Limits(max_unpacked_bytes=2 * 1048576))
    assert 1 <= len(extracted.images) < 6
    assert extracted.notes == [f"only {len(extracted.images)} of 6 pages read (the frames taken out pass the "
                               "memory limit of 2 MB); the rest unchecked"]
