"""The learners' API page: every public function is documented, and the page builds with Sphinx autodoc in nitpicky
mode without a warning (so the docstrings are valid reStructuredText and every reference resolves)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pla

ARREL = Path(__file__).resolve().parents[2]
PAGINA = ARREL / "book" / "annexos" / "api-pla.md"


def test_page_title_and_every_public_function_is_documented():
    text = PAGINA.read_text(encoding="utf-8")
    assert text.startswith("# El kit «pla»: referència\n")
    documentades = set(re.findall(r"^\.\. auto(?:function|exception|class):: pla\.(\w+)", text, flags=re.M))
    publiques = {nom for nom in pla.__all__ if callable(getattr(pla, nom))}
    assert publiques - documentades == set()


def test_page_builds_with_autodoc_without_warnings(tmp_path):
    (tmp_path / "index.md").write_text(PAGINA.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "conf.py").write_text(
        f"import sys\nsys.path.insert(0, {str(ARREL)!r})\n"
        "extensions = ['myst_parser', 'sphinx.ext.autodoc']\n"
        "myst_enable_extensions = ['colon_fence', 'deflist', 'substitution']\n"
        "nitpicky = True\nlanguage = 'ca'\n", encoding="utf-8")
    resultat = subprocess.run([sys.executable, "-m", "sphinx", "-b", "dummy", "-n", "-W", "--keep-going", "-q",
                               str(tmp_path), str(tmp_path / "_build")], capture_output=True, text=True)
    assert resultat.returncode == 0, resultat.stderr[-3000:]
