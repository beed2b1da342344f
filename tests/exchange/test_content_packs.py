"""Content packs from the office: made and signed at the office, carried on a stick, checked,
installed and undone at the village; refused when older, foreign, changed, too large or not
readable; and what Materi, the checklist and the hotlines show before and after."""

from __future__ import annotations

import base64
import copy
import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import nacl.public
import pytest

from desktop.domain.checklist import checklist_file
from desktop.domain.content_pack import (
    MAX_PACK_BYTES,
    LocalContact,
    OfficeContact,
    PlaceSeen,
    RecruiterWarning,
)
from desktop.domain.exchange import ExportRejected, OfficeProfile, RejectReason
from desktop.exchange import pack_build, pack_install
from desktop.exchange.active_content import current_content
from desktop.exchange.pack_build import PackParts, PartSource
from desktop.exchange.pack_install import PackRefused, Refusal
from desktop.exchange.wire import content_pack as wire
from desktop.exchange.wire import office_signature
from desktop.exchange.wire.content_pack import PackRejected, PackTrouble
from desktop.resources import resource_path
from desktop.storage import audit, exchange_keys, exchange_settings, office_packs, settings
from desktop.storage import content_packs as store
from tests.exchange.conftest import KERINCI_OFFICE, OFFICE_KEY, opened

WARNING = RecruiterWarning(
    id="a" * 32,
    known="Menawarkan kerja di kebun sawit Malaysia dan meminta paspor dikirim lebih dulu.",
    phones=("0812-3456-7890",),
    companies=("PT Maju Jaya Sejahtera",),
    since=date(2026, 10, 1),
    villages=(PlaceSeen("15.02.02.2004", "Kungkai"), PlaceSeen("15.02.02.2005", "Pematang")),
)
CONTACT = LocalContact(
    "Dinas PMPTSP-TK Kabupaten Merangin", "0746-21000", area_code="15.02", area_name="Merangin"
)
ELSEWHERE = LocalContact("Dinas tenaga kerja Kerinci", "0748-22000", area_code="15.01")


def make(office_paths, parts: PackParts | None = None, **changes) -> bytes:
    """The office's next pack, made in its own data folder."""
    values = {
        "office_contact": OfficeContact(KERINCI_OFFICE.name, phone="0748-21234"),
        "local_contacts": (CONTACT, ELSEWHERE),
        "warnings": (WARNING,),
        "parts": parts or PackParts(),
    } | changes
    with opened(office_paths):
        _, data = pack_build.make_pack(**values)
    return data


def shipped_data(part: str):
    return getattr(pack_build.shipped_parts(), part)


def edited_material(title: str = "Apa itu perdagangan orang? (versi kantor)"):
    material = shipped_data("material")
    topics = {lang: dict(files) for lang, files in material.topics.items()}
    first = "01-apa-itu-tppo.md"
    topics["id"][first] = topics["id"][first].replace(
        topics["id"][first].splitlines()[0], f"# {title}", 1
    )
    return replace(material, topics=topics)


def checklist_v3() -> dict:
    data = json.loads(checklist_file(resource_path("checklists"), 2).read_text(encoding="utf-8"))
    data["version"] = 3
    data["released"] = "2026-12-01"
    data["title"]["id"] = "Cek tawaran kerja (versi kantor)"
    return data


def on_stick(tmp_path: Path, data: bytes, name: str = "paket-isi-kerinci.siagapaket") -> Path:
    stick = tmp_path / "flashdisk"
    stick.mkdir(exist_ok=True)
    (stick / name).write_bytes(data)
    return stick


def signed_body(document: dict, private_key: bytes = bytes(OFFICE_KEY)) -> bytes:
    """A file in the pack's layout with any body, properly signed: to reach the checks that
    come after the signature."""
    body = json.dumps(document, ensure_ascii=False).encode()
    label = {
        "office": document["office"]["name"],
        "key": document["office"]["key"],
        "number": document["pack"]["number"],
        "created_at": document["pack"]["created_at"],
    }
    head = wire.MAGIC + json.dumps(label).encode() + b"\n"
    signature = office_signature.sign(wire._signed(head, body), private_key)
    return head + body + b"\n" + base64.b64encode(signature) + b"\n"


def document_of(data: bytes) -> dict:
    head_end = data.index(b"\n", len(wire.MAGIC)) + 1
    return json.loads(data[head_end : -wire.SIGNATURE_LINE])


# --- the whole trip ---------------------------------------------------------------------------


def test_a_pack_made_at_the_office_installs_at_the_village_from_a_stick(
    office_paths, village_paths, tmp_path
):
    data = make(office_paths, PackParts(hotlines=shipped_data("hotlines")))
    stick = on_stick(tmp_path, data)
    with opened(village_paths):
        found = pack_install.read_stick(stick)
        assert found.refused == ()
        candidate = found.candidate
        assert candidate is not None and candidate.pack.number == 1
        changes = pack_install.changes(candidate)
        assert [w.title for w in changes.warnings_new] == ["PT Maju Jaya Sejahtera"]
        assert changes.contacts_added == (CONTACT.label,)  # not the other kabupaten's
        assert changes.office_contact_changed and not changes.checklist_changed
        pack_install.install(candidate)
        content = current_content()
        assert content.warnings == (replace(WARNING, issued=content.warnings[0].issued),)
        assert content.contacts_for("15.02.02.2004") == (CONTACT,)
        assert pack_install.installed().current.number == 1
        assert pack_install.pack_waiting(stick) is None  # installed: nothing waits any more
        events = [e.kind for e in audit.list_events()]
        assert "paket_isi_dipasang" in events


def test_a_newer_pack_on_the_stick_is_what_beranda_is_told_about(
    office_paths, village_paths, tmp_path
):
    first, second = make(office_paths), make(office_paths)
    stick = on_stick(tmp_path, first, "a.siagapaket")
    (stick / "b.siagapaket").write_bytes(second)
    with opened(village_paths):
        notice = pack_install.pack_waiting(stick)
        assert (notice.number, notice.on_stick, notice.office_name) == (
            2,
            True,
            KERINCI_OFFICE.name,
        )
        assert pack_install.pack_waiting(None) is None
        assert pack_install.active_warnings() == ()


# --- refused ----------------------------------------------------------------------------------


def test_a_pack_not_newer_than_the_installed_one_is_refused_with_both_numbers(
    office_paths, village_paths
):
    first, second = make(office_paths), make(office_paths)
    with opened(village_paths):
        pack_install.install(pack_install.examine(second, store.VIA_STICK))
        for older, refusal in ((first, Refusal.NOT_NEWER), (second, Refusal.ALREADY_INSTALLED)):
            with pytest.raises(PackRefused) as refused:
                pack_install.examine(older, store.VIA_STICK)
            assert refused.value.refusal is refusal
            assert refused.value.installed == 2
        assert pack_install.installed().current.number == 2


def test_after_going_back_the_undone_pack_is_still_refused(office_paths, village_paths):
    first, second = make(office_paths), make(office_paths)
    with opened(village_paths):
        pack_install.install(pack_install.examine(first, store.VIA_STICK))
        pack_install.install(pack_install.examine(second, store.VIA_STICK))
        assert pack_install.roll_back().number == 1
        with pytest.raises(PackRefused) as refused:
            pack_install.examine(second, store.VIA_STICK)
        assert refused.value.refusal is Refusal.NOT_NEWER
        assert pack_install.roll_back() is None  # the shipped content
        assert pack_install.installed().current is None
        assert not pack_install.installed().can_go_back


def test_a_pack_signed_by_another_office_is_refused_as_foreign(tmp_path, village_paths):
    stranger = nacl.public.PrivateKey.generate()
    paths = replace(village_paths, root=tmp_path / "kantor-lain")
    with opened(paths):
        exchange_settings.save_office(OfficeProfile("Kantor Imigrasi Lain", ("15.02",)))
        exchange_keys.save_office_private_key(bytes(stranger), bytes(stranger.public_key))
        _, data = pack_build.make_pack(
            office_contact=None, local_contacts=(), warnings=(WARNING,), parts=PackParts()
        )
    with opened(village_paths), pytest.raises(PackRejected) as rejected:
        pack_install.examine(data, store.VIA_STICK)
    assert rejected.value.trouble is PackTrouble.OTHER_KEY
    assert rejected.value.label.office_name == "Kantor Imigrasi Lain"


def test_a_pack_for_the_villages_of_another_area_is_refused(office_paths, village_paths):
    with opened(office_paths):
        exchange_settings.save_office(OfficeProfile(KERINCI_OFFICE.name, ("15.01",)))
    data = make(office_paths)
    with opened(village_paths), pytest.raises(PackRefused) as refused:
        pack_install.examine(data, store.VIA_STICK)
    assert refused.value.refusal is Refusal.OTHER_AREA


def test_no_pack_is_checked_without_the_office_key(office_paths, village_paths):
    data = make(office_paths)
    with opened(village_paths):
        settings.OFFICE_KEY.set(None)
        with pytest.raises(PackRefused) as refused:
            pack_install.examine(data, store.VIA_STICK)
        assert refused.value.refusal is Refusal.NO_OFFICE_KEY
        assert refused.value.number == 1


@pytest.mark.parametrize("where", ["label", "body", "signature", "end"])
def test_a_changed_or_cut_file_is_refused(office_paths, village_paths, where):
    data = bytearray(make(office_paths))
    if where == "label":
        at = data.index(b'"number":1') + len('"number":')
        data[at : at + 1] = b"7"
    elif where == "body":
        at = data.index(b"Menawarkan")
        data[at] = ord("m")
    elif where == "signature":
        data[-10] = ord("A") if data[-10] != ord("A") else ord("B")
    else:
        del data[-200:]
    with opened(village_paths), pytest.raises(PackRejected) as rejected:
        pack_install.examine(bytes(data), store.VIA_STICK)
    assert rejected.value.trouble in (PackTrouble.BAD_SIGNATURE, PackTrouble.NOT_A_PACK)
    assert rejected.value.trouble is (
        PackTrouble.NOT_A_PACK if where == "end" else PackTrouble.BAD_SIGNATURE
    )


def test_an_oversized_file_is_refused_before_it_is_read(office_paths, village_paths, tmp_path):
    data = make(office_paths)
    stick = on_stick(tmp_path, data + b" " * (MAX_PACK_BYTES - len(data) + 1))
    with opened(village_paths):
        found = pack_install.read_stick(stick)
    assert found.candidate is None
    [(_, problem)] = found.refused
    assert isinstance(problem, ExportRejected) and problem.reason is RejectReason.TOO_LARGE
    with pytest.raises(PackRejected) as rejected:
        wire.verify(data + b" " * MAX_PACK_BYTES, bytes(OFFICE_KEY.public_key))
    assert rejected.value.trouble is PackTrouble.TOO_LARGE


def test_a_signed_pack_that_breaks_the_schema_is_refused(office_paths, village_paths):
    document = document_of(make(office_paths))
    document["warnings"][0]["victim_name"] = "Siti"  # a member the schema does not know
    with opened(village_paths), pytest.raises(PackRejected) as rejected:
        pack_install.examine(signed_body(document), store.VIA_STICK)
    assert rejected.value.trouble is PackTrouble.SCHEMA


def test_a_label_that_disagrees_with_the_signed_body_is_refused(office_paths, village_paths):
    document = document_of(make(office_paths))
    data = signed_body(document)
    relabelled = document | {"pack": document["pack"] | {"number": 9}}
    forged = signed_body(relabelled)
    head_end = forged.index(b"\n", len(wire.MAGIC)) + 1
    mixed_head = forged[:head_end]
    body = data[data.index(b"\n", len(wire.MAGIC)) + 1 : -wire.SIGNATURE_LINE]
    signature = office_signature.sign(wire._signed(mixed_head, body), bytes(OFFICE_KEY))
    mixed = mixed_head + body + b"\n" + base64.b64encode(signature) + b"\n"
    with opened(village_paths), pytest.raises(PackRejected) as rejected:
        pack_install.examine(mixed, store.VIA_STICK)
    assert rejected.value.trouble is PackTrouble.SCHEMA


@pytest.mark.parametrize(
    ("part", "spoil"),
    [
        ("checklist", lambda c: c.update(score_bonus=3)),  # only checklist.schema.json knows
        ("checklist", lambda c: c["indicators"][0].update(weight="besar")),
        ("checklist", lambda c: c["indicators"][0].update(group="tidak-ada")),  # its own rules
        ("hotlines", lambda h: h["services"][0].update(checked="kemarin")),
        ("material", "no sources"),
        ("material", lambda m: m["reviewed"]["topics"].pop("modus")),
        ("material", lambda m: m["topics"]["en"].pop()),
        ("material", lambda m: m["leaflet"]["id"].pop("title")),
        ("warnings", "nik"),
        ("warnings", "no subject"),
    ],
)
def test_a_signed_pack_whose_content_the_app_cannot_use_is_refused(
    office_paths, village_paths, part, spoil
):
    parts = PackParts(
        hotlines=shipped_data("hotlines"),
        checklist=checklist_v3(),
        material=shipped_data("material"),
    )
    document = document_of(make(office_paths, parts))
    if spoil == "no sources":
        topic = document["material"]["topics"]["id"][0]
        topic["text"] = topic["text"].split("## ", 1)[0] + "## Ringkas {#ringkas}\nTeks.\n"
    elif spoil == "nik":
        document["warnings"][0]["known"] += " NIK 1502020101900001."
    elif spoil == "no subject":
        document["warnings"][0].update(phones=[], companies=[], names=[])
    else:
        spoil(document[part])
    with opened(village_paths), pytest.raises(PackRejected) as rejected:
        pack_install.examine(signed_body(document), store.VIA_STICK)
    assert rejected.value.trouble in (PackTrouble.CONTENT, PackTrouble.SCHEMA)
    assert rejected.value.part == part  # what the village head is told is not usable


def test_the_office_never_makes_a_pack_its_villages_would_refuse(office_paths):
    broken = copy.deepcopy(checklist_v3())
    broken["indicators"][0]["group"] = "tidak-ada"
    with opened(office_paths):
        with pytest.raises(PackRejected) as rejected:
            pack_build.make_pack(
                office_contact=None,
                local_contacts=(),
                warnings=(),
                parts=PackParts(checklist=broken),
            )
        assert rejected.value.part == "checklist"
        assert office_packs.next_number() == 1  # nothing kept, no number used
        assert office_packs.latest() is None


# --- installing, all or nothing, and going back -----------------------------------------------


def test_installing_is_all_or_nothing(office_paths, village_paths, monkeypatch):
    data = make(office_paths, PackParts(checklist=checklist_v3()))
    with opened(village_paths):
        candidate = pack_install.examine(data, store.VIA_STICK)

        def fail(*args, **kwargs):
            raise OSError("disk unplugged")

        monkeypatch.setattr(audit, "record_event", fail)  # the last step of the transaction
        with pytest.raises(OSError):
            pack_install.install(candidate)
        monkeypatch.undo()
        assert pack_install.installed().current is None
        assert store.delivered_checklists() == {}
        assert store.highest_installed(bytes(OFFICE_KEY.public_key)) == 0
        assert current_content().checklists().current_version == 2
        pack_install.install(candidate)  # and it can still be installed afterwards
        assert current_content().checklists().current_version == 3


def test_materi_checklist_and_hotlines_show_the_pack_then_the_shipped_content_again(
    office_paths, village_paths
):
    hotlines = copy.deepcopy(shipped_data("hotlines"))
    hotlines["services"][0]["numbers"].append({"number": "0746-110", "kind": "call"})
    parts = PackParts(hotlines=hotlines, checklist=checklist_v3(), material=edited_material())
    data = make(office_paths, parts)
    with opened(village_paths):
        shipped = current_content()
        assert shipped.library("id").topics[0].title == "Apa itu perdagangan orang (TPPO)?"
        candidate = pack_install.examine(data, store.VIA_STICK)
        changes = pack_install.changes(candidate)
        assert changes.hotlines_added == ("Polisi (Polri): 0746-110",)
        assert (changes.checklist_before, changes.checklist_after) == (2, 3)
        assert changes.topics_changed == ("Apa itu perdagangan orang? (versi kantor)",)
        pack_install.install(candidate)

        content = current_content()
        assert content.library("id").topics[0].title.endswith("(versi kantor)")
        assert content.reviews().topics == shipped.reviews().topics
        assert content.hotlines().knows("0746 110")
        shelf = content.checklists()
        assert shelf.latest().version == 3
        assert shelf.latest().title.id == "Cek tawaran kerja (versi kantor)"
        assert shelf.load(1).version == 1  # a check saved with version 1 keeps it

        pack_install.roll_back()
        back = current_content()
        assert back.library("id").topics[0].title == "Apa itu perdagangan orang (TPPO)?"
        assert not back.hotlines().knows("0746 110")
        assert back.checklists().current_version == 2
        # A check saved with version 3 while the pack was installed still opens with it.
        assert back.checklists().load(3).title.id == "Cek tawaran kerja (versi kantor)"
        assert back.warnings == ()


def test_a_checklist_version_that_clashes_with_one_here_is_refused(office_paths, village_paths):
    same_v2 = json.loads(checklist_file(resource_path("checklists"), 2).read_text("utf-8"))
    other_v2 = copy.deepcopy(same_v2)
    other_v2["title"]["id"] = "Daftar lain dengan nomor yang sama"
    clashing = make(office_paths, PackParts(checklist=other_v2))
    fine = make(office_paths, PackParts(checklist=same_v2))
    with opened(village_paths):
        with pytest.raises(PackRefused) as refused:
            pack_install.examine(clashing, store.VIA_STICK)
        assert refused.value.refusal is Refusal.CHECKLIST_CLASH
        pack_install.install(pack_install.examine(fine, store.VIA_STICK))
        assert current_content().checklists().current_version == 2


def test_only_the_packs_needed_keep_their_file(office_paths, village_paths):
    packs = [make(office_paths) for _ in range(4)]
    with opened(village_paths):
        for data in packs:
            pack_install.install(pack_install.examine(data, store.VIA_STICK))
        kept = [
            store.data_of(p) is not None
            for p in (
                store.find(wire.verify(d, bytes(OFFICE_KEY.public_key)).sha256) for d in packs
            )
        ]
        assert kept == [False, False, True, True]  # the one before and the installed one


# --- the office's side ------------------------------------------------------------------------


def test_the_office_numbers_its_packs_and_keeps_the_last_to_write_again(office_paths, tmp_path):
    first, second = make(office_paths), make(office_paths)
    with opened(office_paths):
        made, data = office_packs.latest()
        assert (made.number, data) == (2, second)
        name = pack_build.pack_file_name(KERINCI_OFFICE.name, made.number)
        assert name == "paket-isi-kantor-imigrasi-kerinci-no2.siagapaket"
        written = pack_build.write_pack(tmp_path, name, data)
    assert written.read_bytes() == second != first


def test_parts_come_from_where_the_office_chose(tmp_path):
    folder = tmp_path / "isi"
    (folder / "contacts").mkdir(parents=True)
    edited = copy.deepcopy(shipped_data("hotlines"))
    edited["services"] = edited["services"][:1]
    (folder / "contacts" / "hotlines.json").write_text(json.dumps(edited), encoding="utf-8")
    parts = pack_build.choose_parts(
        {"hotlines": PartSource.FOLDER, "checklist": PartSource.SHIPPED}, folder
    )
    assert parts.hotlines == edited
    assert parts.checklist["version"] == 2 and parts.material is None
    with pytest.raises(pack_build.PackFolderError) as missing:
        pack_build.choose_parts({"material": PartSource.FOLDER}, folder)
    assert missing.value.part == "material"


def test_a_pack_file_reads_back_as_it_was_made(office_paths):
    data = make(office_paths, PackParts(material=shipped_data("material")))
    pack = wire.verify(data, bytes(OFFICE_KEY.public_key))
    assert pack.office_name == KERINCI_OFFICE.name
    assert pack.covers == KERINCI_OFFICE.covers
    assert pack.created_at.tzinfo is UTC and pack.created_at <= datetime.now(UTC)
    assert pack.material.topics["en"] == shipped_data("material").topics["en"]
    assert pack.warnings[0].issued == pack.created_at.date()
