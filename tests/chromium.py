"""Debian's Chromium for the page tests: where it is and the flags that keep it headless, quiet and offline-friendly."""
import shutil

CHROMIUM = shutil.which("chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
