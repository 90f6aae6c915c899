"""One command at a time per assignment: ``corregeix``, ``recull``, ``retroaccio`` and ``exporta`` take this lock.

* SQLite gradebook (a file the team may share): a lock file next to the gradebook, created atomically, with who
  holds it (user, machine, process, since when, which command). The holder refreshes its time stamp every few
  seconds; a lock whose process no longer exists on this machine, or whose time stamp stopped moving (a run killed
  on another machine), is stale and is released.
* PostgreSQL gradebook: the database's own session-level advisory lock, so it holds across machines and is freed by
  the server as soon as the holder's session ends, even if its process was killed. Who holds it is written in a
  small table of the same database, for the message.

A refused command changes nothing: it stops before touching any file or the gradebook.
"""
from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import threading
import time
import uuid
import zlib
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from autograder.errors import AutograderError

HEARTBEAT = 10          # seconds between two refreshes of a lock file's time stamp
STALE_AFTER = 90        # a lock file not refreshed for this long belongs to a run that no longer exists
LOCK_CLASS = 0x61677264  # first key of autograder's PostgreSQL advisory locks ("agrd")
TABLE = "autograder_bloqueig"


class LockError(AutograderError, RuntimeError):
    """The assignment is held by another command; the message (Catalan) says who holds it."""


@dataclass
class Holder:
    command: str
    user: str = field(default_factory=lambda: _user())
    host: str = field(default_factory=socket.gethostname)
    pid: int = field(default_factory=os.getpid)
    since: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    started: float = field(default_factory=lambda: _process_start(os.getpid()))
    token: str = field(default_factory=lambda: uuid.uuid4().hex)

    def describe(self) -> str:
        try:
            when = datetime.fromisoformat(self.since).astimezone().strftime("%d/%m/%Y a les %H:%M:%S")
        except ValueError:
            when = self.since or "no se sap quan"
        return (f"«autograder {self.command}» de l'usuari {self.user or 'desconegut'} a l'ordinador "
                f"{self.host or 'desconegut'} (procés {self.pid}), des del {when}")

    def is_dead_here(self) -> bool:
        """True when the holder ran on this machine and its process is gone (or its pid now names another one)."""
        if self.host != socket.gethostname() or not self.pid:
            return False
        start = _process_start(self.pid)
        return start == 0.0 or bool(self.started) and abs(start - self.started) > 1


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid())


def _process_start(pid: int) -> float:
    """When process ``pid`` started (seconds since the epoch), or 0.0 when there is no such process."""
    import psutil

    try:
        return psutil.Process(pid).create_time()
    except (psutil.NoSuchProcess, psutil.AccessDenied, ValueError):
        return 0.0


def _busy_message(assignment: str, holder: Holder | None, where: str) -> str:
    who = holder.describe() if holder else "una altra ordre (no s'ha pogut llegir qui)"
    return (f"L'exercici «{assignment}» està ocupat: hi treballa {who}. No s'ha fet cap canvi. Espera que acabi i "
            f"torna a executar l'ordre. {where}")


class FileLock:
    """A lock file, with a heartbeat thread while it is held."""

    def __init__(self, path: Path, assignment: str, command: str):
        self.path, self.assignment = Path(path), assignment
        self.holder = Holder(command)
        self.released_stale: str | None = None   # what was released on the way in, for the trainer
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _read(self) -> Holder | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return Holder(**{k: data[k] for k in Holder.__dataclass_fields__ if k in data})
        except (OSError, ValueError, TypeError):
            return None

    def _create(self) -> bool:
        """Write the lock file with its content in one step; False when it already exists."""
        tmp = self.path.with_name(f".{self.path.name}.{self.holder.token}")
        try:
            tmp.write_text(json.dumps(asdict(self.holder), ensure_ascii=False), encoding="utf-8")
        except OSError as exc:
            raise LockError(f"No s'ha pogut reservar l'exercici «{self.assignment}»: no es pot escriure el fitxer "
                            f"de bloqueig {self.path} ({exc.strerror or exc}). No s'ha fet cap canvi.") from exc
        try:
            os.link(tmp, self.path)
            return True
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive creation instead
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                return False
            with os.fdopen(fd, "wb") as fh:
                fh.write(tmp.read_bytes())
            return True
        finally:
            tmp.unlink(missing_ok=True)

    def _stale_reason(self, holder: Holder | None) -> str | None:
        try:
            age = time.time() - self.path.stat().st_mtime
        except FileNotFoundError:
            return "ja no hi era"
        if holder is not None and holder.is_dead_here():
            return f"el procés {holder.pid} ja no existeix en aquest ordinador"
        if age > STALE_AFTER:
            return f"fa {int(age)} s que no dona senyals de vida"
        return None

    def _break(self, holder: Holder | None) -> bool:
        """Remove a stale lock file, unless someone replaced it meanwhile; True when it is gone."""
        aside = self.path.with_name(f".{self.path.name}.trencat.{self.holder.token}")
        try:
            os.rename(self.path, aside)
        except FileNotFoundError:
            return True
        try:
            moved = json.loads(aside.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            moved = {}
        if holder is not None and moved.get("token") != holder.token:
            # Another command broke the stale lock and took it between our read and our rename: give it back.
            with contextlib.suppress(OSError):
                os.link(aside, self.path)
            aside.unlink(missing_ok=True)
            return False
        aside.unlink(missing_ok=True)
        return True

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(3):
            if self._create():
                self._start_heartbeat()
                return
            holder = self._read()
            reason = self._stale_reason(holder)
            if reason is None:
                raise LockError(_busy_message(self.assignment, holder, "Si tens la certesa que ja no s'executa, "
                                              f"esborra el fitxer {self.path}."))
            if self._break(holder):
                who = holder.describe() if holder else "una ordre desconeguda"
                self.released_stale = f"S'ha alliberat un bloqueig abandonat de {who}: {reason}."
        raise LockError(_busy_message(self.assignment, self._read(), ""))

    def _start_heartbeat(self) -> None:
        def beat():
            while not self._stop.wait(HEARTBEAT):
                with contextlib.suppress(OSError):
                    os.utime(self.path)

        self._thread = threading.Thread(target=beat, name="bloqueig", daemon=True)
        self._thread.start()

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        holder = self._read()
        if holder is not None and holder.token == self.holder.token:
            self.path.unlink(missing_ok=True)


class PostgresLock:
    """A session-level advisory lock held on a connection of its own for as long as the command runs."""

    def __init__(self, url: str, course_id: str, assignment: str, command: str):
        self.url, self.assignment = url, assignment
        self.key = f"{course_id}/{assignment}"
        self.objid = _int4(zlib.crc32(self.key.encode("utf-8")))
        self.holder = Holder(command)
        self.released_stale: str | None = None
        self.conn = None

    def _connect(self):
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(self.url)
        params = {"host": url.host, "port": url.port, "user": url.username, "password": url.password,
                  "dbname": url.database, **{k: v for k, v in url.query.items() if isinstance(v, str)}}
        params = {k: v for k, v in params.items() if v is not None}
        # A machine that vanishes without closing its connection loses the lock within about a minute.
        conn = psycopg.connect(**params, autocommit=True, application_name=f"autograder {self.holder.command}"[:63],
                               keepalives=1, keepalives_idle=20, keepalives_interval=5, keepalives_count=4)
        conn.execute("SET tcp_keepalives_idle = 20")
        conn.execute("SET tcp_keepalives_interval = 5")
        conn.execute("SET tcp_keepalives_count = 4")
        return conn

    def _holder_row(self, conn) -> tuple[Holder | None, int | None]:
        """Who holds the lock according to the table, and the server process (backend) holding it."""
        row = conn.execute(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = %s::oid "
            "AND objid = %s::oid AND objsubid = 2 AND database = (SELECT oid FROM pg_database "
            "WHERE datname = current_database())", (LOCK_CLASS, self.objid & 0xFFFFFFFF)).fetchone()
        backend = row[0] if row else None
        holder = None
        with contextlib.suppress(Exception):
            found = conn.execute(f"SELECT data FROM {TABLE} WHERE clau = %s", (self.key,)).fetchone()
            if found:
                data = json.loads(found[0])
                holder = Holder(**{k: data[k] for k in Holder.__dataclass_fields__ if k in data})
        return holder, backend

    def _try(self, conn) -> bool:
        return conn.execute("SELECT pg_try_advisory_lock(%s, %s)", (_int4(LOCK_CLASS), self.objid)).fetchone()[0]

    def acquire(self) -> None:
        import psycopg

        try:
            conn = self._connect()
        except psycopg.Error as exc:
            raise LockError(f"No s'ha pogut reservar l'exercici «{self.assignment}»: el llibre de qualificacions "
                            f"PostgreSQL no respon ({str(exc).strip()[:200]}). No s'ha fet cap canvi.") from exc
        try:
            if not self._try(conn):
                holder, backend = self._holder_row(conn)
                if holder is not None and backend is not None and holder.is_dead_here():
                    # The process died here but its session lingers: end that session, then try again.
                    ended = False
                    with contextlib.suppress(psycopg.Error):  # e.g. not allowed to end another role's session
                        ended = conn.execute("SELECT pg_terminate_backend(%s, 5000)", (backend,)).fetchone()[0]
                    for _ in range(50 if ended else 0):
                        if self._try(conn):
                            self.released_stale = (f"S'ha alliberat un bloqueig abandonat de {holder.describe()}: "
                                                   f"el procés {holder.pid} ja no existeix en aquest ordinador.")
                            break
                        time.sleep(0.1)
                if self.released_stale is None:
                    raise LockError(_busy_message(self.assignment, holder,
                                                  "El bloqueig és del llibre de qualificacions PostgreSQL i "
                                                  "s'allibera sol quan l'altra ordre acaba o es perd la connexió."))
            self._write_holder(conn)
        except BaseException:
            conn.close()
            raise
        self.conn = conn

    def _write_holder(self, conn) -> None:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s, 0)", (_int4(LOCK_CLASS),))  # one CREATE at a time
            conn.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (clau TEXT PRIMARY KEY, data TEXT NOT NULL)")
            conn.execute(f"INSERT INTO {TABLE} (clau, data) VALUES (%s, %s) ON CONFLICT (clau) "
                         "DO UPDATE SET data = EXCLUDED.data", (self.key, json.dumps(asdict(self.holder))))

    def release(self) -> None:
        if self.conn is None:
            return
        with contextlib.suppress(Exception):
            self.conn.execute(f"DELETE FROM {TABLE} WHERE clau = %s", (self.key,))
        self.conn.close()  # ending the session frees the advisory lock
        self.conn = None


def _int4(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - 0x100000000 if value >= 0x80000000 else value


def lock_for(course_root: Path, assignment: str, db: str | None, command: str):
    """The lock that fits the gradebook: advisory for PostgreSQL, a lock file for SQLite and anything else."""
    from sqlalchemy.engine import make_url

    from autograder.grading.nbgrader_course import course_folders

    course = course_folders(course_root, db)
    url = make_url(course.db_url)
    if url.get_backend_name() == "postgresql":
        return PostgresLock(url.render_as_string(hide_password=False), course.course_id, assignment, command)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        gradebook = Path(url.database).resolve()
        return FileLock(gradebook.with_name(f"{gradebook.name}.{assignment}.bloqueig"), assignment, command)
    return FileLock(course.root / f"{assignment}.bloqueig", assignment, command)


@contextlib.contextmanager
def assignment_lock(course_root: Path, assignment: str, db: str | None, command: str, stream=None):
    """Hold the assignment's lock for the duration of the block; raises :class:`LockError` when it is taken."""
    lock = lock_for(course_root, assignment, db, command)
    lock.acquire()
    if lock.released_stale and stream is not None:
        print(lock.released_stale, file=stream)
    try:
        yield lock
    finally:
        lock.release()
