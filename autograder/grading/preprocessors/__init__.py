"""Steps of nbgrader's autograde pipeline, replaced or added by the course (nbgrader's own preprocessor API)."""
