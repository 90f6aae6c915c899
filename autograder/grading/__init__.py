"""Grading proper, on top of nbgrader: the course's nbgrader set-up, the parallel grading run and its workers, the
lock, each submission's outcome, the trainer's rubric grades. ``preprocessors`` holds the steps added to nbgrader's
autograde pipeline; ``kernels``, the sandboxed (and forked) kernels that run learners' code."""
