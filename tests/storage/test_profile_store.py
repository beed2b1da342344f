from desktop.domain.profile import Contact, ContactRole, VillageProfile
from desktop.storage import profile_store, settings


def test_profile_round_trip_with_contacts(installation):
    assert profile_store.load_profile() is None
    profile = VillageProfile(
        "15.02.10.2001",
        "Desa Contoh",
        "Bangko Barat",
        "Kabupaten Merangin",
        "Jambi",
        "Siti Aminah",
        "0746 21234",
        "Jl. Lintas",
        {ContactRole.IMMIGRATION_OFFICE: Contact("Kanim Kerinci", "0748 123456")},
    )
    profile_store.save_profile(profile)
    assert profile_store.load_profile() == profile
    changed = VillageProfile(**{**profile.__dict__, "contacts": {}})
    profile_store.save_profile(changed)
    assert profile_store.load_profile().contacts == {}


def test_installation_id_is_created_once(installation):
    first = profile_store.ensure_installation_id()
    assert profile_store.ensure_installation_id() == first
    assert len(first) == 36


def test_settings_and_drafts(installation):
    assert settings.TEXT_SIZE.get() == "normal"
    settings.TEXT_SIZE.set("besar")
    assert settings.TEXT_SIZE.get() == "besar"
    profile_store.save_draft("form", {"head_name": "Hasan – ñ"})
    assert profile_store.load_draft("form") == {"head_name": "Hasan – ñ"}
    profile_store.discard_draft("form")
    assert profile_store.load_draft("form") is None


def test_a_contact_saved_under_the_old_combined_role_still_reads(installation):
    """Before issue 13 one role covered "Dinas Tenaga Kerja / BP3MI" (key disnaker_bp3mi)."""
    profile_store.save_profile(
        VillageProfile(
            "15.02.10.2001",
            "Desa Contoh",
            "Bangko Barat",
            "Kabupaten Merangin",
            "Jambi",
            "Siti Aminah",
        )
    )
    installation.db.execute_sql(
        "INSERT INTO contact (role, name, phone) VALUES ('disnaker_bp3mi', 'Disnakertrans', '')"
    )
    contacts = profile_store.load_profile().contacts
    assert contacts == {ContactRole.MANPOWER_OFFICE: Contact("Disnakertrans", "")}
    profile_store.save_profile(profile_store.load_profile())  # written back under the new key
    [row] = installation.db.execute_sql("SELECT role FROM contact").fetchall()
    assert row == ("disnaker",)
