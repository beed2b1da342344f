"""MODE LATIHAN: the fictional village's details can be edited and saved like a real one."""

from desktop.storage import profile_store


def test_training_village_profile_can_be_edited_and_saved(make_shell):
    shell = make_shell(training=True)
    window = shell.window
    window.show_page("pengaturan")
    settings = window.page("pengaturan")
    tab = settings.ensure_profile_tab()
    area = tab.form.area
    assert not area.combos[next(iter(area.combos))].isEnabled()
    assert area.code_edit.text() == "15.02.02.0000"
    tab.form.head.set_text("head_name", "Siti Latihan (fiktif)")
    tab.save()
    saved = profile_store.load_profile()
    assert saved.head_name == "Siti Latihan (fiktif)"
    assert saved.village_name == "Sukamaju (fiktif)"
    assert saved.training
    assert "Sukamaju (fiktif)" in window.windowTitle()
