"""The course model: what the course is (``course.yml``, question banks and their types, learning outcomes, where
each notebook opens). Everything else is derived from it; the book's Sphinx extensions import only this package."""
