"""The trainer's report for an assignment, in Catalan HTML: where learners struggle and who needs attention.

Grade distribution, pass rate per task and per test (as tables and as charts in the Okabe–Ito colour-blind-safe
palette, each chart with a text alternative), the submissions that need the trainer's attention with their reason,
the rubric answers still waiting for the trainer's grade, and the learners on the worksheet who did not submit.
"""
from __future__ import annotations

import base64
import io
from collections import Counter
from datetime import datetime
from pathlib import Path

from autograder.grading.nbgrader_course import EXERCISES, CourseFolders, course_folders
from autograder.grading.outcomes import LABELS
from autograder.model.course import load_course
from autograder.moodle_io import roster
from autograder.results.feedback import environment
from autograder.results.learner_results import LearnerResult, load_results
from pla.comu import format_nombre

# Okabe & Ito (2008): distinguishable with the common colour-vision deficiencies.
OKABE_ITO = {"blue": "#0072B2", "orange": "#E69F00", "vermillion": "#D55E00", "green": "#009E73",
             "sky": "#56B4E9", "grey": "#999999"}


def _png(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def distribution(scored: list[LearnerResult], max_points: float) -> list[tuple[str, int]]:
    """People per one-point interval: [0, 1), [1, 2) … with the maximum in the last one."""
    bins = max(1, int(round(max_points)))
    counts = Counter(min(int(r.score / max_points * bins), bins - 1) if max_points else 0 for r in scored)
    width = max_points / bins
    return [(f"{format_nombre(i * width)}–{format_nombre((i + 1) * width)}", counts.get(i, 0)) for i in range(bins)]


def test_rates(scored: list[LearnerResult]) -> list[dict]:
    rows = {}
    for r in scored:
        for t in r.tests:
            if t.rubric:  # a rubric answer is not a test: the "pending" table covers it
                continue
            row = rows.setdefault(t.grade_id, {"grade_id": t.grade_id, "task": t.task,
                                               "kind": "oculta" if t.hidden else "visible",
                                               "passed": 0, "failed": 0, "messages": Counter()})
            if t.passed:
                row["passed"] += 1
            else:
                row["failed"] += 1
                if t.message and not t.hidden:
                    row["messages"][t.message.splitlines()[0][:160]] += 1
    result = []
    for row in rows.values():
        total = row["passed"] + row["failed"]
        row["share"] = row["passed"] / total if total else 0.0
        row["rate"] = f"{row['share'] * 100:.0f} %"
        common = row.pop("messages").most_common(1)
        row["message"] = common[0][0] if common else ""
        result.append(row)
    return sorted(result, key=lambda r: (r["share"], r["grade_id"]))


def task_rates(scored: list[LearnerResult]) -> list[dict]:
    rows: dict[str, dict] = {}
    for r in scored:
        for task in r.tasks:
            row = rows.setdefault(task.title, {"task": task.title, "sum": 0.0, "full": 0, "n": 0,
                                               "available": task.points})
            row["sum"] += task.earned
            row["full"] += task.earned >= task.points
            row["n"] += 1
    return [{"task": t, "mean": format_nombre(row["sum"] / row["n"]), "available": format_nombre(row["available"]),
             "rate": f"{row['full'] / row['n'] * 100:.0f} %"} for t, row in rows.items()]


def _distribution_chart(bins: list[tuple[str, int]], max_points: float) -> str:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 3.2))
    ax.bar([b[0] for b in bins], [b[1] for b in bins], color=OKABE_ITO["blue"], edgecolor="#1a1a1a")
    ax.set_xlabel(f"Puntuació (sobre {format_nombre(max_points)} punts)")
    ax.set_ylabel("Persones")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def _tests_chart(rows: list[dict]) -> str:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(rows) + 1.2))
    labels = [f"{r['grade_id']} ({r['kind']})" for r in rows][::-1]
    shares = [r["share"] * 100 for r in rows][::-1]
    colours = [OKABE_ITO["vermillion"] if s < 50 else OKABE_ITO["orange"] if s < 80 else OKABE_ITO["green"]
               for s in shares]
    hatches = ["//" if s < 50 else ".." if s < 80 else "" for s in shares]  # not by colour alone
    bars = ax.barh(labels, shares, color=colours, edgecolor="#1a1a1a")
    for bar, hatch, share in zip(bars, hatches, shares):
        bar.set_hatch(hatch)
        ax.text(min(share + 1, 92), bar.get_y() + bar.get_height() / 2, f"{share:.0f} %", va="center")
    ax.set_xlim(0, 100)
    ax.set_xlabel("Persones que superen la prova (%)")
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def build_report(assignment: str, course_root: Path | CourseFolders = EXERCISES, db: str | None = None) -> str:
    course = course_folders(course_root, db)
    results = load_results(course, assignment)
    people = roster.load(course, assignment)
    scored = [r for r in results if r.has_score]
    try:
        max_points = float(load_course().unit_for_assignment(assignment).points)
    except KeyError:
        max_points = max((r.outcome.max_score or 0 for r in scored), default=0.0)
    if scored and scored[0].outcome.max_score:
        max_points = float(scored[0].outcome.max_score)
    pass_share = load_course().pass_mark / 10
    passing = sum(r.score >= pass_share * max_points for r in scored)
    scores = sorted(r.score for r in scored)
    attention = [r for r in results if r.outcome is None or r.outcome.needs_attention]
    pending = [r for r in scored if r.pending]
    missing = [p for p in people if p.in_worksheet and not p.submitted]
    summary = [("Persones al full de qualificacions", sum(p.in_worksheet for p in people) or "—"),
               ("Lliuraments recollits", len(results)),
               ("Amb puntuació automàtica", len(scored)),
               ("Cal revisar-los", len(attention)),
               ("Amb respostes pendents de valorar (rúbrica)", len(pending)),
               ("No han lliurat", len(missing) if any(p.in_worksheet for p in people) else "—")]
    if scored:
        summary += [("Puntuació mitjana", format_nombre(sum(scores) / len(scores))),
                    ("Mediana", format_nombre(scores[len(scores) // 2] if len(scores) % 2 else
                                       (scores[len(scores) // 2 - 1] + scores[len(scores) // 2]) / 2)),
                    (f"Aproven (≥ {format_nombre(pass_share * max_points)} punts)",
                     f"{passing} ({passing / len(scored) * 100:.0f} %)")]
    bins = distribution(scored, max_points) if scored else []
    tests = test_rates(scored)
    context = {
        "title": load_course().assignment_title(assignment), "assignment": assignment,
        "generated": datetime.now().strftime("%d/%m/%Y a les %H:%M"), "summary": summary,
        "max_points": format_nombre(max_points), "distribution": bins, "tests": tests, "tasks": task_rates(scored),
        "attention": [{"name": r.name, "participant": r.participant.participant if r.participant else "—",
                       "status": LABELS[r.outcome.status] if r.outcome else "pendent de corregir",
                       "score": format_nombre(r.score) if r.has_score else "—",
                       "reasons": " ".join(r.outcome.reasons) if r.outcome else "Encara no s'ha corregit."}
                      for r in attention],
        "missing": missing, "has_worksheet": any(p.in_worksheet for p in people),
        "pending": [{"name": r.name, "participant": r.participant.participant if r.participant else "—",
                     "tasks": "; ".join(f"{t.task} ({format_nombre(t.points)} punts)" for t in r.pending),
                     "points": format_nombre(r.pending_points), "score": format_nombre(r.score)} for r in pending],
        "assignment_id": assignment,
    }
    if bins:
        context["distribution_png"] = _distribution_chart(bins, max_points)
        context["distribution_alt"] = ("Gràfic de barres de la distribució de puntuacions: "
                                       + "; ".join(f"{label} punts, {n} persones" for label, n in bins) + ".")
    if tests:
        context["tests_png"] = _tests_chart(tests)
        worst = tests[:3]
        context["tests_alt"] = ("Gràfic de barres horitzontals del percentatge de persones que superen cada prova. "
                                "Les més fallades: " + "; ".join(f"{t['grade_id']}, {t['rate']}" for t in worst)
                                + ". La taula següent dona totes les xifres.")
    return environment().get_template("report.html.j2").render(**context)


def write_report(assignment: str, course_root: Path | CourseFolders = EXERCISES, db: str | None = None,
                 dest: Path | None = None) -> Path:
    course = course_folders(course_root, db)
    target = Path(dest) if dest else course.lms(assignment) / f"{assignment}-informe.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(build_report(assignment, course), encoding="utf-8")
    return target
