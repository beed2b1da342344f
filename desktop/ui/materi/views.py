"""The two pages of Materi that are built from data rather than read from a topic file:
Kontak penting (verified national numbers and the village's own contacts) and Sumber."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QObject

from desktop.domain.content import ContentReviews, Library
from desktop.domain.content_pack import LocalContact, OfficeContact, RecruiterWarning
from desktop.domain.hotlines import Hotlines, NumberKind, Source
from desktop.domain.profile import ContactRole, VillageProfile
from desktop.ui.contact_titles import contact_title
from desktop.ui.formatting import format_date
from desktop.ui.style import ACCENT


def _source_text(source: Source) -> str:
    when = source.date
    if len(when) == 10:  # a full date; "2025" or "" stay as they are
        when = format_date(date.fromisoformat(when))
    return ", ".join(p for p in (source.title, source.url, when) if p)


def _heading(level: int, text: str, *, accent: bool = False) -> str:
    style = f" style='color:{ACCENT}'" if accent else ""
    return f"<h{level}{style}>{escape(text)}</h{level}>"


def _label_table(rows: list[tuple[str, str]], *, valign: str = "") -> list[str]:
    """Rows of "label: value", the values in bold; ``valign`` places the labels."""
    label = f"<td valign='{valign}'>" if valign else "<td>"
    return [
        "<table cellspacing='0' cellpadding='3'>",
        *(
            f"<tr>{label}{escape(text)}:&nbsp;</td><td><b>{escape(value)}</b></td></tr>"
            for text, value in rows
        ),
        "</table>",
    ]


class MateriViews(QObject):
    """Builds the two generated pages (a QObject so that its strings are translated)."""

    def contacts_html(
        self,
        hotlines: Hotlines,
        profile: VillageProfile,
        language: str,
        office: OfficeContact | None = None,
        local: tuple[LocalContact, ...] = (),
    ) -> str:
        """Kontak penting as HTML: national numbers with the date each was checked, the
        immigration office's contacts from its content pack, then the village's own contacts
        from its profile."""
        kinds = {
            NumberKind.CALL: self.tr("Phone"),
            NumberKind.WHATSAPP: self.tr("WhatsApp"),
            NumberKind.CALL_FROM_ABROAD: self.tr("From abroad"),
        }
        toll_free = self.tr("toll-free")
        out = [
            _heading(1, self.tr("Important contacts"), accent=True),
            _heading(2, self.tr("National hotlines")),
            "<p>"
            + escape(self.tr("Only numbers checked against published sources are listed here."))
            + "</p>",
        ]
        for service in hotlines.services:
            out.append(_heading(3, service.name(language), accent=True))
            out.append(f"<p>{escape(service.purpose(language))}</p>")
            out.append("<table cellspacing='0' cellpadding='3'>")
            for number in service.numbers:
                extra = f" ({escape(toll_free)})" if number.toll_free else ""
                out.append(
                    f"<tr><td>{escape(kinds[number.kind])}:&nbsp;</td>"
                    f"<td><b><big>{escape(number.number)}</big></b>{extra}</td></tr>"
                )
            out.append("</table>")
            checked = self.tr("Checked on {date}. Source: {sources}.").format(
                date=format_date(service.checked),
                sources="; ".join(_source_text(s) for s in service.sources),
            )
            out.append(f"<p style='color:#444444'>{escape(checked)}</p>")
        out += self._office_contacts(office, local)

        kind = self.tr("Kelurahan") if profile.is_kelurahan else self.tr("Desa")
        heading = self.tr("Local contacts of {kind} {village}").format(
            kind=kind, village=profile.village_name
        )
        out.append(_heading(2, heading))
        head = self.tr("Lurah") if profile.is_kelurahan else self.tr("Village head")
        rows = [(head, profile.head_name)]
        if profile.office_phone:
            rows.append((self.tr("Village office"), profile.office_phone))
        roles = 0
        for role in ContactRole:
            contact = profile.contact(role)
            if not contact.is_empty:
                roles += 1
                value = " — ".join(v for v in (contact.name, contact.phone) if v)
                rows.append((contact_title(role), value))
        out += _label_table(rows)
        if roles < len(ContactRole):
            hint = self.tr(
                "Add the missing numbers (Bhabinkamtibmas, Babinsa, immigration office, "
                "district manpower office, BP3MI or P4MI) in Settings, Village profile. They "
                "are printed on the leaflets too."
            )
            out.append(f"<p style='color:#444444'>{escape(hint)}</p>")
        return "\n".join(out)

    def _office_contacts(
        self, office: OfficeContact | None, local: tuple[LocalContact, ...]
    ) -> list[str]:
        if office is None and not local:
            return []
        out = [_heading(2, self.tr("From the immigration office"))]
        rows: list[tuple[str, str]] = []
        if office is not None:
            rows.append((self.tr("Office"), office.name))
            for label, value in (
                (self.tr("Address"), office.address),
                (self.tr("Phone"), office.phone),
                (self.tr("WhatsApp"), office.whatsapp),
                (self.tr("E-mail"), office.email),
                (self.tr("Opening hours"), office.hours),
            ):
                if value:
                    rows.append((label, value))
        for contact in local:
            value = " — ".join(v for v in (contact.name, contact.phone, contact.note) if v)
            rows.append((contact.role, value))
        return out + _label_table(rows)

    def warnings_html(self, warnings: tuple[RecruiterWarning, ...], office: str) -> str:
        """Peringatan dari kantor: every warning about a recruiter or a company in force."""
        out = [
            _heading(1, self.tr("Warnings from the immigration office"), accent=True),
            "<p>"
            + escape(
                self.tr(
                    "{office} warns about these recruiters and companies. If one of them offers "
                    "work to a resident, check the offer with Check a job offer, keep any "
                    "documents and money at home, and tell the immigration office."
                ).format(office=office)
            )
            + "</p>",
        ]
        for warning in warnings:
            out.append(_heading(2, warning.title, accent=True))
            rows: list[tuple[str, str]] = []
            for label, items in (
                (self.tr("Companies"), warning.companies),
                (self.tr("Names"), warning.names),
                (self.tr("Phone numbers"), warning.phones),
            ):
                if items:
                    rows.append((label, ", ".join(items)))
            if warning.since is not None:
                rows.append((self.tr("Seen since"), format_date(warning.since)))
            if warning.villages:
                rows.append((self.tr("Seen in"), ", ".join(v.name for v in warning.villages)))
            if warning.issued is not None:
                rows.append((self.tr("Warning issued on"), format_date(warning.issued)))
            out += _label_table(rows, valign="top")
            for paragraph in warning.known.splitlines():
                out.append(f"<p>{escape(paragraph)}</p>")
        return "\n".join(out)

    def sources_markdown(
        self, library: Library, hotlines: Hotlines, reviews: ContentReviews
    ) -> str:
        """Every source the material relies on: each topic's list with the day its facts were
        checked, the hotlines, the QR page."""
        intro = self.tr(
            "The facts in this material come from the sources below, written in our own plain "
            "words. Each topic also lists its sources at its end. Laws were read through "
            "published reproductions and summaries; for a real case, ask the police, a "
            "prosecutor or a legal adviser which articles apply."
        )
        lines = ["# " + self.tr("Sources"), "", intro, ""]
        for topic in library.topics:
            checked = self.tr("Checked on {date}.").format(
                date=format_date(reviews.topics[topic.id])
            )
            lines += [f"## {topic.title}", "", checked, "", topic.sources.body, ""]
        lines += ["## " + self.tr("Important contacts"), ""]
        for service in hotlines.services:
            checked = self.tr("{service}: checked on {date}; {sources}.").format(
                service=service.name(library.language),
                date=format_date(service.checked),
                sources="; ".join(_source_text(s) for s in service.sources),
            )
            lines.append(f"- {checked}")
        page = hotlines.info_page
        qr = self.tr("The QR code on the leaflets opens {url} ({label}).").format(
            url=page.url, label=page.label(library.language)
        )
        lines += [f"- {qr}", ""]
        return "\n".join(lines)
