"""A kernel client that is ready as soon as the kernel has really answered, without jupyter_client's idle wait.

jupyter_client's ``wait_for_ready`` sends ``kernel_info`` and, once the reply and an IOPub message have arrived,
keeps reading IOPub until nothing has come for 0.2 s: a fixed fifth of a second per notebook, most of what a forked
kernel costs to start. This client waits instead for the last message the kernel sends for the request (its
``status: idle`` on IOPub), which proves the same two things (the shell channel answers and IOPub is subscribed) and
leaves nothing of it behind for the notebook's first cell. If IOPub was subscribed only after that status went out,
the kernel's ``iopub_welcome`` says so, and one more request is certain to be heard. Its sockets also try again
every 10 ms, not ZeroMQ's 100 ms, when they connect before the new kernel has bound its own (the usual case: the
client starts as soon as the kernel is launched). Everything else is jupyter_client's.
"""
from __future__ import annotations

import time
from queue import Empty

import zmq
import zmq.asyncio
from jupyter_client.asynchronous import AsyncKernelClient

IOPUB_WAIT = 1.0   # seconds for a kernel that sends no welcome (older ipykernel) before asking again
RECONNECT_MS = 10


class KernelStartError(RuntimeError):
    """The kernel never answered (jupyter_client raises a plain RuntimeError with the same words)."""


class PromptKernelClient(AsyncKernelClient):
    def _context_default(self) -> zmq.asyncio.Context:
        context = super()._context_default()
        context.setsockopt(zmq.RECONNECT_IVL, RECONNECT_MS)   # the default for every socket it creates
        return context

    async def wait_for_ready(self, timeout: float | None = None) -> None:
        deadline = time.monotonic() + (float("inf") if timeout is None else timeout)
        while True:
            request = self.kernel_info()
            reply = await self._reply_to(request)
            if reply is not None and await self._idle_after(request):
                self._handle_kernel_info_reply(reply)
                return
            if not await self._async_is_alive():
                raise KernelStartError("Kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise KernelStartError(f"Kernel didn't respond in {timeout:g} seconds")

    async def _reply_to(self, request: str) -> dict | None:
        try:
            while True:
                msg = await self.shell_channel.get_msg(timeout=1)
                if msg["msg_type"] == "kernel_info_reply" and msg["parent_header"].get("msg_id") == request:
                    return msg
        except Empty:
            return None

    async def _idle_after(self, request: str) -> bool:
        """Whether IOPub brought the idle status of ``request`` (False: it was subscribed too late to hear it)."""
        end = time.monotonic() + IOPUB_WAIT
        while (left := end - time.monotonic()) > 0:
            try:
                msg = await self.iopub_channel.get_msg(timeout=left)
            except Empty:
                return False
            if msg["msg_type"] == "iopub_welcome":
                return False
            if (msg["msg_type"] == "status" and msg["content"].get("execution_state") == "idle"
                    and msg["parent_header"].get("msg_id") == request):
                return True
        return False
