"""The words of a result, built once and shown on screen and on the printed sheet alike.

The screen is for the village head: it shows every step. The sheet is for the family: what was
found said plainly (not the questions), the family's own steps, and whom to call on page 1; the
steps meant for the village head (the family-permission letter, whom the office informs) stay
on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject

from desktop import __version__
from desktop.domain.assessment import Assessment
from desktop.domain.checklist import Checklist, RiskLevel
from desktop.domain.hotlines import Hotlines, NumberKind
from desktop.domain.profile import ContactRole, VillageProfile
from desktop.printing.checklist_sheet import Item, ResultSheet, Section
from desktop.ui.checklist.texts import (
    level_meaning,
    level_words,
    red_flag_words,
)
from desktop.ui.contact_titles import contact_title
from desktop.ui.formatting import format_date
from desktop.ui.training import TRAINING_MARK


@dataclass(frozen=True)
class ResultContent:
    level: RiskLevel
    level_words: str
    level_meaning: str
    reasons: tuple[Item, ...]  # what was found (version 1: the questions answered Yes)
    unknowns: tuple[Item, ...]  # what is still to be found out
    village_steps: tuple[str, ...]  # for the village head, on screen only
    family_steps: tuple[str, ...]  # for the family, printed too (every step in version 1)
    hotlines: tuple[str, ...]
    contacts: tuple[str, ...]
    made_with: str  # "Checked on ... with question list version ..., stage ..."


class ResultWording(QObject):
    """Turns a stored result into sentences (a QObject so that its strings are translated)."""

    def content(
        self,
        assessment: Assessment,
        checklist: Checklist,
        profile: VillageProfile,
        hotlines: Hotlines,
        language: str,
    ) -> ResultContent:
        result = assessment.result
        flag = red_flag_words()

        def found(key: str) -> Item:
            indicator = checklist.indicator(key)
            text = (indicator.finding or indicator.question).get(language)
            return Item(text, flag if indicator.red_flag else "")

        def to_check(key: str, unanswered: bool) -> Item:
            indicator = checklist.indicator(key)
            text = (indicator.to_check or indicator.question).get(language)
            if unanswered:
                text = self.tr("{question} (not answered)").format(question=text)
            return Item(text, flag if indicator.red_flag else "")

        steps = [checklist.next_step(k) for k in result.next_steps]
        unanswered = set(result.unanswered)
        return ResultContent(
            level=result.level,
            level_words=level_words(result.level),
            level_meaning=level_meaning(result.level, len(result.unknowns)),
            reasons=tuple(found(k) for k in result.drivers),
            unknowns=tuple(to_check(k, k in unanswered) for k in result.unknowns),
            village_steps=tuple(s.text.get(language) for s in steps if not s.printed),
            family_steps=tuple(s.text.get(language) for s in steps if s.printed),
            hotlines=self.hotline_lines(hotlines, language),
            contacts=self.contact_lines(profile),
            made_with=self.made_with(assessment, checklist, language),
        )

    def made_with(self, assessment: Assessment, checklist: Checklist, language: str) -> str:
        result = assessment.result
        day = format_date(assessment.assessed_on)
        if not result.stage:
            return self.tr("Checked on {date} with question list version {version}.").format(
                date=day, version=result.checklist_version
            )
        return self.tr(
            "Checked on {date} with question list version {version}. Stage: {stage}."
        ).format(
            date=day,
            version=result.checklist_version,
            stage=checklist.stage(result.stage).title.get(language),
        )

    def hotline_lines(self, hotlines: Hotlines, language: str) -> tuple[str, ...]:
        lines = []
        for service in hotlines.services:
            calls = []
            others = []
            for number in service.numbers:
                if number.kind is NumberKind.WHATSAPP:
                    others.append(self.tr("WhatsApp {number}").format(number=number.number))
                elif number.kind is NumberKind.CALL_FROM_ABROAD:
                    others.append(self.tr("from abroad {number}").format(number=number.number))
                elif number.toll_free:
                    calls.append(self.tr("{number} (toll-free)").format(number=number.number))
                else:
                    calls.append(number.number)
            lines.append(
                self.tr("{service}: {numbers}. {purpose}.").format(
                    service=service.name(language),
                    numbers=", ".join([" / ".join(calls), *others] if calls else others),
                    purpose=service.purpose(language),
                )
            )
        return tuple(lines)

    def contact_lines(self, profile: VillageProfile) -> tuple[str, ...]:
        head = self.tr("Lurah") if profile.is_kelurahan else self.tr("Village head")
        lines = [f"{head}: {profile.head_name}"]
        if profile.office_phone:
            lines.append(self.tr("Village office: {phone}").format(phone=profile.office_phone))
        for role in ContactRole:
            contact = profile.contact(role)
            if not contact.is_empty:
                lines.append(f"{contact_title(role)}: {contact.name} {contact.phone}".strip())
        return tuple(lines)

    def place(self, profile: VillageProfile) -> str:
        kind = self.tr("Kelurahan") if profile.is_kelurahan else self.tr("Desa")
        return self.tr("{kind} {village}, District {district}, {regency}, {province}").format(
            kind=kind,
            village=profile.village_name,
            district=profile.district_name,
            regency=profile.regency_name,
            province=profile.province_name,
        )

    def sheet(
        self,
        content: ResultContent,
        assessment: Assessment,
        profile: VillageProfile,
        *,
        printed_on: date,
        with_details: bool,
    ) -> ResultSheet:
        """The printed sheet. Initials and the offer summary only when ``with_details``."""
        details: list[tuple[str, str]] = []
        if with_details:
            offer = assessment.offer
            for label, value in (
                (self.tr("Initials"), assessment.initials),
                (self.tr("Company or recruiter"), offer.company),
                (self.tr("Destination"), offer.destination),
                (self.tr("Job offered"), offer.job),
                (self.tr("Recruiter's contact"), offer.recruiter_contact),
            ):
                if value:
                    details.append((label, value))
        return ResultSheet(
            heading=self.tr("Result of the job-offer check"),
            place=self.place(profile),
            level_key=content.level.value,
            level_words=content.level_words,
            level_meaning=content.level_meaning,
            details=tuple(details),
            details_title=self.tr("The offer"),
            contacts=(
                Section(
                    self.tr("Call for help or to report"),
                    tuple(Item(h) for h in content.hotlines),
                ),
                Section(self.tr("Village contacts"), tuple(Item(c) for c in content.contacts)),
            ),
            # On paper the family reads what to do first, then why.
            sections=(
                Section(
                    self.tr("What to do"),
                    tuple(Item(s) for s in content.family_steps),
                    numbered=True,
                ),
                Section(
                    self.tr("What was found"),
                    content.reasons,
                    empty=self.tr("No danger sign was found."),
                ),
                Section(self.tr("Not clear yet: to be found out"), content.unknowns),
            ),
            footer=self.tr("Printed on {printed}. {made_with} Siaga TPPO {app_version}.").format(
                printed=format_date(printed_on),
                made_with=content.made_with,
                app_version=__version__,
            ),
            page_label=self.tr("Page {page} of {pages}"),
            training=TRAINING_MARK if profile.training else "",
            notice=self.tr(
                "This sheet helps decide what to do next. It does not prove or disprove "
                "trafficking. Keep the numbers on the first page and call them if anything "
                "happens."
            ),
        )
