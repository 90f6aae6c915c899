"""How each notebook's kernel starts: ready as soon as it answers, with nothing of the start-up left for the first
cell; the next forked kernel boots ahead only once the one before it is gone; the template never keeps two
learners' kernels alive together."""
from __future__ import annotations

import asyncio

import pytest

from autograder.grading.grade import default_limits
from autograder.grading.kernels.forked_kernels import ForkedKernelManager, KernelTemplate, TemplateError
from autograder.grading.kernels.prompt_client import PromptKernelClient
from autograder.grading.kernels.sandbox import probe
from autograder.grading.preprocessors.execute import KernelPool

SANDBOX = probe()
needs_bwrap = pytest.mark.skipif(not SANDBOX.isolated, reason=f"bubblewrap no disponible: {SANDBOX.reason}")


async def _first_messages_of_a_cell(km) -> tuple[dict, dict, str]:
    kc = km.client()
    assert isinstance(kc, PromptKernelClient)
    kc.start_channels()
    try:
        await kc.wait_for_ready(timeout=60)
        request = kc.execute("print('hola')")
        shell = await kc.shell_channel.get_msg(timeout=30)
        iopub = await kc.iopub_channel.get_msg(timeout=30)
        return shell, iopub, request
    finally:
        kc.stop_channels()


@needs_bwrap
@pytest.mark.parametrize("fork", [True, False], ids=["bifurcat", "nou"])
def test_a_kernel_is_ready_with_nothing_of_its_start_left_for_the_first_cell(fork):
    pool = KernelPool(SANDBOX, default_limits(), fork=fork)
    km = pool.take("python3")

    async def run():
        await km.start_kernel(extra_arguments=[])
        try:
            return await _first_messages_of_a_cell(km)
        finally:
            await km.shutdown_kernel(now=True)

    try:
        shell, iopub, request = asyncio.run(run())
    finally:
        pool.close()
    assert shell["msg_type"] == "execute_reply" and shell["parent_header"]["msg_id"] == request
    assert iopub["msg_type"] == "status" and iopub["parent_header"]["msg_id"] == request, iopub


@needs_bwrap
def test_the_next_forked_kernel_boots_ahead_only_once_the_previous_one_is_gone():
    pool = KernelPool(SANDBOX, default_limits())

    async def run():
        first = pool.take("python3")
        await first.start_kernel(extra_arguments=[])
        await pool.refill("python3", [])          # the first one is alive: nothing boots
        await first.shutdown_kernel(now=True)
        second = pool.take("python3")
        assert not second.has_kernel               # so the next one had to be made now
        await second.start_kernel(extra_arguments=[])
        await second.shutdown_kernel(now=True)
        await pool.refill("python3", [])          # gone: the next one boots at once
        ahead = pool.take("python3")
        assert ahead.has_kernel
        shell, iopub, request = await _first_messages_of_a_cell(ahead)
        await ahead.shutdown_kernel(now=True)
        return shell, request

    try:
        shell, request = asyncio.run(run())
    finally:
        pool.close()
    assert shell["parent_header"]["msg_id"] == request and shell["content"]["status"] == "ok"


@needs_bwrap
def test_the_template_refuses_a_second_live_kernel():
    template = KernelTemplate(SANDBOX, default_limits())

    async def run():
        first = ForkedKernelManager(template, kernel_name="python3")
        await first.start_kernel(extra_arguments=[])
        second = ForkedKernelManager(template, kernel_name="python3")
        with pytest.raises(TemplateError, match="encara és viu"):
            await second.start_kernel(extra_arguments=[])
        await first.shutdown_kernel(now=True)
        third = ForkedKernelManager(template, kernel_name="python3")
        await third.start_kernel(extra_arguments=[])
        alive = third.has_kernel
        await third.shutdown_kernel(now=True)
        return alive

    try:
        assert asyncio.run(run())
    finally:
        template.close()


@needs_bwrap
def test_a_kernel_that_cannot_boot_ahead_costs_nothing_but_the_head_start(monkeypatch, capfd):
    """Booting ahead runs after a notebook has been graded: if it fails, that notebook must not fail with it."""
    pool = KernelPool(SANDBOX, default_limits())

    async def refuse(self, **kwargs):
        raise TemplateError("la plantilla de nuclis s'ha aturat")

    try:
        monkeypatch.setattr(ForkedKernelManager, "start_kernel", refuse)
        asyncio.run(pool.refill("python3", []))   # no exception
        monkeypatch.undo()
        km = pool.take("python3")
        assert not km.has_kernel                   # no spare: this one starts when the notebook needs it
        asyncio.run(km.start_kernel(extra_arguments=[]))
        assert km.has_kernel
        asyncio.run(km.shutdown_kernel(now=True))
    finally:
        pool.close()
    assert "s'engegarà quan calgui" in capfd.readouterr().err
