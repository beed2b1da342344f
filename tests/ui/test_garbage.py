import gc

from desktop.ui.garbage import GuiThreadCollector


class Cycle:
    def __init__(self):
        self.me = self


def no_background_work(qtbot) -> None:
    """Tasks of earlier tests are let go of once the event loop has run."""
    from desktop.ui.tasks import background_work

    qtbot.waitUntil(lambda: not background_work(), timeout=10000)


def test_collection_happens_on_the_gui_thread_timer_not_automatically(qtbot):
    no_background_work(qtbot)
    collector = GuiThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        for _ in range(gc.get_threshold()[0] + 10):
            Cycle()
        assert gc.get_count()[0] > gc.get_threshold()[0]  # nothing collected by itself
        collector.collect_if_due()
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        collector._timer.stop()


def test_collection_waits_while_background_work_runs(qtbot):
    import threading

    from desktop.ui.tasks import run_in_background

    no_background_work(qtbot)
    collector = GuiThreadCollector()
    collector.start()
    release = threading.Event()
    done = []
    try:
        run_in_background(release.wait, on_done=done.append, on_error=done.append)
        for _ in range(gc.get_threshold()[0] + 10):
            Cycle()
        collector.collect_if_due()
        assert gc.get_count()[0] > gc.get_threshold()[0]  # waits for the export to end
        release.set()
        qtbot.waitUntil(lambda: done == [True], timeout=5000)
        qtbot.wait(10)  # the finished task is let go of in the event loop after its result
        collector.collect_if_due()
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        release.set()
        collector._timer.stop()
