"""Office input bounds (issue 14, deliverable 5): a hostile export file, properly signed by a
confirmed village, never makes the import take more than four times the file's size plus
100 MB. Before, the whole document was parsed before any rule was checked: a 93 MB file of
empty arrays took the import to 2.5 GB.

The files are made here and imported in a fresh process, whose peak memory (ru_maxrss) is its
own; each is refused for what it is.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

from desktop.exchange.wire import envelope
from desktop.exchange.wire.format import canonical_text, sha256_hex
from tests.exchange.conftest import IN_MEMORY, OFFICE_KEY, VILLAGE_KEY, export_bytes, version

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
SIZE = 24 * MB  # each hostile document


def signed_file(document: bytes, folder: Path, name: str) -> Path:
    """``document`` as Kungkai's confirmed key sends it: signed and sealed to the office."""
    export_id = str(uuid.uuid4())
    path = folder / f"{name}.siaga"
    path.write_bytes(
        envelope.seal(
            document,
            village_code="15.02.02.2004",
            export_id=export_id,
            signing_key=VILLAGE_KEY,
            office_public_key=bytes(OFFICE_KEY.public_key),
        )
    )
    return path


def with_hash(body: bytes) -> bytes:
    """A document with its SHA-256 first and right, as Siaga TPPO writes it: ``body`` is the
    canonical text without the hash, opening brace included."""
    return b'{"sha256":"' + sha256_hex(body).encode() + b'",' + body[1:]


def template() -> dict:
    return json.loads(export_bytes([[version(str(uuid.uuid4()), None, "Tawaran kerja")]]))


def canonical(doc: dict, **raw: bytes) -> bytes:
    """``doc`` in canonical form with its hash; each member named in ``raw`` is given that
    text (written as is)."""
    body = {k: v for k, v in doc.items() if k != "sha256"} | {k: f"@{k}@" for k in raw}
    text = canonical_text(body).encode()
    for key, value in raw.items():
        text = text.replace(f'"@{key}@"'.encode(), value)
    return with_hash(text)


def spliced(doc: dict, records: bytes) -> bytes:
    """A canonical document whose records are ``records`` (raw text), its hash made right."""
    doc = {**doc, "content": {**doc["content"], "incidents": ["@RECORDS@"]}}
    text = canonical_text({k: v for k, v in doc.items() if k != "sha256"}).encode()
    return with_hash(text.replace(b'"@RECORDS@"', records))


def many_records(doc: dict, size: int) -> bytes:
    """Valid records, each its own, filling ``size`` bytes."""
    record = canonical_text(doc["content"]["incidents"][0]).encode()
    ids = [doc["content"]["incidents"][0]["record_id"].encode()]
    ids.append(json.loads(record)["versions"][0]["version_id"].encode())
    copies = []
    for _ in range(size // len(record)):
        text = record
        for old in ids:
            text = text.replace(old, str(uuid.uuid4()).encode())
        copies.append(text)
    return b",".join(copies)


def hostile_files(folder: Path) -> dict[str, Path]:
    doc = template()
    # pieces of 3 MB, each cut where a record would start
    piece = b'{"record_id":"' + str(uuid.uuid4()).encode() + b'","a":['
    piece += b",".join([b"[]"] * (3 * MB // 3)) + b"]}"
    arrays = b",".join([piece] * (SIZE // len(piece)))
    huge_author = json.loads(canonical_text(doc["content"]["incidents"][0]))
    huge_author["versions"][0]["author"] = "x" * SIZE
    counts = dict(doc, counts={"records": 10**30, "versions": 10**30, "assessments": 0})
    loose = json.loads(spliced(counts, many_records(doc, SIZE)))
    documents = {
        # the case: millions of empty arrays, in records and in the rest
        "empty arrays": spliced(doc, arrays),
        "empty arrays outside the records": canonical(
            doc, app_version=b"[" + b",".join([b"[]"] * (SIZE // 3)) + b"]"
        ),
        # long strings, in a record and in the header
        "a long author": spliced(doc, canonical_text(huge_author).encode()),
        "a long app version": canonical(dict(doc, app_version="x" * SIZE)),
        # counts that lie about thousands of valid records
        "huge counts": spliced(counts, many_records(doc, SIZE)),
        # another program's form, too large to read whole
        "another form": json.dumps(loose, indent=1).encode(),
        "nested deep": spliced(doc, b"[" * (SIZE // 2) + b"]" * (SIZE // 2)),
    }
    return {
        name: signed_file(data, folder, name.replace(" ", "-")) for name, data in documents.items()
    }


IMPORT = """
import json, sys
sys.path.insert(0, {root!r})
from pathlib import Path
import nacl.public
from tests.exchange.conftest import KERINCI_OFFICE, opened
from desktop.domain.area import Area
from desktop.paths import DataPaths
from desktop.storage import exchange_keys, exchange_settings, office_imports
from desktop.exchange.merge import import_paths

def memory(what):
    # This process's own (a fresh process keeps its parent's ru_maxrss on Linux).
    for line in open("/proc/self/status"):
        if line.startswith(what + ":"):
            return int(line.split()[1]) * 1024

# Kungkai's official chain (the whole list is not opened: converting it takes more memory than
# what is measured here)
CHAIN = [
    Area("15", "", "Jambi"),
    Area("15.02", "15", "Kabupaten Merangin"),
    Area("15.02.02", "15.02", "Bangko"),
    Area("15.02.02.2004", "15.02.02", "Kungkai"),
]
def areas(code):
    return CHAIN if code == CHAIN[-1].code else []

office_key = nacl.public.PrivateKey(bytes.fromhex(sys.argv[3]))
with opened(DataPaths.resolve(sys.argv[1])):
    exchange_settings.save_office(KERINCI_OFFICE)
    exchange_keys.save_office_private_key(bytes(office_key), bytes(office_key.public_key))
    code = "15.02.02.2004"
    office_imports.register_key(code, bytes.fromhex(sys.argv[4]), areas(code), "")
    results = {{}}
    for path in sys.argv[5:]:
        with open("/proc/self/clear_refs", "w") as reset:  # the peak starts again from now
            reset.write("5")
        before = memory("VmRSS")
        (result,) = import_paths([Path(path)], areas=areas).files
        grew = memory("VmHWM") - before
        reason = result.rejected.reason.value if result.rejected else "ok"
        results[Path(path).stem] = (reason, grew)
    print(json.dumps(results))
"""


@pytest.fixture
def folder():
    """Where the hostile files go: in memory when the system has it (170 MB of files)."""
    with tempfile.TemporaryDirectory(dir=IN_MEMORY) as name:
        yield Path(name)


def test_hostile_files_are_refused_within_four_times_their_size_plus_100_mb(folder):
    files = hostile_files(folder)
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            IMPORT.format(root=str(ROOT)),
            str(folder / "kantor"),
            "-",
            bytes(OFFICE_KEY).hex(),
            bytes(VILLAGE_KEY.verify_key).hex(),
            *map(str, files.values()),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    measured = json.loads(run.stdout.strip().splitlines()[-1])
    assert {name: reason for name, (reason, _) in measured.items()} == {
        "empty-arrays": "isi_tidak_sah",
        "empty-arrays-outside-the-records": "terlalu_besar",
        "a-long-author": "terlalu_besar",
        "a-long-app-version": "terlalu_besar",
        "huge-counts": "isi_tidak_sah",
        "another-form": "isi_tidak_sah",
        "nested-deep": "terlalu_besar",
    }
    for name, (_, grew) in measured.items():
        size = (folder / f"{name}.siaga").stat().st_size
        assert grew < 4 * size + 100 * MB, f"{name}: {grew / MB:.0f} MB for {size / MB:.0f} MB"


def test_a_document_cut_in_pieces_reads_exactly_as_one_read_whole(village_paths, tmp_path):
    """The bounded reading of Siaga TPPO's form and the whole reading of any other form give
    the same document: records, versions, contents, saved and deleted checks."""
    from dataclasses import replace

    from desktop.exchange.export import export_to_folder
    from desktop.exchange.wire import reader
    from desktop.storage import assessments, incidents
    from tests.exchange.conftest import document_of, incident, opened, save
    from tests.exchange.test_format import rebuilt
    from tests.exchange.test_merge import _check

    with opened(village_paths):
        for n in range(5):
            made = incident(f"Catatan {n}")
            first = save(made)
            save(replace(made, summary=f"Catatan {n}, diperbarui"), base=first)
        for initials in ("A.B.", "C.D.", "E.F."):
            assessments.save_assessment(_check(initials))
        assessments.delete_assessment(assessments.list_assessments()[0].id)
        incidents.delete_incident(made.record_id, author_name="Sekdes")
        data = bytes(document_of(export_to_folder(tmp_path).path))

    assert reader._bytes_hash(data) is not None and reader._cut(data) is not None
    cut = reader.read_document(data)
    whole = reader.read_document(rebuilt(json.loads(data)))
    assert cut == whole
    assert (len(cut.records), cut.version_count, len(cut.assessments)) == (5, 11, 2)
    assert len(cut.removed_assessments) == 1
