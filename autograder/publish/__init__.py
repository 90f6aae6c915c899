"""Publishing: what is built from the course model for learners and for Moodle (table of contents, student versions
of the exercises, the browser edition, the JupyterHub materials, the Moodle course backup, question banks, SCORM
and IMS packages)."""
