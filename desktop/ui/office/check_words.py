"""A job-offer check as the office reads it: the risk level in words and colour, when and at
which stage it was made, the offer, and what was found. Shown in a record's view and in the
view of a check alone."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.domain.assessment import Assessment
from desktop.domain.checklist import (
    Checklist,
    ChecklistInvalid,
    ChecklistShelf,
    ChecklistVersionMissing,
    UnknownIndicator,
    UnknownStage,
)
from desktop.ui.checklist.texts import LEVEL_COLOURS, level_words, red_flag_words
from desktop.ui.formatting import format_date


def stage_title(checklist: Checklist, stage: str, language: str) -> str:
    """The stage a check was made for, in words (its key when this version does not know it)."""
    try:
        return checklist.stage(stage).title.get(language)
    except UnknownStage:
        return stage


def checklist_of(check: Assessment, checklists: ChecklistShelf) -> Checklist | None:
    """The question list the check was made with (None if this app neither ships it nor the
    office delivered it)."""
    try:
        return checklists.load(check.result.checklist_version)
    except (ChecklistVersionMissing, ChecklistInvalid):
        return None


def check_html(check: Assessment, checklists: ChecklistShelf, language: str) -> str:
    result = check.result
    fg, bg = LEVEL_COLOURS[result.level]
    level = escape(level_words(result.level).upper())
    parts = [
        f"<p style='color:{fg}; background-color:{bg}; font-weight:bold;'>&nbsp;{level}&nbsp;</p>"
    ]
    checklist = checklist_of(check, checklists)
    made = QCoreApplication.translate(
        "OfficeCheck", "Checked on {date} with question list version {version}."
    ).format(date=format_date(check.assessed_on), version=result.checklist_version)
    if result.stage and checklist is not None:
        made += " " + QCoreApplication.translate("OfficeCheck", "Stage: {stage}.").format(
            stage=stage_title(checklist, result.stage, language)
        )
    parts.append(f"<p>{escape(made)}</p>")
    offer = check.offer
    rows = [
        (QCoreApplication.translate("OfficeCheck", "Initials"), check.initials),
        (QCoreApplication.translate("OfficeCheck", "Company or recruiter"), offer.company),
        (QCoreApplication.translate("OfficeCheck", "Destination"), offer.destination),
        (QCoreApplication.translate("OfficeCheck", "Job offered"), offer.job),
        (QCoreApplication.translate("OfficeCheck", "Recruiter's contact"), offer.recruiter_contact),
    ]
    table = "".join(
        f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows if v
    )
    if table:
        parts.append(f"<table cellpadding='3'>{table}</table>")
    if checklist is not None and result.drivers:
        found = QCoreApplication.translate("OfficeCheck", "Found (answered Yes)")
        parts.append(f"<h3>{escape(found)}</h3><ul>")
        for key in result.drivers:
            try:
                indicator = checklist.indicator(key)
            except UnknownIndicator:
                continue
            text = (indicator.finding or indicator.question).get(language)
            flag = f"<b>{escape(red_flag_words())}</b>: " if indicator.red_flag else ""
            parts.append(f"<li>{flag}{escape(text)}</li>")
        parts.append("</ul>")
    return "".join(parts)
