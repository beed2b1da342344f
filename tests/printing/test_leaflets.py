"""Leaflets, posters and pocket cards: exact paper, embedded fonts, the village's own name and
contacts, the verified numbers, panels in folding order, and no text running off its area."""

from __future__ import annotations

import csv
import io
import math
import shutil
import subprocess
from dataclasses import dataclass, replace
from functools import cache

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.domain.profile import Contact, ContactRole, VillageProfile
from desktop.exchange.active_content import SHIPPED
from desktop.printing.fonts import BODY, BOLD
from desktop.printing.leaflets import LayoutOverflow, LeafletData, LeafletKind, build_leaflet
from desktop.printing.leaflets.layout import Stack, fit, fit_shortened
from desktop.printing.leaflets.style import Styles
from desktop.printing.leaflets.trifold import TUCK, _fold_positions
from desktop.printing.paper import Paper
from desktop.resources import resource_path
from tests.profiles import BABINSA, kungkai_with_contacts

KUNGKAI = kungkai_with_contacts(
    office_address="",
    contacts={
        ContactRole.BABINSA: BABINSA,
        ContactRole.IMMIGRATION_OFFICE: Contact("Kantor Imigrasi Kerinci", "0748-323456"),
    },
)
NUMBERS = ["110", "129", "(021) 129", "08111-129-129", "0800-1000"]
KINDS = [(kind, paper) for kind in LeafletKind for paper in Paper]


def longest(level: str) -> str:
    """The longest official name at one level of the area-code files."""
    with resource_path("wilayah", f"{level}.csv").open(encoding="utf-8") as f:
        return max((row["name"] for row in csv.DictReader(f)), key=len)


@cache
def longest_profile() -> VillageProfile:
    """Every name as long as any real one, every contact filled in with long names."""
    long_contact = Contact(
        "Kantor Imigrasi Kelas II Non TPI Kerinci Seksi Intelijen", "0812-3456-7890"
    )
    return replace(
        KUNGKAI,
        village_code="13.05.16.2006",
        village_name=longest("villages"),
        district_name=longest("districts"),
        regency_name=longest("regencies"),
        province_name=longest("provinces"),
        head_name="Haji Muhammad Abdurrahman Syamsuddin Nasution",
        office_phone="(0751) 123-4567",
        contacts={role: long_contact for role in ContactRole},
    )


def data_for(profile: VillageProfile, language: str = "id") -> LeafletData:
    return LeafletData(profile, SHIPPED.materials(language, profile.village_code))


@cache
def pdf(kind: LeafletKind, paper: Paper, which: str = "kungkai") -> bytes:
    profile = KUNGKAI if which == "kungkai" else longest_profile()
    return build_leaflet(kind, paper, data_for(profile))


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def flat(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Run:
    text: str
    x: float
    y: float
    width: float
    size: float = 0.0  # the printed size in points


def runs(page) -> list[Run]:
    """Every piece of text on a page with where it starts and how wide it is."""
    found: list[Run] = []

    def visit(text, cm, tm, font, size):
        if not text.strip() or not font:
            return
        name = BOLD if "Bold" in font["/BaseFont"] else BODY
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        printed = size * math.hypot(tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3])
        width = stringWidth(text.strip(), name, size)
        found.append(Run(text.strip(), x, y, width, round(printed, 2)))

    page.extract_text(visitor_text=visit)
    return found


def test_the_longest_names_really_are_long():
    profile = longest_profile()
    assert len(profile.village_name) >= 40
    assert len(profile.regency_name) >= 40


@pytest.mark.parametrize(("kind", "paper"), KINDS)
def test_each_leaflet_has_the_exact_paper_size(kind, paper):
    pages = reader(pdf(kind, paper)).pages
    assert len(pages) == (2 if kind is LeafletKind.TRIFOLD else 1)
    expected = paper.landscape if kind is LeafletKind.TRIFOLD else paper.size
    for page in pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(expected, abs=0.01)
    if paper is Paper.F4:
        assert sorted(round(v / mm, 1) for v in expected) == [215.0, 330.0]


@pytest.mark.parametrize(("kind", "paper"), KINDS)
def test_every_font_is_embedded(kind, paper):
    fonts = {}
    for page in reader(pdf(kind, paper)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "+DejaVuSans" in name, name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name


@pytest.mark.parametrize(("kind", "paper"), KINDS)
def test_the_village_and_the_verified_numbers_are_printed(kind, paper):
    text = flat(" ".join(p.extract_text() for p in reader(pdf(kind, paper)).pages))
    assert "desa kungkai" in text.casefold()
    assert "www.kp2mi.go.id" in text
    for number in NUMBERS:
        assert number in text, number
    assert "0812-3456-7890" in text  # the Babinsa's phone from the profile
    if kind is not LeafletKind.POSTER:
        assert "+62 21 2924 4800" in text


@pytest.mark.parametrize(("kind", "paper"), KINDS)
def test_the_longest_names_fit_without_text_leaving_the_page(kind, paper):
    document = reader(pdf(kind, paper, "longest"))
    text = flat(" ".join(p.extract_text() for p in document.pages)).casefold()
    for name in (longest("villages"), longest("regencies")):
        assert name.casefold() in text
    for page in document.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        for run in runs(page):
            assert 4 * mm <= run.x and run.x + run.width <= width - 4 * mm, run
            assert 4 * mm <= run.y <= height - 4 * mm, run


def test_trifold_text_never_crosses_a_fold():
    for which in ("kungkai", "longest"):
        for paper in Paper:
            width = paper.landscape[0]
            document = reader(pdf(LeafletKind.TRIFOLD, paper, which))
            for page, tuck_first in zip(document.pages, (True, False), strict=True):
                folds = _fold_positions(width, tuck_first)
                for run in runs(page):
                    if run.text == "lipat":
                        continue
                    for fold in folds:
                        assert not (run.x < fold < run.x + run.width), (run, fold)


def test_trifold_panels_are_in_folding_order():
    """Outside: inside flap | back | front cover. Inside: read left to right when opened."""
    width = Paper.A4.landscape[0]
    outside, inside = reader(pdf(LeafletKind.TRIFOLD, Paper.A4)).pages

    def column_of(page, start: str) -> int:
        for run in runs(page):
            if run.text.startswith(start):
                return int(run.x // (width / 3))
        raise AssertionError(f"{start!r} not found")

    assert column_of(outside, "Kenali tanda") == 0
    assert column_of(outside, "Laporkan!") == 1
    assert column_of(outside, "Waspada") == 2
    assert column_of(inside, "Apa itu perdagangan") == 0
    assert column_of(inside, "Berangkat kerja") == 1
    assert column_of(inside, "Modus yang sering") == 2


def test_fold_lines_of_both_sides_meet_and_the_tuck_in_panel_is_narrower():
    for paper in Paper:
        width = paper.landscape[0]
        outside = _fold_positions(width, tuck_first=True)
        inside = _fold_positions(width, tuck_first=False)
        assert [width - x for x in reversed(inside)] == pytest.approx(outside)
        assert outside[0] == pytest.approx(outside[1] - outside[0] - TUCK)


def test_a_training_village_is_marked_on_every_page():
    training = replace(KUNGKAI, training=True)
    for kind in LeafletKind:
        document = reader(build_leaflet(kind, Paper.A4, data_for(training)))
        for page in document.pages:
            assert "MODE LATIHAN" in page.extract_text()


@pytest.mark.parametrize("kind", list(LeafletKind))
def test_english_leaflets_use_the_english_content(kind):
    document = reader(build_leaflet(kind, Paper.A4, data_for(longest_profile(), "en")))
    words = flat(" ".join(p.extract_text() for p in document.pages))
    assert "Know the warning signs" in words
    assert "0800-1000" in words


def test_text_that_cannot_fit_is_refused_rather_than_clipped():
    from reportlab.platypus import Paragraph

    def huge(scale: float) -> Stack:
        return Stack(top=[Paragraph("kata " * 3000, Styles(scale).body)])

    with pytest.raises(LayoutOverflow):
        fit(huge, 50 * mm, 50 * mm, "test")

    def one_long_word(scale: float) -> Stack:
        return Stack(top=[Paragraph("Perdagangan", Styles(scale).style("t", 40))])

    scale = fit(one_long_word, 60 * mm, 100 * mm, "test", hi=2.0)
    assert stringWidth("Perdagangan", BODY, 40 * scale) <= 60 * mm


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="poppler/zbar missing"
)
def test_the_qr_code_opens_the_official_page(tmp_path):
    path = tmp_path / "poster.pdf"
    path.write_bytes(pdf(LeafletKind.POSTER, Paper.F4))
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(path), str(tmp_path / "p")], check=True)
    result = subprocess.run(
        ["zbarimg", "-q", str(tmp_path / "p-1.png")], capture_output=True, text=True
    )
    assert result.stdout.strip() == "QR-Code:https://www.kp2mi.go.id"


# --- read from a notice board -----------------------------------------------------------------


def _between(runs_: list[Run], top: str, bottom: str) -> list[Run]:
    """The runs below the one starting with ``top`` and above the one starting with
    ``bottom``."""
    upper = next(r.y for r in runs_ if r.text.startswith(top))
    lower = next(r.y for r in runs_ if r.text.startswith(bottom))
    return [r for r in runs_ if lower < r.y < upper]


@pytest.mark.parametrize("which", ["kungkai", "longest"])
@pytest.mark.parametrize("paper", list(Paper))
def test_the_poster_lists_are_at_least_14_pt_and_the_local_contacts_12_pt(paper, which):
    page = reader(pdf(LeafletKind.POSTER, paper, which)).pages[0]
    found = runs(page)
    lists = _between(found, "Kenali tanda", "Laporkan!")
    assert len(lists) >= 10  # at least the first two items of each list
    assert min(r.size for r in lists) >= 14, sorted({r.size for r in lists})
    profile = KUNGKAI if which == "kungkai" else longest_profile()
    data = data_for(profile)
    words = {w for pair in data.local_contacts(compact=True) for w in pair}
    contacts = [r for r in found if r.text in words]
    assert len(contacts) >= 6
    assert min(r.size for r in contacts) >= 12, [(r.text, r.size) for r in contacts]


@pytest.mark.parametrize("which", ["kungkai", "longest"])
@pytest.mark.parametrize("paper", list(Paper))
def test_the_poster_is_shortened_to_fit_rather_than_shrunk(paper, which):
    """At 14 pt not every warning sign fits: the first ones are printed whole, the rest left
    out (the QR code leads to all of them)."""
    text = flat(reader(pdf(LeafletKind.POSTER, paper, which)).pages[0].extract_text())
    _, signs = data_for(KUNGKAI).section_blocks("tanda-bahaya#ringkas")
    first = flat(signs[0].text)
    assert first[:40] in text
    assert flat(signs[-1].text)[:40] not in text


@pytest.mark.parametrize("which", ["kungkai", "longest"])
@pytest.mark.parametrize("paper", list(Paper))
def test_nothing_on_a_sheet_of_pocket_cards_is_smaller_than_8_pt(paper, which):
    page = reader(pdf(LeafletKind.CARD, paper, which)).pages[0]
    found = runs(page)
    assert len(found) > 100
    assert min(r.size for r in found) >= 8, sorted({r.size for r in found})[:5]
    text = flat(page.extract_text())
    for number in NUMBERS:
        assert number in text


def test_shortening_leaves_out_the_last_blocks_and_never_shrinks_below_the_least_size():
    from reportlab.platypus import Paragraph

    def column(scale: float, count: int) -> Stack:
        return Stack(
            top=[Paragraph(f"Butir {n} " + "kata " * 30, Styles(scale).body) for n in range(count)]
        )

    scale, count = fit_shortened(column, 20, 60 * mm, 80 * mm, "test", lo=1.4, hi=2.0)
    assert 0 < count < 20 and scale >= 1.4
    assert column(scale, count).height(60 * mm) <= 80 * mm
    assert column(1.4, count + 1).height(60 * mm) > 80 * mm
    with pytest.raises(LayoutOverflow):
        fit_shortened(column, 20, 60 * mm, 5 * mm, "test", lo=1.4)
