"""The trainers' pipeline tests share a released course and a throwaway PostgreSQL: their fixtures, registered once."""
from tests.autograder.fixtures.course import course_root, template_course  # noqa: F401
from tests.autograder.fixtures.postgres import postgres_admin_url, postgres_db  # noqa: F401
