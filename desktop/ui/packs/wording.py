"""What a refused content pack, or one that cannot be made, is told in (translated) words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.exchange import ExportRejected
from desktop.exchange.pack_build import PackCannotBeMade, PackFolderError
from desktop.exchange.pack_install import PackRefused, Refusal
from desktop.exchange.wire.content_pack import PackRejected, PackTrouble
from desktop.storage import exchange_keys


def refusal_text(exc: BaseException) -> str:
    """Why a pack is not installed, and what to do, for the village head."""
    if isinstance(exc, PackRefused):
        return _refused(exc)
    if isinstance(exc, PackRejected):
        return _rejected(exc)
    if isinstance(exc, ExportRejected):
        return QCoreApplication.translate(
            "Packs", "The file could not be read. Was the flash drive removed?"
        )
    return QCoreApplication.translate("Packs", "This content pack cannot be used.")


def _refused(exc: PackRefused) -> str:
    office = exc.office_name or QCoreApplication.translate("Packs", "the office")
    if exc.refusal is Refusal.NO_OFFICE_KEY:
        return QCoreApplication.translate(
            "Packs",
            "The immigration office's key is not installed yet, so this content pack cannot be "
            "checked. Install the office's key file first (Settings, Security).",
        )
    if exc.refusal is Refusal.ALREADY_INSTALLED:
        return QCoreApplication.translate(
            "Packs", "This content pack (number {number}) is the one installed."
        ).format(number=exc.number)
    if exc.refusal is Refusal.NOT_NEWER:
        return QCoreApplication.translate(
            "Packs",
            "This content pack (number {number}) is not newer than the content already "
            "installed from {office} (number {installed}). Older content is never installed, "
            "so that the office's corrections are not undone.",
        ).format(number=exc.number, office=office, installed=exc.installed)
    if exc.refusal is Refusal.OTHER_AREA:
        return QCoreApplication.translate(
            "Packs",
            "This content pack from {office} is for the villages of another area; this village "
            "is not among them. It is not installed.",
        ).format(office=office)
    if exc.refusal is Refusal.CHECKLIST_CLASH:
        return QCoreApplication.translate(
            "Packs",
            "This content pack carries job-offer questions under a version number this app "
            "already has, with other words. It is not installed, so that saved checks keep "
            "their questions. Tell the office.",
        )
    return QCoreApplication.translate(
        "Packs", "Content packs are installed at a village, not here."
    )


def _rejected(exc: PackRejected) -> str:
    if exc.trouble is PackTrouble.OTHER_KEY:
        ours = exchange_keys.office_key()
        return QCoreApplication.translate(
            "Packs",
            "This content pack is not signed with the key of {ours} installed here (it says it "
            "comes from {other}). It is not installed. If your office has a new key, install "
            "its key file first (Settings, Security).",
        ).format(
            other=exc.label.office_name
            if exc.label
            else QCoreApplication.translate("Packs", "unknown"),
            ours=ours.office_name if ours else QCoreApplication.translate("Packs", "your office"),
        )
    if exc.trouble is PackTrouble.BAD_SIGNATURE:
        return QCoreApplication.translate(
            "Packs",
            "The signature of this content pack does not match: the file was changed or "
            "damaged after the office made it. It is not installed. Ask the office for the "
            "pack again.",
        )
    if exc.trouble is PackTrouble.NEWER_FORMAT:
        return QCoreApplication.translate(
            "Packs",
            "This content pack was made by a newer Siaga TPPO. Update the app, then try again.",
        )
    if exc.trouble is PackTrouble.TOO_LARGE:
        return QCoreApplication.translate(
            "Packs", "The file is too large to be a content pack. It is not installed."
        )
    if exc.trouble in (PackTrouble.SCHEMA, PackTrouble.CONTENT):
        return QCoreApplication.translate(
            "Packs",
            "This content pack is signed by the office, but this app cannot use {part} in it. "
            "It is not installed. Tell the office.",
        ).format(part=part_text(exc.part))
    return QCoreApplication.translate(
        "Packs",
        "This file is not a content pack from an immigration office, or it is damaged or cut "
        "off. It is not installed.",
    )


def making_text(exc: BaseException) -> str:
    """Why the office's pack could not be made, for the officer."""
    if isinstance(exc, PackCannotBeMade):
        return QCoreApplication.translate(
            "Packs",
            "This office has no key to sign with yet. Open Settings, Security, and save the "
            "office key file for the villages first.",
        )
    if isinstance(exc, PackFolderError):
        return QCoreApplication.translate(
            "Packs", "The file {file} for {part} is missing or cannot be read. Nothing was made."
        ).format(file=exc.path, part=part_text(exc.part))
    if isinstance(exc, PackRejected):
        if exc.trouble is PackTrouble.TOO_LARGE:
            return QCoreApplication.translate(
                "Packs", "The pack would be too large for the villages. Nothing was made."
            )
        return QCoreApplication.translate(
            "Packs",
            "The villages could not use {part} of this pack, so nothing was made. Check the "
            "files in the folder against the ones the app ships.",
        ).format(part=part_text(exc.part))
    return QCoreApplication.translate("Packs", "The pack could not be made.")


def part_text(part: str) -> str:
    """A part of a pack, as a phrase in a sentence."""
    return {
        "hotlines": QCoreApplication.translate("Packs", "the hotlines"),
        "checklist": QCoreApplication.translate("Packs", "the job-offer questions"),
        "material": QCoreApplication.translate("Packs", "the Materi topics"),
        "warnings": QCoreApplication.translate("Packs", "the warnings"),
        "contacts": QCoreApplication.translate("Packs", "the local contacts"),
        "kantor": QCoreApplication.translate("Packs", "the office's contacts"),
        "peringatan": QCoreApplication.translate("Packs", "the warnings"),
    }.get(part, QCoreApplication.translate("Packs", "the content"))
