"""The command line says a refused file, a failed write or send, a disk problem and damaged or
missing data in the window's words: both take the sentence from desktop/words/ (the window
through Qt, the command line through desktop/catalogue.py); the command line only adds the
command where the window names a page or offers a button."""

from pathlib import Path

import pytest

from desktop.cli.errors import describe
from desktop.cli.exchange import send_problem, write_failed
from desktop.cli.office import reject_words
from desktop.domain import errors as e
from desktop.domain.exchange import (
    ExportRejected,
    ExportWriteFailed,
    RejectReason,
    SendProblem,
    SourceVillage,
    WriteProblem,
)
from desktop.ui.errors import error_message
from desktop.ui.exchange.wording import exchange_error, reject_text, send_text
from desktop.ui.i18n import Language, Translations
from desktop.words import exchange as words

KUNGKAI = SourceVillage("15.02.02.2004", "Kungkai", False)
PULAU_RAYO = SourceVillage("15.02.02.2005", "Pulau Rayo", False)


@pytest.fixture(autouse=True)
def indonesian(qapp):
    Translations(qapp).install(Language.INDONESIAN)


@pytest.mark.parametrize("reason", list(RejectReason))
def test_a_refused_file_is_said_as_the_window_says_it(reason):
    refused = ExportRejected(reason, "", sender=KUNGKAI, owner=PULAU_RAYO)
    window = reject_text(refused)
    assert window != words.REASONS[reason]  # translated: Indonesian, not the English source
    assert reject_words(refused).startswith(window)


@pytest.mark.parametrize("problem", list(WriteProblem))
def test_a_failed_write_is_said_as_the_window_says_it(problem):
    assert write_failed(problem) == exchange_error(ExportWriteFailed(problem, Path("E:/")))


@pytest.mark.parametrize("problem", list(SendProblem))
def test_a_failed_send_is_said_as_the_window_says_it(problem):
    assert send_problem(problem).startswith(send_text(problem))


def test_the_shared_words_are_indonesian_on_both_sides():
    refused = ExportRejected(RejectReason.OTHER_VILLAGE, "", sender=KUNGKAI, owner=PULAU_RAYO)
    said = reject_words(refused)
    assert "Desa Kungkai (15.02.02.2004)" in said and "Desa Pulau Rayo (15.02.02.2005)" in said
    assert "would change" not in said
    assert send_problem(SendProblem.NOT_CONFIGURED).endswith("siaga-tppo configure.")


DATA = Path("/data/siaga.sqlite3")


@pytest.mark.parametrize("problem", list(e.DiskProblem))
@pytest.mark.parametrize("kind", [e.StorageFailed, e.DatabaseUnavailable])
def test_a_disk_problem_is_said_as_the_window_says_it(kind, problem):
    failed = kind(DATA, problem, "", 5 * 1024**2, 64 * 1024**2)
    assert describe(failed) == " ".join(error_message(failed).split())


@pytest.mark.parametrize(
    "failed",
    [
        e.DatabaseDamaged(DATA, "integrity_check"),
        e.DatabaseMissing(DATA),
        e.BackupFailed(DATA, "EIO", e.DiskProblem.FAILING),
        e.RestoreFailed(DATA, "ENOSPC", e.DiskProblem.FULL),
    ],
)
def test_damaged_or_missing_data_and_a_failed_copy_are_said_as_the_window_says_them(failed):
    assert describe(failed).startswith(error_message(failed))
