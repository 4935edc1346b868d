"""Processes a worker starts die with it (Linux), so a kill -9 of a worker's main process leaves nothing behind.

Celery's prefork pool children and the embedded beat (`worker -B`) are forked from the worker's main process.
When that process is SIGKILLed they are re-parented to init and keep running: the pool idles forever, and an
embedded beat goes on scheduling the sweeper beside the restarted worker's, then retries a Redis that is gone.
Linux's `prctl(PR_SET_PDEATHSIG)` asks the kernel to signal a process when its parent dies; each forked child
sets it for itself (the setting is cleared by fork), then checks that its parent did not die before that.

Elsewhere (no prctl) this does nothing; `factrecon up` still stops every child it started on Ctrl-C.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import sys

log = logging.getLogger("factrecon.worker")

PR_SET_PDEATHSIG = 1

_main_pid: int | None = None


def die_with_parent(sig: int = signal.SIGKILL, expected_parent: int | None = None) -> bool:
    """Ask the kernel to send `sig` to this process when its parent exits. If the parent is already gone (it
    is not `expected_parent` any more), exit now. False when the platform cannot do it."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
            log.warning("prctl(PR_SET_PDEATHSIG) failed: errno %d", ctypes.get_errno())
            return False
    except (OSError, AttributeError):
        return False
    if expected_parent is not None and os.getppid() != expected_parent:
        os._exit(1)  # the parent died before the request took effect: we are an orphan already
    return True


def remember_main_process() -> None:
    """Called in the worker's main process before it forks anything."""
    global _main_pid
    _main_pid = os.getpid()


def child_dies_with_main(sig: int = signal.SIGKILL) -> bool:
    """Called first thing in every process the worker forks (pool child, embedded beat)."""
    return die_with_parent(sig, expected_parent=_main_pid)


def preexec_die_with_parent() -> None:
    """`preexec_fn` for a supervisor's children: SIGTERM (a graceful stop) when the supervisor dies."""
    die_with_parent(signal.SIGTERM)


__all__ = ["child_dies_with_main", "die_with_parent", "preexec_die_with_parent", "remember_main_process"]
