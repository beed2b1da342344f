"""Fictional incident records for training mode and benchmarks.

Everything here is made up: every person and recruiter is marked "(fiktif)", telephone numbers
start 0000-, NIK start 0000 (no province has code 00) and every note ends by saying it is
practice data. The mix of modus, destinations and routes follows the patterns described in the
research notes, so the list and its filters look like real use. The seed makes the contents
repeatable; the ids are always random, and a record's id marks it as made up
(``incident.is_demo_id``).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import TypeVar

from desktop.domain.incident import (
    AgeBand,
    Answer,
    ApproxDate,
    ControlMeans,
    DeparturePoint,
    Incident,
    InformationSource,
    LegalBasis,
    LicenceStatus,
    Person,
    PersonIdentity,
    PersonRole,
    RecordState,
    ReferralTarget,
    ReportType,
    Sex,
    Status,
    StoredVersion,
    demo_record_id,
    to_payload,
)
from desktop.domain.modus import Modus

AUTHORS = ("Sekretaris Desa", "Kepala Desa", "Kasi Pemerintahan", "Kaur Umum")

REPORT_WEIGHTS = {
    ReportType.SUSPICIOUS_OFFER: 35,
    ReportType.PLANNED_DEPARTURE: 20,
    ReportType.DEPARTED: 15,
    ReportType.LOST_CONTACT: 12,
    ReportType.RETURNED: 13,
    ReportType.OTHER: 5,
}
MODUS_WEIGHTS = {
    Modus.NON_PROCEDURAL_JOB: 30,
    Modus.ONLINE_SCAM: 22,
    Modus.SHIP_CREW: 8,
    Modus.DOMESTIC_OR_PLANTATION: 15,
    Modus.MAIL_ORDER_BRIDE: 5,
    Modus.CHILD_SEXUAL_EXPLOITATION: 2,
    Modus.ORGAN_TRADE: 1,
    Modus.FAKE_INTERNSHIP: 6,
    Modus.PILGRIM_VISA_MISUSE: 7,
    Modus.OTHER: 4,
}
DESTINATIONS = {
    Modus.NON_PROCEDURAL_JOB: ("MY", "MY", "MY", "SA", "AE", "QA", "KW", "OM", "BN", "TR", "PL"),
    Modus.ONLINE_SCAM: ("KH", "KH", "KH", "MM", "LA", "PH", "TH"),
    Modus.SHIP_CREW: ("TW", "KR", "ZA", "MU", "PE", "FJ"),
    Modus.DOMESTIC_OR_PLANTATION: ("MY", "MY", "SA", "AE", "HK", "SG", "TW"),
    Modus.MAIL_ORDER_BRIDE: ("CN", "CN", "TW"),
    Modus.CHILD_SEXUAL_EXPLOITATION: ("MY", "SG", "ID"),
    Modus.ORGAN_TRADE: ("KH", "CN"),
    Modus.FAKE_INTERNSHIP: ("JP", "JP", "KR", "TW", "DE"),
    Modus.PILGRIM_VISA_MISUSE: ("SA", "SA", "SA", "AE"),
    Modus.OTHER: ("MY", "SA", "TW", "HK", "SG"),
}
CITIES = {
    "MY": ("Kuala Lumpur", "Johor Bahru", "Kota Kinabalu", "Tawau", "Kuching", "Penang"),
    "KH": ("Sihanoukville", "Phnom Penh", "Bavet", "Poipet"),
    "MM": ("Myawaddy", "Shwe Kokko"),
    "LA": ("Bokeo",),
    "PH": ("Manila", "Pasay"),
    "TH": ("Mae Sot", "Bangkok"),
    "SA": ("Riyadh", "Jeddah", "Makkah", "Madinah", "Dammam"),
    "AE": ("Dubai", "Abu Dhabi", "Sharjah"),
    "QA": ("Doha",),
    "KW": ("Kuwait City",),
    "OM": ("Muscat",),
    "BN": ("Bandar Seri Begawan",),
    "TR": ("Istanbul", "Ankara"),
    "PL": ("Warsawa",),
    "TW": ("Taipei", "Kaohsiung", "Taichung"),
    "KR": ("Busan", "Seoul"),
    "ZA": ("Cape Town",),
    "MU": ("Port Louis",),
    "PE": ("Callao",),
    "FJ": ("Suva",),
    "HK": ("Hong Kong",),
    "SG": ("Singapura",),
    "CN": ("Hebei", "Henan", "Guangzhou"),
    "ID": ("Batam", "Jakarta"),
    "JP": ("Osaka", "Tokyo", "Nagoya"),
    "DE": ("Berlin", "Muenchen"),
}
JOBS = {
    Modus.NON_PROCEDURAL_JOB: ("pekerja pabrik", "buruh bangunan", "sopir", "pelayan restoran"),
    Modus.ONLINE_SCAM: ("admin online", "operator komputer", "customer service"),
    Modus.SHIP_CREW: ("anak buah kapal penangkap ikan",),
    Modus.DOMESTIC_OR_PLANTATION: ("pekerja rumah tangga", "pekerja kebun sawit"),
    Modus.MAIL_ORDER_BRIDE: ("calon istri warga asing",),
    Modus.CHILD_SEXUAL_EXPLOITATION: ("pelayan kafe",),
    Modus.ORGAN_TRADE: ("pekerja dengan bayaran besar",),
    Modus.FAKE_INTERNSHIP: ("peserta magang", "penerima beasiswa kerja"),
    Modus.PILGRIM_VISA_MISUSE: ("pekerja dengan visa umrah", "pekerja dengan visa ziarah"),
    Modus.OTHER: ("pekerja salon", "penjaga toko"),
}
PLATFORMS = ("Facebook", "WhatsApp", "TikTok", "Telegram", "Instagram", "tetangga", "saudara")
RECRUITERS = (
    "Bang Jali",
    "Mas Anto",
    "Bu Rina",
    "Pak Darto",
    "Kak Sinta",
    "Om Heri",
    "Bu Wati",
    "Pak Ujang",
    "Mbak Yuli",
    "Koh Ahong",
)
COMPANY_WORDS = ("Maju", "Jaya", "Sejahtera", "Abadi", "Mandiri", "Karya", "Bintang", "Samudra")
GIVEN_NAMES = (
    "Siti",
    "Ani",
    "Dewi",
    "Rina",
    "Yanti",
    "Budi",
    "Agus",
    "Joko",
    "Rudi",
    "Dedi",
    "Nur",
    "Lestari",
    "Wahyu",
    "Indra",
    "Putri",
)
AIRPORTS = ("Bandara Soekarno-Hatta", "Bandara Kualanamu", "Bandara Juanda", "Bandara Sultan Thaha")
WAGES = {
    "MY": "RM {n}.{m}00 per bulan",
    "SA": "SAR {n}.{m}00 per bulan",
    "AE": "AED {n}.{m}00 per bulan",
    "HK": "HKD {n}.{m}00 per bulan",
    "TW": "TWD {n}{m}.000 per bulan",
    "KH": "USD {n}.{m}00 per bulan",
}
OUTCOMES = (
    "Sudah diterima dan sedang diperiksa.",
    "Keluarga sudah dimintai keterangan.",
    "Perekrut dipanggil untuk klarifikasi.",
    "Warga sudah kembali ke rumah dengan selamat.",
    "Dalam proses pemulangan.",
)


K = TypeVar("K")


def _pick(rng: random.Random, weights: dict[K, int]) -> K:
    return rng.choices(tuple(weights), cum_weights=_CUMULATIVE[id(weights)])[0]


_CUMULATIVE = {id(w): list(accumulate(w.values())) for w in (REPORT_WEIGHTS, MODUS_WEIGHTS)}
_DEPARTURES = tuple(DeparturePoint)
_CONTROLS = tuple(ControlMeans)[:-1]
_SOURCES = tuple(InformationSource)
_ANSWERS = tuple(Answer)
_LICENCES = tuple(LicenceStatus)
_TARGETS = tuple(ReferralTarget)[:-1]
_STATUSES = tuple(Status)


def _uuid() -> str:
    """A random id: never drawn from the seed, so that two folders filled alike (two villages
    trained with the same data) never share a record, version, person or referral id."""
    return str(uuid.uuid4())


def _phone(rng: random.Random) -> str:
    return f"0000-{rng.randrange(10000):04d}-{rng.randrange(10000):04d}"


def _money(rng: random.Random, low: int, high: int) -> int:
    return rng.randrange(low, high + 1) * 500_000


class _Maker:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today

    def person(self, role: PersonRole, child: bool) -> Person:
        rng = self.rng
        band = rng.choice(
            (AgeBand.AGE_9_17,)
            if child
            else (AgeBand.AGE_18_20, AgeBand.AGE_21_23, AgeBand.AGE_24_26, AgeBand.AGE_27_29) * 2
            + (AgeBand.AGE_30_38, AgeBand.AGE_39_47, AgeBand.AGE_48_PLUS)
        )
        identity = PersonIdentity()
        if rng.random() < 0.4:
            identity = PersonIdentity(
                name=f"{rng.choice(GIVEN_NAMES)} (fiktif)",
                nik=f"0000{rng.randrange(10**12):012d}" if rng.random() < 0.5 else "",
                phone=_phone(rng) if rng.random() < 0.5 else "",
            )
        return Person(
            person_id=_uuid(),
            role=role,
            sex=rng.choice((Sex.FEMALE, Sex.FEMALE, Sex.MALE, Sex.MALE, Sex.UNKNOWN)),
            age_band=band if rng.random() < 0.85 else None,
            under_18=child,
            disability=rng.choice((Answer.NO, Answer.NO, Answer.NO, Answer.UNKNOWN, Answer.YES)),
            identity=identity,
        )

    def incident(self) -> Incident:
        rng = self.rng
        report_type = _pick(rng, REPORT_WEIGHTS)
        modus = _pick(rng, MODUS_WEIGHTS)
        country = rng.choice(DESTINATIONS[modus])
        city = rng.choice(CITIES[country]) if rng.random() < 0.8 else ""
        reported = self.today - timedelta(days=rng.randrange(3 * 365))
        happened = None
        roll = rng.random()
        if roll < 0.6:
            happened = ApproxDate.of(reported - timedelta(days=rng.randrange(30)))
        elif roll < 0.85:
            earlier = reported - timedelta(days=rng.randrange(120))
            happened = ApproxDate(earlier.year, earlier.month)
        elif roll < 0.95:
            happened = ApproxDate(reported.year - rng.randrange(2))
        job = rng.choice(JOBS[modus])
        platform = rng.choice(PLATFORMS)
        place = city or country
        recruiter = f"{rng.choice(RECRUITERS)} (fiktif)" if rng.random() < 0.8 else ""
        company = ""
        if rng.random() < 0.5:
            words = rng.sample(COMPANY_WORDS, 2)
            company = f"PT {words[0]} {words[1]} Contoh (fiktif)"
        child = modus is Modus.CHILD_SEXUAL_EXPLOITATION or rng.random() < 0.06
        roles = {
            ReportType.SUSPICIOUS_OFFER: PersonRole.POTENTIAL_VICTIM,
            ReportType.PLANNED_DEPARTURE: PersonRole.POTENTIAL_VICTIM,
        }
        people = []
        for n in range(rng.choice((0, 1, 1, 1, 2, 2, 3))):
            role = (
                roles.get(report_type, PersonRole.VICTIM)
                if n == 0
                else rng.choice(
                    (PersonRole.FAMILY, PersonRole.WITNESS, PersonRole.POTENTIAL_VICTIM)
                )
            )
            people.append(self.person(role, child and n == 0))
        has_ids = any(not p.identity.is_empty for p in people)
        basis = None
        if has_ids or any(p.under_18 for p in people):
            basis = rng.choice(
                (LegalBasis.PUBLIC_TASK, LegalBasis.PUBLIC_TASK, LegalBasis.VITAL_INTEREST)
            )
        departure = None
        detail = ""
        if report_type in (ReportType.DEPARTED, ReportType.LOST_CONTACT, ReportType.RETURNED):
            departure = rng.choice(_DEPARTURES)
            if departure is DeparturePoint.AIRPORT:
                detail = rng.choice(AIRPORTS)
        wage = WAGES.get(country, "Rp {n}.{m}00.000 per bulan").format(
            n=rng.randrange(1, 9), m=rng.randrange(10)
        )
        control: frozenset[ControlMeans] = frozenset()
        if report_type in (ReportType.LOST_CONTACT, ReportType.RETURNED):
            control = frozenset(rng.sample(_CONTROLS, rng.randrange(1, 4)))
        summary = f"Tawaran kerja {job} di {place} lewat {platform}"
        if report_type is ReportType.LOST_CONTACT:
            summary = f"Warga hilang kontak setelah berangkat ke {place}"
        elif report_type is ReportType.RETURNED:
            summary = f"Warga pulang dari {place}, diduga korban"
        notes = (
            f"Dilaporkan bahwa seorang warga ditawari bekerja sebagai {job} di {place}. "
            f"Tawaran datang lewat {platform}. Perekrut menjanjikan gaji besar dan mengurus "
            f"paspor serta tiket. (Data latihan, fiktif.)"
        )
        return Incident(
            record_id=demo_record_id(),
            report_type=report_type,
            reported_on=reported,
            happened=happened,
            source=rng.choice(_SOURCES),
            modus=modus,
            summary=summary,
            destination_country=country,
            destination_city=city,
            departure_point=departure,
            departure_detail=detail,
            official_checkpoint=rng.choice(_ANSWERS) if departure else None,
            recruiter_name=recruiter,
            recruiter_phone=_phone(rng) if recruiter and rng.random() < 0.7 else "",
            company=company,
            licence=rng.choice(_LICENCES) if company else None,
            money_asked=_money(rng, 4, 120) if rng.random() < 0.6 else None,
            debt=_money(rng, 2, 60) if rng.random() < 0.25 else None,
            promised_wage=wage if rng.random() < 0.7 else "",
            control=control,
            people=tuple(people),
            legal_basis=basis,
            guardian_consent=False,
            notes=notes,
        )


def demo_chains(count: int, *, today: date, seed: int = 2026) -> Iterator[list[StoredVersion]]:
    """``count`` fictional records, each as its versions oldest first (some referred, some
    closed with their history, about one in a hundred in Terhapus). The same seed gives the
    same contents under new ids."""
    rng = random.Random(seed)
    maker = _Maker(rng, today)
    for _ in range(count):
        incident = maker.incident()
        reported = incident.reported_on
        assert reported is not None  # the maker dates every report
        when = datetime.combine(reported, time(8), UTC) + timedelta(minutes=rng.randrange(9 * 60))
        now = datetime.combine(today, time(8), UTC)
        final = rng.choices(_STATUSES, cum_weights=(40, 65, 80, 92, 100))[0]
        first = to_payload(incident)
        payloads = [first]
        if final is not Status.NEW:
            referral = {
                "referral_id": _uuid(),
                "target": rng.choice(_TARGETS).value,
                "referred_on": min(reported + timedelta(days=rng.randrange(4)), today).isoformat(),
            }
            if rng.random() < 0.5:
                referral["reference"] = f"LP/{rng.randrange(1, 999)}/{reported.year}"
            payloads.append(first | {"status": Status.REFERRED.value, "referrals": [referral]})
            if final is not Status.REFERRED:
                followed = referral | {"outcome": rng.choice(OUTCOMES)}
                payloads.append(first | {"status": final.value, "referrals": [followed]})
        chain = []
        prev = None
        for n, payload in enumerate(payloads):
            saved = min(when + timedelta(days=3 * n, hours=n), now)
            reason = "" if n < 2 else "Hasil tindak lanjut dari instansi rujukan."
            version = StoredVersion(
                record_id=incident.record_id,
                version_id=_uuid(),
                prev_version_id=prev,
                saved_at=saved,
                author=rng.choice(AUTHORS),
                state=RecordState.LIVE,
                reason=reason,
                payload=payload,
            )
            chain.append(version)
            prev = version.version_id
        if rng.random() < 0.01:
            last = chain[-1]
            chain.append(
                replace(
                    last,
                    version_id=_uuid(),
                    prev_version_id=last.version_id,
                    # deleted lately, so that Terhapus has something to show in training
                    saved_at=max(
                        min(last.saved_at + timedelta(hours=1), now),
                        now - timedelta(days=rng.randrange(1, 21)),
                    ),
                    state=RecordState.DELETED,
                    reason="Tercatat dua kali.",
                )
            )
        yield chain
