"""Times are shown whatever was stored: a time that has no local form never crashes a window."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from desktop.domain.incident import RecordState, StoredVersion, to_payload
from desktop.storage import incidents
from desktop.ui.formatting import format_local, format_local_day
from desktop.ui.incidents.history import history_html
from tests.exchange.conftest import incident

FAR = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)


@pytest.fixture
def jakarta(monkeypatch):
    """The offices' time zone: 9999-12-31 23:59:59 UTC is in the year 10000 there."""
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_time_without_a_local_form_is_shown_as_stored(jakarta):
    assert format_local(FAR) == FAR.isoformat()
    assert format_local("9999-12-31T23:59:59+00:00") == "9999-12-31T23:59:59+00:00"
    assert format_local_day("9999-12-31T23:59:59+00:00") == "9999-12-31T23:59:59+00:00"
    assert format_local("not a time") == "not a time"
    assert format_local(None) == "" and format_local_day("") == ""
    assert "2026" in format_local(datetime(2026, 5, 4, 8, tzinfo=UTC))


def test_the_register_and_the_history_show_a_record_stored_with_an_impossible_time(
    jakarta, installation, qapp
):
    from desktop.ui.exchange.register import COLUMNS, RegisterModel

    record = incident("Disimpan dengan waktu rusak")
    incidents.insert_version(
        StoredVersion(
            record_id=record.record_id,
            version_id="0b6f8c3e-0000-4000-8000-000000009999",
            prev_version_id=None,
            saved_at=FAR,
            author="Sekdes",
            state=RecordState.LIVE,
            reason="",
            payload=to_payload(record),
        )
    )
    model = RegisterModel()
    texts = [
        model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole)
        for column in range(len(COLUMNS))
    ]
    assert "9999-12-31" in texts[9]
    html = history_html(incidents.history(record.record_id), {})
    assert "9999-12-31" in html
