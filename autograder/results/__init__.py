"""Results going back: each learner's result read from the gradebook, the feedback pages learners receive and the
trainer's report."""
