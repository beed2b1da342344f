"""Export format (version 3; 1 and 2 still read): canonical bytes, the hash, the schema, and
every kind of bad file."""

from __future__ import annotations

import copy
import json
import random
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from enum import Enum

import jsonschema
import pytest

from desktop.domain import checklist, incident
from desktop.domain.demo_incidents import demo_chains
from desktop.domain.exchange import (
    FORMAT_VERSION,
    CodeChange,
    ExportRejected,
    RejectReason,
    VersionRow,
)
from desktop.domain.incident import (
    AgeBand,
    Person,
    PersonIdentity,
    PersonRole,
    RecordState,
    Referral,
    ReferralTarget,
    to_payload,
)
from desktop.domain.modus import Modus
from desktop.exchange.wire.format import (
    ExportHeader,
    build_document,
    canonical_bytes,
    strip_identities,
)
from desktop.exchange.wire.reader import read_document
from desktop.exchange.wire.schema import SchemaViolation, compile_schema, schema_file
from tests.exchange.conftest import incident as make_incident
from tests.profiles import kungkai_source

SOURCE = kungkai_source(str(uuid.uuid4()), sequence=3)
WIB = timezone(timedelta(hours=7))


def dump(payload: dict) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def rows(chains) -> list[list[VersionRow]]:
    return [
        [
            VersionRow(
                v.record_id,
                v.version_id,
                v.prev_version_id,
                v.saved_at.astimezone(UTC).isoformat(timespec="seconds"),
                v.author,
                v.state.value,
                v.reason,
                dump(v.payload),
            )
            for v in chain
        ]
        for chain in chains
    ]


def header(reason: str | None = None) -> ExportHeader:
    return ExportHeader(
        str(uuid.uuid4()), datetime(2026, 5, 4, 14, 5, tzinfo=WIB), "0.1.0", SOURCE, reason
    )


def sample_chains(count: int = 40) -> list:
    chains = list(demo_chains(count, today=date(2026, 5, 1), seed=7))
    last = chains[0][-1]
    chains[0].append(
        replace(
            last,
            version_id=str(uuid.uuid4()),
            prev_version_id=last.version_id,
            state=RecordState.PURGED,
            payload={},
        )
    )
    return chains


def sample_document(reason: str | None = None, count: int = 40) -> bytes:
    return build_document(header(reason), rows(sample_chains(count)), []).data


def parsed(data: bytes) -> dict:
    return json.loads(data)


def rebuilt(doc: dict) -> bytes:
    """A document as other software might write it, with its hash made right again."""
    body = {k: v for k, v in doc.items() if k != "sha256"}
    digest = __import__("hashlib").sha256(canonical_bytes(body)).hexdigest()
    return json.dumps({**body, "sha256": digest}, indent=2, ensure_ascii=True).encode()


def rejected(data: bytes, **kwargs) -> ExportRejected:
    with pytest.raises(ExportRejected) as caught:
        read_document(data, **kwargs)
    return caught.value


# --- Canonical form and hash -----------------------------------------------------------------


def test_the_file_is_the_canonical_serialization_with_the_hash_first():
    data = sample_document()
    doc = parsed(data)
    digest = doc.pop("sha256")

    assert data.startswith(b'{"sha256":"' + digest.encode() + b'",')
    assert b"{" + data[len(b'{"sha256":"",') + 64 :] == canonical_bytes(doc)
    assert __import__("hashlib").sha256(canonical_bytes(doc)).hexdigest() == digest


def test_a_written_export_reads_back_with_every_version_and_its_header():
    chains = sample_chains()
    data = build_document(header(), rows(chains), []).data

    doc = read_document(data)

    assert doc.source == SOURCE
    assert doc.created_at == datetime(2026, 5, 4, 7, 5, tzinfo=UTC)
    assert parsed(data)["local_offset"] == "+07:00"
    assert [r.record_id for r in doc.records] == [c[0].record_id for c in chains]
    assert doc.version_count == sum(len(c) for c in chains)
    held = {v.version_id: v for c in chains for v in c}
    for record in doc.records:
        for version in record.versions:
            original = held[version.version_id]
            assert version.saved_at == original.saved_at
            assert version.state is original.state
            assert version.payload == dump(original.payload) or version.payload == dump(
                strip_dict(original.payload)
            )  # kept as canonical text


def strip_dict(payload: dict) -> dict:
    out = copy.deepcopy(payload)
    for person in out.get("people", []):
        person.pop("identity", None)
    return out


def test_identities_are_left_out_unless_a_reason_is_given():
    chains = sample_chains()
    assert any('"identity"' in dump(v.payload) for c in chains for v in c)

    without = read_document(build_document(header(), rows(chains), []).data)
    with_them = read_document(build_document(header("Diminta Polres"), rows(chains), []).data)

    assert without.identities_reason is None
    assert all(
        "identity" not in p
        for r in without.records
        for v in r.versions
        for p in json.loads(v.payload).get("people", [])
    )
    assert with_them.identities_reason == "Diminta Polres"
    assert any(
        "identity" in p
        for r in with_them.records
        for v in r.versions
        for p in json.loads(v.payload).get("people", [])
    )


TRICKY = [
    'a "quoted" "identity":{"name":"x"} text',
    'back\\slash \\" and } braces { inside',
    "\u2028 line separator, émoji 🙂, \x01 control",
    "",
]


def test_removing_identities_from_text_equals_removing_them_from_the_parsed_payload():
    rng = random.Random(5)
    for n in range(300):
        people = tuple(
            Person(
                role=rng.choice(list(PersonRole)),
                age_band=rng.choice([None, *AgeBand]),
                identity=PersonIdentity(
                    name=rng.choice([*TRICKY, "Ani (fiktif)"]),
                    nik=rng.choice(["", "0000123412341234"]),
                    phone=rng.choice(["", "0000-1234-5678"]),
                ),
            )
            for _ in range(rng.randrange(4))
        )
        item = make_incident(
            summary=rng.choice(TRICKY),
            notes=rng.choice(TRICKY),
            people=people,
            referrals=(Referral(target=ReferralTarget.POLICE, outcome=rng.choice(TRICKY)),),
        )
        payload = to_payload(item)
        assert strip_identities(dump(payload)) == dump(strip_dict(payload)), n


def test_a_document_from_other_software_is_accepted_when_its_hash_is_right():
    doc = parsed(sample_document())
    assert read_document(rebuilt(doc)).export_id == doc["export_id"]


# --- Hostile and broken files ----------------------------------------------------------------


def test_a_changed_byte_is_caught_by_the_hash():
    data = bytearray(sample_document())
    at = data.index(b"Tawaran") if b"Tawaran" in data else data.index(b"Warga")
    data[at] = ord("X")
    assert rejected(bytes(data)).reason is RejectReason.HASH_MISMATCH


def test_a_hash_that_does_not_match_is_refused_even_for_valid_json():
    doc = parsed(sample_document())
    doc["sha256"] = "0" * 64
    assert rejected(json.dumps(doc).encode()).reason is RejectReason.HASH_MISMATCH


@pytest.mark.parametrize("cut", [1, 100, 5000, -2])
def test_a_truncated_file_is_damaged(cut):
    data = sample_document()
    assert rejected(data[:cut]).reason is RejectReason.DAMAGED


def test_a_million_levels_of_nesting_is_refused_without_crashing():
    data = b"[" * 1_000_000 + b"]" * 1_000_000
    assert rejected(data).reason is RejectReason.TOO_DEEP
    nested = b'{"format":"siaga-tppo-ekspor","x":' + b"[" * 1_000_000 + b"]" * 1_000_000 + b"}"
    assert rejected(nested).reason is RejectReason.TOO_DEEP


def test_invalid_utf8_is_not_text():
    data = sample_document()
    broken = data.replace(b"Kungkai", b"Kung\xff\xfeai", 1)
    assert rejected(broken).reason is RejectReason.NOT_TEXT


def test_an_unpaired_surrogate_escape_is_refused():
    doc = parsed(sample_document())
    text = json.dumps(doc).replace('"Kungkai"', '"Kung\\ud800kai"', 1)
    assert rejected(text.encode()).reason in (RejectReason.NOT_TEXT, RejectReason.HASH_MISMATCH)


def test_too_large_is_refused_before_parsing():
    data = sample_document()
    assert rejected(data, max_bytes=len(data) - 1).reason is RejectReason.TOO_LARGE


def test_a_newer_schema_version_asks_for_an_update():
    doc = parsed(sample_document())
    doc["schema_version"] = FORMAT_VERSION + 1
    assert rejected(rebuilt(doc)).reason is RejectReason.NEWER_VERSION


def test_format_1_without_the_deleted_checks_is_still_read():
    doc = parsed(sample_document())
    assert doc["schema_version"] == 3 and doc["content"]["removed_assessments"] == []
    doc["schema_version"] = 1
    del doc["content"]["removed_assessments"]
    del doc["code_changes"]
    old = read_document(rebuilt(doc))
    assert old.removed_assessments == {} and len(old.records) == 40
    doc["content"]["removed_assessments"] = []  # not a member of format 1
    assert rejected(rebuilt(doc)).reason is RejectReason.INVALID


def test_format_2_without_the_code_changes_is_still_read():
    doc = parsed(sample_document())
    assert doc["code_changes"] == []
    doc["schema_version"] = 2
    del doc["code_changes"]
    old = read_document(rebuilt(doc))
    assert old.code_changes == () and len(old.records) == 40
    doc["code_changes"] = []  # not a member of format 2
    assert rejected(rebuilt(doc)).reason is RejectReason.INVALID


def test_the_code_changes_travel_signed_and_oldest_first():
    later = CodeChange(
        "15.02.02.2004", "15.02.09.2001", datetime(2026, 6, 1, tzinfo=UTC), "Pemekaran", b"s" * 64
    )
    earlier = replace(later, old_code="15.02.02.2099", new_code="15.02.02.2004")
    earlier = replace(earlier, changed_at=datetime(2026, 5, 1, tzinfo=UTC))
    built = build_document(
        replace(header(), code_changes=(later, earlier)), rows(sample_chains(2)), []
    ).data
    assert read_document(built).code_changes == (earlier, later)
    doc = parsed(built)
    doc["code_changes"][0]["signature"] = "bukan tanda tangan"
    assert rejected(rebuilt(doc)).reason is RejectReason.INVALID


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("created_at",), "9999-12-31T23:59:59Z"),
        (("created_at",), "1999-12-31T23:59:59Z"),
        (("content", "incidents", 0, "versions", 0, "saved_at"), "9999-12-31T23:59:59Z"),
        (("content", "incidents", 0, "versions", 0, "saved_at"), "2026-12-07T00:00:00Z"),
        (("content", "incidents", 0, "versions", 0, "saved_at"), "0001-01-01T00:00:00Z"),
    ],
)
def test_a_time_before_2000_or_after_tomorrow_is_refused(path, value):
    doc = mutate(parsed(sample_document()), path, value)
    problem = rejected(rebuilt(doc), now=datetime(2026, 12, 5, 12, tzinfo=UTC))
    assert problem.reason is RejectReason.IMPOSSIBLE_TIME
    assert value in problem.detail


def test_every_time_of_checks_removals_and_code_changes_is_bounded():
    removed = [
        {"record_id": "0b6f8c3e-0000-4000-8000-00000000abcd", "removed_at": "2026-05-04T09:30:00Z"}
    ]
    change = CodeChange(
        "15.02.02.2004", "15.02.09.2001", datetime(2026, 6, 1, tzinfo=UTC), "Pemekaran", b"s" * 64
    )
    data = build_document(
        replace(header(), code_changes=(change,)), rows(sample_chains(2)), [], removed
    ).data
    for path in (
        ("content", "removed_assessments", 0, "removed_at"),
        ("code_changes", 0, "changed_at"),
    ):
        doc = mutate(parsed(data), path, "9999-12-31T23:59:59Z")
        assert rejected(rebuilt(doc)).reason is RejectReason.IMPOSSIBLE_TIME


def test_identities_inside_a_file_that_says_it_holds_none_are_refused():
    chains = sample_chains(5)
    with_them = parsed(build_document(header("Diminta Polres"), rows(chains), []).data)
    assert any(
        "identity" in person
        for record in with_them["content"]["incidents"]
        for version in record["versions"]
        for person in version["payload"].get("people", [])
    )
    with_them["identities"] = {"included": False}
    problem = rejected(rebuilt(with_them))
    assert problem.reason is RejectReason.UNDECLARED_IDENTITIES


def test_the_deleted_checks_travel_by_record_id_and_time():
    removed = [
        {"record_id": "0b6f8c3e-0000-4000-8000-00000000abcd", "removed_at": "2026-05-04T09:30:00Z"}
    ]
    data = build_document(header(), rows(sample_chains(3)), [], removed).data
    assert read_document(data).removed_assessments == {
        "0b6f8c3e-0000-4000-8000-00000000abcd": "2026-05-04T09:30:00Z"
    }
    doc = parsed(data)
    doc["content"]["removed_assessments"][0]["initials"] = "AB"  # nothing else may travel
    assert rejected(rebuilt(doc)).reason is RejectReason.INVALID


@pytest.mark.parametrize(
    "data",
    [b"{}", b"[]", b'"text"', b'{"format":"something-else"}', b"null"],
)
def test_json_that_is_no_export_says_so(data):
    assert rejected(data).reason is RejectReason.NOT_AN_EXPORT


def test_an_unknown_or_odd_schema_version_is_invalid():
    for value in (0, True, "1", None):
        doc = parsed(sample_document())
        doc["schema_version"] = value
        assert rejected(rebuilt(doc)).reason is RejectReason.INVALID, value


def mutate(doc: dict, path: tuple, value) -> dict:
    doc = copy.deepcopy(doc)
    target = doc
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


DELETE = object()
V0 = ("content", "incidents", 1, "versions", 0)
WRONG = [
    (("content", "removed_assessments"), [{"record_id": "x", "removed_at": "2026-05-04"}]),
    (("source", "village_code"), "15.02"),
    (("source", "sequence"), "3"),
    (("source", "sequence"), 0),
    (("source", "role"), "kantor"),
    (("export_id",), "not-a-uuid"),
    (("created_at",), "2026-05-04 07:05"),
    (("identities",), {"included": True}),
    (("identities",), {"included": False, "reason": "x"}),
    (("counts", "records"), -1),
    ((*V0, "state"), "hilang"),
    ((*V0, "author"), 7),
    ((*V0, "payload", "modus"), "tidak_ada"),
    ((*V0, "payload", "reported_on"), 20260501),
    ((*V0, "payload", "schema"), 2),
    ((*V0, "payload", "money_asked"), 1.5),
    ((*V0, "payload", "money_asked"), -5),
    ((*V0, "payload", "people"), [{"role": "korban"}]),
    ((*V0, "payload", "summary"), "x" * 201),
    ((*V0, "payload", "secret"), "extra field"),
    ((*V0, "payload", "modus"), DELETE),
    ((*V0, "version_id"), DELETE),
    ((*V0, "prev_version_id"), 12),
    (("content", "incidents", 1, "versions"), []),
    (("content", "incidents", 1), "record"),
    (("content", "incidents"), {"a": 1}),
    (("extra",), 1),
]


@pytest.mark.parametrize(("path", "value"), WRONG)
def test_wrong_types_and_values_are_refused_with_where(path, value):
    doc = mutate(parsed(sample_document()), path, value)
    with pytest.raises(ExportRejected) as caught:
        read_document(rebuilt(doc))
    assert caught.value.reason is RejectReason.INVALID
    assert caught.value.detail


def test_floats_are_refused():
    doc = parsed(sample_document())
    text = rebuilt(doc).decode().replace('"sequence": 3', '"sequence": 3.0')
    assert rejected(text.encode()).reason is RejectReason.INVALID


def test_impossible_dates_are_refused():
    doc = mutate(parsed(sample_document()), (*V0, "payload", "reported_on"), "2026-02-30")
    assert rejected(rebuilt(doc)).reason is RejectReason.INVALID


def test_duplicate_record_and_version_ids_are_refused():
    doc = parsed(sample_document())
    twice = copy.deepcopy(doc)
    twice["content"]["incidents"].append(copy.deepcopy(twice["content"]["incidents"][1]))
    twice["counts"]["records"] += 1
    twice["counts"]["versions"] += len(twice["content"]["incidents"][1]["versions"])
    assert rejected(rebuilt(twice)).reason is RejectReason.DUPLICATE_ID

    again = copy.deepcopy(doc)
    versions = again["content"]["incidents"][1]["versions"]
    versions.append(copy.deepcopy(versions[0]))
    again["counts"]["versions"] += 1
    assert rejected(rebuilt(again)).reason is RejectReason.DUPLICATE_ID


def test_a_history_that_loops_or_crosses_records_is_refused():
    doc = parsed(sample_document())
    looped = copy.deepcopy(doc)
    record = next(r for r in looped["content"]["incidents"] if len(r["versions"]) >= 2)
    record["versions"][0]["prev_version_id"] = record["versions"][-1]["version_id"]
    assert rejected(rebuilt(looped)).reason is RejectReason.BROKEN_HISTORY

    crossed = copy.deepcopy(doc)
    first, second = crossed["content"]["incidents"][1:3]
    second["versions"][0]["prev_version_id"] = first["versions"][0]["version_id"]
    assert rejected(rebuilt(crossed)).reason is RejectReason.BROKEN_HISTORY


def test_counts_that_do_not_match_the_content_are_refused():
    doc = mutate(parsed(sample_document()), ("counts", "versions"), 1)
    assert rejected(rebuilt(doc)).reason is RejectReason.INVALID


# --- The schema file and the fast checker ----------------------------------------------------


def schema(version: int = FORMAT_VERSION) -> dict:
    return json.loads(schema_file(version).read_text(encoding="utf-8"))


@pytest.mark.parametrize("version", [1, 2, 3])
def test_the_schema_files_are_valid_draft_07_schemas(version):
    jsonschema.Draft7Validator.check_schema(schema(version))


def reference_verdict(doc: dict) -> bool:
    return jsonschema.Draft7Validator(schema()).is_valid(doc)


def fast_verdict(doc: dict) -> bool:
    try:
        compile_schema(schema())(doc)
    except SchemaViolation:
        return False
    return True


@pytest.mark.parametrize(("path", "value"), [((), None), *WRONG])
def test_the_fast_checker_agrees_with_the_reference_validator(path, value):
    doc = parsed(sample_document(count=8))
    if path:
        doc = mutate(doc, path, value)
    assert fast_verdict(doc) == reference_verdict(doc)
    assert fast_verdict(doc) is (not path)


def schema_enum(*path: str) -> set:
    node = schema()["definitions"]
    for key in path:
        node = node[key]
    return set(node["enum"])


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (("incident", "properties", "report_type"), incident.ReportType),
        (("incident", "properties", "source"), incident.InformationSource),
        (("incident", "properties", "modus"), Modus),
        (("incident", "properties", "departure_point"), incident.DeparturePoint),
        (("incident", "properties", "licence"), incident.LicenceStatus),
        (("incident", "properties", "control", "items"), incident.ControlMeans),
        (("incident", "properties", "legal_basis"), incident.LegalBasis),
        (("incident", "properties", "status"), incident.Status),
        (("answer",), incident.Answer),
        (("person", "properties", "role"), incident.PersonRole),
        (("person", "properties", "sex"), incident.Sex),
        (("person", "properties", "age_band"), incident.AgeBand),
        (("referral", "properties", "target"), incident.ReferralTarget),
        (("version", "properties", "state"), incident.RecordState),
        (("assessment", "properties", "result", "properties", "level"), checklist.RiskLevel),
        (("assessment", "properties", "answers", "additionalProperties"), checklist.Answer),
    ],
)
def test_schema_choices_are_exactly_the_apps_stored_values(path, kind: type[Enum]):
    assert schema_enum(*path) == {m.value for m in kind}


def test_the_schema_knows_every_field_the_app_saves():
    props = schema()["definitions"]["incident"]["properties"]
    names = {f for f in incident.Incident.__dataclass_fields__} | {"schema"}
    assert names == set(props)
    person = schema()["definitions"]["person"]["properties"]
    assert set(person) == set(incident.Person.__dataclass_fields__)
