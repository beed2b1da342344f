"""The words of sending and importing exports, in one place for the window and the command line:
why a file was refused, why a write or a send failed, the outbox states. English source strings
in the context "ExchangeWords" of the app's catalogue (resources/i18n/siaga_id.ts); the window
translates them through Qt (desktop/ui/exchange/wording.py), the command line through
desktop/catalogue.py, so both say the same situation in the same words."""

from __future__ import annotations

from desktop.catalogue import QT_TRANSLATE_NOOP
from desktop.domain.exchange import OutboxStatus, RejectReason, SendProblem, WriteProblem

CONTEXT = "ExchangeWords"

REASONS = {
    RejectReason.TOO_LARGE: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The file is too large to be an export of Siaga TPPO."
    ),
    RejectReason.UNREADABLE: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The file could not be read. Was the flash drive pulled out? Put it back and try again.",
    ),
    RejectReason.NOT_TEXT: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The file is damaged: it is not readable text."
    ),
    RejectReason.DAMAGED: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The file is damaged or incomplete (perhaps the copy was cut off). Ask the village "
        "for a new export.",
    ),
    RejectReason.TOO_DEEP: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The file is damaged: its contents are not arranged like an export."
    ),
    RejectReason.NOT_AN_EXPORT: QT_TRANSLATE_NOOP(
        "ExchangeWords", "This is not an export file of Siaga TPPO."
    ),
    RejectReason.NEWER_VERSION: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The file was made by a newer version of Siaga TPPO. Install the newest version, "
        "then import it again.",
    ),
    RejectReason.INVALID: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The contents of the file do not follow the export format."
    ),
    RejectReason.HASH_MISMATCH: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The file was changed or damaged after it was made (its check code does not match). "
        "Ask the village for a new export.",
    ),
    RejectReason.DUPLICATE_ID: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The file holds the same record twice; it is not a proper export."
    ),
    RejectReason.BROKEN_HISTORY: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The history of changes in the file is broken."
    ),
    RejectReason.OUTSIDE_AREA: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The village is outside the area this office covers."
    ),
    RejectReason.WRONG_VILLAGE: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The access token is not for this village."
    ),
    RejectReason.EXPORT_ID_REUSED: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "An export with the same number but other contents was imported before.",
    ),
    RejectReason.TRAINING_DATA: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The file comes from TRAINING MODE (made-up data); it is not added to the register.",
    ),
    RejectReason.NOT_AN_OFFICE: QT_TRANSLATE_NOOP(
        "ExchangeWords", "Only an immigration office imports exports."
    ),
    RejectReason.NOT_SIGNED: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "Not a protected export (it has no signature). Ask the village to export again with "
        "the newest Siaga TPPO.",
    ),
    RejectReason.BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The signature does not match: the file was changed, is damaged, or is not from that "
        "village.",
    ),
    RejectReason.KEY_CHANGED: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "HELD BACK: signed with a key other than the village's registered key. Telephone the "
        "village and compare the fingerprint, then confirm the new key on the page Villages; "
        "the export is imported then.",
    ),
    RejectReason.NOT_FOR_THIS_OFFICE: QT_TRANSLATE_NOOP(
        "ExchangeWords", "Locked for another office: this office cannot open it."
    ),
    RejectReason.NO_OFFICE_KEY: QT_TRANSLATE_NOOP(
        "ExchangeWords", "This office has no key yet: see Settings, Security."
    ),
    RejectReason.FIRST_CONTACT: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "HELD BACK: the first export of this village. Confirm the village's key fingerprint "
        "(read over the telephone or from its registration sheet) on the page Villages; the "
        "export is imported then.",
    ),
    RejectReason.OTHER_VILLAGE: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The file from {sender} would change records that belong to {owner}. Nothing of it "
        "was added; the refusal is in the audit trail. Telephone {sender} to find out how "
        "the file came to hold another village's records.",
    ),
    RejectReason.CODE_MISMATCH: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The file names an area code this village's key was never registered for, without a "
        "signed change of code. Telephone the village.",
    ),
    RejectReason.UNKNOWN_AREA: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The village's area code is not in this office's official list of areas. Install "
        "the newest Siaga TPPO, then import it again.",
    ),
    RejectReason.IMPOSSIBLE_TIME: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The file holds an impossible time (before 2000 or in the future). The village "
        "computer's date may be wrong: ask the village to set it right and export again.",
    ),
    RejectReason.UNDECLARED_IDENTITIES: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The file holds names, NIK or phone numbers although it says it holds none. It was "
        "not made by Siaga TPPO as it is; ask the village for a new export.",
    ),
}

WRITE = {
    WriteProblem.FULL: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The flash drive or folder is full. Make room on it or choose another one, then try again.",
    ),
    WriteProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "Nothing can be written there: the flash drive may be locked (check its small "
        "switch) or the folder is read-only. Choose another one.",
    ),
    WriteProblem.VANISHED: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The flash drive or folder is no longer there. Was it pulled out? Put it back and "
        "try again.",
    ),
    WriteProblem.NOT_VERIFIED: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The file read back from the flash drive was not the same as what was written; the "
        "drive may be failing. Try another flash drive.",
    ),
    WriteProblem.OTHER: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The file could not be written there. Choose another place."
    ),
}

SEND = {
    SendProblem.NOT_CONFIGURED: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The office's address and access token are not set yet (Settings, Sending tab).",
    ),
    SendProblem.UNREACHABLE: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The office cannot be reached: no internet connection yet."
    ),
    SendProblem.NOT_RECEIVER: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "Something answered at the office's address, but not the office's receiver (perhaps "
        "a Wi-Fi login page). Check the address in Settings.",
    ),
    SendProblem.TIMEOUT: QT_TRANSLATE_NOOP("ExchangeWords", "The office took too long to answer."),
    SendProblem.SERVER_ERROR: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The office's computer had a problem. It will be tried again."
    ),
    SendProblem.BAD_RECEIPT: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The office did not confirm receipt. It will be tried again."
    ),
    SendProblem.TOKEN_REFUSED: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The office refused the access token. Check the token in Settings, or ask the office "
        "for a new one.",
    ),
    SendProblem.FORBIDDEN: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The access token is not for this village. Ask the office for this village's token.",
    ),
    SendProblem.REJECTED: QT_TRANSLATE_NOOP(
        "ExchangeWords",
        "The office refused the contents of this export. Tell the office; a new export will "
        "be sent with the next sending.",
    ),
    SendProblem.NOT_FOUND: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The office's address is wrong. Check the address in Settings."
    ),
    SendProblem.CONFLICT: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The office already has an export with this number and other contents."
    ),
    SendProblem.TOO_LARGE: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The export is too large for the office. Carry it on a flash drive."
    ),
    SendProblem.CLIENT_ERROR: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The office refused the request. Check the address in Settings."
    ),
    SendProblem.FILE_MISSING: QT_TRANSLATE_NOOP(
        "ExchangeWords", "The waiting copy of this export is missing; a new one will be made."
    ),
}

STATUS = {
    OutboxStatus.WAITING: QT_TRANSLATE_NOOP("ExchangeWords", "Waiting"),
    OutboxStatus.SENT: QT_TRANSLATE_NOOP("ExchangeWords", "Sent"),
    OutboxStatus.FAILED: QT_TRANSLATE_NOOP("ExchangeWords", "Failed"),
    OutboxStatus.SUPERSEDED: QT_TRANSLATE_NOOP("ExchangeWords", "Covered by a later export"),
}

# What is said after a failed write of an export: nothing of the user's data changed.
NOTHING_LEFT = QT_TRANSLATE_NOOP(
    "ExchangeWords", "Nothing was left behind and your data is unchanged."
)
# What was half-written could not be removed from a drive that is gone; the next export to it
# removes it (exchange/wire/files.py).
LEFT_HIDDEN = QT_TRANSLATE_NOOP(
    "ExchangeWords",
    "Your data is unchanged. If part of the file stayed on the flash drive, it is hidden and is "
    "removed by the next export to it.",
)
