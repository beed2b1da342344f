"""The words of a result, built once and shown on screen and on the printed sheet alike."""

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
    reasons: tuple[Item, ...]
    unknowns: tuple[Item, ...]
    steps: tuple[str, ...]
    hotlines: tuple[str, ...]
    contacts: tuple[str, ...]
    made_with: str  # "Checked on ... with question list version ..."


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

        def item(key: str, unanswered: bool = False) -> Item:
            indicator = checklist.indicator(key)
            text = indicator.question.get(language)
            if unanswered:
                text = self.tr("{question} (not answered)").format(question=text)
            return Item(text, flag if indicator.red_flag else "")

        unanswered = set(result.unanswered)
        return ResultContent(
            level=result.level,
            level_words=level_words(result.level),
            level_meaning=level_meaning(result.level, len(result.unknowns)),
            reasons=tuple(item(k) for k in result.drivers),
            unknowns=tuple(item(k, k in unanswered) for k in result.unknowns),
            steps=tuple(checklist.next_step(k).text.get(language) for k in result.next_steps),
            hotlines=self.hotline_lines(hotlines, language),
            contacts=self.contact_lines(profile),
            made_with=self.tr("Checked on {date} with question list version {version}.").format(
                date=format_date(assessment.assessed_on), version=result.checklist_version
            ),
        )

    def hotline_lines(self, hotlines: Hotlines, language: str) -> tuple[str, ...]:
        lines = []
        for service in hotlines.services:
            numbers = []
            for number in service.numbers:
                if number.kind is NumberKind.WHATSAPP:
                    text = self.tr("WhatsApp {number}").format(number=number.number)
                elif number.kind is NumberKind.CALL_FROM_ABROAD:
                    text = self.tr("from abroad {number}").format(number=number.number)
                elif number.toll_free:
                    text = self.tr("{number} (toll-free)").format(number=number.number)
                else:
                    text = number.number
                numbers.append(text)
            lines.append(
                self.tr("{service}: {numbers}. {purpose}.").format(
                    service=service.name(language),
                    numbers=", ".join(numbers),
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
            # On paper the family reads what to do first, then why.
            sections=(
                Section(
                    self.tr("What to do next"), tuple(Item(s) for s in content.steps), numbered=True
                ),
                Section(
                    self.tr("Answered Yes: the reasons for this result"),
                    content.reasons,
                    empty=self.tr("No question was answered Yes."),
                ),
                Section(self.tr("Still to check (answered Don't know)"), content.unknowns),
                Section(self.tr("Official hotlines"), tuple(Item(h) for h in content.hotlines)),
                Section(self.tr("Village contacts"), tuple(Item(c) for c in content.contacts)),
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
                "trafficking. Keep the numbers above and call them if anything happens."
            ),
        )
