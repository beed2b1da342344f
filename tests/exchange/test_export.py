"""Making exports: identities only with a reason (recorded), the CSV for Excel, the outbox copy
made only when something changed."""

from __future__ import annotations

import csv
import io
import json

import pytest

from desktop.domain.incident import Person, PersonIdentity, PersonRole
from desktop.exchange.csv_export import COLUMNS, IDENTITY_COLUMNS, CsvWording
from desktop.exchange.export import export_to_folder, queue_current
from desktop.exchange.wire.reader import read_document
from desktop.storage import outbox_store
from tests.exchange.conftest import document_of, incident, opened, save

WORDING = CsvWording({c: c for c in COLUMNS + IDENTITY_COLUMNS}, lambda column, raw: raw.upper())


def with_person():
    person = Person(role=PersonRole.VICTIM, identity=PersonIdentity(name="Ani (fiktif)"))
    return incident(
        '=HYPERLINK("http://contoh")', people=(person,), legal_basis=None, consent_given=False
    )


def test_identities_go_only_with_a_reason_that_is_kept(village_paths, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    with opened(village_paths):
        save(with_person())
        plain = export_to_folder(usb)
        named = export_to_folder(usb, identities_reason="  Diminta   Polres Merangin ")
        log = {e.sequence: e.identities_reason for e in outbox_store.list_exports()}
    assert log == {1: None, 2: "Diminta Polres Merangin"}
    assert plain.path.suffix == ".siaga"  # protected: signed and sealed to the office
    assert b"Ani (fiktif)" not in named.path.read_bytes()
    bare = json.loads(document_of(plain.path))
    full = json.loads(document_of(named.path))
    assert bare["identities"] == {"included": False}
    assert full["identities"] == {"included": True, "reason": "Diminta Polres Merangin"}
    person = bare["content"]["incidents"][0]["versions"][0]["payload"]["people"][0]
    assert "identity" not in person
    person = full["content"]["incidents"][0]["versions"][0]["payload"]["people"][0]
    assert person["identity"] == {"name": "Ani (fiktif)"}
    assert read_document(document_of(named.path)).source.sequence == 2


def test_the_csv_opens_in_excel_and_never_runs_a_formula(village_paths, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    with opened(village_paths):
        save(with_person())
        # A readable table goes only with the explicit choice to export without encryption.
        with pytest.raises(ValueError):
            export_to_folder(usb, csv_wording=WORDING)
        plain = export_to_folder(usb, csv_wording=WORDING, unencrypted=True)
        named = export_to_folder(
            usb, csv_wording=WORDING, identities_reason="Diminta Polres", unencrypted=True
        )
    data = plain.csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header, row = csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";")
    cells = dict(zip(header, row, strict=True))
    assert cells["summary"].startswith("'=HYPERLINK")
    assert cells["modus"] == "KERJA_NONPROSEDURAL"  # the caller's words for stored values
    assert "names" not in cells
    text = named.csv_path.read_text(encoding="utf-8-sig")
    header, row = csv.reader(io.StringIO(text), delimiter=";")
    assert dict(zip(header, row, strict=True))["names"] == "Ani (fiktif)"


def test_a_new_outbox_export_is_made_only_when_the_log_changed(village_paths):
    outbox = village_paths.root / "kotak-keluar"
    with opened(village_paths):
        save(incident("Satu"))
        first = queue_current(outbox)
        again = queue_current(outbox)
        save(incident("Dua"))
        later = queue_current(outbox)
    assert first is not None and again is None and later is not None
    assert (first.sequence, later.sequence) == (1, 2)
    assert sorted(p.name for p in outbox.iterdir()) == sorted(
        [f"{first.export_id}.siaga", f"{later.export_id}.siaga"]
    )
