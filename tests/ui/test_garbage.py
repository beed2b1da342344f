import gc

from desktop.ui.garbage import GuiThreadCollector


class Cycle:
    def __init__(self):
        self.me = self


def test_collection_happens_on_the_gui_thread_timer_not_automatically(qtbot):
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
