"""A plain-text progress bar in Catalan: one rewritten line on a terminal, one line per item otherwise."""
from __future__ import annotations

import sys
import time
from collections import Counter


class Progress:
    def __init__(self, total: int, stream=None, width: int = 30):
        self.total, self.done, self.width = total, 0, width
        self.stream = stream or sys.stderr
        self.counts: Counter = Counter()
        self.started = time.monotonic()
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    def _elapsed(self) -> str:
        seconds = int(time.monotonic() - self.started)
        return f"{seconds // 60}:{seconds % 60:02d}"

    def line(self) -> str:
        filled = int(self.width * self.done / self.total) if self.total else self.width
        bar = "#" * filled + "-" * (self.width - filled)
        parts = [f"{self.counts['ok']} corregits"]
        if self.counts["review"]:
            parts.append(f"{self.counts['review']} per revisar")
        if self.counts["failed"]:
            parts.append(f"{self.counts['failed']} sense nota")
        return f"[{bar}] {self.done}/{self.total} · {' · '.join(parts)} · {self._elapsed()}"

    def update(self, status: str, label: str = "") -> None:
        self.done += 1
        self.counts[status] += 1
        if self.tty:
            self.stream.write("\r" + self.line())
        else:
            self.stream.write(self.line() + (f"  {label}" if label else "") + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
