"""Pengaturan › Token desa at the office, and the token field at the village (issue 15.7)."""

from __future__ import annotations

import os

from desktop.domain.access_token import new_token
from desktop.exchange.upload_tokens import default_tokens_file, list_tokens
from desktop.storage import exchange_settings, profile_store
from desktop.ui.style import TextSize
from tests.exchange.conftest import KERINCI_OFFICE
from tests.ui.helpers import english_giveaways, visible_texts

SCREEN = (1366, 768 - 40)


def _tokens_tab(make_shell, size: TextSize = TextSize.NORMAL):
    exchange_settings.save_office(KERINCI_OFFICE)
    shell = make_shell()
    shell.set_text_size(size)
    window = shell.window
    window.show_page("pengaturan")
    settings = window.page("pengaturan")
    settings.tabs.setCurrentWidget(settings.tokens_tab)
    return shell, settings.tokens_tab


def test_the_office_makes_a_token_prints_its_slip_and_revokes_it(make_shell, qapp, monkeypatch):
    shell, tab = _tokens_tab(make_shell)
    tab.code.setText("1502022004")
    tab.make_button.click()
    assert tab.made.isVisibleTo(tab)
    token = tab.token_label.text()
    assert "Kungkai" in tab.made_for.text() and len(token) == 29
    tokens_file = default_tokens_file(shell.installation.paths)
    assert token not in tokens_file.read_text(encoding="utf-8")
    assert [t.village_code for t in list_tokens(tokens_file)] == ["15.02.02.2004"]
    assert tab.table.rowCount() == 1 and "Kungkai" in tab.table.item(0, 1).text()
    pdf = tab.slip_pdf()
    assert pdf.startswith(b"%PDF")
    assert english_giveaways(visible_texts(tab)) == []

    tab.code.setText("15.02.02.9999")
    tab.make_button.click()
    assert tab.error.isVisibleTo(tab) and "15.02.02.9999" in tab.error.text()

    monkeypatch.setattr("desktop.ui.exchange.tokens_tab.ask", lambda *a, **k: True)
    tab.table.selectRow(0)
    tab.revoke_button.click()
    assert list_tokens(tokens_file) == [] and tab.table.rowCount() == 0
    if os.environ.get("SIAGA_SHOTS"):
        shell.window.grab().save(f"{os.environ['SIAGA_SHOTS']}/tokens-normal.png")


def test_the_tokens_page_fits_the_screen_at_the_largest_text(make_shell, qapp):
    shell, tab = _tokens_tab(make_shell, TextSize.EXTRA_LARGE)
    tab.code.setText("15.02.02.2004")
    tab.make_button.click()
    qapp.processEvents()
    hint = shell.window.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], hint
    shell.window.resize(*SCREEN)
    qapp.processEvents()
    assert shell.window.width() <= SCREEN[0] and shell.window.height() <= SCREEN[1]
    if os.environ.get("SIAGA_SHOTS"):
        shell.window.grab().save(f"{os.environ['SIAGA_SHOTS']}/tokens-large.png")


def test_the_village_is_told_which_group_of_its_token_is_mistyped(make_shell):
    from tests.ui.helpers import KUNGKAI

    profile_store.save_profile(KUNGKAI)
    shell = make_shell()
    shell.window.show_page("pengaturan")
    settings = shell.window.page("pengaturan")
    tab = next(
        settings.tabs.widget(i)
        for i in range(settings.tabs.count())
        if settings.tabs.tabText(i).replace("&", "") == "Pengiriman"
    )
    token = new_token()
    groups = token.split("-")
    groups[3] = groups[3][:1] + ("B" if groups[3][1] != "B" else "C") + groups[3][2:]
    tab.fields.url.setText("https://imigrasi.example/siaga")
    tab.fields.token.setText("-".join(groups))
    tab.save_button.click()
    assert tab.fields.error.isVisibleTo(tab) and "kelompok ke-4" in tab.fields.error.text()
    assert exchange_settings.load_endpoint() is None
    tab.fields.token.setText(token.lower().replace("-", " "))
    tab.save_button.click()
    assert exchange_settings.load_endpoint().token == token
    tab.fields.url.setText("http://imigrasi.example/siaga")
    tab.save_button.click()
    assert "https://" in tab.fields.error.text()
    if os.environ.get("SIAGA_SHOTS"):
        tab.fields.token.setText("-".join(groups))
        tab.fields.url.setText("https://imigrasi.example/siaga")
        tab.save_button.click()
        shell.window.grab().save(f"{os.environ['SIAGA_SHOTS']}/village-token.png")
