"""The editor's loop in a real browser: break a fact, see the problem on the page, fix it, see the page back."""

from __future__ import annotations

from pathlib import Path

from conftest import copy_site
from test_serve import Server

from briefing.serve import OVERLAY_ID


def test_overlay_appears_and_clears_without_a_manual_reload(chromium, tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")
    server = Server(site)
    context = chromium.new_context()
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{server.port}/topics/weapons.html")
        assert page.locator("h1").inner_text() == "Weapons"
        page.evaluate("window.__notReloaded = true")

        weapons = site / "content/topics/weapons.yaml"
        good = weapons.read_text(encoding="utf-8")
        weapons.write_text(good.replace("stance: denies", "stance: deny", 1), encoding="utf-8")
        overlay = page.locator(f"#{OVERLAY_ID}")
        overlay.wait_for(state="visible", timeout=30_000)
        text = overlay.inner_text()
        assert "content/topics/weapons.yaml:39:17" in text
        assert "'deny' is not one of asserts, denies, confirms, declines-comment" in text
        assert "did you mean 'denies'?" in text
        assert page.evaluate("window.__notReloaded === undefined"), "the page was not reloaded by the server"
        # The last good site is still what the overlay covers.
        assert page.locator("h1").first.inner_text() == "Weapons"

        page.evaluate("window.__notReloaded = true")
        weapons.write_text(good, encoding="utf-8")
        overlay.wait_for(state="detached", timeout=30_000)
        assert page.evaluate("window.__notReloaded === undefined")
        assert page.locator("h1").inner_text() == "Weapons"
    finally:
        context.close()
        server.stop()
